"""The dedupe stage on small tables: who wins, what is filled, ids, MAT, reviews, stats."""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dedupe import (
    DedupeInputError,
    MergeReviewError,
    combine_mat,
    dedupe_meetings,
    load_merge_reviews,
    source_priorities,
)
from pipeline.dedupe.clusters import KEPT_APART, MERGED, SEPARATED, group_rows
from pipeline.dedupe.identity import assign_ids
from pipeline.dedupe.weights import COMPARISONS
from pipeline.publish.tables import MEETINGS_SCHEMA
from tests.conftest import make_source

PRIORITIES = {"area": 50, "aggregator": 10, "district": 60}


def listing(meeting_id: str, source_id: str = "area", **fields: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "meeting_id": meeting_id,
        "source_id": source_id,
        "source_meeting_id": f"slug-{meeting_id}",
        "source_url": "http://127.0.0.1/feed.json",
        "fellowship": "AA",
        "name": "Tuesday Night Discussion",
        "day": 2,
        "start_time": time(19, 0),
        "timezone": "America/Chicago",
        "timezone_source": "source",
        "attendance": "in_person",
        "status": "active",
        "types": ["O", "D"],
        "street": "100 Main St",
        "city": "Springfield",
        "postal_code": "62701",
        "latitude": 39.8,
        "longitude": -89.65,
        "geo_precision": "street",
        "mat_status": "unknown",
        "mat_confidence": 0.0,
        "mat_needs_review": False,
        "mat_evidence": [],
        "stale": False,
    }
    row.update(fields)
    return row


def table(*rows: dict[str, Any]) -> pa.Table:
    return pa.Table.from_pylist(list(rows), schema=MEETINGS_SCHEMA)


def by_id(result_table: pa.Table) -> dict[str, dict[str, Any]]:
    return {row["meeting_id"]: row for row in result_table.to_pylist()}


def test_the_highest_priority_listing_is_kept_and_the_others_named() -> None:
    result = dedupe_meetings(
        table(
            listing("b1", "aggregator", name="TUESDAY NIGHT DISCUSSION", street="100 Main Street"),
            listing("a1", "area", end_time=None),
        ),
        PRIORITIES,
    )
    [row] = result.meetings.to_pylist()
    assert row["source_id"] == "area"
    assert row["also_listed_in"] == ["aggregator:slug-b1"]
    assert row["meeting_id"] == "a1"  # the smaller member id on a first release


def test_missing_fields_are_filled_from_other_listings_and_counted() -> None:
    result = dedupe_meetings(
        table(
            listing("a1", "area", end_time=None, group_name=None, latitude=None, longitude=None),
            listing("b1", "aggregator", end_time=time(20, 0), group_name="Main Street Group",
                    latitude=39.8001, notes="Wheelchair ramp at the back"),
        ),
        PRIORITIES,
    )  # fmt: skip
    [row] = result.meetings.to_pylist()
    assert row["source_id"] == "area"
    assert row["end_time"] == time(20, 0)
    assert row["group_name"] == "Main Street Group"
    assert (row["latitude"], row["longitude"]) == (39.8001, -89.65)  # filled as a pair
    assert result.stats["fills"] == {"coordinates": 1, "end_time": 1, "group_name": 1, "notes": 1}


def test_the_most_precise_coordinates_of_the_listings_are_kept() -> None:
    """The kept listing's postal-code centroid gives way to another listing's street point."""
    result = dedupe_meetings(
        table(
            listing("a1", "area", latitude=39.79, longitude=-89.64, geo_precision="postal_code",
                    geo_source="gazetteer", geocoded_address="62701, Springfield, IL, US"),
            listing("b1", "aggregator", latitude=39.8001, geo_source="source"),
        ),
        PRIORITIES,
    )  # fmt: skip
    [row] = result.meetings.to_pylist()
    assert row["source_id"] == "area"
    assert (row["latitude"], row["longitude"], row["geo_precision"], row["geo_source"]) == (
        39.8001, -89.65, "street", "source",
    )  # fmt: skip
    assert row["geocoded_address"] is None  # travels with the coordinates it described
    assert result.stats["fills"] == {"coordinates": 1}

    equal = dedupe_meetings(
        table(listing("a1", "area", latitude=39.8002), listing("b1", "aggregator")), PRIORITIES
    )
    [kept] = equal.meetings.to_pylist()
    assert kept["latitude"] == 39.8002 and equal.stats["fills"] == {}  # a tie keeps its own


def test_list_fields_no_listing_fills_stay_empty_lists() -> None:
    result = dedupe_meetings(
        table(listing("a1", "area", languages=None), listing("b1", "aggregator", languages=None)),
        PRIORITIES,
    )
    [row] = result.meetings.to_pylist()
    assert row["languages"] == [] and row["also_listed_in"] == ["aggregator:slug-b1"]


