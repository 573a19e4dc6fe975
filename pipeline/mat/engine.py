"""Decide a listing's MAT status from its policy frame, with calibrated confidence.

Reads a listing's fellowship, type codes, name, group name and notes; never its location
(a meeting held at a methadone clinic says nothing about the group's welcome). The words
fill a frame (`frame.py`); the frame gives the status by `rules.STATUS_TABLE`; the basis
of the decision gives its confidence by `rules.CONFIDENCE`. Every decision carries the
slots that made it and the sentences that filled them, restrictions first, so a
maintainer can ask "why" and correct it in a review file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from pipeline.mat.completion import Completion, defers_attending, find_completion
from pipeline.mat.completion import clear_caches as clear_completion_cache
from pipeline.mat.footing import (
    EQUAL_FOOTING_RE,
    abstinent_here,
    bare_ban,
    elsewhere_instead,
    held_apart,
    own_audience,
)
from pipeline.mat.frame import GUARD_KIND_SLOT, Finding, Frame, evidence_line, read_listing
from pipeline.mat.frame import clear_caches as frame_clear_caches
from pipeline.mat.guard import (
    DURATION,
    GUARD_SLOT_KINDS,
    ILLICIT_USE,
    LIST_CONTRAST,
    MEASURES,
    PASSIVE,
    Unread,
    slot_kind,
)
from pipeline.mat.learned.reading import second_reading
from pipeline.mat.lexicon import (
    ACRONYM,
    ADOPTED,
    ADVERSE_ACTS,
    OTHER_EXPANSION,
    QUOTED_LITERATURE,
    QUOTED_SOURCE,
    QUOTED_SOURCE_WORDS,
    TRIGGERS,
    fold,
    restore_apostrophes,
)
from pipeline.mat.motions import clear_caches as clear_motion_cache
from pipeline.mat.motions import find_permission_voted_down
from pipeline.mat.rules import (
    BACKING_ONLY,
    COMPLETION_RULES,
    CONFIDENCE,
    FAMILY_GROUPS,
    FELLOWSHIP_PRIORS,
    FRIENDLY_REVIEW_BELOW,
    MOTION_RULES,
    NAME_CASE_SENSITIVE,
    NAME_FIELDS,
    NAME_PRIORS,
    OWN_FELLOWSHIP_NAMES,
    OWN_NAME_OF_PRIOR,
    PRIOR_DECIDES_FROM,
    TEXT_FIELDS,
    TYPE_CODE_PRIORS,
    UNREAD_RULES,
    UNREAD_SLOT_KINDS,
    DemotionRule,
    PriorRule,
    Status,
    UnreadRule,
)
from schemas.vocab import fellowship_key


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
class MatDecision:
    status: str
    confidence: float
    evidence: tuple[str, ...]
    needs_review: bool
    decided_by: str | None


UNKNOWN = MatDecision("unknown", 0.0, (), False, None)
_LIMIT_SLOTS = ("participate", "service", "clean_time")
#: Cheap test before the name priors: most names hold none of these.
_NAME_PRIOR_HINT = re.compile(r"mara|medication|m[eé]thadon|metadona", re.IGNORECASE)
_STRONG = {"strong"}


@dataclass(frozen=True)
class Prior:
    rule: PriorRule
    field: str
    text: str
    kind: str  # fellowship, name, type_code

    def render(self) -> str:
        return evidence_line(self.field, "prior=friendly", self.rule.id, self.text)


def priors(listing: Listing) -> list[Prior]:
    """The meeting's own fellowship, name and type codes; never a mention in the notes."""
    found: list[Prior] = []
    if listing.fellowship:
        rule = FELLOWSHIP_PRIORS.get(_fellowship_key(listing.fellowship))
        if rule:
            found.append(Prior(rule, "fellowship", listing.fellowship, "fellowship"))
    for field in ("name", "group_name"):
        value = getattr(listing, field) or ""
        if not _NAME_PRIOR_HINT.search(value):
            continue
        for pattern, rule in NAME_PRIORS:
            match = pattern.search(value)
            strict = NAME_CASE_SENSITIVE.get(match.group(0).lower()) if match else None
            known = any(p.rule.id == rule.id for p in found)
            if match and (strict is None or strict.search(value)) and not known:
                found.append(Prior(rule, field, match.group(0), "name"))
    for code in listing.types:
        rule = TYPE_CODE_PRIORS.get(code.strip().upper())
        if rule:
            found.append(Prior(rule, "types", code, "type_code"))
    return found


