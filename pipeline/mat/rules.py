"""The MAT rules, as data: id, polarity, weight, the fields read, a plain description.

Weights are probabilities that the rule alone is right; the engine combines them as a
noisy-or. `friendly` needs strong evidence because a wrong "friendly" sends a vulnerable
person into a room that shuts them out; weak signals only ask a human to look.
Edit here, then run `pytest tests/test_mat_labelled.py` for precision and recall.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Polarity = Literal["friendly", "restricted", "unfriendly", "mention"]
TEXT_FIELDS = ("name", "group_name", "notes")


@dataclass(frozen=True)
class TextRule:
    id: str
    polarity: Polarity
    weight: float
    pattern: re.Pattern[str]
    description: str
    fields: tuple[str, ...] = TEXT_FIELDS
    #: Only counts when its sentence also speaks of MAT (medication, maintenance, MAT...),
    #: so "newcomers may not chair" is not read as a rule about methadone.
    needs_mat_context: bool = False


@dataclass(frozen=True)
class PriorRule:
    """Evidence from a listing's fellowship or type codes rather than its words."""

    id: str
    polarity: Polarity
    weight: float
    description: str
    field: Literal["fellowship", "types", "name"]


# --- vocabulary ----------------------------------------------------------------------

#: "M.A.T." is scanned as "M·A·T·" (see engine.scan_text), so one pattern covers both.
#: Upper case only ("Matt", "mat", "format" are not MAT), never "Mat-Su" (Alaska).
MAT = r"(?-i:(?<![\w·-])M·?A·?T(?!\w)(?!-Su\b)·?)"
#: Any case, used only directly before "friendly" ("Mat-friendly").
MAT_ANY_CASE = r"(?<![\w·-])[Mm]·?[Aa]·?[Tt](?!\w)(?!-Su\b)·?"
MEDICATION = (
    r"(?:methadone|buprenorphine|bupe|suboxone|subutex|sublocade|zubsolv|naltrexone|"
    r"vivitrol|brixadi|opioid agonist|agonist (?:therapy|treatment)|"
    r"(?:opioid )?(?:maintenance|substitution|replacement) (?:therapy|treatment|medications?)|"
    r"medications? for (?:opioid use disorder|OUD|addiction)|"
    r"medication[- ]assisted (?:recovery|treatment)|" + MAT + r"|(?-i:MOUD|OAT|ORT|DRT))"
)
WELCOME = (
    r"(?:welcome[ds]?|welcoming|friendly|supportive|accepted|accepting|inclusive|"
    r"affirming|embraced|encouraged|(?:are|is) (?:ok|okay|fine)|"
    r"(?:may|can|are (?:free|invited) to) (?:share|chair|speak|participate))"
)
#: Words that make a sentence about MAT, for rules that need that context.
MAT_CONTEXT = re.compile(
    r"(?:\bmethadone|\bbuprenorphine|\bbupe\b|\bsuboxone|\bsubutex|\bsublocade|\bnaltrexone|"
    r"\bvivitrol|\bmaintenance\b|\bmedication|\bagonist|\breplacement therap|"
    + MAT
    + r"|(?-i:\b(?:MOUD|OAT|ORT|DRT)\b))",
    re.IGNORECASE,
)
#: Words just before a "mat" that make it a floor mat: "yoga mat friendly".
FALSE_FRIEND_BEFORE = re.compile(r"(?:yoga|exercise|floor|door|bath|prayer|gym)\W*$", re.IGNORECASE)
#: A sentence about floor mats, where a lower-case "Mat friendly" is not about MAT.
FLOOR_MAT_CONTEXT = re.compile(r"\b(?:yoga|mats|gym|wrestling|exercise|studio)\b", re.IGNORECASE)
UPPER_MAT = re.compile(r"M·?A·?T")


MED = MEDICATION
_GAP = r"(?:[^\n.;:!?,]{0,60}?)"  # a few words within one clause
_GAP_COMMA = r"(?:[^\n.;:!?]{0,60}?)"  # the same, across commas ("open to all, including")
_I = re.IGNORECASE


def rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


# --- text rules ----------------------------------------------------------------------

