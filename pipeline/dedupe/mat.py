"""One MAT decision for a merged meeting, from the decisions on each of its listings.

A restriction or an "unfriendly" in any listing wins over a welcome in another (a wrong
"friendly" sends someone into a room that shuts them out), and such a disagreement sends
the meeting to review. Evidence from every listing is kept, the other listings' prefixed
with `also:<source_id:source_meeting_id>:` so a reviewer sees where each came from.

Dedupe runs before MAT tagging in the nightly order, so `combine_mat` is what the flow
calls after tagging every listing (the input to dedupe, so each listing's own text is
read): it folds the listings' decisions into the merged rows, using the membership
table dedupe returned. The same SQL
runs inside dedupe, for inputs that already carry decisions.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

#: Worst first: the combined status is the most severe any listing has.
SEVERITY = {"unfriendly": 3, "restricted": 2, "friendly": 1, "unknown": 0}
DISAGREEMENT = "dedupe:listings-disagree"


def _severity_sql(column: str) -> str:
    cases = " ".join(f"WHEN '{status}' THEN {rank}" for status, rank in SEVERITY.items())
    return f"(CASE {column} {cases} ELSE 0 END)"


def combined_mat_sql(members: str) -> str:
    """SELECT merged_id and the five MAT columns from `members`.

    `members` has merged_id, listing, rank (1 = kept listing), mat_status,
    mat_confidence, mat_needs_review, mat_evidence, mat_decided_by.
    """
    severity = _severity_sql("mat_status")
    best = f"({severity} * 1000000 - rank)"
    evidence = (
        "CASE WHEN rank = 1 THEN coalesce(mat_evidence, []) ELSE "
        "list_transform(coalesce(mat_evidence, []), lambda e: 'also:' || listing || ':' || e) END"
    )
    return f"""
    SELECT merged_id,
        arg_max(mat_status, {best}) AS mat_status,
        arg_max(mat_confidence, {best}) AS mat_confidence,
        arg_max(mat_decided_by, {best}) AS mat_decided_by,
        max({severity}) >= 2 AND bool_or(mat_status = 'friendly') AS disagree,
        bool_or(coalesce(mat_needs_review, false)) AS any_review,
        flatten(list({evidence} ORDER BY rank)) AS listing_evidence,
        string_agg(DISTINCT mat_status, ' vs ' ORDER BY mat_status)
            FILTER (WHERE mat_status <> 'unknown') AS statuses
    FROM {members}
    GROUP BY merged_id
    """


def finish_mat_sql(combined: str) -> str:
    """The combined decision's final columns (review flag, evidence with disagreement)."""
    return f"""
    SELECT merged_id, mat_status, mat_confidence, mat_decided_by,
        disagree OR any_review AS mat_needs_review,
        CASE WHEN disagree
            THEN list_prepend('{DISAGREEMENT}:"' || statuses || '"', listing_evidence)
            ELSE listing_evidence END AS mat_evidence
    FROM {combined}
    """


def combine_mat(merged: pa.Table, listings: pa.Table, membership: pa.Table) -> pa.Table:
    """`merged` with each merged row's MAT columns combined from its tagged `listings`.

    `listings` are the rows that went into dedupe, now MAT-tagged (meeting_id plus the
    MAT columns); `membership` is `DedupeResult.membership`. A row of one listing takes
    that listing's decision; a row no tagged listing belongs to keeps its own.
    """
    con = duckdb.connect()
    con.register("merged_in", merged)
    con.register("listings_in", listings)
    con.register("membership_in", membership)
    members = """
        (SELECT b.merged_id, b.listing, b.rank, l.mat_status, l.mat_confidence,
                l.mat_needs_review, l.mat_evidence, l.mat_decided_by
         FROM membership_in b JOIN listings_in l ON l.meeting_id = b.meeting_id)
    """
    combined = f"({finish_mat_sql('(' + combined_mat_sql(members) + ')')})"
    columns = ", ".join(
        f"coalesce(c.{name}, m.{name}) AS {name}"
        if name in {"mat_status", "mat_confidence", "mat_needs_review", "mat_evidence"}
        else (f"CASE WHEN c.merged_id IS NULL THEN m.{name} ELSE c.{name} END AS {name}"
              if name == "mat_decided_by" else f"m.{name}")
        for name in merged.schema.names
    )  # fmt: skip
    result = con.sql(
        f"SELECT {columns} FROM merged_in m LEFT JOIN {combined} c ON c.merged_id = m.meeting_id"
    ).to_arrow_table()
    con.close()
    return result.cast(merged.schema)
