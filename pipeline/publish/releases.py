"""Where releases live and how to find the newest one.

data/
  releases/<version>/   immutable, one folder a run
  latest.json           {"version": ..., "path": ...}; replaced atomically, last
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.publish.tables import meetings_from_table
from schemas.meeting import Meeting

RELEASES = "releases"
LATEST = "latest.json"


def release_version(started_at: datetime) -> str:
    """UTC start time, e.g. 2026-11-24T031500Z: sorts as it reads."""
    return started_at.astimezone(UTC).strftime("%Y-%m-%dT%H%M%SZ")


def unique_version(data_dir: Path, started_at: datetime) -> str:
    """The version for a run, suffixed when a release of the same second already exists."""
    base = release_version(started_at)
    version, n = base, 1
    while (data_dir / RELEASES / version).exists():
        n += 1
        version = f"{base}-{n}"
    return version


@dataclass(frozen=True)
class PreviousRelease:
    version: str
    path: Path
    meetings: list[Meeting]


def latest_release_path(data_dir: Path) -> Path | None:
    pointer = data_dir / LATEST
    if not pointer.exists():
        return None
    document = json.loads(pointer.read_text(encoding="utf-8"))
    path = data_dir / document["path"]
    return path if path.is_dir() else None


def load_previous(data_dir: Path) -> PreviousRelease | None:
    """The release `latest.json` points at, with its meetings as objects; None for a first
    run. For tools and tests on small releases: a night reads the Parquet file in DuckDB."""
    path = latest_release_path(data_dir)
    if path is None:
        return None
    meetings = meetings_from_table(pq.read_table(path / "meetings.parquet"))
    return PreviousRelease(version=path.name, path=path, meetings=meetings)


def point_latest_at(data_dir: Path, version: str) -> None:
    """Replace latest.json in one rename, so a reader never sees half a file."""
    document = {"version": version, "path": f"{RELEASES}/{version}"}
    temporary = data_dir / f".{LATEST}.{os.getpid()}.tmp"
    temporary.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, data_dir / LATEST)
