"""The pieces that put geocoding and dedupe in the night, without Prefect.

Geocoding a carried table into geocoded.parquet (with `updated_at` read again where the
zone moved), stale ids made unique for dedupe, reviews applied to merged rows after MAT
tagging, the maintainers' files read together, and what the changelog counts as news.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.carry.changes import diff_releases
from pipeline.dedupe.night import combine_night, dedupe_night, unique_ids
from pipeline.dedupe.stage import DedupeInputError
from pipeline.geocode.night import geocode_night, reread_updated
from pipeline.geocode.overrides import OverrideFileError
from pipeline.geocode.stage import GeocodeSettings
from pipeline.maintainers import load_maintainer_files
from pipeline.mat.reviewing import review_table
from pipeline.mat.reviews import load_reviews
from pipeline.publish.tables import MEETINGS_SCHEMA
from tests.geocode_helpers import meeting, table_of


def write(table: pa.Table, path: Path) -> Path:
    pq.write_table(table, path)
    return path


def test_updated_at_is_read_again_in_the_zone_geocoding_gives() -> None:
    noon_chicago = datetime(2026, 7, 1, 17, 0, tzinfo=UTC)  # 12:00 CDT, as normalize read it
    before = table_of(
        meeting(1, updated_at=noon_chicago),
        meeting(2, updated_at=noon_chicago),
        meeting(3, updated_at=None),
    )
    after = before.set_column(
        before.schema.get_field_index("timezone"),
        "timezone",
        pa.array(["Europe/London", "America/Chicago", "Europe/London"]),
    )
    fixed, counts = reread_updated(before, after)
    stamps = fixed.column("updated_at").to_pylist()
    assert stamps[0] == datetime(2026, 7, 1, 11, 0, tzinfo=UTC)  # 12:00 BST
    assert stamps[1] == noon_chicago and stamps[2] is None
    assert counts == {"test-source": 1}


def test_geocode_night_writes_the_placed_table_and_counts_per_source(
    geo_data_dir: Path, tmp_path: Path
) -> None:
    carried = write(
        table_of(
            meeting(1),  # no coordinates: the gazetteer's 61604 centroid
            meeting(2, latitude=0.0, longitude=0.0),  # null island
            meeting(3, attendance="online", street=None, postal_code=None, city=None),
        ),
        tmp_path / "carried.parquet",
    )
    out = geocode_night(carried, tmp_path / "geocoded.parquet", GeocodeSettings(geo_data_dir))
    placed = pq.read_table(out.meetings_path)
    assert placed.schema == pq.read_schema(carried)
    rows = {r["meeting_id"]: r for r in placed.to_pylist()}
    assert (rows["m1"]["geo_precision"], rows["m1"]["geo_source"]) == ("postal_code", "gazetteer")
    assert rows["m2"]["geo_source"] == "gazetteer" and rows["m2"]["latitude"] != 0.0
    assert rows["m3"]["latitude"] is None  # an online meeting is not placed
    counters = out.counters["test-source"]
    assert counters["geocode/precision/postal_code"] == 2
    assert counters["geocode/source_fixed/null_island"] == 1
    assert out.summary["in_person"] == 2 and out.summary["timezone"]["updated_at_reread"] == 0
    json.dumps(out.summary)  # the manifest section is plain JSON


def stale_copy(row: dict[str, object], source_id: str, own: str) -> dict[str, object]:
    return {**row, "source_id": source_id, "source_meeting_id": own, "stale": True}


def test_a_stale_row_repeating_a_fresh_id_gets_its_own_for_dedupe() -> None:
    fresh = meeting(1).model_dump()
    stale = stale_copy(fresh, "aggregator", "agg-1")  # last release's merged row, same id
    table = pa.Table.from_pylist([fresh, stale], schema=MEETINGS_SCHEMA)
    unique, renamed = unique_ids(table)
    ids = unique.column("meeting_id").to_pylist()
    assert ids[0] == "m1" and ids[1] != "m1" and renamed == {"aggregator": 1}
    assert unique_ids(unique)[0].column("meeting_id").to_pylist() == ids  # stable
    assert unique_ids(table)[0].column("meeting_id").to_pylist() == ids  # deterministic

    both_fresh = pa.Table.from_pylist([fresh, {**fresh, "source_id": "b"}], schema=MEETINGS_SCHEMA)
    with pytest.raises(DedupeInputError, match="repeated by fresh listings"):
        unique_ids(both_fresh)


def test_a_failed_source_s_merged_row_merges_again_under_its_old_id(tmp_path: Path) -> None:
    """Night 2: the kept source failed, its merged row comes back stale with the id of
    the other source's listing; the night still gives one row, with the old id."""
    when = {"day": 2, "start_time": time(19, 0), "latitude": 40.7171, "longitude": -89.5873}
    kept = meeting(1, source_meeting_id="a-1", **when)
    other = meeting(2, source_id="other", source_meeting_id="b-1", name="Meeting 1",
                    street="101 N Knoxville Ave", **when)  # fmt: skip
    work = tmp_path / "night1"
    work.mkdir()
    night1 = dedupe_night(
        write(table_of(kept, other), work / "in.parquet"), {"test-source": 50, "other": 10},
        [], None, work,
    )  # fmt: skip
    (row,) = pq.read_table(night1.meetings_path).to_pylist()
    assert row["meeting_id"] == "m1" and row["also_listed_in"] == ["other:b-1"]

    stale_row = {**row, "stale": True}
    release = write(pq.read_table(night1.meetings_path), tmp_path / "release.parquet")
    work2 = tmp_path / "night2"
    work2.mkdir()
    tonight = pa.Table.from_pylist([stale_row, other.model_dump()], schema=MEETINGS_SCHEMA)
    night2 = dedupe_night(
        write(tonight, work2 / "in.parquet"), {"test-source": 50, "other": 10}, [], release, work2
    )
    (merged,) = pq.read_table(night2.meetings_path).to_pylist()
    assert merged["meeting_id"] == "m1"
    assert merged["source_id"] == "other" and not merged["stale"]  # a fresh listing is kept
    assert merged["also_listed_in"] == ["test-source:a-1"]

    tagged = tonight.to_pylist()
    tagged[0].update(mat_status="restricted", mat_confidence=0.8, mat_decided_by="rules")
    listings = write(pa.Table.from_pylist(tagged, schema=MEETINGS_SCHEMA), work2 / "tag.parquet")
    combined = pq.read_table(combine_night(night2, listings, work2 / "combined.parquet"))
    assert combined.column("mat_status").to_pylist() == ["restricted"]


