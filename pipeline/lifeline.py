"""Nothing a run starts outlives it: a small watcher process kills what the run left.

`allpaths run` starts child processes it does not fully control: Prefect's temporary API
server (a uvicorn process), Scrapy crawl processes, Dask workers. Killed with -9, the run
cannot stop them, and they keep running, holding ports and memory, forever. Crawl
processes already ask Linux to kill them with their parent (`PR_SET_PDEATHSIG`,
`pipeline/crawl/process.py`), but Prefect starts its server itself.

So the run starts a lifeline: `python -m pipeline.lifeline <run pid>`. Every second it
notes every process descended from the run (from /proc: pid, start time). When the run
is gone, however it died, it terminates the ones it noted that still run (same pid and
start time, so never a stranger that reused a pid), waits `GRACE_SECONDS`, kills what
is left, and exits. Linux only (/proc); elsewhere `start_lifeline` does nothing.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

POLL_SECONDS = 1.0
GRACE_SECONDS = 3.0
_PROC = Path("/proc")


def _stat(pid: int) -> tuple[int, int] | None:
    """(parent pid, start time in clock ticks) of a process, None if it is gone."""
    try:
        raw = (_PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rfind(")") + 2 :].split()  # the name may hold spaces and ')'
    return int(fields[1]), int(fields[19])


def descendants(root: int) -> dict[int, int]:
    """Every process below `root` now: pid -> start time."""
    children: dict[int, list[tuple[int, int]]] = {}
    for entry in _PROC.iterdir():
        if entry.name.isdigit() and (stat := _stat(int(entry.name))) is not None:
            children.setdefault(stat[0], []).append((int(entry.name), stat[1]))
    found: dict[int, int] = {}
    stack = [root]
    while stack:
        for pid, started in children.get(stack.pop(), []):
            if pid not in found:
                found[pid] = started
                stack.append(pid)
    return found


def _still_ours(pid: int, started: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[1] == started


def reap(noted: dict[int, int], grace: float = GRACE_SECONDS) -> list[int]:
    """Terminate, then kill, the noted processes that still run; the pids signalled."""
    signalled = []
    for sig in (signal.SIGTERM, signal.SIGKILL):
        alive = [pid for pid, started in noted.items() if _still_ours(pid, started)]
        for pid in alive:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, sig)
        if sig == signal.SIGTERM:
            signalled = alive
            deadline = time.monotonic() + grace
            while time.monotonic() < deadline and any(
                _still_ours(pid, noted[pid]) for pid in alive
            ):
                time.sleep(0.1)
    return signalled


def watch(run_pid: int, poll: float = POLL_SECONDS) -> list[int]:
    """Note the run's descendants until it is gone, then reap them (this process aside)."""
    me = os.getpid()
    noted: dict[int, int] = {}
    while _stat(run_pid) is not None and os.getppid() == run_pid:
        noted.update(descendants(run_pid))
        noted.pop(me, None)
        time.sleep(poll)
    return reap(noted)


@contextlib.contextmanager
def start_lifeline() -> Iterator[subprocess.Popen[bytes] | None]:
    """For the length of the block, a watcher that cleans up after this process's death."""
    if not _PROC.is_dir():
        yield None
        return
    watcher = subprocess.Popen(
        [sys.executable, "-m", "pipeline.lifeline", str(os.getpid())],
        stdin=subprocess.DEVNULL,
        start_new_session=True,  # a Ctrl-C of the run must not kill the watcher first
    )
    try:
        yield watcher
    finally:
        # A run that ends normally has stopped its children itself; the watcher goes too.
        watcher.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            watcher.wait(timeout=5)


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    watch(int(sys.argv[1]))
