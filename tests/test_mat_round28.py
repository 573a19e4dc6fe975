"""Round 28 of the MAT tag: a slot held apart from people on MAT, read by its shape.

The guard finds slot words next to MAT (chair, sponsor, keytags, sharing) and no limiting
word it knows, so the frame read nothing and these listings were unknown. On the tuning
sets and the worn and spent blind sets, 150 restricted listings read so (`footing.
held_apart`); the cases paraphrase them (none is quoted from a blind set):
- the holders are those not on MAT ("chairs come from members who aren't on
  maintenance"), or people on MAT and a negated verb ("les membres sous TSO ne parrainent
  pas");
- time on MAT left out of the count ("time on Suboxone doesn't go toward a keytag"), or
  MAT counted as use ("clean time runs from the last drink or drug, methadone included");
- not held apart: a negation that denies harm ("methadone doesn't break your clean
  time"), a test ("not a criterion"), a duty ("no tiene que dejar…"), a report ("kept
  being told their time didn't count"), a list of both ("dos con metadona y dos sin"), or
  people, not a drug, included ("members on maintenance included");
- after the freeze, from blind102: a request the guard now reads ("please don't
  volunteer", "please don't identify as clean"), also after a "whether … or …" clause;
  "Nobody's sobriety…" negates what follows; "MAT, no MAT" is an alternative, not a ban;
  "no one on methadone … will be admitted" is a ban, "… will be turned away" is not;
- a MARA meeting's welcome beside a benign unread sentence ("court papers you need signed
  … at the end") is its fellowship's friendly, not a question; "voted not to accept
  residents on Suboxone" is the door, not a slot held apart;
- any drug or substance "prescribed or not" names MAT too (on the read sets such
  listings are labelled restricted 38 times, unfriendly 16, unknown 3).
"""

from __future__ import annotations

import pytest

from pipeline.mat.engine import Listing, tag_by_rules, tag_mat
from tests.test_mat_round10 import assert_status

HOLDERS_NOT_ON_MAT = [
    ("en", "Chairs come from the members who aren't on maintenance meds right now.",
     "restricted"),
    ("en", "Secretary and GSR: 6 months clean, no methadone or buprenorphine.", "restricted"),
    ("es", "La tesorería la llevan compañeros que no estén tomando buprenorfina.",
     "restricted"),
    ("fr", "Le parrainage est assuré par des membres qui ne prennent pas de méthadone.",
     "restricted"),
    ("de", "Die Kasse führen bei uns Mitglieder, die keine Substitution mehr erhalten.",
     "restricted"),
]  # fmt: skip

MAT_HOLDERS_DO_NOT = [
    ("en", "Members on Suboxone don't sponsor in this group.", "restricted"),
    ("es", "Quien esté en metadona no coordina la junta.", "restricted"),
    ("fr", "Les membres sous TSO ne font pas les lectures d'ouverture.", "restricted"),
    ("de", "Substituierte Mitglieder übernehmen bei uns keinen Dienst.", "restricted"),
]  # fmt: skip

TIME_LEFT_OUT = [
    ("en", "Keytags on the last Friday. Time on Suboxone doesn't go toward a keytag.",
     "restricted"),
    ("es", "Los días en metadona no entran en el conteo para los llaveros.", "restricted"),
    ("fr", "Pour les jetons, le temps sous méthadone n'est pas compté.", "restricted"),
    ("de", "Für die Jahresfeier wird die Zeit unter Substitution nicht angerechnet.",
     "restricted"),
    ("en", "Cakes each month; clean time runs from the last drink or drug, methadone "
     "included.", "restricted"),
    ("es", "Las fichas se cuentan desde el último consumo, incluida la buprenorfina.",
     "restricted"),
]  # fmt: skip