@lru_cache(maxsize=4096)
def _fellowship_key(fellowship: str) -> str:
    return fellowship_key(fellowship)


def is_family_group(fellowship: str | None) -> bool:
    return bool(fellowship) and _fellowship_key(fellowship or "") in FAMILY_GROUPS


def status_of(findings: list[Finding]) -> Status:
    """rules.STATUS_TABLE, row by row."""
    if any(f.value == "denied" for f in findings):
        return "unfriendly"
    if any(f.slot in _LIMIT_SLOTS and f.value == "limited" for f in findings):
        return "restricted"
    if any(f.value == "allowed" for f in findings):
        return "friendly"
    return "unknown"


def _render(findings: list[Finding]) -> list[str]:
    order = {"denied": 0, "limited": 1, "allowed": 2, "noted": 3}
    seen: set[str] = set()
    rendered = []
    for finding in sorted(findings, key=lambda f: order[f.value]):
        text = finding.render()
        if text not in seen:
            seen.add(text)
            rendered.append(text)
    return rendered


def _render_unread(frame: Frame) -> list[str]:
    """Evidence of the guard: the sentence, and the words in it no cue read."""
    rendered = []
    for field_name, sentence, unread in frame.hedges:
        words = ",".join(dict.fromkeys(f"{u.kind}/{u.word}" for u in unread))
        rendered.append(evidence_line(field_name, "unread=guard", words, sentence))
    return rendered


def _equal_footing(frame: Frame) -> list[tuple[str, str, tuple[str, ...]]]:
    """The sentences of an unread frame that say people on MAT hold their place on an
    equal footing (`guard.EQUAL_FOOTING`), with the slots each names (round 26): "they do
    everything everybody else does -- read, chair, take birthday cakes" (a sentence that
    only lists slots, `_lists_slots`), "we treat people on Suboxone like every other
    member" (a mention: no guard word at all). Empty unless every unread sentence is one."""
    found: list[tuple[str, str, tuple[str, ...]]] = []
    for field_name, sentence, unread in frame.hedges:
        scan = fold(sentence)
        if not (_lists_slots((field_name, sentence, unread)) and _equal_sentence(scan)):
            return []
        found.append((field_name, sentence, tuple(_UNREAD_SLOT[u.kind] for u in unread)))
    for field_name, sentence in frame.mentions:
        scan = fold(sentence)
        if not _negated_or_contrasted(scan) and _equal_sentence(scan):
            found.append((field_name, sentence, ("attend",)))
    return found


def _equal_sentence(scan: str) -> bool:
    return names_mat(scan) and EQUAL_FOOTING_RE.search(scan) is not None


def _negated_or_contrasted(scan: str) -> bool:
    """A negation or a list contrast in the sentence: no equal footing holds there."""
    return bool(_ANY_NEGATION.search(scan) or LIST_CONTRAST.search(scan))


def _decide_equal_footing(
    equal: list[tuple[str, str, tuple[str, ...]]], found_priors: list[Prior]
) -> MatDecision:
    """A friendly from an equal footing the frame's cues did not read: a new reading of
    unread words, so below the review line and always reviewed."""
    head = [
        evidence_line(field_name, f"{slot}=allowed", "equal-footing", sentence)
        for field_name, sentence, slots in equal
        for slot in dict.fromkeys(slots)
    ]
    rendered = tuple(head) + tuple(p.render() for p in found_priors)
    return MatDecision("friendly", CONFIDENCE["friendly-equal-footing"], rendered, True, "rule")


#: What each reading by a sentence's shape (`footing.py`) decides, in the evidence and the
#: status: the rule id -> (slot=value, status, confidence basis).
_SHAPE_RULES: dict[str, tuple[str, Status, str]] = {
    "own-audience": ("attend=allowed", "friendly", "friendly-own-audience"),
    "bare-ban": ("exclusion=denied", "unfriendly", "unfriendly-ban"),
    "elsewhere-instead": ("exclusion=denied", "unfriendly", "unfriendly-ban"),
    # the slot's key is the sentence's own ("service=limited"): `tag_mat` passes it
    "held-apart": ("{slot}=limited", "restricted", "restricted-held-apart"),
}


