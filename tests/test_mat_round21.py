"""Round 21 of the MAT tag: a negation that denies an adverse act is a welcome.

Structural, in every language: "MAT isn't held against anybody", "el grupo no pone
condiciones a quien toma metadona", "ton traitement ne t'enlève aucun droit", "hier musst
du nichts verstecken". Any negation (not only a negated subject opening the sentence, as
before) that denies an adverse act done to people on MAT (judging, questioning, conditions,
hiding, explaining, taking away, setting apart, changing their standing) is a
pseudo-negation that welcomes (`lexicon.ADVERSE_ACTS`, cue `negated-adverse`), provided:
- the sentence names MAT itself, not "medication" alone or a pronoun (`Cue.strong_only`);
- no contrast follows in the sentence ("we've never turned anyone away, but...");
- the negation is not a description of who is "not on" or "not yet off" MAT;
- conditions inside the span stay unread, so "until" or "required" still hold it back.
Two scope fixes came with it (`scope.negated`): a cue that opens on an auxiliary and its own
"not" ("does not limit service") holds its own negation, so the "not" of an earlier clause
is not counted twice; and a cue that opens on a negated subject ("personne ne te mettra à
l'écart", "no one's clean time") is its own negated statement. The cases paraphrase
constructions of the tuning sets; none is quoted from a blind set.
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status

NEGATED_ADVERSE = [
    ("en", "Being on methadone isn't held against anybody here, at the mic or at the "
     "business meeting.", "friendly"),
    ("en", "Nothing about your Suboxone needs explaining in this room.", "friendly"),
    ("en", "We don't keep anyone on MOUD from chairing or sponsoring.", "friendly"),
    ("en", "Being on buprenorphine has no bearing on who may lead the meeting.", "friendly"),
    ("es", "El grupo no pone condiciones a quien toma metadona recetada.", "friendly"),
    ("es", "La buprenorfina no cambia ni tu tiempo limpio ni tu voz en este grupo.",
     "friendly"),
    ("es", "A nadie se le quitan sus fichas por tomar naltrexona o metadona.", "friendly"),
    ("fr", "Ton traitement à la méthadone ne t'enlève aucun droit dans le groupe.",
     "friendly"),
    ("fr", "Être sous Subutex n'empêche ni de partager ni de parrainer.", "friendly"),
    ("de", "Hier musst du nichts verstecken, ob Methadon oder Buprenorphin.", "friendly"),
    ("de", "Deine Substitution ändert nichts an deinem Platz in der Gruppe.", "friendly"),
]  # fmt: skip

NOT_A_WELCOME = [
    # the denial sets up a contrast
    ("en", "We've never turned anyone away, but people on methadone usually figure out "
     "pretty quickly this isn't their room.", "not friendly"),
    ("en", "We've never turned anyone away for methadone, but people on it usually realize "
     "pretty quickly this isn't the room for them.", "not friendly"),
    ("fr", "Nous ne jugeons personne sous méthadone, mais le service est réservé aux "
     "membres sans traitement.", "not friendly"),
    # who is "not on" MAT is a description, not a negation of an act
    ("en", "Members not yet off methadone are required to sit out service.", "not friendly"),
    # a condition inside the denial still holds it back
    ("en", "Nobody on Suboxone is kept from sharing until they have ninety days.",
     "not friendly"),
    # a swap of drugs is no change of standing
    ("es", "Aquí no se cambia la heroína por la metadona: se deja todo.", "not friendly"),
    # "medication" alone, or a pronoun, does not carry it
    ("en", "No judgment here about anyone's medication.", "unknown"),
    ("en", "No judgment here about anyone's medication. Speakers do need to be free of "
     "replacement drugs.", "not friendly"),
    # sobriety dates that "don't depend on" methadone describe the drug-free
    ("en", "Birthday cakes on the last Saturday, for sobriety dates that don't depend on "
     "methadone or Suboxone.", "not friendly"),
]  # fmt: skip

SCOPE = [
    # "does not limit" holds its own "not": the earlier clause's "not" is spent
    ("en", "Group conscience: prescribed methadone does not reset clean time and does not "
     "limit service.", "friendly"),
    ("en", "Our clean-time count doesn't reset because of a prescription for buprenorphine.",
     "friendly"),
    # a negated subject opening the second clause is its own negated statement
    ("en", "No one is turned away for being on MAT, and no one's clean time gets questioned "
     "because of it.", "friendly"),
    ("fr", "Sous traitement ou non, personne ici ne te demandera ton ordonnance et personne "
     "ne te mettra à l'écart pour ta méthadone.", "friendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), NEGATED_ADVERSE)
def test_a_negation_that_denies_an_adverse_act_welcomes(
    lang: str, notes: str, expected: str
) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), NOT_A_WELCOME)
def test_what_a_denied_adverse_act_does_not_vouch_for(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), SCOPE)
def test_a_cues_own_negation_is_not_counted_twice(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


# --- round 22: two wrong friendlies of blind78 and blind80, read after round 21 froze -------
ROUND_22 = [
    # a bare "chair" in a verb list is no noun after its modifier
    ("en", "Speakers - a year clean, and no maintenance medication in that year - are booked "
     "by the program chair.", "not friendly"),
    ("en", "People on Suboxone are welcome here: share, chair, sponsor.", "friendly"),
    # "as a visitor" is a passive role, like listening
    ("en", "Members on methadone: please introduce yourself as a visitor during the newcomer "
     "welcome.", "not friendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), ROUND_22)
def test_round_22_nouns_and_visitors(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
