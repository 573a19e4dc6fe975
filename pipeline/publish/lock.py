"""One run at a time per data dir, and a clean start after a crash.

Two runs publishing from the same base would both diff against one release and the
slower would move `latest.json` back to an older one. So a run holds `data/.run.lock`
for its whole length:

- the lock is an exclusive `flock` on that file, which the kernel releases when the
  holding process dies, however it dies (kill -9 included);
- the file records the holder's pid, host and start time, so a second run is refused
  with who holds it, and a lock left by a dead run (its pid gone, by a pid check) is
  reported as taken over;
- once held, leftovers of crashed runs are removed: `releases/.partial-*` folders (a
  publish that never reached its rename) and `.latest.json.*.tmp` files.

A data dir that cannot be written is named as such: read-only, not permitted, or full.
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import fcntl
import functools
import inspect
import json
import logging
import os
import shutil
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

LOCK_FILE = ".run.lock"
PARTIAL_PREFIX = ".partial-"
RELEASES = "releases"


class DataDirError(RuntimeError):
    """A data dir the run cannot use; the message is one sentence for the user."""


class DataDirLocked(DataDirError):
    """Another run holds the data dir."""


class DataDirUnwritable(DataDirError):
    """The data dir is read-only, not permitted, or full."""


def describe_os_error(path: Path, exc: OSError) -> str:
    """One sentence naming the path and what is wrong with it, in the user's terms."""
    reasons = {
        errno.EROFS: "is on a read-only file system",
        errno.EACCES: "is not writable by this user (permission denied)",
        errno.EPERM: "is not writable by this user (operation not permitted)",
        errno.ENOSPC: "is full (no space left on device)",
        errno.EDQUOT: "is full (disk quota exceeded)",
        errno.ENOTDIR: "is not a folder (a file is in the way)",
    }
    reason = reasons.get(exc.errno or 0, f"cannot be written ({exc.strerror or exc})")
    return f"data dir {path} {reason}"


@dataclass
class RunLock:
    """A held lock, with what the start found and cleaned."""

    path: Path
    taken_over_from: int | None = None
    cleaned: list[str] = field(default_factory=list)


def pid_alive(pid: int) -> bool:
    """True when a process with this pid exists on this machine."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def _holder(handle: int) -> dict[str, object]:
    os.lseek(handle, 0, os.SEEK_SET)
    raw = os.read(handle, 4096)
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {}
    return document if isinstance(document, dict) else {}


def _write_holder(handle: int, started_at: datetime) -> None:
    document = {"pid": os.getpid(), "host": socket.gethostname(), "started_at": started_at}
    data = json.dumps(document, default=str).encode("utf-8")
    os.ftruncate(handle, 0)
    os.lseek(handle, 0, os.SEEK_SET)
    os.write(handle, data)
    os.fsync(handle)


def clean_leftovers(data_dir: Path) -> list[str]:
    """Remove what crashed runs left: partial release folders and temporary pointers.

    Only safe while holding the lock: no other run can be writing them.
    """
    cleaned: list[str] = []
    releases = data_dir / RELEASES
    if releases.is_dir():
        for partial in sorted(releases.glob(PARTIAL_PREFIX + "*")):
            shutil.rmtree(partial, ignore_errors=True)
            cleaned.append(f"{RELEASES}/{partial.name}")
    for temporary in sorted(data_dir.glob(".latest.json.*.tmp")):
        temporary.unlink(missing_ok=True)
        cleaned.append(temporary.name)
    return cleaned


def _open_lock_file(data_dir: Path) -> int:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        return os.open(data_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    except FileExistsError as exc:  # a file where the data dir should be
        exc.errno = errno.ENOTDIR
        raise DataDirUnwritable(describe_os_error(data_dir, exc)) from None
    except OSError as exc:
        raise DataDirUnwritable(describe_os_error(data_dir, exc)) from None


@contextlib.contextmanager
def run_lock(data_dir: Path) -> Iterator[RunLock]:
    """Hold the data dir for one run; raise `DataDirLocked` if another run holds it."""
    handle = _open_lock_file(data_dir)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(handle)
            raise DataDirLocked(
                f"data dir {data_dir} is in use by another run (pid {holder.get('pid', '?')} "
                f"on {holder.get('host', '?')}, started {holder.get('started_at', '?')}); "
                f"wait for it to finish"
            ) from None
        previous = _holder(handle)
        lock = RunLock(path=data_dir / LOCK_FILE)
        previous_pid = previous.get("pid")
        if isinstance(previous_pid, int) and not pid_alive(previous_pid):
            lock.taken_over_from = previous_pid  # left by a run that died holding it
        try:
            _write_holder(handle, datetime.now(UTC))
            lock.cleaned = clean_leftovers(data_dir)
        except OSError as exc:
            raise DataDirUnwritable(describe_os_error(data_dir, exc)) from None
        try:
            yield lock
        finally:
            with contextlib.suppress(OSError):
                os.ftruncate(handle, 0)  # an empty lock file: nobody holds it
    finally:
        os.close(handle)  # closing releases the flock


log = logging.getLogger("allpaths")
Run = TypeVar("Run", bound=Callable[..., Any])
_held: contextvars.ContextVar[RunLock | None] = contextvars.ContextVar("run_lock", default=None)


def _hold(lock: RunLock) -> contextvars.Token[RunLock | None]:
    """Module-level, so the wrapper below refers to functions, never to the ContextVar
    itself: a Dask task runner pickles the flow function, and a ContextVar cannot be."""
    return _held.set(lock)


def _release(token: contextvars.Token[RunLock | None]) -> None:
    _held.reset(token)


def lock_summary() -> dict[str, int]:
    """What taking the lock found, for the manifest: a takeover of a dead run's lock (0/1)
    and how many leftovers of crashed runs were removed."""
    lock = _held.get()
    if lock is None:
        return {"lock_takeovers": 0, "leftovers_cleaned": 0}
    return {
        "lock_takeovers": int(lock.taken_over_from is not None),
        "leftovers_cleaned": len(lock.cleaned),
    }


def holding_data_dir(run: Run) -> Run:
    """Decorate a run function with a `data_dir` parameter so it holds `run_lock` throughout.

    One line above the nightly flow function, so the flow itself stays as it is.
    """
    signature = inspect.signature(run)

    @functools.wraps(run)
    def locked(*args: Any, **kwargs: Any) -> Any:
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        with run_lock(Path(bound.arguments["data_dir"])) as lock:
            if lock.taken_over_from is not None:
                log.warning("took over the lock of run pid %d, which died", lock.taken_over_from)
            if lock.cleaned:
                log.info("removed leftovers of crashed runs: %s", ", ".join(lock.cleaned))
            token = _hold(lock)
            try:
                return run(*args, **kwargs)
            finally:
                _release(token)

    return locked  # type: ignore[return-value]
