"""One source's records to contract meeting rows, one small function per field.

A record becomes zero or more meetings (a list of days is several meetings) or one
reject with a reason. Every fix and guess is counted under `field/<name>/<what>` so the
run's stats show how messy each source is (the All The Places habit).

Rows are plain dicts in the column order of `schemas.tables.MEETINGS_SCHEMA`: a night
holds hundreds of thousands, and the contract is checked once, on the published table.
Reading a payload into records is `payloads.py`'s job; writing a source's tables and
reusing unchanged ones is `stage.py`'s.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pipeline.limits import SOURCE_NORMALIZE_SECONDS
from pipeline.normalize.fields.address import (
    AddressParts,
    country_code,
    has_street_address,
    join_address,
    split_formatted_address,
)
from pipeline.normalize.fields.attendance import (
    conference_provider,
    conference_url,
    decide_attendance,
)
from pipeline.normalize.fields.ids import fallback_source_meeting_id, meeting_id
from pipeline.normalize.fields.privacy import payload_json
from pipeline.normalize.fields.scrub import (
    public_source_id,
    scrub_public,
    scrub_text,
    scrub_url,
)
from pipeline.normalize.fields.text import TEXT_LIMITS, as_text, clean_field, cut
from pipeline.normalize.fields.times import (
    UnreadableValue,
    next_day,
    parse_days,
    parse_start_time,
    parse_time,
)
from pipeline.normalize.payloads import FeedUnreadable, read_payload
from pipeline.types import Fetched
from schemas.sources import SourceConfig
from schemas.tables import MEETING_DEFAULTS
from schemas.vocab import LANGUAGE_CODES, canonical_type_code


class RecordRejected(ValueError):
    """Raised by a field parser when a record cannot become a meeting.

    `field` names what was wrong, for the per-source counter `rejected/<field>`.
    """

    def __init__(self, reason: str, field: str) -> None:
        super().__init__(reason)
        self.field = field


# --- one parser per field -------------------------------------------------------------


def parse_types(value: object, counters: Counter[str]) -> tuple[list[str], list[str]]:
    """(vocabulary codes, codes as the source gave them) from a list, comma string or null."""
    if value is None:
        return [], []
    if isinstance(value, str):
        raw = value.split(",")
    elif isinstance(value, list):
        raw = [as_text(v) or "" for v in value if v is not None]
    else:
        raw = [as_text(value) or ""]
    source_types = [c.strip()[:40] for c in raw if c and c.strip()]
    types: list[str] = []
    for code in source_types:
        canonical = canonical_type_code(code)
        if canonical is None:
            counters["field/types/unknown_code"] += 1
        elif canonical not in types:
            types.append(canonical)
    return types, source_types


def parse_languages(types: list[str]) -> list[str]:
    return [LANGUAGE_CODES[c] for c in types if c in LANGUAGE_CODES]


def parse_coordinate(value: object, low: float, high: float) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
    return number if low <= number <= high else None


#: Month-first dates of US feeds (aasanjose, edmonton); ISO ones go through fromisoformat.
_US_UPDATED_FORMATS = (
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y",
)


def parse_updated(value: object, zone: str) -> datetime | None:
    """The source's own update time, read as local time of the source and stored in UTC."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        stamp = datetime.fromisoformat(text)  # ISO 8601 and "YYYY-MM-DD HH:MM:SS": fast path
    except ValueError:
        for fmt in _US_UPDATED_FORMATS:
            try:
                stamp = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
        else:
            return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=ZoneInfo(zone))
    return stamp.astimezone(UTC)


def is_iana_zone(value: object) -> bool:
    if not isinstance(value, str) or "/" not in value:
        return False
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def parse_timezone(raw: dict[str, Any], source: SourceConfig) -> tuple[str, str]:
    if is_iana_zone(raw.get("timezone")):
        return str(raw["timezone"]), "source"
    if source.timezone:
        return source.timezone, "source_default"
    raise RecordRejected(
        "no time zone: the record has none and the source sets no default", "timezone"
    )


