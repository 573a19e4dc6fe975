"""The nightly run as plain functions; flows/nightly.py only orchestrates them.

Kept free of Prefect so every stage is testable, and callable from a notebook or cron.
"""

from __future__ import annotations

import contextlib
import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from pipeline.carry import SourceReport, carry_forward
from pipeline.changes import diff_meetings
from pipeline.crawl import CrawlResult
from pipeline.local_server import LocalFeedServer
from pipeline.mat.queue import build_queue, write_queue
from pipeline.mat.reviews import Review, apply_reviews
from pipeline.mat.tagging import tag_meetings
from pipeline.normalize import SourceBatch, normalize_source
from pipeline.publish import ReleaseContent, write_release
from pipeline.release import load_previous, unique_version
from schemas.sources import SourcesFile

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


def publish_run(
    data_dir: Path,
    sources: SourcesFile,
    crawls: list[CrawlResult],
    batches: list[SourceBatch],
    started_at: datetime,
    reviews: list[Review] | None = None,
) -> tuple[Path, dict[str, SourceReport]]:
    """Carry forward, tag, apply reviews, diff and write the release.

    Returns the release path and the per-source reports.
    """
    previous = load_previous(data_dir)
    previous_meetings = previous.meetings if previous else []
    carried, reports = carry_forward(batches, previous_meetings, started_at)
    for crawl in crawls:
        reports[crawl.source_id].crawl_seconds = crawl.seconds
    reviewed = apply_reviews(tag_meetings(carried), reviews or [])
    meetings = reviewed.meetings
    queue = build_queue(
        meetings,
        previous_ids={m.meeting_id for m in previous_meetings},
        text_changed=set(reviewed.text_changed),
    )
    content = ReleaseContent(
        version=unique_version(data_dir, started_at),
        started_at=started_at,
        previous_version=previous.version if previous else None,
        meetings=meetings,
        rejects=[r for b in batches for r in b.rejects],
        sources=sources.sources,
        reports=reports,
        changes=diff_meetings(previous_meetings, meetings),
        extra_files={"review-queue.csv": lambda path: write_queue(queue, path)},
        extra_manifest={
            "reviews": reviewed.summary(),
            "review_queue": {"rows": len(queue)},
            "mat": dict(Counter(m.mat_status for m in meetings)),
        },
    )
    return write_release(data_dir, content), reports
