"""Read a listing's words into a policy frame about people on MAT.

For each sentence that speaks of people on MAT (by medication, MAT, MOUD, OAT, DRT,
"maintenance"...; or by "you"/"they" right after one that did), the cues of `lexicon.CUES`
fill six slots: attend, participate, service, clean_time, exclusion, elsewhere. A cue in
a negation's scope (`scope.py`) is flipped. A question states no policy unless answered
at once ("Can I come on Suboxone? Yes."). A sentence that names another meeting or
fellowship says nothing about this one's welcome. Work per field is bounded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate

from pipeline.mat.guard import (
    ASIDE_WORDS,
    CONTRAST_ASIDE,
    CONTRAST_OPENERS,
    DETACHED_NEAR,
    GUARD,
    GUARD_SLOT_KINDS,
    LIST_CONTRAST,
    LISTENING,
    MEASURES,
    NEGATABLE_KINDS,
    NEGATED_OPENING,
    NEGATED_OPENING_ENDS,
    NEVER_NEGATED,
    PASSIVE,
    Unread,
    benign_spans,
    detached_limit,
    sets_apart,
    unread_words,
)
from pipeline.mat.lexicon import (
    ANAPHOR,
    ANSWERED_SLOT,
    CONTRAST,
    CUES,
    EVERYONE,
    FELLOWSHIP_NAME,
    HELD_NEGATION,
    LAST_USE,
    LIST_ITEM,
    LIST_ITEM_NEGATED,
    MED_NAMES,
    OWN_FELLOWSHIP_AFTER,
    OWN_FELLOWSHIP_BEFORE,
    OWN_FELLOWSHIP_NOUN_BEFORE,
    PENDING,
    PENDING_ANSWERED_NO,
    PUT_TO_THE_GROUP,
    SLOT_WORDS,
    SUPPLIES,
    TARGET,
    THIRD_PERSON,
    TRIGGERS,
    UNTIL_OPENING,
    VENUE,
    WEAK_TARGET,
    Cue,
    Slot,
    Value,
    fold,
)
from pipeline.mat.literals import LiteralIndex, read_table
from pipeline.mat.rules import NAME_FIELDS
from pipeline.mat.scope import (
    ANSWER,
    CONTINUATION,
    DASH_ANSWER,
    PRO_DROP,
    PSEUDO,
    QUESTION,
    REFUTED,
    REPORTED_QUESTION,
    TOPIC,
    blank_spans,
    clause_start,
    negated,
    reported_views,
)

#: How many sentences naming nobody a later "you"/"they" reaches back over: "Members on
#: MAT are welcome. Sharing is fine. Service waits until you're off it."
CARRY_OVER = 1
#: Longest stretch of a field that is read; the rest is ignored (and reported as a hedge).
MAX_FIELD_CHARS = 4000
#: Most sentences read per field.
MAX_SENTENCES = 80
#: A demand to come off, then "before"/"until" a permission: the permission is its goal.
_AFTER_DEMAND = re.compile(
    r"(?:make|makes|ask|asks|require|requires|tell|tells|hacer|obligar|pedir|exig\w*|oblig\w*|"
    r"demander|zwingen|verlangen|(?:do|does) (?:i|you|we|they|one) (?:have|need)|"
    r"(?:tengo|tienes|tiene|hay) que)\w* (?:me|you|us|them|people|anyone|members|me a|te|"
    r"les|nous|vous|mich|dich|uns)? ?(?:to )?(?:quit|stop|come off|get off|taper|dejar|abandonar|"
    r"arreter|"
    r"absetzen|aufhoren)[\w' §-]{0,40}? (?:before|until|till|antes de|hasta|avant|bevor|bis)\b"
)
#: A pipe or a bullet ends a sentence too: feeds join their lines with " | " or "•"; an
#: ellipsis just inside a closing bracket ends nothing: "(TSO, naltrexone...) sont
#: accueillis".
_SENTENCE = re.compile(r"(?:[^.!?\n|•]|\.{2,}(?= ?\)))+[.!?\n|•]*")
_QUOTE_CHARS = 160
_SEGMENT_BREAKS = (";", " - ")
#: A sentence with this many " - " or more is a dashed list, read item by item.
DASHED_LIST_SEGMENTS = 3
_SELF_CUE = "self-named"
#: A comma opening an appositive of examples ends no scope: "No one under the influence of
#: any drug, including methadone or Suboxone, may attend" (round 36, from blind142); the
#: comma closing it is a `_LIST_COMMA` after the medication.
_APPOSITIVE_COMMA = re.compile(
    r",(?= (?:including|incl|especially|such as|incluid[oa]s?|incluyendo|y compris|notamment|"
    r"einschliesslich|inklusive)(?![\w']))"
)
#: A comma inside a list of medications ("methadone, Suboxone or Vivitrol") ends no scope.
#: Not before a new negated subject: "No one is turned away for being on methadone or bupe,
#: and no distinction is made..." holds two statements (round 23).
_LIST_COMMA = re.compile(
    rf"(?:§+|{MED_NAMES}),(?! (?:and|but|y|pero|et|mais|und|aber) (?:no|nobody|no one|nadie|"
    r"ningun\w*|personne|aucune?|niemand|kein\w*|never|nunca|jamais|nie)(?![\w']))"
    # round 33, from blind112: nor before a new clause that welcomes ("Nobody gets turned
    # away for being on methadone or Suboxone, come on in")
    r"(?! (?:come|you|you're|we|we're|welcome|pull|grab|join|feel|ven|vengan|bienvenid\w*|"
    r"viens|venez|komm|kommt)(?![\w']))"
)
#: An opening comparison with another meeting, to its comma: what follows is this
#: meeting's own (round 33, from blind112: "Like the MARA meeting down the hall on
#: Tuesdays, we're MAT-friendly: members on bupe or methadone share and serve here too").
_LIKENED = re.compile(
    r"^\W*(?:just |much )?(?:like|as at|as with|same as|como (?:el|la|en)|comme (?:le|la|au|a la)|"
    # session 24, from blind169: set against, too ("A diferencia de otros grupos, este grupo
    # siempre ha dado la bienvenida ...")
    r"wie (?:das|die|der|im|in der)|unlike|a diferencia de|contrairement a|a la difference de|"
    r"im gegensatz zu|anders als) [^,;:.]{1,80},(?= (?:we|we're|this group|this meeting|our "
    r"(?:\w+ )?group|our (?:\w+ )?meeting|aqui|nosotros|ici|nous|hier|wir|este grupo|esta "
    r"reunion|ce groupe|cette reunion|diese gruppe|dieses meeting|unsere gruppe)(?![\w']))"
)
#: References to other meetings are found first, so the cues in their clause can be dropped.
#: A meeting naming its own fellowship ("This is a MARA meeting") comes before them.
_ORDERED_CUES = tuple(sorted(CUES, key=lambda cue: (cue.id != _SELF_CUE, cue.slot != "elsewhere")))
#: A sentence that names no MAT is read only for the meeting's own subject.
_STANDALONE_ONLY = tuple(cue for cue in _ORDERED_CUES if cue.standalone)
_STANDALONE_CUES = tuple(c for c in _ORDERED_CUES if c.standalone or c.slot == "elsewhere")
#: The literal text each cue needs: a cue none of whose strings a sentence holds is skipped.
_CUE_TEXT = LiteralIndex({cue.id: cue.pattern for cue in _ORDERED_CUES}, read_table())
#: Fields that name the meeting itself: a fellowship named there is its own, not another's.
_OWN_NAME_FIELDS = frozenset(NAME_FIELDS)
_FLIP: dict[tuple[Value, bool], Value] = {
    ("allowed", True): "limited",
    ("limited", True): "allowed",
    ("denied", True): "allowed",
    ("noted", True): "noted",
}


def evidence_line(field_name: str, key: str, rule_id: str, text: str) -> str:
    """One line of evidence, `field:key:rule:"text"`: the text on one line, its double
    quotes made single, so a reviewer and a CSV read it alike."""
    quoted = " ".join(text.split()).replace('"', "'")
    return f'{field_name}:{key}:{rule_id}:"{quoted}"'


@dataclass(frozen=True)
class Finding:
    """One filled slot: the value, the cue, the field and the sentence that decided it."""

    slot: Slot
    value: Value
    cue: str
    field: str
    clause: str
    #: How sure the reference to MAT is: "strong" (a medication, MAT...), "weak"
    #: ("medication"), "carried" (a pronoun after a MAT sentence), "topic" (the meeting's
    #: own subject), "listed" (a slot named in a list after a permission).
    reference: str
    negated: bool = False
    full: bool = False

    def render(self) -> str:
        return evidence_line(self.field, f"{self.slot}={self.value}", self.cue, self.clause)


@dataclass
class Frame:
    findings: list[Finding] = field(default_factory=list)
    mentions: list[tuple[str, str]] = field(default_factory=list)  # (field, sentence)
    #: Sentences about MAT holding guard words no cue read (`guard.py`): (field,
    #: sentence, the unread words). Any of them demotes a friendly to unknown.
    hedges: list[tuple[str, str, tuple[Unread, ...]]] = field(default_factory=list)
    #: Sentences holding a limit that names nobody (`guard.detached_limit`), same shape:
    #: hedges only when the listing's frame allows something (`read_listing`).
    detached: list[tuple[str, str, tuple[Unread, ...]]] = field(default_factory=list)
    #: Whether the field named anything the frame reads (else `detached` was not filled).
    triggered: bool = False
    truncated: bool = False


def _own_fellowship(scan: str, start: int, end: int) -> bool:
    """Whether a fellowship named in the notes is this meeting's own ("this SMART meeting").

    The name needs a demonstrative or possessive before it and a meeting noun on either
    side: "our MARA group", "esta reunión de Recovery Dharma" stay references elsewhere
    only when neither holds.
    """
    if not FELLOWSHIP_NAME.fullmatch(scan[start:end]):
        return False
    before = scan[max(0, start - 30) : start]
    if not OWN_FELLOWSHIP_BEFORE.search(before):
        return False
    return bool(OWN_FELLOWSHIP_NOUN_BEFORE.search(before) or OWN_FELLOWSHIP_AFTER.match(scan, end))


def _sentences(scan: str) -> list[tuple[int, int, str]]:
    """(start, end, terminator) of each sentence, the end excluding the terminator."""
    found = []
    for match in _SENTENCE.finditer(scan):
        text = match.group(0)
        body = text.rstrip(".!?\n \t|•")
        if body.count(" - ") >= DASHED_LIST_SEGMENTS:
            # "NOON DAILY EXCEPT SUNDAY - DOORS OPEN 20 MINUTES EARLY - MAT WELCOME - SMOKING
            # ON BACK PATIO ONLY": a terse feed's dashed list, each item a sentence (round 17)
            at = match.start()
            for item in body.split(" - "):
                if item.strip():
                    found.append((at, at + len(item), " - "))
                at += len(item) + 3
            found[-1] = (found[-1][0], found[-1][1], text[len(body) :])
        elif body.strip():
            start = match.start()
            if (
                found
                and found[-1][2].strip() == "."
                and INCLUDES_BACK.match(body)
                and _LAST_USE.search(scan, found[-1][0], found[-1][1])
            ):
                # "Clean time is counted from your last use of any drug. That includes
                # maintenance medications.": one statement over two sentences (a newcomer's
                # trial of round 38)
                start = found.pop()[0]
            found.append((start, match.start() + len(body), text[len(body) :]))
        if len(found) >= MAX_SENTENCES:
            break
    return found


@lru_cache(maxsize=1 << 16)
def _sentence_facts(sentence: str) -> tuple[str | None, bool, bool, bool]:
    """Its reference to MAT, whether it continues the sentence before, whether it opens
    as a question, and whether it is a topic rather than a policy. Cached per sentence."""
    return (
        _reference(sentence),
        bool(ANAPHOR.search(sentence) or CONTINUATION.match(sentence)),
        "¿" in sentence or bool(QUESTION.match(sentence)),
        bool(TOPIC.match(sentence) or REPORTED_QUESTION.search(sentence)),
    )


def _reference(sentence: str) -> str | None:
    match = TARGET.search(sentence)
    if match is None:
        if WEAK_TARGET.search(sentence):
            return "weak"
        return "contrast" if CONTRAST.search(sentence) else None
    venues = [(m.start(), m.end()) for m in VENUE.finditer(sentence)]
    if not venues:
        return "strong"
    for match in TARGET.finditer(sentence):
        if not any(v0 <= match.start() < v1 for v0, v1 in venues):
            return "strong"
    if WEAK_TARGET.search(sentence):
        return "weak"
    return None


def _resolve_slot(cue: Cue, sentence: str, start: int, end: int) -> Slot:
    """The slot of a cue that names none: a service, sharing or clean-time word inside the
    cue's own words, else the nearest one in its sentence, else attending."""
    if cue.slot is not None:
        return cue.slot
    for slot, pattern in SLOT_WORDS.items():
        if pattern.search(sentence, start, end):
            return slot
    best: tuple[int, Slot] | None = None
    for slot, pattern in SLOT_WORDS.items():
        for match in pattern.finditer(sentence):
            distance = abs(match.start() - start)
            if best is None or distance < best[0]:
                best = (distance, slot)
    return best[1] if best else "attend"