def _decide_by_shape(
    rule_id: str, found: tuple[str, str], unknown: MatDecision, slot: str = ""
) -> MatDecision:
    """A decision from one sentence read by its shape (`footing.own_audience`,
    `footing.bare_ban`, `footing.elsewhere_instead`, `footing.held_apart`): the sentence
    leads the evidence; below the review line, always reviewed."""
    key, status, basis = _SHAPE_RULES[rule_id]
    key = key.format(slot=slot)
    field_name, sentence = found
    evidence = (evidence_line(field_name, key, rule_id, sentence), *unknown.evidence)
    return MatDecision(status, CONFIDENCE[basis], evidence, True, "rule")


def _guarded(findings: list[Finding], frame: Frame, found_priors: list[Prior]) -> MatDecision:
    """A friendly whose neighbourhood holds unread limiting words: a human decides."""
    rendered = _render_unread(frame) + _render(findings) + [p.render() for p in found_priors]
    return MatDecision("unknown", 0.0, tuple(rendered), True, None)


def names_mat(scan: str) -> bool:
    return TRIGGERS.search(scan) is not None


#: A sentence that limits nothing it names: a negation word anywhere in it keeps it unread,
#: and so does an inclusion ("chips counted from last use incl. maintenance meds").
_ANY_NEGATION = re.compile(
    r"(?<![\w'])(?:not|no|never|nobody|none|nor|without|n't|ni|nadie|nunca|sin|ne|n'|pas|"
    r"jamais|sans|nicht|kein\w*|nie|niemand|ohne|incl|included|including|incluid[oa]s?|"
    r"incluyendo|inclus\w*|compris\w*|inbegriffen|eingeschlossen|einschlie(?:ss|ß)lich)(?![\w])|n't"
)


def _lists_slots(hedge: tuple[str, str, tuple[Unread, ...]]) -> bool:
    """A guarded sentence next to a read welcome that only names slots ("Share, chair,
    sponsor, collect your keytags"): no limiting, passive or measuring word, no negation.
    Such a sentence lists what the welcome opens; any other word keeps it a question."""
    _, sentence, unread = hedge
    scan = fold(sentence)
    if not unread or _negated_or_contrasted(scan):
        return False
    return all(
        u.kind in GUARD_SLOT_KINDS and not PASSIVE.search(u.word) and not MEASURES.match(u.word)
        for u in unread
    )


def _prior_hedge_benign(hedge: tuple[str, str, tuple[Unread, ...]]) -> bool:
    """Under the meeting's own MARA or Methadone Anonymous fellowship, a sentence that only
    lists slots, or holds a condition but no slot ("after dosing hours"), limits nobody."""
    kinds = {u.kind for u in hedge[2]}
    if kinds & {"exclusion", "request", "detached-limit"}:
        return False
    return _lists_slots(hedge) or not kinds & GUARD_SLOT_KINDS


#: Words that make a clean-time requirement about drugs, not only time ("90 days free of
#: all drugs", "a year without maintenance").
_DRUG_WORDS = re.compile(
    r"drug|substanc|free|off|without|abstinen|sin |sans |ohne |libre|frei|droga|drogue|"
    r"sustanc|substanz|completely|completamente|completement|komplett|totally|totalmente|"
    r"totalement|todo|tout|alle|any|all |every|same|condition|mism|meme|gleich"
)


#: A clean-time requirement that names nobody ("GSR 1 year, treasurer 2 years").
_DURATION = re.compile(DURATION)


#: Words that only ask for a length of time ("Chair needs 90 days", "GSR requires a year").
_NEEDS_TIME = re.compile(
    r"needs?|requires?|required|requirements?|requisitos?|voraussetzung\w*|exigences?|"
    r"must have|at least|after|necesita\w*|"
    r"requiere\w*|al menos|apres|au moins|braucht|mindestens|nach"
)


def _universal_duration(hedge: tuple[str, str, tuple[Unread, ...]]) -> bool:
    """A limit that is only a length of clean time ("GSR 1 year", "Chair needs 90 days"): it
    binds everyone alike, so where the frame read that time on MAT counts, it limits
    nobody on MAT."""
    unread = hedge[2]
    if all(u.kind in {"detached-slot", "detached-limit"} for u in unread) and any(
        u.kind == "detached-limit" and _DURATION.fullmatch(u.word) for u in unread
    ):
        return True
    limits = [u for u in unread if u.kind not in GUARD_SLOT_KINDS | {"detached-slot"}]
    return (
        bool(limits)
        and all(u.kind in {"condition", "detached-limit"} for u in limits)
        and all(_NEEDS_TIME.fullmatch(u.word) or _DURATION.fullmatch(u.word) for u in limits)
        and _DURATION.search(fold(hedge[1])) is not None
    )


