"""Round 27 of the MAT tag: bans by their shape, MAT named by what it replaces, and the
slot a denial limits.

The rules were read among the misses of the tuning sets and the worn and spent blind sets
before the round froze, and among blind100's after (blind100 is spent); the cases
paraphrase them (none is quoted from a blind set):
- a bare ban: a sentence that opens on a negation and names people on MAT, or denies them
  admission, and names no slot, is unfriendly at 0.7, reviewed ("NOT FOR PERSONS ON
  METHADONE", "no admite a personas en tratamiento…", "Pas de participants sous
  méthadone", "gehört nicht in dieses Meeting"); a negation that reaches everyone, or that
  denies a way of treating them ("NO MAT DISCRIMINATION"), is none (`footing.bare_ban`);
- MAT named by what it replaces or where it comes from ("prescribed replacement
  included", "narcotic 'maintenance'", "whatever the clinic hands out", "ningún
  sustitutivo opiáceo", "Drogen-Substitutionsprogramm");
- a denial after service words the guard knows limits service, not the door
  ("Secretaría, tesorería y RSG se eligen entre los miembros que no tomen…"); "Dienstag"
  is no service word;
- after the freeze, from blind100: a definition of sobriety as no drugs before "doesn't
  change that", a keytag limit split at "etc.)", who comes to meetings (not who may), "we
  don't buy the idea that … one drug for another", NA's "a personal decision between
  a member…" / "not an issue this group enforces", and another meeting named instead of
  this one ("more at home there than here", "their own meetings across town").
"""

from __future__ import annotations

import pytest

from pipeline.mat.engine import Listing, tag_by_rules, tag_mat
from tests.test_mat_round10 import assert_status

A_BARE_BAN = [
    ("en", "CLOSED MEETING. NOT FOR PERSONS ON METHADONE OR SUBOXONE. 9PM FRI", "unfriendly"),
    ("es", "Este grupo no admite a personas en programas de mantenimiento con metadona.",
     "unfriendly"),
    ("fr", "Pas de participants sous méthadone ou Subutex dans cette réunion.", "unfriendly"),
    ("de", "Geschlossenes Meeting. Wer Methadon nimmt, gehört nicht in dieses Meeting.",
     "unfriendly"),
    ("de", "KEIN METHADON, KEIN SUBUTEX. Donnerstag 19 Uhr.", "unfriendly"),
    # no ban: the negation reaches everyone, or denies a way of treating them
    ("en", "Not for people on methadone, not for anybody: no judgment here.", "not unfriendly"),
    ("en", "NO MAT DISCRIMINATION. Open discussion.", "not unfriendly"),
    # a slot named: what is limited is the slot, not the door
    ("es", "No estar en bupre ni en metadona para coordinar.", "not unfriendly"),
    ("en", "No members on methadone as sponsors.", "not unfriendly"),
    ("fr", "Pas de méthadone pour les animateurs.", "not unfriendly"),
]  # fmt: skip

MAT_NAMED_BY_WHAT_IT_REPLACES = [
    ("en", "Only addicts who've stopped all drugs, prescribed replacement included.",
     "unfriendly"),
    ("en", "Our closed meeting is for the completely sober, and that means no narcotic "
     "'maintenance' either.", "unfriendly"),
    ("en", "We expect people to arrive done with everything, including whatever the clinic "
     "hands out.", "unfriendly"),
    ("es", "Reunión solamente para quienes no toman ningún sustitutivo opiáceo.", "unfriendly"),
    ("de", "Nicht aufgenommen werden Personen in einem Drogen-Substitutionsprogramm.",
     "unfriendly"),
]  # fmt: skip

THE_SLOT_A_DENIAL_LIMITS = [
    ("es", "Secretaría, tesorería y RSG se eligen entre los miembros que no tomen ningún "
     "sustitutivo opiáceo.", "restricted"),
    # the greeters hold no slot the denial limits
    ("en", "Greeters point people on replacement therapy toward a MARA meeting rather than "
     "this one.", "unfriendly"),
    # Tuesday is no service: the denial is of the door
    ("de", "Für Menschen in Substitution gibt es das MARA-Meeting dienstags; dieses Meeting "
     "ist für Abstinente.", "unfriendly"),
]  # fmt: skip

FROM_BLIND100 = [
    ("en", "Sobriety here means no alcohol and no drugs - a prescription for a narcotic "
     "substitute doesn't change that.", "unfriendly"),
    ("en", "Sobriety here means no illicit drugs; your methadone doesn't change that.",
     "friendly"),
    ("en", "Birthdays and keytags monthly. Maintenance time (methadone, Sublocade, etc.) does "
     "not count toward clean time. You can still share.", "restricted"),
    ("en", "Sometimes people come to meetings while still using drugs, detoxing, or on drug "
     "replacement therapy. Whatever you may be taking, you are welcome.", "friendly"),
    ("en", "We don't buy the idea that buprenorphine is 'substituting one drug for another'.",
     "friendly"),
    ("en", "Taking methadone or buprenorphine is a personal decision between a member, their "
     "sponsor, physician and higher power.", "friendly"),
    ("en", "Your medication, drug replacement included, is not an issue this group enforces.",
     "friendly"),
    # another meeting named instead of this one
    ("en", "We'd point folks on MAT toward the Thursday MARA group - you'll likely feel more "
     "at home there than here.", "unfriendly"),
    ("en", "Those on methadone or Suboxone have their own meetings across town.",
     "unfriendly"),
    # a notice of another meeting is no pointer away from this one
    ("en", "For folks on methadone there's also a MARA group on Thursdays.", "unknown"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), A_BARE_BAN)
def test_explicit_exclusion_a_bare_ban(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), MAT_NAMED_BY_WHAT_IT_REPLACES)
def test_implicit_exclusion_mat_named_by_what_it_replaces(
    lang: str, notes: str, expected: str
) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), THE_SLOT_A_DENIAL_LIMITS)
def test_restriction_alone_the_slot_a_denial_limits(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), FROM_BLIND100)
def test_mixed_signals_and_pseudo_negations_from_blind100(
    lang: str, notes: str, expected: str
) -> None:
    assert_status(notes, expected, lang)


def test_a_bare_ban_is_reviewed_with_its_sentence() -> None:
    """A new reading of words no cue read: a maintainer sees it, with the sentence."""
    notes = "NOT FOR PERSONS ON METHADONE OR SUBOXONE."
    decision = tag_mat(Listing.from_mapping({"fellowship": "NA", "name": "G", "notes": notes}))
    assert decision.status == "unfriendly"
    assert decision.confidence == 0.7
    assert decision.needs_review
    assert any(":bare-ban:" in e and "NOT FOR PERSONS" in e for e in decision.evidence)


def test_medication_in_general_is_no_name_of_mat() -> None:
    """ "Prescribed medication" alone is any medicine (NA's In Times of Illness): the rules
    read no policy. Since round 39 the retrained learned reader guesses friendly here
    (blind157 labels a kindred listing, which names bupe and methadone, friendly); its guess
    keeps its own low confidence and always goes to review."""
    listing = Listing.from_mapping(
        {"id": "r27", "notes": "The choice to take prescribed medication is a personal "
         "decision between a member, a sponsor and a physician."}
    )  # fmt: skip
    assert tag_by_rules(listing).status == "unknown"
    decision = tag_mat(listing)
    assert decision.status == "unknown" or (
        decision.decided_by == "learned" and decision.needs_review and decision.confidence < 0.6
    )
