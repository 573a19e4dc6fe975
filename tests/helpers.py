"""Small builders shared by tests."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.normalize.payloads import PAYLOAD_READERS, Payload
from pipeline.normalize.readers.bmlt import FORMATS, SEARCH, SERVICE_BODIES
from pipeline.normalize.readers.bmlt_export import read_manifest, wanted_files
from pipeline.normalize.source import SourceRows, normalize_records
from pipeline.types import NormalizedSource
from schemas.meeting import Meeting, Reject
from schemas.sources import SourceConfig, load_sources
from schemas.tables import MEETINGS_SCHEMA, REJECTS_SCHEMA
from tests.conftest import DEMO

FETCHED_AT = datetime(2026, 11, 24, 3, 15, tzinfo=UTC)
FEED_URL = "http://127.0.0.1/feed.json"


@dataclass
class Normalized:
    """One source's normalize output, validated into contract objects for easy asserts."""

    meetings: list[Meeting]
    rejects: list[Reject]
    counters: Counter[str] = field(default_factory=Counter)
    rows: SourceRows | None = None


def normalize_data(source: SourceConfig, data: list[Any], url: str = FEED_URL) -> Normalized:
    rows = normalize_records(source, data, url, FETCHED_AT)
    return Normalized(
        meetings=[Meeting.model_validate(m) for m in rows.meetings],
        rejects=[Reject.model_validate(r) for r in rows.rejects],
        counters=rows.counters,
        rows=rows,
    )


def demo_source(source_id: str) -> SourceConfig:
    return next(s for s in load_sources(DEMO / "sources.toml").sources if s.id == source_id)


def demo_data(source_id: str) -> list[Any]:
    source = demo_source(source_id)
    data: list[Any] = json.loads((DEMO / source.local_path).read_text(encoding="utf-8"))
    return data


def normalize_demo(source_id: str) -> Normalized:
    """A demo source of any platform, normalized from its files in demo/."""
    rows = normalize_demo_rows(demo_source(source_id), FEED_URL)
    return Normalized(
        meetings=[Meeting.model_validate(m) for m in rows.meetings],
        rejects=[Reject.model_validate(r) for r in rows.rejects],
        counters=rows.counters,
        rows=rows,
    )


def demo_rows(source_id: str) -> list[dict[str, Any]]:
    """The demo source's meeting rows as dicts, the way stages hand them on."""
    rows = normalize_demo(source_id).rows
    assert rows is not None
    return rows.meetings


def demo_payload(source: SourceConfig) -> Payload:
    """What the crawl stores for a demo source, read from demo/ (any platform)."""
    path = DEMO / source.local_path
    if source.platform == "bmlt":
        answers = {n: (path / f"{n}.json").read_bytes() for n in (FORMATS, SERVICE_BODIES)}
        return Payload((path / f"{SEARCH}.json").read_bytes(), answers)
    if source.platform == "bmlt_export":
        manifest = path.read_bytes()
        files = wanted_files(read_manifest(manifest))
        return Payload(manifest, {f: (path.parent / f).read_bytes() for f in files})
    return Payload(path.read_bytes())


def normalize_demo_rows(source: SourceConfig, url: str | None = None) -> SourceRows:
    """A demo source of any platform through its payload reader, mapper and the builder."""
    records = PAYLOAD_READERS[source.platform](demo_payload(source))
    return normalize_records(source, records, url or source.url, FETCHED_AT)


def _own_id(meeting: Any) -> Any:
    return meeting["source_meeting_id"] if isinstance(meeting, dict) else meeting.source_meeting_id


def by_own_id(found: Normalized | list[Any], own_id: str) -> list[Any]:
    """The meetings made from the record with this source id (several for several days)."""
    meetings = found.meetings if isinstance(found, Normalized) else found
    return [m for m in meetings if _own_id(m) == own_id]


def write_source_files(
    folder: Path,
    source_id: str,
    meetings: list[dict[str, Any]] | list[Meeting],
    failure: str | None = None,
) -> NormalizedSource:
    """A normalize stage's output for one source, from rows or Meeting objects."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = [m.model_dump() if isinstance(m, Meeting) else m for m in meetings]
    meetings_path, rejects_path = (
        folder / f"{source_id}.m.parquet",
        folder / f"{source_id}.r.parquet",
    )
    pq.write_table(pa.Table.from_pylist(rows, schema=MEETINGS_SCHEMA), meetings_path)
    pq.write_table(REJECTS_SCHEMA.empty_table(), rejects_path)
    return NormalizedSource(
        source_id=source_id,
        meetings_path=str(meetings_path),
        rejects_path=str(rejects_path),
        fetched=len(rows),
        valid=len(rows),
        failure=failure,
    )


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
