"""Benchmark input: real Meeting Guide records cycled to any count.

Uses ../shared/corpus/meeting_guide when present (real feeds), else the demo feeds;
the corpus's BMLT samples are read by `benchmarks/bmlt_sites.py`.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: ALLPATHS_CORPUS points at the corpus when it is not beside the checkout (or beside its
#: parent: a git worktree in wt/, as tests/conftest.py finds it).
CORPUS_ROOT = Path(
        os.environ.get("ALLPATHS_CORPUS")
        or next(
            (p for p in (ROOT.parent / "shared" / "corpus", ROOT.parents[1] / "shared" / "corpus")
             if p.is_dir()),
            ROOT.parent / "shared" / "corpus",
        )
)  # fmt: skip
CORPUS = CORPUS_ROOT / "meeting_guide"
#: The corpus's BMLT servers (`benchmarks/bmlt_sites.py`).
BMLT_CORPUS = CORPUS_ROOT / "bmlt"


def feed_records() -> list[dict[str, Any]]:
    folder = CORPUS if CORPUS.is_dir() else ROOT / "demo" / "feeds"
    return [
        r for feed in sorted(folder.glob("*.json")) for r in json.loads(feed.read_text())
        if isinstance(r, dict)
    ]  # fmt: skip


def cycled(
    base: list[dict[str, Any]], count: int, vary: Callable[[dict[str, Any], int], None]
) -> list[dict[str, Any]]:
    """`count` copies of `base` in turn, each changed by `vary(copy, n)` so none repeats."""
    out = []
    for n, item in zip(range(count), itertools.cycle(base), strict=False):
        copy = dict(item)
        vary(copy, n)
        out.append(copy)
    return out
