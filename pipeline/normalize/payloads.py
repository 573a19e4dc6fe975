"""A source's payload (the bytes its server sent) to its list of records, per platform.

This is what a spider's `parse` used to do. A payload that cannot be read as the
platform's feed raises `FeedUnreadable` with the reason; the source then fails and
keeps its last good meetings. A bad element inside a readable feed is still returned,
so the record's mapper can reject it with its own reason.

A source fetched in several requests (a BMLT server's three answers, an export's
manifest and files) hands its reader every response as a `Payload`; the reader returns
the records with what their mapper needs beside them (`SourceRecords`).

A new platform adds a reader to `PAYLOAD_READERS` (and a mapper to
`pipeline/normalize/source.py`'s `MAPPERS`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pipeline.normalize.readers.bmlt import read_bmlt_payload
from pipeline.normalize.readers.bmlt_export import read_export_payload
from pipeline.normalize.readers.html import html_reader
from schemas.sources import HTML_PLATFORMS

EXCERPT_CHARS = 500


class FeedUnreadable(ValueError):
    """A whole payload that is not the platform's feed (not JSON, wrong shape)."""

    def __init__(self, reason: str, excerpt: str = "") -> None:
        super().__init__(reason)
        self.excerpt = excerpt[:EXCERPT_CHARS]


def decode(body: bytes) -> str:
    return body.decode("utf-8-sig", errors="replace")


def json_array(body: bytes) -> list[Any]:
    """A feed that is one JSON array of records (Meeting Guide / 12 Step Meeting List)."""
    text = decode(body)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FeedUnreadable(f"response is not JSON ({exc.msg} at char {exc.pos})", text) from None
    if isinstance(data, dict):
        keys = ", ".join(sorted(data)[:8])
        raise FeedUnreadable(
            f"feed is a JSON object (keys: {keys}), expected an array of meetings", text
        )
    if not isinstance(data, list):
        raise FeedUnreadable(f"feed is a JSON {type(data).__name__}, expected an array", text)
    return data


@dataclass(frozen=True)
class Payload:
    """A source's stored responses: the first request's bytes and the others' by name."""

    body: bytes
    parts: dict[str, bytes] = field(default_factory=dict)


@dataclass
class SourceRecords:
    """A payload's records as sent, and what their mapper needs beside them.

    `context` is the platform's (a BMLT server's format list); `stale` holds the indexes
    of records from a part of the source known to be out of date (an export's stale root
    servers); `counters` are the reader's own counts, added to the source's stats.
    """

    records: list[Any]
    context: Any = None
    stale: frozenset[int] = frozenset()
    counters: Counter[str] = field(default_factory=Counter)


PayloadReader = Callable[[Payload], SourceRecords]


def meeting_guide_feed(payload: Payload) -> SourceRecords:
    return SourceRecords(json_array(payload.body))


def bmlt_server(payload: Payload) -> SourceRecords:
    read = read_bmlt_payload(payload.body, payload.parts)
    return SourceRecords(read.meetings, read, counters=read.counters)


def bmlt_export(payload: Payload) -> SourceRecords:
    read = read_export_payload(payload.body, payload.parts)
    stale = frozenset(n for n, m in enumerate(read.meetings) if m.stale)
    return SourceRecords([m.raw for m in read.meetings], read, stale, read.counters)


def html_page(platform: str) -> PayloadReader:
    read = html_reader(platform)

    def reader(payload: Payload) -> SourceRecords:
        rows, counters = read(payload.body)
        return SourceRecords(rows, counters=counters)

    return reader


#: How each platform's payload becomes records; keyed like `SourceConfig.platform`.
PAYLOAD_READERS: dict[str, PayloadReader] = {
    "meeting_guide": meeting_guide_feed,
    "bmlt": bmlt_server,
    "bmlt_export": bmlt_export,
    **{platform: html_page(platform) for platform in HTML_PLATFORMS},
}
