"""A friendly's last check: nothing in the listing ties a slot to the end of treatment.

The frame reads welcomes and limits from cues; a limit in wording no cue knows, in a
sentence that names no one on MAT, slips past the guard ("Los llaveros se entregan por
tiempo limpio sin ningún fármaco sustitutivo", "Die Meetingleitung übernehmen Mitglieder,
die ihre Substitution abgeschlossen haben"). Such sentences share one thing: they speak of
finishing treatment, which a plain welcome has no reason to do. So a friendly whose text
does, outside a negation, question or "with or without", is demoted by
`rules.COMPLETION_RULES`: restricted where the sentence names a slot, unfriendly where it
names none ("aquí te recibimos cuando ya estés libre"), both low confidence and reviewed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from pipeline.mat.guard import (
    COMPLETION,
    COMPLETION_AS_TOPIC,
    COMPLETION_COORDINATED,
    COMPLETION_OR_NOT,
    COMPLETION_STORY,
    COMPLETION_WAIVED_BY,
    slot_kind,
)
from pipeline.mat.lexicon import fold

#: Sentence ends for this check: stops, line breaks, pipes and bullets.
_SENTENCE_END = re.compile(r"[.;!?\n|•]+")


@dataclass(frozen=True)
class Completion:
    """Where a listing speaks of the end of treatment: the field, the sentence, the words,
    and the slot the sentence names (None: it names none, so it conditions attending)."""

    field: str
    sentence: str
    words: str
    slot: str | None


def _waived(scan: str, start: int, end: int) -> bool:
    before = _SENTENCE_END.split(scan[max(0, start - 160) : start])[-1]
    if COMPLETION_WAIVED_BY.search(before) or COMPLETION_COORDINATED.search(before):
        return True
    clause_rest = re.split(r"[.;!\n]", scan[end:])[0]
    return "?" in clause_rest or COMPLETION_OR_NOT.match(scan, end) is not None


def first_in_fields(
    fields: list[tuple[str, str]], check: Callable[[str, str], Completion | None]
) -> Completion | None:
    """The first field, in order, where a per-field check (cached by its text) finds one."""
    for field_name, text in fields:
        found = check(field_name, text)
        if found is not None:
            return found
    return None


def find_completion(fields: list[tuple[str, str]]) -> Completion | None:
    """The first sentence of the fields that ties something to the end of treatment."""
    return first_in_fields(fields, _field_completion)


@lru_cache(maxsize=1 << 14)
def _field_completion(field_name: str, text: str) -> Completion | None:
    """`find_completion` for one field. Cached: feeds repeat their notes."""
    scan = fold(text)
    for match in COMPLETION.finditer(scan):
        if _waived(scan, match.start(), match.end()):
            continue
        if COMPLETION_STORY.search(scan, max(0, match.start() - 16), match.end() + 40):
            continue
        left = max((m.end() for m in _SENTENCE_END.finditer(scan, 0, match.start())), default=0)
        right_end = _SENTENCE_END.search(scan, match.end())
        right = right_end.start() if right_end else len(scan)
        sentence = text[left:right].strip()
        return Completion(field_name, sentence, match.group(0), slot_kind(scan[left:right]))
    return None


def defers_attending(completion: Completion, fields: list[tuple[str, str]]) -> bool:
    """Whether the end of treatment, in a listing that names people on MAT and reads no
    welcome and no limit of them, is a condition on attending ("Replacement drugs aren't
    sobriety - get tapered, then come on back", "Die Tür steht dir offen, sobald du
    ausgeschlichen hast", "This one is for people totally off everything").

    Only where nothing else could be tied to it: the sentence and the whole listing name
    no slot (a keytag, a share, a service: "Si estás en metadona, espera a haber terminado
    la reducción" after "Entregamos llaveros" limits the keytag, not the door), and the
    sentence is not a topic, a story or the clinic's hours (`guard.COMPLETION_AS_TOPIC`).
    Round 25 read 34 such exclusions that no cue read (21 in the tuning sets, 13 in the worn
    blind sets); the rule moved no listing of theirs the wrong way."""
    if completion.slot is not None:
        return False
    if COMPLETION_AS_TOPIC.search(fold(completion.sentence)):
        return False
    return all(slot_kind(fold(text)) is None for _, text in fields)


def clear_caches() -> None:
    """Forget the cached fields (for benchmarks of the worst case)."""
    _field_completion.cache_clear()
