"""Fetch sources and keep each response as it came: bytes, status, validators, sha256.

Feed platforms (Meeting Guide JSON, and later BMLT, NDJSON) publish one document per
source, so the crawl does not split it into meetings: that is normalize's job, on the
stored payload. The spider yields no items; each source leaves two files in the output
folder, `<source>.body` (the bytes) and `<source>.json` (a `pipeline.types.Fetched`).

A request that fails (HTTP error, robots.txt, DNS, timeout) is recorded the same way
with its reason, by that request's own errback: one broken source costs only itself.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from pipeline.limits import DOWNLOAD_MAXSIZE, MIB, RETRY_AFTER_MAX_SECONDS
from pipeline.types import Fetched
from schemas.sources import SourceConfig
from spiders.retry_after import too_long_to_wait

EXCERPT_CHARS = 500


def failure_detail(error: BaseException | None) -> str:
    """What went wrong with a request, in a maintainer's words where Scrapy's are obscure."""
    name = type(error).__name__
    detail = str(error) or name
    if name == "IgnoreRequest" and "robots" in detail.lower():
        return "forbidden by robots.txt"
    if "DOWNLOAD_MAXSIZE" in detail or name in {"DownloadCancelledError", "CancelledError"}:
        return (
            f"response larger than the {DOWNLOAD_MAXSIZE // MIB} MiB download limit "
            "(after decompression); not read"
        )
    return detail


class BatchEntry:
    """One source of a crawl batch: its config, the URL to fetch and conditional headers."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.source = SourceConfig.model_validate(document["source"])
        self.url: str = document["url"]
        self.headers: dict[str, str] = document.get("headers", {})

    def public_url(self, fetched_url: str) -> str:
        """The URL to publish: a `local:` source's own URL, not the local server's port of
        the day (which would make every meeting look changed in every release)."""
        return self.source.url if self.source.is_local else fetched_url


def read_batch(path: Path) -> list[BatchEntry]:
    return [BatchEntry(d) for d in json.loads(path.read_text(encoding="utf-8"))]


class PayloadSpider(scrapy.Spider):
    """Fetch every source of a batch once; store what each answered."""

    name = "payload"

    def __init__(self, batch: str, out_dir: str, platforms: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        wanted = set(platforms.split(",")) if platforms else None
        self.entries = [
            e for e in read_batch(Path(batch)) if wanted is None or e.source.platform in wanted
        ]
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for index, entry in enumerate(self.entries):
            yield scrapy.Request(
                entry.url,
                headers=entry.headers,
                callback=self.store,
                errback=self.failed,
                dont_filter=True,
                meta={"entry": index, "handle_httpstatus_list": [304]},
            )

    @staticmethod
    def now() -> str:
        return datetime.now(UTC).isoformat()

    def write(self, fetched: Fetched, body: bytes | None = None) -> None:
        if body is not None:
            (self.out_dir / f"{fetched.source_id}.body").write_bytes(body)
        # the record goes last: its presence means the body is complete
        (self.out_dir / f"{fetched.source_id}.json").write_text(fetched.to_json(), encoding="utf-8")

    def store(self, response: Response) -> None:
        entry = self.entries[response.meta["entry"]]
        header = response.headers.get
        etag = header("ETag")
        modified = header("Last-Modified")
        content_type = header("Content-Type")
        common: dict[str, Any] = dict(
            source_id=entry.source.id,
            url=entry.url,
            public_url=entry.public_url(response.url),
            fetched_at=self.now(),
            status=response.status,
            etag=etag.decode("latin-1") if etag else None,
            last_modified=modified.decode("latin-1") if modified else None,
            content_type=content_type.decode("latin-1") if content_type else None,
        )
        stats = self.crawler.stats
        if response.status == 304:
            if stats:
                stats.inc_value("allpaths/not_modified")
            self.write(Fetched(**common, not_modified=True))
            return
        body = response.body
        path = self.out_dir / f"{entry.source.id}.body"
        if stats:
            stats.inc_value("allpaths/payloads")
            stats.inc_value("allpaths/payload_bytes", len(body))
        self.write(
            Fetched(
                **common,
                body_path=str(path),
                size=len(body),
                sha256=hashlib.sha256(body).hexdigest(),
            ),
            body,
        )

    def failed(self, failure: Failure) -> None:
        """Record a failed request (HTTP error, robots.txt, DNS, timeout) as its source's."""
        request = failure.request  # type: ignore[attr-defined]
        entry = self.entries[request.meta["entry"]]
        status, excerpt = None, ""
        if isinstance(failure.value, HttpError):
            response = failure.value.response
            status = response.status
            reason = f"HTTP {response.status} from {response.url}"
            wait = too_long_to_wait(response)
            if wait is not None:
                reason += (
                    f"; the server asked to retry after {wait:.0f} s, longer than the "
                    f"{RETRY_AFTER_MAX_SECONDS:.0f} s a night waits"
                )
            excerpt = response.body[:EXCERPT_CHARS].decode("utf-8", errors="replace")
        else:
            reason = f"request failed: {failure_detail(failure.value)}"
        if self.crawler.stats:
            self.crawler.stats.inc_value("allpaths/failed")
        self.logger.warning("%s: %s", entry.source.id, reason)
        self.write(
            Fetched(
                source_id=entry.source.id,
                url=entry.url,
                public_url=entry.public_url(entry.url),
                fetched_at=self.now(),
                status=status,
                error=reason,
                excerpt=excerpt,
            )
        )
