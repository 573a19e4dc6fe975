"""Builders for the geocoding tests: meetings tables and a gazetteer built once per session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa

from pipeline.geocode.gazetteer import gazetteer_path
from pipeline.publish.tables import meetings_table
from schemas.meeting import Meeting

#: 61604 Peoria, IL: GeoNames' ZIP centroid, and a church a few streets away.
PEORIA_61604 = (40.7111, -89.6324)
KNOXVILLE_AVE = (40.7171, -89.5873)


def meeting(n: int, **fields: Any) -> Meeting:
    base: dict[str, Any] = {
        "meeting_id": f"m{n}",
        "source_id": "test-source",
        "source_meeting_id": f"s{n}",
        "source_url": "http://127.0.0.1/feed.json",
        "fellowship": "AA",
        "name": f"Meeting {n}",
        "timezone": "America/Chicago",
        "timezone_source": "source_default",
        "attendance": "in_person",
        "status": "active",
        "street": f"{100 + n} N Knoxville Ave",
        "city": "Peoria",
        "region": "IL",
        "postal_code": "61604",
        "country": "US",
    }
    base.update(fields)
    if "formatted_address" not in fields:
        parts = [
            base["street"],
            base["city"],
            f"{base['region'] or ''} {base['postal_code'] or ''}",
        ]
        base["formatted_address"] = ", ".join(p.strip() for p in parts if p and p.strip())
    if base.get("latitude") is not None and "geo_source" not in fields:
        base["geo_source"] = "source"
        base.setdefault("geo_precision", "street")
    return Meeting.model_validate(base)


def table_of(*meetings: Meeting) -> pa.Table:
    return meetings_table(meetings)


def data_dir_with(gazetteer: Path, folder: Path) -> Path:
    """A fresh data dir sharing the session's gazetteer (it takes seconds to build)."""
    target = gazetteer_path(folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.symlink_to(gazetteer)
    return folder


def rows_by_id(table: pa.Table) -> dict[str, dict[str, Any]]:
    return {row["meeting_id"]: row for row in table.to_pylist()}
