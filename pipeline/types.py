"""What travels between the stages of a night, in one place.

Each stage imports its inputs from here rather than from the stage before it, so the
stages depend on these types and not on each other.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from schemas.meeting import Meeting, Reject
from schemas.raw import FeedProblem, RawRecord


@dataclass
class CrawlResult:
    source_id: str
    url: str
    items: list[RawRecord | FeedProblem] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    seconds: float = 0.0


@dataclass
class SourceBatch:
    """Everything one source's crawl produced after normalization."""

    source_id: str
    meetings: list[Meeting] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    fetched: int = 0
    failure: str | None = None
    counters: Counter[str] = field(default_factory=Counter)

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
