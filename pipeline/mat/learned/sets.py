"""Which labelled sets the learned reader is trained on, as data.

Every labelled set under tests/fixtures/mat/ is training data once it has been read, and
stays out while it is unread: an unread blind set is the only honest measure of text
nobody here tuned on, for the rules and for the learned reader alike. When a round reads a
set, take it out of `UNREAD` and retrain (`python -m pipeline.mat.learned.train`).
"""

from __future__ import annotations

import re
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "mat"

#: Blind sets nobody here has read (tests/fixtures/mat/BLIND.md says which and why).
UNREAD: frozenset[str] = frozenset(
    f"blind{n}.jsonl"
    for n in (
        *(82, 84, 85, 86, 87, 88, 95, 97, 98, 103, 106),
        *(117, 118, 122, 123, 124, 125, 126, 127, 128, 130, 131, 132, 133),
        *(135, 138, 144, 146, 148, 152, 153, 154, 155, 158, 160, 162, 165, 170, 171),
        *(172, 174),
        *(176, 178, 180, 182, 186, 187),
    )
)

_LABELLED = re.compile(r"(blind\d*|tuning\d+|labelled)\.jsonl")


def training_files(fixtures: Path = FIXTURES) -> list[Path]:
    """The read labelled sets, in name order."""
    return sorted(
        path
        for path in fixtures.glob("*.jsonl")
        if _LABELLED.fullmatch(path.name) and path.name not in UNREAD
    )


def unread_files(fixtures: Path = FIXTURES) -> list[Path]:
    """The unread blind sets, in name order."""
    return sorted(path for path in fixtures.glob("*.jsonl") if path.name in UNREAD)
