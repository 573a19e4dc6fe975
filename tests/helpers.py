"""Small builders shared by tests."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.normalize.source import normalize_source
from pipeline.types import SourceBatch
from schemas.meeting import Meeting
from schemas.raw import RawRecord
from schemas.sources import SourceConfig, load_sources
from spiders.platforms.meeting_guide import own_id_of
from tests.conftest import DEMO

FETCHED_AT = datetime(2026, 11, 24, 3, 15, tzinfo=UTC)


def raw_records(
    source_id: str, data: list[Any], url: str = "http://127.0.0.1/feed.json"
) -> list[RawRecord]:
    return [
        RawRecord(
            source_id=source_id,
            source_meeting_id=own_id_of(raw),
            source_url=url,
            raw=raw,
            fetched_at=FETCHED_AT,
        )
        for raw in data
    ]


def demo_source(source_id: str) -> SourceConfig:
    return next(s for s in load_sources(DEMO / "sources.toml").sources if s.id == source_id)


def normalize_demo(source_id: str) -> SourceBatch:
    source = demo_source(source_id)
    data = json.loads((DEMO / source.local_path).read_text(encoding="utf-8"))
    return normalize_source(source, raw_records(source_id, data))


def by_own_id(found: SourceBatch | list[Meeting], own_id: str) -> list[Meeting]:
    """The meetings made from the record with this source id (several for several days)."""
    meetings = found.meetings if isinstance(found, SourceBatch) else found
    return [m for m in meetings if m.source_meeting_id == own_id]


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
