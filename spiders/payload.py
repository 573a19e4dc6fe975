"""Fetch sources and keep each response as it came: bytes, status, validators, sha256.

Feed platforms publish one document per source, so the crawl does not split it into
meetings: that is normalize's job, on the stored payload. The spider yields no items;
each source leaves `<source>.body` (the bytes) and `<source>.json` (a
`pipeline.types.Fetched`) in the output folder.

A source fetched in several requests (a BMLT server's three answers, an export's
manifest and files; `pipeline/crawl/plans.py`) is asked one request at a time, each
after the last has answered, so a server never has two of ours in flight. Its further
responses land in `<source>.parts/` and are listed in the record. A 304 to a part's
conditional request, or an export file whose manifest SHA-256 matches last night's copy,
reuses that copy (from the state dir) instead of the network.

A request that fails (HTTP error, robots.txt, DNS, timeout) is recorded the same way
with its reason, by that request's own errback: one broken source costs only itself.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import deque
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from pipeline.crawl.plans import (
    MULTI_REQUEST_PLATFORMS,
    PlannedRequest,
    first_requests,
    follow_ups,
)
from pipeline.limits import DOWNLOAD_MAXSIZE, MIB, RETRY_AFTER_MAX_SECONDS
from pipeline.types import Fetched, FetchedPart
from schemas.sources import SourceConfig
from spiders.failures import describe_failure
from spiders.retry_after import too_long_to_wait
from spiders.settings import LOCAL_SLOT

EXCERPT_CHARS = 500


def too_large(error: BaseException | None) -> bool:
    """A download Scrapy cancelled at DOWNLOAD_MAXSIZE (also after decompression)."""
    name = type(error).__name__
    return "DOWNLOAD_MAXSIZE" in str(error) or name in {"DownloadCancelledError", "CancelledError"}


def failure_detail(error: BaseException | None) -> str:
    """What went wrong with a request, in a maintainer's words where Scrapy's are obscure."""
    name = type(error).__name__
    detail = str(error) or name
    if name == "IgnoreRequest" and "robots" in detail.lower():
        return "forbidden by robots.txt"
    if too_large(error):
        return (
            f"response larger than the {DOWNLOAD_MAXSIZE // MIB} MiB download limit "
            "(after decompression); not read"
        )
    return detail


class BatchEntry:
    """One source of a crawl batch: its config, the URL to fetch and conditional headers.

    `parts` holds, per request name of a multi-request source, last night's validators
    (`headers`), the stored copy (`cached`) and its `sha256`.
    """

    def __init__(self, document: dict[str, Any]) -> None:
        self.source = SourceConfig.model_validate(document["source"])
        self.url: str = document["url"]
        self.headers: dict[str, str] = document.get("headers", {})
        self.parts: dict[str, dict[str, Any]] = document.get("parts", {})

    def public_url(self, fetched_url: str) -> str:
        """The URL to publish: a `local:` source's own URL, not the local server's port of
        the day (which would make every meeting look changed in every release)."""
        return self.source.url if self.source.is_local else fetched_url

    def cached(self, name: str) -> Path | None:
        path = self.parts.get(name, {}).get("cached")
        return Path(path) if path and Path(path).is_file() else None


def read_batch(path: Path) -> list[BatchEntry]:
    return [BatchEntry(d) for d in json.loads(path.read_text(encoding="utf-8"))]


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


@dataclass
class SourceFetch:
    """A multi-request source under way: what is left to ask and what has answered."""

    queue: deque[PlannedRequest]
    parts: list[FetchedPart] = field(default_factory=list)
    first_url: str | None = None
    downloaded: int = 0


class PayloadSpider(scrapy.Spider):
    """Fetch every source of a batch; store what each answered."""

    name = "payload"

    def __init__(self, batch: str, out_dir: str, platforms: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        wanted = set(platforms.split(",")) if platforms else None
        self.entries = [
            e for e in read_batch(Path(batch)) if wanted is None or e.source.platform in wanted
        ]
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.fetches: dict[int, SourceFetch] = {}

    def request(
        self, index: int, url: str, headers: dict[str, str], name: str | None = None
    ) -> scrapy.Request:
        entry = self.entries[index]
        meta: dict[str, Any] = {"entry": index, "part": name, "handle_httpstatus_list": [304]}
        if entry.source.is_local:  # our own loopback server: no politeness delay
            meta.update(download_slot=LOCAL_SLOT, autothrottle_dont_adjust_delay=True)
        return scrapy.Request(
            url,
            headers=headers,
            callback=self.store if name is None else self.store_part,
            errback=self.failed,
            dont_filter=True,
            meta=meta,
        )

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for index, entry in enumerate(self.entries):
            if entry.source.platform in MULTI_REQUEST_PLATFORMS:
                plan = first_requests(entry.source, entry.url)
                self.fetches[index] = SourceFetch(queue=deque(plan))
                for request in self.next_part(index):
                    yield request
            else:
                yield self.request(index, entry.url, entry.headers)

    @staticmethod
    def now() -> str:
        return datetime.now(UTC).isoformat()

    def count(self, key: str, value: int = 1) -> None:
        if self.crawler.stats:
            self.crawler.stats.inc_value(key, value)

    def write(self, fetched: Fetched, body: bytes | None = None) -> None:
        if body is not None:
            (self.out_dir / f"{fetched.source_id}.body").write_bytes(body)
        # the record goes last: its presence means the body is complete
        (self.out_dir / f"{fetched.source_id}.json").write_text(fetched.to_json(), encoding="utf-8")

    # --- one response per source ---------------------------------------------------------

    def store(self, response: Response) -> None:
        entry = self.entries[response.meta["entry"]]
        common: dict[str, Any] = dict(
            source_id=entry.source.id,
            url=entry.url,
            public_url=entry.public_url(response.url),
            fetched_at=self.now(),
            status=response.status,
            etag=_header(response, "ETag"),
            last_modified=_header(response, "Last-Modified"),
            content_type=_header(response, "Content-Type"),
        )
        if response.status == 304:
            self.count("allpaths/not_modified")
            self.write(Fetched(**common, not_modified=True))
            return
        body = response.body
        path = self.out_dir / f"{entry.source.id}.body"
        self.count("allpaths/payloads")
        self.count("allpaths/payload_bytes", len(body))
        self.write(
            Fetched(
                **common,
                body_path=str(path),
                size=len(body),
                sha256=hashlib.sha256(body).hexdigest(),
            ),
            body,
        )

    # --- several requests per source ------------------------------------------------------

    def part_path(self, source_id: str, number: int) -> Path:
        if number == 0:
            return self.out_dir / f"{source_id}.body"
        folder = self.out_dir / f"{source_id}.parts"
        folder.mkdir(exist_ok=True)
        return folder / f"{number:03d}.body"

    def reuse_copy(
        self, index: int, planned: PlannedRequest, status: int | None, response: Response | None
    ) -> FetchedPart | None:
        """Last night's copy of a part, for a 304 or an export file the manifest says is
        unchanged; None when there is none (then it must be fetched)."""
        entry, fetch = self.entries[index], self.fetches[index]
        cached = entry.cached(planned.name)
        if cached is None:
            return None
        path = self.part_path(entry.source.id, len(fetch.parts))
        shutil.copyfile(cached, path)
        known = entry.parts.get(planned.name, {})
        self.count("allpaths/parts_reused")
        return FetchedPart(
            name=planned.name,
            url=planned.url,
            status=status,
            body_path=str(path),
            size=path.stat().st_size,
            sha256=known.get("sha256"),
            etag=_header(response, "ETag") if response is not None else known.get("etag"),
            last_modified=known.get("last_modified"),
            not_modified=status == 304,
            unchanged=status is None,
        )

    def next_part(self, index: int) -> Iterator[scrapy.Request]:
        """Ask the source's next planned request, or write its record when none is left."""
        entry, fetch = self.entries[index], self.fetches[index]
        while fetch.queue:
            planned = fetch.queue.popleft()
            known = entry.parts.get(planned.name, {})
            if planned.sha256 and known.get("sha256") == planned.sha256:
                part = self.reuse_copy(index, planned, None, None)
                if part is not None:
                    fetch.parts.append(part)
                    continue
            headers = known.get("headers", {}) if entry.cached(planned.name) else {}
            request = self.request(index, planned.url, headers, planned.name)
            request.meta["planned"] = planned
            yield request
            return
        self.finish(index)

    def store_part(self, response: Response) -> Iterator[scrapy.Request]:
        index = response.meta["entry"]
        planned: PlannedRequest = response.meta["planned"]
        entry, fetch = self.entries[index], self.fetches[index]
        if not fetch.parts:
            fetch.first_url = response.url
        if response.status == 304:
            self.count("allpaths/not_modified")
            if not fetch.parts and entry.source.platform == "bmlt_export":
                fetch.parts.append(FetchedPart(planned.name, planned.url, 304, not_modified=True))
                self.finish(index, not_modified=True)  # the manifest: nothing changed
                return
            part = self.reuse_copy(index, planned, 304, response)
            if part is None:  # a 304 we did not ask for: no copy to reuse
                self.write_failure(index, f"{planned.name}: 304 Not Modified without a stored copy")
                return
        else:
            body = response.body
            path = self.part_path(entry.source.id, len(fetch.parts))
            path.write_bytes(body)
            fetch.downloaded += len(body)
            self.count("allpaths/payload_bytes", len(body))
            part = FetchedPart(
                name=planned.name,
                url=planned.url,
                status=response.status,
                body_path=str(path),
                size=len(body),
                sha256=hashlib.sha256(body).hexdigest(),
                etag=_header(response, "ETag"),
                last_modified=_header(response, "Last-Modified"),
            )
            fetch.queue.extend(follow_ups(entry.source, planned.name, body, response.url))
        fetch.parts.append(part)
        yield from self.next_part(index)

    def finish(self, index: int, *, not_modified: bool = False) -> None:
        """Write a multi-request source's record: the first part is its body."""
        entry, fetch = self.entries[index], self.fetches[index]
        first, *rest = fetch.parts
        digest = hashlib.sha256()
        for part in fetch.parts:
            digest.update(f"{part.name}\x1f{part.sha256}\n".encode())
        unchanged = all(p.not_modified or p.unchanged for p in fetch.parts)
        self.count("allpaths/payloads")
        self.write(
            Fetched(
                source_id=entry.source.id,
                url=entry.url,
                public_url=entry.public_url(fetch.first_url or entry.url),
                fetched_at=self.now(),
                status=first.status,
                body_path=first.body_path,
                size=fetch.downloaded,
                sha256=None if not_modified else digest.hexdigest(),
                body_sha256=first.sha256,
                etag=first.etag,
                last_modified=first.last_modified,
                not_modified=not_modified or unchanged,
                name=first.name,
                parts=tuple(rest),
            )
        )

    # --- failures ------------------------------------------------------------------------

    def write_failure(
        self, index: int, reason: str, status: int | None = None, excerpt: str = "", kind: str = ""
    ) -> None:
        entry = self.entries[index]
        self.count("allpaths/failed")
        if kind:
            self.count(f"allpaths/failed/{kind}")
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
                failure_kind=kind or None,
            )
        )

    def failed(self, failure: Failure) -> None:
        """Record a failed request (HTTP error, robots.txt, DNS, timeout) as its source's."""
        request = failure.request  # type: ignore[attr-defined]
        index = request.meta["entry"]
        kind, reason = describe_failure(failure.value or Exception("unknown failure"), request)
        status, excerpt = None, ""
        if isinstance(failure.value, HttpError):
            response = failure.value.response
            status = response.status
            wait = too_long_to_wait(response)
            if wait is not None:
                reason += (
                    f"; the server asked to retry after {wait:.0f} s, longer than the "
                    f"{RETRY_AFTER_MAX_SECONDS:.0f} s a night waits"
                )
            excerpt = response.body[:EXCERPT_CHARS].decode("utf-8", errors="replace")
        elif too_large(failure.value):
            kind, reason = "too_large", f"request failed: {failure_detail(failure.value)}"
        part = request.meta.get("part")
        fetch = self.fetches.get(index)
        if part is not None and fetch is not None and fetch.parts:
            reason = f"{part}: {reason}"  # a later request of the source failed
        self.write_failure(index, reason, status, excerpt, kind)