def _names_no_drug(sentence: str) -> bool:
    """A service requirement that names no drug, medication or abstinence: "Open position:
    secretary, 6 months clean" binds every member alike (round 15)."""
    scan = fold(sentence)
    return not names_mat(scan) and _DRUG_WORDS.search(scan) is None


def _illicit_only(sentence: str) -> bool:
    """A limit on drugs nobody prescribed, in a sentence that names no MAT (round 17)."""
    scan = fold(sentence)
    if ILLICIT_USE.search(scan) is None:
        return False
    return not names_mat(ILLICIT_USE.sub(" ", scan))  # "non-prescribed" names no MAT


#: Unread words that only time a pointer to another meeting ("right after ours");
#: "instead" still steers away, and so may "para quienes" ("for those on methadone").
_TIMING = re.compile(
    r"(?:right |just |immediately )?(?:after|before|despues|antes|apres|avant|nach|vor)"
)


_ADVERSE = re.compile(ADVERSE_ACTS)


def _told_of_elsewhere(word: str) -> bool:
    """A time ("right after ours"), or what other meetings do to people on MAT ("los
    excluyen o los humillan en otros grupos"): no exclusion by this meeting."""
    word = fold(word.strip())
    return bool(_TIMING.fullmatch(word) or _ADVERSE.fullmatch(word))


def unread_rule(status: Status, frame: Frame) -> UnreadRule | None:
    """The first row of rules.UNREAD_RULES that one sentence's unread words match: the
    sentence must name people on MAT or a slot, and hold every kind the row needs."""
    # an exclusion is not read from a bare time in a sentence pointing at another meeting:
    # "A MAT group meets downstairs right after ours" (session 24, from blind164); "you'll
    # be happier at the MARA meeting" still steers away
    pointing = [f.clause.rstrip("…") for f in frame.findings if f.slot == "elsewhere"]
    for rule in UNREAD_RULES:
        if rule.when != status:
            continue
        for _, sentence, unread in frame.hedges:
            kinds = {u.kind for u in unread}
            if all(_told_of_elsewhere(u.word) for u in unread) and any(
                c and sentence.startswith(c) for c in pointing
            ):
                continue
            if kinds & rule.none_of or not all(kinds & group for group in rule.all_of):
                continue
            if kinds & UNREAD_SLOT_KINDS or names_mat(fold(sentence)):
                return rule  # not a pronoun's sentence that names neither ("before coming in")
    return None


_UNREAD_SLOT: dict[str, str] = dict(GUARD_KIND_SLOT)


def _decide_unread(rule: UnreadRule, findings: list[Finding], frame: Frame) -> MatDecision:
    """A limit or exclusion only from unread words: low confidence, always reviewed. The
    evidence leads with the slot it stands for and the rule's id, then the sentence."""
    value = "denied" if rule.status == "unfriendly" else "limited"
    head = []
    for field_name, sentence, unread in frame.hedges:
        kind = next((u.kind for u in unread if u.kind in _UNREAD_SLOT), None)
        kind = kind or slot_kind(fold(sentence)) or ""
        slot = "exclusion" if value == "denied" else _UNREAD_SLOT.get(kind, "limit")
        head.append(evidence_line(field_name, f"{slot}={value}", rule.id, sentence))
    rendered = head + _render_unread(frame) + _render(findings)
    basis = "unfriendly-unread" if value == "denied" else "restricted-unread"
    return MatDecision(
        rule.status, CONFIDENCE[basis], tuple(dict.fromkeys(rendered)), True, "unread"
    )


def _decide_negative(status: Status, findings: list[Finding], frame: Frame) -> MatDecision:
    deciding = [f for f in findings if f.value in {"denied", "limited"}]
    strong = any(f.reference in _STRONG for f in deciding)
    if status == "unfriendly":
        denied = [f for f in deciding if f.value == "denied"]
        implicit = all(f.slot == "exclusion" for f in denied)
        basis = "unfriendly-implicit" if implicit else "unfriendly-explicit"
        if not any(f.reference in _STRONG for f in denied):
            basis = "unfriendly-weak"
    else:
        basis = "restricted" if strong else "restricted-weak"
    conflicting = any(f.value == "allowed" and f.slot != "elsewhere" for f in findings)
    confidence = CONFIDENCE[basis]
    return MatDecision(
        status,
        confidence,
        tuple(_render(findings)),
        conflicting or confidence < FRIENDLY_REVIEW_BELOW,
        "rule",
    )


