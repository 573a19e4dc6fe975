"""Meeting types onto the one vocabulary, from Meeting Guide codes or BMLT formats.

Both paths end in the same shape: vocabulary codes in `types`, the source's own codes in
`source_types`, languages, and what could not be mapped. Nothing is dropped silently: a
code outside the vocabulary stays in `source_types` and is counted per code under
`field/types/unknown_code/<code>`, so a run's stats say which codes a source invents.
The tables themselves live in schemas/vocab.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.normalize.fields.text import as_text
from schemas.vocab import (
    BMLT_ATTENDANCE_WORLD_IDS,
    BMLT_LANGUAGE_WORLD_ID,
    BMLT_WORLD_IDS,
    LANGUAGE_CODES,
    LANGUAGE_TYPE_CODES,
    canonical_type_code,
    language_of,
)

#: Longest code kept in `source_types` (and in a counter's name): real codes are short.
MAX_CODE_CHARS = 40


@dataclass
class MappedTypes:
    """A record's types on the vocabulary, with what the source said and what was left over."""

    types: list[str] = field(default_factory=list)
    source_types: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    #: "online" or "hybrid" when a format says so (BMLT servers without `venue_type`).
    attendance_hint: str | None = None

    def add_type(self, code: str) -> None:
        if code not in self.types:
            self.types.append(code)
        language = LANGUAGE_CODES.get(code)
        if language:
            self.add_language(language)

    def add_language(self, iso: str) -> None:
        if iso not in self.languages:
            self.languages.append(iso)


def split_codes(value: object) -> list[str]:
    """Codes from a list, a comma string or null, stripped, empties dropped, order kept."""
    if value is None:
        return []
    if isinstance(value, str):
        raw: list[str] = value.split(",")
    elif isinstance(value, list | tuple):
        raw = [as_text(v) or "" for v in value if v is not None]
    else:
        raw = [as_text(value) or ""]
    return [code.strip()[:MAX_CODE_CHARS] for code in raw if code and code.strip()]


def _unknown(mapped: MappedTypes, code: str, counters: Counter[str]) -> None:
    mapped.unknown.append(code)
    counters["field/types/unknown_code"] += 1
    counters[f"field/types/unknown_code/{code}"] += 1


def meeting_guide_types(value: object, counters: Counter[str]) -> MappedTypes:
    """Meeting Guide `types` (list, comma string, null, any case) onto the vocabulary."""
    mapped = MappedTypes(source_types=split_codes(value))
    for code in mapped.source_types:
        canonical = canonical_type_code(code)
        if canonical is None:
            _unknown(mapped, code, counters)
        else:
            mapped.add_type(canonical)
    return mapped


@dataclass(frozen=True)
class FormatRef:
    """One format of a meeting as its server defines it: the local key and the world id.

    `known` is False when the meeting names a key or id its server's format list lacks.
    """

    key: str
    world_id: str | None = None
    name: str | None = None
    #: `format_type_enum`: FC1/FC2/FC3/O/LANG/ALERT and server inventions ("FC1-*")
    type: str | None = None
    known: bool = True


def bmlt_format_types(formats: Iterable[FormatRef], counters: Counter[str]) -> MappedTypes:
    """A BMLT meeting's formats onto the vocabulary, through their world ids.

    `source_types` keeps the server's own keys. Language formats (world id LANG) give a
    language from their key or name, and its Meeting Guide code when it has one.
    """
    mapped = MappedTypes()
    for ref in formats:
        mapped.source_types.append(ref.key)
        world = (ref.world_id or "").strip().upper()
        if not ref.known:
            counters["field/types/unknown_format"] += 1
            _unknown(mapped, ref.key, counters)
            continue
        if world == BMLT_LANGUAGE_WORLD_ID or (
            not world and (ref.type or "").upper() == BMLT_LANGUAGE_WORLD_ID
        ):
            iso = language_of(ref.key, ref.name)
            if iso is None:
                _unknown(mapped, ref.key, counters)
                continue
            mapped.add_language(iso)
            if iso in LANGUAGE_TYPE_CODES:
                mapped.add_type(LANGUAGE_TYPE_CODES[iso])
            continue
        if world in BMLT_ATTENDANCE_WORLD_IDS:
            hint = BMLT_ATTENDANCE_WORLD_IDS[world]
            if mapped.attendance_hint != "hybrid":
                mapped.attendance_hint = hint
        codes = BMLT_WORLD_IDS.get(world)
        if codes is None:
            _unknown(mapped, ref.key, counters)
        elif not codes:
            counters[f"field/types/no_equivalent/{world}"] += 1
        for code in codes or ():
            mapped.add_type(code)
    return mapped
