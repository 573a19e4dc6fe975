"""Meeting Guide records (12 Step Meeting List feeds, the Meeting Guide app) to common fields.

The spec's keys plus the variants real feeds use (see ../shared/corpus/README.md): split
or one-line addresses, a whole address in `address` (edmonton), `state` or `region_code`,
coordinates as numbers, strings or one "lat,lon" string (bmlt-server's TSML output).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pipeline.normalize.fields.address import (
    AddressParts,
    country_code,
    split_formatted_address,
)
from pipeline.normalize.fields.text import as_text, clean_line
from pipeline.normalize.fields.times import (
    UnreadableValue,
    parse_days,
    parse_start_time,
    parse_time,
)
from pipeline.normalize.fields.types import meeting_guide_types
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
from schemas.vocab import canonical_fellowship

KEYS: KeyVariants = {
    "own_id": ("slug", "id"),
    "name": ("name", "meeting_name"),
    "group": ("group", "group_name"),
    "day": ("day", "days", "weekday"),
    "start": ("time", "start_time"),
    "end": ("end_time",),
    "timezone": ("timezone", "time_zone"),
    "types": ("types",),
    "location_name": ("location", "location_name"),
    "formatted_address": ("formatted_address",),
    "street": ("address", "street"),
    "city": ("city",),
    "region": ("state", "region_code", "province"),
    "postal_code": ("postal_code", "zip"),
    "country": ("country",),
    "latitude": ("latitude", "lat"),
    "longitude": ("longitude", "lng", "lon"),
    "coordinates": ("coordinates",),
    "approximate": ("approximate",),
    "attendance_option": ("attendance_option",),
    "conference_url": ("conference_url",),
    "conference_phone": ("conference_phone",),
    "notes": ("notes", "location_notes", "group_notes"),
    "updated": ("updated", "updated_at"),
    "fellowship": ("fellowship",),
}

_TRUE = {"yes", "true", "1"}
_PAIR = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")


def own_id_of(raw: Any) -> str | None:
    """The source's own id of a meeting: its slug, else its numeric id (at most 200 chars)."""
    if not isinstance(raw, Mapping):
        return None
    for key in KEYS["own_id"]:
        value = raw.get(key)
        try:
            text = "" if value is None else str(value).strip()
        except ValueError:  # an integer too long to print (a hostile feed) is no id
            continue
        if text:
            return text[:200]
    return None


def iana_zone(value: object) -> str | None:
    """The value when it is an IANA zone name (never an offset or abbreviation), else None."""
    if not isinstance(value, str) or "/" not in value:
        return None
    try:
        ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return value.strip()


def address_of(raw: Mapping[str, Any], counters: Counter[str]) -> tuple[AddressParts, str | None]:
    """Address parts and the one-line address as the source gave it (None when it gave only
    parts); the country is not defaulted here."""
    formatted = line(raw, KEYS, "formatted_address", counters)
    split = AddressParts(
        street=line(raw, KEYS, "street", counters),
        city=line(raw, KEYS, "city", counters),
        region=line(raw, KEYS, "region", counters),
        postal_code=line(raw, KEYS, "postal_code", counters),
        country=country_code(line(raw, KEYS, "country", counters)),
    )
    if not formatted and split.street and "," in split.street and not split.city:
        formatted = split.street  # a whole address in `address` (edmonton)
        split = AddressParts()
    if not formatted:
        return split, None
    parsed = split_formatted_address(formatted)
    return (
        AddressParts(
            street=split.street or parsed.street,
            city=split.city or parsed.city,
            region=split.region or parsed.region,
            postal_code=split.postal_code or parsed.postal_code,
            country=split.country or parsed.country,
        ),
        formatted,
    )


def map_record(
    raw: Mapping[str, Any], counters: Counter[str], context: object = None
) -> CommonFields:
    """One Meeting Guide object in the common fields; raises `UnmappableRecord`."""
    name = line(raw, KEYS, "name", counters, kind="name")
    if not name:
        raise UnmappableRecord("missing name", "name")
    try:
        days = parse_days(first(raw, KEYS, "day"))
    except UnreadableValue as exc:
        raise UnmappableRecord(str(exc), "day") from None
    try:
        start, next_day = parse_start_time(first(raw, KEYS, "start"))
        end = parse_time(first(raw, KEYS, "end"))
    except UnreadableValue as exc:
        raise UnmappableRecord(str(exc), "time") from None
    parts, formatted = address_of(raw, counters)
    lat_raw, lon_raw = first(raw, KEYS, "latitude"), first(raw, KEYS, "longitude")
    pair = first(raw, KEYS, "coordinates")
    if is_blank(lat_raw) and isinstance(pair, str) and (match := _PAIR.match(pair)):
        lat_raw, lon_raw = match.groups()
    lat, lon = coordinates(lat_raw, lon_raw, counters)
    fellowship_raw = as_text(first(raw, KEYS, "fellowship"))
    fellowship = canonical_fellowship(fellowship_raw) if fellowship_raw else None
    if fellowship_raw and fellowship is None:
        counters["field/fellowship/unknown"] += 1
    option = first(raw, KEYS, "attendance_option")
    phone = first(raw, KEYS, "conference_phone")
    url = first(raw, KEYS, "conference_url")
    updated = first(raw, KEYS, "updated")
    return CommonFields(
        own_id=own_id_of(raw),
        name=name,
        days=days,
        start=start,
        end=end,
        start_next_day=next_day,
        types=meeting_guide_types(first(raw, KEYS, "types"), counters),
        group=line(raw, KEYS, "group", counters, field="group_name", kind="name"),
        timezone=iana_zone(first(raw, KEYS, "timezone")),
        location_name=line(raw, KEYS, "location_name", counters),
        street=parts.street,
        city=parts.city,
        region=parts.region,
        postal_code=parts.postal_code,
        country=parts.country,
        formatted_address=formatted,
        latitude=lat,
        longitude=lon,
        approximate=(as_text(first(raw, KEYS, "approximate")) or "").lower() in _TRUE,
        attendance_option=option.strip().lower() if isinstance(option, str) else None,
        conference_url=as_text(url),
        conference_phone=clean_line(phone) if isinstance(phone, str) else None,
        notes=joined_text(raw, KEYS, "notes", counters),
        updated=updated.strip() if isinstance(updated, str) else None,
        fellowship=fellowship,
        id_basis=(raw.get("day"), raw.get("time")),
    )