def parse_address(
    raw: dict[str, Any], source: SourceConfig, counters: Counter[str]
) -> tuple[AddressParts, str | None]:
    """Address parts and the one-line address as the source gave it."""
    formatted = clean_field(raw.get("formatted_address"), "formatted_address", counters)
    split = AddressParts(
        street=clean_field(raw.get("address"), "street", counters),
        city=clean_field(raw.get("city"), "city", counters),
        region=clean_field(raw.get("state") or raw.get("region_code"), "region", counters),
        postal_code=clean_field(raw.get("postal_code"), "postal_code", counters),
        country=country_code(clean_field(raw.get("country"), "country", counters)),
    )
    if not formatted and split.street and "," in split.street and not split.city:
        formatted = split.street  # a whole address in `address` (edmonton)
        split = AddressParts()
    if formatted:
        parsed = split_formatted_address(formatted)
        parts = AddressParts(
            street=split.street or parsed.street,
            city=split.city or parsed.city,
            region=split.region or parsed.region,
            postal_code=split.postal_code or parsed.postal_code,
            country=split.country or parsed.country or source.country,
        )
        return parts, formatted
    parts = AddressParts(
        street=split.street,
        city=split.city,
        region=split.region,
        postal_code=split.postal_code,
        country=split.country or source.country,
    )
    return parts, join_address(parts)


def parse_notes(raw: dict[str, Any], region: str | None, counters: Counter[str]) -> str | None:
    """Public notes: the meeting's, then the location's and group's, personal contacts removed."""
    pieces: list[str] = []
    for key in ("notes", "location_notes", "group_notes"):
        text = clean_field(raw.get(key), "notes", counters, kind="text")
        if text and text not in pieces:
            pieces.append(text)
    if not pieces:
        return None
    joined = "\n".join(pieces)
    if len(joined) > TEXT_LIMITS["notes"]:
        joined = cut(joined, TEXT_LIMITS["notes"])
        counters["field/notes/truncated"] += 1
    return scrub_text(joined, region, counters)


def published_name(
    value: object, field: str, region: str | None, counters: Counter[str]
) -> str | None:
    """A name, group or venue name as published: cleaned, bounded, personal data removed."""
    kind: Literal["line", "name"] = "line" if field == "location_name" else "name"
    return scrub_text(clean_field(value, field, counters, kind=kind), region, counters)


_ONLINE_PLACEHOLDER = re.compile(r"\b(online|virtual|zoom|phone)\b", re.IGNORECASE)


def geo_precision_of(lat: float | None, has_street: bool, approximate: object) -> str:
    if lat is None:
        return "none"
    if str(approximate).lower() in {"yes", "true", "1"} or not has_street:
        return "city"
    return "street"


def own_id_of(raw: Any) -> str | None:
    """The source's own id of a meeting: its slug, else its numeric id."""
    if not isinstance(raw, dict):
        return None
    for key in ("slug", "id"):
        value = raw.get(key)
        try:
            text = "" if value is None else str(value).strip()
        except ValueError:  # an integer too long to print (a hostile feed) is no id
            continue
        if text:
            return text[:200]
    return None


# --- a record -------------------------------------------------------------------------


def normalize_meeting_guide(
    raw: Any, source: SourceConfig, counters: Counter[str], source_url: str | None = None
) -> list[dict[str, Any]]:
    """One Meeting Guide object to its meeting rows; raises `RecordRejected` with the reason.

    `source_url` is where the feed was fetched (after redirects); the source's URL if unset.
    A value no parser foresaw (a 5,000-digit number, a nested object where text belongs)
    is a reject naming the error, never an exception that would take the source down.
    """
    try:
        return _meetings_of(raw, source, counters, source_url)
    except RecordRejected:
        raise
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        raise RecordRejected(
            f"unreadable record ({type(exc).__name__}): {scrub_text(str(exc)[:200])}",
            "unreadable",
        ) from None


