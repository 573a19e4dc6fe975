"""What a user waits for: `allpaths run` end to end over real-shaped feeds on 127.0.0.1.

    python -m benchmarks.bench_night [--sizes 10000,100000,1000000] [--crawl-sources 1000]

For each size: feeds of ~2,000 meetings (a large intergroup) cycled from the real feeds
of ../shared/corpus (else the demo), each served from its own loopback host; a first
night into an empty data dir, then a second night over the unchanged feeds. Each stage's
time comes from the run's own manifest; peak memory is the whole process tree's (the
flow, its Prefect server, its crawl processes), sampled. The floor is DuckDB reading the
same feeds into Parquet in this process. Then 1,000 small sources (~100 meetings each)
measure the crawl. Writes benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import psutil

from benchmarks.feeds import CORPUS, ROOT
from benchmarks.sites import serve_feeds, sources_file, write_feeds

RESULTS = ROOT / "benchmarks" / "RESULTS.md"
PER_FEED = 2_000
STAGES = ("crawl", "normalize", "carry", "geocode", "dedupe", "tag", "combine", "changes",
          "publish")  # fmt: skip
#: Geocode and dedupe run beside MAT tagging: their wall time together is
#: `geocode_dedupe_tag` (older releases: `tag` alone), so the sum counts it once.
AFTER_CRAWL = ("normalize", "carry", "geocode_dedupe_tag", "combine", "changes", "publish")


HEADER = (
    "| meetings | night | wall | prefect start | crawl / normalize / carry / geocode / dedupe / "
    "tag / combine / changes / publish (s) | after crawl | peak | DuckDB floor | "
    "ratio wall / after crawl | sources reused |\n|---|---|---|---|---|---|---|---|---|---|"
)


@dataclass
class Night:
    wall: float
    peak_mb: float
    timings: dict[str, float]
    meetings: int
    reused: int
    changes: dict[str, int] = field(default_factory=dict)

    @property
    def after_crawl(self) -> float:
        overlapped = "geocode_dedupe_tag" if "geocode_dedupe_tag" in self.timings else "tag"
        stages = [overlapped if s == "geocode_dedupe_tag" else s for s in AFTER_CRAWL]
        return sum(self.timings.get(s, 0.0) for s in stages)


def tree_rss(process: psutil.Process) -> int:
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue
    return total


def run_night(sources: Path, data_dir: Path, log: Path, api_url: str | None = None) -> Night:
    """`allpaths run` in a child process, timed, its process tree's memory sampled.

    With `api_url` the run reports to that Prefect server instead of starting its own.
    """
    env = dict(os.environ)
    if api_url:
        env["PREFECT_API_URL"] = api_url
    command = [str(Path(sys.executable).parent / "allpaths"), "run",
               "--sources", str(sources), "--data-dir", str(data_dir)]  # fmt: skip
    started = time.perf_counter()
    with log.open("w") as out:
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
        watched = psutil.Process(child.pid)
        peak = 0
        while child.poll() is None:
            peak = max(peak, tree_rss(watched))
            time.sleep(0.1)
    wall = time.perf_counter() - started
    if child.returncode != 0:  # the log is in a temporary folder: say what it said
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-30:])
        raise RuntimeError(f"allpaths run failed ({child.returncode}); {log} ends:\n{tail}")
    latest = json.loads((data_dir / "latest.json").read_text())
    manifest = json.loads((data_dir / latest["path"] / "manifest.json").read_text())
    return Night(
        wall=wall,
        peak_mb=peak / 1e6,
        timings=manifest["timings"],
        meetings=manifest["counts"]["meetings"],
        reused=manifest["night"]["sources_reused"],
        changes=manifest["counts"]["changes"],
    )


def duckdb_floor(feeds: list[Path], out: Path) -> float:
    """DuckDB reading the same feed files into one Parquet file: the floor."""
    started = time.perf_counter()
    files = "[" + ", ".join(f"'{p}'" for p in feeds) + "]"
    duckdb.connect().execute(
        f"COPY (SELECT * FROM read_json({files}, format = 'array', union_by_name = true)) "
        f"TO '{out}' (FORMAT parquet)"
    )
    return time.perf_counter() - started


def machine() -> str:
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    memory = psutil.virtual_memory().total / 2**30
    return (
        f"{model}, {os.cpu_count()} cores, {memory:.0f} GiB RAM; {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}; DuckDB {duckdb.__version__}"
    )


def bench_size(meetings: int, work: Path, lines: list[str], api_url: str | None = None) -> None:
    """Two nights over `meetings` meetings; with `api_url`, against a running Prefect server."""
    folder = work / f"n{meetings}{'-server' if api_url else ''}"
    feeds = write_feeds(folder / "site", meetings, PER_FEED)
    floor = duckdb_floor(feeds, folder / "floor.parquet")
    with serve_feeds(feeds) as urls:
        sources = sources_file(folder / "sources.toml", urls)
        first = run_night(sources, folder / "data", folder / "night1.log", api_url)
        second = run_night(sources, folder / "data", folder / "night2.log", api_url)
    suffix = " (Prefect server running)" if api_url else ""
    for label, night in ((f"first{suffix}", first), (f"second{suffix}", second)):
        stages = " / ".join(f"{night.timings.get(s, 0):.1f}" for s in STAGES)
        lines.append(
            f"| {meetings:,} ({len(feeds)} feeds) | {label} | {night.wall:.1f} s | "
            f"{night.timings.get('prefect_start', 0):.1f} s | {stages} | "
            f"{night.after_crawl:.1f} s | {night.peak_mb:,.0f} MB | {floor:.2f} s | "
            f"{night.wall / floor:.0f}x / {night.after_crawl / floor:.1f}x | "
            f"{night.reused}/{len(feeds)} |"
        )
        print(lines[-1], flush=True)
    shutil.rmtree(folder / "site", ignore_errors=True)


def bench_crawl(sources_count: int, work: Path, lines: list[str]) -> None:
    """Many small sources: the crawl's time and throughput, from the run's manifest."""
    folder = work / f"crawl{sources_count}"
    feeds = write_feeds(folder / "site", sources_count * 100, 100)
    size = sum(p.stat().st_size for p in feeds)
    with serve_feeds(feeds) as urls:
        night = run_night(sources_file(folder / "sources.toml", urls), folder / "data",
                          folder / "night1.log")  # fmt: skip
    crawl = night.timings["crawl"]
    lines.append(
        f"| {sources_count:,} sources x 100 meetings ({size / 1e6:.0f} MB) | {crawl:.1f} s | "
        f"{sources_count / crawl:.0f} sources/s, {size / 1e6 / crawl:.1f} MB/s | "
        f"{night.timings.get('normalize', 0):.1f} s | {night.wall:.1f} s | "
        f"{night.peak_mb:,.0f} MB |"
    )
    print(lines[-1], flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000,1000000",
                        help="meetings per run, comma-separated")  # fmt: skip
    parser.add_argument("--crawl-sources", type=int, default=1000, help="0 skips it")
    parser.add_argument(
        "--server-size",
        type=int,
        default=10_000,
        help="also run this size against one running Prefect server (0 skips it)",
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    night_lines: list[str] = []
    crawl_lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="allpaths-bench-") as tmp:
        for size in sizes:
            bench_size(size, Path(tmp), night_lines)
        if args.server_size:
            from prefect.server.api.server import SubprocessASGIServer

            server = SubprocessASGIServer()
            server.start(timeout=120)
            try:
                bench_size(args.server_size, Path(tmp), night_lines, server.api_url)
            finally:
                server.stop()
        if args.crawl_sources:
            bench_crawl(args.crawl_sources, Path(tmp), crawl_lines)
    records = "the real feeds of ../shared/corpus" if CORPUS.is_dir() else "the demo feeds"
    text = f"""# Benchmark results

