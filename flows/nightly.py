"""The nightly Prefect flow: the night's stages in order, each task calling its stage.

crawl (a Scrapy process per batch of sources) -> normalize (per source) -> carry forward
-> [geocode slots in here: a table-to-table stage over the carried meetings] -> MAT tagging
-> changelog -> publish. Tasks take and return paths and small summaries
(`pipeline/types.py`), so the flow runs the same on Prefect's thread pool or a Dask
cluster, where the data dir must be storage every worker sees.

Runs locally with no Prefect server configured (Prefect starts a temporary one); on a
server, `allpaths serve` registers it with a nightly cron.
"""

from __future__ import annotations

import contextlib
import shutil
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.schedules import Cron
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline.carry.changes import diff_releases
from pipeline.carry.forward import carry_forward
from pipeline.crawl.local_server import LocalFeedServer
from pipeline.crawl.process import crawl_batch, plan_batches
from pipeline.limits import SOURCE_TASK_TIMEOUT_SECONDS, STAGE_TIMEOUT_SECONDS
from pipeline.mat.queue import QUEUE_FILE
from pipeline.mat.reviews import Review, load_reviews
from pipeline.mat.stage import tag_table
from pipeline.normalize.stage import failed_source, normalize_fetched
from pipeline.publish.lock import holding_data_dir, lock_summary
from pipeline.publish.releases import latest_release_path, unique_version
from pipeline.publish.write import ReleaseContent, write_release
from pipeline.types import (
    Carried,
    Changelog,
    CrawlSummary,
    Fetched,
    NormalizedSource,
    RunDirs,
    Tagged,
)
from pipeline.workspace import DEFAULT_REVIEWS, DEFAULT_SOURCES, begin_run
from schemas.sources import SourceConfig, SourcesFile, load_sources

#: Crawl processes at once; sources of one host always share a process. Each process
#: crawls its batch with Scrapy's own per-host politeness and concurrency.
CRAWL_PROCESSES = 4


@task(cache_policy=NO_CACHE, task_run_name="crawl-{name}")
def crawl(
    sources: list[SourceConfig],
    urls: dict[str, str],
    dirs: RunDirs,
    http_cache_dir: Path | None,
    name: str,
) -> CrawlSummary:
    return crawl_batch(
        sources, urls, dirs.work, dirs.state, name=name, http_cache_dir=http_cache_dir
    )


@task(cache_policy=NO_CACHE, task_run_name="normalize-{source.id}")
def normalize(source: SourceConfig, fetched: Fetched, dirs: RunDirs) -> NormalizedSource:
    return normalize_fetched(source, fetched, dirs.normalized, dirs.state)


@task(cache_policy=NO_CACHE, task_run_name="carry-forward", timeout_seconds=STAGE_TIMEOUT_SECONDS)
def carry(normalized: list[NormalizedSource], dirs: RunDirs, started_at: datetime) -> Carried:
    previous = latest_release_path(dirs.data_dir)
    return carry_forward(normalized, previous, started_at, dirs.work / "carried.parquet")


@task(cache_policy=NO_CACHE, task_run_name="tag-mat", timeout_seconds=STAGE_TIMEOUT_SECONDS)
def tag(carried: Carried, reviews: list[Review], dirs: RunDirs) -> Tagged:
    return tag_table(
        Path(carried.meetings_path), dirs.work / "tagged.parquet", dirs.work / QUEUE_FILE, reviews
    )


@task(cache_policy=NO_CACHE, task_run_name="changelog", timeout_seconds=STAGE_TIMEOUT_SECONDS)
def changelog(carried: Carried, tagged: Tagged, dirs: RunDirs) -> Changelog:
    previous = carried.previous_meetings_path
    return diff_releases(
        Path(previous) if previous else None,
        Path(tagged.meetings_path),
        dirs.work / "changes.parquet",
    )