#: Denials whose own words are about being in the room: they stay denials of attending
#: whatever slot the sentence names first ("who try to participate are told to leave").
_LEAVING = re.compile(
    r"leave|turned away|door|attend|come|salir|retir|quitter|verlassen|abgewiesen|rechaz|"
    r"refus|excluded|excluid|exclu|ausgeschlossen|elsewhere|otro lugar|ailleurs|woanders"
)


#: A sentence that extends a last use in the one before it to MAT by inclusion
#: (`_sentences`): "Clean time is counted from your last use of any drug. That includes
#: maintenance medications."
_LAST_USE = re.compile(LAST_USE)
INCLUDES_BACK = re.compile(
    r"\W*(?:(?:that|this|it|which) (?:also )?includes|(?:eso|esto|lo cual) "
    r"(?:tambien )?(?:incluye|abarca)|(?:cela|ca|ceci) (?:inclut|comprend)|(?:das|dies) "
    r"(?:schliesst|umfasst))(?![\w'])"
)
#: A sentence that says the one before it holds for people on MAT ("That goes for bupe,
#: methadone, all of it"; "Das gilt auch für Substituierte"): it carries its reference back.
BACK_REFERENCE = re.compile(
    r"\W*(?:and |y |et |und )?(?:(?:that|this|the same|all of (?:that|this)|it all) (?:goes|"
    r"applies|holds|counts|is true) (?:for|to)|(?:esto|eso|lo mismo|todo eso|todo esto) "
    r"(?:vale|aplica|va|corre|es igual) (?:tambien )?(?:para|con)|(?:cela|ceci|c'est pareil|la "
    r"meme chose|tout ca) (?:vaut|s'applique|est vrai) (?:aussi )?(?:pour|a)|(?:das|dies|"
    r"dasselbe|das gleiche|all das) gilt (?:auch |genauso )?fur)(?![\w'])"
)


