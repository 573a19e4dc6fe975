"""Which pairs of listings are compared at all: a fine key, so the work stays linear.

A pair is a candidate only on the same weekday with start times within
`START_WINDOW_MINUTES`, and in the same place: the same postal code, the same grid cell
of coordinates (two grids, the second shifted half a cell, so neighbours across a cell
border still meet), or the same online room. Each rule is an equi-join on day plus a
key, which DuckDB runs as a hash join; the time window is a filter on that join.
Splink scores each pair once even when several rules produce it.
"""

from __future__ import annotations

from pipeline.dedupe.rules import START_WINDOW_MINUTES

#: (name, equality key): the place a pair must share besides day and hour.
BLOCKING_KEYS: tuple[tuple[str, str], ...] = (
    ("postal code", "postal_key"),
    ("coordinates cell", "cell_a"),
    ("shifted coordinates cell", "cell_b"),
    ("online room", "conference_key"),
)


def blocking_rules() -> list[dict[str, str]]:
    """Splink blocking rules (SQL over `l` and `r`), one per place key."""
    window = f"abs(l.start_min - r.start_min) <= {START_WINDOW_MINUTES}"
    return [
        {
            "blocking_rule": f"l.day = r.day AND l.{key} = r.{key} AND {window}",
            "sql_dialect": "duckdb",
        }
        for _, key in BLOCKING_KEYS
    ]
