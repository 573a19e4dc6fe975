"""Every messy case written into the demo feeds, normalized as the contract says."""

from __future__ import annotations

from datetime import time

import pytest

from pipeline.normalize.fields.ids import meeting_id
from pipeline.types import SourceBatch
from tests.helpers import by_own_id, normalize_demo


@pytest.fixture(scope="module")
def riverbend() -> SourceBatch:
    return normalize_demo("riverbend-aa")


@pytest.fixture(scope="module")
def prairie() -> SourceBatch:
    return normalize_demo("prairie-na")


@pytest.fixture(scope="module")
def lakeside() -> SourceBatch:
    return normalize_demo("lakeside-aa")


def test_list_of_days_is_several_meetings(riverbend: SourceBatch) -> None:
    meetings = by_own_id(riverbend, "sunrise-serenity")
    assert sorted(m.day for m in meetings) == [1, 2, 3, 4, 5]
    assert len({m.meeting_id for m in meetings}) == 5
    assert meetings[0].meeting_id == meeting_id(
        "riverbend-aa", "sunrise-serenity", 1, several_days=True
    )


def test_end_time_past_midnight_is_kept(riverbend: SourceBatch) -> None:
    (meeting,) = by_own_id(riverbend, "friday-night-live")
    assert (meeting.start_time, meeting.end_time) == (time(23, 30), time(0, 30))


def test_hybrid_from_attendance_option(riverbend: SourceBatch) -> None:
    (meeting,) = by_own_id(riverbend, "hybrid-hope")
    assert (meeting.attendance, meeting.status, meeting.conference_provider) == (
        "hybrid",
        "active",
        "zoom",
    )


def test_online_meeting_with_city_only_address(riverbend: SourceBatch) -> None:
    (meeting,) = by_own_id(riverbend, "online-12x12")
    assert meeting.attendance == "online"
    assert meeting.conference_provider == "google_meet"
    assert meeting.geo_precision == "city"
    assert meeting.types == ["C", "12x12", "ONL"]
    assert (meeting.city, meeting.region, meeting.country, meeting.street) == (
        "Peoria",
        "IL",
        "US",
        None,
    )


def test_temporarily_closed(riverbend: SourceBatch) -> None:
    (meeting,) = by_own_id(riverbend, "basement-group-tc")
    assert meeting.status == "temporarily_closed"
    assert meeting.end_time is None


def test_onl_without_link_is_counted_and_inactive(riverbend: SourceBatch) -> None:
    (meeting,) = by_own_id(riverbend, "onl-without-link")
    assert (meeting.attendance, meeting.status) == ("online", "inactive")
    assert riverbend.counters["field/attendance/contradiction/onl_without_link"] >= 1


def test_stray_whitespace_and_entities(riverbend: SourceBatch) -> None:
    (meeting,) = by_own_id(riverbend, "stray-whitespace")
    assert meeting.name == "Keep It Simple"
    assert meeting.start_time == time(10, 0)
    assert meeting.location_name == "St. Mark's Episcopal Church"
    assert meeting.types == ["O", "D"]
    assert meeting.notes == "Enter by the side door & go downstairs.\nCoffee at 9:45."
    assert meeting.formatted_address == "1314 W Adams St, Peoria, IL 61606, USA"
    assert (meeting.street, meeting.postal_code) == ("1314 W Adams St", "61606")


def test_updated_is_utc(riverbend: SourceBatch) -> None:
    (meeting,) = by_own_id(riverbend, "hybrid-hope")
    assert meeting.updated_at is not None and meeting.updated_at.utcoffset().total_seconds() == 0
    assert meeting.updated_at.hour == 13  # 08:00 in Chicago (CDT)


def test_riverbend_rejects(riverbend: SourceBatch) -> None:
    reasons = {r.source_meeting_id: r.reason for r in riverbend.rejects}
    assert reasons == {"bad-day-seven": "day 7 is outside 0-6", "missing-name": "missing name"}
    (missing,) = [r for r in riverbend.rejects if r.source_meeting_id == "missing-name"]
    assert "jane.doe@example.org" not in missing.raw_payload
    assert "309-555-0142" not in missing.raw_payload
    assert "[email removed]" in missing.raw_payload