def test_reviews_apply_to_merged_rows_after_tagging(tmp_path: Path) -> None:
    now = datetime(2026, 11, 25, 3, 15, tzinfo=UTC)
    rows = [
        meeting(1, mat_status="friendly", mat_confidence=0.9, mat_decided_by="rules",
                first_seen=now, last_seen=now).model_dump(),
        meeting(2, mat_status="restricted", mat_confidence=0.8, mat_needs_review=True,
                mat_decided_by="rules").model_dump(),
        meeting(3).model_dump(),
    ]  # fmt: skip
    tagged = write(pa.Table.from_pylist(rows, schema=MEETINGS_SCHEMA), tmp_path / "in.parquet")
    reviews_file = tmp_path / "mat.csv"
    reviews_file.write_text(
        "meeting_id,mat_status,reason,reviewer,reviewed_on\n"
        "m2,friendly,called the secretary,Sam,2026-11-20\n"
        "gone,friendly,old,Sam,2026-11-20\n"
    )
    out = review_table(
        tagged, tmp_path / "out.parquet", tmp_path / "queue.csv", load_reviews(reviews_file)
    )
    result = {r["meeting_id"]: r for r in pq.read_table(out.meetings_path).to_pylist()}
    assert (result["m2"]["mat_status"], result["m2"]["mat_decided_by"]) == ("friendly", "review")
    assert result["m1"] == rows[0] | {"meeting_id": "m1"}  # untouched
    assert out.mat == {"friendly": 2, "unknown": 1}
    assert out.reviews["applied"] == 1
    assert [o["meeting_id"] for o in out.reviews["orphaned"]] == ["gone"]
    queued = (tmp_path / "queue.csv").read_text().splitlines()
    assert len(queued) == 2 and queued[1].startswith("m1,friendly")  # new with a status


def test_maintainers_files_are_read_together_or_one_by_its_name(tmp_path: Path) -> None:
    folder = tmp_path / "reviews"
    folder.mkdir()
    (folder / "mat.csv").write_text(
        "meeting_id,mat_status,reason,reviewer,reviewed_on\nm1,friendly,ok,Sam,2026-11-20\n"
    )
    (folder / "geocode.csv").write_text(
        "meeting_id,address,latitude,longitude,reason,reviewer,reviewed_on\n"
        "m1,,40.7,-89.6,door,Ana,2026-11-20\n"
    )
    (folder / "merges.csv").write_text(
        "listing_a,listing_b,decision,reason,reviewer,reviewed_on\n"
        "a:1,b:1,separate,two groups,Ana,2026-11-20\n"
    )
    everything = load_maintainer_files(folder)
    assert (len(everything.mat), len(everything.overrides), len(everything.merges)) == (1, 1, 1)
    assert everything.overrides[0].file == "reviews/geocode.csv"
    assert everything.merges[0].file == "reviews/merges.csv"
    only_pins = load_maintainer_files(folder / "geocode.csv")
    assert (only_pins.mat, only_pins.merges, len(only_pins.overrides)) == ([], [], 1)
    assert len(load_maintainer_files(folder / "merges.csv").merges) == 1
    assert len(load_maintainer_files(folder / "mat.csv").mat) == 1
    (folder / "geocode.csv").write_text("meeting_id,address,latitude,longitude\n")
    with pytest.raises(OverrideFileError, match=r"geocode\.csv:1: missing column"):
        load_maintainer_files(folder)


def test_a_geocoder_s_label_alone_is_no_change_but_a_moved_pin_is(tmp_path: Path) -> None:
    before = table_of(
        meeting(1, latitude=40.7, longitude=-89.6, geocoded_address="61604, Peoria, IL, US"),
        meeting(2, latitude=40.7, longitude=-89.6),
    )
    relabelled = before.set_column(
        before.schema.get_field_index("geocoded_address"),
        "geocoded_address",
        pa.array(["61604, Peoria (city), IL, US", None]),
    )
    moved = relabelled.set_column(
        before.schema.get_field_index("latitude"), "latitude", pa.array([40.7, 40.8])
    )
    previous = write(before, tmp_path / "previous.parquet")
    current = write(moved, tmp_path / "current.parquet")
    log = diff_releases(previous, current, tmp_path / "changes.parquet")
    changes = pq.read_table(log.path).to_pylist()
    assert [(c["meeting_id"], c["fields"]) for c in changes] == [("m2", ["latitude"])]
