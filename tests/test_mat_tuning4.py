"""tuning4: 254 listings by a fourth writer who never saw the rules (tuned on in round 4).

tests/fixtures/mat/tuning4.jsonl was written for issue 7's fourth round from a writer's
brief only (every listing `source` "written"), adversarial on purpose: warm welcomes
naming MAT followed by polite or indirect limits ("we gently suggest", "it's customary",
"agradecemos que", "on vous invite à", "wir bitten"), limits in a later sentence or a
P.S., limits with no negative word, friendly names over restricting notes, exclusions
dressed as care. Its figures on arrival are in tests/fixtures/mat/BLIND.md. It is tuned
on now, so it guards against regressions: no restricted or unfriendly listing may come
out friendly, friendly precision must hold, and the figures and reliability table are
printed.
"""

from __future__ import annotations

import json

from pipeline.mat.engine import Listing, tag_mat
from tests.conftest import FIXTURES
from tests.test_mat_blind import figures
from tests.test_mat_labelled import reliability_table

TUNING4 = [
    json.loads(line)
    for line in (FIXTURES / "mat" / "tuning4.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def test_tuning4_is_a_separate_writers_set() -> None:
    assert len(TUNING4) >= 250
    assert {str(row["label"]) for row in TUNING4} == {
        "friendly", "restricted", "unfriendly", "unknown"
    }  # fmt: skip
    assert all(str(row["id"]).startswith("T4-") for row in TUNING4)
    assert {str(row["lang"]) for row in TUNING4} == {"en", "es", "fr", "de"}


def test_tuning4_never_calls_a_limit_friendly() -> None:
    result = figures(TUNING4)
    print(result.line().replace("blind set", "tuning4"))
    results = [(row, tag_mat(Listing.from_mapping(row))) for row in TUNING4]
    print("\n".join(reliability_table(results)))
    assert result.wrong_friendly == 0, result.line()
    assert result.precision >= 0.95, result.line()
