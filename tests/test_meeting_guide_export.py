"""meeting-guide.json: the spec's vocabulary, the schema, MAT and stale marks, a round trip."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pyarrow.parquet as pq
import pytest

from pipeline.crawl.local_server import LocalFeedServer
from pipeline.crawl.process import crawl_batch
from pipeline.normalize.stage import normalize_fetched
from pipeline.publish.exports.meeting_guide import (
    FILE_NAME,
    MAT_CUSTOM_CODES,
    spec_type_codes,
    write_meeting_guide,
)
from pipeline.publish.exports.meeting_guide_schema import feed_problems, record_problems
from pipeline.publish.tables import meetings_from_table
from schemas.meeting import Meeting
from schemas.vocab import LANGUAGE_CODES, MEETING_TYPES
from tests.conftest import CORPUS, make_source
from tests.release_builders import (
    demo_batches,
    feed_batch,
    publish_night,
    single_feed_release,
)
from tests.test_corpus import ZONES

VENDORED_TYPES = (
    Path(__file__).resolve().parent.parent
    / "pipeline/publish/exports/vendor/meeting-guide-types.json"
)

#: Codes our vocabulary keeps that the spec's list does not have, and why.
OUR_OWN_CODES = {"ONL"}  # feeds mark online meetings with it; the spec uses conference_url


def feed_of(release: Path) -> list[dict[str, Any]]:
    return json.loads((release / FILE_NAME).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def meetings_of(release: Path) -> list[Meeting]:
    return meetings_from_table(pq.read_table(release / "meetings.parquet"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sources, batches = demo_batches()
    return publish_night(tmp_path_factory.mktemp("data"), sources, batches)


# --- the spec's vocabulary ------------------------------------------------------------


def test_vocabulary_holds_every_code_of_the_spec() -> None:
    spec = json.loads(VENDORED_TYPES.read_text(encoding="utf-8"))
    assert len(spec) == 87
    assert sorted(set(spec) - set(MEETING_TYPES)) == []
    assert {code: MEETING_TYPES[code] for code in spec} == {c: n["en"] for c, n in spec.items()}
    assert set(MEETING_TYPES) - set(spec) == OUR_OWN_CODES


def test_every_language_code_of_the_spec_maps_to_iso_639_1() -> None:
    languages = {"AF", "AM", "AR", "BG", "DA", "DE", "EL", "EN", "FA", "FI", "FR", "HE", "HI",
                 "HR", "HU", "IS", "ITA", "JA", "KA", "KOR", "LT", "ML", "MT", "NE", "NL", "NO",
                 "POL", "POR", "PUN", "RUS", "S", "SK", "SL", "SV", "TH", "TL", "TUR", "UK"}  # fmt: skip
    assert set(LANGUAGE_CODES) == languages
    assert all(len(iso) == 2 and iso.islower() for iso in LANGUAGE_CODES.values())


def test_custom_codes_collide_with_nothing_in_the_spec() -> None:
    assert not set(MAT_CUSTOM_CODES.values()) & set(spec_type_codes())
    assert not set(MAT_CUSTOM_CODES.values()) & set(MEETING_TYPES)


# --- the schema ----------------------------------------------------------------------

GOOD = {"name": "Sunday Serenity", "slug": "sunday-serenity-14", "day": 0, "time": "18:00"}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"slug": None}, "slug"),
        ({"slug": "x" * 65}, "slug"),
        ({"slug": "has space"}, "slug"),
        ({"day": 7}, "day"),
        ({"time": "6:00"}, "time"),
        ({"time": "18:00:00"}, "time"),
        ({"end_time": "25:00"}, "end_time"),
        ({"updated": "2026-11-24T03:15:00Z"}, "updated"),
        ({"approximate": "true"}, "approximate"),
        ({"types": ["ONL"]}, "types/0"),
        ({"types": ["MAT-F"]}, "types/0"),
        ({"conference_url": "zoom meeting 123"}, "conference_url"),
        ({"conference_phone": "(555) 123-4567"}, "conference_phone"),
        ({"stale": "no"}, "stale"),
        ({"mat_status": "unknown"}, "mat_status"),
    ],
)
def test_schema_rejects_what_the_spec_forbids(change: dict[str, Any], field: str) -> None:
    record = {**GOOD, **change}
    record = {k: v for k, v in record.items() if v is not None}
    problems = record_problems(record)
    assert any(p.startswith(field) or p.startswith("(record)") for p in problems), problems


def test_schema_accepts_the_spec_example_and_one_tap_phone() -> None:
    example = {
        **GOOD, "end_time": "19:30", "location": "Alano Club", "group": "The Serenity Group",
        "updated": "2014-05-31 14:32:23", "types": ["O", "T", "LGBTQ"],
        "address": "123 Main Street", "city": "Anytown", "state": "CA",
        "postal_code": "98765", "country": "US", "approximate": "no",
        "formatted_address": "Chicago, IL, USA", "conference_phone": "+16465588656,,123456#",
        "conference_url": "https://zoom.us/j/123456789", "timezone": "America/Chicago",
    }  # fmt: skip
    assert record_problems(example) == []


def test_repeated_slug_is_a_feed_problem() -> None:
    assert feed_problems([GOOD, GOOD]) == ["slug 'sunday-serenity-14' is used more than once"]
    assert feed_problems({"meetings": []}) == ["the feed is a JSON dict, not an array"]


# --- the demo export -----------------------------------------------------------------


def test_every_demo_record_obeys_the_schema(demo: Path) -> None:
    feed = feed_of(demo)
    assert len(feed) == len(meetings_of(demo)) > 300
    assert feed_problems(feed) == []
    assert all(r["timezone"] == "America/Chicago" for r in feed)
    assert all(set(r["types"]) <= set(spec_type_codes()) for r in feed)
    assert all(len(r["slug"]) <= 64 for r in feed)


def test_mat_status_rides_in_its_own_fields(demo: Path) -> None:
    by_slug = {r["slug"]: r for r in feed_of(demo)}
    for meeting in meetings_of(demo):
        record = by_slug[meeting.meeting_id]
        if meeting.mat_status == "unknown":
            assert "mat_status" not in record and "allpaths_types" not in record
        else:
            assert record["mat_status"] == meeting.mat_status
            assert record["allpaths_types"] == [MAT_CUSTOM_CODES[meeting.mat_status]]
        assert not set(record["types"]) & set(MAT_CUSTOM_CODES.values())
    assert sum(r.get("mat_status") == "friendly" for r in by_slug.values()) > 0


def test_manifest_counts_what_the_export_left_out(demo: Path) -> None:
    manifest = json.loads((demo / "manifest.json").read_text(encoding="utf-8"))
    stats = manifest["exports"][FILE_NAME]
    onl = sum("ONL" in m.types for m in meetings_of(demo))
    assert stats["type_codes_outside_spec"] == onl > 0
    assert stats["meetings"] == manifest["counts"]["meetings"]
    assert manifest["files"][FILE_NAME]["bytes"] == (demo / FILE_NAME).stat().st_size


def test_stale_meetings_are_marked(tmp_path: Path) -> None:
    source = make_source(id="lakeside")
    feed = [
        {"name": "Keep Coming Back", "slug": "kcb", "day": 1, "time": "19:00",
         "formatted_address": "1 Main St, Peoria, IL 61602, US", "updated": "2026-01-05 18:00:00"},
    ]  # fmt: skip
    publish_night(tmp_path, [source], [feed_batch(source, feed)], night=0)
    failed = feed_batch(source, [])
    failed.failure = "HTTP 500"
    release = publish_night(tmp_path, [source], [failed], night=1)
    (record,) = feed_of(release)
    assert record["stale"] == "yes"
    assert record["updated"] == "2026-01-06 00:00:00"  # 18:00 in Chicago, in UTC
    assert feed_problems([record]) == []


def test_temporarily_closed_carries_tc_and_times_lose_only_seconds(tmp_path: Path) -> None:
    feed = [
        {"name": "Closed For Now", "slug": "c", "day": "Tuesday", "time": "7:30:45 PM",
         "attendance_option": "inactive", "address": "1 Main St", "city": "Peoria",
         "state": "IL", "types": ["O", "ONL"]},
        {"name": "By Appointment", "slug": "appt"},
    ]  # fmt: skip
    release = single_feed_release(tmp_path, feed)
    closed, appointment = sorted(feed_of(release), key=lambda r: r["name"])[::-1]
    assert closed["types"] == ["O", "TC"] and closed["time"] == "19:30" and closed["day"] == 2
    assert "day" not in appointment and "time" not in appointment
    stats = write_meeting_guide(release)  # the same counts as in the manifest
    assert (stats["tc_code_added"], stats["seconds_cut"]) == (1, 1)
    assert feed_problems(feed_of(release)) == []


# --- round trip ----------------------------------------------------------------------

#: Contract fields the Meeting Guide format carries, compared after a round trip.
CARRIED = (
    "name", "group_name", "day", "start_time", "end_time", "timezone", "attendance",
    "status", "languages", "location_name", "street", "city", "region", "postal_code",
    "country", "formatted_address", "latitude", "longitude", "geo_precision",
    "conference_url", "conference_provider", "notes",
)  # fmt: skip


def spec_types(meeting: Meeting) -> set[str]:
    return set(meeting.types) & set(spec_type_codes())


def updated_as_read_back(meeting: Meeting) -> Any:
    """`updated` is written in UTC, as the spec says; our normalizer reads a bare time in
    the meeting's zone, so it comes back shifted by the zone's offset. Pinned here so a
    change on either side shows."""
    if meeting.updated_at is None:
        return None
    wall = meeting.updated_at.astimezone(UTC).replace(tzinfo=None)
    return wall.replace(tzinfo=ZoneInfo(meeting.timezone)).astimezone(UTC)


@pytest.fixture(scope="module")
def crawled_back(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Meeting]]:
    # a default zone no meeting has, so every zone must come from the records themselves
    source = make_source(id="roundtrip", timezone="Pacific/Auckland", country=None)
    work = tmp_path_factory.mktemp("work")
    with LocalFeedServer(demo) as server:
        crawl = crawl_batch([source], {source.id: server.url_for(FILE_NAME)}, work)
    [fetched] = crawl.fetched
    assert fetched.error is None
    normalized = normalize_fetched(source, fetched, work / "normalized")
    assert pq.read_table(normalized.rejects_path).num_rows == 0
    yield [Meeting.model_validate(r) for r in pq.read_table(normalized.meetings_path).to_pylist()]


def test_round_trip_through_our_spider_keeps_every_carried_field(
    demo: Path, crawled_back: list[Meeting]
) -> None:
    original = {m.meeting_id: m for m in meetings_of(demo)}
    assert sorted(m.source_meeting_id for m in crawled_back) == sorted(original)
    for back in crawled_back:
        before = original[back.source_meeting_id]
        assert {f: getattr(back, f) for f in CARRIED} == {f: getattr(before, f) for f in CARRIED}
        assert set(back.types) == spec_types(before)
        assert back.updated_at == updated_as_read_back(before)


# --- the shared corpus ---------------------------------------------------------------

corpus_feeds = sorted((CORPUS / "meeting_guide").glob("*.json"))


@pytest.mark.skipif(not corpus_feeds, reason=f"shared corpus not present at {CORPUS}")
def test_corpus_release_export_obeys_the_schema(tmp_path: Path) -> None:
    sources, batches = [], []
    for path in corpus_feeds:
        zone, country, fellowship = ZONES.get(path.stem, ("America/New_York", None, "other"))
        source = make_source(
            id=path.stem.replace("_", "-"), timezone=zone, country=country, fellowship=fellowship
        )
        sources.append(source)
        batches.append(feed_batch(source, json.loads(path.read_text(encoding="utf-8"))))
    release = publish_night(tmp_path, sources, batches)
    feed = feed_of(release)
    assert len(feed) == sum(b.valid for b in batches) > 6000
    assert feed_problems(feed) == []