def test_twelve_hour_times_names_and_caps(prairie: SourceBatch) -> None:
    (serene,) = by_own_id(prairie, "clean-and-serene")
    assert (serene.name, serene.day, serene.start_time) == ("Clean And Serene", 2, time(19, 0))
    assert serene.types == ["O", "D"] and serene.source_types == ["O", "D"]
    assert serene.fellowship == "NA"
    assert (serene.latitude, serene.longitude) == (40.699, -89.621)
    assert serene.formatted_address == "1420 W Moss Ave, Peoria, IL 61606, US"
    noon = by_own_id(prairie, "miracles-noon")
    assert sorted(m.day for m in noon) == [1, 4] and noon[0].start_time == time(12, 0)
    (friday,) = by_own_id(prairie, "hope-without-dope")
    assert (friday.day, friday.start_time) == (5, time(19, 0))
    assert friday.location_name == "Unity Church & Annex"


def test_personal_contacts_removed_from_notes(prairie: SourceBatch) -> None:
    (meeting,) = by_own_id(prairie, "hope-without-dope")
    assert meeting.notes is not None
    assert "309-555-0199" not in meeting.notes and "mike.r@example.com" not in meeting.notes


def test_link_without_scheme_and_invalid_link(prairie: SourceBatch) -> None:
    (online,) = by_own_id(prairie, "never-alone-online")
    assert online.conference_url == "https://zoom.us/j/5551234567"
    assert (online.attendance, online.status) == ("online", "active")
    (broken,) = by_own_id(prairie, "step-into-freedom")
    assert broken.conference_url is None
    assert broken.types == ["C", "ST", "ONL"]  # lower-case "onl" mapped
    assert (broken.attendance, broken.status) == ("online", "inactive")
    assert prairie.counters["field/conference_url/invalid"] == 1


def test_prairie_rejects(prairie: SourceBatch) -> None:
    reasons = sorted(r.reason for r in prairie.rejects)
    assert reasons == [
        "day 'Funday' is not a weekday",
        "record is a JSON str, not an object",
        "time 'TBD' is not a time of day",
    ]


def test_spreadsheet_feed(lakeside: SourceBatch) -> None:
    (shared,) = by_own_id(lakeside, "shared-space")
    assert (shared.day, shared.start_time, shared.end_time) == (0, time(18), time(19))
    assert shared.types == ["O", "D"]
    (late,) = by_own_id(lakeside, "late-night")
    assert (late.latitude, late.longitude, late.geo_precision) == (None, None, "none")
    assert lakeside.counters["field/coordinates/invalid"] == 1
    noon = [m for m in lakeside.meetings if m.name == "Noon Tide"]
    assert len(noon) == 1 and noon[0].source_meeting_id.startswith("h-")
    assert noon[0].start_time == time(12, 0) and noon[0].types == ["C", "W"]
    assert lakeside.rejects == []


def test_ids_are_stable_between_runs() -> None:
    first = [m.meeting_id for m in normalize_demo("lakeside-aa").meetings]
    second = [m.meeting_id for m in normalize_demo("lakeside-aa").meetings]
    assert first == second and len(set(first)) == len(first)


@pytest.mark.parametrize(
    ("value", "expected_utc_hour"),
    [("2026-10-01 08:00:00", 13), ("10/1/2026", 5), ("10/1/2026 8:00:00 AM", 13),
     ("2026-10-01T08:00:00+00:00", 8), ("2026-10-01T08:00:00", 13)],
)  # fmt: skip
def test_updated_formats(value: str, expected_utc_hour: int) -> None:
    from pipeline.normalize.source import parse_updated

    stamp = parse_updated(value, "America/Chicago")
    assert stamp is not None and stamp.hour == expected_utc_hour and stamp.day == 1


def test_unreadable_updated_is_null() -> None:
    from pipeline.normalize.source import parse_updated

    assert parse_updated("last Tuesday", "America/Chicago") is None