Written by `make bench` (`python -m benchmarks.bench_night --sizes {args.sizes}`) on
{time.strftime("%Y-%m-%d")}. Machine: {machine()}. Shared with other work while it ran.

Records are {records}, cycled with fresh slugs into feeds of {PER_FEED:,} meetings, each
feed served from its own loopback host with the crawl's politeness on (one request at a
time per host, AutoThrottle, robots.txt). `wall` is `allpaths run` end to end as a user
runs it, with no Prefect server configured (so it includes starting Prefect's temporary
server: `prefect start`); stage seconds come from the release's manifest (`timings`);
peak is the resident memory of the whole process tree. The floor is DuckDB reading the
same feed files into one Parquet file; ratios are `wall / floor` and
`stages after the crawl / floor`. The second night runs over the unchanged feeds: every
source answers 304 to its conditional request and its last table is reused. Geocoding and
dedupe run beside MAT tagging: their columns are each stage's own seconds, and `after
crawl` counts the three's wall time once. Each cycle of the corpus after the first is
moved to other hours and days (`benchmarks/sites.py` `shifted`), so it is new meetings at
the same addresses, not copies for dedupe to merge.

{HEADER}
{chr(10).join(night_lines)}

## Crawl of many small sources

| sources | crawl | throughput | normalize | wall | peak |
|---|---|---|---|---|---|
{chr(10).join(crawl_lines)}
"""
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    threading.stack_size(512 * 1024)  # a thousand served hosts need a thread each
    main()
