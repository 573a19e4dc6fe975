"""The dedupe stage: a meetings table in, one row per real meeting out.

    result = dedupe_meetings(meetings, priorities, reviews=..., previous=...)
    result.meetings    # MEETINGS_SCHEMA, merged (publish as meetings.parquet)
    result.pairs       # MERGES_SCHEMA, the scored pairs (publish as merges.parquet)
    result.membership  # which listing went into which row (for `combine_mat`)
    result.stats       # the manifest's "dedupe" section

Self-contained: no Prefect, no files but what the caller passes. Runs after geocoding
(coordinates make the blocking finer) and before MAT tagging.
"""

from __future__ import annotations

import math
import os
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from pipeline.dedupe import clusters
from pipeline.dedupe.identity import assign_ids
from pipeline.dedupe.linkage import score_pairs, threshold_weight
from pipeline.dedupe.merge import (
    GROUPS,
    PRIORITIES,
    ROWS,
    count_fills,
    lone_rows_sql,
    membership_sql,
    merged_rows_sql,
    rank_listings,
)
from pipeline.dedupe.prepare import PREPARED_TABLE, prepare
from pipeline.dedupe.report import source_rates
from pipeline.dedupe.reviews import MergeReview
from pipeline.dedupe.rules import (
    DEFAULT_PRIORITY,
    DEFAULT_PRIORITY_BY_PLATFORM,
    MATCH_PROBABILITY,
    NEAR_THRESHOLD_BITS,
)
from pipeline.publish.tables import MEETINGS_SCHEMA

MERGES_SCHEMA = pa.schema(
    [
        ("meeting_id_l", pa.string()),
        ("meeting_id_r", pa.string()),
        ("listing_l", pa.string()),
        ("listing_r", pa.string()),
        ("source_id_l", pa.string()),
        ("source_id_r", pa.string()),
        ("match_weight", pa.float64()),
        ("match_probability", pa.float64()),
        ("levels", pa.list_(pa.string())),
        ("decision", pa.string()),
        ("near_threshold", pa.bool_()),
        ("merged_into", pa.string()),
    ]
)
MEMBERSHIP_SCHEMA = pa.schema(
    [
        ("merged_id", pa.string()),
        ("meeting_id", pa.string()),
        ("listing", pa.string()),
        ("rank", pa.int64()),
    ]
)


class DedupeInputError(ValueError):
    """Input dedupe cannot work on, said in one sentence."""


@dataclass
class DedupeResult:
    meetings: pa.Table
    pairs: pa.Table
    membership: pa.Table
    stats: dict[str, Any]


def source_priorities(sources: Iterable[Any]) -> dict[str, int]:
    """Priority per source id: the source's own `priority`, else its platform's default."""
    out: dict[str, int] = {}
    for source in sources:
        given = getattr(source, "priority", None)
        platform = getattr(source, "platform", "")
        out[source.id] = int(
            given
            if given is not None
            else DEFAULT_PRIORITY_BY_PLATFORM.get(platform, DEFAULT_PRIORITY)
        )
    return out


def _resolve_reviews(
    con: duckdb.DuckDBPyConnection, reviews: Sequence[MergeReview]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[dict[str, Any]]]:
    """Reviews as row pairs: (forced, forbidden, orphans). A key names every weekday's row."""
    names = sorted({r.listing_a for r in reviews} | {r.listing_b for r in reviews})
    found: dict[str, list[tuple[int, int | None]]] = {}
    if names:
        con.register("dedupe_review_names", pa.table({"name": names}))
        for name, rid, day in con.execute(
            f"""SELECT n.name, p.unique_id, p.day FROM dedupe_review_names n
                JOIN {PREPARED_TABLE} p ON p.meeting_id = n.name OR p.listing = n.name"""
        ).fetchall():
            found.setdefault(name, []).append((int(rid), day))
    forced: list[tuple[int, int]] = []
    forbidden: list[tuple[int, int]] = []
    orphans: list[dict[str, Any]] = []
    for review in reviews:
        rows_a, rows_b = found.get(review.listing_a, []), found.get(review.listing_b, [])
        missing = [
            n for n, rows in ((review.listing_a, rows_a), (review.listing_b, rows_b)) if not rows
        ]
        if missing:
            orphans.append(
                {"file": review.file, "line": review.line, "missing": missing,
                 "decision": review.decision, "reviewer": review.reviewer}
            )  # fmt: skip
            continue
        for a, day_a in rows_a:
            for b, day_b in rows_b:
                if review.decision == "separate":
                    forbidden.append((a, b))
                elif day_a == day_b:
                    forced.append((a, b))
    return forced, forbidden, orphans


