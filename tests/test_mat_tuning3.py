"""tuning3: 321 listings by a third writer who never saw the rules (tuned on in round 3).

tests/fixtures/mat/tuning3.jsonl was written for issue 7's third round from a writer's
brief only, heavy on varied welcomes and polite restrictions (one listing paraphrases the
MARA meeting format and cites it; the rest are `source` "written"). Its figures before
any rule changed for it are in tests/fixtures/mat/BLIND.md. It is tuned on now, so it
guards against regressions: no restricted or unfriendly listing may come out friendly,
friendly precision must hold, and the figures and reliability table are printed.
"""

from __future__ import annotations

import json

from pipeline.mat.engine import Listing, tag_mat
from tests.conftest import FIXTURES
from tests.test_mat_blind import figures
from tests.test_mat_labelled import reliability_table

TUNING3 = [
    json.loads(line)
    for line in (FIXTURES / "mat" / "tuning3.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def test_tuning3_is_a_separate_writers_set() -> None:
    assert len(TUNING3) >= 300
    assert {str(row["label"]) for row in TUNING3} == {
        "friendly", "restricted", "unfriendly", "unknown"
    }  # fmt: skip
    assert all(str(row["id"]).startswith("T3-") for row in TUNING3)
    assert {str(row["lang"]) for row in TUNING3} == {"en", "es", "fr", "de"}


def test_tuning3_never_calls_a_limit_friendly() -> None:
    result = figures(TUNING3)
    print(result.line().replace("blind set", "tuning3"))
    results = [(row, tag_mat(Listing.from_mapping(row))) for row in TUNING3]
    print("\n".join(reliability_table(results)))
    assert result.wrong_friendly == 0, result.line()
    assert result.precision >= 0.95, result.line()
