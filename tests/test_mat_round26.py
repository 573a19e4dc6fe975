"""Round 26 of the MAT tag: welcomes said by the shape of a sentence (`footing.py`).

blind98-100 were written by fresh writers and frozen before any rule below changed; the
rules were read among the misses of the tuning sets and the worn and spent blind sets, and
the cases paraphrase them (none is quoted from a blind set):
- equal footing: a sentence naming people on MAT that only lists slots, or holds no guard
  word at all, and puts them level with everyone ("they read, chair and take cakes like
  everybody else", "igual que para los demás", "ganz normal", "comme tout le monde") is a
  friendly at 0.75, always reviewed; "like any other drug", a negation, a contrast or a
  condition keeps it from being one (`engine._equal_footing`);
- the meeting's own audience: a name or first sentence saying the meeting is a group for
  people on MAT ("Grupo de apoyo entre pares para personas con metadona") is a friendly at
  0.75, always reviewed; a question, families, someone else's group, information about
  groups, or an audience defined by stopping are not (`footing.own_audience`);
- a limit anywhere in the listing still wins over either: the end-of-treatment checks run
  after them;
- a condition right after its own slot is not met "like anyone else" when another slot
  stands between: "share last and chair like anyone else" was a friendly at 0.95.
"""

from __future__ import annotations

import pytest

from pipeline.mat.engine import Listing, tag_mat
from tests.test_mat_round10 import assert_status

EQUAL_FOOTING = [
    ("en", "Several regulars are on methadone, and they read, chair and take cakes just like "
     "everybody else.", "friendly"),
    ("en", "We treat folks on Suboxone like every other member. Doors at 6:45.", "friendly"),
    ("en", "People on bupe are as much a part of this circle as anyone else.", "friendly"),
    ("es", "Para quien está en metadona hay silla, hay palabra y hay servicio, igual que para "
     "los demás.", "friendly"),
    ("de", "Wer Buprenorphin bekommt, gehört ganz normal dazu - mit Stimme und mit Dienst.",
     "friendly"),
    ("fr", "Les membres sous méthadone animent et parrainent comme tout le monde.", "friendly"),
    # what keeps it from being one: a drug, a negation with a contrast, a condition
    ("en", "Your date counts from your last use like any other drug, methadone included.",
     "not friendly"),
    ("en", "Members on methadone read like everyone else, but do not chair.", "not friendly"),
    ("es", "Los compañeros en metadona no coordinan como los demás.", "not friendly"),
    ("en", "Folks on methadone aren't as much a part of this circle as anyone else.",
     "not friendly"),
    # a limit elsewhere in the listing still wins
    ("en", "People on methadone chair like anyone else. Keytags wait until you've tapered "
     "off.", "not friendly"),
]  # fmt: skip

#: A condition right after its own slot is not met "like anyone else" when another slot
#: stands between it and those words (`frame._sentence_findings`, round 26): this was a
#: friendly at 0.95.
A_CONDITION_BEFORE_ANOTHER_SLOT = [
    ("en", "Members on methadone share last and chair like anyone else.", "restricted"),
    # a condition everyone meets alike still binds nobody in particular
    ("en", "Members on MAT, like everyone else, can chair after 6 months clean.", "friendly"),
    ("en", "If you're on methadone and counting days since your last illicit use, you get the "
     "chip like everyone else.", "friendly"),
]  # fmt: skip

OWN_AUDIENCE = [
    ("es", "Grupo de apoyo entre pares para personas con metadona o buprenorfina. Jueves 18 h.",
     "friendly"),
    ("en", "A peer circle for women taking buprenorphine or methadone. Childcare available.",
     "friendly"),
    ("de", "Offene Gruppe für Menschen in Substitution. Mittwochs 18 Uhr, Raum 2.", "friendly"),
    ("fr", "Groupe de parole pour personnes sous traitement de substitution. Mardi 19 h.",
     "friendly"),
    # an addiction to medicines is no MAT (the sentence must name MAT strongly)
    ("de", "Selbsthilfegruppe für Menschen mit Alkohol- oder Medikamentenproblemen. Mittwochs.",
     "unknown"),
    # someone else's group, a question, families, information, an audience that stopped
    ("es", "El hospital tiene un grupo de apoyo para pacientes en metadona los viernes.",
     "unknown"),
    ("en", "Is this meeting OK for people on Suboxone? Ask the secretary.", "unknown"),
    ("en", "A group for people on methadone? Ask at the intergroup office.", "unknown"),
    ("es", "Grupo para familiares de personas en metadona. Lunes 19 h.", "unknown"),
    ("de", "Infos zu Selbsthilfegruppen für Substituierte bekommst du bei der Drogenberatung.",
     "unknown"),
    ("en", "A meeting for people who have stopped replacing one drug with another.",
     "not friendly"),
    # not the meeting's first words: a notice about another group
    ("en", "Open discussion, 8pm. A support group for people on methadone meets downstairs "
     "on Fridays.", "unknown"),
    # a limit after it still wins
    ("en", "A peer group for people on methadone. Keytags once you've tapered off.",
     "not friendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), EQUAL_FOOTING)
def test_welcome_without_welcome_word_equal_footing(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), A_CONDITION_BEFORE_ANOTHER_SLOT)
def test_welcome_then_restriction_a_condition_before_another_slot(
    lang: str, notes: str, expected: str
) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), OWN_AUDIENCE)
def test_fellowship_prior_the_meetings_own_audience(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(
    ("notes", "cue"),
    [
        ("We treat folks on Suboxone like every other member.", "equal-footing"),
        ("A peer circle for women taking buprenorphine or methadone.", "own-audience"),
    ],
)
def test_a_shape_reading_is_reviewed_below_the_line_with_its_sentence(notes: str, cue: str) -> None:
    """New readings of words no cue read: a maintainer sees each, with the sentence."""
    decision = tag_mat(Listing.from_mapping({"fellowship": "NA", "name": "G", "notes": notes}))
    assert decision.status == "friendly"
    assert decision.confidence == 0.75
    assert decision.needs_review
    assert any(f":{cue}:" in e and notes.rstrip(".")[:30] in e for e in decision.evidence)
