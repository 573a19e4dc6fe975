"""MAT tagging as a stage: the carried meetings table in, the tagged table and queue out.

The engine is per-record Python, so it runs once per distinct listing, never per row:
DuckDB keys every row by the words the engine reads (`cache.DECISION_KEY_SQL`), looks the
keys up in last night's decisions (`cache.py`, kept under the data dir's state/ for the
same rules version), and only the listings it has never seen are handed to the engine,
in Arrow batches. Reviews are applied to the few rows they name, the review queue is
built from the rows that may belong in it, and the MAT columns are joined back onto the
table in its own order. Tonight's decisions then replace the cache.

A night whose feeds are unchanged decides nothing again; a first night over feeds that
repeat their notes (intergroups do) decides each text once.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.duck import connect, sql_text
from pipeline.mat.cache import DECISION_KEY_SQL, DECISIONS_SCHEMA, DecisionCache
from pipeline.mat.queue import queue_reason, queue_row, sort_queue, write_queue
from pipeline.mat.reviews import Review, ReviewApplier
from pipeline.mat.tagging import LISTING_COLUMNS, MAT_COLUMNS, mat_columns
from pipeline.types import Tagged

#: Listings per batch handed to the engine.
BATCH_ROWS = 20_000
#: The row columns a review and a queue row read besides the listing's.
_ROW_COLUMNS = (*LISTING_COLUMNS, "source_id")
_MAT = ", ".join(MAT_COLUMNS)


def _columns(names: tuple[str, ...], table: str) -> str:
    return ", ".join(f"{table}.{name}" for name in names)


def batches(db: duckdb.DuckDBPyConnection, query: str) -> Iterator[pa.RecordBatch]:
    """A query's result as Arrow batches of at most BATCH_ROWS, streamed."""
    relation = db.sql(query)
    reader = getattr(relation, "fetch_arrow_reader", None) or relation.fetch_record_batch
    yield from reader(BATCH_ROWS)


def _decide_new(db: duckdb.DuckDBPyConnection, carried: str, out_path: Path) -> tuple[int, float]:
    """Engine decisions for the listings no cached decision covers, into `out_path`."""
    started = time.monotonic()
    reader = batches(
        db,
        f"""
        SELECT first.decision_key, {_columns(LISTING_COLUMNS, "m")}
        FROM (SELECT decision_key, min(row_number) AS row_number
              FROM keyed ANTI JOIN known USING (decision_key) GROUP BY ALL) AS first
        JOIN {carried} AS m ON m.file_row_number = first.row_number
        ORDER BY first.row_number
        """,
    )
    decided = 0
    with pq.ParquetWriter(out_path, DECISIONS_SCHEMA) as writer:
        for batch in reader:
            rows = batch.to_pylist()
            decisions = [{"decision_key": r["decision_key"], **mat_columns(r)} for r in rows]
            writer.write_table(pa.Table.from_pylist(decisions, schema=DECISIONS_SCHEMA))
            decided += len(rows)
    return decided, time.monotonic() - started


def _apply_reviews(db: duckdb.DuckDBPyConnection, carried: str, applier: ReviewApplier) -> pa.Table:
    """The MAT columns of the rows a review names, decided by the review (Arrow)."""
    ids = list(applier.by_id)
    rows: list[dict[str, Any]] = []
    if ids:
        rows = (
            db.sql(
                f"""
            SELECT k.row_number, {_columns(_ROW_COLUMNS, "m")}, {_columns(MAT_COLUMNS, "d")}
            FROM keyed AS k JOIN decisions AS d USING (decision_key)
            JOIN {carried} AS m ON m.file_row_number = k.row_number
            WHERE m.meeting_id IN (SELECT unnest($ids))
            ORDER BY k.row_number
            """,
                params={"ids": ids},
            )
            .to_arrow_table()
            .to_pylist()
        )
    reviewed = []
    for row in rows:
        tagged = applier.apply(row)
        reviewed.append({"row_number": row["row_number"], **{c: tagged[c] for c in MAT_COLUMNS}})
    fields = [pa.field("row_number", pa.int64())] + [DECISIONS_SCHEMA.field(c) for c in MAT_COLUMNS]
    return pa.Table.from_pylist(reviewed, schema=pa.schema(fields))


def _queue(
    db: duckdb.DuckDBPyConnection, carried: str, text_changed: set[str]
) -> list[dict[str, Any]]:
    """Review-queue rows, from the rows that may be queued (`queue.queue_reason`)."""
    is_new = "(NOT m.stale AND m.first_seen IS NOT DISTINCT FROM m.last_seen)"
    reader = batches(
        db,
        f"""
        SELECT {_columns(_ROW_COLUMNS, "m")}, {_columns(MAT_COLUMNS, "d")}, {is_new} AS is_new
        FROM row_decisions AS d JOIN {carried} AS m ON m.file_row_number = d.row_number
        WHERE d.mat_needs_review OR d.mat_decided_by = 'review'
              OR ({is_new} AND d.mat_status <> 'unknown')
        ORDER BY d.row_number
        """,
    )
    queue: list[dict[str, Any]] = []
    for batch in reader:
        for row in batch.to_pylist():
            reason = queue_reason(
                row, text_changed=row["meeting_id"] in text_changed, is_new=row["is_new"]
            )
            if reason is not None:
                queue.append(queue_row(row, reason))
    return queue


