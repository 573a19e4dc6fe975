"""How a person attends: in a room, online, or both; and whether the meeting runs at all.

Rules, in order (documented in README, counted in the stats):
1. The source's own `attendance_option` wins when present (`inactive` = temporarily closed).
2. Otherwise: a usable conference link or phone plus a street address is hybrid, a link
   or phone without one is online, no link or phone is in person.
3. TC (temporarily closed) with a link is online; TC without one is temporarily closed.
4. Contradictions are counted, never guessed away: ONL with no link or phone becomes
   online + inactive; a link on a meeting the source calls in_person is counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from schemas.vocab import TEMPORARILY_CLOSED_CODES

_PROVIDERS: tuple[tuple[str, str], ...] = (
    ("zoom.us", "zoom"),
    ("zoom.com", "zoom"),
    ("zoomgov.com", "zoom"),
    ("meet.google.com", "google_meet"),
    ("teams.microsoft.com", "teams"),
    ("teams.live.com", "teams"),
)


def conference_url(value: object) -> str | None:
    """A validated http(s) URL with a host, or None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    if "://" not in text and text.lower().startswith(("zoom.us/", "meet.google.com/", "www.")):
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname or " " in text:
        return None
    return text


def conference_provider(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    for suffix, provider in _PROVIDERS:
        if host == suffix or host.endswith("." + suffix):
            return provider
    return "other"


@dataclass
class AttendanceDecision:
    attendance: str
    status: str
    notes: list[str] = field(default_factory=list)


def decide_attendance(
    *,
    attendance_option: object,
    types: list[str],
    has_link: bool,
    has_phone: bool,
    has_street: bool,
) -> AttendanceDecision:
    """Attendance and status from what the record says; `notes` name any contradiction."""
    online_reachable = has_link or has_phone
    closed = bool(TEMPORARILY_CLOSED_CODES.intersection(types))
    option = attendance_option.strip().lower() if isinstance(attendance_option, str) else ""
    notes: list[str] = []

    if option in {"in_person", "online", "hybrid"}:
        attendance = option
        if option == "in_person" and online_reachable:
            notes.append("in_person_with_link")
        if option in {"online", "hybrid"} and not online_reachable:
            notes.append(f"{option}_without_link")
            return AttendanceDecision(attendance, "inactive", notes)
        return AttendanceDecision(attendance, "temporarily_closed" if closed else "active", notes)
    if option == "inactive":
        return AttendanceDecision(
            "online" if online_reachable and not has_street else "in_person",
            "temporarily_closed",
            notes,
        )

    if online_reachable:
        if closed or not has_street:
            return AttendanceDecision("online", "active", notes)
        return AttendanceDecision("hybrid", "active", notes)
    if "ONL" in types:
        notes.append("onl_without_link")
        return AttendanceDecision("online", "inactive", notes)
    return AttendanceDecision("in_person", "temporarily_closed" if closed else "active", notes)
