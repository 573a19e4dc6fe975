"""Where a run begins: its folders under the data dir, and the repo's defaults.

data/
  releases/ latest.json   what consumers read (pipeline/publish/releases.py)
  work/                   this run's scratch: fetched payloads, per-source tables; wiped
                          at the start of each run, kept after it for debugging
  state/                  what outlives a run: per source, the HTTP validators (ETag,
                          Last-Modified), the payload's sha256 and last night's tables, so
                          an unchanged source is neither re-sent nor re-normalized

`begin_run` is the one place a run starts; anything a run must do first (a lock on the
data dir, clearing leftovers of a crashed run) belongs there.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from pipeline.types import RunDirs

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = REPO_ROOT / "demo" / "sources.toml"
#: Maintainers' review files, kept in the repo beside the code.
DEFAULT_REVIEWS = REPO_ROOT / "reviews"

WORK = "work"
STATE = "state"


def run_dirs(data_dir: Path) -> RunDirs:
    return RunDirs(data_dir=data_dir, work=data_dir / WORK, state=data_dir / STATE)


def begin_run(data_dir: Path) -> RunDirs:
    """Prepare `data_dir` for a run: a fresh work dir, the persistent state dir."""
    dirs = run_dirs(data_dir)
    shutil.rmtree(dirs.work, ignore_errors=True)
    for folder in (dirs.work, dirs.fetched, dirs.normalized, dirs.state):
        folder.mkdir(parents=True, exist_ok=True)
    return dirs
