"""Carry the past forward: first-seen dates, stale rows for failed sources, held-back drops.

A volunteer's server being down for a night must not erase a city's meetings from every
app that reads this dataset. So a failed source keeps its last good meetings, marked
stale, and a source whose count falls sharply is held back the same way and reported.
Rows a source itself marks stale (an aggregator export's root servers it has not
imported lately) stay stale.

The set work (first_seen from the last release, its rows for failed or held-back
sources) is one DuckDB query over the per-source Parquet files and the last release's
meetings.parquet; only the per-source decision is Python, over counts.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from pipeline.carry.policy import DEFAULT_POLICY, CarryPolicy
from pipeline.duck import connect, sql_list, sql_text
from pipeline.types import Carried, NormalizedSource, SourceReport
from schemas.carry import DEFAULT_HELD_BACK_MIN_PREVIOUS, DEFAULT_HELD_BACK_RATIO
from schemas.tables import MEETINGS_SCHEMA

#: The default thresholds (the policy is data: schemas/carry.py, the sources file's
#: [carry] table): a source that loses more than half its meetings at once is held back...
DROP_RATIO = DEFAULT_HELD_BACK_RATIO
#: ...when it had at least this many, so tiny sources can shrink freely.
DROP_MIN_PREVIOUS = DEFAULT_HELD_BACK_MIN_PREVIOUS


def report_of(
    source: NormalizedSource, previous_count: int, policy: CarryPolicy = DEFAULT_POLICY
) -> SourceReport:
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
    elif previous_count and not source.valid and source.source_id not in policy.accept_drop:
        report.status = "held_back"  # to zero: held back whatever the size
        report.error = (
            f"no meetings tonight against {previous_count} in the last release; "
            "kept the last release's meetings until a maintainer confirms the source is empty "
            f"(allpaths run --accept-drop {source.source_id})"
        )
    elif policy.shrank_too_far(source.valid, previous_count):
        if source.source_id in policy.accept_drop:  # a maintainer confirmed it: publish
            report.counters["carry/drop_accepted"] = previous_count - source.valid
        else:
            report.status = "held_back"
            report.error = (
                f"{source.valid} meetings against {previous_count} in the last release; "
                "kept the last release's meetings until a maintainer confirms the drop "
                f"(allpaths run --accept-drop {source.source_id})"
            )
    return report


def carry_forward(
    sources: list[NormalizedSource],
    previous_release: Path | None,
    now: datetime,
    out_path: Path,
    policy: CarryPolicy = DEFAULT_POLICY,
) -> Carried:
    """Write this release's meetings (before MAT tagging) to `out_path`, one report a source.

    `previous_release` is the last release's folder (None on a first run). Rows keep the
    order of `sources`, then each source's own order. A failed source's last meetings are
    carried for `policy.max_stale_nights` nights in a row, then dropped.
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
    reports = {
        s.source_id: report_of(s, previous_counts.get(s.source_id, 0), policy) for s in sources
    }
    history = previous_source_history(db, previous_release)
    expire_stale(reports, history, previous_counts, policy)
    rank = {s.source_id: n for n, s in enumerate(sources)}
    fresh = [s for s in sources if reports[s.source_id].status == "ok"]
    kept = [
        s.source_id
        for s in sources
        if reports[s.source_id].status != "ok" and not reports[s.source_id].dropped
    ]
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
                       coalesce(cur.stale, false) AS stale),
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
    date_the_data(db, out_path, reports, history, now)
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
        policy=policy.summary(reports),
    )


# --- the carry policy: nights stale, drops, the age of each source's data ------------


def previous_source_history(
    db: duckdb.DuckDBPyConnection, previous_release: Path | None
) -> dict[str, tuple[int, datetime | None]]:
    """Per source of the last release: (nights stale in a row, when its data was fresh).

    Read from the last release's sources.parquet; releases from before these columns
    existed count as no nights stale and an unknown date.
    """
    path = previous_release / "sources.parquet" if previous_release is not None else None
    if path is None or not path.is_file():
        return {}
    columns = set(pq.read_schema(path).names)
    nights = "stale_nights" if "stale_nights" in columns else "0"
    as_of = "data_as_of" if "data_as_of" in columns else "NULL::TIMESTAMPTZ"
    rows = db.execute(
        f"SELECT source_id, coalesce({nights}, 0), {as_of} FROM read_parquet({sql_text(str(path))})"
    ).fetchall()
    return {str(sid): (int(n), when) for sid, n, when in rows}


def expire_stale(
    reports: dict[str, SourceReport],
    history: dict[str, tuple[int, datetime | None]],
    previous_counts: dict[str, int],
    policy: CarryPolicy,
) -> None:
    """Count each carried source's nights stale; drop a failed one's past the limit.

    A held-back source is never dropped by the clock: its fresh meetings exist, and a
    maintainer decides (`--accept-drop`).
    """
    for source_id, report in reports.items():
        if report.status == "ok":
            continue
        report.stale_nights = history.get(source_id, (0, None))[0] + 1
        carried = previous_counts.get(source_id, 0)
        if report.status == "failed" and carried and policy.expired(report.stale_nights):
            report.dropped = carried
            report.counters["carry/stale_dropped"] = carried
            report.error = (
                f"{report.error}; failed {report.stale_nights} nights in a row, so its "
                f"{carried} meetings were dropped (max_stale_nights = {policy.max_stale_nights})"
            )


def date_the_data(
    db: duckdb.DuckDBPyConnection,
    out_path: Path,
    reports: dict[str, SourceReport],
    history: dict[str, tuple[int, datetime | None]],
    now: datetime,
) -> None:
    """Each source's data_as_of (its newest last_seen) and age; kept from history if none."""
    as_of = dict(
        db.execute(
            f"SELECT source_id, max(last_seen) FROM read_parquet({sql_text(str(out_path))}) "
            "GROUP BY 1"
        ).fetchall()
    )
    for source_id, report in reports.items():
        when = now if report.status == "ok" else as_of.get(source_id)
        when = when or history.get(source_id, (0, None))[1]
        if when is None:
            continue
        report.data_as_of = when.astimezone(UTC).isoformat()
        report.data_age_hours = round(max(0.0, (now - when).total_seconds()) / 3600, 2)
