"""Dedupe against labelled pairs: precision >= 0.95 and recall >= 0.9, or the test fails.

The hand-written pairs (tests/fixtures/dedupe/pairs.jsonl) always run; the pairs built
from the real feeds in ../shared/corpus run when it is present (ALLPATHS_CORPUS points
elsewhere). A pair counts as merged when both listings end up in one output row, so the
whole stage is measured: blocking, scoring, grouping.
"""

from __future__ import annotations

import pytest

from tests.dedupe_labels import Score, corpus_feeds, fixture_pairs, judge, run_dedupe

MIN_PRECISION = 0.95
MIN_RECALL = 0.9


def _explain(score: Score, wrong: list) -> str:
    lines = [f"precision {score.precision:.3f} recall {score.recall:.3f} ({score})"]
    lines += [f"  {p.case}: {p.a.name!r} / {p.b.name!r} labelled {p.match}" for p in wrong]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def fixture_score() -> tuple[Score, list]:
    pairs = fixture_pairs()
    return judge(pairs, run_dedupe([m for p in pairs for m in (p.a, p.b)]))


@pytest.fixture(scope="module")
def corpus_score() -> tuple[Score, list, int]:
    corpus = corpus_feeds()
    if corpus is None:
        pytest.skip("shared corpus not present")
    score, wrong = judge(corpus.pairs, run_dedupe(corpus.meetings + corpus.relisted))
    return score, wrong, len(corpus.pairs)


def test_fixture_pairs_cover_the_cases() -> None:
    pairs = fixture_pairs()
    assert len(pairs) >= 50
    assert 0.35 <= sum(p.match for p in pairs) / len(pairs) <= 0.65
    cases = " ".join(p.case for p in pairs)
    for needed in ("same church", "other weekday", "Zoom room", "two links to one Zoom room"):
        assert needed in cases


def test_fixture_precision_and_recall(fixture_score: tuple[Score, list]) -> None:
    score, wrong = fixture_score
    assert score.precision >= MIN_PRECISION and score.recall >= MIN_RECALL, _explain(score, wrong)


def test_corpus_precision_and_recall(corpus_score: tuple[Score, list, int]) -> None:
    score, wrong, count = corpus_score
    assert count >= 50
    assert score.precision >= MIN_PRECISION and score.recall >= MIN_RECALL, _explain(score, wrong)


def test_all_labelled_pairs(
    fixture_score: tuple[Score, list], corpus_score: tuple[Score, list, int]
) -> None:
    total = fixture_score[0].add(corpus_score[0])
    assert total.tp + total.fp + total.fn + total.tn >= 100
    assert total.precision >= MIN_PRECISION and total.recall >= MIN_RECALL, _explain(
        total, fixture_score[1] + corpus_score[1]
    )
