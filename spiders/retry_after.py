"""Honour a server's `Retry-After`, up to a bound: the retry middleware, made patient.

A volunteer's server that answers 429 (too many requests) or 503 with `Retry-After: 30`
is asking us to come back in 30 seconds. Scrapy's own retry middleware retries at once,
which is rude and usually fails again. This one waits what the server asks, when that is
at most `pipeline.limits.RETRY_AFTER_MAX_SECONDS`; a longer wait is not retried, and the
source fails with the server's figure in its reason (see `spiders/payload.py`), so one
server cannot hold the night. Answers without the header are retried as Scrapy does.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy import Request
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.response import response_status_message
from twisted.internet.task import deferLater

from pipeline.limits import RETRY_AFTER_MAX_SECONDS
from spiders.backoff import BACKOFF_META, BackoffRetryMiddleware


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a `Retry-After` header asks for (a number or an HTTP date); None if unreadable."""
    if value is None:
        return None
    text = (value.decode("latin-1") if isinstance(value, bytes) else value).strip()
    if not text:
        return None
    if text.isdigit():
        return float(text[:9])
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def too_long_to_wait(response: Response) -> float | None:
    """The `Retry-After` of a response when it asks for longer than we wait, else None."""
    wait = retry_after_seconds(response.headers.get("Retry-After"))
    return wait if wait is not None and wait > RETRY_AFTER_MAX_SECONDS else None


class RetryAfterMiddleware(BackoffRetryMiddleware):
    """Retries with backoff (spiders/backoff.py); a bounded `Retry-After` replaces the
    backoff's own wait when the server gives one."""

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response, spider: object = None
    ) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        if wait is not None and wait > RETRY_AFTER_MAX_SECONDS:
            return response  # not retried: the errback names the wait asked for
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        if wait:
            retry.meta.pop(BACKOFF_META, None)  # the server's wait, not ours on top
            stats = self.crawler.stats
            if stats:
                stats.inc_value("allpaths/retry_after_waits")
                stats.inc_value("allpaths/retry_after_seconds", round(wait))
            from twisted.internet import reactor  # the crawl's installed reactor, not a new one

            await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        return retry
