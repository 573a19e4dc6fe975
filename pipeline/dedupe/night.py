"""Dedupe in the night: the geocoded listings in, one row per real meeting out.

Two steps around MAT tagging, which reads each listing's own words:

1. `dedupe_night` (after geocoding): `dedupe_meetings` over `geocoded.parquet` with the
   last release for stable ids; writes the merged rows (`deduped.parquet`), the pair
   scores (`merges.parquet`, published) and which listing went into which row
   (`membership.parquet`).
2. `combine_night` (after every listing is tagged): `combine_mat` folds the listings'
   MAT decisions into their merged row (a restriction anywhere wins and asks for review).

The last release's stale rows come back through carry-forward as merged rows. Such a row
keeps the id of its merged meeting, which can be the own id of a listing another source
still gives tonight; the stale row then takes an id of its own for the length of dedupe
(`stale_ids_renamed`), and dedupe's previous-release ids give the merged row its old id.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.dedupe.mat import combine_mat
from pipeline.dedupe.reviews import MergeReview
from pipeline.dedupe.stage import DedupeInputError, dedupe_meetings
from pipeline.types import Deduped

#: The columns of the last release dedupe reads to keep merged ids stable.
PREVIOUS_COLUMNS = ["meeting_id", "source_id", "source_meeting_id", "day", "also_listed_in"]
#: The columns of the tagged listings `combine_night` reads (ids, then the MAT decision).
TAGGED_COLUMNS = [
    "meeting_id", "source_id", "source_meeting_id", "day", "stale",
    "mat_status", "mat_confidence", "mat_needs_review", "mat_evidence", "mat_decided_by",
]  # fmt: skip


def _own_id(source_id: str, source_meeting_id: str, day: int | None) -> str:
    text = "\x1f".join((source_id, source_meeting_id, "" if day is None else str(day)))
    return "s" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:15]


def unique_ids(table: pa.Table) -> tuple[pa.Table, Counter[str]]:
    """`table` with every repeated meeting_id made unique by renaming stale rows.

    Only a stale row carried from the last release can repeat a fresh row's id (see the
    module docstring); two fresh rows with one id are a bug upstream and refused.
    """
    counts = pc.value_counts(table.column("meeting_id"))
    repeated = counts.filter(pc.greater(counts.field("counts"), 1)).field("values")
    renamed: Counter[str] = Counter()
    if len(repeated) == 0:
        return table, renamed
    hit = pc.is_in(table.column("meeting_id"), value_set=repeated).to_numpy(zero_copy_only=False)
    stale = table.column("stale").to_numpy(zero_copy_only=False)
    ids = table.column("meeting_id").to_pylist()
    sources = table.column("source_id").to_pylist()
    own = table.column("source_meeting_id").to_pylist()
    days = table.column("day").to_pylist()
    for i in np.flatnonzero(hit & stale):
        ids[i] = _own_id(sources[i], own[i], days[i])
        renamed[sources[i]] += 1
    index = table.schema.get_field_index("meeting_id")
    table = table.set_column(index, table.schema.field(index), pa.array(ids, pa.string()))
    counts = pc.value_counts(table.column("meeting_id"))
    still = counts.filter(pc.greater(counts.field("counts"), 1)).field("values")
    if len(still):
        raise DedupeInputError(
            f"meeting_id repeated by fresh listings: {still.to_pylist()[:3]}; "
            "normalize gives each listing its own id"
        )
    return table, renamed


def _source_counters(
    stats: dict[str, object], membership: pa.Table, renamed: Counter[str]
) -> dict[str, dict[str, int]]:
    """Per source: listings merged into another source's row, and what the stats say."""
    counters: dict[str, dict[str, int]] = {}
    with duckdb.connect() as con:
        con.register("membership_in", membership)
        rows = con.execute(
            "SELECT split_part(listing, ':', 1), count(*) FROM membership_in WHERE rank > 1 "
            "GROUP BY 1"
        ).fetchall()
    for source_id, n in rows:
        counters.setdefault(source_id, {})["dedupe/merged_into_another_row"] = int(n)
    sources = stats.get("sources", {})
    assert isinstance(sources, dict)
    for source_id, rates in sources.items():
        mine = counters.setdefault(source_id, {})
        if rates["also_listed_elsewhere"]:
            mine["dedupe/also_listed_elsewhere"] = int(rates["also_listed_elsewhere"])
        if rates["same_source_duplicates"]:
            mine["dedupe/same_source_duplicates"] = int(rates["same_source_duplicates"])
    for source_id, n in renamed.items():
        counters.setdefault(source_id, {})["dedupe/stale_id_renamed"] = n
    return {s: c for s, c in sorted(counters.items()) if c}


def dedupe_night(
    meetings_path: Path,
    priorities: Mapping[str, int],
    reviews: Sequence[MergeReview],
    previous_meetings: Path | None,
    work: Path,
) -> Deduped:
    """Merge the listings of `meetings_path`; write deduped, merges and membership files."""
    started = time.monotonic()
    listings, renamed = unique_ids(pq.read_table(meetings_path))
    previous = (
        pq.read_table(previous_meetings, columns=PREVIOUS_COLUMNS) if previous_meetings else None
    )
    result = dedupe_meetings(listings, priorities, reviews=reviews, previous=previous)
    del listings, previous
    paths = {name: work / f"{name}.parquet" for name in ("deduped", "merges", "membership")}
    pq.write_table(result.meetings, paths["deduped"])
    pq.write_table(result.pairs, paths["merges"])
    pq.write_table(result.membership, paths["membership"])
    stats = dict(result.stats)
    stats["stale_ids_renamed"] = sum(renamed.values())
    return Deduped(
        meetings_path=str(paths["deduped"]),
        pairs_path=str(paths["merges"]),
        membership_path=str(paths["membership"]),
        stats=stats,
        counters=_source_counters(stats, result.membership, renamed),
        seconds=time.monotonic() - started,
    )


def combine_night(deduped: Deduped, tagged_listings: Path, out_path: Path) -> Path:
    """The merged rows of `deduped` with their listings' MAT decisions combined."""
    # the same renaming dedupe saw, so each tagged listing meets its membership row
    listings, _ = unique_ids(pq.read_table(tagged_listings, columns=TAGGED_COLUMNS))
    merged = pq.read_table(deduped.meetings_path)
    membership = pq.read_table(deduped.membership_path)
    pq.write_table(combine_mat(merged, listings, membership), out_path)
    return out_path
