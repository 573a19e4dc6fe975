"""The dedupe section of the manifest: what was merged, what nearly was, per source.

`duplicate_rate` of a source is the share of its listings that another source also
lists (they ended up in a group with a listing from elsewhere): for an aggregator it is
high by design, for an area's own feed it says how much of it the aggregators repeat.
`same_source_duplicates` counts listings a feed gives twice (two slugs, one meeting).
"""

from __future__ import annotations

from typing import Any

import duckdb

from pipeline.dedupe.merge import RANKED, ROWS


def source_rates(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, Any]]:
    rows = con.execute(
        f"""
        WITH per_group AS (
            SELECT grp, count(DISTINCT source_id) AS sources FROM {RANKED} GROUP BY grp
        ), per_source_group AS (
            SELECT r.source_id, r.grp, count(*) AS listings, any_value(p.sources) AS sources
            FROM {RANKED} r JOIN per_group p USING (grp) GROUP BY r.source_id, r.grp
        ), totals AS (SELECT source_id, count(*) AS listings FROM {ROWS} GROUP BY source_id)
        SELECT t.source_id, t.listings,
            coalesce(sum(s.listings) FILTER (WHERE s.sources > 1), 0) AS also_elsewhere,
            coalesce(sum(s.listings - 1), 0) AS same_source_duplicates
        FROM totals t LEFT JOIN per_source_group s USING (source_id)
        GROUP BY t.source_id, t.listings ORDER BY t.source_id
        """
    ).fetchall()
    return {
        source: {
            "listings": int(listings),
            "also_listed_elsewhere": int(elsewhere),
            "duplicate_rate": round(int(elsewhere) / listings, 4) if listings else 0.0,
            "same_source_duplicates": int(same),
        }
        for source, listings, elsewhere, same in rows
    }