def _friendly_basis(findings: list[Finding], frame: Frame) -> str:
    allowed = [f for f in findings if f.value == "allowed"]
    strong = [f for f in allowed if f.reference in _STRONG]
    if strong:
        slots = {f.slot for f in strong}
        full = any(f.full for f in strong) or len(slots) >= 2
        return "friendly-explicit-full" if full else "friendly-explicit"
    if allowed and all(f.cue == "all-pathways" for f in allowed):
        # "every pathway honoured" alone, no medication named: on the read sets' "other"
        # fellowships, 22 such friendlies against 20 unknowns (session 24, from blind167)
        return "friendly-pathways"
    if any(f.reference == "topic" for f in allowed):
        return "friendly-topic"
    return "friendly-weak"


def decide(frame: Frame, found_priors: list[Prior]) -> MatDecision:
    """The frame and the priors to a decision, by the status and confidence tables."""
    if any(f.value != "allowed" and f.reference == "carried" for f in frame.findings):
        # "We ask only that you not share if you've used non-prescribed drugs": a limit on
        # illicit use, carried by "you" from a welcome, binds everyone alike (round 17)
        frame = replace(
            frame,
            findings=[
                f
                for f in frame.findings
                if f.value == "allowed" or f.reference != "carried" or not _illicit_only(f.clause)
            ],
        )
    findings = frame.findings
    if not (findings or frame.mentions or frame.hedges or found_priors):
        return UNKNOWN
    status = status_of(findings)
    if status in {"unfriendly", "restricted"}:
        decision = _decide_negative(status, findings, frame)
        rendered = decision.evidence + tuple(p.render() for p in found_priors)
        return MatDecision(
            decision.status, decision.confidence, rendered, decision.needs_review, "rule"
        )
    elsewhere = any(f.slot == "elsewhere" for f in findings)
    candidates: list[tuple[float, str, str]] = []  # (confidence, basis, decided_by)
    time_counts = any(f.value == "allowed" and (f.slot == "clean_time" or f.full) for f in findings)
    if frame.hedges and (time_counts or status == "friendly"):
        # a length of clean time binds everyone: "GSR 1 year ... MAT doesn't affect anyone's
        # count"; next to a welcome alone, only where it names no drug ("secretary, 6 months")
        frame = replace(
            frame,
            hedges=[
                h
                for h in frame.hedges
                if not (_universal_duration(h) and (time_counts or _names_no_drug(h[1])))
            ],
        )
    if frame.hedges and status == "friendly":
        # "we ask only that you not share if you've used cocaine or other non-prescribed
        # drugs": a limit on illicit use, in a sentence naming no MAT, binds everyone alike
        frame = replace(frame, hedges=[h for h in frame.hedges if not _illicit_only(h[1])])
    if frame.hedges and not found_priors:
        rule = unread_rule(status, frame)
        if rule is not None:
            return _decide_unread(rule, findings, frame)
    if status == "friendly" and not found_priors and all(map(_lists_slots, frame.hedges)):
        frame = replace(frame, hedges=[])  # "...welcome. Share, chair, sponsor." lists slots
    strong_prior = any(
        p.kind in {"fellowship", "name"} and p.rule.weight >= 0.95 for p in found_priors
    )
    if (
        strong_prior
        and status in {"unknown", "friendly"}
        and all(map(_prior_hedge_benign, frame.hedges))
    ):
        # a MARA meeting's "readings, sharing", or its welcome beside "papers you need
        # signed ... at the end" (round 28, from blind102): no limit
        frame = replace(frame, hedges=[])
    equal = _equal_footing(frame) if status == "unknown" and not findings else []
    if equal:
        return _decide_equal_footing(equal, found_priors)
    if frame.hedges and (status == "friendly" or found_priors):
        # a welcome next to a limiting word the frame could not read: a human decides
        return _guarded(findings, frame, found_priors)
    if status == "friendly":
        basis = _friendly_basis(findings, frame)
        if elsewhere:
            basis = "friendly-elsewhere"
        if basis not in BACKING_ONLY or found_priors:
            candidates.append((CONFIDENCE[basis], basis, "rule"))
    for prior in found_priors:
        if prior.kind != "name" and prior.rule.weight < PRIOR_DECIDES_FROM and not candidates:
            continue  # SMART, a harm-reduction code: they back the text's welcome, never alone
        if prior.kind == "name":
            candidates.append((CONFIDENCE["friendly-name"], "friendly-name", "fellowship"))
        elif prior.kind == "type_code":
            candidates.append((prior.rule.weight, "friendly-type-code", "type_code"))
        else:
            candidates.append((prior.rule.weight, "friendly-prior", "fellowship"))
    rendered = tuple(_render(findings)) + tuple(p.render() for p in found_priors)
    if not candidates:
        # a finding that could not decide alone ("all pathways", `BACKING_ONLY`) is reviewed
        review = bool(frame.mentions or elsewhere or frame.hedges or found_priors or findings)
        if review and not rendered:
            # a reviewer asks "why is this in my queue?": the sentences that name MAT, and
            # the words no cue read (a newcomer's trial, session 19, found the flag bare)
            hedged = {sentence for _, sentence, _ in frame.hedges}
            named = [(f, s) for f, s in frame.mentions if s not in hedged][:3]
            rendered = tuple(_render_unread(frame)) + tuple(
                evidence_line(f, "mat=named", "no-policy-read", s) for f, s in named
            )
        return MatDecision("unknown", 0.0, rendered, review, None)
    if frame.hedges and status != "friendly":
        candidates = [(min(c, CONFIDENCE["friendly-hedged"]), b, d) for c, b, d in candidates]
    confidence, _, decided_by = max(candidates)
    if len(candidates) > 1:  # two independent signs agree
        confidence = min(0.97, confidence + 0.02)
    return MatDecision(
        "friendly",
        round(confidence, 3),
        rendered,
        confidence < FRIENDLY_REVIEW_BELOW or bool(frame.hedges) or elsewhere,
        decided_by,
    )


