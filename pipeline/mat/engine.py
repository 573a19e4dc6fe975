"""Add MAT evidence up into a status, a confidence and a review flag.

Reads a listing's fellowship, type codes, name, group name and notes; never its location
(a meeting held at a methadone clinic says nothing about the group's welcome). Every
decision carries the rules that made it and the words they matched, so a maintainer can
ask "why" and correct it in a review file.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.mat.rules import (
    FALSE_FRIEND_BEFORE,
    FAMILY_GROUPS,
    FELLOWSHIP_PRIORS,
    FLOOR_MAT_CONTEXT,
    FRIENDLY_CONFIDENT,
    FRIENDLY_WEAK,
    MAT_CONTEXT,
    NAME_CASE_SENSITIVE,
    NAME_PRIOR_TRIGGERS,
    NAME_PRIORS,
    NOT_A_NEGATION,
    QUESTION_START,
    TEXT_FIELDS,
    TEXT_RULES,
    TRIGGERS,
    TYPE_CODE_PRIORS,
    UPPER_MAT,
    VENUE_AFTER_MEDICATION,
    Polarity,
    PriorRule,
)
from schemas.vocab import fellowship_key

_ABBREVIATION_DOT = re.compile(r"(?<![A-Za-z])([A-Za-z])\.")
_SENTENCE_END = re.compile(r"[.!?\n]+")
_CLAUSE_BOUNDARY = re.compile(
    r"[.!?;:,\n()]|\s[-–—]+\s|\b(?:but|however|although|though|yet|except|unless|while)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|nor|none|isn't|aren't|wasn't|weren't|don't|doesn't|won't|cannot|"
    r"can't)\b|n't\b",
    re.IGNORECASE,
)
_NEGATED_WEIGHT = 0.85


@dataclass(frozen=True)
class Listing:
    """The fields of a listing the engine reads; any may be missing."""

    id: str | None = None
    fellowship: str | None = None
    name: str | None = None
    group_name: str | None = None
    notes: str | None = None
    types: tuple[str, ...] = ()
    location_name: str | None = None

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> Listing:
        types = data.get("types") or ()
        if isinstance(types, str):
            types = tuple(t.strip() for t in types.split(","))
        return cls(
            id=None if data.get("id") is None else str(data["id"]),
            fellowship=_text(data.get("fellowship")),
            name=_text(data.get("name")),
            group_name=_text(data.get("group_name")),
            notes=_text(data.get("notes")),
            types=tuple(str(t) for t in types if t is not None),
            location_name=_text(data.get("location_name")),
        )


def _text(value: object) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True)
class Evidence:
    rule_id: str
    field: str
    text: str
    polarity: Polarity
    weight: float
    kind: str  # rule, fellowship, type_code

    def render(self) -> str:
        quoted = " ".join(self.text.split()).replace('"', "'")
        return f'{self.field}:{self.rule_id}:"{quoted}"'


@dataclass(frozen=True)
class MatDecision:
    status: str
    confidence: float
    evidence: tuple[str, ...]
    needs_review: bool
    decided_by: str | None


UNKNOWN = MatDecision("unknown", 0.0, (), False, None)


def scan_text(text: str) -> str:
    """Same-length copy where "M.A.T." reads "M·A·T·", so sentence splitting and
    patterns see one token and the matched spans still quote the original text."""
    return _ABBREVIATION_DOT.sub(lambda m: m.group(1) + "·", text)


def _spans(pattern: re.Pattern[str], text: str) -> list[int]:
    return [m.end() for m in pattern.finditer(text)]


def _sentence_bounds(ends: list[int], position: int, length: int) -> tuple[int, int]:
    index = bisect.bisect_right(ends, position)
    start = ends[index - 1] if index > 0 else 0
    end = ends[index] if index < len(ends) else length
    return start, end


def _negated(scan: str, sentence_start: int, match_start: int, match_end: int) -> bool:
    """A negation cue between the clause's start and the match's end, within one clause."""
    clause_start = sentence_start
    for boundary in _CLAUSE_BOUNDARY.finditer(scan, sentence_start, match_start):
        clause_start = boundary.end()
    window = NOT_A_NEGATION.sub(" ", scan[clause_start:match_end])
    return bool(_NEGATION.search(window))


def text_evidence(field: str, text: str) -> list[Evidence]:
    """Evidence from one free-text field, with negation, questions and false friends handled."""
    if not TRIGGERS.search(text.lower()):
        return []
    scan = scan_text(text)
    sentence_ends = _spans(_SENTENCE_END, scan)
    venues = [(m.start(), m.end()) for m in VENUE_AFTER_MEDICATION.finditer(scan)]
    claimed: list[tuple[int, int]] = []
    found: list[Evidence] = []
    for rule in TEXT_RULES:
        if field not in rule.fields:
            continue
        for match in rule.pattern.finditer(scan):
            start, end = match.span()
            if any(start < c_end and c_start < end for c_start, c_end in claimed):
                continue
            s_start, s_end = _sentence_bounds(sentence_ends, start, len(scan))
            sentence = scan[s_start:s_end]
            if scan[s_end : s_end + 1] == "?" or QUESTION_START.match(sentence):
                continue  # a discussion topic asking a question states no policy
            if rule.needs_mat_context and not MAT_CONTEXT.search(sentence):
                continue
            if rule.polarity in {"friendly", "mention"} and any(
                start < v_end and v_start < end for v_start, v_end in venues
            ):
                continue
            if FALSE_FRIEND_BEFORE.search(scan[max(0, start - 12) : start]):
                continue
            if not UPPER_MAT.search(match.group(0)) and FLOOR_MAT_CONTEXT.search(sentence):
                continue  # "Mat friendly yoga studio"
            quoted = text[start:end]
            if rule.polarity == "friendly" and _negated(scan, s_start, start, end):
                clause_from = max(s_start, start - 40)
                quoted = text[clause_from:end].lstrip(" ,;:")
                found.append(
                    Evidence(f"not-{rule.id}", field, quoted, "unfriendly", _NEGATED_WEIGHT, "rule")
                )
            else:
                found.append(Evidence(rule.id, field, quoted, rule.polarity, rule.weight, "rule"))
            if rule.polarity != "mention":
                claimed.append((start, end))
    return found


def prior_evidence(listing: Listing) -> list[Evidence]:
    found: list[Evidence] = []

    def add(rule: PriorRule, field: str, text: str, kind: str) -> None:
        if all(e.rule_id != rule.id for e in found):
            found.append(Evidence(rule.id, field, text, rule.polarity, rule.weight, kind))

    if listing.fellowship:
        rule = FELLOWSHIP_PRIORS.get(fellowship_key(listing.fellowship))
        if rule:
            add(rule, "fellowship", listing.fellowship, "fellowship")
    for field in ("name", "group_name", "notes"):
        value = getattr(listing, field)
        lowered = value.lower() if value else ""
        if not any(t in lowered for t in NAME_PRIOR_TRIGGERS):
            continue
        for pattern, rule in NAME_PRIORS:
            match = pattern.search(value)
            strict = NAME_CASE_SENSITIVE.get(match.group(0).lower()) if match else None
            if match and (strict is None or strict.search(value)):
                add(rule, field, match.group(0), "fellowship")
    for code in listing.types:
        rule = TYPE_CODE_PRIORS.get(code.strip().upper())
        if rule:
            add(rule, "types", code, "type_code")
    return found


def _noisy_or(weights: Iterable[float]) -> float:
    remaining = 1.0
    for weight in weights:
        remaining *= 1.0 - weight
    return 1.0 - remaining


def is_family_group(fellowship: str | None) -> bool:
    return bool(fellowship) and fellowship_key(fellowship or "") in FAMILY_GROUPS


def decide(evidence: Sequence[Evidence]) -> MatDecision:
    """Evidence to a decision. Any restricting or negative evidence rules out friendly."""
    if not evidence:
        return UNKNOWN
    if any(e.polarity != "mention" for e in evidence):
        evidence = [e for e in evidence if e.polarity != "mention"]  # decided without them
    strength = {
        polarity: _noisy_or(e.weight for e in evidence if e.polarity == polarity)
        for polarity in ("friendly", "restricted", "unfriendly")
    }
    rendered = tuple(e.render() for e in evidence)
    friendly, restricted, unfriendly = (
        strength["friendly"], strength["restricted"], strength["unfriendly"]
    )  # fmt: skip
    if restricted or unfriendly:
        status = "restricted" if restricted else "unfriendly"
        deciding = max((e for e in evidence if e.polarity == status), key=lambda e: e.weight)
        confidence = max(restricted, unfriendly) * (1.0 - friendly / 2)
        return MatDecision(status, round(confidence, 3), rendered, friendly > 0, deciding.kind)
    if friendly >= FRIENDLY_WEAK:
        deciding = max((e for e in evidence if e.polarity == "friendly"), key=lambda e: e.weight)
        return MatDecision(
            "friendly", round(friendly, 3), rendered, friendly < FRIENDLY_CONFIDENT, deciding.kind
        )
    return MatDecision("unknown", 0.0, rendered, True, None)


def tag_mat(listing: Listing) -> MatDecision:
    """The MAT decision for one listing."""
    if is_family_group(listing.fellowship):
        return UNKNOWN  # Al-Anon, Nar-Anon: for families; MAT is outside their scope
    evidence = prior_evidence(listing)
    for field in TEXT_FIELDS:
        value = getattr(listing, field)
        if value:
            evidence.extend(text_evidence(field, value))
    return decide(evidence)