def _previous_ids(con: duckdb.DuckDBPyConnection, previous: pa.Table | None) -> dict[int, str]:
    """Rows whose listing a previous release filed under another meeting_id -> that id."""
    if previous is None or previous.num_rows == 0:
        return {}
    con.register("dedupe_previous", previous.select(
        ["meeting_id", "source_id", "source_meeting_id", "day", "also_listed_in"]
    ))  # fmt: skip
    rows = con.execute(
        f"""
        WITH filed AS (
            SELECT source_id || ':' || source_meeting_id AS listing, day, meeting_id
            FROM dedupe_previous
            UNION ALL
            SELECT unnest(also_listed_in) AS listing, day, meeting_id
            FROM dedupe_previous WHERE len(also_listed_in) > 0
        )
        SELECT p.unique_id, min(f.meeting_id)
        FROM {PREPARED_TABLE} p
        JOIN filed f ON f.listing = p.listing AND f.day IS NOT DISTINCT FROM p.day
        WHERE f.meeting_id <> p.meeting_id
        GROUP BY p.unique_id
        """
    ).fetchall()
    return {int(rid): str(previous_id) for rid, previous_id in rows}


def _connect(meetings: pa.Table, memory_limit: str) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with the meetings registered as ROWS (plus row number `rid`)."""
    con = duckdb.connect()
    con.execute(f"SET memory_limit = '{memory_limit}'")
    # past the limit DuckDB spills to disk: to the system's temporary folder, not the cwd
    spill = Path(tempfile.gettempdir()) / f"allpaths-dedupe-{os.getpid()}"
    con.execute(f"SET temp_directory = '{spill}'")
    con.execute("SET preserve_insertion_order = false")
    rows = meetings.append_column("rid", pa.array(range(meetings.num_rows), pa.int64()))
    con.register(ROWS, rows)
    return con


def candidate_pairs(meetings: pa.Table) -> pa.Table:
    """Every blocked pair scored, with no floor: what calibration reads."""
    con = _connect(meetings.select(MEETINGS_SCHEMA.names).cast(MEETINGS_SCHEMA), "2GB")
    prepare(con)
    scored = score_pairs(con, floor=-math.inf)
    con.close()
    return scored


def dedupe_meetings(
    meetings: pa.Table,
    priorities: Mapping[str, int],
    *,
    reviews: Sequence[MergeReview] = (),
    previous: pa.Table | None = None,
    memory_limit: str = "2GB",
) -> DedupeResult:
    """Merge listings of one real meeting into one row; see the module docstring."""
    started = time.perf_counter()
    meetings = meetings.select(MEETINGS_SCHEMA.names).cast(MEETINGS_SCHEMA)
    size = meetings.num_rows
    con = _connect(meetings, memory_limit)
    duplicates = con.execute(
        f"SELECT meeting_id FROM {ROWS} GROUP BY 1 HAVING count(*) > 1 LIMIT 3"
    ).fetchall()
    if duplicates:
        raise DedupeInputError(
            f"meeting_id must be unique in dedupe's input; repeated: {[d[0] for d in duplicates]}"
        )
    prepare(con)
    scored = score_pairs(con)
    threshold = threshold_weight()
    forced, forbidden, orphans = _resolve_reviews(con, reviews)
    triples = list(zip(
        scored.column("rid_l").to_pylist(), scored.column("rid_r").to_pylist(),
        scored.column("match_weight").to_pylist(), strict=True,
    ))  # fmt: skip
    grouping = clusters.group_rows(size, triples, threshold, forced, forbidden)
    own_ids = meetings.column("meeting_id").to_pylist()
    merged_ids = assign_ids(own_ids, grouping.group, _previous_ids(con, previous))
    con.execute(f"DROP TABLE {PREPARED_TABLE}")  # its memory is needed for the merge
    del triples
    group_sizes: dict[int, int] = {}
    for rep in grouping.group:
        group_sizes[rep] = group_sizes.get(rep, 0) + 1
    con.register(GROUPS, pa.table({
        "rid": pa.array(range(size), pa.int64()),
        "grp": pa.array(grouping.group, pa.int64()),
        "merged_id": pa.array(merged_ids, pa.string()),
        "size": pa.array([group_sizes[rep] for rep in grouping.group], pa.int64()),
    }))  # fmt: skip
    con.register(PRIORITIES, pa.table({
        "source_id": pa.array(list(priorities), pa.string()),
        "priority": pa.array(list(priorities.values()), pa.int64()),
    }))  # fmt: skip
    rank_listings(con)
    merged = (
        con.sql(
            f"SELECT * FROM ({merged_rows_sql()} UNION ALL {lone_rows_sql()}) ORDER BY meeting_id"
        )
        .to_arrow_table()
        .cast(MEETINGS_SCHEMA)
    )
    membership = con.sql(membership_sql()).to_arrow_table().cast(MEMBERSHIP_SCHEMA)
    pairs = _pairs_table(
        scored, grouping, merged_ids, own_ids, meetings, forced, forbidden, threshold
    )
    stats = _stats(con, meetings, merged, pairs, grouping, orphans, threshold)
    stats["seconds"] = round(time.perf_counter() - started, 2)
    con.close()
    return DedupeResult(meetings=merged, pairs=pairs, membership=membership, stats=stats)


def _pairs_table(
    scored: pa.Table,
    grouping: clusters.Grouping,
    merged_ids: list[str],
    own_ids: list[str],
    meetings: pa.Table,
    forced: list[tuple[int, int]],
    forbidden: list[tuple[int, int]],
    threshold: float,
) -> pa.Table:
    rid_l = scored.column("rid_l").to_pylist()
    rid_r = scored.column("rid_r").to_pylist()
    weights = scored.column("match_weight").to_pylist()
    decisions = [
        grouping.decisions[(min(a, b), max(a, b))] for a, b in zip(rid_l, rid_r, strict=True)
    ]
    near = [abs(w - threshold) <= NEAR_THRESHOLD_BITS for w in weights]
    into = [
        merged_ids[a] if grouping.group[a] == grouping.group[b] else None
        for a, b in zip(rid_l, rid_r, strict=True)
    ]
    table = pa.table({
        "meeting_id_l": scored.column("meeting_id_l"),
        "meeting_id_r": scored.column("meeting_id_r"),
        "listing_l": scored.column("listing_l"),
        "listing_r": scored.column("listing_r"),
        "source_id_l": scored.column("source_id_l"),
        "source_id_r": scored.column("source_id_r"),
        "match_weight": scored.column("match_weight"),
        "match_probability": scored.column("match_probability"),
        "levels": scored.column("levels"),
        "decision": pa.array(decisions, pa.string()),
        "near_threshold": pa.array(near, pa.bool_()),
        "merged_into": pa.array(into, pa.string()),
    })  # fmt: skip
    seen = {(min(a, b), max(a, b)) for a, b in zip(rid_l, rid_r, strict=True)}
    extra = [
        pair
        for pair in sorted({(min(a, b), max(a, b)) for a, b in [*forced, *forbidden]})
        if pair not in seen
    ]  # reviewed pairs the model never compared
    if extra:
        source_ids = meetings.column("source_id").to_pylist()
        listings = [
            f"{s}:{m}"
            for s, m in zip(
                source_ids, meetings.column("source_meeting_id").to_pylist(), strict=True
            )
        ]
        table = pa.concat_tables([table, pa.table({
            "meeting_id_l": [own_ids[a] for a, _ in extra],
            "meeting_id_r": [own_ids[b] for _, b in extra],
            "listing_l": [listings[a] for a, _ in extra],
            "listing_r": [listings[b] for _, b in extra],
            "source_id_l": [source_ids[a] for a, _ in extra],
            "source_id_r": [source_ids[b] for _, b in extra],
            "match_weight": pa.nulls(len(extra), pa.float64()),
            "match_probability": pa.nulls(len(extra), pa.float64()),
            "levels": pa.array([[] for _ in extra], pa.list_(pa.string())),
            "decision": [grouping.decisions.get(p, clusters.FORCED) for p in extra],
            "near_threshold": [False] * len(extra),
            "merged_into": [
                merged_ids[a] if grouping.group[a] == grouping.group[b] else None for a, b in extra
            ],
        }, schema=MERGES_SCHEMA)])  # fmt: skip
    return table.cast(MERGES_SCHEMA)


def _stats(
    con: duckdb.DuckDBPyConnection,
    meetings: pa.Table,
    merged: pa.Table,
    pairs: pa.Table,
    grouping: clusters.Grouping,
    orphans: list[dict[str, Any]],
    threshold: float,
) -> dict[str, Any]:
    decisions = pairs.column("decision").to_pylist()
    merged_groups = merged.num_rows
    rates = source_rates(con)
    return {
        "listings_in": meetings.num_rows,
        "meetings_out": merged_groups,
        "listings_merged_away": meetings.num_rows - merged_groups,
        "pairs_scored": sum(1 for w in pairs.column("match_weight").to_pylist() if w is not None),
        "pairs_merged": sum(1 for d in decisions if d in {clusters.MERGED, clusters.FORCED}),
        "pairs_near_threshold": sum(1 for n in pairs.column("near_threshold").to_pylist() if n),
        "pairs_kept_apart": decisions.count(clusters.KEPT_APART),
        "match_probability_threshold": MATCH_PROBABILITY,
        "match_weight_threshold": round(threshold, 3),
        "same_source_duplicates": sum(s["same_source_duplicates"] for s in rates.values()),
        "sources": rates,
        "fills": dict(sorted(count_fills(con).items())),
        "reviews": {
            "forced": decisions.count(clusters.FORCED),
            "separated": decisions.count(clusters.SEPARATED),
            "refused": [list(p) for p in grouping.refused_forced],
            "orphaned": orphans,
        },
    }
