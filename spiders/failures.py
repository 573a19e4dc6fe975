"""Why a request failed, in one sentence and one kind, for the source's stats.

A source's failure is recorded with its reason (sources.parquet `error`, the manifest)
and counted by kind (`failure/<kind>`): dns, timeout, connection, http_5xx, rate_limited,
forbidden (401/403: the feed's owner restricted it; respected, never retried), http_4xx,
robots (robots.txt disallows us) and network. A payload that arrives but cannot be read
is `malformed`, decided in normalize.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import scrapy
import scrapy.exceptions as scrapy_errors
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)

#: HTTP statuses that say "not for you": respected, not retried (not in RETRY_HTTP_CODES).
FORBIDDEN_STATUSES = frozenset({401, 403})


def _errors(*names: str) -> tuple[type[BaseException], ...]:
    """Scrapy's own download errors (2.14+), where this Scrapy has them."""
    found = (getattr(scrapy_errors, name, None) for name in names)
    return tuple(e for e in found if isinstance(e, type))


DNS_ERRORS: tuple[type[BaseException], ...] = (
    DNSLookupError,
    *_errors("CannotResolveHostError"),
)
TIMEOUT_ERRORS: tuple[type[BaseException], ...] = (
    TimeoutError,
    TCPTimedOutError,
    *_errors("DownloadTimeoutError"),
)
REFUSED_ERRORS: tuple[type[BaseException], ...] = (
    ConnectionRefusedError,
    *_errors("DownloadConnectionRefusedError"),
)


def _retried(request: scrapy.Request) -> str:
    times = int(request.meta.get("retry_times", 0))
    return f", after {times} {'retry' if times == 1 else 'retries'}" if times else ""


def describe_failure(error: BaseException, request: scrapy.Request) -> tuple[str, str]:
    """(kind, reason) of a failed request; the reason names the URL or host."""
    host = urlsplit(request.url).netloc
    if isinstance(error, HttpError):
        response = error.response
        status = response.status
        if status in FORBIDDEN_STATUSES:
            return "forbidden", (
                f"HTTP {status} from {response.url}: access restricted by the feed's owner "
                "(respected, not retried)"
            )
        if status == 429:
            retried = _retried(request)
            return "rate_limited", f"HTTP 429 from {response.url} (rate limited{retried})"
        if status >= 500:
            retried = _retried(request)
            return "http_5xx", f"HTTP {status} from {response.url} (server error{retried})"
        return "http_4xx", f"HTTP {status} from {response.url}"
    detail = str(error) or type(error).__name__
    if isinstance(error, IgnoreRequest) and "robots" in detail.lower():
        return "robots", "request failed: forbidden by robots.txt"
    if isinstance(error, DNS_ERRORS):
        return "dns", f"request failed: DNS lookup failed for {host}"
    if isinstance(error, TIMEOUT_ERRORS):
        limit = request.meta.get("download_timeout")
        within = f" within {limit:g} s" if isinstance(limit, int | float) else ""
        retried = _retried(request)
        return "timeout", f"request failed: timeout, no answer from {host}{within}{retried}"
    if isinstance(error, REFUSED_ERRORS):
        return "connection", f"request failed: connection refused by {host}{_retried(request)}"
    return "network", f"request failed: {detail}{_retried(request)}"
