"""MAT tagging as a stage: the carried meetings table in, the tagged table and queue out.

Streams the table in record batches: only the columns the engine reads become Python
values, one batch at a time, and the five MAT columns are swapped in before the batch is
written on. Reviews apply to the same rows, and the review queue collects as it goes.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.mat.queue import queue_reason, queue_row, sort_queue, write_queue
from pipeline.mat.reviews import Review, ReviewApplier
from pipeline.mat.tagging import LISTING_COLUMNS, MAT_COLUMNS, mat_columns
from pipeline.types import Tagged

BATCH_ROWS = 20_000
_READ = (*LISTING_COLUMNS, "source_id", "first_seen", "last_seen", "stale")


def tag_table(
    meetings_path: Path, out_path: Path, queue_path: Path, reviews: list[Review]
) -> Tagged:
    """Tag every meeting of `meetings_path` into `out_path`; write the review queue.

    A meeting is new when it was first seen in this run (first_seen = last_seen on a row
    that is not a stale carry-over).
    """
    started = time.monotonic()
    source = pq.ParquetFile(meetings_path)
    schema = source.schema_arrow
    applier = ReviewApplier(reviews)
    text_changed: set[str] = set()
    queue: list[dict[str, Any]] = []
    statuses: Counter[str] = Counter()
    with pq.ParquetWriter(out_path, schema) as writer:
        for batch in source.iter_batches(batch_size=BATCH_ROWS):
            table = pa.Table.from_batches([batch], schema=schema)
            columns: dict[str, list[Any]] = {name: [] for name in MAT_COLUMNS}
            for row in table.select(list(_READ)).to_pylist():
                before = len(applier.outcome.text_changed)
                tagged = applier.apply({**row, **mat_columns(row)})
                if len(applier.outcome.text_changed) > before:
                    text_changed.add(row["meeting_id"])
                for name in MAT_COLUMNS:
                    columns[name].append(tagged[name])
                statuses[tagged["mat_status"]] += 1
                is_new = not row["stale"] and row["first_seen"] == row["last_seen"]
                reason = queue_reason(
                    tagged, text_changed=row["meeting_id"] in text_changed, is_new=is_new
                )
                if reason is not None:
                    queue.append(queue_row(tagged, reason))
            for name in MAT_COLUMNS:
                index = schema.get_field_index(name)
                table = table.set_column(
                    index, schema.field(index), pa.array(columns[name], schema.field(index).type)
                )
            writer.write_table(table)
    outcome = applier.finish()
    rows = sort_queue(queue)
    write_queue(rows, queue_path)
    return Tagged(
        meetings_path=str(out_path),
        queue_path=str(queue_path),
        queue_rows=len(rows),
        mat=dict(statuses),
        reviews=outcome.summary(),
        seconds=time.monotonic() - started,
    )