TEXT_RULES: tuple[TextRule, ...] = (
    TextRule(
        "restrict-share",
        "restricted",
        0.9,
        rx(
            r"(?:(?:may|can|could|will|must|should|do|please do)\s*(?:not|n't)|cannot|can't|"
            r"(?:is|are) not (?:allowed|permitted|eligible|able) to|no|not to|"
            r"refrain from|abstain from)\s+"
            r"(?:be allowed to\s+)?(?:share|sharing|chair|chairing|speak|speaking|lead|"
            r"read|hold (?:a )?(?:service )?(?:position|commitment|office)s?|"
            r"do service|serve|(?:hold|take) service|qualify|sponsor)"
        ),
        "a sentence about MAT says those on it may not share, chair, speak or hold service",
        needs_mat_context=True,
    ),
    TextRule(
        "restrict-listen-only",
        "restricted",
        0.85,
        rx(
            r"\b(?:listen[- ]only|attend but not (?:share|participate)|may attend but|"
            r"(?:welcome|invited|free) to (?:attend and )?(?:listen|observe|sit in)\b"
            r"(?! and (?:share|participate|chair)))"
        ),
        "those on MAT may attend but only listen",
        needs_mat_context=True,
    ),
    TextRule(
        "unfriendly-clean-time",
        "unfriendly",
        0.8,
        rx(
            r"(?:clean(?: time| date)?|sobriety|abstinen\w+)\s+"
            r"(?:excludes|does not (?:include|count)|doesn't (?:include|count)|"
            r"is not counted|not counted)|"
            r"(?:not|n't|never) (?:be )?(?:considered |counted as |really )?"
            r"(?:clean|sober|abstinent|drug[- ]free)"
        ),
        "clean time or sobriety is said to exclude those on MAT",
        needs_mat_context=True,
    ),
    TextRule(
        "unfriendly-must-be-off",
        "unfriendly",
        0.85,
        rx(
            r"(?:must|need to|have to|should|required to) be (?:off|free (?:of|from)|"
            r"completely off|detoxed from)|"
            r"\bno (?:one|people|members|persons?|those) on\b|"
            r"(?:total|complete|full) abstinence (?:is )?(?:required|only|from all drugs)"
        ),
        "attendance requires being off MAT medication",
        needs_mat_context=True,
    ),
    TextRule(
        "unfriendly-no-medication",
        "unfriendly",
        0.85,
        rx(
            rf"\bno {MED}(?![\w-])|"
            rf"{MED}(?:[ -](?:users?|patients?|clients?|members?))?\s+"
            r"(?:is|are)?\s*not (?:welcome|allowed|permitted|accepted|tolerated)|"
            r"(?<![\w-])non[- ]?(?-i:MAT)[- ](?:meeting|group|only)\b|"
            r"(?<![\w-])(?-i:MAT)[- ]free (?:meeting|group|zone|room)\b"
        ),
        "the listing says MAT or a MAT medication is not allowed",
    ),
    TextRule(
        "mat-friendly-phrase",
        "friendly",
        0.9,
        rx(
            rf"{MAT}[\s)\"'/-]*(?:(?:and|&|\+)[\s-]*\w+[\s-]*)?{WELCOME}|"
            rf"{MAT_ANY_CASE}[\s-]*friendly|"
            rf"(?:welcome[sd]?|welcoming|open to|support(?:s|ive of)?)\s+"
            rf"(?:\w+\s+){{0,3}}(?:on|in|using|taking|receiving)\s+{MAT}"
        ),
        'an explicit MAT-welcome phrase ("MAT friendly", "M.A.T. welcome", "welcomes all on MAT")',
    ),
    TextRule(
        "medication-welcome",
        "friendly",
        0.9,
        rx(
            rf"{MED}(?!\w){_GAP}\b{WELCOME}|"
            rf"(?:welcome[sd]?|welcoming|open to|support(?:s|ive of)?)\s+{_GAP_COMMA}"
            rf"\b(?:on|using|taking|receiving|in|including)\s+{MED}(?![\w-])|"
            r"welcome[sd]?\W+(?:\w+\W+){0,4}?regardless of (?:their |your |any )?"
            r"(?:medications?|prescriptions?|treatment|medical treatment)\b"
        ),
        "a MAT medication named together with a welcome in one clause",
    ),
    TextRule(
        "medication-assisted-recovery",
        "friendly",
        0.7,
        rx(
            r"medication[- ]assisted (?:recovery|treatment)(?: (?:support|meeting|group))?|"
            r"(?<![\w-])(?-i:MOUD)(?:[- ]?(?:friendly|inclusive|group|meeting|support))?\b|"
            r"medications for opioid use disorder"
        ),
        "speaks of medication-assisted recovery as the meeting's own subject",
    ),
    TextRule(
        "harm-reduction",
        "friendly",
        0.6,
        rx(
            r"\bharm[- ]reduction\b|\ball recovery\b|"
            r"\ball (?:paths|pathways) (?:to recovery )?(?:are )?welcome"
        ),
        "a harm-reduction or All Recovery meeting, which welcome every pathway",
    ),
    TextRule(
        "medication-mention",
        "mention",
        0.0,
        rx(rf"{MED}(?![\w-])"),
        "names a MAT medication without saying how the meeting treats it: worth a look",
    ),
)

# --- fellowship and type-code priors ----------------------------------------------------

