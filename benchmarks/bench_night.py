"""What a user waits for: `allpaths run` end to end over real-shaped sources on 127.0.0.1.

    python -m benchmarks.bench_night [--sizes 10000,100000,1000000] [--crawl-sources 1000]
                                     [--mix 58,20,20,2]

For each size, the night's mix of platforms (`MIX`, printed): Meeting Guide feeds of
~2,000 meetings (a large intergroup) cycled from the real feeds of ../shared/corpus (else
the demo); BMLT root servers of ~2,000 meetings and one NA aggregator export, cycled from
the corpus's BMLT samples (else the demo's server; `benchmarks/bmlt_sites.py`); HTML
directory pages of the demo's kind (`benchmarks/html_sites.py`). Each source is served
from its own loopback host; a first night into an empty data dir, then a second night
over the unchanged sources (304s; the export's manifest too). Each stage's time comes
from the run's own manifest; peak memory is the whole process tree's (the flow, its
Prefect server, its crawl processes), sampled. The floor is DuckDB reading the same
meetings (feeds, search answers, the export's NDJSON.gz) into Parquet in this process.
Then 1,000 small sources (~100 meetings each) measure the crawl. Writes
benchmarks/RESULTS.md.
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

from benchmarks.bmlt_sites import (
    BMLT_CORPUS,
    SampleCycle,
    bmlt_samples,
    search_answers,
    server_sample,
    write_export,
    write_root_servers,
)
from benchmarks.feeds import CORPUS, ROOT
from benchmarks.html_sites import PER_PAGE, write_pages
from benchmarks.html_sites import PLATFORM as HTML_PLATFORM
from benchmarks.sites import Site, feed_sites, serve_feeds, serve_sites, sources_file, write_feeds
from flows.cli import no_telemetry

RESULTS = ROOT / "benchmarks" / "RESULTS.md"
PER_FEED = 2_000
#: The share of meetings per platform, in percent: Meeting Guide feeds (AA's intergroups),
#: BMLT root servers and NA's aggregator export, and HTML directory pages. NA's BMLT holds
#: about 40% of the meetings a night gathers; half of that is read from servers directly
#: here, half from the export. HTML pages are few and small in the real world.
MIX = {"meeting_guide": 58, "bmlt": 20, "bmlt_export": 20, "html": 2}
STAGES = ("crawl", "normalize", "carry", "geocode", "dedupe", "tag", "combine", "changes",
          "publish")  # fmt: skip
#: Geocode and dedupe run beside MAT tagging: their wall time together is
#: `geocode_dedupe_tag` (older releases: `tag` alone), so the sum counts it once.
AFTER_CRAWL = ("normalize", "carry", "geocode_dedupe_tag", "combine", "changes", "publish")


HEADER = (
    "| meetings | night | wall | prefect start | crawl / normalize / carry / geocode / dedupe / "
    "tag / combine / changes / publish (s) | after crawl | peak | DuckDB floor | "
    "ratio wall / after crawl | sources reused | meetings made: Meeting Guide / BMLT / "
    "export / HTML | dedupe: listings -> meetings |\n" + "|---" * 12 + "|"
)


@dataclass
class Night:
    wall: float
    peak_mb: float
    timings: dict[str, float]
    meetings: int
    reused: int
    changes: dict[str, int] = field(default_factory=dict)
    #: dedupe's listings in and meetings out (the manifest's `dedupe`)
    listings: int = 0
    #: platform -> (fetched, valid) from the release's sources.parquet
    platforms: dict[str, tuple[int, int]] = field(default_factory=dict)

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
    release = data_dir / latest["path"]
    manifest = json.loads((release / "manifest.json").read_text())
    return Night(
        wall=wall,
        peak_mb=peak / 1e6,
        timings=manifest["timings"],
        meetings=manifest["counts"]["meetings"],
        reused=manifest["night"]["sources_reused"],
        changes=manifest["counts"]["changes"],
        listings=manifest.get("dedupe", {}).get("listings_in", 0),
        platforms=platform_counts(release / "sources.parquet"),
    )


def platform_of(source_id: str) -> str:
    """The mix names its sources by platform (`benchmarks.bench_night.mix_sites`)."""
    if source_id.startswith("bmlt-"):
        return "bmlt"
    if source_id.startswith("html-"):
        return "html"
    return "bmlt_export" if source_id.startswith("export") else "meeting_guide"


def platform_counts(sources: Path) -> dict[str, tuple[int, int]]:
    """Records fetched and meetings made per platform, from the release's sources table."""
    rows = (
        duckdb.connect()
        .execute(f"SELECT source_id, fetched, valid FROM read_parquet('{sources}')")
        .fetchall()
    )
    counts: dict[str, tuple[int, int]] = {}
    for source_id, fetched, valid in rows:
        seen, made = counts.get(platform_of(source_id), (0, 0))
        counts[platform_of(source_id)] = (seen + (fetched or 0), made + (valid or 0))
    return counts


