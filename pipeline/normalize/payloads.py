"""A source's payload (the bytes its server sent) to its list of records, per platform.

This is what a spider's `parse` used to do. A payload that cannot be read as the
platform's feed raises `FeedUnreadable` with the reason; the source then fails and
keeps its last good meetings. A bad element inside a readable feed is still returned,
so the record's mapper can reject it with its own reason.

A new platform adds a reader to `PAYLOAD_READERS` (and a mapper to
`pipeline/normalize/source.py`'s `MAPPERS`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

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


PayloadReader = Callable[[bytes], list[Any]]

#: How each platform's payload becomes records; keyed like `SourceConfig.platform`.
PAYLOAD_READERS: dict[str, PayloadReader] = {"meeting_guide": json_array}