#: Fellowships that welcome MAT by design (keys are fellowship_key() spellings).
_MARA = PriorRule(
    "fellowship-mara", "friendly", 0.95,
    "Medication-Assisted Recovery Anonymous welcomes MAT by design", "fellowship",
)  # fmt: skip
_SMART = PriorRule(
    "fellowship-smart", "friendly", 0.55,
    "SMART Recovery supports MAT, but a local meeting may differ", "fellowship",
)  # fmt: skip
FELLOWSHIP_PRIORS: dict[str, PriorRule] = {
    "mara": _MARA,
    "medicationassisted recovery anonymous": _MARA,
    "medication assisted recovery anonymous": _MARA,
    "methadone anonymous": PriorRule(
        "fellowship-methadone-anonymous", "friendly", 0.95,
        "Methadone Anonymous is by and for people on methadone", "fellowship",
    ),
    "all recovery": PriorRule(
        "fellowship-all-recovery", "friendly", 0.7,
        "All Recovery meetings welcome every pathway", "fellowship",
    ),
    "harm reduction": PriorRule(
        "fellowship-harm-reduction", "friendly", 0.7,
        "harm-reduction groups welcome every pathway", "fellowship",
    ),
    "smart": _SMART,
    "smart recovery": _SMART,
}  # fmt: skip

#: The same fellowships named in a meeting's name (case-sensitive acronyms).
NAME_PRIORS: tuple[tuple[re.Pattern[str], PriorRule], ...] = (
    (
        re.compile(r"\bMARA\b|medication[- ]assisted recovery anonymous", re.IGNORECASE),
        FELLOWSHIP_PRIORS["mara"],
    ),
    (
        re.compile(r"\bMethadone Anonymous\b", re.IGNORECASE),
        FELLOWSHIP_PRIORS["methadone anonymous"],
    ),
)
#: "MARA" must be upper case in a name ("Mara's home group" is a person).
NAME_CASE_SENSITIVE = {"mara": re.compile(r"\bMARA\b")}

#: Family groups are for the people around an addict; MAT is out of their scope.
FAMILY_GROUPS = frozenset({
    "alanon", "al anon", "alanon family groups", "naranon", "nar anon", "alateen",
    "families anonymous", "coanon", "co anon", "gamanon", "gam anon", "coda",
})  # fmt: skip

TYPE_CODE_PRIORS: dict[str, PriorRule] = {
    "MAT": PriorRule("type-mat", "friendly", 0.85, "the source's own MAT type code", "types"),
    "MARA": PriorRule("type-mara", "friendly", 0.85, "the source's own MARA type code", "types"),
    "MOUD": PriorRule("type-moud", "friendly", 0.85, "the source's own MOUD type code", "types"),
    "HR": PriorRule("type-harm-reduction", "friendly", 0.6,
                    "the source's harm-reduction type code", "types"),
}  # fmt: skip

# --- decision thresholds ------------------------------------------------------------------

#: At or above: friendly with no review needed.
FRIENDLY_CONFIDENT = 0.7
#: At or above (and below the confident line): friendly, but queued for review.
FRIENDLY_WEAK = 0.5

#: A medication named as a place, not a policy: "held at the methadone clinic".
VENUE_AFTER_MEDICATION = rx(
    rf"{MED}(?![\w-])[\s-]+(?:clinic|center|centre|program|programme|building|office|"
    r"dispensary|provider|treatment center)s?\b"
)
#: A sentence that opens like a question states no policy, even without its "?":
#: "Topic: should people on MAT share". Imperatives ("Do not share") are not questions.
QUESTION_START = rx(
    r"^\W*(?:(?:topic|discussion|question|tonight's topic|this week's topic)\W+)?"
    r"(?:is|are|should|can|could|does|do|what|how|why|when|who|was|were|will|would)"
    r"(?!n't|\s+not\b|not\b)\b"
)
#: Phrases that look like negations but are not: NA's "no matter what you used".
NOT_A_NEGATION = rx(r"\bno matter\b|\bnot only\b|\bno one is turned away\b")
#: Cheap test before any rule runs, on the lower-cased scan text: most listings say
#: nothing about MAT at all, and one case-sensitive search is the fastest way to know.
TRIGGERS = re.compile(
    r"m[·.]?a[·.]?t|medic|methadone|bupe|bupren|subox|subut|subloc|zubsolv|naltrex|vivitrol|"
    r"brixadi|agonist|maintenance|substitution|replacement|moud|\boat\b|\bort\b|\bdrt\b|"
    r"harm|all recovery|paths|pathways|mara\b"
)
#: Substrings a name must hold before the name priors are tried.
NAME_PRIOR_TRIGGERS = ("mara", "medication", "methadone")