#: A question put off to a later vote (round 29): "Tabled until next business meeting:
#: whether members on MOUD can hold service positions". Its words limit nobody yet.
_TABLED = re.compile(
    r"(?<![\w])(?:tabled|postponed|deferred|no quorum|pendiente para la proxima|"
    r"reporte a la prochaine|vertagt)(?![\w])"
)


#: A rule scoped to a purpose ("Maintenance medication counts as a drug for this purpose",
#: "a estos efectos la metadona cuenta como droga", "à cet effet", "hierfür"): it holds for
#: the slot its sentence, or the one before, names (a chip, a service position), not for
#: the door. On the read sets, 61 restricted listings and one friendly one said so; nine
#: of the restricted ones read unfriendly (round 29).
PURPOSE_SCOPED = re.compile(
    r"(?<![\w'])(?:for (?:this|that|these|those|such) purposes?|for (?:this|that) reason only|"
    r"(?:para|a) (?:este|ese|tal|estos|esos|tales) (?:fin|fines|efecto|efectos|proposito)|"
    r"para estos efectos|a (?:cet|cette|ces) (?:effet|fin)s?|dans ce but|"
    r"(?:hierfur|dafur|zu diesem zweck)(?= (?:gilt|zahlt|zahlen|gelten|wird|werden|ist|sind))|"
    r"(?:gilt|zahlt|zahlen|gelten|wird|werden) (?:\w+ ){0,4}?(?:hierfur|dafur))(?![\w'])"
)


#: A rule said to apply to everyone alike: its conditions are not about people on MAT.
_UNIVERSAL = re.compile(
    r"(?:like|same as|just like|the same as|same \d+ days) (?:anybody|anyone|everyone|everybody|"
    r"any other member|everyone else needs)|(?:como|igual que) (?:cualquiera|todos|todo el mundo)|"
    # round 24: "igual que cualquier otro miembro", "wie jedes andere Mitglied"
    r"(?:como|igual que) cualquier otr[oa] (?:miembro|companer[oa]|persona)|"
    r"comme n'importe quel autre membre|wie jedes andere mitglied|"
    r"comme (?:tout le monde|n'importe qui|les autres)|wie (?:alle|jede[rs]?)(?: andere)?|"
    # round 17: "4 minute limit for everybody", "après la même formation que tout le monde"
    r"(?:limit|limite|limites|maximum|max|minutes?|minutos|minuten|mins?) (?:for|para|pour|"
    r"fur) (?:everybody|everyone|todos|tout le monde|alle)(?![\w'])|"
    r"(?:the )?same \w+ as (?:everyone|everybody|anyone)|(?:la )?misma \w+ que (?:todos|"
    r"cualquiera)|(?:la )?meme \w+ que tout le monde|(?:die |das |der )?gleiche \w+ wie alle"
)
#: The logistics of a meeting: a sentence about them that names no slot limits nobody on MAT.
_LOGISTICS = re.compile(
    r"park\w*|lot|tow\w*|workbooks?|\$\d|donation|basket|7th tradition|coffee|elevator|stairs|"
    r"zoom|link|passcode|password|estacionamiento|aparcamiento|cafe|ascensor|escaleras|"
    r"stationnement|parking|ascenseur|parken|parkplatz|aufzug|treppe|kaffee|cameras?|mute|"
    r"video|camaras?|kamera|nombre de pila|first name|prenom|vorname"
)


#: The people a support or welcome names, then what they do, as a gerund (round 30, from
#: blind107): "this group doesn't support members on MAT sponsoring others" denies the
#: sponsoring, not the door.
_GERUND_SLOT = re.compile(
    r"(?:\s+(?:members|people|folks|those|anyone|addicts))?\s+(?:who are\s+)?(?:on|taking|using|"
    r"receiving|in)\s+(?:[\w§/-]+\s+){1,3}?(?P<slot>sponsoring|chairing|sharing|leading|"
    r"speaking|serving|facilitating|holding (?:service )?(?:positions|commitments)|"
    r"taking (?:service )?commitments|celebrating|picking up (?:chips|keytags))(?![\w])"
)
#: The slot of each gerund's first word.
_GERUND_SLOT_OF: dict[str, Slot] = {
    "sponsoring": "service", "chairing": "service", "leading": "service", "serving": "service",
    "facilitating": "service", "holding": "service", "taking": "service",
    "sharing": "participate", "speaking": "participate",
    "celebrating": "clean_time", "picking": "clean_time",
}  # fmt: skip


#: A place of speaking or serving right after a denial: "No DRT members at the podium"
#: keeps them from speaking, not from the room (round 30, from blind107).
_PLACE_SLOT = re.compile(
    r"(?:\s+(?:members|people|folks|patients|clients))?\s+(?:at|on|behind|to|in)\s+"
    r"(?:the\s+)?(?:(?P<speak>podium|mic|microphone|lectern|"
    r"speaker'?s? (?:table|chair))|(?P<serve>head table|service (?:positions?|commitments?)|"
    r"steering committee|service committee))(?![\w])"
)


#: The verb after a denial held in parentheses by its subject: "only members with a year
#: totally clean (no methadone/subs) speak at the podium", "solo compañeros con un año
#: limpio (sin metadona) pueden coordinar" deny the speaking or the chair, not the room
#: (session 25, from blind177).
_QUALIFIER_SLOT = re.compile(
    r"[^().;:]{0,30}\)\s*(?:(?:may|can|could|will|get to|are (?:allowed|eligible|invited|permitted)"
    r" to|pueden|podran|peuvent|durfen|konnen)\s+)?(?P<slot>chair|lead|speak|share|sponsor|"
    r"serve|facilitate|be (?:the )?(?:gsr|secretary|treasurer|chair|speaker|sponsor)|hold "
    r"(?:service|positions|commitments)|take commitments|coordinar|compartir|servir|apadrinar|"
    r"ser (?:rsg|secretari|tesorer|coordinador)|animer|partager|leiten|teilen)(?![\w])"
)
_QUALIFIER_SLOT_OF: dict[str, Slot] = {
    "share": "participate", "speak": "participate", "compartir": "participate",
    "partager": "participate", "teilen": "participate",
}  # fmt: skip


