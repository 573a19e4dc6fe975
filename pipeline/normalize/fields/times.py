"""Days and times as feeds write them, to the contract's weekday number and local time.

Seen in real feeds: 0-6, "0"-"6", "Sunday", one-item lists, lists of several days;
"19:30", "19:30:00", "7:30 PM", "7:30p", "7pm", "9:30", "Noon", "Midnight". A start at
"24:00" is the next day's 00:00 (`parse_start_time` says so, and the caller moves the
day). Reasons quote the raw value only through the scrubber, shortened.

The one pattern is anchored and runs on at most `MAX_TIME_CHARS` characters.
"""

from __future__ import annotations

import re
from datetime import time

from pipeline.normalize.fields.scrub import quote_value

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
#: Longer values are not a time of day ("7:30 PM" with spaces is 9).
MAX_TIME_CHARS = 24


class UnreadableValue(ValueError):
    """A day or time that no known convention can read; its message becomes a reject reason."""


def parse_day(value: object) -> int | None:
    """One weekday, 0 = Sunday; None when the feed gives none (a meeting by appointment)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise UnreadableValue(f"day {quote_value(value)} is not a weekday")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        if 0 <= value <= 6:
            return value
        raise UnreadableValue(f"day {quote_value(value)} is outside 0-6")
    if isinstance(value, str):
        text = value.strip().lower().rstrip(".")
        if text.isdigit() and len(text) <= 3:
            return parse_day(int(text))
        if text in DAY_NAMES:
            return DAY_NAMES[text]
    raise UnreadableValue(f"day {quote_value(value)} is not a weekday")


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


def _parse_clock(value: object) -> tuple[time | None, bool]:
    """(local time, whether it was written as 24:00); None when the feed gives none."""
    if value is None:
        return None, False
    if isinstance(value, bool | list | dict) or (isinstance(value, int) and abs(value) > 9999):
        raise UnreadableValue(f"time {quote_value(value)} is not a time of day")
    text = str(value).strip()
    if not text:
        return None, False
    if len(text) > MAX_TIME_CHARS:
        raise UnreadableValue(f"time {quote_value(value)} is too long to be a time of day")
    lowered = text.lower()
    if lowered in _WORD_TIMES:
        return _WORD_TIMES[lowered], False
    match = _TIME.match(text.replace(" ", "") if len(text) <= 12 else text)
    shown = quote_value(value)
    if not match:
        raise UnreadableValue(f"time {shown} is not a time of day")
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    second = int(match["second"] or 0)
    meridiem = (match["meridiem"] or "").lower()[:1]
    if meridiem:
        if not 1 <= hour <= 12:
            raise UnreadableValue(f"time {shown} has an hour outside 1-12 with am/pm")
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    elif match["minute"] is None:
        raise UnreadableValue(f"time {shown} is a bare number, not a time of day")
    elif len(match["hour"]) == 1 and text[1:2].isdigit():
        raise UnreadableValue(f"time {shown} is not a time of day")
    if hour == 24 and minute == 0 and second == 0:
        return time(0, 0), True
    if hour > 23 or minute > 59 or second > 59:
        raise UnreadableValue(f"time {shown} is out of range (hours 0-23, minutes 0-59)")
    return time(hour, minute, second), False


def parse_time(value: object) -> time | None:
    """A local wall-clock time; None when the feed gives none. "24:00" reads as 00:00."""
    return _parse_clock(value)[0]


def parse_start_time(value: object) -> tuple[time | None, bool]:
    """A start time and whether it falls on the next day: "24:00" is the next day's 00:00."""
    return _parse_clock(value)


def next_day(day: int | None) -> int | None:
    """The weekday after `day` (Saturday wraps to Sunday); no day stays no day."""
    return None if day is None else (day + 1) % 7
