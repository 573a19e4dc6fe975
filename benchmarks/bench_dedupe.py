"""Dedupe at world scale: N listings, about a third of them a second source's copy.

    python -m benchmarks.bench_dedupe [--count 100000]

Base meetings are the real feeds of ../shared/corpus/meeting_guide (else the demo
feeds), normalized once and cycled to 2/3 N, each cycle moved to its own postal codes and
coordinates so cycles are different meetings; the last 1/3 N are those meetings
re-listed by an "aggregator" as a second site would (name in capitals, street words
abbreviated or spelled out, coordinates moved a few metres, no end time). The input is
written to Parquet, then a fresh process reads it and runs the stage, so the peak memory
printed (ru_maxrss) is the stage's own. Targets: 100,000 in < 30 s and < 1 GB;
1,000,000 in < 5 min and < 3 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from benchmarks.feeds import feed_records
from pipeline.normalize.source import normalize_records
from pipeline.publish.tables import MEETINGS_SCHEMA
from schemas.sources import SourceConfig

_RESPELL = {"Street": "St", "St": "Street", "Avenue": "Ave", "Ave": "Avenue", "Road": "Rd",
            "Rd": "Road", "North": "N", "N": "North", "South": "S", "S": "South"}  # fmt: skip


def base_meetings() -> list[dict[str, Any]]:
    source = SourceConfig(
        id="bench", platform="meeting_guide", url="http://127.0.0.1/", fellowship="AA",
        timezone="America/New_York", country="US",
    )  # fmt: skip
    fetched_at = datetime(2026, 11, 24, 3, 15, tzinfo=UTC)
    rows = normalize_records(source, feed_records(), "http://127.0.0.1/", fetched_at).meetings
    return pa.Table.from_pylist(rows, schema=MEETINGS_SCHEMA).to_pylist()


def moved(row: dict[str, Any], cycle: int, n: int) -> dict[str, Any]:
    out = dict(row)
    out["meeting_id"] = f"m{n:08d}"
    out["source_meeting_id"] = f"s{n}"
    if cycle:
        out["postal_code"] = f"C{cycle}-{row['postal_code']}" if row.get("postal_code") else None
        if row.get("latitude") is not None:
            out["latitude"] = (row["latitude"] + 0.05 * (cycle % 300)) % 80
            out["longitude"] = (row["longitude"] + 0.05 * (cycle // 300)) % 170
        if row.get("conference_url"):
            url = row["conference_url"]  # another room: the cycle number inside the path
            out["conference_url"] = (
                url.replace("/j/", f"/j/{cycle}", 1) if "/j/" in url else url + f"/{cycle}"
            )
    return out


def relisted(row: dict[str, Any], n: int) -> dict[str, Any]:
    out = dict(row)
    out["meeting_id"] = f"a{n:08d}"
    out["source_id"] = "bench-aggregator"
    out["source_meeting_id"] = f"agg{n}"
    out["name"] = row["name"].upper()
    if row.get("street"):
        out["street"] = " ".join(_RESPELL.get(w, w) for w in row["street"].split())
    if row.get("latitude") is not None:
        out["latitude"] = row["latitude"] + 0.0001
    out["end_time"] = None
    return out


def build(count: int) -> pa.Table:
    base = base_meetings()
    originals = count * 2 // 3
    rows = [moved(base[n % len(base)], n // len(base), n) for n in range(originals)]
    step = max(1, originals // (count - originals))
    rows += [relisted(rows[i], i) for i in range(0, originals, step)][: count - originals]
    return pa.Table.from_pylist(rows, schema=MEETINGS_SCHEMA)


def run(path: Path) -> None:
    from pipeline.dedupe import dedupe_meetings

    table = pq.read_table(path)
    started = time.perf_counter()
    limit = "1GB"
    result = dedupe_meetings(table, {"bench": 50, "bench-aggregator": 10}, memory_limit=limit)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stats = result.stats
    print(json.dumps({
        "listings": table.num_rows, "meetings_out": stats["meetings_out"],
        "pairs_scored": stats["pairs_scored"], "pairs_merged": stats["pairs_merged"],
        "pairs_near_threshold": stats["pairs_near_threshold"],
        "seconds": round(seconds, 1), "peak_rss_mb": round(peak_mb),
    }))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--run", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run(args.run)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "meetings.parquet"
        started = time.perf_counter()
        pq.write_table(build(args.count), path)
        print(f"built {args.count} listings in {time.perf_counter() - started:.1f} s")
        subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_dedupe", "--run", str(path)], check=True
        )


if __name__ == "__main__":
    main()