def _slot_after(sentence: str, end: int) -> Slot | None:
    """The slot of a gerund after a denial's people on MAT (`_GERUND_SLOT`), of a place of
    speaking or serving (`_PLACE_SLOT`), or of the verb after a parenthesis the denial
    stands in (`_QUALIFIER_SLOT`), if any."""
    place = _PLACE_SLOT.match(sentence, end)
    if place is not None:
        return "participate" if place.group("speak") else "service"
    verb = _QUALIFIER_SLOT.match(sentence, end)
    if verb is not None:
        return _QUALIFIER_SLOT_OF.get(verb.group("slot"), "service")
    match = _GERUND_SLOT.match(sentence, end)
    return None if match is None else _GERUND_SLOT_OF[match.group("slot").split()[0]]


#: Whose word a sentence reports, before a colon: "Per the district's position and our
#: group's vote: this meeting is not for people on opioid replacement" (round 30, from
#: blind115). The "position" there is a stance, not a service position.
_ATTRIBUTION = re.compile(
    r"\W*(?:per|as per|according to|following|under|by)\s[^:;.]{1,80}:|"
    # a heading that names a stance: "OUR GROUP'S POSITION ON MAINTENANCE: This meeting is
    # not for people on methadone" (session 25, from blind181)
    r"\W*[^:;.]{0,40}?(?:position|policy|stance|postura|posicion|politica)s? (?:on|about|"
    r"regarding|sobre|de|zu|sur)\s[^:;.]{0,40}:"
)


def _slot_before(sentence: str, start: int) -> Slot | None:
    """The slot a sentence names before a denial's cue, if one does (its subject)."""
    first: tuple[int, Slot] | None = None
    attribution = _ATTRIBUTION.match(sentence, 0, start)
    low = attribution.end() if attribution else 0
    for slot, pattern in SLOT_WORDS.items():
        match = pattern.search(sentence, low, start)
        if match and (first is None or match.start() < first[0]):
            first = (match.start(), slot)
    if first is None:
        # the guard's wider vocabulary: "Secretaría, tesorería y RSG se eligen ... entre los
        # miembros que no tomen ningún sustitutivo" limits service, not the door (round 27)
        # participation is left out: "Participation in this meeting, attendance included,
        # requires abstinence" is the door itself
        for match in GUARD.finditer(sentence, low, start):
            guarded = GUARD_KIND_SLOT.get(match.lastgroup or "")
            if guarded is None or guarded == "participate":
                continue
            if not _NOT_A_SUBJECT.match(match.group(0)):
                return guarded
    return first[1] if first else None


#: The frame's slot for each of the guard's slot kinds (`guard.GUARD_SLOT_KINDS`).
GUARD_KIND_SLOT: dict[str, Slot] = {
    "participation": "participate",
    "service": "service",
    "clean_time": "clean_time",
}
#: Guard words that are no slot held by someone: a group conscience's vote, the greeters.
_NOT_A_SUBJECT = re.compile(r"vot|greet|chip|newcomer")


_WORDS = re.compile(r"[\w§]+")


#: A segment that opens on its verb: its subject is in the segment before.
_PREDICATE_START = re.compile(
    r"\W*(?:are|is|were|was|may|can|have|has|will|sind|ist|konnen|durfen|haben|werden|son|es|"
    r"estan|pueden|tienen|seran|sont|est|peuvent|ont|seront|no|ne|n'|nicht|doesn't|does not|"
    r"don't|do not|won't|geht|andert|cambia|changes?)(?![\w'])"
)


#: A sentence opening that only lists medications or their users ("Bupe, methadone,
#: vivitrol", "Moms on methadone or bupe").
_BARE_LIST = re.compile(
    rf"\W*(?:(?:{MED_NAMES}|§+|mat|moud|folks|moms|dads|people|members)(?:,| and| or| y| o| et|"
    r" ou| und| oder| on| en| sous| auf|/)?\s*)+"
)


#: What resumes a clause after a dashed aside: "... - for being on MAT".
_ASIDE_RESUMES = re.compile(r"(?:for|because of|on account of|por|pour|wegen|a causa de)\b")


def _near_reference(scan: str, start: int, end: int) -> bool:
    """A permission speaks of people on MAT only if its segment (between ; and dashes)
    names them, or points back to them ("they", "you")."""
    seg_start = max(scan.rfind(c, 0, start) for c in _SEGMENT_BREAKS) + 1
    ends = [i for i in (scan.find(c, end) for c in _SEGMENT_BREAKS) if i >= 0]
    segment = scan[seg_start : min(ends) if ends else len(scan)]
    if len(_WORDS.findall(segment)) <= 4:
        # "Members on methadone - welcome", "WILLKOMMEN - AUCH MIT POLAMIDON": a bare welcome
        # or a bare name after a dash belongs to the segment beside it
        segment = scan
    elif scan.startswith(" - ", seg_start - 1) and _BARE_LIST.fullmatch(scan, 0, seg_start - 1):
        # "Bupe, methadone, vivitrol - same room, same chips": the dash follows a bare list
        # of what people take, and what comes after it is said of them
        segment = scan[: seg_start + len(segment)]
    elif scan.startswith(" - ", seg_start - 1) and _PREDICATE_START.match(segment):
        # "Menschen in Substitution - Methadon, Subutex - sind willkommen": the subject stands
        # before a dashed aside, the predicate after it
        segment = scan[: seg_start + len(segment)]
    if not TARGET.search(segment) and scan.startswith(" - ", seg_start + len(segment)):
        # "No one is turned away - or told to sit out - for being on MAT": a dashed aside
        # between the verb and the people it speaks of
        after = seg_start + len(segment) + 3
        close = scan.find(" - ", after, after + 60)
        if close >= 0 and _ASIDE_RESUMES.match(scan, close + 3):
            segment = scan[seg_start:]
    return bool(
        TARGET.search(segment)
        or WEAK_TARGET.search(segment)
        or ANAPHOR.search(segment)
        or EVERYONE.search(segment)
        or PRO_DROP.match(segment)
    )


def _listed_slots(
    scan: str, end: int, claimed: list[tuple[int, int]], negated_head: bool = False
) -> list[tuple[int, int, Slot]]:
    """The slots a permission goes on to list: "may share, chair and collect keytags",
    "pueden compartir, coordinar y recibir llaveros", "lead meditations and serve as
    mentors". Each item is the head's object, a coordinator, at most three plain words
    (`lexicon.LIST_STOP` ends the list: "may share, but only ...") and a slot word that
    limits nothing by itself. After an equality that spells its own negation ("doesn't
    make you any less of a member"), negated coordinators list what it does not take
    away ("not for service, not for chips")."""
    pattern = LIST_ITEM_NEGATED if negated_head else LIST_ITEM
    items: list[tuple[int, int, Slot]] = []
    position = end
    while len(items) < 8:
        match = pattern.match(scan, position)
        if match is None or any(match.start() < c1 and c0 < match.end() for c0, c1 in claimed):
            break
        word = match.group("slot")
        if PASSIVE.search(word):
            break
        slot: Slot = next((s for s, p in SLOT_WORDS.items() if p.fullmatch(word)), "clean_time")
        items.append((match.start(), match.end(), slot))
        position = match.end()
    return items


