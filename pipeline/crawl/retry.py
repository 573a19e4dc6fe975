"""When a crawl process is worth a second try, and how long to wait before it.

Scrapy retries each request itself (5xx, 429, connection errors; `spiders/settings.py`),
and a source whose request still fails fails alone. What those retries cannot cover is
the crawl process dying (killed for memory, a crash in the reactor, a fork that failed):
then a whole batch of sources has no response. The flow's crawl task runs such a batch
again, with exponential backoff and jitter so a struggling host or machine gets air.

A process stopped by the hard timeout is not retried: it has already used the night's
budget for that batch, and its sources fail (keeping their last meetings, stale).
"""

from __future__ import annotations

from pipeline.types import CrawlSummary

#: Extra attempts of a batch whose crawl process failed.
CRAWL_RETRIES = 2
#: Seconds before the first retry; each later one waits twice as long (30 s, 60 s).
CRAWL_RETRY_BACKOFF = 30
#: Each wait varies by up to this share, so batches do not retry in lockstep.
CRAWL_RETRY_JITTER = 0.5
#: How `pipeline/crawl/process.py` words a process stopped by its hard timeout.
TIMEOUT_MARK = "crawl killed after"


class CrawlProcessFailed(RuntimeError):
    """A batch's crawl process failed; raised so Prefect retries the task."""


def worth_retrying(summary: CrawlSummary, attempt: int, retries: int = CRAWL_RETRIES) -> bool:
    """True when the batch's process failed (not by timeout) and attempts remain.

    `attempt` counts from 1. On the last attempt the partial summary is kept instead:
    sources fetched before the failure keep their payloads, the rest fail alone.
    """
    if summary.error is None or summary.error.startswith(TIMEOUT_MARK):
        return False
    return attempt <= retries