def _meetings_of(
    raw: Any, source: SourceConfig, counters: Counter[str], source_url: str | None
) -> list[dict[str, Any]]:
    if not isinstance(raw, dict):
        raise RecordRejected(f"record is a JSON {type(raw).__name__}, not an object", "record")
    region = source.country
    name = published_name(raw.get("name"), "name", region, counters)
    if not name:
        raise RecordRejected("missing name", "name")
    try:
        days = parse_days(raw.get("day"))
    except UnreadableValue as exc:
        raise RecordRejected(str(exc), "day") from None
    try:
        start, starts_next_day = parse_start_time(raw.get("time"))
        end = parse_time(raw.get("end_time"))
    except UnreadableValue as exc:
        raise RecordRejected(str(exc), "time") from None
    if starts_next_day:  # "24:00" on Monday is Tuesday's 00:00
        days = sorted({next_day(d) for d in days}, key=lambda d: -1 if d is None else d)
        counters["field/time/24h_next_day"] += 1
    if end is None:
        counters["field/end_time/missing"] += 1
    zone, zone_source = parse_timezone(raw, source)
    types, source_types = parse_types(raw.get("types"), counters)
    parts, formatted = parse_address(raw, source, counters)
    street_ok = has_street_address(parts.street) and not _ONLINE_PLACEHOLDER.search(
        parts.street or ""
    )
    link = conference_url(raw.get("conference_url"))
    if raw.get("conference_url") and not link:
        counters["field/conference_url/invalid"] += 1
    if link and scrub_url(link) != link:
        link = scrub_url(link)
        counters["privacy/credentials_removed"] += 1
    phone = raw.get("conference_phone")
    decision = decide_attendance(
        attendance_option=raw.get("attendance_option"),
        types=types,
        has_link=link is not None,
        has_phone=isinstance(phone, str) and bool(phone.strip()),
        has_street=street_ok,
    )
    for note in decision.notes:
        counters[f"field/attendance/contradiction/{note}"] += 1
    lat = parse_coordinate(raw.get("latitude"), -90, 90)
    lon = parse_coordinate(raw.get("longitude"), -180, 180)
    if lat is None or lon is None or (lat == 0 and lon == 0):
        if raw.get("latitude") not in (None, "") or raw.get("longitude") not in (None, ""):
            counters["field/coordinates/invalid"] += 1
        lat = lon = None
    given_id = own_id_of(raw)
    own_id = public_source_id(given_id) or fallback_source_meeting_id(
        name, raw.get("day"), raw.get("time"), formatted
    )
    if given_id and own_id != given_id:
        counters["privacy/source_id_hashed"] += 1
    common: dict[str, Any] = dict(
        MEETING_DEFAULTS,
        source_id=source.id,
        source_meeting_id=own_id,
        source_url=scrub_url(source_url or source.url),
        fellowship=source.fellowship,
        name=name,
        group_name=published_name(raw.get("group"), "group_name", region, counters),
        start_time=start,
        end_time=end,
        timezone=zone,
        timezone_source=zone_source,
        attendance=decision.attendance,
        status=decision.status,
        types=types,
        source_types=source_types,
        languages=parse_languages(types),
        location_name=published_name(raw.get("location"), "location_name", region, counters),
        street=parts.street,
        city=parts.city,
        region=parts.region,
        postal_code=parts.postal_code,
        country=parts.country,
        formatted_address=formatted,
        latitude=lat,
        longitude=lon,
        geo_precision=geo_precision_of(lat, street_ok, raw.get("approximate")),
        geo_source="source" if lat is not None else None,
        conference_url=link,
        conference_provider=conference_provider(link),
        notes=parse_notes(raw, region, counters),
        updated_at=parse_updated(raw.get("updated"), zone),
    )
    several = len(days) > 1
    return [
        {
            **common,
            "meeting_id": meeting_id(source.id, own_id, day, several_days=several),
            "day": day,
        }
        for day in days
    ]


# --- a source -------------------------------------------------------------------------

Mapper = Callable[[Any, SourceConfig, Counter[str], str | None], list[dict[str, Any]]]

#: How each platform's record becomes meeting rows; keyed like `SourceConfig.platform`.
MAPPERS: dict[str, Mapper] = {"meeting_guide": normalize_meeting_guide}


@dataclass
class SourceRows:
    """One source's meeting and reject rows, in memory (one source is small)."""

    source_id: str
    meetings: list[dict[str, Any]] = field(default_factory=list)
    rejects: list[dict[str, Any]] = field(default_factory=list)
    fetched: int = 0
    failure: str | None = None
    counters: Counter[str] = field(default_factory=Counter)


def reject_row(
    source_id: str,
    own_id: str | None,
    source_url: str,
    reason: str,
    raw: Any,
    fetched_at: datetime,
) -> dict[str, Any]:
    """A reject that keeps what a maintainer needs and nothing personal (the one scrubber)."""
    return {
        "source_id": source_id,
        "source_meeting_id": public_source_id(own_id),
        "source_url": scrub_url(source_url) or source_url,
        "reason": scrub_public(reason) or reason,
        "raw_payload": payload_json(raw),
        "fetched_at": fetched_at,
    }