@task(cache_policy=NO_CACHE, task_run_name="publish", timeout_seconds=STAGE_TIMEOUT_SECONDS)
def publish(
    dirs: RunDirs,
    sources: SourcesFile,
    normalized: list[NormalizedSource],
    started_at: datetime,
    carried: Carried,
    tagged: Tagged,
    changes: Changelog,
    timings: dict[str, float],
    night: dict[str, Any],
) -> Path:
    queue = Path(tagged.queue_path)

    def copy_queue(path: Path) -> None:
        shutil.copyfile(queue, path)

    content = ReleaseContent(
        version=unique_version(dirs.data_dir, started_at),
        started_at=started_at,
        previous_version=carried.previous_version,
        meetings=Path(tagged.meetings_path),
        rejects=[Path(n.rejects_path) for n in normalized],
        sources=sources.sources,
        reports=carried.reports,
        changes=Path(changes.path),
        extra_files={QUEUE_FILE: copy_queue},
        extra_manifest={
            "reviews": tagged.reviews,
            "review_queue": {"rows": tagged.queue_rows},
            "mat": tagged.mat,
            "night": night,
        },
        timings=timings,
    )
    return write_release(dirs.data_dir, content)


def crawl_all(
    sources: SourcesFile, dirs: RunDirs, http_cache_dir: Path | None
) -> tuple[list[Fetched], dict[str, float], int]:
    """Every enabled source's response, in sources-file order; `local:` ones served."""
    enabled = list(sources.enabled)
    server = LocalFeedServer(sources.base_dir) if any(s.is_local for s in enabled) else None
    with server or contextlib.nullcontext():
        urls = {
            s.id: server.url_for(s.local_path) if server and s.is_local else s.url for s in enabled
        }
        batches = plan_batches(enabled, urls, CRAWL_PROCESSES)
        futures = [
            crawl.submit(batch, urls, dirs, http_cache_dir, f"batch-{n}")
            for n, batch in enumerate(batches)
        ]
        by_id: dict[str, Fetched] = {}
        seconds: dict[str, float] = {}
        for batch, future in zip(batches, futures, strict=True):
            outcome = future.result(raise_on_failure=False)
            if isinstance(outcome, BaseException):  # the task itself broke, not a source
                outcome = CrawlSummary(
                    source_ids=[s.id for s in batch],
                    fetched=[
                        Fetched(
                            source_id=s.id,
                            url=urls[s.id],
                            public_url=s.url,
                            fetched_at=datetime.now(UTC).isoformat(),
                            error=f"crawl failed: {outcome}",
                        )
                        for s in batch
                    ],
                )
            for fetched in outcome.fetched:
                by_id[fetched.source_id] = fetched
                seconds[fetched.source_id] = outcome.seconds
    return [by_id[s.id] for s in enabled], seconds, len(batches)


def normalize_all(
    sources: Sequence[SourceConfig], fetched: list[Fetched], dirs: RunDirs
) -> list[NormalizedSource]:
    """Each source in its own task under a time limit; a task that crashes or runs past
    `SOURCE_TASK_TIMEOUT_SECONDS` fails its source alone (kept stale by carry-forward)."""
    limited = normalize.with_options(timeout_seconds=SOURCE_TASK_TIMEOUT_SECONDS)
    futures = [limited.submit(s, f, dirs) for s, f in zip(sources, fetched, strict=True)]
    normalized = []
    for source, item, future in zip(sources, fetched, futures, strict=True):
        outcome = future.result(raise_on_failure=False)
        if isinstance(outcome, BaseException):
            reason = (
                f"normalizing took longer than the {SOURCE_TASK_TIMEOUT_SECONDS:.0f} s task limit"
                if isinstance(outcome, TimeoutError)
                else f"normalizing crashed ({type(outcome).__name__}: {str(outcome)[:160]})"
            )
            outcome = failed_source(source, item, reason, dirs.normalized)
        normalized.append(outcome)
    return normalized


