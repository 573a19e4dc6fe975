"""One row per group of listings: the kept listing, the others named, gaps filled.

The kept listing is the best-ranked of its group: a fresh listing before a stale one,
then the higher source priority (`rules.DEFAULT_PRIORITY_BY_PLATFORM`, or the sources
file's `priority`), then the more complete, the more recently updated, the smallest id.
The others are listed in `also_listed_in` as `source_id:source_meeting_id`. Fields the
kept listing lacks are filled, one group of fields at a time (`rules.FILL_GROUPS`), from
the best-ranked listing that has them, and each fill is counted. Coordinates are the
exception (`rules.BEST_OF_GROUPS`): geocoding gives nearly every listing some, so the
merged row takes the most precise of its listings' (a feed's street-level point over the
gazetteer's postal-code centroid for the kept listing), counted as a fill when they are
not the kept listing's own. MAT columns are
combined by `mat.py`. All of it is set work in DuckDB over the groups with two or more
listings; lone listings pass through untouched but for their id.
"""

from __future__ import annotations

from collections import Counter

import duckdb

from pipeline.dedupe.mat import combined_mat_sql, finish_mat_sql
from pipeline.dedupe.rules import ADDRESS_PRESENT, BEST_OF_GROUPS, DEFAULT_PRIORITY, FILL_GROUPS
from pipeline.geocode.policy import PRECISION_RANK
from schemas.meeting import MEETING_COLUMNS

ROWS = "dedupe_rows"  # the input meetings plus `rid`
GROUPS = "dedupe_groups"  # rid, grp, merged_id, size
PRIORITIES = "dedupe_priorities"  # source_id, priority
RANKED = "dedupe_ranked"
LIST_FIELDS = {"types", "languages", "also_listed_in", "mat_evidence", "source_types"}
MAT_FIELDS = ("mat_status", "mat_confidence", "mat_needs_review", "mat_evidence", "mat_decided_by")
COMPLETENESS_FIELDS = ("group_name", "end_time", "street", "postal_code", "latitude", "notes")


def present_sql(alias: str, group: str) -> str:
    """SQL true when the listing `alias` has the fill group `group`."""
    if group == "address":
        return "(" + " OR ".join(f"{alias}.{f} IS NOT NULL" for f in ADDRESS_PRESENT) + ")"
    first = FILL_GROUPS[group][0]
    if first in LIST_FIELDS:
        return f"(len(coalesce({alias}.{first}, [])) > 0)"
    return f"({alias}.{first} IS NOT NULL)"


def precision_order_sql(alias: str) -> str:
    """SQL rank of `alias`'s coordinates, best first; a listing without any ranks last."""
    cases = " ".join(f"WHEN '{p}' THEN {rank}" for p, rank in PRECISION_RANK.items())
    worst = max(PRECISION_RANK.values()) + 1
    return (
        f"(CASE WHEN {alias}.latitude IS NULL THEN {worst} "
        f"ELSE (CASE {alias}.geo_precision {cases} ELSE {worst - 1} END) END)"
    )


def improves_sql(kept: str, other: str, group: str) -> str:
    """SQL true when listing `other` gives the merged row fields of `group` that `kept` lacks."""
    if group in BEST_OF_GROUPS:
        return f"({precision_order_sql(other)} < {precision_order_sql(kept)})"
    return f"(NOT {present_sql(kept, group)} AND {present_sql(other, group)})"


def rank_listings(con: duckdb.DuckDBPyConnection) -> None:
    """RANKED: every listing of a group of two or more, with its rank (1 = kept)."""
    completeness = " + ".join(f"CAST(m.{f} IS NOT NULL AS INTEGER)" for f in COMPLETENESS_FIELDS)
    con.execute(
        f"""
        CREATE OR REPLACE TABLE {RANKED} AS
        SELECT m.*, g.grp, g.merged_id, m.source_id || ':' || m.source_meeting_id AS listing,
            row_number() OVER (
                PARTITION BY g.grp
                ORDER BY m.stale, coalesce(p.priority, {DEFAULT_PRIORITY}) DESC,
                         {completeness} DESC, m.updated_at DESC NULLS LAST, m.meeting_id
            ) AS rank
        FROM {ROWS} m JOIN {GROUPS} g USING (rid)
        LEFT JOIN {PRIORITIES} p USING (source_id)
        WHERE g.size > 1
        """
    )