NOT_HELD_APART = [
    ("en", "Prescribed methadone doesn't break your clean time for keytags here.",
     "not restricted"),
    ("en", "Being on buprenorphine is not a criterion for any service position.",
     "not restricted"),
    ("es", "Quien toma metadona no tiene que dejarla para coordinar ni para recibir llavero.",
     "not restricted"),
    ("en", "We started this group because members on methadone kept being told their time "
     "didn't count.", "not restricted"),
    ("es", "Coordinan este año dos compañeros con metadona y dos sin medicación.",
     "not restricted"),
    ("en", "Chips for everyone, counted from the last illicit use, members on maintenance "
     "included.", "not restricted"),
]  # fmt: skip


FROM_BLIND102 = [
    ("en", "MAT friendly! Business meeting still deciding whether members on maintenance can "
     "be treasurer or GSR - until then please don't volunteer for those.", "restricted"),
    ("en", "MAT welcome. Share as you like, just please don't identify as clean or pick up a "
     "keytag while on methadone.", "restricted"),
    ("en", "Nobody's clean time gets an asterisk in this room - MAT or not.", "friendly"),
    ("en", "Come as you are - MAT, no MAT, it's all the same to us.", "friendly"),
    ("en", "No one on methadone, Suboxone or Subutex will be admitted to the house meeting.",
     "unfriendly"),
    ("en", "No one on methadone will be turned away.", "friendly"),
    ("en", "The house voted not to accept residents on Suboxone or methadone.",
     "not restricted"),
    ("de", "Substituierte Mitglieder leiten bei uns keine Meetings.", "restricted"),
]  # fmt: skip


PRESCRIBED_OR_NOT = [
    ("en", "Chips mark your days without any opiate or sedative, prescribed or not.",
     "restricted"),
    ("en", "Here sobriety means being free of all mind-altering drugs, prescribed or not; we "
     "hope to see you once that's true for you.", "unfriendly"),
    ("es", "Para las fichas contamos desde la última sustancia, sea recetada o no.",
     "restricted"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), PRESCRIBED_OR_NOT)
def test_implicit_exclusion_any_drug_prescribed_or_not(
    lang: str, notes: str, expected: str
) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), FROM_BLIND102)
def test_mixed_signals_from_blind102(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), HOLDERS_NOT_ON_MAT)
def test_restriction_alone_holders_not_on_mat(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), MAT_HOLDERS_DO_NOT)
def test_restriction_alone_people_on_mat_do_not(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), TIME_LEFT_OUT)
def test_clean_time_limit_time_on_mat_left_out(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), NOT_HELD_APART)
def test_pseudo_negation_not_held_apart(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


def test_a_slot_held_apart_is_reviewed_with_its_slot_and_sentence() -> None:
    """A new reading of words no cue read: a maintainer sees the slot it limits."""
    notes = "Quien esté en metadona no coordina la junta."
    decision = tag_mat(Listing.from_mapping({"fellowship": "NA", "name": "G", "notes": notes}))
    assert decision.status == "restricted"
    assert decision.confidence == 0.7
    assert decision.needs_review
    assert decision.evidence[0].startswith("notes:service=limited:held-apart:")
    assert "Quien esté en metadona" in decision.evidence[0]


def test_a_mara_welcome_beside_court_papers_is_its_fellowships_friendly() -> None:
    """The unread words limit nobody (`_prior_hedge_benign`): the meeting's own MARA
    fellowship decides; under NA the same words stay a question for a human."""
    notes = (
        "Whether or not you take medication, you are welcome here. If you have court papers "
        "you need signed, hand them to the chair at the start and pick them up at the end."
    )
    mara = tag_mat(Listing.from_mapping({"fellowship": "MARA", "name": "G", "notes": notes}))
    assert (mara.status, mara.needs_review) == ("friendly", False)
    na = Listing.from_mapping({"fellowship": "NA", "name": "G", "notes": notes})
    assert (tag_by_rules(na).status, tag_by_rules(na).needs_review) == ("unknown", True)
    # since session 19 the learned reader fills the rules' unknown: still a human's question
    assert (tag_mat(na).status, tag_mat(na).decided_by) == ("friendly", "learned")
    assert tag_mat(na).needs_review
