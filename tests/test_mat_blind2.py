"""The second blind set: written by a fifth writer, held by the integrator, never seen.

tests/fixtures/mat/blind2.jsonl was written after round 1 by someone who never saw the
rules, frozen, and scored by the integrator only: no engineer who changed a rule saw its
listings or its figures while tuning. Committed at the end of the session so later rounds
have a second unseen measure; from now on it is as blind as blind.jsonl only for those
who do not read it. Figures per round are in tests/fixtures/mat/BLIND.md.
"""

from __future__ import annotations

import json

from tests.conftest import FIXTURES
from tests.test_mat_blind import MIN_ACCURACY, MIN_PRECISION, MIN_RECALL, figures

BLIND2 = [
    json.loads(line)
    for line in (FIXTURES / "mat" / "blind2.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def test_second_blind_set_is_frozen_and_large_enough() -> None:
    assert len(BLIND2) >= 100
    assert {str(row["label"]) for row in BLIND2} == {
        "friendly", "restricted", "unfriendly", "unknown"
    }  # fmt: skip


def test_no_restricting_listing_of_the_second_blind_set_is_called_friendly() -> None:
    """Round 4 holds this one: a regression here is a wrong friendly on unseen text."""
    result = figures(BLIND2)
    print(result.line())
    assert result.wrong_friendly == 0, result.line()


# Round 8 (read after its rules froze): precision 0.980, recall 0.860, accuracy 0.909,
# 0 wrong friendly (round 7: 0.980 / 0.842 / 0.897 / 0; round 4: 0.972 / 0.614 / 0.648 / 0).
def test_second_blind_set_meets_the_acceptance_thresholds() -> None:
    result = figures(BLIND2)
    assert result.precision >= MIN_PRECISION, result.line()
    assert result.recall >= MIN_RECALL, result.line()
    assert result.accuracy >= MIN_ACCURACY, result.line()
