"""The real Prefect flow, end to end: demo sources over local HTTP into a temporary data dir.

Each test's data dir shares the session's offline gazetteer (`data`), which a fresh data
dir would otherwise spend seconds building on its first night.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import duckdb
import pytest

from demo import generate as feeds_generator
from demo import generate_platforms as platforms
from flows.nightly import nightly
from pipeline.publish.write import sha256_of
from pipeline.types import CrawlSummary, Fetched
from schemas.sources import SourceConfig
from tests.conftest import DEMO, FIXTURES
from tests.geocode_helpers import data_dir_with

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("prefect_harness")]


@pytest.fixture
def data(gazetteer_file: Path, tmp_path: Path) -> Path:
    """An empty data dir holding only the session's gazetteer."""
    return data_dir_with(gazetteer_file, tmp_path / "data")


#: DESIGN.md's column types, as DuckDB reads the Parquet file.
CONTRACT_TYPES = {
    "meeting_id": "VARCHAR", "also_listed_in": "VARCHAR[]", "day": "TINYINT",
    "start_time": "TIME", "end_time": "TIME", "timezone": "VARCHAR", "types": "VARCHAR[]",
    "latitude": "DOUBLE", "longitude": "DOUBLE", "mat_status": "VARCHAR",
    "mat_confidence": "DOUBLE", "mat_needs_review": "BOOLEAN", "mat_evidence": "VARCHAR[]",
    "first_seen": "TIMESTAMP WITH TIME ZONE", "stale": "BOOLEAN",
    "updated_at": "TIMESTAMP WITH TIME ZONE",
}  # fmt: skip


def manifest_of(release: Path) -> dict[str, Any]:
    return json.loads((release / "manifest.json").read_text())


def test_demo_run_publishes_a_release_twice(data: Path) -> None:
    first = nightly(sources_path=DEMO / "sources.toml", data_dir=data)
    manifest = manifest_of(first)
    for name, entry in manifest["files"].items():
        assert sha256_of(first / name) == entry["sha256"], name
    assert manifest["previous_version"] is None
    assert set(manifest["sources"]) == {
        "riverbend-aa", "prairie-na", "lakeside-aa", "mara-online",  # Meeting Guide feeds
        "prairie-region-bmlt", "na-aggregator", "cedar-valley-aa",  # BMLT, export, HTML
    }  # fmt: skip
    assert all(s["status"] == "ok" for s in manifest["sources"].values())
    assert manifest["sources"]["prairie-na"]["rejected"] == 3
    valid = {k: s["valid"] for k, s in manifest["sources"].items()}
    server_meetings = platforms.SEEDED_SERVER_MEETINGS + len(platforms.area_meetings())
    assert valid["prairie-region-bmlt"] == server_meetings and valid["cedar-valley-aa"] > 20
    assert valid["na-aggregator"] == 82 and manifest["sources"]["na-aggregator"]["stale"] == 12
    health = (
        duckdb.connect()
        .execute(
            f"select source_id, fetched, valid, rejected, error from read_parquet('{first}/sources.parquet')"
        )
        .fetchall()
    )
    assert len(health) == 7 and all(error is None for *_, error in health)

    db = duckdb.connect()
    pattern = str(data / "releases" / "*" / "meetings.parquet")
    rows = db.execute(f"describe select * from read_parquet('{pattern}')").fetchall()
    described = {row[0]: row[1] for row in rows}
    for column, kind in CONTRACT_TYPES.items():
        assert described[column] == kind, column
    count = db.execute(f"select count(*) from read_parquet('{pattern}')").fetchone()
    assert count == (manifest["counts"]["meetings"],) and count[0] > 300
    statuses = dict(
        db.execute(
            f"select mat_status, count(*) from read_parquet('{first}/meetings.parquet') group by 1"
        ).fetchall()
    )
    assert set(statuses) <= {"friendly", "restricted", "unfriendly", "unknown"}
    assert statuses["unknown"] > statuses["friendly"] > 0  # most meetings say nothing
    assert manifest["mat"] == statuses
    deciders = manifest["mat_decided_by"]  # every row counted once, by what decided it
    assert sum(deciders.values()) == sum(statuses.values())
    assert 0 < deciders["none"] <= statuses["unknown"]  # only an unknown has no decider
    rejects = db.execute(f"select count(*) from read_parquet('{first}/rejects.parquet')").fetchone()
    assert rejects == (manifest["counts"]["rejects"],) == (5,)

    second = nightly(sources_path=DEMO / "sources.toml", data_dir=data)
    assert second != first
    latest = json.loads((data / "latest.json").read_text())
    assert latest["version"] == second.name
    second_manifest = manifest_of(second)
    assert second_manifest["previous_version"] == first.name
    assert second_manifest["counts"]["changes"] == {"added": 0, "changed": 0, "removed": 0}


