"""One source's records to contract meeting rows: a mapper per platform, one builder.

A platform's mapper (`pipeline/normalize/mappers/`) reads its record's keys and
conventions into `CommonFields`; the one builder below does the rest for every platform:
defaults from the source (time zone, country, fellowship, each counted), attendance,
coordinates' precision, ids, one meeting per day, the 24:00 next-day rule, and the
privacy scrubbing of everything published (names, group and venue names, notes, ids,
URLs). A record becomes zero or more meetings or one reject with a reason; a value no
parser foresaw is a reject naming the error, never an exception that takes the source
down. Every fix and guess is counted under `field/<name>/<what>` (the All The Places
habit).

Rows are plain dicts in the column order of `schemas.tables.MEETINGS_SCHEMA`: a night
holds hundreds of thousands, and the contract is checked once, on the published table.
Reading a payload into records is `payloads.py`'s job; writing a source's tables and
reusing unchanged ones is `stage.py`'s.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from pipeline.limits import SOURCE_NORMALIZE_SECONDS
from pipeline.normalize.fields.address import AddressParts, has_street_address, join_address
from pipeline.normalize.fields.attendance import (
    conference_provider,
    conference_url,
    decide_attendance,
)
from pipeline.normalize.fields.ids import fallback_source_meeting_id, meeting_id
from pipeline.normalize.fields.privacy import payload_json
from pipeline.normalize.fields.scrub import public_source_id, scrub_public, scrub_text, scrub_url
from pipeline.normalize.fields.text import TEXT_LIMITS, cut
from pipeline.normalize.fields.times import next_day
from pipeline.normalize.mappers import bmlt, html, meeting_guide
from pipeline.normalize.mappers.common import CommonFields, UnmappableRecord
from pipeline.normalize.payloads import FeedUnreadable, Payload, SourceRecords, read_payload
from pipeline.types import Fetched
from schemas.sources import HTML_PLATFORMS, SourceConfig
from schemas.tables import MEETING_DEFAULTS

#: A record that cannot become a meeting; `field` names what was wrong, for the
#: per-source counter `rejected/<field>`. Mappers raise it as `UnmappableRecord`.
RecordRejected = UnmappableRecord
own_id_of = meeting_guide.own_id_of


# --- what the builder adds to every platform's fields -----------------------------------


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


def timezone_of(fields: CommonFields, source: SourceConfig) -> tuple[str, str]:
    if fields.timezone:
        return fields.timezone, "source"
    if source.timezone:
        return source.timezone, "source_default"
    raise RecordRejected(
        "no time zone: the record has none and the source sets no default", "timezone"
    )


def published_notes(notes: str | None, region: str | None, counters: Counter[str]) -> str | None:
    """Public notes, bounded as a whole, personal contacts removed."""
    if not notes:
        return None
    if len(notes) > TEXT_LIMITS["notes"]:
        notes = cut(notes, TEXT_LIMITS["notes"])
        counters["field/notes/truncated"] += 1
    return scrub_text(notes, region, counters)


_ONLINE_PLACEHOLDER = re.compile(r"\b(online|virtual|zoom|phone)\b", re.IGNORECASE)


def geo_precision_of(lat: float | None, has_street: bool, approximate: bool) -> str:
    if lat is None:
        return "none"
    if approximate or not has_street:
        return "city"
    return "street"


def fellowship_of(fields: CommonFields, source: SourceConfig, counters: Counter[str]) -> str:
    """The record's own fellowship where it names one, else the source's; counted."""
    if fields.fellowship:
        counters["fellowship/from_record"] += 1
        return fields.fellowship
    counters["fellowship/source_default"] += 1
    return source.fellowship


def build_meetings(
    fields: CommonFields, source: SourceConfig, counters: Counter[str], source_url: str | None
) -> list[dict[str, Any]]:
    """A mapped record's meeting rows: one per day, with everything the contract needs."""
    region = source.country
    name = scrub_text(fields.name, region, counters)
    if not name:
        raise RecordRejected("missing name", "name")
    days = fields.days
    if fields.start_next_day:  # "24:00" on Monday is Tuesday's 00:00
        days = sorted({next_day(d) for d in days}, key=lambda d: -1 if d is None else d)
        counters["field/time/24h_next_day"] += 1
    if fields.end is None:
        counters["field/end_time/missing"] += 1
    zone, zone_source = timezone_of(fields, source)
    types = fields.types
    parts = AddressParts(
        street=fields.street,
        city=fields.city,
        region=fields.region,
        postal_code=fields.postal_code,
        country=fields.country or source.country,
    )
    given = (parts.street, parts.city, parts.region, parts.postal_code)
    formatted = fields.formatted_address or (join_address(parts) if any(given) else None)
    street_ok = has_street_address(parts.street) and not _ONLINE_PLACEHOLDER.search(
        parts.street or ""
    )
    link = conference_url(fields.conference_url)
    if fields.conference_url and not link:
        counters["field/conference_url/invalid"] += 1
    if link and scrub_url(link) != link:
        link = scrub_url(link)
        counters["privacy/credentials_removed"] += 1
    decision = decide_attendance(
        attendance_option=fields.attendance_option,
        types=types.types,
        has_link=link is not None,
        has_phone=bool(fields.conference_phone),
        has_street=street_ok,
    )
    for note in decision.notes:
        counters[f"field/attendance/contradiction/{note}"] += 1
    lat, lon = fields.latitude, fields.longitude
    day_basis, time_basis = (*fields.id_basis, None, None)[:2]
    own_id = public_source_id(fields.own_id) or fallback_source_meeting_id(
        name, day_basis, time_basis, formatted
    )
    if fields.own_id and own_id != fields.own_id:
        counters["privacy/source_id_hashed"] += 1
    if fields.stale:
        counters["stale/from_source"] += 1
    common: dict[str, Any] = dict(
        MEETING_DEFAULTS,
        source_id=source.id,
        source_meeting_id=own_id,
        source_url=scrub_url(source_url or source.url),
        fellowship=fellowship_of(fields, source, counters),
        name=name,
        group_name=scrub_text(fields.group, region, counters),
        start_time=fields.start,
        end_time=fields.end,
        timezone=zone,
        timezone_source=zone_source,
        attendance=decision.attendance,
        status=decision.status,
        types=types.types,
        source_types=types.source_types,
        languages=types.languages,
        location_name=scrub_text(fields.location_name, region, counters),
        street=parts.street,
        city=parts.city,
        region=parts.region,
        postal_code=parts.postal_code,
        country=parts.country,
        formatted_address=formatted,
        latitude=lat,
        longitude=lon,
        geo_precision=geo_precision_of(lat, street_ok, fields.approximate),
        geo_source="source" if lat is not None else None,
        conference_url=link,
        conference_provider=conference_provider(link),
        notes=published_notes(fields.notes, region, counters),
        updated_at=parse_updated(fields.updated, zone),
        stale=fields.stale,
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


# --- one mapper per platform ------------------------------------------------------------


@dataclass(frozen=True)
class Mapper:
    """A platform's record reader: its fields, and its own id (for reject rows).

    `map_record(raw, counters, context)` gets the reader's per-source context (a BMLT
    server's format list); platforms that need none ignore it.
    """

    map_record: Callable[[Mapping[str, Any], Counter[str], Any], CommonFields]
    own_id: Callable[[Any], str | None]


def _bmlt_record(raw: Mapping[str, Any], counters: Counter[str], context: Any) -> CommonFields:
    return bmlt.map_record(raw, counters, context.formats)


def _bmlt_own_id(raw: Any) -> str | None:
    return bmlt.own_id_of(raw) if isinstance(raw, Mapping) else None


_BMLT = Mapper(_bmlt_record, _bmlt_own_id)
_HTML = Mapper(html.map_record, meeting_guide.own_id_of)

#: How each platform's record becomes common fields; keyed like `SourceConfig.platform`.
MAPPERS: dict[str, Mapper] = {
    "meeting_guide": Mapper(meeting_guide.map_record, meeting_guide.own_id_of),
    "bmlt": _BMLT,
    "bmlt_export": _BMLT,
    **{platform: _HTML for platform in HTML_PLATFORMS},
}


def normalize_record(
    mapper: Mapper,
    raw: Any,
    source: SourceConfig,
    counters: Counter[str],
    source_url: str | None = None,
    context: Any = None,
    *,
    stale: bool = False,
) -> list[dict[str, Any]]:
    """One record to its meeting rows through its platform's mapper and the builder;
    raises `RecordRejected` with the reason.

    `source_url` is where the feed was fetched (after redirects); the source's URL if
    unset. `stale` marks a record from a part of the source known to be out of date.
    """
    if not isinstance(raw, dict):
        raise RecordRejected(f"record is a JSON {type(raw).__name__}, not an object", "record")
    try:
        fields = mapper.map_record(raw, counters, context)
        fields.stale = fields.stale or stale
        return build_meetings(fields, source, counters, source_url)
    except RecordRejected:
        raise
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        raise RecordRejected(
            f"unreadable record ({type(exc).__name__}): {scrub_text(str(exc)[:200])}",
            "unreadable",
        ) from None


def normalize_meeting_guide(
    raw: Any, source: SourceConfig, counters: Counter[str], source_url: str | None = None
) -> list[dict[str, Any]]:
    """One Meeting Guide object to its meeting rows; raises `RecordRejected`."""
    return normalize_record(MAPPERS["meeting_guide"], raw, source, counters, source_url)


# --- a source -------------------------------------------------------------------------


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
    records: Iterable[Any] | SourceRecords,
    source_url: str,
    fetched_at: datetime,
    deadline: float | None = None,
) -> SourceRows:
    """Map every record of one source; rejects keep the record, ids must be unique.

    A mapper that raises anything is a reject naming the error, never a lost source.
    Past `deadline` (a `time.monotonic()` value) raises `SourceTimedOut`.
    """
    mapper = MAPPERS[source.platform]
    read = records if isinstance(records, SourceRecords) else SourceRecords(list(records))
    rows = SourceRows(source_id=source.id, counters=Counter(read.counters))
    seen: dict[str, str] = {}
    for index, raw in enumerate(read.records):
        if deadline is not None and time.monotonic() > deadline:
            raise SourceTimedOut(rows.fetched)
        rows.fetched += 1
        try:
            meetings = normalize_record(
                mapper,
                raw,
                source,
                rows.counters,
                source_url,
                read.context,
                stale=index in read.stale,
            )
        except Exception as exc:  # a record never takes its source down
            if not isinstance(exc, RecordRejected):
                exc = RecordRejected(
                    f"unreadable record ({type(exc).__name__}): {scrub_text(str(exc)[:200])}",
                    "unreadable",
                )
            rows.rejects.append(
                reject_row(source.id, mapper.own_id(raw), source_url, str(exc), raw, fetched_at)
            )
            rows.counters[f"rejected/{exc.field}"] += 1
            continue
        for meeting in meetings:
            if meeting["meeting_id"] in seen:
                rows.counters["rejected/duplicate_id"] += 1
                rows.rejects.append(
                    reject_row(
                        source.id,
                        mapper.own_id(raw),
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
    """A source whose payload is unusable: failed, with one `feed:` reject saying why.

    Counted by kind (`failure/<kind>`): the crawl's (dns, timeout, forbidden, ...) or
    `malformed` for a payload that arrived but is not the platform's.
    """
    rows = SourceRows(source_id=source.id, failure=reason)
    kind = fetched.failure_kind or ("malformed" if fetched.error is None else "crawl")
    rows.counters[f"failure/{kind}"] += 1
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
    parts: Mapping[str, bytes] | None = None,
    time_limit: float = SOURCE_NORMALIZE_SECONDS,
) -> SourceRows:
    """One source's fetched payload to its rows; an unreadable feed fails the source.

    `parts` are the further responses of a source fetched in several requests (a BMLT
    server's formats, an export's files), by name. Nothing here takes a source from
    meetings to none quietly: a reader that crashes, a payload whose top-level array holds
    more records than were mapped, and a source that takes longer than `time_limit`
    seconds each fail the source with the reason (its last good meetings are then kept,
    stale, by carry-forward).
    """
    if fetched.error is not None:
        return feed_failure(source, fetched, fetched.error, fetched.excerpt)
    deadline = time.monotonic() + time_limit
    try:
        read, declared = read_payload(
            source.platform, Payload(body, dict(parts or {})), fetched.content_type
        )
        rows = normalize_records(
            source,
            read,
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
    if declared is not None and rows.fetched < declared:
        return feed_failure(
            source,
            fetched,
            f"the payload's array holds {declared} records but only {rows.fetched} "
            "were read; kept the last good meetings",
            "",
        )
    return rows
