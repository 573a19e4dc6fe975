"""The one failure a reader raises: a payload that is not what its platform sends."""

from __future__ import annotations

import json
from typing import Any

EXCERPT_CHARS = 300


class PayloadError(ValueError):
    """A whole payload that cannot be read; the message is the source's failure reason."""


def load_json(payload: bytes, what: str) -> Any:
    """JSON from a payload (a UTF-8 BOM tolerated); PayloadError naming `what` otherwise."""
    text = payload.decode("utf-8-sig", errors="replace")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        excerpt = " ".join(text[:EXCERPT_CHARS].split())
        raise PayloadError(
            f"{what} is not JSON ({exc.msg} at char {exc.pos}): {excerpt!r}"
        ) from None