def test_a_restriction_in_any_listing_wins_and_asks_for_review() -> None:
    result = dedupe_meetings(
        table(
            listing("a1", "area", mat_status="friendly", mat_confidence=0.9,
                    mat_evidence=['notes:mat-welcome:"MAT friendly"'], mat_decided_by="rule"),
            listing("b1", "aggregator", mat_status="restricted", mat_confidence=0.6,
                    mat_evidence=['notes:restrict-share:"may not share"'], mat_decided_by="rule"),
        ),
        PRIORITIES,
    )  # fmt: skip
    [row] = result.meetings.to_pylist()
    assert row["mat_status"] == "restricted"
    assert row["mat_needs_review"] is True
    assert row["mat_confidence"] == 0.6
    assert row["mat_evidence"][0].startswith("dedupe:listings-disagree:")
    assert 'also:aggregator:slug-b1:notes:restrict-share:"may not share"' in row["mat_evidence"]


def test_combine_mat_after_tagging_uses_the_membership() -> None:
    listings = table(listing("a1", "area"), listing("b1", "aggregator"), listing("c1", day=4))
    result = dedupe_meetings(listings, PRIORITIES)
    assert result.meetings.num_rows == 2
    tagged = listings.to_pylist()
    tagged[1].update(mat_status="unfriendly", mat_confidence=0.8, mat_evidence=["notes:no-mat"])
    tagged[2].update(mat_status="friendly", mat_confidence=0.7)
    combined = by_id(combine_mat(result.meetings, table(*tagged), result.membership))
    assert combined["a1"]["mat_status"] == "unfriendly"
    assert combined["a1"]["mat_evidence"] == ["also:aggregator:slug-b1:notes:no-mat"]
    assert combined["c1"]["mat_status"] == "friendly"  # alone: its own listing's decision
    assert combined["c1"]["mat_needs_review"] is False


def test_different_meetings_at_one_church_and_hour_stay_apart() -> None:
    result = dedupe_meetings(
        table(
            listing("a1", name="Men's Step Study", types=["C", "M"]),
            listing("a2", name="Women's Step Study", types=["C", "W"]),
            listing("a3", name="Living Clean", fellowship="NA"),
            listing("a4", day=5),
        ),
        PRIORITIES,
    )
    assert result.meetings.num_rows == 4


def test_same_source_duplicates_are_merged_and_counted() -> None:
    result = dedupe_meetings(
        table(
            listing("a1"), listing("a2", source_meeting_id="slug-a1-2"), listing("b1", "aggregator")
        ),
        PRIORITIES,
    )
    assert result.meetings.num_rows == 1
    assert result.stats["same_source_duplicates"] == 1
    assert result.stats["sources"]["area"] == {
        "listings": 2, "also_listed_elsewhere": 2, "duplicate_rate": 1.0, "same_source_duplicates": 1,
    }  # fmt: skip


def test_merged_id_is_stable_when_the_winner_changes_or_leaves() -> None:
    first = dedupe_meetings(
        table(listing("zz", "district"), listing("aa", "aggregator")), PRIORITIES
    )
    [row] = first.meetings.to_pylist()
    assert (row["meeting_id"], row["source_id"]) == ("aa", "district")
    # a new, higher-priority source lists it too, under a smaller id
    second = dedupe_meetings(
        table(listing("zz", "district"), listing("aa", "aggregator"), listing("00", "area")),
        {**PRIORITIES, "area": 99},
        previous=first.meetings,
    )
    [row] = second.meetings.to_pylist()
    assert (row["meeting_id"], row["source_id"]) == ("aa", "area")
    # the listing whose id the row carries goes away
    third = dedupe_meetings(
        table(listing("zz", "district"), listing("00", "area")),
        PRIORITIES,
        previous=second.meetings,
    )
    assert third.meetings.column("meeting_id").to_pylist() == ["aa"]
    # and the district listing alone later still keeps the id it was published under
    fourth = dedupe_meetings(table(listing("zz", "district")), PRIORITIES, previous=third.meetings)
    assert fourth.meetings.column("meeting_id").to_pylist() == ["aa"]


def test_an_inherited_id_never_collides_with_a_present_listing() -> None:
    previous = table(listing("aa", also_listed_in=["aggregator:slug-bb"]))
    result = dedupe_meetings(
        table(listing("aa", day=3), listing("bb", "aggregator")), PRIORITIES, previous=previous
    )
    assert sorted(result.meetings.column("meeting_id").to_pylist()) == ["aa", "bb"]


def test_assign_ids_prefers_the_id_most_listings_shared() -> None:
    ids = assign_ids(["a", "b", "c", "d"], [0, 0, 0, 3], {0: "x", 1: "y", 2: "y", 3: "y"})
    assert ids == ["y", "y", "y", "d"]


def test_grouping_refuses_a_link_that_joins_a_separated_pair() -> None:
    grouping = group_rows(3, [(0, 1, 9.0), (1, 2, 5.0)], threshold=3.0, forbidden=[(0, 2)])
    assert grouping.group[0] == grouping.group[1] != grouping.group[2]
    assert grouping.decisions[(0, 1)] == MERGED
    assert grouping.decisions[(1, 2)] == KEPT_APART
    assert grouping.decisions[(0, 2)] == SEPARATED


