"""The base of every platform spider: one source, raw records out, problems as items.

A failed request or an unreadable response becomes a `FeedProblem` item rather than a log
line, so the failure reaches the release (rejects table, stale carry-forward) instead of
disappearing into Scrapy's log.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from schemas.raw import FeedProblem, RawRecord
from schemas.sources import SourceConfig

EXCERPT_CHARS = 500


class SourceSpider(scrapy.Spider):
    """Crawl one configured source. Subclasses set `platform` and implement `parse`."""

    platform: str = ""

    def __init__(self, source: str | dict[str, Any], url: str | None = None, **kwargs: Any):
        config = (
            SourceConfig.model_validate_json(source)
            if isinstance(source, str)
            else SourceConfig.model_validate(source)
        )
        super().__init__(name=f"{self.platform}:{config.id}", **kwargs)
        self.source = config
        self.url = url or config.url

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield scrapy.Request(self.url, callback=self.parse, errback=self.on_error, dont_filter=True)

    @staticmethod
    def now() -> datetime:
        return datetime.now(UTC)

    def public_url(self, fetched_url: str) -> str:
        """The URL to publish: a `local:` source's own URL, not the local server's port of
        the day (which would make every meeting look changed in every release)."""
        return self.source.url if self.source.is_local else fetched_url

    def record(self, response: Response, raw: Any, own_id: str | None) -> dict[str, Any]:
        return RawRecord(
            source_id=self.source.id,
            source_meeting_id=own_id,
            source_url=self.public_url(response.url),
            raw=raw,
            fetched_at=self.now(),
        ).model_dump(mode="json")

    def problem(self, url: str, reason: str, excerpt: str = "") -> dict[str, Any]:
        self.crawler.stats.inc_value("allpaths/feed_problem")
        self.logger.warning("%s: %s", self.source.id, reason)
        return FeedProblem(
            source_id=self.source.id,
            source_url=self.public_url(url),
            reason=reason,
            excerpt=excerpt[:EXCERPT_CHARS],
            fetched_at=self.now(),
        ).model_dump(mode="json")

    def on_error(self, failure: Failure) -> Iterator[dict[str, Any]]:
        """Turn a failed request (HTTP error, robots.txt, DNS, timeout) into a feed problem."""
        request = getattr(failure, "request", None)
        url = request.url if request is not None else self.url
        if isinstance(failure.value, HttpError):
            response = failure.value.response
            reason = f"HTTP {response.status} from {response.url}"
            excerpt = response.text[:EXCERPT_CHARS] if hasattr(response, "text") else ""
            yield self.problem(url, reason, excerpt)
            return
        name = type(failure.value).__name__
        reason = str(failure.value) or name
        if name == "IgnoreRequest" and "robots" in reason.lower():
            reason = "forbidden by robots.txt"
        yield self.problem(url, f"request failed: {reason}")
