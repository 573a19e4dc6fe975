"""The nightly Prefect flow: the night's stages in order, each task calling its stage.

crawl (a Scrapy process per batch of sources) -> normalize (per source) -> carry forward
-> geocode -> dedupe -> MAT (each listing tagged, beside geocode and dedupe; then its
merged row's decision combined and the reviews applied) -> changelog -> publish. Tasks
take and return paths and small summaries (`pipeline/types.py`), so the flow runs the
same on Prefect's thread pool or a Dask cluster, where the data dir must be storage every
worker sees.

Runs locally with no Prefect server configured (Prefect starts a temporary one); on a
server, `allpaths serve` registers it with a nightly cron.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import task_run
from prefect.schedules import Cron
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff

from pipeline.carry.changes import diff_releases
from pipeline.carry.forward import carry_forward
from pipeline.carry.policy import CarryPolicy
from pipeline.crawl.local_server import LocalFeedServer
from pipeline.crawl.process import crawl_batch, plan_batches
from pipeline.crawl.retry import (
    CRAWL_RETRIES,
    CRAWL_RETRY_BACKOFF,
    CRAWL_RETRY_JITTER,
    CrawlProcessFailed,
    worth_retrying,
)
from pipeline.dedupe.night import combine_night, dedupe_night
from pipeline.dedupe.reviews import MergeReview
from pipeline.dedupe.stage import MERGES_SCHEMA, source_priorities
from pipeline.geocode.night import geocode_night
from pipeline.geocode.stage import GeocodeSettings
from pipeline.limits import SOURCE_TASK_TIMEOUT_SECONDS, STAGE_TIMEOUT_SECONDS
from pipeline.maintainers import load_maintainer_files
from pipeline.mat.cache import CACHE_FOLDER
from pipeline.mat.queue import QUEUE_FILE
from pipeline.mat.reviewing import review_table
from pipeline.mat.reviews import Review
from pipeline.mat.stage import tag_table
from pipeline.normalize.stage import failed_source, normalize_fetched
from pipeline.publish.lock import holding_data_dir, lock_summary
from pipeline.publish.releases import latest_release_path, unique_version
from pipeline.publish.summary import ARTIFACT_KEY, night_summary
from pipeline.publish.write import ReleaseContent, write_release
from pipeline.types import (
    Carried,
    Changelog,
    CrawlSummary,
    Deduped,
    Fetched,
    Geocoded,
    NormalizedSource,
    RunDirs,
    SourceReport,
    Tagged,
)
from pipeline.workspace import DEFAULT_REVIEWS, DEFAULT_SOURCES, begin_run
from schemas.geocoder import with_service
from schemas.sources import SourceConfig, SourcesFile, load_sources

#: Crawl processes at once; sources of one host always share a process. Each process
#: crawls its batch with Scrapy's own per-host politeness and concurrency.
CRAWL_PROCESSES = 4


@task(
    cache_policy=NO_CACHE,
    task_run_name="crawl-{name}",
    retries=CRAWL_RETRIES,  # a dead crawl process is run again (pipeline/crawl/retry.py)
    retry_delay_seconds=exponential_backoff(backoff_factor=CRAWL_RETRY_BACKOFF),
    retry_jitter_factor=CRAWL_RETRY_JITTER,
)
def crawl(
    sources: list[SourceConfig],
    urls: dict[str, str],
    dirs: RunDirs,
    http_cache_dir: Path | None,
    name: str,
) -> CrawlSummary:
    summary = crawl_batch(
        sources, urls, dirs.work, dirs.state, name=name, http_cache_dir=http_cache_dir
    )
    if worth_retrying(summary, attempt=task_run.run_count):
        raise CrawlProcessFailed(f"{name}: {summary.error}")
    return summary


@task(cache_policy=NO_CACHE, task_run_name="normalize-{source.id}")
def normalize(source: SourceConfig, fetched: Fetched, dirs: RunDirs) -> NormalizedSource:
    return normalize_fetched(source, fetched, dirs.normalized, dirs.state)


@task(cache_policy=NO_CACHE, task_run_name="carry-forward", timeout_seconds=STAGE_TIMEOUT_SECONDS)
def carry(
    normalized: list[NormalizedSource], dirs: RunDirs, started_at: datetime, policy: CarryPolicy
) -> Carried:
    previous = latest_release_path(dirs.data_dir)
    return carry_forward(normalized, previous, started_at, dirs.work / "carried.parquet", policy)


@task(cache_policy=NO_CACHE, task_run_name="geocode", timeout_seconds=STAGE_TIMEOUT_SECONDS)
def geocode(carried: Carried, settings: GeocodeSettings, dirs: RunDirs) -> Geocoded:
    return geocode_night(Path(carried.meetings_path), dirs.work / "geocoded.parquet", settings)


@task(cache_policy=NO_CACHE, task_run_name="dedupe", timeout_seconds=STAGE_TIMEOUT_SECONDS)
def dedupe(
    geocoded: Geocoded,
    priorities: dict[str, int],
    reviews: list[MergeReview],
    carried: Carried,
    dirs: RunDirs,
) -> Deduped:
    previous = carried.previous_meetings_path
    return dedupe_night(
        Path(geocoded.meetings_path),
        priorities,
        reviews,
        Path(previous) if previous else None,
        dirs.work,
    )


@task(cache_policy=NO_CACHE, task_run_name="tag-mat", timeout_seconds=STAGE_TIMEOUT_SECONDS)
def tag(carried: Carried, dirs: RunDirs) -> Tagged:
    """Each listing's own decision (reviews name merged rows: they come in `combine`)."""
    return tag_table(
        Path(carried.meetings_path),
        dirs.work / "tagged-listings.parquet",
        dirs.work / "listings-queue.csv",
        [],
        cache_dir=dirs.state / CACHE_FOLDER,  # last night's decisions, per rules version
    )