_OWN_PATTERNS = tuple(dict.fromkeys(OWN_FELLOWSHIP_NAMES.values()))


def _mat_lowered(match: re.Match[str]) -> str:
    """An acronym of `ACRONYM` in lower case if it spells MAT ("M.A.T." too), as `fold`
    drops it beside `OTHER_EXPANSION`; MOUD, OAT and the others stay acronyms."""
    text = match.group(0)
    return text.lower() if text.replace(".", "") == "MAT" else text


def read_frame(listing: Listing, found_priors: list[Prior] | None = None) -> Frame:
    """The frame of a listing's text fields, with its own fellowship's name in the notes
    read as "this meeting". `found_priors` saves computing `priors(listing)` twice."""
    fields = [(f, _unquoted(getattr(listing, f))) for f in TEXT_FIELDS if getattr(listing, f)]
    if any("MAT" in t or "M.A.T" in t for _, t in fields) and any(
        OTHER_EXPANSION.search(t) for _, t in fields
    ):
        # "MAT Meeting" named, "MAT = Monday Afternoon Topic" in the notes: no acronym in
        # any field (round 19)
        fields = [(f, ACRONYM.sub(_mat_lowered, t)) for f, t in fields]
    own = OWN_FELLOWSHIP_NAMES.get(_fellowship_key(listing.fellowship or ""))
    if own is not None:  # "SMART Recovery welcomes..." in a SMART meeting is this meeting
        fields = [(f, own.sub("this meeting", t)) for f, t in fields]
    elif listing.name:  # "Celebrate Recovery - Friday": the name says whose meeting it is
        named = next((p for p in _OWN_PATTERNS if p.match(listing.name.lstrip())), None)
        if named is None:  # "Grupo MARA Nueva Vida": MARA in the name is its own
            found = priors(listing) if found_priors is None else found_priors
            named = next((OWN_NAME_OF_PRIOR[p.rule.id] for p in found if p.kind == "name"), None)
        if named is not None:  # the name keeps its words (its own cues); the notes point home
            fields = [
                (f, t if f in NAME_FIELDS else named.sub("this meeting", t)) for f, t in fields
            ]
    return read_listing(fields)


def tag_mat(listing: Listing) -> MatDecision:
    """The MAT decision for one listing: the rules first, then the learned reader where
    the rules saw people on MAT named but read nothing decisive (`second_reading`)."""
    decision, frame, read = _rules_reading(listing)
    if frame is None or decision.status != "unknown":
        return decision
    if not (frame.mentions or frame.findings or frame.hedges):
        return decision  # the learned reader speaks only where the rules saw MAT named
    return second_reading(read, decision, friendly_barred=_friendly_barred(frame))


def tag_by_rules(listing: Listing) -> MatDecision:
    """The rules' decision alone, without the learned reader (for measuring each)."""
    return _rules_reading(listing)[0]


