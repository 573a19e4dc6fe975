"""Real-shaped sources written to disk and served like the web: one host each.

Each feed gets its own loopback address (127.0.x.y), so the crawl's per-host politeness
(one request at a time, AutoThrottle, robots.txt) applies exactly as it does to separate
intergroup websites, and hundreds of hosts are fetched side by side.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.feeds import feed_records
from pipeline.crawl.local_server import LocalFeedServer

#: Each corpus feed's region, as a sources file would say it (fallback: New York).
ZONE = "America/New_York"


def loopback(n: int) -> str:
    """The n-th loopback host, skipping .0 and .255 in the last octet."""
    return f"127.0.{1 + n // 250}.{1 + n % 250}"


_CLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?\s*$")


def _minutes(value: object) -> int | None:
    match = _CLOCK.match(value) if isinstance(value, str) else None
    if not match:
        return None
    hours, minutes, half = int(match[1]), int(match[2]), (match[3] or "").lower()
    if half:
        hours = hours % 12 + (12 if half == "pm" else 0)
    return hours * 60 + minutes


def shifted(record: dict[str, Any], cycle: int) -> None:
    """Make the `cycle`-th copy of a real record another meeting at the same address.

    Its start (and end) move by a quarter hour per cycle and its day by one per 96 cycles,
    so copies never share dedupe's block (same day, start within minutes, same place) for
    672 cycles, while the addresses (and so geocoding's work) stay real. Without this, a
    1M-meeting night would be 150 identical copies of each corpus meeting, all merged.
    """
    if cycle == 0:
        return
    start = _minutes(record.get("time"))
    if start is None:
        record["name"] = f"{record.get('name') or 'Meeting'} ({cycle})"
        return
    moved = start + 15 * (cycle % 96)
    carry = cycle // 96 + moved // 1440
    record["time"] = f"{moved % 1440 // 60:02d}:{moved % 60:02d}"
    end = _minutes(record.get("end_time"))
    if end is not None:
        end += 15 * (cycle % 96)
        record["end_time"] = f"{end % 1440 // 60:02d}:{end % 60:02d}"
    day = record.get("day")

    def move(d: object) -> object:
        if isinstance(d, int) or (isinstance(d, str) and d.strip().isdigit()):
            return (int(d) + carry) % 7
        return d

    record["day"] = [move(d) for d in day] if isinstance(day, list) else move(day)


def write_feeds(folder: Path, meetings: int, per_feed: int) -> list[Path]:
    """`meetings` records in feeds of `per_feed`, cycled from the real feeds, fresh slugs;
    each cycle after the first is another set of meetings at the same places (`shifted`)."""
    folder.mkdir(parents=True, exist_ok=True)
    base = feed_records()
    paths: list[Path] = []
    n = 0
    for feed in range((meetings + per_feed - 1) // per_feed):
        records: list[dict[str, Any]] = []
        for _ in range(min(per_feed, meetings - n)):
            record = dict(base[n % len(base)])
            shifted(record, n // len(base))
            record["slug"] = f"bench-{n}"
            record.pop("id", None)
            records.append(record)
            n += 1
        path = folder / f"feed-{feed:04d}.json"
        path.write_text(json.dumps(records), encoding="utf-8")
        paths.append(path)
    return paths


@dataclass(frozen=True)
class Site:
    """One source of the mix as the web would show it: a folder served from its own
    loopback host, the path of the source's URL in it, and its sources-file entry."""

    id: str
    platform: str
    folder: Path
    path: str
    fellowship: str = "AA"
    timezone: str = ZONE
    country: str = "US"


def feed_sites(paths: list[Path]) -> list[Site]:
    """Meeting Guide feeds as sites (the old `bench-NNNN` ids)."""
    return [
        Site(f"bench-{n:04d}", "meeting_guide", path.parent, path.name)
        for n, path in enumerate(paths)
    ]


@contextlib.contextmanager
def serve_sites(sites: list[Site]) -> Iterator[list[str]]:
    """Serve each site's folder from its own loopback host; yields the sources' URLs."""
    servers = [LocalFeedServer(site.folder, host=loopback(n)) for n, site in enumerate(sites)]
    for server in servers:
        server.__enter__()
    try:
        yield [server.url_for(site.path) for server, site in zip(servers, sites, strict=True)]
    finally:
        stoppers = [threading.Thread(target=s.__exit__, args=(None, None, None)) for s in servers]
        for stopper in stoppers:
            stopper.start()
        for stopper in stoppers:
            stopper.join()


@contextlib.contextmanager
def serve_feeds(paths: list[Path]) -> Iterator[list[str]]:
    """Serve each feed from its own loopback host; yields their URLs."""
    with serve_sites(feed_sites(paths)) as urls:
        yield urls


def sources_file(path: Path, urls: list[str], sites: list[Site] | None = None) -> Path:
    """The sources file naming each URL; Meeting Guide feeds unless `sites` says else."""
    sites = sites if sites is not None else [
        Site(f"bench-{n:04d}", "meeting_guide", Path(), "") for n in range(len(urls))
    ]  # fmt: skip
    path.write_text(
        "".join(
            f'[[source]]\nid = "{site.id}"\nplatform = "{site.platform}"\nurl = "{url}"\n'
            f'fellowship = "{site.fellowship}"\ntimezone = "{site.timezone}"\n'
            f'country = "{site.country}"\n\n'
            for site, url in zip(sites, urls, strict=True)
        ),
        encoding="utf-8",
    )
    return path
