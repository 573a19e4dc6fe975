"""Retries with exponential backoff: Scrapy's RetryMiddleware, each retry waiting longer.

Scrapy retries a transient failure (5xx, 429, timeout, refused connection) at once; a
volunteer's server that is struggling deserves a pause. The n-th retry of a request waits
`RETRY_BACKOFF_BASE * 2**(n-1)` seconds (at most `RETRY_BACKOFF_MAX`) before it is sent.
The wait happens before the request reaches its host's download slot, so other hosts'
requests go on meanwhile. 401 and 403 are never retried (not in RETRY_HTTP_CODES).
"""

from __future__ import annotations

import asyncio
from typing import Self

import scrapy
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware

BACKOFF_META = "allpaths_backoff_seconds"


class BackoffRetryMiddleware(RetryMiddleware):
    """Retry like Scrapy, later each time."""

    def __init__(self, settings: scrapy.settings.BaseSettings) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.ceiling = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = cls(crawler.settings)
        middleware.crawler = crawler
        return middleware

    def _retry(
        self, request: scrapy.Request, reason: str | Exception | type[Exception]
    ) -> scrapy.Request | None:
        retry = super()._retry(request, reason)
        if retry is not None:
            attempt = int(retry.meta.get("retry_times", 1))
            delay = min(self.base * 2 ** (attempt - 1), self.ceiling)
            retry.meta[BACKOFF_META] = delay
            if self.crawler.stats:
                self.crawler.stats.inc_value("allpaths/backoff_seconds", delay)
        return retry

    async def process_request(self, request: scrapy.Request) -> None:
        delay = request.meta.pop(BACKOFF_META, 0.0)
        if delay:
            await asyncio.sleep(delay)
