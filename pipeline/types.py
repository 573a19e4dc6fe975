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
class FetchedPart:
    """One further response of a source fetched in several requests (a BMLT server's
    GetFormats, an export's meetings file), stored as it came under `body_path`.

    `not_modified` is a 304 to the part's conditional request and `unchanged` a file the
    export's manifest lists with the sha256 of last night's copy (not asked again); either
    way `body_path` holds last night's bytes, copied from the state dir.
    """

    name: str
    url: str
    status: int | None = None
    body_path: str | None = None
    size: int = 0
    sha256: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    unchanged: bool = False


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
    #: the first request's name for a multi-request source (its body is `body_path`);
    #: `sha256` is then a digest over every part's, `body_sha256` the first body's own
    name: str | None = None
    body_sha256: str | None = None
    #: why the request failed, as a kind for the stats (spiders/failures.py)
    failure_kind: str | None = None
    #: every further response, in the order fetched
    parts: tuple[FetchedPart, ...] = ()
    #: the response's Content-Type header: its charset decides how the body is decoded
    content_type: str | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Fetched:
        document = json.loads(text)
        parts = tuple(FetchedPart(**p) for p in document.pop("parts", ()))
        return cls(**document, parts=parts)


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
    #: Nights in a row this source's meetings were carried instead of fresh (failed or
    #: held back); 0 when fresh tonight (pipeline/carry/policy.py).
    stale_nights: int = 0
    #: Meetings dropped tonight because the source stayed failed past max_stale_nights.
    dropped: int = 0
    #: When the source's published meetings were last fetched fresh (ISO 8601, UTC), and
    #: how old that is at this run's start, in hours; None when it never had any.
    data_as_of: str | None = None
    data_age_hours: float | None = None

    def add_counters(self, counts: dict[str, int]) -> None:
        """Add a later stage's counters (geocoding, dedupe) to the source's own."""
        for name, value in counts.items():
            self.counters[name] = self.counters.get(name, 0) + int(value)


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
    #: The manifest's `carry` section: the policy and what it did (CarryPolicy.summary).
    policy: dict[str, Any] = field(default_factory=dict)


@dataclass
class Geocoded:
    """The carried meetings placed and zoned (`pipeline/geocode/night.py`).

    `counters` are per source (`geocode/...`, `timezone/...`), to add to each source's
    report; `summary` is the manifest's `geocode` section.
    """

    meetings_path: str
    counters: dict[str, dict[str, int]]
    summary: dict[str, Any]
    seconds: float = 0.0


@dataclass
class Deduped:
    """One row per real meeting (`pipeline/dedupe/night.py`), and how it was decided.

    `membership_path` says which listing went into which merged row, for combining the
    listings' MAT decisions after tagging; `pairs_path` is published as merges.parquet;
    `stats` is the manifest's `dedupe` section and `counters` go into each source's report.
    """

    meetings_path: str
    pairs_path: str
    membership_path: str
    stats: dict[str, Any]
    counters: dict[str, dict[str, int]]
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
    #: The decision cache's counts (pipeline/mat/cache.py): rows, distinct listings,
    #: decisions taken from the cache and decided by the engine; the manifest's mat_cache.
    cache: dict[str, Any] = field(default_factory=dict)
    #: Rows by what decided their status (rule, unread, fellowship, type_code, learned,
    #: review; "none" for unknown); the manifest's mat_decided_by.
    decided_by: dict[str, int] = field(default_factory=dict)


@dataclass
class Changelog:
    """The changes table against the previous release, with counts per kind."""

    path: str
    counts: dict[str, int]
    seconds: float = 0.0