def _answered_slots(
    field_name: str,
    scan: str,
    quote: str,
    reference: str,
    claimed: list[tuple[int, int]],
    permitted: list[tuple[int, int]],
) -> list[Finding]:
    """What a question answered "yes" names: each slot word in it is allowed (conditions
    in it stay unread by the guard); a question naming only people on MAT ("MAT?",
    "¿Con Suboxone?") answered "yes" lets them attend."""
    found = []
    for match in ANSWERED_SLOT.finditer(scan):
        start, end = match.span()
        if any(start < c1 and c0 < end for c0, c1 in claimed) or PASSIVE.search(match.group(0)):
            continue
        permitted.append((start, end))
        found.append(
            Finding(
                _slot_of(match.group(0)), "allowed", "answered-yes", field_name, quote, "listed"
            )
        )
    if not found and reference in {"strong", "weak"}:
        found.append(Finding("attend", "allowed", "answered-yes", field_name, quote, reference))
    return found


def _slot_of(word: str) -> Slot:
    """The slot a slot word names (`ANSWERED_SLOT`); clean time for keytags and the like."""
    return next((s for s, p in SLOT_WORDS.items() if p.fullmatch(word)), "clean_time")


#: A question about what one must do, where "no" frees rather than limits: "Do I need a
#: sponsor first? No.", "Musst du für ein Amt vom Polamidon runter sein? Nein."
_OBLIGATION_ASKED = re.compile(
    r"(?<![\w'])(?:need|needs|must|have to|has to|required|require|requirement|tengo que|"
    r"tienes que|hay que|debo|debes|necesito|necesitas|musst|muss|mussen|brauche|brauchst|"
    r"dois|doit|faut|obligatoire|obligatorio|"
    # and a question about a harm, where "no" denies the harm: "Ever been told you
    # couldn't share ...? Not here.", "¿Estar en bupre me impide recibir mi ficha? No."
    r"[a-z]+n't|not|no|never|told|impid\w*|prevent\w*|stop\w*|bar\w*|affect\w*|lose|"
    r"pierd\w*|verlier\w*|hinder\w*|against|contra|count against|penaliz\w*)(?![\w'])"
)


def _slots_answered_no(field_name: str, original: str, asked: str) -> list[Finding]:
    """The slots a question answered "no" names (not attending: a question about coming
    answered "no" is read by the cues): each limited, once."""
    found = [f for f in _answered_no(field_name, original, asked) if f.slot != "attend"]
    return list({f.slot: f for f in found}.values())


def _answered_no(field_name: str, original: str, asked: str) -> list[Finding]:
    """The slots of an answer "no" ("Service - no"): limited, attending denied."""
    quote = _quote(original, 0, len(original))
    found = []
    for match in ANSWERED_SLOT.finditer(asked):
        slot = _slot_of(match.group(0))
        value: Value = "denied" if slot == "attend" else "limited"
        found.append(Finding(slot, value, "answered-no", field_name, quote, "listed"))
    return found


def _held(cue: Cue, scan: str, start: int) -> bool:
    """A negation just before a requirement's "until" belongs to it ("not attend until")."""
    return (
        cue.held_negation
        and UNTIL_OPENING.match(scan, start) is not None
        and HELD_NEGATION.search(scan, max(0, start - 40), start) is not None
    )


def _same_clause(scan: str, a: int, b: int) -> bool:
    low, high = min(a, b), max(a, b)
    return clause_start(scan, high + 1) <= low


def _quote(original: str, start: int, end: int) -> str:
    text = original[start:end].strip()
    return text if len(text) <= _QUOTE_CHARS else text[: _QUOTE_CHARS - 1] + "…"


def _read_sentence(
    frame: Frame,
    field_name: str,
    original: str,
    scan: str,
    reference: str,
    flip_all: bool,
    answered_yes: bool = False,
) -> None:
    """Fill the frame from one sentence (`scan` is its folded text)."""
    found, unread = _sentence_findings(
        field_name, original, scan, reference, flip_all, answered_yes
    )
    frame.findings.extend(found)
    slotless = not any(u.kind in GUARD_SLOT_KINDS for u in unread)
    if reference == "carried" and unread and slotless and _LOGISTICS.search(scan):
        unread = ()  # "you" in a sentence about parking, fees or the room: not about MAT
    if reference != "topic":
        frame.mentions.append((field_name, original.strip()))
        if unread:
            frame.hedges.append((field_name, original.strip(), unread))