@flow(
    name="allpaths-nightly",
    log_prints=True,
    task_runner=ThreadPoolTaskRunner(max_workers=CRAWL_PROCESSES),  # type: ignore[arg-type]
)
@holding_data_dir  # one run at a time per data dir; leftovers of crashed runs removed
def nightly(
    sources_path: Path = DEFAULT_SOURCES,
    data_dir: Path = Path("data"),
    http_cache_dir: Path | None = None,
    reviews_path: Path | None = None,
    invoked_at: float | None = None,
) -> Path:
    """Crawl every enabled source, normalize, tag, and publish one release under `data_dir`.

    `reviews_path` is a review file or folder; by default the repo's reviews/ when present.
    `invoked_at` (a `time.time()` from the caller) lets the manifest say how long Prefect
    took to start before the flow ran.

    Sources and review files are read first, so a mistake in either stops the run before
    any crawling, with the file and entry or line named.
    """
    logger = get_run_logger()
    timings: dict[str, float] = {}
    if invoked_at is not None:
        timings["prefect_start"] = max(0.0, time.time() - invoked_at)
    started_at = datetime.now(UTC)
    clock = time.monotonic()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.monotonic()
        timings[stage] = now - clock
        clock = now

    sources = load_sources(sources_path)
    if reviews_path is None and DEFAULT_REVIEWS.is_dir():
        reviews_path = DEFAULT_REVIEWS
    reviews = load_reviews(reviews_path)
    logger.info("%d reviews loaded from %s", len(reviews), reviews_path or "nowhere")
    dirs = begin_run(data_dir)
    lap("begin")

    logger.info("crawling %d sources from %s", len(sources.enabled), sources.path)
    fetched, crawl_seconds, processes = crawl_all(sources, dirs, http_cache_dir)
    lap("crawl")

    normalized = normalize_all(sources.enabled, fetched, dirs)
    for item in normalized:
        item.crawl_seconds = crawl_seconds.get(item.source_id, 0.0)
    lap("normalize")
    reused = sum(n.reused for n in normalized)
    logger.info(
        "normalized %d sources: %d meetings, %d rejects; %d unchanged and reused, %d failed",
        len(normalized), sum(n.valid for n in normalized), sum(n.rejected for n in normalized),
        reused, sum(n.failed for n in normalized),
    )  # fmt: skip

    carried = carry(normalized, dirs, started_at)
    lap("carry")
    logger.info("carried forward: %d meetings (%d stale)", carried.meetings, carried.stale)
    # A table-to-table stage over the carried meetings (geocoding) slots in here.

    tagged = tag(carried, reviews, dirs)
    lap("tag")
    logger.info(
        "MAT-tagged %d meetings: %s; %d reviews applied, %d orphaned",
        carried.meetings, tagged.mat, tagged.reviews["applied"], len(tagged.reviews["orphaned"]),
    )  # fmt: skip
    changes = changelog(carried, tagged, dirs)
    lap("changes")

    night = {
        "crawl_processes": processes,
        "sources_not_modified": sum(f.not_modified for f in fetched),
        "sources_reused": reused,
        "payload_bytes": sum(f.size for f in fetched),
        **lock_summary(),  # a dead run's lock taken over, leftovers of crashes removed
    }
    release = publish(
        dirs, sources, normalized, started_at, carried, tagged, changes, timings, night
    )
    logger.info(
        "published %s (%s)", release, ", ".join(f"{k} {v:.1f}s" for k, v in timings.items())
    )
    return release


def serve_nightly(
    cron: str, timezone: str, parameters: dict[str, object], name: str = "allpaths-nightly"
) -> None:
    """Register the nightly schedule with the configured Prefect server and run it (blocks)."""
    nightly.serve(name=name, schedule=Cron(cron, timezone=timezone), parameters=parameters)


if __name__ == "__main__":
    nightly()
