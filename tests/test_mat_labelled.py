"""Precision and recall of `friendly` on a labelled set of realistic listings.

tests/fixtures/mat/labelled.jsonl: written for this project, one listing a line with the
status a careful human gives it. Covers every trap of issue 4 and listings that say
nothing. A wrong "friendly" on a restricting or unfriendly listing fails outright.
"""

from __future__ import annotations

import json

import pytest

from pipeline.mat.engine import Listing, tag_mat
from tests.conftest import FIXTURES

LABELLED = [
    json.loads(line)
    for line in (FIXTURES / "mat" / "labelled.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
MIN_PRECISION = 0.95
MIN_RECALL = 0.85


def predictions() -> list[tuple[dict[str, object], str]]:
    return [(row, tag_mat(Listing.from_mapping(row)).status) for row in LABELLED]


def test_labelled_set_is_large_enough() -> None:
    labels = {row["label"] for row in LABELLED}
    assert len(LABELLED) >= 80
    assert labels == {"friendly", "restricted", "unfriendly", "unknown"}


def test_friendly_precision_and_recall() -> None:
    results = predictions()
    true_pos = sum(1 for row, got in results if got == "friendly" and row["label"] == "friendly")
    false_pos = sum(1 for row, got in results if got == "friendly" and row["label"] != "friendly")
    false_neg = sum(1 for row, got in results if got != "friendly" and row["label"] == "friendly")
    precision = true_pos / (true_pos + false_pos)
    recall = true_pos / (true_pos + false_neg)
    print(f"friendly: precision {precision:.3f}, recall {recall:.3f} on {len(results)} listings")
    misses = [(row["id"], row["label"], got) for row, got in results if got != row["label"]]
    assert precision >= MIN_PRECISION, misses
    assert recall >= MIN_RECALL, misses


def test_no_restricting_or_unfriendly_listing_is_called_friendly() -> None:
    wrong = [
        row["id"]
        for row, got in predictions()
        if row["label"] in {"restricted", "unfriendly"} and got == "friendly"
    ]
    assert wrong == []


@pytest.mark.parametrize("row", LABELLED, ids=[str(r["id"]) for r in LABELLED])
def test_every_decision_that_is_not_unknown_quotes_its_evidence(row: dict[str, object]) -> None:
    decision = tag_mat(Listing.from_mapping(row))
    if decision.status != "unknown":
        assert decision.evidence and decision.decided_by
        assert all(e.count('"') == 2 for e in decision.evidence)
