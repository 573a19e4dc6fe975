"""What travels between the stages of a night, in one place.

Stages hand each other files, not lists: a crawl leaves each source's response on disk,
normalize leaves each source's meetings and rejects as Parquet, and so on. What a Prefect
task returns is one of the small records below: paths and counts, never rows. They are
plain dataclasses of strings and numbers, so they pickle to a Dask worker and Prefect
does not walk tens of thousands of objects per task parameter.

Each stage imports its inputs from here rather than from the stage before it, so the
stages depend on these types and not on each other.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class RunDirs:
    """Where one run works. `work` is wiped at the start of every run; `state` persists.

    With a Dask cluster both must be storage every worker sees (a shared mount).
    """

    data_dir: Path
    work: Path
    state: Path

    @property
    def fetched(self) -> Path:
        """Crawl output: one `<source>.body` and `<source>.json` per source."""
        return self.work / "fetched"

    @property
    def normalized(self) -> Path:
        """Normalize output: `<source>/meetings.parquet` and `<source>/rejects.parquet`."""
        return self.work / "normalized"


@dataclass(frozen=True)
class Fetched:
    """One source's response as fetched: where its bytes are and what the server said.

    `error` is set when there is no usable response (request failed, HTTP error, robots.txt,
    crawl process died); the source then fails and keeps last night's meetings, stale.
    `not_modified` is a 304 answer to a conditional request: no body, last night's table
    for the source is reused.
    """

    source_id: str
    url: str
    public_url: str
    fetched_at: str  # ISO 8601, UTC
    status: int | None = None
    body_path: str | None = None
    size: int = 0
    sha256: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    error: str | None = None
    excerpt: str = ""
    #: the response's Content-Type header: its charset decides how the body is decoded
    content_type: str | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Fetched:
        return cls(**json.loads(text))


@dataclass
class CrawlSummary:
    """One crawl process over a batch of sources."""

    source_ids: list[str]
    fetched: list[Fetched]
    seconds: float = 0.0
    error: str | None = None
    stats: dict[str, Any] = field(default_factory=dict)


@dataclass
class NormalizedSource:
    """One source after normalize: its files and counts.

    `reused` says normalization was skipped because the payload was unchanged since the
    last run (304 or same sha256) and last night's tables were copied instead.
    """

    source_id: str
    meetings_path: str
    rejects_path: str
    fetched: int = 0
    valid: int = 0
    rejected: int = 0
    failure: str | None = None
    counters: dict[str, int] = field(default_factory=dict)
    reused: bool = False
    crawl_seconds: float = 0.0
    http_status: int | None = None
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return self.failure is not None


@dataclass
class SourceReport:
    """Per-source counts for the console, sources.parquet and the manifest."""

    source_id: str
    status: str = "ok"
    error: str | None = None
    fetched: int = 0
    valid: int = 0
    rejected: int = 0
    stale: int = 0
    crawl_seconds: float = 0.0
    counters: dict[str, int] = field(default_factory=dict)
    reused: bool = False


@dataclass
class Carried:
    """This run's meetings after carry-forward, and what the last release was."""

    meetings_path: str
    previous_version: str | None
    previous_meetings_path: str | None
    reports: dict[str, SourceReport]
    meetings: int = 0
    stale: int = 0
    seconds: float = 0.0


@dataclass
class Tagged:
    """Meetings with their MAT columns, the review queue and what the reviews did."""

    meetings_path: str
    queue_path: str
    queue_rows: int
    mat: dict[str, int]
    reviews: dict[str, Any]
    seconds: float = 0.0


@dataclass
class Changelog:
    """The changes table against the previous release, with counts per kind."""

    path: str
    counts: dict[str, int]
    seconds: float = 0.0
