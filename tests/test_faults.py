"""Faults during a night: each test checks that the last good release (what latest.json
names, and its meeting count) is unchanged, and that the next run starts clean.

- a crash at each step of publishing (each step monkeypatched to raise);
- a full disk: a real 12 MiB tmpfs when this runs as root and may mount, else ENOSPC
  monkeypatched at the Parquet write (each test says which it used);
- a read-only data dir: the same tmpfs remounted read-only (root), else a refused mkdir;
- kill -9 of a real `allpaths run` subprocess mid-crawl: its Prefect server and crawl
  processes die with it;
- two `allpaths run` at once on one data dir: the second is refused, latest.json names
  the first's release.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psutil
import pyarrow.parquet as pq
import pytest

from pipeline.publish import write as write_module
from pipeline.publish.lock import DataDirUnwritable, run_lock
from pipeline.publish.releases import LATEST, RELEASES
from tests.conftest import DEMO, ROOT
from tests.hostile_server import HostileServer
from tests.release_builders import demo_batches, demo_release, publish_night


def last_good(data_dir: Path) -> tuple[str, int]:
    """(version latest.json names, meetings in that release)."""
    pointer = json.loads((data_dir / LATEST).read_text(encoding="utf-8"))
    meetings = pq.read_metadata(data_dir / pointer["path"] / "meetings.parquet").num_rows
    return pointer["version"], meetings


def leftovers(data_dir: Path) -> list[str]:
    return sorted(p.name for p in (data_dir / RELEASES).iterdir() if p.name.startswith("."))


@pytest.fixture(scope="module")
def good_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir holding one good demo release, copied fresh into each test."""
    data = tmp_path_factory.mktemp("good") / "data"
    demo_release(data)
    return data