class SourceTimedOut(RuntimeError):
    """Normalizing one source went past its time limit (`pipeline.limits`)."""

    def __init__(self, done: int) -> None:
        super().__init__(f"{done} records done")
        self.done = done


def normalize_records(
    source: SourceConfig,
    records: Iterable[Any],
    source_url: str,
    fetched_at: datetime,
    deadline: float | None = None,
) -> SourceRows:
    """Map every record of one source; rejects keep the record, ids must be unique.

    A mapper that raises anything is a reject naming the error, never a lost source.
    Past `deadline` (a `time.monotonic()` value) raises `SourceTimedOut`.
    """
    mapper = MAPPERS[source.platform]
    rows = SourceRows(source_id=source.id)
    seen: dict[str, str] = {}
    for raw in records:
        if deadline is not None and time.monotonic() > deadline:
            raise SourceTimedOut(rows.fetched)
        rows.fetched += 1
        try:
            meetings = mapper(raw, source, rows.counters, source_url)
        except Exception as exc:  # a record never takes its source down
            if not isinstance(exc, RecordRejected):
                exc = RecordRejected(
                    f"unreadable record ({type(exc).__name__}): {scrub_text(str(exc)[:200])}",
                    "unreadable",
                )
            rows.rejects.append(
                reject_row(source.id, own_id_of(raw), source_url, str(exc), raw, fetched_at)
            )
            rows.counters[f"rejected/{exc.field}"] += 1
            continue
        for meeting in meetings:
            if meeting["meeting_id"] in seen:
                rows.counters["rejected/duplicate_id"] += 1
                rows.rejects.append(
                    reject_row(
                        source.id,
                        own_id_of(raw),
                        source_url,
                        f"duplicate id: source id {meeting['source_meeting_id']!r} is already "
                        f"used by {seen[meeting['meeting_id']]!r} in this feed; each listed "
                        "meeting (and each day of a record listing several) needs its own id",
                        raw,
                        fetched_at,
                    )
                )
                continue
            seen[meeting["meeting_id"]] = meeting["name"]
            rows.meetings.append(meeting)
    return rows


def feed_failure(source: SourceConfig, fetched: Fetched, reason: str, excerpt: str) -> SourceRows:
    """A source whose payload is unusable: failed, with one `feed:` reject saying why."""
    rows = SourceRows(source_id=source.id, failure=reason)
    rows.rejects.append(
        reject_row(
            source.id,
            None,
            fetched.public_url,
            f"feed: {reason}",
            excerpt,
            datetime.fromisoformat(fetched.fetched_at),
        )
    )
    return rows


def normalize_payload(
    source: SourceConfig,
    fetched: Fetched,
    body: bytes,
    time_limit: float = SOURCE_NORMALIZE_SECONDS,
) -> SourceRows:
    """One source's fetched payload to its rows; an unreadable feed fails the source.

    Nothing here takes a source from meetings to none quietly: a reader that crashes, a
    payload whose top-level array holds more records than were mapped, and a source that
    takes longer than `time_limit` seconds each fail the source with the reason (its last
    good meetings are then kept, stale, by carry-forward).
    """
    if fetched.error is not None:
        return feed_failure(source, fetched, fetched.error, fetched.excerpt)
    deadline = time.monotonic() + time_limit
    try:
        payload = read_payload(source.platform, body, fetched.content_type)
        rows = normalize_records(
            source,
            payload.records,
            fetched.public_url,
            datetime.fromisoformat(fetched.fetched_at),
            deadline,
        )
    except FeedUnreadable as exc:
        return feed_failure(source, fetched, str(exc), exc.excerpt)
    except SourceTimedOut as exc:
        return feed_failure(
            source,
            fetched,
            f"normalizing took longer than the {time_limit:.0f} s limit per source "
            f"({exc.done} records done)",
            "",
        )
    rows.counters.update(payload.counters)
    if payload.declared is not None and rows.fetched < payload.declared:
        return feed_failure(
            source,
            fetched,
            f"the payload's array holds {payload.declared} records but only {rows.fetched} "
            "were read; kept the last good meetings",
            "",
        )
    return rows
