"""The changelog of a release against the previous one: added, removed, changed meetings.

One DuckDB join of the two meetings tables on meeting_id; a changed row names the
columns whose values differ. Columns the previous release did not have yet count as
empty there, so adding a column changes only the rows that fill it.
"""

from __future__ import annotations

import time
from pathlib import Path

from pipeline.duck import connect, sql_text
from pipeline.types import Changelog

#: Bookkeeping columns that change every run and are not news to a consumer.
BOOKKEEPING = frozenset({"first_seen", "last_seen", "stale"})
#: Geocoding's own label of a place: what the gazetteer or an online geocoder matched. It
#: is not news on its own (a new gazetteer spelling a town differently changes no meeting),
#: and when the geocoder moves a meeting the coordinates it moved say so: latitude,
#: longitude, geo_precision and geo_source changes stay in the changelog, whoever caused
#: them, because a consumer's map pin moves with them.
GEOCODER_LABELS = frozenset({"geocoded_address"})
IGNORED = BOOKKEEPING | GEOCODER_LABELS

CHANGE_KINDS = ("added", "changed", "removed")


def _columns(db: object, path: Path) -> list[str]:
    rows = db.execute(  # type: ignore[attr-defined]
        f"DESCRIBE SELECT * FROM read_parquet({sql_text(str(path))})"
    ).fetchall()
    return [row[0] for row in rows]


def diff_releases(previous: Path | None, current: Path, out_path: Path) -> Changelog:
    """Write changes.parquet rows for `current` against `previous` (meetings.parquet files).

    Order: added and changed in the current table's order, then removed in the previous
    table's order. A first release (no previous) has every meeting added.
    """
    started = time.monotonic()
    db = connect(out_path.parent / "duckdb.tmp")
    db.execute(
        "CREATE VIEW cur AS SELECT * FROM "
        f"read_parquet({sql_text(str(current))}, file_row_number = true)"
    )
    if previous is not None:
        db.execute(
            "CREATE VIEW prev AS SELECT * FROM "
            f"read_parquet({sql_text(str(previous))}, file_row_number = true)"
        )
        previous_columns = set(_columns(db, previous))
    else:
        db.execute("CREATE VIEW prev AS SELECT * FROM cur LIMIT 0")
        previous_columns = set(_columns(db, current)) | {"file_row_number"}
    compared = sorted(c for c in _columns(db, current) if c not in IGNORED)
    checks = ", ".join(
        f'CASE WHEN c."{c}" IS DISTINCT FROM '
        f"{'p.' + chr(34) + c + chr(34) if c in previous_columns else 'NULL'} "
        f"THEN '{c}' END"
        for c in compared
    )
    query = f"""
        SELECT meeting_id, source_id, name, change, fields FROM (
            SELECT c.meeting_id, c.source_id, c.name,
                   CASE WHEN p.meeting_id IS NULL THEN 'added' ELSE 'changed' END AS change,
                   CASE WHEN p.meeting_id IS NULL THEN []::VARCHAR[]
                        ELSE list_filter([{checks}], lambda x: x IS NOT NULL) END AS fields,
                   0 AS part, c.file_row_number AS row
            FROM cur AS c LEFT JOIN prev AS p ON c.meeting_id = p.meeting_id
            UNION ALL
            SELECT p.meeting_id, p.source_id, p.name, 'removed', []::VARCHAR[],
                   1, p.file_row_number
            FROM prev AS p ANTI JOIN cur AS c ON c.meeting_id = p.meeting_id
        )
        WHERE change <> 'changed' OR len(fields) > 0
        ORDER BY part, row"""
    db.execute(f"COPY ({query}) TO {sql_text(str(out_path))} (FORMAT parquet)")
    counts = dict(
        db.execute(
            f"SELECT change, count(*) FROM read_parquet({sql_text(str(out_path))}) GROUP BY 1"
        ).fetchall()
    )
    db.close()
    return Changelog(
        path=str(out_path),
        counts={kind: int(counts.get(kind, 0)) for kind in CHANGE_KINDS},
        seconds=time.monotonic() - started,
    )
