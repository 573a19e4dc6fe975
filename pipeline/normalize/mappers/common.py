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
from typing import Any, Literal

from pipeline.normalize.fields.text import as_text, clean_field
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


def joined_text(
    raw: Mapping[str, Any], keys: KeyVariants, name: str, counters: Counter[str]
) -> str | None:
    """Every non-blank text among the keys of `name`, cleaned, bounded, deduplicated, one
    per line (counted as field `name`). The builder cuts the whole and scrubs it."""
    pieces: list[str] = []
    for key in keys[name]:
        text = clean_field(strip_label(raw.get(key)), name, counters, kind="text")
        if text and text not in pieces:
            pieces.append(text)
    return "\n".join(pieces) if pieces else None


def line(
    raw: Mapping[str, Any],
    keys: KeyVariants,
    name: str,
    counters: Counter[str],
    field: str | None = None,
    kind: Literal["text", "line", "name"] = "line",
) -> str | None:
    """Field `name`'s first value as one clean, bounded line; fixes counted as `field`."""
    return clean_field(first(raw, keys, name), field or name, counters, kind=kind)


@dataclass
class CommonFields:
    """One source record in the contract's terms, not yet a `Meeting`.

    Values are cleaned and bounded (every fix counted) but neither scrubbed nor defaulted:
    the builder removes personal data from names and notes, and fills a missing time zone
    or country from the source. `formatted_address` is the one-line address as the source
    gave it, None when it gave only parts (the builder joins them).
    """

    own_id: str | None
    name: str | None
    days: list[int | None]
    start: time | None
    end: time | None
    #: the start was written "24:00": 00:00 of the next day (the builder moves the days)
    start_next_day: bool = False
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
    #: raw values a content-derived id is made of when the record has no id of its own
    #: (with the published name and the address); kept as the source wrote them so the
    #: id is the same in every release
    id_basis: tuple[Any, ...] = ()
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
