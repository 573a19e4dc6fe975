"""Carry the past forward: first-seen dates, stale rows for failed sources, held-back drops.

A volunteer's server being down for a night must not erase a city's meetings from every
app that reads this dataset. So a failed source keeps its last good meetings, marked
stale, and a source whose count falls sharply is held back the same way and reported.

The set work (first_seen from the last release, its rows for failed or held-back
sources) is one DuckDB query over the per-source Parquet files and the last release's
meetings.parquet; only the per-source decision is Python, over counts.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.duck import connect, sql_list, sql_text
from pipeline.types import Carried, NormalizedSource, SourceReport
from schemas.tables import MEETINGS_SCHEMA

#: A source that loses more than half its meetings at once is held back...
DROP_RATIO = 0.5
#: ...when it had at least this many, so tiny sources can shrink freely. A drop to zero
#: is held back whatever the size: an empty answer is far likelier a broken feed.
DROP_MIN_PREVIOUS = 20


def report_of(source: NormalizedSource, previous_count: int) -> SourceReport:
    """The source's status tonight: ok, failed, or held back against the last release."""
    report = SourceReport(
        source_id=source.source_id,
        fetched=source.fetched,
        valid=source.valid,
        rejected=source.rejected,
        counters=dict(source.counters),
        crawl_seconds=source.crawl_seconds,
        reused=source.reused,
    )
    if source.failed:
        report.status, report.error = "failed", source.failure
    elif previous_count and not source.valid:  # to zero: held back whatever the size
        report.status = "held_back"
        report.error = (
            f"no meetings tonight against {previous_count} in the last release; "
            "kept the last release's meetings until a maintainer confirms the source is empty"
        )
    elif previous_count >= DROP_MIN_PREVIOUS and source.valid < DROP_RATIO * previous_count:
        report.status = "held_back"
        report.error = (
            f"{source.valid} meetings against {previous_count} in the last release; "
            "kept the last release's meetings until a maintainer confirms the drop"
        )
    return report


def carry_forward(
    sources: list[NormalizedSource],
    previous_release: Path | None,
    now: datetime,
    out_path: Path,
) -> Carried:
    """Write this release's meetings (before MAT tagging) to `out_path`, one report a source.

    `previous_release` is the last release's folder (None on a first run). Rows keep the
    order of `sources`, then each source's own order.
    """
    started = time.monotonic()
    previous = previous_release / "meetings.parquet" if previous_release is not None else None
    db = connect(out_path.parent / "duckdb.tmp")
    previous_counts: dict[str, int] = {}
    if previous is not None:
        db.execute(f"CREATE VIEW previous AS SELECT * FROM read_parquet({sql_text(str(previous))})")
        previous_counts = dict(
            db.execute("SELECT source_id, count(*) FROM previous GROUP BY 1").fetchall()
        )
    reports = {s.source_id: report_of(s, previous_counts.get(s.source_id, 0)) for s in sources}
    rank = {s.source_id: n for n, s in enumerate(sources)}
    fresh = [s for s in sources if reports[s.source_id].status == "ok"]
    kept = [s.source_id for s in sources if reports[s.source_id].status != "ok"]
    db.execute("CREATE TEMP TABLE ranks (source_id VARCHAR, source_rank INTEGER)")
    db.executemany("INSERT INTO ranks VALUES (?, ?)", list(rank.items()))
    parts: list[str] = []
    if fresh:
        first_seen = (
            "(SELECT meeting_id, first_seen FROM previous)"
            if previous is not None
            else "(SELECT NULL::VARCHAR AS meeting_id, NULL::TIMESTAMPTZ AS first_seen LIMIT 0)"
        )
        parts.append(
            f"""
            SELECT cur.* EXCLUDE (file_row_number) REPLACE (
                       coalesce(seen.first_seen, $now) AS first_seen,
                       $now AS last_seen,
                       false AS stale),
                   ranks.source_rank, cur.file_row_number AS source_row
            FROM read_parquet({sql_list([s.meetings_path for s in fresh])},
                              file_row_number = true) AS cur
            JOIN ranks USING (source_id)
            LEFT JOIN {first_seen} AS seen USING (meeting_id)"""
        )
    if kept and previous is not None:
        kept_list = ", ".join(sql_text(k) for k in kept)
        parts.append(
            f"""
            SELECT prev.* EXCLUDE (file_row_number) REPLACE (true AS stale),
                   ranks.source_rank, prev.file_row_number AS source_row
            FROM read_parquet({sql_text(str(previous))}, file_row_number = true) AS prev
            JOIN ranks USING (source_id)
            WHERE prev.source_id IN ({kept_list})"""
        )
    if parts:
        query = " UNION ALL BY NAME ".join(parts)
        db.execute(
            f"""COPY (SELECT * EXCLUDE (source_rank, source_row) FROM ({query})
                      ORDER BY source_rank, source_row)
                TO {sql_text(str(out_path))} (FORMAT parquet)""",
            {"now": now} if fresh else None,
        )
    else:  # nothing at all: an empty table of the right type
        pq.write_table(MEETINGS_SCHEMA.empty_table(), out_path)
    stale_by_source = dict(
        db.execute(
            f"SELECT source_id, count(*) FROM read_parquet({sql_text(str(out_path))}) "
            "WHERE stale GROUP BY 1"
        ).fetchall()
    )
    for source_id, report in reports.items():
        report.stale = int(stale_by_source.get(source_id, 0))
    total = db.execute(f"SELECT count(*) FROM read_parquet({sql_text(str(out_path))})").fetchone()
    db.close()
    return Carried(
        meetings_path=str(out_path),
        previous_version=previous_release.name if previous_release is not None else None,
        previous_meetings_path=str(previous) if previous is not None else None,
        reports=reports,
        meetings=int(total[0]) if total else 0,
        stale=sum(r.stale for r in reports.values()),
        seconds=time.monotonic() - started,
    )
