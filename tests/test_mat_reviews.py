"""Review files and the review queue."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from pipeline.mat.queue import QUEUE_COLUMNS, build_queue, escape_cell, write_queue
from pipeline.mat.reviews import REVIEW_COLUMNS, ReviewFileError, apply_reviews, load_reviews
from pipeline.mat.tagging import listing_text_hash, tag_rows
from tests.helpers import by_own_id, demo_rows

Row = dict[str, Any]

HEADER = ",".join(REVIEW_COLUMNS) + "\n"


@pytest.fixture(scope="module")
def prairie() -> list[Row]:
    return tag_rows(demo_rows("prairie-na"))


def write(folder: Path, text: str, name: str = "mat.csv") -> Path:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_review_wins_over_rules(tmp_path: Path, prairie: list[Row]) -> None:
    target = by_own_id(prairie, "clean-and-serene")[0]
    assert target["mat_status"] == "friendly"
    digest = listing_text_hash(target)
    folder = write(
        tmp_path / "reviews",
        HEADER + f"{target['meeting_id']},restricted,called the group,Sam R.,2026-11-20,{digest}\n",
    )
    outcome = apply_reviews(prairie, load_reviews(folder))
    reviewed = next(m for m in outcome.meetings if m["meeting_id"] == target["meeting_id"])
    assert (reviewed["mat_status"], reviewed["mat_decided_by"], reviewed["mat_confidence"]) == (
        "restricted", "review", 1.0,
    )  # fmt: skip
    assert reviewed["mat_needs_review"] is False
    assert (
        reviewed["mat_evidence"][0].startswith("review:")
        and "called the group" in reviewed["mat_evidence"][0]
    )
    assert outcome.applied == [target["meeting_id"]] and outcome.orphans == []


def test_changed_text_keeps_the_review_but_queues_it(tmp_path: Path, prairie: list[Row]) -> None:
    target = by_own_id(prairie, "clean-and-serene")[0]
    folder = write(
        tmp_path / "reviews",
        HEADER + f"{target['meeting_id']},friendly,ok,Sam,2026-11-20,{'0' * 12}\n",
    )
    outcome = apply_reviews(prairie, load_reviews(folder))
    reviewed = next(m for m in outcome.meetings if m["meeting_id"] == target["meeting_id"])
    assert (reviewed["mat_status"], reviewed["mat_needs_review"]) == ("friendly", True)
    queue = build_queue(
        outcome.meetings,
        previous_ids={m["meeting_id"] for m in prairie},
        text_changed=set(outcome.text_changed),
    )
    assert queue[0]["meeting_id"] == target["meeting_id"]
    assert queue[0]["queue_reason"] == "text changed since review"


def test_orphaned_review_is_reported(tmp_path: Path, prairie: list[Row]) -> None:
    folder = write(tmp_path / "reviews", HEADER + "gone-meeting,friendly,ok,Sam,2026-11-20,\n")
    outcome = apply_reviews(prairie, load_reviews(folder))
    assert outcome.orphans == [
        {
            "meeting_id": "gone-meeting",
            "file": "reviews/mat.csv",  # relative: no maintainer's absolute path is published
            "line": 2,
            "reviewer": "Sam",
        }
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("m1,friendlyish,ok,Sam,2026-11-20,", "mat_status 'friendlyish' is not one of"),
        ("m1,friendly,ok,Sam,20/11/2026,", "reviewed_on '20/11/2026' is not a date"),
        ("m1,friendly,ok,,2026-11-20,", "reviewer is empty"),
        (",friendly,ok,Sam,2026-11-20,", "meeting_id is empty"),
        ("m1,friendly,ok,Sam,2026-11-20,xyz", "text_hash 'xyz' is not 12 hex digits"),
    ],
)
def test_malformed_rows_name_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    folder = write(tmp_path / "reviews", HEADER + "# a comment row\n" + row + "\n")
    with pytest.raises(ReviewFileError) as error:
        load_reviews(folder)
    assert f"{folder / 'mat.csv'}:3: " in str(error.value)
    assert message in str(error.value)


def test_duplicate_and_missing_column(tmp_path: Path) -> None:
    row = "m1,friendly,ok,Sam,2026-11-20,\n"
    write(tmp_path / "a", HEADER + row)
    write(tmp_path / "a", HEADER + row, name="more.csv")
    with pytest.raises(
        ReviewFileError, match=r"more.csv:2: second review of m1 \(first at .*mat.csv:2\)"
    ):
        load_reviews(tmp_path / "a")
    write(tmp_path / "b", "meeting_id,mat_status\nm1,friendly\n")
    with pytest.raises(ReviewFileError, match=r"mat.csv:1: missing column\(s\) reason, reviewer"):
        load_reviews(tmp_path / "b")


def test_queue_orders_and_escapes(tmp_path: Path, prairie: list[Row]) -> None:
    hostile = {
        **prairie[0],
        "name": '=HYPERLINK("http://evil")',
        "mat_needs_review": True,
        "mat_status": "unknown",
        "meeting_id": "zzz",
    }
    rows = build_queue(
        [*prairie, hostile], previous_ids={m["meeting_id"] for m in prairie}, text_changed=set()
    )
    reasons = [r["queue_reason"] for r in rows]
    assert reasons[0] == "conflicting evidence"  # Tuesday Freedom: MAT friendly, but restricted
    assert reasons.index("medication mentioned, no policy found") > reasons.index(
        "conflicting evidence"
    )
    path = tmp_path / "review-queue.csv"
    write_queue(rows, path)
    with path.open(newline="") as handle:
        table = list(csv.reader(handle))
    assert tuple(table[0]) == QUEUE_COLUMNS and tuple(table[0][:6]) == REVIEW_COLUMNS
    assert any(cell.startswith("'=HYPERLINK") for row in table for cell in row)
    assert not any(cell.startswith("=") for row in table for cell in row)
    # a copied queue row, once a human fills it in, is a valid review row
    copied = table[1][:]
    copied[2:5] = ["checked", "Sam", "2026-11-25"]
    write(
        tmp_path / "r", ",".join(QUEUE_COLUMNS) + "\n" + ",".join(f'"{c}"' for c in copied) + "\n"
    )
    assert load_reviews(tmp_path / "r")[0].meeting_id == table[1][0]


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx"])
def test_formula_cells_are_escaped(cell: str) -> None:
    assert escape_cell(cell) == "'" + cell


def test_demo_prairie_decisions(prairie: list[Row]) -> None:
    def status(own_id: str) -> str:
        return str(by_own_id(prairie, own_id)[0]["mat_status"])

    assert status("clean-and-serene") == "friendly"
    assert status("hope-without-dope") == "restricted"
    assert status("welcome-home-na") == "unknown"
    assert status("clinic-hall") == "unknown"