def _rules_reading(listing: Listing) -> tuple[MatDecision, Frame | None, Listing]:
    """The rules' decision, the frame it came from (None for a family group) and the
    listing as the rules read it (contractions restored)."""
    if is_family_group(listing.fellowship):
        return UNKNOWN, None, listing  # Al-Anon, Nar-Anon: MAT is outside their scope
    listing = _restored(listing)
    found_priors = priors(listing)
    frame = read_frame(listing, found_priors)
    return _without_contradiction(_by_rules(listing, frame, found_priors)), frame, listing


def _friendly_barred(frame: Frame) -> bool:
    """The rules read something that bars a friendly the learned reader might guess: a
    pointer to another meeting ("for folks on Suboxone there is also a MARA meeting"), or
    an equal footing denied ("folks on methadone aren't as much a part of this circle as
    anyone else"). A bag of words reads both as welcomes."""
    if any(f.slot == "elsewhere" for f in frame.findings):
        return True
    for _, sentence in frame.mentions:
        scan = fold(sentence)
        if _equal_sentence(scan) and _negated_or_contrasted(scan):
            return True
    return False


_EVIDENCE_SLOT = re.compile(
    r'^(?P<field>[^:]+):(?P<slot>\w+)=(?P<value>\w+):[^:]*:(?P<clause>".*")$'
)


def _without_contradiction(decision: MatDecision) -> MatDecision:
    """The evidence without a slot "allowed" by a sentence that limits or denies the same
    slot: "Only members who are completely drug-free, including buprenorphine, may hold
    service positions" is service=limited, and its "may hold" no longer shows as
    service=allowed beside it (a newcomer's trial, session 19). Status, confidence and
    review are untouched."""
    if len(decision.evidence) < 2:
        return decision
    parsed = [_EVIDENCE_SLOT.match(line) for line in decision.evidence]
    limiting = {
        (m["field"], m["slot"], m["clause"])
        for m in parsed
        if m is not None and m["value"] in {"limited", "denied"}
    }
    if not limiting:
        return decision
    kept = tuple(
        line
        for line, m in zip(decision.evidence, parsed, strict=True)
        if m is None
        or m["value"] != "allowed"
        or (m["field"], m["slot"], m["clause"]) not in limiting
    )
    return decision if len(kept) == len(decision.evidence) else replace(decision, evidence=kept)


def _by_rules(listing: Listing, frame: Frame, found_priors: list[Prior]) -> MatDecision:
    decision = decide(frame, found_priors)
    if decision.status not in {"friendly", "unknown"}:
        return decision
    fields = [(f, getattr(listing, f)) for f in TEXT_FIELDS if getattr(listing, f)]
    if decision.decided_by == "fellowship":
        # the meeting's own MARA or Methadone Anonymous, with a slot tied to the end of
        # treatment: "Chair rotates monthly among members who've completed their taper"
        # (round 33, from blind112; it read friendly at 0.97, unreviewed)
        completion = find_completion(fields)
        if completion is not None and completion.slot is not None:
            return _decide_completion(completion, decision, COMPLETION_RULES)
        return decision
    if any(p.kind in {"fellowship", "name"} and p.rule.weight >= 0.95 for p in found_priors):
        return decision  # the meeting's own MARA or Methadone Anonymous: a human decides
    if decision.status == "unknown" and not frame.findings:
        hedged = {sentence for _, sentence, _ in frame.hedges}
        ban = bare_ban([(f, s) for f, s in frame.mentions if s not in hedged])
        if ban is not None:  # "NOT FOR PERSONS ON METHADONE OR SUBOXONE" (round 27)
            return _decide_by_shape("bare-ban", ban, decision)
        apart = held_apart(frame.hedges) if not found_priors else None
        if apart is not None:  # "les personnes sous TSO ne parrainent pas" (round 28)
            field_name, sentence, kind = apart
            slot = _UNREAD_SLOT[kind]
            return _decide_by_shape("held-apart", (field_name, sentence), decision, slot)
    if decision.status == "friendly" and not found_priors and frame.hedges:
        # a welcome, and in another sentence a slot held apart the frame could not read:
        # "Welcome to all, including folks on MAT. Sobriety chips count from your last
        # drink or drug, and for this group that includes Suboxone/methadone" (round 36,
        # from blind141; it read friendly at 0.85, unreviewed)
        apart = held_apart(frame.hedges, clean_time_only=True)
        if apart is not None:
            field_name, sentence, kind = apart
            return _decide_by_shape(
                "held-apart", (field_name, sentence), decision, _UNREAD_SLOT[kind]
            )
    if decision.status == "unknown":
        pointed = elsewhere_instead(
            [(f.field, f.clause) for f in frame.findings if f.slot == "elsewhere"]
        )
        if pointed is None and not frame.findings:
            # "Los compañeros en tratamiento con metadona estarán más a gusto en Narcóticos
            # Anónimos": a comparison points away where no cue named the other meeting
            pointed = elsewhere_instead(frame.mentions)
        if pointed is None and any(f.slot == "elsewhere" for f in frame.findings):
            # "MARA was created for people taking medication - go there. This grp is
            # abstinence only." (round 29)
            pointed = abstinent_here(fields)
        if pointed is not None:  # "... feel more at home there than here"
            return _decide_by_shape("elsewhere-instead", pointed, decision)
    if decision.status == "unknown" and frame.mentions and not (frame.findings or frame.hedges):
        # only where a sentence named MAT: most listings name none (speed, round 27)
        audience = own_audience(fields)  # "Grupo de apoyo para pacientes con metadona ..."
        if audience is not None:
            decision = _decide_by_shape("own-audience", audience, decision)
    voted_down = find_permission_voted_down([(f, t) for f, t in fields if f == "notes"])
    if voted_down is not None:
        return _decide_completion(voted_down, decision, MOTION_RULES)
    # a friendly, or a welcome the guard held back, beside the end of treatment
    welcomed = decision.status == "friendly" or any(f.value == "allowed" for f in frame.findings)
    if welcomed:
        completion = find_completion(fields)
        if completion is not None:
            return _decide_completion(completion, decision, COMPLETION_RULES)
    elif decision.status == "unknown" and (frame.mentions or frame.hedges):
        # people on MAT named, nothing read of them, and the end of treatment beside them:
        # "subs = still using. come back once you've kicked it" (round 25)
        completion = find_completion(fields)
        if completion is not None and defers_attending(completion, fields):
            return _decide_completion(completion, decision, COMPLETION_RULES)
    return decision


