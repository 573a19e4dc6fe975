"""The pipeline after the crawl, at world scale: 100,000 listings through normalize,
carry-forward, MAT tagging and publishing.

    python -m benchmarks.bench_pipeline [--count N]

Records are the real feeds of ../shared/corpus/meeting_guide when present (else the
demo feeds), cycled with fresh slugs to N. Prints seconds per stage and the release size.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from schemas.raw import RawRecord

from benchmarks.feeds import cycled, feed_records
from pipeline.carry.forward import carry_forward
from pipeline.mat.reviews import apply_reviews
from pipeline.mat.tagging import tag_meetings
from pipeline.normalize.source import normalize_source
from pipeline.publish.write import ReleaseContent, write_release
from schemas.sources import SourceConfig


def records(count: int) -> list[dict[str, Any]]:
    def vary(record: dict[str, Any], n: int) -> None:
        record["slug"] = f"bench-{n}"

    return cycled(feed_records(), count, vary)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    source = SourceConfig(
        id="bench",
        platform="meeting_guide",
        url="https://example.org/feed",
        fellowship="AA",
        timezone="America/New_York",
        country="US",
    )
    now = datetime.now(UTC)
    raw = [
        RawRecord(
            source_id="bench",
            source_meeting_id=r["slug"],
            source_url=source.url,
            raw=r,
            fetched_at=now,
        )
        for r in records(args.count)
    ]
    timings: dict[str, float] = {}

    def timed(stage: str, started: float) -> None:
        timings[stage] = time.perf_counter() - started

    started = time.perf_counter()
    batch = normalize_source(source, raw)
    timed("normalize", started)
    started = time.perf_counter()
    meetings, reports = carry_forward([batch], [], now)
    timed("carry_forward", started)
    started = time.perf_counter()
    reviewed = apply_reviews(tag_meetings(meetings), [])
    timed("tag", started)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        release = write_release(Path(tmp), ReleaseContent(
            version="bench", started_at=now, previous_version=None,
            meetings=reviewed.meetings, rejects=batch.rejects, sources=[source], reports=reports,
        ))  # fmt: skip
        timed("publish", started)
        size = sum(p.stat().st_size for p in release.iterdir())
    print(f"records: {len(raw):,}  meetings: {len(meetings):,}  rejects: {len(batch.rejects):,}")
    for stage, seconds in timings.items():
        print(f"{stage:>14}: {seconds:6.2f} s")
    print(f"{'total':>14}: {sum(timings.values()):6.2f} s; release {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
