"""Maintainers' MAT reviews and the review queue over an already tagged table.

In the night, MAT tagging reads each listing's own words before dedupe's merged rows get
one decision from all their listings (`pipeline/dedupe/mat.py`). Reviews name the
published (merged) `meeting_id`, and the queue must name it too, so both come after that
combination, here, without tagging again: the MAT columns are read as they are.

Streams the table in record batches. Only rows that may change or enter the queue (a
review names them, they need review, or they are new with a status) become Python values;
every other row is written on as Arrow.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.mat.queue import queue_reason, queue_row, sort_queue, write_queue
from pipeline.mat.reviews import Review, ReviewApplier
from pipeline.mat.tagging import LISTING_COLUMNS, MAT_COLUMNS
from pipeline.types import Tagged

BATCH_ROWS = 50_000
_READ = (*LISTING_COLUMNS, *MAT_COLUMNS, "source_id", "first_seen", "last_seen", "stale")


def _candidates(table: pa.Table, reviewed: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(rows a review names, rows that may enter the queue), as boolean arrays."""

    def mask(values: pa.ChunkedArray | pa.Array) -> np.ndarray:
        return np.asarray(pc.fill_null(values, False).to_numpy(zero_copy_only=False), dtype=bool)

    named = mask(pc.is_in(table.column("meeting_id"), value_set=reviewed))
    new = pc.and_(
        pc.invert(table.column("stale")),
        pc.equal(table.column("first_seen"), table.column("last_seen")),
    )
    queued = (
        named
        | mask(table.column("mat_needs_review"))
        | (mask(new) & mask(pc.not_equal(table.column("mat_status"), "unknown")))
    )
    return named, queued


def review_table(
    meetings_path: Path, out_path: Path, queue_path: Path, reviews: list[Review]
) -> Tagged:
    """Apply `reviews` to the tagged meetings of `meetings_path`; write them and the queue."""
    started = time.monotonic()
    source = pq.ParquetFile(meetings_path)
    schema = source.schema_arrow
    applier = ReviewApplier(reviews)
    reviewed = pa.array(sorted(applier.by_id), pa.string())
    queue: list[dict[str, Any]] = []
    statuses: Counter[str] = Counter()
    deciders: Counter[str] = Counter()
    with pq.ParquetWriter(out_path, schema) as writer:
        for batch in source.iter_batches(batch_size=BATCH_ROWS):
            table = pa.Table.from_batches([batch], schema=schema)
            named, queued = _candidates(table, reviewed)
            rows = np.flatnonzero(queued)
            picked = table.select(list(_READ)).take(pa.array(rows, pa.int64())).to_pylist()
            changed: dict[int, dict[str, Any]] = {}
            for i, row in zip(rows, picked, strict=True):
                before = len(applier.outcome.text_changed)
                decided = applier.apply(row) if named[i] else row
                if decided is not row:
                    changed[int(i)] = decided
                is_new = not row["stale"] and row["first_seen"] == row["last_seen"]
                reason = queue_reason(
                    decided,
                    text_changed=len(applier.outcome.text_changed) > before,
                    is_new=is_new,
                )
                if reason is not None:
                    queue.append(queue_row(decided, reason))
            if changed:
                for name in MAT_COLUMNS:
                    index = schema.get_field_index(name)
                    values = table.column(name).to_pylist()
                    for at, decided in changed.items():
                        values[at] = decided[name]
                    table = table.set_column(
                        index, schema.field(index), pa.array(values, schema.field(index).type)
                    )
            counts = pc.value_counts(table.column("mat_status"))
            for value, n in zip(
                counts.field("values").to_pylist(), counts.field("counts").to_pylist(), strict=True
            ):
                statuses[value] += n
            counts = pc.value_counts(table.column("mat_decided_by"))
            for value, n in zip(
                counts.field("values").to_pylist(), counts.field("counts").to_pylist(), strict=True
            ):
                deciders[value or "none"] += n
            writer.write_table(table)
    outcome = applier.finish()
    rows_out = sort_queue(queue)
    write_queue(rows_out, queue_path)
    return Tagged(
        meetings_path=str(out_path),
        queue_path=str(queue_path),
        queue_rows=len(rows_out),
        mat=dict(statuses),
        reviews=outcome.summary(),
        seconds=time.monotonic() - started,
        decided_by=dict(sorted(deciders.items())),
    )
