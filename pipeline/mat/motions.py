"""A permission for people on MAT that the group voted down is a limit.

Minutes pasted into a listing put the motion and its outcome in separate sentences
("Antrag: Substituierte dürfen als Kassierer dienen. Abgelehnt 2:9."), so no cue, which
reads one sentence, sees both; the motion alone reads as a permission. The cue
`motion-rejected` handles the other direction (a limit voted down welcomes) inside one
sentence. Here a line of minutes whose motion opens a slot to people on MAT, without a
negation, and whose outcome is a rejection demotes a friendly or unknown by
`rules.MOTION_RULES`.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.mat.completion import Completion, first_in_fields
from pipeline.mat.guard import (
    MOTION_NEGATED,
    MOTION_PERMITS,
    MOTION_REJECTED,
    MOTION_WORDS,
    slot_kind,
)
from pipeline.mat.lexicon import TRIGGERS, fold


def find_permission_voted_down(fields: list[tuple[str, str]]) -> Completion | None:
    """The first line of minutes that votes down a permission for people on MAT."""
    return first_in_fields(fields, _field_voted_down)


@lru_cache(maxsize=1 << 14)
def _field_voted_down(field_name: str, text: str) -> Completion | None:
    """`find_permission_voted_down` for one field. Cached: feeds repeat their notes."""
    if MOTION_WORDS.search(text) is None:
        return None
    scan = fold(text)
    for match in MOTION_REJECTED.finditer(scan):
        motion = match.group("motion")
        if not (TRIGGERS.search(motion) and MOTION_PERMITS.search(motion)):
            continue
        if MOTION_NEGATED.search(motion):
            continue
        sentence = text[match.start() : match.end()].strip()
        return Completion(field_name, sentence, match.group(0), slot_kind(motion))
    return None


def clear_caches() -> None:
    """Forget the cached fields (for benchmarks of the worst case)."""
    _field_voted_down.cache_clear()
