"""Days and times as feeds write them, to the contract's weekday number and local time.

Seen in real feeds: 0-6, "0"-"6", "Sunday", one-item lists, lists of several days;
"19:30", "19:30:00", "7:30 PM", "7:30p", "7pm", "9:30", "Noon", "Midnight".
"""

from __future__ import annotations

import re
from datetime import time

DAY_NAMES: dict[str, int] = {
    "sunday": 0, "sun": 0, "su": 0,
    "monday": 1, "mon": 1, "mo": 1,
    "tuesday": 2, "tue": 2, "tues": 2, "tu": 2,
    "wednesday": 3, "wed": 3, "we": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "th": 4,
    "friday": 5, "fri": 5, "fr": 5,
    "saturday": 6, "sat": 6, "sa": 6,
}  # fmt: skip

_TIME = re.compile(
    r"^(?P<hour>\d{1,2})(?:[:.hH]?(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?\s*"
    r"(?P<meridiem>a\.?m?\.?|p\.?m?\.?)?$",
    re.IGNORECASE,
)
_WORD_TIMES = {"noon": time(12, 0), "midday": time(12, 0), "midnight": time(0, 0)}


class UnreadableValue(ValueError):
    """A day or time that no known convention can read; its message becomes a reject reason."""


def parse_day(value: object) -> int | None:
    """One weekday, 0 = Sunday; None when the feed gives none (a meeting by appointment)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise UnreadableValue(f"day {value!r} is not a weekday")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        if 0 <= value <= 6:
            return value
        raise UnreadableValue(f"day {value} is outside 0-6")
    if isinstance(value, str):
        text = value.strip().lower().rstrip(".")
        if text.isdigit():
            return parse_day(int(text))
        if text in DAY_NAMES:
            return DAY_NAMES[text]
    raise UnreadableValue(f"day {value!r} is not a weekday")


def parse_days(value: object) -> list[int | None]:
    """Every weekday a record lists; a list of days makes several meetings."""
    if isinstance(value, list):
        if not value:
            return [None]
        days = [parse_day(item) for item in value]
        return sorted(set(days), key=lambda d: -1 if d is None else d)
    if isinstance(value, str) and "," in value:
        return parse_days([part for part in value.split(",") if part.strip()])
    return [parse_day(value)]


def parse_time(value: object) -> time | None:
    """A local wall-clock time; None when the feed gives none."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    lowered = text.lower()
    if lowered in _WORD_TIMES:
        return _WORD_TIMES[lowered]
    match = _TIME.match(text.replace(" ", "") if len(text) <= 12 else text)
    if not match:
        raise UnreadableValue(f"time {value!r} is not a time of day")
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    second = int(match["second"] or 0)
    meridiem = (match["meridiem"] or "").lower()[:1]
    if meridiem:
        if not 1 <= hour <= 12:
            raise UnreadableValue(f"time {value!r} has an hour outside 1-12 with am/pm")
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    elif match["minute"] is None:
        raise UnreadableValue(f"time {value!r} is a bare number, not a time of day")
    elif len(match["hour"]) == 1 and text[1:2].isdigit():
        raise UnreadableValue(f"time {value!r} is not a time of day")
    if hour == 24 and minute == 0 and second == 0:
        return time(0, 0)
    if hour > 23 or minute > 59 or second > 59:
        raise UnreadableValue(f"time {value!r} is out of range")
    return time(hour, minute, second)