@dataclass
class Mix:
    """What one size serves: its sites, the files the floor reads, meetings per platform."""

    sites: list[Site]
    feeds: list[Path]
    bmlt_arrays: list[Path]
    bmlt_objects: list[Path]
    export_files: list[Path]
    meetings: dict[str, int]

    def describe(self) -> str:
        total = sum(self.meetings.values()) or 1
        counts = {p: sum(platform_of(s.id) == p for s in self.sites) for p in self.meetings}
        return ", ".join(
            f"{p} {n:,} ({100 * n / total:.0f}%, {counts[p]} source{'s' * (counts[p] != 1)})"
            for p, n in self.meetings.items()
        )


def split(meetings: int, shares: dict[str, int]) -> dict[str, int]:
    """`meetings` divided by the shares (percent); rounding goes to the first platform."""
    total = sum(shares.values())
    parts = {p: meetings * share // total for p, share in shares.items()}
    first = next(iter(parts))
    parts[first] += meetings - sum(parts.values())
    return parts


def mix_sites(folder: Path, meetings: int, shares: dict[str, int]) -> Mix:
    """Write the mix: Meeting Guide feeds, BMLT root servers and one export, each platform
    in sources of `PER_FEED` meetings (the export: root servers of that size)."""
    parts = split(meetings, shares)
    feeds = write_feeds(folder / "site", parts.get("meeting_guide", 0), PER_FEED)
    sites = feed_sites(feeds)
    cycle = SampleCycle()  # servers and export draw distinct copies of the samples
    roots = write_root_servers(folder / "bmlt", parts.get("bmlt", 0), PER_FEED, cycle)
    samples = "BMLT corpus" if BMLT_CORPUS.is_dir() else "demo server"
    known = bmlt_samples()
    for n, root in enumerate(roots):
        sample = server_sample(known, n)  # the server's region, as its sources entry says
        sites.append(Site(f"bmlt-{n:04d}", "bmlt", root, "", "NA", sample.timezone, sample.country))
    export_files: list[Path] = []
    if parts.get("bmlt_export", 0):
        export = write_export(folder / "export", parts["bmlt_export"], PER_FEED, cycle)
        sites.append(
            Site("export-na", "bmlt_export", export.manifest.parent, export.manifest.name, "NA")
        )
        export_files = export.meeting_files
    for n, page in enumerate(write_pages(folder / "html", parts.get("html", 0))):
        sites.append(Site(f"html-{n:04d}", HTML_PLATFORM, page.parent, page.name, "AA",
                          "America/Chicago"))  # fmt: skip
    arrays, objects = search_answers(roots)
    print(f"mix from {samples}: " + ", ".join(f"{p} {n:,}" for p, n in parts.items()), flush=True)
    return Mix(sites, feeds, arrays, objects, export_files, parts)


def duckdb_floor(mix: Mix, out: Path) -> float:
    """DuckDB reading the same meetings into Parquet: the feeds' arrays, the root servers'
    search answers (bare arrays and `{"meetings"}` objects) and the export's NDJSON.gz
    (the files a night reads: current meetings and the stale servers' own)."""

    def listed(paths: list[Path]) -> str:
        return "[" + ", ".join(f"'{p}'" for p in paths) + "]"

    reads = []
    if mix.feeds:
        reads.append(f"read_json({listed(mix.feeds)}, format = 'array', union_by_name = true)")
    if mix.bmlt_arrays:
        reads.append(
            f"read_json({listed(mix.bmlt_arrays)}, format = 'array', union_by_name = true)"
        )
    if mix.bmlt_objects:
        reads.append(
            "(SELECT unnest(meetings, recursive := true) FROM "
            f"read_json({listed(mix.bmlt_objects)}, union_by_name = true))"
        )
    if mix.export_files:
        reads.append(
            f"read_json({listed(mix.export_files)}, format = 'newline_delimited', "
            "union_by_name = true)"
        )
    out.mkdir(parents=True, exist_ok=True)
    connection = duckdb.connect()
    started = time.perf_counter()
    for n, read in enumerate(reads):
        connection.execute(f"COPY (SELECT * FROM {read}) TO '{out / f'{n}.parquet'}' "
                           "(FORMAT parquet)")  # fmt: skip
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


def bench_size(
    meetings: int,
    work: Path,
    lines: list[str],
    api_url: str | None = None,
    shares: dict[str, int] | None = None,
) -> None:
    """Two nights over `meetings` meetings; with `api_url`, against a running Prefect server."""
    folder = work / f"n{meetings}{'-server' if api_url else ''}"
    mix = mix_sites(folder, meetings, shares or MIX)
    floor = duckdb_floor(mix, folder / "floor")
    with serve_sites(mix.sites) as urls:
        sources = sources_file(folder / "sources.toml", urls, mix.sites)
        first = run_night(sources, folder / "data", folder / "night1.log", api_url)
        second = run_night(sources, folder / "data", folder / "night2.log", api_url)
    suffix = " (Prefect server running)" if api_url else ""
    for label, night in ((f"first{suffix}", first), (f"second{suffix}", second)):
        stages = " / ".join(f"{night.timings.get(s, 0):.1f}" for s in STAGES)
        made = " / ".join(f"{night.platforms.get(p, (0, 0))[1]:,}" for p in mix.meetings)
        lines.append(
            f"| {meetings:,} ({len(mix.sites)} sources) | {label} | {night.wall:.1f} s | "
            f"{night.timings.get('prefect_start', 0):.1f} s | {stages} | "
            f"{night.after_crawl:.1f} s | {night.peak_mb:,.0f} MB | {floor:.2f} s | "
            f"{night.wall / floor:.0f}x / {night.after_crawl / floor:.1f}x | "
            f"{night.reused}/{len(mix.sites)} | {made} | "
            f"{night.listings:,} -> {night.meetings:,} |"
        )
        print(lines[-1], flush=True)
    print(f"  mix: {mix.describe()}", flush=True)
    row = f"| {meetings:,} | {mix.describe()} |"
    if row not in MIXES:
        MIXES.append(row)
    for sub in ("site", "bmlt", "export", "html"):
        shutil.rmtree(folder / sub, ignore_errors=True)


#: One line per size: the mix served (for RESULTS.md).
MIXES: list[str] = []


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
    no_telemetry()  # its own Prefect server sends no telemetry either
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
    parser.add_argument(
        "--mix",
        default=",".join(str(v) for v in MIX.values()),
        help="percent of meetings: Meeting Guide feeds, BMLT root servers, the export, HTML pages",
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    shares = dict(zip(MIX, (int(v) for v in args.mix.split(",")), strict=True))
    print("mix: " + ", ".join(f"{p} {v}%" for p, v in shares.items()), flush=True)
    night_lines: list[str] = []
    crawl_lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="allpaths-bench-") as tmp:
        for size in sizes:
            bench_size(size, Path(tmp), night_lines, shares=shares)
        if args.server_size:
            from prefect.server.api.server import SubprocessASGIServer

            server = SubprocessASGIServer()
            server.start(timeout=120)
            try:
                bench_size(args.server_size, Path(tmp), night_lines, server.api_url, shares)
            finally:
                server.stop()
        if args.crawl_sources:
            bench_crawl(args.crawl_sources, Path(tmp), crawl_lines)
    records = "the real feeds of ../shared/corpus" if CORPUS.is_dir() else "the demo feeds"
    bmlt = "the BMLT samples of ../shared/corpus" if BMLT_CORPUS.is_dir() else "the demo's server"
    mix = ", ".join(f"{p} {v}%" for p, v in shares.items())
    text = f"""# Benchmark results

Written by `make bench` (`python -m benchmarks.bench_night --sizes {args.sizes} --mix
{args.mix}`) on {time.strftime("%Y-%m-%d")}. Machine: {machine()}. Shared with other work
while it ran.

The mix is {mix} of the meetings: Meeting Guide feeds of {PER_FEED:,} meetings cycled from
{records}; BMLT root servers of {PER_FEED:,} meetings (their three answers, GetSearchResults
/ GetFormats / GetServiceBodies) and one NA aggregator export (manifest with sizes, SHA-256
and record counts; `meetings.ndjson.gz`; a file per root server of {PER_FEED:,} meetings,
one of them stale; formats, service bodies, root servers), both cycled from {bmlt} with
fresh ids (`benchmarks/bmlt_sites.py`); and HTML directory pages of {PER_PAGE:,} rows in the
demo's page kind (`benchmarks/html_sites.py`). Every source is served from its own loopback
host with the crawl's politeness on (one request at a time per host, AutoThrottle,
robots.txt). `wall` is `allpaths run` end to end as a user runs it, crawl included, with no
Prefect server configured (so it includes starting Prefect's temporary server: `prefect
start`); stage seconds come from the release's manifest (`timings`); peak is the resident
memory of the whole process tree. The floor is DuckDB reading the same meetings into Parquet
in the same run (the feeds' JSON arrays, the servers' GetSearchResults answers, the export's
NDJSON.gz files a night reads; DuckDB reads no HTML, so the pages' rows are outside the
floor); ratios are `wall / floor` and `stages after the crawl / floor`. The second night
runs over the unchanged sources: every feed and BMLT answer answers 304 to its conditional
request, the export's manifest too, and each source's last table is reused. Geocoding and
dedupe run beside MAT tagging: their columns are each stage's own seconds, and `after crawl`
counts the three's wall time once. Each cycle of a sample after the first is moved to other
hours and days (`shifted`, `shifted_bmlt`), so it is new meetings at the same addresses, not
copies for dedupe to merge. `meetings made` is the sources' valid rows per platform
(sources.parquet).

| meetings | mix served |
|---|---|
{chr(10).join(MIXES)}

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
