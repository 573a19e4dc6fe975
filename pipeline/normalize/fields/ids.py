"""Stable identifiers: the same meeting gets the same id in every release.

Derived from the source id and the source's own id (slug, id); a record listing several
days adds the day. Lacking an id, from name, day, time and address. Never a row number.
"""

from __future__ import annotations

import hashlib


def _digest(*parts: object) -> str:
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def meeting_id(
    source_id: str, source_meeting_id: str, day: int | None, *, several_days: bool
) -> str:
    key = (source_id, source_meeting_id, day) if several_days else (source_id, source_meeting_id)
    return _digest(*key)[:16]


def fallback_source_meeting_id(name: object, day: object, time: object, address: object) -> str:
    """A content-derived id for records without one, prefixed so it is recognisable."""
    return "h-" + _digest(name, day, time, address)[:12]
