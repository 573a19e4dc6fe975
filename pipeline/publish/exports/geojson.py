"""meetings.geojson: the meetings a person can walk into, as points for any map.

In-person and hybrid meetings with coordinates, one Feature each (RFC 7946: WGS84,
longitude first). The Feature `id` is the contract's `meeting_id`, stable across releases;
the properties are the contract's columns (times as `HH:MM:SS`, timestamps as ISO 8601
in UTC, lists as arrays). Online-only meetings and meetings without coordinates are left
out and counted.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.publish.exports.release_tables import connect_release, records
from schemas.meeting import MEETING_COLUMNS

FILE_NAME = "meetings.geojson"

_POINT_COLUMNS = {"latitude", "longitude"}
_TIMESTAMPS = {"first_seen", "last_seen", "updated_at"}
_TIMES = {"start_time", "end_time"}


def _property(column: str) -> str:
    if column in _TIMES:
        return f"strftime(DATE '2000-01-01' + {column}, '%H:%M:%S') AS {column}"
    if column in _TIMESTAMPS:
        return f"strftime({column}, '%Y-%m-%dT%H:%M:%SZ') AS {column}"
    return column


PROPERTIES = ",\n    ".join(_property(c) for c in MEETING_COLUMNS if c not in _POINT_COLUMNS)

MAPPABLE = (
    "attendance IN ('in_person', 'hybrid') AND latitude IS NOT NULL AND longitude IS NOT NULL"
)

FEATURES_QUERY = f"""
SELECT latitude, longitude,
    {PROPERTIES}
FROM meetings
WHERE {MAPPABLE}
ORDER BY meeting_id
"""

STATS_QUERY = f"""
SELECT
    count(*) FILTER (WHERE {MAPPABLE}) AS features,
    count(*) FILTER (WHERE attendance = 'online') AS online_left_out,
    count(*) FILTER (WHERE attendance <> 'online' AND (latitude IS NULL OR longitude IS NULL))
        AS without_coordinates
FROM meetings
"""


def feature_collection(rows: list[dict[str, object]]) -> str:
    """A FeatureCollection with one Feature a line."""
    features = []
    for row in rows:
        point = [row.pop("longitude"), row.pop("latitude")]
        feature = {
            "type": "Feature",
            "id": row["meeting_id"],
            "geometry": {"type": "Point", "coordinates": point},
            "properties": row,
        }
        features.append(json.dumps(feature, ensure_ascii=False))
    return '{"type": "FeatureCollection", "features": [\n' + ",\n".join(features) + "\n]}\n"


def write_geojson(folder: Path) -> dict[str, int]:
    """Write `folder/meetings.geojson` from meetings.parquet; return its counts."""
    with connect_release(folder) as connection:
        stats = records(connection, STATS_QUERY)[0]
        rows = records(connection, FEATURES_QUERY)
    (folder / FILE_NAME).write_text(feature_collection(rows), encoding="utf-8")
    return {key: int(value) for key, value in stats.items()}
