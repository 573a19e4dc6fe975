"""Tagging speed: 100,000 listings through the MAT engine on one core (target < 10 s).

    python -m benchmarks.bench_tag [--count N]

Listings are the labelled test set plus every real Meeting Guide record of
../shared/corpus (the demo feeds when it is absent), cycled with small variations
(ids, suffixes) to N. Reports the engine alone and the `allpaths tag` JSON Lines path.
The engine caches sentences and fields, as feeds repeat them; `--cold` clears the caches
before every listing, the worst case where no two listings share a sentence.
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from benchmarks.feeds import ROOT, cycled, feed_records
from pipeline.mat import engine
from pipeline.mat.engine import Listing, tag_mat
from pipeline.mat.jsonl import tag_lines

LABELLED = ROOT / "tests" / "fixtures" / "mat" / "labelled.jsonl"


def base_listings() -> list[dict[str, Any]]:
    listings = [json.loads(line) for line in LABELLED.read_text().splitlines() if line.strip()]
    listings += [
        {
            "fellowship": "AA",
            "name": raw.get("name"),
            "group_name": raw.get("group"),
            "notes": raw.get("notes"),
            "types": raw.get("types"),
            "location_name": raw.get("location"),
        }
        for raw in feed_records()
    ]
    return listings


def make_listings(count: int) -> list[dict[str, Any]]:
    base = base_listings()

    def vary(listing: dict[str, Any], n: int) -> None:
        listing["id"] = f"b{n}"
        if n >= len(base) and isinstance(listing.get("notes"), str):
            listing["notes"] = f"{listing['notes']} ({n % 97})"

    return cycled(base, count, vary)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--cold", action="store_true", help="clear the caches per listing")
    args = parser.parse_args()
    listings = make_listings(args.count)
    parsed = [Listing.from_mapping(x) for x in listings]

    statuses: dict[str, int] = {}
    if args.cold:  # only the tagging is timed: emptying nine caches is not the engine's work
        engine_seconds = 0.0
        for listing in parsed:
            engine.clear_caches()
            started = time.perf_counter()
            status = tag_mat(listing).status
            engine_seconds += time.perf_counter() - started
            statuses[status] = statuses.get(status, 0) + 1
    else:
        started = time.perf_counter()
        for listing in parsed:
            status = tag_mat(listing).status
            statuses[status] = statuses.get(status, 0) + 1
        engine_seconds = time.perf_counter() - started

    lines = [json.dumps(x) for x in listings]
    started = time.perf_counter()
    written = sum(1 for _ in tag_lines(lines))
    jsonl_seconds = time.perf_counter() - started

    print(f"listings: {len(parsed):,} ({len(base_listings()):,} distinct bases)")
    print(f"engine:   {engine_seconds:.2f} s  ({len(parsed) / engine_seconds:,.0f} listings/s)")
    print(f"jsonl:    {jsonl_seconds:.2f} s  for {written:,} lines (parse + tag + dump)")
    print(f"statuses: {statuses}")
    print("target:   100,000 in < 10 s on one core:", "OK" if engine_seconds < 10 else "MISSED")


if __name__ == "__main__":
    main()