@lru_cache(maxsize=1 << 16)
def _sentence_findings(
    field_name: str,
    original: str,
    scan: str,
    reference: str,
    flip_all: bool,
    answered_yes: bool = False,
) -> tuple[tuple[Finding, ...], tuple[Unread, ...]]:
    """The findings of one sentence, and the guard words no cue read. Cached: feeds
    repeat the same sentences ("MAT friendly.") across a group's meetings and nights.

    A question answered "yes" at once permits what it names: "Sous méthadone ? Oui",
    "Q: Keytags? A: Yes", "Dienst machen? Ja" (`_answered_slots`)."""
    cues = _STANDALONE_CUES if reference == "topic" else _ORDERED_CUES
    if reference == "topic" and not any(c.pattern.search(scan) for c in _STANDALONE_ONLY):
        return (), ()
    pseudo: list[tuple[int, int]] = [m.span() for m in PSEUDO.finditer(scan)]
    blanked = blank_spans(scan, pseudo)
    if "," in scan:
        for comma in _LIST_COMMA.finditer(scan):  # found in the words, before any blanking
            blanked = blanked[: comma.end() - 1] + " " + blanked[comma.end() :]
        for comma in _APPOSITIVE_COMMA.finditer(scan):
            blanked = blanked[: comma.start()] + " " + blanked[comma.end() :]
    spent = blanked
    claimed: list[tuple[int, int]] = []
    read: list[tuple[int, int]] = list(pseudo)
    reported = reported_views(scan) if pseudo else []  # a reported view is a pseudo-negation
    permitted: list[tuple[int, int]] = []
    elsewhere = False
    found: list[Finding] = []
    elsewhere_at: list[int] = []
    # a quoted limit reported of other meetings is in their clause: 'told to "just listen"
    # at other meetings' (round 36, from blind142)
    unquoted = scan.replace('"', " ")
    quote = _quote(original, 0, len(original))
    possible = _CUE_TEXT.possible(scan)
    for cue in cues:
        if cue.id not in possible or (cue.strong_only and reference != "strong"):
            continue
        if cue.needs is not None and not cue.needs.search(scan):
            continue
        for match in cue.pattern.finditer(scan):
            start, end = match.span()
            if cue.slot == "elsewhere":  # blocked only by the meeting naming itself
                if field_name in _OWN_NAME_FIELDS:
                    continue  # "All Recovery Meeting" as a name is this meeting's own
                if any(start < c1 and c0 < end for c0, c1 in claimed):
                    continue
                if _own_fellowship(scan, start, end):
                    continue  # "à cette réunion SMART Recovery": the meeting names itself
                if (likened := _LIKENED.match(scan)) is not None and end <= likened.end():
                    read.append((start, end))
                    continue  # "Like the MARA meeting down the hall, we're MAT-friendly"
                elsewhere = True
                elsewhere_at.append(start)
                read.append((start, end))
                found.append(Finding("elsewhere", "noted", cue.id, field_name, quote, reference))
                continue
            if any(start < c1 and c0 < end for c0, c1 in claimed):
                continue
            if cue.id == "harm-reduction-meeting" and SUPPLIES.search(scan):
                continue
            if cue.value != "allowed" and any(p0 <= start < p1 for p0, p1 in pseudo):
                continue  # "tomes o no buprenorfina": a limit read inside a pseudo-negation
            if any(p0 <= start < p1 for p0, p1 in reported):
                continue  # "some old-timers say people on MAT shouldn't share": theirs
            claimed.append((start, end))
            if cue.value != "denied" and any(
                _same_clause(unquoted, start, o) for o in elsewhere_at
            ):
                read.append((start, end))
                continue  # "who could not share at other meetings"
            # French "ne ... pas" is one negation: a cue that starts at "pas" already holds it
            is_negated = (
                not match.group(0).startswith("pas ")
                and not _held(cue, scan, start)
                and negated(
                    spent if cue.fixed and cue.value == "allowed" else blanked,
                    start,
                    end,
                    inside=not cue.negation_inside,
                    max_words=cue.scope_words,
                )
            )
            if (
                is_negated
                and cue.in_subject
                and not negated(blanked, start, end, inside=not cue.negation_inside, subjects=False)
            ):
                # "No one, including those on methadone, is turned away / may chair": the
                # inclusion is the negated subject's; its verb decides
                claimed.pop()
                read.append((start, end))
                continue
            value: Value = _FLIP[(cue.value, True)] if is_negated else cue.value
            if flip_all and not _AFTER_DEMAND.search(scan, 0, start):
                # "Will they make me quit before I can get a keytag? No.": the "no" answers
                # the demand; the keytag after "before" stays what it was
                value = _FLIP[(value, True)]
            # a fixed equality, or a limit negated or answered "no" ("doesn't disqualify",
            # "can't pick up a chip? Not here"), reads all its own words; a permission no
            # condition in it ("may share only after 90 days")
            fixed = cue.fixed or cue.value != "allowed"
            (permitted if value == "allowed" and not fixed else read).append((start, end))
            near = reference == "carried" or _near_reference(scan, start, end)
            if value == "allowed" and not cue.standalone and not near:
                continue  # "Newcomers welcome; speaker on Suboxone": not a welcome of MAT
            slot = _resolve_slot(cue, scan, start, end)
            if slot == "attend" and value == "limited":
                value = "denied"
            if slot == "attend" and value == "denied":
                # "Reading the preambles is for members with clean time (no MAT)",
                # "Mentors are drawn from...": a slot as the subject is what is denied
                subject = _slot_before(scan, start)
                if subject is not None and not _LEAVING.search(match.group(0)):
                    slot, value = subject, "limited"
                elif (gerund := _slot_after(scan, end)) is not None:
                    slot, value = gerund, "limited"
            found.append(
                Finding(slot, value, cue.id, field_name, quote,
                        "topic" if cue.standalone else reference, is_negated,
                        cue.full and value == "allowed")
            )  # fmt: skip
            if cue.negation_inside and value == "allowed" and not is_negated:
                # its own negation is spent for an equality after it: "nadie te mira
                # distinto y tu voz vale lo mismo" does not deny the "lo mismo" (round 15)
                spent = spent[:start] + " " * (end - start) + spent[end:]
            if value == "allowed" and not cue.standalone:
                for t_start, t_end, t_slot in _listed_slots(scan, end, claimed, cue.fixed):
                    claimed.append((t_start, t_end))
                    permitted.append((t_start, t_end))
                    # "listed": read, but never a second strong slot for full confidence
                    found.append(Finding(t_slot, "allowed", cue.id, field_name, quote, "listed"))
    if answered_yes and not any(f.value != "allowed" for f in found):
        found.extend(_answered_slots(field_name, scan, quote, reference, claimed, permitted))
    pending = PENDING.search(scan) is not None
    if PENDING_ANSWERED_NO.search(scan) and (pending or PUT_TO_THE_GROUP.search(scan)):
        # the question put to the group, answered "no" for now: "Whether MAT members can
        # chair is decided by group vote - currently no" limits the chairing (session 20)
        found = [
            replace(f, value="limited") if f.value == "allowed" and f.slot != "attend" else f
            for f in found
        ]
    if elsewhere or reference == "contrast" or pending:
        # what a sentence naming another meeting allows is about that meeting; what one
        # naming the drug-free allows is about them
        found = [f for f in found if f.value != "allowed"]
    unread: tuple[Unread, ...] = ()
    if reference != "topic" and not _TABLED.search(scan):
        unread = _taken_back(blanked, unread_words(scan, read, permitted))
        universal = _UNIVERSAL.search(scan) if unread else None
        if universal is not None:
            # "Can I chair? After 30 days, like anybody": a condition everyone meets alike, in
            # the same segment (a limit after ";" is another matter)
            low = max(scan.rfind(";", 0, universal.start()), -1)
            # "No se entregan medallones a quienes siguen en Suboxone, aunque pueden participar
            # como cualquiera": what stands before a contrast is not the condition everyone
            # meets either (round 24)
            before = [
                m.start() for m in LIST_CONTRAST.finditer(blanked, low + 1, universal.start())
            ]
            low = before[-1] if before else low
            high = scan.find(";", universal.end())
            high = len(scan) if high < 0 else high
            contrast = LIST_CONTRAST.search(blanked, universal.end(), high)
            # "como cualquiera, aunque la coordinación queda en manos de...": what follows a
            # contrast is not the condition everyone meets (round 20)
            high = contrast.start() if contrast else high
            # a condition right after its own slot, with another slot before the universal,
            # is that slot's own: "share last and chair like anyone else" puts the chairing
            # level, not the sharing (round 26)
            slots = [
                m.span() for m in GUARD.finditer(scan, low + 1, high)
                if m.lastgroup in GUARD_SLOT_KINDS and not MEASURES.match(m.group(0))
            ]  # fmt: skip
            unread = tuple(
                u
                for u in unread
                if not low < u.start < high
                or (u.kind != "condition" and not MEASURES.match(u.word))
                or (
                    u.kind == "condition"
                    and any(0 < u.start - end <= 1 for _, end in slots)
                    and any(u.start < at < universal.start() for at, _ in slots)
                )
            )
        unread = _welcome_list_read(found, unread, blanked, claimed)
        if flip_all and not any(f.value in {"limited", "denied"} for f in found):
            # "Will they make me stop my Suboxone before I get a keytag? No.": the "no"
            # takes back the question's conditions and requests with the rest of it
            unread = tuple(u for u in unread if u.kind not in NEGATABLE_KINDS)
        if answered_yes and not any(f.value in {"limited", "denied"} for f in found):
            # "Can I speak at the podium? Yes." "¿Me dan mi ficha de 30 días? Claro.": the
            # yes permits every slot the question names, passive and measured ones too
            unread = tuple(u for u in unread if u.kind not in GUARD_SLOT_KINDS)
    return tuple(found), unread


def _taken_back(blanked: str, unread: tuple[Unread, ...]) -> tuple[Unread, ...]:
    """Drop the limiting words a negation takes back (`guard.NEGATABLE_KINDS`): the nearest
    negation before a word, or a negated opening over its whole list (`NEGATED_OPENING`)."""
    reach = -1
    if NEGATED_OPENING.match(blanked):
        end = NEGATED_OPENING_ENDS.search(blanked)
        reach = end.start() if end else len(blanked)
    return tuple(
        u
        for u in unread
        if u.kind not in NEGATABLE_KINDS
        or u.start < 0
        or NEVER_NEGATED.search(u.word)
        or not (
            0 <= u.start < reach or negated(blanked, u.start, u.start + len(u.word), inside=False)
        )
    )


