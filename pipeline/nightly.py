"""The nightly run as plain functions; flows/nightly.py only orchestrates them.

Kept free of Prefect so every stage is testable, and callable from a notebook or cron.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pipeline.carry.changes import diff_meetings
from pipeline.carry.forward import carry_forward
from pipeline.crawl.local_server import LocalFeedServer
from pipeline.mat.queue import build_queue, write_queue
from pipeline.mat.reviews import Review, ReviewOutcome, apply_reviews
from pipeline.mat.tagging import tag_meetings
from pipeline.normalize.source import normalize_source
from pipeline.publish.releases import load_previous, unique_version
from pipeline.publish.write import ReleaseContent, write_release
from pipeline.types import CrawlResult, SourceBatch, SourceReport
from schemas.meeting import Meeting
from schemas.sources import SourcesFile

#: Pipeline progress goes to this logger; the CLI asks Prefect to show it with its own.
log = logging.getLogger("allpaths")

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = REPO_ROOT / "demo" / "sources.toml"
#: Maintainers' review files, kept in the repo beside the code.
DEFAULT_REVIEWS = REPO_ROOT / "reviews"


@contextlib.contextmanager
def source_urls(sources: SourcesFile) -> Iterator[dict[str, str]]:
    """The URL to crawl for each enabled source; `local:` ones served while the block runs."""
    local = [s for s in sources.enabled if s.is_local]
    if not local:
        yield {s.id: s.url for s in sources.enabled}
        return
    with LocalFeedServer(sources.base_dir) as server:
        urls = {s.id: s.url for s in sources.enabled}
        urls.update({s.id: server.url_for(s.local_path) for s in local})
        yield urls


def batch_from_crawl(sources: SourcesFile, crawl: CrawlResult) -> SourceBatch:
    """Normalize a crawl; a crawl that produced nothing at all is a failed source."""
    source = next(s for s in sources.sources if s.id == crawl.source_id)
    batch = normalize_source(source, crawl.items)
    if crawl.error and batch.fetched == 0:
        batch.failure = crawl.error if batch.failure is None else f"{batch.failure}; {crawl.error}"
    return batch


def work_dir_for(data_dir: Path) -> Path:
    """Scratch space for crawl output; only the latest run's is kept, for debugging."""
    work = data_dir / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    return work


@dataclass
class Assembled:
    """This run's meetings after carry-forward, with what the last release held."""

    previous_version: str | None
    previous_meetings: list[Meeting]
    meetings: list[Meeting]
    reports: dict[str, SourceReport]


def assemble(
    data_dir: Path, crawls: list[CrawlResult], batches: list[SourceBatch], started_at: datetime
) -> Assembled:
    """Carry the last release forward: first_seen dates, stale rows for failed sources."""
    previous = load_previous(data_dir)
    previous_meetings = previous.meetings if previous else []
    meetings, reports = carry_forward(batches, previous_meetings, started_at)
    for crawl in crawls:
        reports[crawl.source_id].crawl_seconds = crawl.seconds
    log.info(
        "carried forward: %d meetings (%d stale)", len(meetings), sum(m.stale for m in meetings)
    )
    return Assembled(previous.version if previous else None, previous_meetings, meetings, reports)


def tag_and_review(meetings: list[Meeting], reviews: list[Review]) -> ReviewOutcome:
    """MAT-tag every meeting, then let maintainers' reviews win."""
    started = time.monotonic()
    outcome = apply_reviews(tag_meetings(meetings), reviews)
    log.info(
        "MAT-tagged %d meetings in %.1fs: %s; %d reviews applied, %d orphaned",
        len(meetings), time.monotonic() - started,
        dict(Counter(m.mat_status for m in outcome.meetings)), len(outcome.applied),
        len(outcome.orphans),
    )  # fmt: skip
    return outcome


def publish_run(
    data_dir: Path,
    sources: SourcesFile,
    batches: list[SourceBatch],
    started_at: datetime,
    assembled: Assembled,
    reviewed: ReviewOutcome,
) -> Path:
    """Diff against the last release, build the review queue and write the release."""
    meetings = reviewed.meetings
    queue = build_queue(
        meetings,
        previous_ids={m.meeting_id for m in assembled.previous_meetings},
        text_changed=set(reviewed.text_changed),
    )
    content = ReleaseContent(
        version=unique_version(data_dir, started_at),
        started_at=started_at,
        previous_version=assembled.previous_version,
        meetings=meetings,
        rejects=[r for b in batches for r in b.rejects],
        sources=sources.sources,
        reports=assembled.reports,
        changes=diff_meetings(assembled.previous_meetings, meetings),
        extra_files={"review-queue.csv": lambda path: write_queue(queue, path)},
        extra_manifest={
            "reviews": reviewed.summary(),
            "review_queue": {"rows": len(queue)},
            "mat": dict(Counter(m.mat_status for m in meetings)),
        },
    )
    started = time.monotonic()
    release = write_release(data_dir, content)
    log.info(
        "published %s in %.1fs (%d review-queue rows)",
        release,
        time.monotonic() - started,
        len(queue),
    )
    return release