def _fill_aggregates() -> str:
    parts = []
    for group, fields in FILL_GROUPS.items():
        struct = ", ".join(f"{f} := r.{f}" for f in fields)
        # the best-ranked listing that has the group; for coordinates, the most precise
        order = (
            f"{precision_order_sql('r')} * 1000000 + r.rank"
            if group in BEST_OF_GROUPS
            else "r.rank"
        )
        parts.append(
            f"arg_min(struct_pack({struct}), {order}) FILTER (WHERE {present_sql('r', group)}) "
            f"AS fill_{group}"
        )
    return ",\n".join(parts)


def _column(name: str) -> str:
    for group, fields in FILL_GROUPS.items():
        if name in fields and group in BEST_OF_GROUPS:
            return f"CASE WHEN a.fill_{group} IS NULL THEN w.{name} ELSE a.fill_{group}.{name} END"
        if name in fields:
            value = (
                f"CASE WHEN {present_sql('w', group)} THEN w.{name} ELSE a.fill_{group}.{name} END"
            )
            # a list no listing fills stays an empty list, as the contract has it
            return f"coalesce({value}, [])" if name in LIST_FIELDS else value
    if name == "meeting_id":
        return "w.merged_id"
    if name == "also_listed_in":
        return (
            "list_sort(list_filter(list_distinct(list_concat(coalesce(a.others, []), a.carried)),"
            " lambda k: k <> w.listing))"
        )
    if name in MAT_FIELDS:
        return f"c.{name}"
    if name in {"first_seen", "last_seen", "stale"}:
        return f"a.{name}"
    return f"w.{name}"


def merged_rows_sql() -> str:
    """SELECT the merged rows (MEETING_COLUMNS order) of every group of two or more."""
    columns = ",\n".join(f"{_column(n)} AS {n}" for n in MEETING_COLUMNS)
    members = f"(SELECT merged_id, listing, rank, {', '.join(MAT_FIELDS)} FROM {RANKED})"
    mat = finish_mat_sql("(" + combined_mat_sql(members) + ")")
    return f"""
    WITH a AS (
        SELECT r.grp,
            list(r.listing ORDER BY r.rank) FILTER (WHERE r.rank > 1) AS others,
            flatten(list(coalesce(r.also_listed_in, []))) AS carried,
            min(r.first_seen) AS first_seen, max(r.last_seen) AS last_seen,
            bool_and(r.stale) AS stale,
            {_fill_aggregates()}
        FROM {RANKED} r GROUP BY r.grp
    ), c AS ({mat})
    SELECT {columns}
    FROM {RANKED} w JOIN a ON a.grp = w.grp JOIN c ON c.merged_id = w.merged_id
    WHERE w.rank = 1
    """


def count_fills(con: duckdb.DuckDBPyConnection) -> Counter[str]:
    """How many merged rows had each fill group filled from another listing."""
    sums = ", ".join(
        f"count(*) FILTER (WHERE {improves_sql('w', 'r', g)} AND r.rank > 1) AS {g}"
        for g in FILL_GROUPS
    )
    # a group counts once even if several listings could fill it
    row = con.execute(
        f"""
        SELECT {", ".join(f"count(DISTINCT CASE WHEN {g} > 0 THEN grp END)" for g in FILL_GROUPS)}
        FROM (SELECT w.grp, {sums} FROM {RANKED} w JOIN {RANKED} r USING (grp)
              WHERE w.rank = 1 GROUP BY w.grp)
        """
    ).fetchone()
    assert row is not None
    return Counter({g: int(n) for g, n in zip(FILL_GROUPS, row, strict=True) if n})


def lone_rows_sql() -> str:
    """SELECT the rows that stand alone, with the id they keep or inherit."""
    special = {
        "meeting_id": "g.merged_id",
        "also_listed_in": "coalesce(m.also_listed_in, [])",
    }
    columns = ", ".join(f"{special.get(n, 'm.' + n)} AS {n}" for n in MEETING_COLUMNS)
    return f"SELECT {columns} FROM {ROWS} m JOIN {GROUPS} g USING (rid) WHERE g.size = 1"


def membership_sql() -> str:
    """SELECT merged_id, meeting_id, listing, rank for every input row."""
    return f"""
    SELECT merged_id, meeting_id, listing, rank FROM {RANKED}
    UNION ALL
    SELECT g.merged_id, m.meeting_id, m.source_id || ':' || m.source_meeting_id, 1
    FROM {ROWS} m JOIN {GROUPS} g USING (rid) WHERE g.size = 1
    """
