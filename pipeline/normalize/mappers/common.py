"""What every platform's mapper returns: one record in the common fields, before building.

A mapper knows its platform's keys and conventions (BMLT's weekday 1 = Sunday, start plus
duration, format ids); it does not decide ids, attendance, defaults or rejects' shape.
Those belong to the one shared builder, so the rules are written once for every platform.
Key variants are data (`KeyVariants`), as All The Places' dict_parser keeps them: a new
spelling of a key is a table entry, not a branch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from typing import Any

from pipeline.normalize.fields.text import as_text, clean_line, clean_text, scrub_personal
from pipeline.normalize.fields.types import MappedTypes

#: field -> the keys that may hold it, in order of preference.
KeyVariants = Mapping[str, tuple[str, ...]]

#: BMLT separates a field's label from its value with this marker ("ÖPNV#@-@#U1 ...").
BMLT_LABEL_MARKER = "#@-@#"


class UnmappableRecord(ValueError):
    """A record that cannot become a meeting; `field` names what was wrong (for counters)."""

    def __init__(self, reason: str, field: str) -> None:
        super().__init__(reason)
        self.field = field


def strip_label(value: object) -> object:
    """The value without a BMLT `label#@-@#` prefix; other values unchanged."""
    if isinstance(value, str) and BMLT_LABEL_MARKER in value:
        return value.split(BMLT_LABEL_MARKER, 1)[1]
    return value


def is_blank(value: object) -> bool:
    """Null, empty text, or a value that cannot be printed (a number of 4,300+ digits, or a
    list holding one): no field's value, and every later `str()` of it would raise."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, int | list | dict) and not isinstance(value, bool):
        return as_text(value) is None
    return False


def first(raw: Mapping[str, Any], keys: KeyVariants, name: str) -> Any:
    """The first non-blank value among the keys that may hold field `name`, or None."""
    for key in keys[name]:
        value = strip_label(raw.get(key))
        if not is_blank(value):
            return value
    return None


def joined_text(raw: Mapping[str, Any], keys: KeyVariants, name: str) -> str | None:
    """Every non-blank text among the keys of `name`, cleaned, deduplicated, one per line,
    with personal emails and phone numbers removed (the text is published as notes)."""
    pieces: list[str] = []
    for key in keys[name]:
        text = clean_text(strip_label(raw.get(key)))
        if text and text not in pieces:
            pieces.append(text)
    return scrub_personal("\n".join(pieces)) if pieces else None


def line(raw: Mapping[str, Any], keys: KeyVariants, name: str) -> str | None:
    return clean_line(first(raw, keys, name))


@dataclass
class CommonFields:
    """One source record in the contract's terms, not yet a `Meeting`.

    Values are cleaned but not defaulted: a missing time zone or country stays None, and
    the builder fills it from the source (counting that it did).
    """

    own_id: str | None
    name: str | None
    days: list[int | None]
    start: time | None
    end: time | None
    types: MappedTypes = field(default_factory=MappedTypes)
    group: str | None = None
    timezone: str | None = None
    location_name: str | None = None
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    formatted_address: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    #: coordinates are approximate (city centre, a server's default point): precision city
    approximate: bool = False
    #: the source's own statement: in_person, online, hybrid, inactive; None when silent
    attendance_option: str | None = None
    conference_url: str | None = None
    conference_phone: str | None = None
    notes: str | None = None
    updated: str | None = None
    #: canonical fellowship when the record names one; None means the source's default
    fellowship: str | None = None
    #: from a part of the source known to be out of date (a stale BMLT root server)
    stale: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def coordinate(value: object, low: float, high: float) -> float | None:
    if is_blank(value) or isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
    return number if low <= number <= high else None


def coordinates(
    lat_raw: object, lon_raw: object, counters: Counter[str]
) -> tuple[float | None, float | None]:
    """A WGS84 pair, or (None, None) when either half is missing, unreadable or (0, 0)."""
    lat = coordinate(lat_raw, -90, 90)
    lon = coordinate(lon_raw, -180, 180)
    if lat is None or lon is None or (lat == 0 and lon == 0):
        if not (is_blank(lat_raw) and is_blank(lon_raw)):
            counters["field/coordinates/invalid"] += 1
        return None, None
    return lat, lon
