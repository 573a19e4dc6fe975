"""BMLT meetings (a root server's GetSearchResults, or a line of the aggregator export).

Three conversions make a BMLT meeting ours: `weekday_tinyint` counts 1 = Sunday (we count
0 = Sunday); the end is `start_time` plus `duration_time`; and `formats` are local keys
read through the server's own format list by world id. Every value may carry a
`label#@-@#` prefix, every number arrives as a string, and a virtual meeting's
coordinates are the server's default map centre (9 Berlin meetings sit in California),
so those are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from datetime import datetime, time, timedelta
from typing import Any

from pipeline.normalize.fields.address import AddressParts, country_code
from pipeline.normalize.fields.text import as_text, clean_line
from pipeline.normalize.fields.times import UnreadableValue, parse_start_time
from pipeline.normalize.fields.types import bmlt_format_types
from pipeline.normalize.mappers.bmlt_formats import FormatCatalog
from pipeline.normalize.mappers.common import (
    CommonFields,
    KeyVariants,
    UnmappableRecord,
    coordinates,
    first,
    is_blank,
    joined_text,
    line,
)
from pipeline.normalize.mappers.meeting_guide import iana_zone

KEYS: KeyVariants = {
    "own_id": ("id_bigint", "id"),
    "root_server_id": ("root_server_id",),
    "name": ("meeting_name",),
    "weekday": ("weekday_tinyint",),
    "start": ("start_time",),
    "duration": ("duration_time",),
    "timezone": ("time_zone",),
    "venue_type": ("venue_type",),
    "formats": ("formats",),
    "format_ids": ("format_shared_id_list",),
    "location_name": ("location_text",),
    "street": ("location_street",),
    "city": ("location_municipality", "location_city_subsection", "location_neighborhood"),
    "region": ("location_province",),
    "postal_code": ("location_postal_code_1",),
    "country": ("location_nation",),
    "latitude": ("latitude",),
    "longitude": ("longitude",),
    "conference_url": ("virtual_meeting_link",),
    "conference_phone": ("phone_meeting_number",),
    "notes": (
        "comments",
        "location_info",
        "format_comments",
        "virtual_meeting_additional_info",
        "phone_meeting_additional_info",
    ),
    "published": ("published",),
}

#: venue_type to the source's own attendance statement.
VENUE_TYPES: dict[str, str] = {"1": "in_person", "2": "online", "3": "hybrid"}

_DURATION = re.compile(r"^(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?$")


def bmlt_day(value: object) -> int:
    """`weekday_tinyint` (1 = Sunday ... 7 = Saturday) as our day (0 = Sunday)."""
    try:
        number = int(str(value).strip())
    except ValueError:
        raise UnreadableValue(f"weekday_tinyint {value!r} is not a number 1-7") from None
    if not 1 <= number <= 7:
        raise UnreadableValue(f"weekday_tinyint {value!r} is outside 1-7 (1 = Sunday)")
    return number - 1


def duration_of(value: object) -> timedelta | None:
    """`duration_time` ("01:30:00", "01:30") as a positive span under a day, else None."""
    if is_blank(value):
        return None
    match = _DURATION.match(str(value).strip())
    if not match:
        return None
    span = timedelta(hours=int(match["h"]), minutes=int(match["m"]), seconds=int(match["s"] or 0))
    return span if timedelta(0) < span < timedelta(days=1) else None


def end_of(start: time, duration: timedelta) -> time:
    """Start plus duration on the wall clock; past midnight wraps (the contract allows it)."""
    return (datetime.combine(datetime(2000, 1, 1), start) + duration).time()


def own_id_of(raw: Mapping[str, Any]) -> str | None:
    """`id_bigint`, prefixed with the root server in an aggregator export (ids repeat)."""
    own = first(raw, KEYS, "own_id")
    if own is None:
        return None
    root = first(raw, KEYS, "root_server_id")
    return f"{root}-{own}".strip() if root is not None else str(own).strip()


def map_record(
    raw: Mapping[str, Any],
    counters: Counter[str],
    formats: FormatCatalog,
    *,
    stale: bool = False,
) -> CommonFields:
    """One BMLT meeting in the common fields; raises `UnmappableRecord`."""
    if str(first(raw, KEYS, "published") or "1").strip() == "0":
        raise UnmappableRecord("meeting is unpublished on its server", "published")
    name = line(raw, KEYS, "name", counters, kind="name")
    if not name:
        raise UnmappableRecord("missing meeting_name", "name")
    try:
        day = bmlt_day(first(raw, KEYS, "weekday"))
        start, next_day = parse_start_time(first(raw, KEYS, "start"))
    except UnreadableValue as exc:
        raise UnmappableRecord(str(exc), "day" if "weekday" in str(exc) else "time") from None
    duration = duration_of(first(raw, KEYS, "duration"))
    if duration is None and not is_blank(first(raw, KEYS, "duration")):
        counters["field/duration/invalid"] += 1
    end = end_of(start, duration) if start is not None and duration is not None else None

    root = first(raw, KEYS, "root_server_id")
    refs = formats.resolve(
        first(raw, KEYS, "formats"),
        first(raw, KEYS, "format_ids"),
        str(root).strip() if root is not None else None,
    )
    types = bmlt_format_types(refs, counters)
    venue = str(first(raw, KEYS, "venue_type") or "").strip()
    option = VENUE_TYPES.get(venue)
    if option is None:
        if venue:
            counters["field/venue_type/unknown"] += 1
        option = types.attendance_hint

    lat, lon = coordinates(first(raw, KEYS, "latitude"), first(raw, KEYS, "longitude"), counters)
    if option == "online" and lat is not None:
        counters["field/coordinates/virtual_dropped"] += 1
        lat = lon = None
    nation = line(raw, KEYS, "country", counters)
    parts = AddressParts(
        street=line(raw, KEYS, "street", counters),
        city=line(raw, KEYS, "city", counters),
        region=line(raw, KEYS, "region", counters),
        postal_code=line(raw, KEYS, "postal_code", counters),
        country=country_code(nation),
    )
    if nation and parts.country is None:
        counters["field/country/unreadable"] += 1
    url = first(raw, KEYS, "conference_url")
    phone = first(raw, KEYS, "conference_phone")
    return CommonFields(
        own_id=own_id_of(raw),
        name=name,
        days=[day],
        start=start,
        end=end,
        start_next_day=next_day,
        types=types,
        timezone=iana_zone(first(raw, KEYS, "timezone")),
        location_name=line(raw, KEYS, "location_name", counters),
        street=parts.street,
        city=parts.city,
        region=parts.region,
        postal_code=parts.postal_code,
        country=parts.country,
        latitude=lat,
        longitude=lon,
        attendance_option=option,
        conference_url=as_text(url),
        conference_phone=clean_line(phone) if isinstance(phone, str) else None,
        notes=joined_text(raw, KEYS, "notes", counters),
        stale=stale,
        id_basis=(raw.get("weekday_tinyint"), raw.get("start_time")),
        extra={"root_server_id": root} if root is not None else {},
    )