def _welcome_list_read(
    found: list[Finding],
    unread: tuple[Unread, ...],
    blanked: str,
    claimed: list[tuple[int, int]],
) -> tuple[Unread, ...]:
    """Slot words in the very sentence that welcomes people on MAT, with no limiting word
    anywhere in it, are what the welcome lists ("you are a full member: you share, you
    chair, you pick up your keytags like anyone else"; "aquí comparten, sirven y reciben
    sus fichas"). A condition, request or exclusion word, a passive role ("listen",
    "podium"), a limit the cues read, or a contrast between the welcome and the slots
    ("may attend, but the readings and chairing are done by...") keeps the whole sentence
    unread."""
    if not unread or not any(f.value == "allowed" and f.slot != "elsewhere" for f in found):
        return unread
    if any(f.value in {"limited", "denied"} for f in found):
        return unread
    slots = [u.start for u in unread if u.kind in GUARD_SLOT_KINDS and u.start >= 0]
    for contrast in LIST_CONTRAST.finditer(blanked):
        if any(c0 <= contrast.start() < c1 for c0, c1 in claimed):
            continue
        if any(start > contrast.start() for start in slots):
            return unread  # "may attend, but the readings and chairing are done by ..."
        if any(c0 > contrast.start() for c0, _ in claimed) and any(
            0 <= u.start < contrast.start()
            and u.kind in GUARD_SLOT_KINDS
            and negated(blanked, u.start, u.start + len(u.word), inside=False)
            for u in unread
        ):
            # a slot negated before the contrast, the welcome after it: "time on maintenance
            # isn't counted toward clean time - but MAT members are encouraged to keep
            # coming" (round 40, from blind163)
            return unread
    # a welcome's own list never reads listening; the mic and the podium are a turn to
    # speak there ("tu as ta place, au micro comme au service")
    active = any(u.kind == "participation" and not LISTENING.search(u.word) for u in unread)
    if all(
        u.kind in GUARD_SLOT_KINDS
        and (active or not LISTENING.search(u.word))
        and not MEASURES.match(u.word)
        for u in unread
    ):
        return ()
    return unread


def read_field(frame: Frame, field_name: str, text: str) -> None:
    """Add what one free-text field says about people on MAT to the frame."""
    if len(text) > MAX_FIELD_CHARS:
        text = text[:MAX_FIELD_CHARS]
        frame.truncated = True
    scan = fold(text)
    if not TRIGGERS.search(scan):
        return
    frame.triggered = True
    sentences = _sentences(scan)
    for start, end, _ in sentences:
        limit = detached_limit(scan[start:end])
        if limit:
            frame.detached.append((field_name, text[start:end].strip(), limit))
    previous_reference: str | None = None
    gap = 0  # sentences since the last one that named people on MAT
    skip_next = False
    answered = False  # the sentence before was a question answered at once
    refuting = False  # this sentence refutes the one before ("Eso cambió: ...")
    for index, (start, end, terminator) in enumerate(sentences):
        if skip_next:  # the answer to a question, already read with it; "you" after it
            skip_next = False  # still points back to the question's subject
            continue
        sentence = scan[start:end]
        reference, continues, question_start, topic = _sentence_facts(sentence)
        if reference is None and previous_reference and (continues or answered or refuting):
            reference = "carried"
        refuting = False
        if reference is None and index + 1 < len(sentences):
            # "Treated like every other member: share, serve, sponsor. That goes for bupe,
            # methadone, all of it.": the next sentence points back to this one (round 24)
            n_start, n_end, _ = sentences[index + 1]
            following = scan[n_start:n_end]
            if BACK_REFERENCE.match(following) and _sentence_facts(following)[0] == "strong":
                reference = "carried"
        goes_on_answering = answered
        answered = False
        flip_all = False
        is_question = "?" in terminator or question_start
        if reference and topic:
            frame.mentions.append((field_name, text[start:end].strip()))
            previous_reference = None
            continue
        if is_question:
            answer = None
            if index + 1 < len(sentences):
                n_start, n_end, _ = sentences[index + 1]
                answer = ANSWER.match(scan[n_start:n_end])
            if answer is None:
                if reference:
                    frame.mentions.append((field_name, text[start:end].strip()))
                previous_reference = reference
                continue
            flip_all = answer.group("no") is not None
            n_start, n_end, _ = sentences[index + 1]
            rest = scan[n_start:n_end][answer.end() :]
            skip_next = not rest.strip(" ,!.")
            end_quote = n_end if skip_next else end
            implied = reference or ("carried" if previous_reference else "topic")
            before = len(frame.findings)
            _read_sentence(
                frame, field_name, text[start:end_quote], sentence, implied, flip_all,
                answer.group("yes") is not None,
            )  # fmt: skip
            if (
                flip_all
                and implied != "topic"
                and len(frame.findings) == before
                and not _OBLIGATION_ASKED.search(sentence)
            ):
                # a slot asked about and answered "no": "¿Y hacer servicio? Todavía no."
                # (session 24, a newcomer's trial)
                frame.findings.extend(
                    _slots_answered_no(field_name, text[start:end_quote], sentence)
                )
            previous_reference = reference or previous_reference
            answered = not skip_next  # the answer goes on: "Yes, you are welcome to share"
            continue
        if reference and index + 1 < len(sentences):
            n_start, n_end, _ = sentences[index + 1]
            if REFUTED.match(scan[n_start:n_end]):  # "… no éramos bienvenidos. No es así"
                frame.mentions.append((field_name, text[start:end].strip()))
                previous_reference, gap = reference, 0
                refuting = True  # the refutation speaks of the same people
                continue
        before, hedged = len(frame.findings), len(frame.hedges)
        dashed = DASH_ANSWER.match(sentence) if reference == "carried" else None
        if dashed is not None and dashed.group("yes"):
            # a list of answers after a question about people on MAT: "Attend, share,
            # hang out - yes" is the question "Attend, share, hang out?" answered yes
            asked = dashed.end("asked")
            _read_sentence(
                frame, field_name, text[start : start + asked], sentence[:asked], "carried",
                False, True,
            )  # fmt: skip
        else:
            _read_sentence(
                frame, field_name, text[start:end], sentence, reference or "topic", False
            )
            if dashed is not None and len(frame.findings) == before:
                # "Service - no", "Compartir: no": each slot asked is held back (a
                # newcomer's trial of round 38)
                frame.findings.extend(
                    _answered_no(field_name, text[start:end], dashed.group("asked"))
                )
        if PURPOSE_SCOPED.search(sentence) or goes_on_answering:
            # an answer that goes on limits what its question asked about: "¿Coordinar o
            # ser RSG? Eso no, hasta que termines el tratamiento" (round 33, from blind114)
            previous = scan[sentences[index - 1][0] : sentences[index - 1][1]] if index else ""
            _scope_to_purpose(frame, before, hedged, sentence, previous)
        if reference and (
            reference != "carried" or len(frame.findings) > before or THIRD_PERSON.search(sentence)
        ):
            # a sentence carried by "you" carries on only if it said something of MAT: a
            # format's "If you want to share, raise your hand" does not (round 17)
            previous_reference, gap = reference, 0
        else:  # "you" reaches back over a sentence that names nobody ("Sharing is fine.")
            gap += 1
            previous_reference = previous_reference if gap <= CARRY_OVER else None