@task(cache_policy=NO_CACHE, task_run_name="combine-mat", timeout_seconds=STAGE_TIMEOUT_SECONDS)
def combine(deduped: Deduped, listings: Tagged, reviews: list[Review], dirs: RunDirs) -> Tagged:
    combined = combine_night(deduped, Path(listings.meetings_path), dirs.work / "combined.parquet")
    return review_table(combined, dirs.work / "tagged.parquet", dirs.work / QUEUE_FILE, reviews)


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
    geocoded: Geocoded,
    deduped: Deduped,
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
        extra_tables={"merges": (Path(deduped.pairs_path), MERGES_SCHEMA)},
        extra_files={QUEUE_FILE: copy_queue},
        extra_manifest={
            "reviews": tagged.reviews,
            "review_queue": {"rows": tagged.queue_rows},
            "mat": tagged.mat,
            "mat_decided_by": tagged.decided_by,
            "geocode": geocoded.summary,
            "dedupe": deduped.stats,
            "mat_cache": tagged.cache,
            "carry": carried.policy,
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


def add_counters(reports: dict[str, SourceReport], counters: dict[str, dict[str, int]]) -> None:
    """A later stage's per-source counters into each source's report (sources.parquet)."""
    for source_id, counts in counters.items():
        if source_id in reports:
            reports[source_id].add_counters(counts)


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
    geocoder: str | None = None,
    max_stale_nights: int | None = None,
    accept_drop: list[str] | None = None,
) -> Path:
    """Crawl every enabled source, normalize, geocode, dedupe, tag; publish under `data_dir`.

    `reviews_path` is a review file or folder (MAT reviews, geocode.csv, merges.csv); by
    default the repo's reviews/ when present. `geocoder` names a geopy service replacing
    the sources file's `[geocoder]` one ("offline" for none). `max_stale_nights`
    overrides the sources file's `[carry]` limit for this run; `accept_drop` names
    sources whose sharp drop is accepted rather than held back. `invoked_at` (a
    `time.time()` from the caller) lets the manifest say how long Prefect took to start
    before the flow ran.

    Sources and maintainers' files are read first, so a mistake in any stops the run
    before any crawling, with the file and entry or line named.
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
    geocoder_config = with_service(sources.geocoder, geocoder)
    policy = CarryPolicy.of(
        sources, max_stale_nights=max_stale_nights, accept_drop=accept_drop or ()
    )
    if reviews_path is None and DEFAULT_REVIEWS.is_dir():
        reviews_path = DEFAULT_REVIEWS
    maintainers = load_maintainer_files(reviews_path)
    logger.info(
        "from %s: %d MAT reviews, %d geocode overrides, %d merge reviews",
        reviews_path or "nowhere", len(maintainers.mat), len(maintainers.overrides),
        len(maintainers.merges),
    )  # fmt: skip
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

    carried = carry(normalized, dirs, started_at, policy)
    lap("carry")
    logger.info(
        "carried forward: %d meetings (%d stale); %d dropped, stale past %d nights",
        carried.meetings, carried.stale, carried.policy.get("dropped_meetings", 0),
        policy.max_stale_nights,
    )  # fmt: skip

    # MAT reads only each listing's words: it tags beside geocoding and dedupe
    listings = tag.submit(carried, dirs)
    settings = GeocodeSettings(
        data_dir=dirs.data_dir,
        geocoder=geocoder_config,
        overrides=maintainers.overrides,
        today=started_at.date(),
    )
    geocoded = geocode(carried, settings, dirs)
    add_counters(carried.reports, geocoded.counters)
    logger.info("geocoded %d meetings: %s", carried.meetings, geocoded.summary["precision"])
    deduped = dedupe(
        geocoded, source_priorities(sources.enabled), maintainers.merges, carried, dirs
    )
    add_counters(carried.reports, deduped.counters)
    logger.info(
        "deduped %d listings into %d meetings (%d pairs merged, %d near the threshold)",
        deduped.stats["listings_in"], deduped.stats["meetings_out"],
        deduped.stats["pairs_merged"], deduped.stats["pairs_near_threshold"],
    )  # fmt: skip
    listings_tagged = listings.result()
    lap("geocode_dedupe_tag")  # wall time of the three; each one's own time below
    timings.update(geocode=geocoded.seconds, dedupe=deduped.seconds, tag=listings_tagged.seconds)
    tagged = combine(deduped, listings_tagged, maintainers.mat, dirs)
    tagged.cache = listings_tagged.cache  # the decision cache works per listing
    lap("combine")
    logger.info(
        "MAT: %s; %d reviews applied, %d orphaned",
        tagged.mat, tagged.reviews["applied"], len(tagged.reviews["orphaned"]),
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
        dirs, sources, normalized, started_at, carried, geocoded, deduped, tagged, changes,
        timings, night,
    )  # fmt: skip
    logger.info(
        "published %s (%s)", release, ", ".join(f"{k} {v:.1f}s" for k, v in timings.items())
    )
    publish_summary(release)
    return release


def publish_summary(release: Path) -> None:
    """The night's summary as a Prefect markdown artifact (the Artifacts page of the UI).

    The release is already published; a Prefect API that refuses the artifact is logged
    as a warning rather than failing a night whose data is out.
    """
    manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
    try:
        create_markdown_artifact(
            key=ARTIFACT_KEY,
            markdown=night_summary(manifest, str(release)),
            description=f"allpaths release {manifest['version']}",
        )
    except Exception as exc:  # the release stands; say why there is no summary
        get_run_logger().warning("night summary artifact not created: %s", exc)


def serve_nightly(
    cron: str, timezone: str, parameters: dict[str, object], name: str = "allpaths-nightly"
) -> None:
    """Register the nightly schedule with the configured Prefect server and run it (blocks)."""
    nightly.serve(name=name, schedule=Cron(cron, timezone=timezone), parameters=parameters)


if __name__ == "__main__":
    nightly()