_QUOTE_MARKS = frozenset("\"“«‘'")


@lru_cache(maxsize=1 << 14)
def _unquoted(text: str) -> str:
    """The text with quotations of other sources set aside (`lexicon.QUOTED_SOURCE`):
    "From the intergroup newsletter: 'All on medication welcome!'" welcomes nobody here."""
    if not _QUOTE_MARKS.intersection(text):
        return text
    if QUOTED_LITERATURE.search(text) and not ADOPTED.search(text):
        text = QUOTED_LITERATURE.sub(
            lambda m: m.group(0).replace(m.group("quoted"), "(quoted)"), text
        )
    if ":" not in text or QUOTED_SOURCE_WORDS.search(text) is None:
        return text
    return QUOTED_SOURCE.sub(lambda m: m.group(0).replace(m.group("quoted"), "(quoted)"), text)


def _restored(listing: Listing) -> Listing:
    """The listing with apostrophe-less contractions restored in its notes (names keep
    their own spelling)."""
    notes = listing.notes
    if not notes or "nt" not in notes:
        return listing
    restored = restore_apostrophes(notes)
    return listing if restored == notes else replace(listing, notes=restored)


def _decide_completion(
    completion: Completion, friendly: MatDecision, rules: tuple[DemotionRule, DemotionRule]
) -> MatDecision:
    """A decision demoted by `rules.COMPLETION_RULES` or `rules.MOTION_RULES` (slot named,
    none named): the sentence that limits leads the evidence, the rest follows; low
    confidence, reviewed."""
    rule = rules[0] if completion.slot else rules[1]
    value = "limited" if rule.status == "restricted" else "denied"
    slot = _UNREAD_SLOT.get(completion.slot or "", "exclusion")
    head = evidence_line(completion.field, f"{slot}={value}", rule.id, completion.sentence)
    basis = "restricted-unread" if value == "limited" else "unfriendly-unread"
    evidence = (head, *friendly.evidence)
    return MatDecision(rule.status, CONFIDENCE[basis], evidence, True, "unread")


def clear_caches() -> None:
    """Forget every cached sentence, field and listing text (for benchmarks of the worst
    case): the frame's caches and the listing-level checks of this module's helpers."""
    frame_clear_caches()
    restore_apostrophes.cache_clear()
    _unquoted.cache_clear()
    clear_completion_cache()
    clear_motion_cache()
