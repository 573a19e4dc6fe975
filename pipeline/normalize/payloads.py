"""A source's payload (the bytes its server sent) to its list of records, per platform.

This is what a spider's `parse` used to do. A payload that cannot be read as the
platform's feed raises `FeedUnreadable` with the reason; the source then fails and
keeps its last good meetings. A bad element inside a readable feed is still returned,
so the record's mapper can reject it with its own reason.

A source fetched in several requests (a BMLT server's three answers, an export's
manifest and files) hands its reader every response as a `Payload`; the reader returns
the records with what their mapper needs beside them (`SourceRecords`).

`read_payload` is the one way in: it decodes the body with the charset the server
declared (counting invalid bytes, never replacing them silently), runs the platform's
reader, turns any crash of that reader (JSON nested 10,000 deep, a 5,000-digit number)
into `FeedUnreadable` naming it, makes lone surrogates publishable (counted), and says how
many records the payload's top-level array holds, so a reader that returns fewer is
caught rather than losing meetings quietly.

A new platform adds a reader to `PAYLOAD_READERS` (and a mapper to
`pipeline/normalize/source.py`'s `MAPPERS`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pipeline.normalize.fields.decoding import (
    SURROGATE_ESCAPE,
    charset_of,
    decode_counted,
    replace_lone_surrogates,
)
from pipeline.normalize.readers.bmlt import read_bmlt_payload
from pipeline.normalize.readers.bmlt_export import read_export_payload
from pipeline.normalize.readers.errors import PayloadError
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


def parse_json(text: str) -> Any:
    """JSON text to data; every way it can fail is a `FeedUnreadable` with the reason."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FeedUnreadable(f"response is not JSON ({exc.msg} at char {exc.pos})", text) from None
    except RecursionError:
        raise FeedUnreadable("response is JSON nested too deeply to read", text) from None
    except ValueError as exc:  # a number beyond Python's 4,300-digit limit, and the like
        raise FeedUnreadable(f"response is not readable JSON ({str(exc)[:120]})", text) from None


def json_array(body: bytes) -> list[Any]:
    """A feed that is one JSON array of records (Meeting Guide / 12 Step Meeting List)."""
    text = decode(body)
    data = parse_json(text)
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


def declared_records(text: str, records: list[Any], reader: PayloadReader) -> int | None:
    """How many records the payload's top-level array holds (None if it is no array)."""
    if reader is meeting_guide_feed:
        return len(records)  # the array itself
    if text.lstrip()[:1] != "[":
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return len(data) if isinstance(data, list) else None


def read_payload(
    platform: str, payload: Payload, content_type: str | None = None
) -> tuple[SourceRecords, int | None]:
    """The platform's records from `payload`, and how many its top-level array declares.

    Raises `FeedUnreadable` with the reason. Only the first response's body is decoded by
    the declared charset; a multi-request source's further parts are read as sent.
    """
    counters: Counter[str] = Counter()
    decoded = decode_counted(payload.body, charset_of(content_type))
    body = payload.body
    if decoded.invalid_bytes:
        counters["feed/invalid_bytes"] += decoded.invalid_bytes
    if decoded.invalid_bytes or decoded.encoding not in ("utf-8", "utf-8-sig"):
        counters[f"feed/decoded_as/{decoded.encoding}"] += 1
        body = decoded.text.encode("utf-8")  # readers read UTF-8
    reader = PAYLOAD_READERS[platform]
    try:
        read = reader(Payload(body, payload.parts))
    except FeedUnreadable:
        raise
    except PayloadError as exc:
        raise FeedUnreadable(str(exc), decoded.text) from None
    except RecursionError:
        raise FeedUnreadable("payload nested too deeply to read", decoded.text) from None
    except Exception as exc:  # a reader must never take the night down, nor lose a source quietly
        raise FeedUnreadable(
            f"the {platform} reader failed on this payload ({type(exc).__name__}: "
            f"{str(exc)[:160]})",
            decoded.text,
        ) from None
    if not isinstance(read.records, list):
        raise FeedUnreadable(f"the {platform} reader returned a {type(read.records).__name__}")
    if SURROGATE_ESCAPE.search(decoded.text):
        read.records, fixed = replace_lone_surrogates(read.records)
        if fixed:
            counters["feed/lone_surrogates_replaced"] += fixed
    read.counters.update(counters)
    return read, declared_records(decoded.text, read.records, reader)
