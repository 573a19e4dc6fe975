"""A source's payload (the bytes its server sent) to its list of records, per platform.

This is what a spider's `parse` used to do. A payload that cannot be read as the
platform's feed raises `FeedUnreadable` with the reason; the source then fails and
keeps its last good meetings. A bad element inside a readable feed is still returned,
so the record's mapper can reject it with its own reason.

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
from pipeline.normalize.readers.errors import PayloadError

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


PayloadReader = Callable[[bytes], list[Any]]

#: How each platform's payload becomes records; keyed like `SourceConfig.platform`.
PAYLOAD_READERS: dict[str, PayloadReader] = {"meeting_guide": json_array}


@dataclass
class Payload:
    """A payload's records, how many its top-level array declares, and what reading fixed."""

    records: list[Any]
    #: elements of the payload's top-level JSON array; None when it is not one
    declared: int | None
    counters: Counter[str] = field(default_factory=Counter)


def declared_records(text: str, records: list[Any], reader: PayloadReader) -> int | None:
    """How many records the payload's top-level array holds (None if it is no array)."""
    if reader is json_array:
        return len(records)  # the array itself
    if text.lstrip()[:1] != "[":
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return len(data) if isinstance(data, list) else None


def read_payload(platform: str, body: bytes, content_type: str | None = None) -> Payload:
    """The platform's records from `body`; raises `FeedUnreadable` with the reason."""
    counters: Counter[str] = Counter()
    decoded = decode_counted(body, charset_of(content_type))
    if decoded.invalid_bytes:
        counters["feed/invalid_bytes"] += decoded.invalid_bytes
    if decoded.invalid_bytes or decoded.encoding not in ("utf-8", "utf-8-sig"):
        counters[f"feed/decoded_as/{decoded.encoding}"] += 1
        body = decoded.text.encode("utf-8")  # readers read UTF-8
    reader = PAYLOAD_READERS[platform]
    try:
        records = reader(body)
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
    if not isinstance(records, list):
        raise FeedUnreadable(f"the {platform} reader returned a {type(records).__name__}")
    if SURROGATE_ESCAPE.search(decoded.text):
        records, fixed = replace_lone_surrogates(records)
        if fixed:
            counters["feed/lone_surrogates_replaced"] += fixed
    return Payload(records, declared_records(decoded.text, records, reader), counters)