@pytest.fixture
def data_dir(good_release: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(good_release, data)
    return data


def publish_second_night(data_dir: Path, night: int = 1) -> Path:
    sources, batches = demo_batches()
    return publish_night(data_dir, sources, batches, night=night)


# --- a crash at each publish step ----------------------------------------------------


def _raise(*args: Any, **kwargs: Any) -> Any:
    raise RuntimeError("crash injected by the fault test")


#: Every step of `write_release`, by the name it is called under in pipeline.publish.write.
PUBLISH_STEPS = [
    "write_table", "check_meetings", "write_duckdb", "write_exports", "manifest_of",
    "sha256_of", "point_latest_at",
]  # fmt: skip


@pytest.mark.parametrize("step", PUBLISH_STEPS)
def test_crash_at_each_publish_step_keeps_the_last_good_release(
    data_dir: Path, step: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash at any publish step: latest.json and its meeting count are as they were,
    and no `.partial-*` folder is left (`point_latest_at`, the very last step, leaves a
    complete release folder that latest.json does not name yet)."""
    before = last_good(data_dir)
    monkeypatch.setattr(write_module, step, _raise)
    with pytest.raises(RuntimeError, match="crash injected"):
        publish_second_night(data_dir)
    assert last_good(data_dir) == before
    assert leftovers(data_dir) == []
    monkeypatch.undo()
    release = publish_second_night(data_dir, night=2)  # the next night publishes
    assert last_good(data_dir)[0] == release.name


def test_crash_while_renaming_into_place(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash at the rename of the staging folder: nothing half-published."""
    before = last_good(data_dir)
    real_rename = Path.rename

    def rename(self: Path, target: Any) -> Any:
        if self.name.startswith(".partial-"):
            raise OSError(errno.EIO, "injected I/O error")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(OSError, match="injected"):
        publish_second_night(data_dir)
    assert last_good(data_dir) == before and leftovers(data_dir) == []


def test_crash_in_a_later_stage_file_writer(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash in an extra file's writer (the review queue) is a crash inside publish."""
    before = last_good(data_dir)
    real = write_module.write_exports

    def exports_then_crash(folder: Path) -> Any:
        real(folder)
        raise KeyboardInterrupt  # even an interrupt leaves no partial release

    monkeypatch.setattr(write_module, "write_exports", exports_then_crash)
    with pytest.raises(KeyboardInterrupt):
        publish_second_night(data_dir)
    assert last_good(data_dir) == before and leftovers(data_dir) == []


# --- a full disk, a read-only data dir -------------------------------------------------


@contextlib.contextmanager
def tmpfs(path: Path, size: str) -> Iterator[bool]:
    """A real tmpfs of `size` at `path` when this process may mount (root); else False."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        yield False
        return
    mounted = (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True
        ).returncode
        == 0
    )
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(path)], check=False)


def fill(folder: Path) -> None:
    """Write until the file system is full."""
    with (folder / "filler").open("wb") as handle, contextlib.suppress(OSError):
        block = b"\0" * 65536
        while True:
            handle.write(block)
            handle.flush()


def test_full_disk_names_the_data_dir_and_keeps_the_last_release(
    good_release: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk mid-publish: "data dir ... is full (no space left on device)"; the last
    release, latest.json and the next run are fine. Real tmpfs as root, else ENOSPC
    monkeypatched at the Parquet writer."""
    with tmpfs(tmp_path / "disk", "12m") as real:
        data = tmp_path / "disk" / "data"
        shutil.copytree(good_release, data)
        before = last_good(data)
        if real:
            fill(tmp_path / "disk")
        else:

            def no_space(*args: Any, **kwargs: Any) -> None:
                raise OSError(errno.ENOSPC, "No space left on device")

            monkeypatch.setattr(write_module, "write_table", no_space)
        with pytest.raises(
            DataDirUnwritable, match=r"is full \(no space left on device\)"
        ) as error:
            publish_second_night(data)
        assert str(data) in str(error.value)
        assert last_good(data) == before and leftovers(data) == []
        print(f"full disk: {'real tmpfs' if real else 'monkeypatched ENOSPC'}")
        (tmp_path / "disk" / "filler").unlink(missing_ok=True)
        monkeypatch.undo()
        publish_second_night(data)  # space again: the next night publishes
        assert last_good(data)[0] != before[0]


def test_read_only_data_dir_is_named_and_keeps_the_last_release(
    good_release: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only data dir: "data dir ... is on a read-only file system", from the lock
    and from publish alike; the last release is untouched."""
    with tmpfs(tmp_path / "disk", "12m") as real:
        data = tmp_path / "disk" / "data"
        shutil.copytree(good_release, data)
        before = last_good(data)
        if real:
            subprocess.run(["mount", "-o", "remount,ro", str(tmp_path / "disk")], check=True)
        else:
            real_mkdir = Path.mkdir

            def read_only(self: Path, *args: Any, **kwargs: Any) -> None:
                if self.is_relative_to(data):
                    raise OSError(errno.EROFS, "Read-only file system")
                real_mkdir(self, *args, **kwargs)

            monkeypatch.setattr(Path, "mkdir", read_only)
        with (
            pytest.raises(DataDirUnwritable, match="is on a read-only file system"),
            run_lock(data),
        ):
            pass
        with pytest.raises(DataDirUnwritable, match="is on a read-only file system"):
            publish_second_night(data)
        monkeypatch.undo()
        assert last_good(data) == before
        print(f"read-only: {'real tmpfs remounted ro' if real else 'monkeypatched EROFS'}")


# --- real `allpaths run` processes: kill -9 and two at once ----------------------------


def sources_file(folder: Path, slow_url: str) -> Path:
    """A demo feed served locally and one source that answers slowly (a run mid-crawl)."""
    (folder / "feeds").mkdir(parents=True)
    shutil.copy(DEMO / "feeds" / "riverbend-aa.json", folder / "feeds" / "riverbend-aa.json")
    path = folder / "sources.toml"
    common = 'fellowship = "AA"\ntimezone = "America/Chicago"\ncountry = "US"\nplatform = "meeting_guide"\n'
    path.write_text(
        f'[[source]]\nid = "riverbend-aa"\nurl = "local:feeds/riverbend-aa.json"\n{common}\n'
        f'[[source]]\nid = "slow-feed"\nurl = "{slow_url}"\n{common}',
        encoding="utf-8",
    )
    return path


def start_run(sources: Path, data_dir: Path, log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "run", "--sources", str(sources),
         "--data-dir", str(data_dir), "--reviews", str(sources.parent / "no-reviews")],
        cwd=ROOT, stdout=log.open("wb"), stderr=subprocess.STDOUT,
        env={**os.environ, "PREFECT_API_URL": ""},
    )  # fmt: skip


def wait_for(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def command_lines(pid: int) -> list[str]:
    """The command lines of a process's descendants. A child may exit (or linger as a
    zombie) between listing and reading it, and is left out (a fresh-clone CI run once
    failed on psutil.ZombieProcess here)."""
    found = []
    for child in psutil.Process(pid).children(recursive=True):
        try:
            found.append(" ".join(child.cmdline()))
        except (psutil.NoSuchProcess, psutil.AccessDenied):  # ZombieProcess is one
            continue
    return found


def crawling(run: subprocess.Popen[bytes]) -> bool:
    return any("spiders.crawl" in line for line in command_lines(run.pid))


@pytest.mark.e2e
def test_kill_9_mid_run_leaves_no_process_and_the_last_release(
    data_dir: Path, tmp_path: Path
) -> None:
    """kill -9 of `allpaths run` mid-crawl: its Prefect server and crawl processes die
    within seconds; latest.json and the meeting count are unchanged; the next run takes
    the dead run's lock over (counted in the manifest) and publishes."""
    before = last_good(data_dir)
    (tmp_path / "no-reviews").mkdir()
    with HostileServer(slow_seconds=120) as server:
        sources = sources_file(tmp_path, server.url_for("slow.json"))
        run = start_run(sources, data_dir, tmp_path / "killed.log")
        try:
            wait_for(lambda: crawling(run), 180, "the run to reach its crawl")
            children = psutil.Process(run.pid).children(recursive=True)
            assert any("uvicorn" in line for line in command_lines(run.pid))  # Prefect's server
        finally:
            run.send_signal(signal.SIGKILL)
            run.wait()
        wait_for(
            lambda: not [c for c in children if c.is_running() and c.status() != "zombie"],
            30,
            "the run's children to die",
        )
    assert last_good(data_dir) == before
    sources.write_text(sources.read_text().split('[[source]]\nid = "slow-feed"')[0])
    after = start_run(sources, data_dir, tmp_path / "next.log")
    assert after.wait(timeout=300) == 0, (tmp_path / "next.log").read_text()[-3000:]
    version, _ = last_good(data_dir)
    manifest = json.loads((data_dir / RELEASES / version / "manifest.json").read_text())
    assert version != before[0] and manifest["night"]["lock_takeovers"] == 1


@pytest.mark.e2e
def test_two_runs_at_once_one_is_refused(data_dir: Path, tmp_path: Path) -> None:
    """A second `allpaths run` on a busy data dir exits 2 naming the holder; the first
    publishes and latest.json names its release."""
    before = last_good(data_dir)
    (tmp_path / "no-reviews").mkdir()
    with HostileServer(slow_seconds=20) as server:
        sources = sources_file(tmp_path, server.url_for("slow.json"))
        first = start_run(sources, data_dir, tmp_path / "first.log")
        try:
            wait_for(lambda: crawling(first), 180, "the first run to reach its crawl")
            second = start_run(sources, data_dir, tmp_path / "second.log")
            assert second.wait(timeout=300) == 2
            message = (tmp_path / "second.log").read_text()
            assert f"is in use by another run (pid {first.pid}" in " ".join(message.split())
            assert first.wait(timeout=300) == 0, (tmp_path / "first.log").read_text()[-3000:]
        finally:
            if first.poll() is None:
                first.kill()
    version, meetings = last_good(data_dir)
    assert version != before[0] and meetings > 0
    first_log = " ".join((tmp_path / "first.log").read_text().split())
    assert f"releases/{version}" in first_log


PARENT = """
import subprocess, sys, time
from pipeline.lifeline import start_lifeline
with start_lifeline():
    child = subprocess.Popen(["sleep", "300"])  # no PR_SET_PDEATHSIG: only the lifeline
    print(child.pid, flush=True)
    time.sleep(300)
"""


def test_lifeline_kills_what_a_killed_process_started() -> None:
    """A process killed with -9 leaves no child behind once it started its lifeline."""
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None
    child = psutil.Process(int(parent.stdout.readline()))
    time.sleep(1.5)  # the lifeline notes descendants once a second
    parent.kill()
    parent.wait()
    wait_for(lambda: not child.is_running() or child.status() == "zombie", 15, "the child to die")


@pytest.mark.e2e
@pytest.mark.usefixtures("prefect_harness")
def test_source_past_its_task_time_limit_fails_alone(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A source whose normalize task runs past its Prefect time limit fails alone with the
    limit named, and keeps its last good meetings (stale); the others are published."""
    import flows.nightly as flow_module

    real = flow_module.normalize_fetched
    # the stuck reader holds on until the test lets it go (at most 120 s): the flow finishing
    # while it still holds shows the flow did not wait for it, however loaded the machine
    let_go, gave_up = threading.Event(), threading.Event()

    def stuck_on_prairie(source: Any, *args: Any) -> Any:
        if source.id == "prairie-na":
            for _ in range(1200):  # a reader that never returns control
                if let_go.is_set():
                    break
                time.sleep(0.1)
            gave_up.set()
        return real(source, *args)

    monkeypatch.setattr(flow_module, "normalize_fetched", stuck_on_prairie)
    monkeypatch.setattr(flow_module, "SOURCE_TASK_TIMEOUT_SECONDS", 2.0)
    before = pq.read_table(data_dir / RELEASES / last_good(data_dir)[0] / "meetings.parquet")
    prairie_before = sum(1 for s in before.column("source_id").to_pylist() if s == "prairie-na")
    try:
        release = flow_module.nightly(sources_path=DEMO / "sources.toml", data_dir=data_dir)
        assert not gave_up.is_set()  # did not wait for the stuck source
    finally:
        let_go.set()
    manifest = json.loads((release / "manifest.json").read_text())
    prairie = manifest["sources"]["prairie-na"]
    assert prairie["status"] == "failed"
    assert prairie["error"] == "normalizing took longer than the 2 s task limit"
    assert prairie["stale"] == prairie_before > 0
    assert manifest["sources"]["riverbend-aa"]["status"] == "ok"
