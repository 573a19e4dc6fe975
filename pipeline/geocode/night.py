"""Geocoding in the night: the carried meetings in, the same meetings placed and zoned out.

A table-to-table stage between carry-forward and dedupe: `carried.parquet` is read whole
(`geocode_table` works over all the night's addresses at once: one gazetteer join, one
cache lookup), and `geocoded.parquet` is written with the same schema. Stale rows carried
from the last release are placed again like fresh ones, so an override or a better
gazetteer reaches them too.

One more fix belongs here rather than in normalize: a feed's `updated` is a local time
without a zone, read in the record's zone. Where geocoding gives a record another zone
(from its coordinates, instead of the source's default), its `updated_at` is read again
in that zone, and counted (`timezone/updated_at_reread`).
"""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.geocode.stage import GeocodeSettings, geocode_table
from pipeline.types import Geocoded

UPDATED_REREAD = "timezone/updated_at_reread"


def reread_updated(before: pa.Table, after: pa.Table) -> tuple[pa.Table, Counter[str]]:
    """`after` with `updated_at` read again wherever geocoding changed a row's zone.

    The stamp is turned back into the wall-clock time it was read from (in the zone
    `before` had) and read in the new zone. Returns the count per source.
    """
    moved = pc.fill_null(
        pc.and_(
            pc.not_equal(before.column("timezone"), after.column("timezone")),
            pc.is_valid(after.column("updated_at")),
        ),
        False,
    )
    rows = np.flatnonzero(moved.to_numpy(zero_copy_only=False))
    counts: Counter[str] = Counter()
    if len(rows) == 0:
        return after, counts
    old_zone = before.column("timezone").to_pylist()
    new_zone = after.column("timezone").to_pylist()
    source_id = after.column("source_id").to_pylist()
    stamps = after.column("updated_at").to_pylist()
    for i in rows:
        wall = stamps[i].astimezone(ZoneInfo(old_zone[i])).replace(tzinfo=None)
        stamps[i] = wall.replace(tzinfo=ZoneInfo(new_zone[i])).astimezone(UTC)
        counts[source_id[i]] += 1
    index = after.schema.get_field_index("updated_at")
    field = after.schema.field(index)
    return after.set_column(index, field, pa.array(stamps, field.type)), counts


def geocode_night(meetings_path: Path, out_path: Path, settings: GeocodeSettings) -> Geocoded:
    """Place and zone every meeting of `meetings_path` into `out_path` (same schema)."""
    started = time.monotonic()
    table = pq.read_table(meetings_path)
    outcome = geocode_table(table, settings)
    placed, reread = reread_updated(table, outcome.table)
    counters = {sid: dict(c) for sid, c in outcome.counters.items()}
    for sid, n in reread.items():
        counters.setdefault(sid, {})[UPDATED_REREAD] = n
    summary = dict(outcome.summary)
    summary["timezone"] = {**summary.get("timezone", {}), "updated_at_reread": sum(reread.values())}
    pq.write_table(placed.select(table.schema.names).cast(table.schema), out_path)
    return Geocoded(
        meetings_path=str(out_path),
        counters=dict(sorted(counters.items())),
        summary=summary,
        seconds=time.monotonic() - started,
    )
