"""The changelog of a release against the previous one: added, removed, changed meetings."""

from __future__ import annotations

from typing import Any

from schemas.meeting import Meeting

#: Bookkeeping columns that change every run and are not news to a consumer.
IGNORED = frozenset({"first_seen", "last_seen", "stale"})


def _comparable(meeting: Meeting) -> dict[str, Any]:
    return meeting.model_dump(exclude=set(IGNORED))


def diff_meetings(previous: list[Meeting], current: list[Meeting]) -> list[dict[str, Any]]:
    """One row per meeting that was added, removed or changed, naming the changed fields."""
    before = {m.meeting_id: m for m in previous}
    after = {m.meeting_id: m for m in current}
    rows: list[dict[str, Any]] = []
    for meeting_id, meeting in after.items():
        old = before.get(meeting_id)
        if old is None:
            rows.append(_row(meeting, "added", []))
            continue
        old_fields, new_fields = _comparable(old), _comparable(meeting)
        changed = sorted(k for k in new_fields if new_fields[k] != old_fields.get(k))
        if changed:
            rows.append(_row(meeting, "changed", changed))
    for meeting_id, meeting in before.items():
        if meeting_id not in after:
            rows.append(_row(meeting, "removed", []))
    return rows


def _row(meeting: Meeting, change: str, fields: list[str]) -> dict[str, Any]:
    return {
        "meeting_id": meeting.meeting_id,
        "source_id": meeting.source_id,
        "name": meeting.name,
        "change": change,
        "fields": fields,
    }
