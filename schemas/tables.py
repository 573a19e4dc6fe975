"""Arrow schemas of the tables stages hand each other and publish: the contract's types.

Built once from explicit types (never inferred from data), so an empty table, an all-null
column or a first release still has the types DESIGN.md promises. Normalize writes its
per-source files with these schemas, so every later stage reads the contract's types.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pyarrow as pa

from schemas.meeting import MEETING_COLUMNS, Meeting

_STRING = pa.string()
_STRINGS = pa.list_(pa.string())
_TIME = pa.time64("us")
_STAMP = pa.timestamp("us", tz="UTC")

MEETING_TYPES: dict[str, pa.DataType] = {
    "also_listed_in": _STRINGS,
    "day": pa.int8(),
    "start_time": _TIME,
    "end_time": _TIME,
    "types": _STRINGS,
    "source_types": _STRINGS,
    "languages": _STRINGS,
    "latitude": pa.float64(),
    "longitude": pa.float64(),
    "mat_confidence": pa.float64(),
    "mat_needs_review": pa.bool_(),
    "mat_evidence": _STRINGS,
    "first_seen": _STAMP,
    "last_seen": _STAMP,
    "stale": pa.bool_(),
    "updated_at": _STAMP,
}
NOT_NULL = {"meeting_id", "source_id", "source_meeting_id", "name", "timezone", "stale"}

MEETINGS_SCHEMA = pa.schema(
    [
        pa.field(name, MEETING_TYPES.get(name, _STRING), nullable=name not in NOT_NULL)
        for name in MEETING_COLUMNS
    ]
)

REJECTS_SCHEMA = pa.schema(
    [
        ("source_id", _STRING),
        ("source_meeting_id", _STRING),
        ("source_url", _STRING),
        ("reason", _STRING),
        ("raw_payload", _STRING),
        ("fetched_at", _STAMP),
    ]
)

SOURCES_SCHEMA = pa.schema(
    [
        ("source_id", _STRING),
        ("name", _STRING),
        ("platform", _STRING),
        ("url", _STRING),
        ("fellowship", _STRING),
        ("timezone", _STRING),
        ("country", _STRING),
        ("status", _STRING),
        ("error", _STRING),
        ("fetched", pa.int64()),
        ("valid", pa.int64()),
        ("rejected", pa.int64()),
        ("stale", pa.int64()),
        ("crawl_seconds", pa.float64()),
        ("counters", _STRING),
        ("stale_nights", pa.int64()),
        ("dropped", pa.int64()),
        ("data_as_of", _STAMP),
        ("data_age_hours", pa.float64()),
    ]
)

CHANGES_SCHEMA = pa.schema(
    [
        ("meeting_id", _STRING),
        ("source_id", _STRING),
        ("name", _STRING),
        ("change", _STRING),
        ("fields", _STRINGS),
    ]
)


#: Values of a meeting row that normalize leaves to later stages (MAT tagging, carry-forward).
MEETING_DEFAULTS: dict[str, Any] = {
    name: (field.default_factory() if field.default_factory else field.default)  # type: ignore[call-arg]
    for name, field in Meeting.model_fields.items()
    if not field.is_required()
}


def empty_table(schema: pa.Schema) -> pa.Table:
    return schema.empty_table()


def rows_table(rows: Sequence[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist(list(rows), schema=schema)


def meetings_table(meetings: Iterable[Meeting]) -> pa.Table:
    """Meeting objects as a table (tests and small callers; stages pass dict rows)."""
    return pa.Table.from_pylist([m.model_dump() for m in meetings], schema=MEETINGS_SCHEMA)


def meetings_from_table(table: pa.Table) -> list[Meeting]:
    """Validate rows into Meeting objects: for tests and small tables, never a whole night."""
    return [Meeting.model_validate(row) for row in table.to_pylist()]
