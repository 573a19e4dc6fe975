"""The nightly Prefect flow: crawl each source, normalize, publish. Logic lives in pipeline/.

Runs locally with no Prefect server configured (Prefect starts a temporary one); on a
server, `allpaths serve` registers it with a nightly cron.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.schedules import Cron
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline.crawl.process import run_crawl
from pipeline.mat.reviews import Review, ReviewOutcome, load_reviews
from pipeline.nightly import (
    DEFAULT_REVIEWS,
    DEFAULT_SOURCES,
    Assembled,
    assemble,
    batch_from_crawl,
    publish_run,
    source_urls,
    tag_and_review,
    work_dir_for,
)
from pipeline.publish.lock import holding_data_dir
from pipeline.types import CrawlResult, SourceBatch
from schemas.sources import SourceConfig, SourcesFile, load_sources


class CrawlFailed(RuntimeError):
    """A crawl process that died; raised so Prefect's retry applies."""


@task(retries=1, retry_delay_seconds=5, cache_policy=NO_CACHE, task_run_name="crawl-{source.id}")
def crawl_source(
    source: SourceConfig, url: str, work_dir: Path, http_cache_dir: Path | None
) -> CrawlResult:
    result = run_crawl(source, url, work_dir, http_cache_dir=http_cache_dir)
    if result.error and not result.items:
        raise CrawlFailed(f"{source.id}: {result.error}")
    return result


@task(cache_policy=NO_CACHE, task_run_name="normalize-{crawl.source_id}")
def normalize(sources: SourcesFile, crawl: CrawlResult) -> SourceBatch:
    batch = batch_from_crawl(sources, crawl)
    get_run_logger().info(
        "%s: fetched %d, valid %d, rejected %d%s",
        batch.source_id,
        batch.fetched,
        len(batch.meetings),
        len(batch.rejects),
        f", FAILED: {batch.failure}" if batch.failure else "",
    )
    return batch


@task(cache_policy=NO_CACHE, task_run_name="carry-forward")
def carry(
    data_dir: Path, crawls: list[CrawlResult], batches: list[SourceBatch], started_at: datetime
) -> Assembled:
    return assemble(data_dir, crawls, batches, started_at)


@task(cache_policy=NO_CACHE, task_run_name="tag-mat")
def tag(assembled: Assembled, reviews: list[Review]) -> ReviewOutcome:
    return tag_and_review(assembled.meetings, reviews)


@task(cache_policy=NO_CACHE, task_run_name="publish")
def publish(
    data_dir: Path,
    sources: SourcesFile,
    batches: list[SourceBatch],
    started_at: datetime,
    assembled: Assembled,
    reviewed: ReviewOutcome,
) -> Path:
    return publish_run(data_dir, sources, batches, started_at, assembled, reviewed)


#: Crawl processes at once. Each is one Scrapy process on one host; politeness is per
#: host inside Scrapy, this bound keeps a machine with hundreds of sources responsive.
CRAWL_CONCURRENCY = 4


@flow(
    name="allpaths-nightly",
    log_prints=True,
    task_runner=ThreadPoolTaskRunner(max_workers=CRAWL_CONCURRENCY),  # type: ignore[arg-type]
)
@holding_data_dir  # one run at a time per data dir; leftovers of crashed runs removed
def nightly(
    sources_path: Path = DEFAULT_SOURCES,
    data_dir: Path = Path("data"),
    http_cache_dir: Path | None = None,
    reviews_path: Path | None = None,
) -> Path:
    """Crawl every enabled source, normalize, tag, and publish one release under `data_dir`.

    `reviews_path` is a review file or folder; by default the repo's reviews/ when present.

    Sources and review files are read first, so a mistake in either stops the run before
    any crawling, with the file and entry or line named.
    """
    logger = get_run_logger()
    started_at = datetime.now(UTC)
    sources = load_sources(sources_path)
    if reviews_path is None and DEFAULT_REVIEWS.is_dir():
        reviews_path = DEFAULT_REVIEWS
    reviews = load_reviews(reviews_path)
    logger.info("%d reviews loaded from %s", len(reviews), reviews_path or "nowhere")
    work_dir = work_dir_for(data_dir)
    logger.info("crawling %d sources from %s", len(sources.enabled), sources.path)
    crawls: list[CrawlResult] = []
    with source_urls(sources) as urls:
        futures = [
            crawl_source.submit(source, urls[source.id], work_dir, http_cache_dir)
            for source in sources.enabled
        ]
        for source, future in zip(sources.enabled, futures, strict=True):
            outcome = future.result(raise_on_failure=False)
            if isinstance(outcome, BaseException):
                outcome = CrawlResult(source_id=source.id, url=urls[source.id], error=str(outcome))
            logger.info(
                "crawled %s: %d items in %.1fs%s",
                source.id,
                len(outcome.items),
                outcome.seconds,
                f" ({outcome.error})" if outcome.error else "",
            )
            crawls.append(outcome)
    batches = [normalize(sources, crawl) for crawl in crawls]
    assembled = carry(data_dir, crawls, batches, started_at)
    reviewed = tag(assembled, reviews)
    release = publish(data_dir, sources, batches, started_at, assembled, reviewed)
    logger.info("published %s", release)
    return release


def serve_nightly(
    cron: str, timezone: str, parameters: dict[str, object], name: str = "allpaths-nightly"
) -> None:
    """Register the nightly schedule with the configured Prefect server and run it (blocks)."""
    nightly.serve(name=name, schedule=Cron(cron, timezone=timezone), parameters=parameters)


if __name__ == "__main__":
    nightly()