def _purpose_slot(sentence: str, previous: str) -> tuple[str, str] | None:
    """The first slot word (guard kind, word) of a sentence, else of the one before it."""
    for text in (sentence, previous):
        for match in GUARD.finditer(text):
            if match.lastgroup in GUARD_SLOT_KINDS and not MEASURES.match(match.group(0)):
                return str(match.lastgroup), match.group(0)
    return None


def _scope_to_purpose(frame: Frame, before: int, hedged: int, sentence: str, previous: str) -> None:
    """A denial "for this purpose" (`PURPOSE_SCOPED`) limits the slot named there or just
    before, and bars nobody from the room: the sentence's denied findings become limits of
    that slot, and its unread words gain the slot. Without a slot it stays as read."""
    slot = _purpose_slot(sentence, previous)
    if slot is None:
        return
    kind, word = slot
    frame.findings[before:] = [
        replace(f, slot=GUARD_KIND_SLOT[kind], value="limited")
        if f.value == "denied" and f.slot in {"attend", "exclusion"}
        else f
        for f in frame.findings[before:]
    ]
    frame.hedges[hedged:] = [
        (name, quote, (*unread, Unread(kind, word)))
        if any(u.kind not in GUARD_SLOT_KINDS for u in unread)
        else (name, quote, unread)
        for name, quote, unread in frame.hedges[hedged:]
    ]


@lru_cache(maxsize=1 << 14)
def _field_frame(field_name: str, text: str) -> Frame:
    """One field's frame, cached: names and notes repeat across a group's meetings."""
    frame = Frame()
    read_field(frame, field_name, text)
    return frame


@lru_cache(maxsize=1 << 14)
def _detached_hedges(field_name: str, text: str) -> tuple[tuple[str, str, tuple[Unread, ...]], ...]:
    """Sentences of a field holding a limit that names nobody (`guard.detached_limit`)."""
    text = text[:MAX_FIELD_CHARS]
    scan = fold(text)
    found = []
    for start, end, _ in _sentences(scan):
        unread = detached_limit(scan[start:end])
        if unread:
            found.append((field_name, text[start:end].strip(), unread))
    return tuple(found)


_DIGIT = re.compile(r"\d")


def _setting_apart(
    text: str, found: Sequence[tuple[str, str, tuple[Unread, ...]]]
) -> tuple[tuple[str, str, tuple[Unread, ...]], ...]:
    """The detached limits that may speak of people on MAT: those that set somebody apart
    (`guard.sets_apart`: a length of time, abstinence, a drug, "members with"),
    and any within DETACHED_NEAR sentences of one naming MAT, where "we ask that they
    share last" needs no qualifier. A format's "Once the chair taps the table" is neither."""
    kept = [h for h in found if sets_apart(fold(h[1]))]
    if len(kept) == len(found):
        return tuple(found)
    scan = fold(text[:MAX_FIELD_CHARS])
    sentences = _sentences(scan)
    bodies = [scan[start:end].strip() for start, end, _ in sentences]
    # a short aside between them ("No juzgamos.", "No judgment.") does not count; the
    # answer to a question ("Yes.") or a numbered step ("5. Thema und Teilen") is no aside
    counted = [
        len(body.split()) > ASIDE_WORDS
        or bool(_DIGIT.search(body))
        or (i > 0 and "?" in sentences[i - 1][2])
        for i, body in enumerate(bodies)
    ]
    steps = list(accumulate(counted))  # long sentences up to and including each one
    naming = [i for i, body in enumerate(bodies) if TRIGGERS.search(body)]
    for hedge in found:
        if hedge in kept:
            continue
        body = fold(hedge[1])
        at = [i for i, b in enumerate(bodies) if b == body]
        if any(i > j and steps[i - 1] - steps[j] < DETACHED_NEAR for i in at for j in naming):
            kept.append(hedge)
    return tuple(h for h in found if h in kept)


def _contrast_hedges(field_name: str, text: str) -> tuple[tuple[str, str, tuple[Unread, ...]], ...]:
    """Sentences after the first that open on a contrast (`guard.CONTRAST_OPENERS`), or
    set one off by commas (`guard.CONTRAST_ASIDE`)."""
    text = text[:MAX_FIELD_CHARS]
    scan = fold(text)
    found = []
    for start, end, _ in _sentences(scan)[1:]:
        match = CONTRAST_OPENERS.match(scan, start, end) or CONTRAST_ASIDE.search(scan, start, end)
        if match is not None:
            word = match.group(0).strip(" ,.")[-40:]
            unread = [Unread("condition", word)]
            # the slot it takes back, if it names one: "que no moderen ... ni asuman
            # puestos de servicio" is a limit on service, not only a doubt (round 24)
            slot = next(
                (m for m in GUARD.finditer(scan, start, end) if m.lastgroup in GUARD_SLOT_KINDS),
                None,
            )
            if slot is not None:
                unread.append(Unread(str(slot.lastgroup), slot.group(0)))
            found.append((field_name, text[start:end].strip(), tuple(unread)))
    return tuple(found)


def read_listing(fields: list[tuple[str, str]]) -> Frame:
    """The frame of a listing's fields. A listing whose frame allows anything is read
    once more for limits that name nobody ("Traditionally our speaker has a year free of
    every drug"): a welcome in one sentence does not vouch for the next."""
    frame = Frame()
    parts = [(field_name, text, _field_frame(field_name, text)) for field_name, text in fields]
    for _, _, part in parts:
        frame.findings.extend(part.findings)
        frame.mentions.extend(part.mentions)
        frame.hedges.extend(part.hedges)
        frame.truncated = frame.truncated or part.truncated
    if any(f.value == "allowed" for f in frame.findings):
        # sentences about MAT had the guard of their own words; these are the others
        hedged = {sentence for _, sentence, _ in frame.hedges}
        hedged.update(sentence for _, sentence in frame.mentions)
        for field_name, text, part in parts:
            found = part.detached if part.triggered else _detached_hedges(field_name, text)
            found = _setting_apart(text, found) if found else found
            for hedge in found:
                if hedge[1] not in hedged:
                    frame.hedges.append(hedge)
        index = {sentence: i for i, (_, sentence, _) in enumerate(frame.hedges)}
        for field_name, text, _ in parts:  # "Welcome. Service, however, waits."
            for hedge in _contrast_hedges(field_name, text):
                at = index.get(hedge[1])
                if at is None:
                    frame.hedges.append(hedge)
                else:  # a list of slots no more: the contrast joins its unread words
                    name, sentence, unread = frame.hedges[at]
                    frame.hedges[at] = (name, sentence, unread + hedge[2])
    return frame


def clear_caches() -> None:
    """Forget every cached sentence and field (for benchmarks of the worst case)."""
    _sentence_facts.cache_clear()
    _sentence_findings.cache_clear()
    _field_frame.cache_clear()
    _detached_hedges.cache_clear()
    detached_limit.cache_clear()
    benign_spans.cache_clear()
