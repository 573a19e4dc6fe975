"""One run at a time per data dir; a dead run's lock taken over; leftovers cleaned; children
die with their parent; an unusable data dir named as such."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.publish import lock as lock_module
from pipeline.publish.lock import (
    LOCK_FILE,
    DataDirLocked,
    DataDirUnwritable,
    holding_data_dir,
    pid_alive,
    run_lock,
)
from tests.conftest import ROOT

HOLD = """
import sys, time
from pathlib import Path
from pipeline.publish.lock import run_lock
with run_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(120)
"""


def hold_in_child(data_dir: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(data_dir)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def test_lock_records_the_holder_and_is_freed_after(tmp_path: Path) -> None:
    with run_lock(tmp_path / "data") as held:
        document = json.loads(held.path.read_text())
        assert document["pid"] == os.getpid() and held.taken_over_from is None
    assert (tmp_path / "data" / LOCK_FILE).read_text() == ""
    with run_lock(tmp_path / "data"):
        pass  # free again


def test_second_run_is_refused_while_the_first_lives(tmp_path: Path) -> None:
    data = tmp_path / "data"
    child = hold_in_child(data)
    try:
        expected = rf"in use by another run \(pid {child.pid} "
        with pytest.raises(DataDirLocked, match=expected), run_lock(data):
            pass
    finally:
        child.kill()
        child.wait()


def test_lock_of_a_killed_run_is_taken_over(tmp_path: Path) -> None:
    """kill -9 leaves the lock file with a dead pid: the next run takes it over."""
    data = tmp_path / "data"
    child = hold_in_child(data)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert json.loads((data / LOCK_FILE).read_text())["pid"] == child.pid
    with run_lock(data) as held:
        assert held.taken_over_from == child.pid


def test_leftovers_of_crashed_runs_are_removed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "releases" / ".partial-2026-11-24T031500Z").mkdir(parents=True)
    (data / "releases" / "2026-11-23T031500Z").mkdir()
    (data / ".latest.json.4242.tmp").write_text("{}")
    with run_lock(data) as held:
        assert held.cleaned == ["releases/.partial-2026-11-24T031500Z", ".latest.json.4242.tmp"]
    assert [p.name for p in (data / "releases").iterdir()] == ["2026-11-23T031500Z"]


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EROFS, "is on a read-only file system"),
        (errno.EACCES, "is not writable by this user (permission denied)"),
        (errno.ENOSPC, "is full (no space left on device)"),
    ],
)
def test_unusable_data_dir_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    """Root ignores permissions, so the file system's answer is injected at os.open."""

    def refuse(*args: object, **kwargs: object) -> int:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(lock_module.os, "open", refuse)
    with pytest.raises(DataDirUnwritable) as caught, run_lock(tmp_path / "data"):
        pass
    assert str(caught.value) == f"data dir {tmp_path / 'data'} {words}"


def test_full_disk_while_writing_the_lock_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock_module.os, "write", full)
    with pytest.raises(DataDirUnwritable, match="is full"), run_lock(tmp_path / "data"):
        pass


def test_data_dir_that_is_a_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("oops")
    with pytest.raises(DataDirUnwritable, match="is not a folder"), run_lock(tmp_path / "data"):
        pass


def test_decorated_run_holds_the_lock_throughout(tmp_path: Path) -> None:
    @holding_data_dir
    def run(sources: str, data_dir: Path = Path("unused")) -> str:
        with pytest.raises(DataDirLocked), run_lock(data_dir):
            pass
        return sources

    assert run("demo", data_dir=tmp_path / "data") == "demo"
    with run_lock(tmp_path / "data"):
        pass  # released when the run returned


PARENT = """
import subprocess, sys
from pipeline.crawl.process import die_with_parent
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"],
                         preexec_fn=die_with_parent)
print(child.pid, flush=True)
child.wait()
"""


@pytest.mark.skipif(sys.platform != "linux", reason="PR_SET_PDEATHSIG is Linux only")
def test_crawl_child_dies_with_its_parent() -> None:
    """A parent killed with -9 takes its crawl child with it (no orphaned crawls)."""
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None
    child_pid = int(parent.stdout.readline())
    assert pid_alive(child_pid)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _running(child_pid):
        time.sleep(0.05)
    assert not _running(child_pid)


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting for its reaper."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"