def _count(db: duckdb.DuckDBPyConnection, table: str) -> int:
    found = db.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(found[0]) if found else 0


def tag_table(
    meetings_path: Path,
    out_path: Path,
    queue_path: Path,
    reviews: list[Review],
    cache_dir: Path | None = None,
) -> Tagged:
    """Tag every meeting of `meetings_path` into `out_path`; write the review queue.

    `cache_dir` (the state's `mat/` folder) holds the decisions of earlier nights; None
    tags every distinct listing afresh and keeps nothing. A meeting is new when it was
    first seen in this run (first_seen = last_seen on a row that is not a stale carry-over).
    """
    started = time.monotonic()
    work = out_path.parent
    cache = DecisionCache(cache_dir) if cache_dir is not None else None
    carried = f"read_parquet({sql_text(str(meetings_path))}, file_row_number = true)"
    db = connect(work / "duckdb-tag.tmp")
    db.execute(
        f"""CREATE TEMP TABLE keyed AS
            SELECT file_row_number AS row_number, {DECISION_KEY_SQL} AS decision_key
            FROM {carried}"""
    )
    cached = cache.source_sql() if cache is not None else DecisionCache.empty_sql()
    db.execute(
        f"""CREATE TEMP TABLE known AS
            SELECT DISTINCT ON (decision_key) * FROM {cached}
            SEMI JOIN (SELECT DISTINCT decision_key FROM keyed) USING (decision_key)"""
    )
    fresh_path = work / "mat-decided.parquet"
    decided, engine_seconds = _decide_new(db, carried, fresh_path)
    db.execute(
        f"""CREATE TEMP TABLE decisions AS
            SELECT * FROM known
            UNION ALL SELECT * FROM read_parquet({sql_text(str(fresh_path))})"""
    )
    applier = ReviewApplier(reviews)
    reviewed = _apply_reviews(db, carried, applier)
    db.register("reviewed", reviewed)
    choose = ", ".join(
        f"CASE WHEN r.row_number IS NULL THEN d.{c} ELSE r.{c} END AS {c}" for c in MAT_COLUMNS
    )
    db.execute(
        f"""CREATE TEMP TABLE row_decisions AS
            SELECT k.row_number, {choose}
            FROM keyed AS k JOIN decisions AS d USING (decision_key)
            LEFT JOIN reviewed AS r USING (row_number)
            ORDER BY k.row_number"""
    )
    # The table in its own order with the MAT columns swapped in: a positional join, with
    # every row's number checked against its decision's (a misalignment stops the run).
    replace = ", ".join(
        f"CASE WHEN d.row_number = m.file_row_number THEN d.{c} "
        f"ELSE error('MAT decisions out of line with the meetings') END AS {c}"
        if c == "mat_status"
        else f"d.{c} AS {c}"
        for c in MAT_COLUMNS
    )
    db.execute(
        f"""COPY (SELECT m.* EXCLUDE (file_row_number) REPLACE ({replace})
                  FROM {carried} AS m POSITIONAL JOIN row_decisions AS d)
            TO {sql_text(str(out_path))} (FORMAT parquet)"""
    )
    outcome = applier.finish()
    rows = sort_queue(_queue(db, carried, set(outcome.text_changed)))
    write_queue(rows, queue_path)
    statuses = dict(
        db.execute(
            "SELECT mat_status, count(*) FROM row_decisions GROUP BY 1 ORDER BY 1"
        ).fetchall()
    )
    deciders = db.execute(
        "SELECT coalesce(mat_decided_by, 'none'), count(*) FROM row_decisions GROUP BY 1 ORDER BY 1"
    ).fetchall()
    counts = db.execute(
        """SELECT count(*), count(DISTINCT decision_key),
                  count(*) FILTER (WHERE decision_key IN (SELECT decision_key FROM known))
           FROM keyed"""
    ).fetchone() or (0, 0, 0)
    summary: dict[str, Any] = {
        "enabled": cache is not None,
        "rows": int(counts[0]),
        "listings": int(counts[1]),
        "from_cache": _count(db, "known"),
        "decided": decided,
        "rows_from_cache": int(counts[2]),
        "engine_seconds": round(engine_seconds, 3),
    }
    if cache is not None:
        summary["rules_version"] = cache.version
        summary["replaced_versions"] = len(cache.others())
        if decided or summary["from_cache"] != cache.rows() or summary["replaced_versions"]:
            cache.save(db, "SELECT * FROM decisions ORDER BY decision_key")
    db.close()
    return Tagged(
        meetings_path=str(out_path),
        queue_path=str(queue_path),
        queue_rows=len(rows),
        mat={str(k): int(v) for k, v in statuses.items()},
        reviews=outcome.summary(),
        seconds=time.monotonic() - started,
        cache=summary,
        decided_by={str(k): int(v) for k, v in deciders},
    )