def test_malformed_feeds_cost_only_what_is_bad(tmp_path: Path, data: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(FIXTURES / "responses" / "meeting_guide.json", site / "good.json")
    shutil.copy(FIXTURES / "responses" / "not_json.html", site / "broken.json")
    shutil.copy(FIXTURES / "responses" / "object.json", site / "object.json")
    sources = site / "sources.toml"
    sources.write_text(
        "".join(
            f'[[source]]\nid = "{name}"\nplatform = "meeting_guide"\nurl = "local:{name}.json"\n'
            'fellowship = "AA"\ntimezone = "America/Denver"\n\n'
            for name in ("good", "broken", "object")
        )
    )
    release = nightly(sources_path=sources, data_dir=data)
    stats = manifest_of(release)["sources"]
    assert stats["good"]["status"] == "ok" and stats["good"]["valid"] == 4
    assert stats["good"]["rejected"] == 1
    assert stats["broken"]["status"] == "failed" and "not JSON" in stats["broken"]["error"]
    assert stats["object"]["status"] == "failed" and "JSON object" in stats["object"]["error"]
    reasons = dict(
        duckdb.connect()
        .execute(f"select source_id, reason from read_parquet('{release}/rejects.parquet')")
        .fetchall()
    )
    assert reasons["good"] == "record is a JSON str, not an object"
    assert reasons["broken"].startswith("feed: response is not JSON")
    assert reasons["object"].startswith("feed: feed is a JSON object")

    # the good source breaks the next night: its meetings stay, marked stale
    shutil.copy(FIXTURES / "responses" / "not_json.html", site / "good.json")
    next_release = nightly(sources_path=sources, data_dir=data)
    next_stats = manifest_of(next_release)["sources"]["good"]
    assert (next_stats["status"], next_stats["stale"]) == ("failed", 4)
    stale = (
        duckdb.connect()
        .execute(
            f"select count(*), bool_and(stale) from read_parquet('{next_release}/meetings.parquet')"
        )
        .fetchone()
    )
    assert stale == (4, True)


def queue_rows(release: Path) -> list[dict[str, str]]:
    with (release / "review-queue.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def meeting_row(release: Path, meeting_id: str) -> tuple[Any, ...]:
    row = (
        duckdb.connect()
        .execute(
            "select mat_status, mat_decided_by, mat_needs_review, mat_evidence "
            f"from read_parquet('{release}/meetings.parquet') where meeting_id = ?",
            [meeting_id],
        )
        .fetchone()
    )
    assert row is not None
    return row


def test_reviews_outlive_runs_and_changed_text_returns_to_the_queue(
    tmp_path: Path, data: Path
) -> None:
    demo = tmp_path / "demo"
    shutil.copytree(DEMO, demo, ignore=shutil.ignore_patterns("*.py"))
    reviews = tmp_path / "reviews"
    reviews.mkdir()
    (reviews / "mat.csv").write_text(
        "meeting_id,mat_status,reason,reviewer,reviewed_on,text_hash\n"
    )

    first = nightly(sources_path=demo / "sources.toml", data_dir=data, reviews_path=reviews)
    queued = {row["name"]: row for row in queue_rows(first)}
    target = queued["Clean And Serene"]  # friendly by the rules, new, so queued
    assert target["mat_status"] == "friendly" and target["queue_reason"] == "new since last release"

    # a maintainer copies the queue row, corrects the status, signs it; and one orphan
    with (reviews / "mat.csv").open("a", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                target["meeting_id"],
                "restricted",
                "secretary says no sharing on MAT",
                "Sam R.",
                "2026-11-24",
                target["text_hash"],
            ]
        )
        writer.writerow(["no-such-meeting", "friendly", "old listing", "Sam R.", "2026-01-02", ""])

    for _ in range(2):  # the review holds in the next release and the one after
        release = nightly(sources_path=demo / "sources.toml", data_dir=data, reviews_path=reviews)
        status, decided_by, needs_review, evidence = meeting_row(release, target["meeting_id"])
        assert (status, decided_by, needs_review) == ("restricted", "review", False)
        assert "secretary says no sharing on MAT" in evidence[0]
        manifest = manifest_of(release)
        assert manifest["reviews"]["applied"] == 1
        assert [o["meeting_id"] for o in manifest["reviews"]["orphaned"]] == ["no-such-meeting"]
        assert target["meeting_id"] not in {r["meeting_id"] for r in queue_rows(release)}

    feed = demo / "feeds" / "prairie-na.json"
    feed.write_text(feed.read_text().replace("everyone may share", "all may share and chair"))
    edited = nightly(sources_path=demo / "sources.toml", data_dir=data, reviews_path=reviews)
    status, decided_by, needs_review, _ = meeting_row(edited, target["meeting_id"])
    assert (status, decided_by, needs_review) == ("restricted", "review", True)
    first_row = queue_rows(edited)[0]
    assert (first_row["meeting_id"], first_row["queue_reason"]) == (
        target["meeting_id"], "text changed since review",
    )  # fmt: skip
    assert manifest_of(edited)["reviews"]["text_changed"] == [target["meeting_id"]]


def test_a_crashing_crawl_costs_only_its_source(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.nightly as flow_module

    real_crawl_batch = flow_module.crawl_batch

    def crash_prairie(
        sources: list[SourceConfig], urls: dict[str, str], *args: Any, **kwargs: Any
    ) -> CrawlSummary:
        others = [s for s in sources if s.id != "prairie-na"]
        summary = real_crawl_batch(others, urls, *args, **kwargs)
        summary.fetched.append(
            Fetched(
                source_id="prairie-na",
                url=urls["prairie-na"],
                public_url=urls["prairie-na"],
                fetched_at="2026-11-25T03:15:00+00:00",
                error="crawl process exited with -9",
            )
        )
        return summary

    monkeypatch.setattr(flow_module, "crawl_batch", crash_prairie)
    release = nightly(sources_path=DEMO / "sources.toml", data_dir=data)
    stats = manifest_of(release)["sources"]
    assert stats["prairie-na"]["status"] == "failed"
    assert "exited with -9" in stats["prairie-na"]["error"]
    assert stats["riverbend-aa"]["status"] == "ok" and stats["riverbend-aa"]["valid"] > 100


def release_ids(release: Path) -> list[str]:
    rows = (
        duckdb.connect()
        .execute(f"select meeting_id from read_parquet('{release}/meetings.parquet')")
        .fetchall()
    )
    return [row[0] for row in rows]


def test_two_nights_over_the_demo_change_nothing(data: Path) -> None:
    first = nightly(sources_path=DEMO / "sources.toml", data_dir=data)
    second = nightly(sources_path=DEMO / "sources.toml", data_dir=data)
    assert release_ids(second) == release_ids(first) and len(release_ids(first)) > 300
    changes = (
        duckdb.connect()
        .execute(f"select count(*) from read_parquet('{second}/changes.parquet')")
        .fetchone()
    )
    assert changes == (0,)
    night = manifest_of(second)["night"]
    # the demo server answers 304 to the second night's conditional requests
    assert night["sources_not_modified"] == night["sources_reused"] == 7
    assert all(s["reused"] for s in manifest_of(second)["sources"].values())
    assert not any(s["reused"] for s in manifest_of(first)["sources"].values())
    merged = "select meeting_id, also_listed_in from read_parquet(?) where len(also_listed_in) > 0"
    assert (
        duckdb.connect().execute(merged, [str(second / "meetings.parquet")]).fetchall()
        == duckdb.connect().execute(merged, [str(first / "meetings.parquet")]).fetchall()
    )
    timings = manifest_of(second)["timings"]
    stages = {"crawl", "normalize", "carry", "geocode", "dedupe", "tag", "combine", "changes"}
    assert stages | {"publish"} <= set(timings)
    assert manifest_of(second)["geocode"]["precision"] == manifest_of(first)["geocode"]["precision"]


# --- geocoding and dedupe in the night ----------------------------------------------------


def rows_of(release: Path, query: str, *params: object) -> list[tuple[Any, ...]]:
    return (
        duckdb.connect()
        .execute(
            query.replace("MEETINGS", f"read_parquet('{release}/meetings.parquet')"), list(params)
        )
        .fetchall()
    )


def write_maintainer_files(folder: Path, pin_id: str, separate: tuple[str, str]) -> Path:
    folder.mkdir()
    (folder / "geocode.csv").write_text(
        "meeting_id,address,latitude,longitude,reason,reviewer,reviewed_on\n"
        f"{pin_id},,40.7001,-89.6002,door is on the alley,Ana,2026-11-20\n"
        "no-such-meeting,,40.7,-89.6,old pin,Ana,2026-11-20\n"
    )
    (folder / "merges.csv").write_text(
        "listing_a,listing_b,decision,reason,reviewer,reviewed_on\n"
        f"{separate[0]},{separate[1]},separate,two groups share the hall,Ana,2026-11-20\n"
    )
    return folder


# --- the demo's cross-listings, as its generators wrote them --------------------------------

#: Lakeside's copies of Riverbend's meetings (demo/generate.py RELISTED) and Shared Space
#: Sunday, which Lakeside's hand-written records list too.
AA_CROSS_LISTED = len(feeds_generator.RELISTED) + 1
#: The NA sources in the order a merged row prefers them (demo/sources.toml priorities).
NA_SOURCES = ("prairie-na", "prairie-region-bmlt", "na-aggregator")


def na_cross_listings() -> list[tuple[int, list[str]]]:
    """(day, every listing) of each NA meeting the demo lists on two or three platforms.

    The Prairie Area's feed and the region's server (`AREA_ON_SERVER`, one server meeting
    per weekday), and the export's copies of server meetings (`EXPORT_COPIES`).
    """
    groups: dict[str, tuple[int, set[str]]] = {}
    for slug, raw in platforms.area_meetings():
        server_id = raw["id_bigint"]
        day = int(raw["weekday_tinyint"]) - 1
        groups[server_id] = (day, {f"prairie-na:{slug}", f"prairie-region-bmlt:{server_id}"})
    server = json.loads((DEMO / "bmlt" / "GetSearchResults.json").read_text(encoding="utf-8"))
    days = {m["id_bigint"]: int(m["weekday_tinyint"]) - 1 for m in server}
    for number in platforms.EXPORT_COPIES:
        server_id = str(number)
        _, keys = groups.setdefault(
            server_id, (days[server_id], {f"prairie-region-bmlt:{server_id}"})
        )
        keys.add(f"na-aggregator:1-{server_id}")
    return sorted((day, sorted(keys)) for day, keys in groups.values())


def pairs_within(groups: list[tuple[int, list[str]]]) -> int:
    return sum(len(keys) * (len(keys) - 1) // 2 for _, keys in groups)


def test_the_night_geocodes_and_dedupes_the_demo(tmp_path: Path, data: Path) -> None:
    lone = "riverbend-aa:sunrise-serenity"
    first = nightly(sources_path=DEMO / "sources.toml", data_dir=data)
    manifest = manifest_of(first)

    # every in-person meeting ends placed, with an honest precision and who placed it
    unplaced = rows_of(
        first,
        "select name from MEETINGS where attendance <> 'online' and (latitude is null "
        "or geo_precision = 'none' or geo_source is null)",
    )
    assert unplaced == []
    geocode = manifest["geocode"]
    assert sum(geocode["precision"].values()) == geocode["in_person"] > 280
    assert set(geocode["precision"]) <= {"rooftop", "street", "postal_code", "city"}
    assert geocode["precision_by_country"]["US"] == geocode["precision"]
    assert geocode["source_fixed"] == {"swapped": 1, "far_from_address": 1}
    assert "GeoNames" in geocode["attribution"] and "CC BY" in geocode["attribution"]
    turned = rows_of(first, "select latitude, longitude from MEETINGS where name = 'Turned Around'")
    assert turned == [(40.568, -89.64)]  # swapped back
    counters = {
        source: json.loads(text)
        for source, text in duckdb.connect()
        .execute(f"select source_id, counters from read_parquet('{first}/sources.parquet')")
        .fetchall()
    }
    lakeside = counters["lakeside-aa"]
    assert lakeside["geocode/source_fixed/swapped"] == 1
    assert lakeside["geocode/source_fixed/far_from_address"] == 1
    assert lakeside["geocode/precision/postal_code"] >= 1
    assert manifest["sources"]["lakeside-aa"]["counters"] == lakeside

    # the demo's cross-listed AA meetings come out as one row each, naming the other listing
    # (the NA ones: test_the_demo_cross_lists_na_meetings_across_platforms)
    merged = rows_of(
        first,
        "select meeting_id, source_id, also_listed_in from MEETINGS where len(also_listed_in) > 0 "
        "and source_id in ('riverbend-aa', 'lakeside-aa')",
    )
    assert len(merged) == AA_CROSS_LISTED
    assert {s for _, s, _ in merged} | {k.split(":")[0] for *_, keys in merged for k in keys} == {
        "riverbend-aa", "lakeside-aa",
    }  # fmt: skip
    listings = rows_of(
        first,
        "select source_id || ':' || source_meeting_id, day from MEETINGS "
        "union all select unnest(also_listed_in), day from MEETINGS",
    )
    assert len(listings) == len(set(listings)) == manifest["dedupe"]["listings_in"]
    dedupe = manifest["dedupe"]
    all_pairs = AA_CROSS_LISTED + pairs_within(na_cross_listings())
    assert dedupe["pairs_merged"] == all_pairs
    assert dedupe["meetings_out"] == manifest["counts"]["meetings"]
    assert dedupe["sources"]["lakeside-aa"]["also_listed_elsewhere"] == AA_CROSS_LISTED
    assert counters["lakeside-aa"]["dedupe/also_listed_elsewhere"] == AA_CROSS_LISTED

    # a restriction in one listing wins over the other's silence and asks for review
    (restricted,) = rows_of(
        first,
        "select meeting_id, mat_status, mat_needs_review from MEETINGS "
        "where list_contains(also_listed_in, 'riverbend-aa:came-to-believe-64') "
        "or (source_id = 'riverbend-aa' and source_meeting_id = 'came-to-believe-64')",
    )
    assert restricted[1:] == ("restricted", True)
    assert restricted[0] in {row["meeting_id"] for row in queue_rows(first)}

    # merges.parquet is published, in meetings.duckdb too, and why-merged reads it
    pairs = (
        duckdb.connect()
        .execute(f"select count(*) from read_parquet('{first}/merges.parquet')")
        .fetchone()
    )
    with duckdb.connect(str(first / "meetings.duckdb"), read_only=True) as db:
        assert db.execute("select count(*) from merges").fetchone() == pairs
    assert pairs is not None and pairs[0] >= all_pairs
    assert "merges.parquet" in manifest["files"]
    from flows.cli import main

    shared_space = merged[[m[2] for m in merged].index(["lakeside-aa:shared-space"])][0]
    assert main(["why-merged", shared_space, "--data-dir", str(data)]) == 0
    report = (first / "report.html").read_text(encoding="utf-8")
    assert 'id="section-dedupe"' in report and "lakeside-aa:shared-space" in report

    # a maintainer pins one meeting and keeps one cross-listed pair apart
    (pin_id,) = rows_of(
        first,
        "select meeting_id from MEETINGS where source_id || ':' || source_meeting_id = ? "
        "and day = 1",
        lone,
    )[0]
    reviews = write_maintainer_files(
        tmp_path / "reviews",
        pin_id,
        ("lakeside-aa:shared-space", "riverbend-aa:shared-space-sunday"),
    )
    second = nightly(sources_path=DEMO / "sources.toml", data_dir=data, reviews_path=reviews)
    again = manifest_of(second)
    assert rows_of(
        second, "select latitude, longitude, geo_precision, geo_source from MEETINGS where meeting_id = ?",
        pin_id,
    ) == [(40.7001, -89.6002, "rooftop", "override")]  # fmt: skip
    assert again["geocode"]["overrides"]["applied"] == 1
    assert [o["target"] for o in again["geocode"]["overrides"]["orphaned"]] == ["no-such-meeting"]
    assert again["geocode"]["overrides"]["orphaned"][0]["file"] == "reviews/geocode.csv"
    assert (
        again["dedupe"]["reviews"]["separated"] == 1
        and again["dedupe"]["pairs_merged"] == all_pairs - 1
    )
    apart = rows_of(
        second,
        "select meeting_id, also_listed_in from MEETINGS where source_meeting_id like 'shared-space%'",
    )
    assert len(apart) == 2 and all(others == [] for _, others in apart)
    assert shared_space in {meeting_id for meeting_id, _ in apart}  # the id stays with its row
    changed = dict(
        duckdb.connect()
        .execute(f"select meeting_id, fields from read_parquet('{second}/changes.parquet')")
        .fetchall()
    )
    assert "latitude" in changed[pin_id] and "geo_source" in changed[pin_id]
    assert again["counts"]["changes"]["added"] == 1  # the listing that left the shared row


def test_the_demo_cross_lists_na_meetings_across_platforms(data: Path) -> None:
    """The Prairie Area's feed, the region's BMLT server and NA's export list some meetings
    two or three times, each its own way; the night makes one row of each."""
    release = nightly(sources_path=DEMO / "sources.toml", data_dir=data)
    manifest = manifest_of(release)
    expected = na_cross_listings()
    assert len(expected) >= 10 and any(len(keys) == 3 for _, keys in expected)

    # one row per cross-listed meeting, kept from the source closest to the group
    rows = rows_of(
        release,
        "select source_id || ':' || source_meeting_id, day, also_listed_in from MEETINGS "
        "where len(also_listed_in) > 0 and source_id in ?",
        list(NA_SOURCES),
    )
    assert sorted((day, sorted([own, *others])) for own, day, others in rows) == expected
    for own, _, others in rows:
        ranks = [NA_SOURCES.index(key.split(":")[0]) for key in others]
        assert NA_SOURCES.index(own.split(":")[0]) < min(ranks), (own, others)
    # no listing of a group stands alone as a row of its own
    alone = rows_of(
        release,
        "select count(*) from MEETINGS where source_id || ':' || source_meeting_id in ? "
        "and len(also_listed_in) = 0",
        [key for _, keys in expected for key in keys],
    )
    assert alone == [(0,)]

    # the manifest's dedupe section counts the cross-platform merges
    dedupe = manifest["dedupe"]
    listed = Counter(key.split(":")[0] for _, keys in expected for key in keys)
    for source in NA_SOURCES:
        assert dedupe["sources"][source]["also_listed_elsewhere"] == listed[source], source
        assert dedupe["sources"][source]["same_source_duplicates"] == 0
    merged_away = (
        listed["prairie-region-bmlt"]
        + listed["na-aggregator"]
        - sum(1 for _, keys in expected if not any(k.startswith("prairie-na:") for k in keys))
    )
    assert dedupe["listings_merged_away"] == AA_CROSS_LISTED + merged_away
    across = rows_of(
        release,
        f"select source_id_l, source_id_r, count(*) from read_parquet('{release}/merges.parquet') "
        "where decision = 'merged' and source_id_l in ? and source_id_r in ? group by all",
        list(NA_SOURCES), list(NA_SOURCES),
    )  # fmt: skip
    assert all(left != right for left, right, _ in across)
    assert sum(n for *_, n in across) == pairs_within(expected)
    assert dedupe["pairs_merged"] == AA_CROSS_LISTED + pairs_within(expected)
    assert dedupe["pairs_near_threshold"] == 0
    assert (
        manifest["sources"]["na-aggregator"]["counters"]["dedupe/merged_into_another_row"]
        == (listed["na-aggregator"])
    )

    # the listings disagree on MAT: the restriction wins and the meeting goes to review
    ((meeting_id, status, review, evidence),) = rows_of(
        release,
        "select meeting_id, mat_status, mat_needs_review, mat_evidence from MEETINGS "
        "where source_id = 'prairie-na' and source_meeting_id = ?",
        platforms.MAT_DISAGREEMENT,
    )
    assert (status, review) == ("restricted", True)
    assert evidence[0].startswith('dedupe:listings-disagree:"friendly vs restricted"')
    assert any(e.startswith("also:prairie-region-bmlt:") for e in evidence)
    assert meeting_id in {row["meeting_id"] for row in queue_rows(release)}

    # an online meeting is matched by its conference room alone (no address to share)
    online = [
        slug for slug, typed in platforms.AREA_ON_SERVER.items() if typed.get("venue_type") == "2"
    ]
    assert online
    for slug in online:
        ((attendance, street, others),) = rows_of(
            release,
            "select attendance, street, also_listed_in from MEETINGS "
            "where source_id = 'prairie-na' and source_meeting_id = ?",
            slug,
        )
        assert attendance == "online" and street is None and len(others) >= 1
        levels = rows_of(
            release,
            f"select levels from read_parquet('{release}/merges.parquet') "
            "where listing_l = ? or listing_r = ?",
            f"prairie-na:{slug}", f"prairie-na:{slug}",
        )  # fmt: skip
        assert levels and all(
            any(level.startswith("conference:same room") for level in row) for (row,) in levels
        )


def test_an_online_geocoder_is_asked_once_then_its_cache_answers(
    tmp_path: Path, data: Path
) -> None:
    from tests.nominatim_server import Script, nominatim_server, place

    demo = tmp_path / "demo"
    shutil.copytree(DEMO, demo, ignore=shutil.ignore_patterns("*.py"))
    script = Script(rules={"743 Adams": [place(40.7099, -89.4101, "743, Adams Street")]})
    with nominatim_server(script) as domain:
        sources = demo / "sources.toml"
        sources.write_text(
            sources.read_text()
            + f'\n[geocoder]\nservice = "nominatim"\ndomain = "{domain}"\nscheme = "http"\n'
            'user_agent = "allpaths-tests/0.1 (+https://example.org/allpaths)"\n'
            "min_delay_seconds = 0.01\n"
        )
        first = nightly(sources_path=sources, data_dir=data)
        asked = len(script.requests)
        second = nightly(sources_path=sources, data_dir=data)
    online = manifest_of(first)["geocode"]["online"]
    assert online["service"] == "nominatim" and online["addresses"] == asked > 0
    assert online["refined_meetings"] == 1
    assert len(script.requests) == asked  # the second night asked nothing
    assert manifest_of(second)["geocode"]["online"]["cache_hits"] == asked
    refined = "select latitude, geo_precision, geo_source, geocoded_address, formatted_address from MEETINGS where street = '743 Adams St'"
    assert rows_of(first, refined) == rows_of(second, refined)
    ((latitude, precision, source, geocoded, formatted),) = rows_of(first, refined)
    assert (latitude, precision, source) == (40.7099, "rooftop", "nominatim")
    assert geocoded == "743, Adams Street" and formatted.startswith("743 Adams St")
    assert duckdb.connect().execute(
        f"select count(*) from read_parquet('{second}/changes.parquet')"
    ).fetchone() == (0,)