def write_reviews(path: Path, *rows: str) -> Path:
    path.write_text(
        "listing_a,listing_b,decision,reason,reviewer,reviewed_on\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    return path


def test_reviews_force_and_forbid_merges_and_report_orphans(tmp_path: Path) -> None:
    reviews = load_merge_reviews(write_reviews(
        tmp_path / "merges.csv",
        "a1,aggregator:slug-b1,separate,two groups share the room,jo,2026-11-01",
        "area:slug-a3,a4,merge,same group moved its listing,jo,2026-11-01",
        "# a comment row,,,,,",
        "gone,a1,merge,old,jo,2026-11-01",
    ))  # fmt: skip
    result = dedupe_meetings(
        table(
            listing("a1"),
            listing("b1", "aggregator"),
            listing("a3", name="Early Birds", start_time=time(7, 0), postal_code="62702"),
            listing(
                "a4", name="Sunrise", start_time=time(7, 30), postal_code="62703", latitude=40.5
            ),
        ),
        PRIORITIES,
        reviews=reviews,
    )
    rows = by_id(result.meetings)
    assert set(rows) == {"a1", "b1", "a3"}
    assert rows["a3"]["also_listed_in"] == ["area:slug-a4"]
    assert result.stats["reviews"]["forced"] == 1
    assert result.stats["reviews"]["separated"] == 1
    assert result.stats["reviews"]["orphaned"] == [{
        "file": "merges.csv", "line": 5, "missing": ["gone"],  # never an absolute path
        "decision": "merge", "reviewer": "jo",
    }]  # fmt: skip
    decisions = {(r["listing_l"], r["listing_r"]): r["decision"] for r in result.pairs.to_pylist()}
    assert "separated by review" in decisions.values()
    assert "forced by review" in decisions.values()


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("a1,b1,maybe,x,jo,2026-11-01", "decision 'maybe' is not one of merge, separate"),
        ("a1,b1,merge,,jo,2026-11-01", "reason is empty"),
        ("a1,b1,merge,x,jo,yesterday", "reviewed_on 'yesterday' is not a date"),
        ("a1,a1,merge,x,jo,2026-11-01", "listing_a and listing_b are the same listing"),
    ],
)
def test_a_bad_review_row_names_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = write_reviews(tmp_path / "merges.csv", "a1,b2,merge,fine,jo,2026-11-01", row)
    with pytest.raises(MergeReviewError, match=rf"merges\.csv:3: {message}"):
        load_merge_reviews(path)


def test_a_review_folder_without_merges_csv_has_no_reviews(tmp_path: Path) -> None:
    assert load_merge_reviews(tmp_path) == []


def test_repeated_meeting_ids_are_refused() -> None:
    with pytest.raises(DedupeInputError, match="repeated"):
        dedupe_meetings(table(listing("a1"), listing("a1", "aggregator")), PRIORITIES)


def test_priorities_default_by_platform() -> None:
    sources = [make_source(id="feed"), make_source(id="other", platform="meeting_guide")]
    assert source_priorities(sources) == {"feed": 50, "other": 50}


def test_each_level_has_a_distinct_nonzero_weight() -> None:
    """The level shown by why-merged is read back from its weight (Splink 5 drops gammas)."""
    for comparison in COMPARISONS:
        weights = [round(lv.weight, 6) for lv in comparison.levels if not lv.is_null]
        assert len(set(weights)) == len(weights), comparison.name
        assert 0.0 not in weights, comparison.name
        assert comparison.levels[0].is_null


def test_pair_scores_explain_the_merge() -> None:
    result = dedupe_meetings(table(listing("a1"), listing("b1", "aggregator")), PRIORITIES)
    [pair] = result.pairs.to_pylist()
    assert pair["decision"] == MERGED and pair["merged_into"] == "a1"
    assert "name:exact:+4.00" in pair["levels"]
    assert result.stats["pairs_merged"] == 1


names = st.sampled_from(["Big Book", "Step Study", "BIG BOOK", "Keep It Simple", "Newcomers"])


@settings(max_examples=15)
@given(
    st.lists(
        st.tuples(names, st.integers(0, 1), st.sampled_from([time(19, 0), time(19, 5)]),
                  st.sampled_from(["area", "aggregator", "district"])),
        min_size=1, max_size=12,
    )
)  # fmt: skip
def test_every_listing_lands_in_exactly_one_row(specs: list[tuple[str, int, time, str]]) -> None:
    rows = [
        listing(f"m{n:02d}", source, name=name, day=day, start_time=start)
        for n, (name, day, start, source) in enumerate(specs)
    ]
    result = dedupe_meetings(table(*rows), PRIORITIES)
    out = result.meetings.to_pylist()
    assert len({r["meeting_id"] for r in out}) == len(out)
    listed = [f"{r['source_id']}:{r['source_meeting_id']}" for r in out]
    listed += [key for r in out for key in r["also_listed_in"]]
    assert sorted(listed) == sorted(f"{r['source_id']}:{r['source_meeting_id']}" for r in rows)
    assert result.membership.num_rows == len(rows)
    assert result.stats["listings_merged_away"] == len(rows) - len(out)
