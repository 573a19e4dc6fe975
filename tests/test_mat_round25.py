"""Round 25 of the MAT tag: exclusions that name the end of treatment, and history.

blind95-97 were written by fresh writers and frozen before any rule below changed; the
rules were read among the misses of the tuning sets and the worn and spent blind sets, and
the cases paraphrase them (none is quoted from a blind set):
- the end of treatment beside people on MAT, in a listing that reads no welcome, no limit
  and names no slot anywhere, defers attending: unfriendly, reviewed ("get detoxed and
  then come see us", "Die Tür steht dir offen, sobald du ausgeschlichen hast"); a topic,
  a speaker's story or the clinic's hours is no condition (`completion.defers_attending`);
- "whether ... or ..." alternatives and what "some of us" did set no condition
  (`guard.BENIGN`);
- the equality of MAT and using in more words ("subs = still using", "es una droga más",
  "c'est du produit", "ist für uns Konsum", "Bupe is not sobriety"), and "subs" as the
  subject of such a verdict;
- a room that does not fit ("not their kind of meeting", "not ready for what we do here",
  "suit where you're at", "findet bei uns nicht, was er sucht", "allá les va a ir mejor");
- "regardless of one's pathway" and "independientemente de si" speak to everyone alike;
- history is not policy: "a member who got shamed out of the rooms" and a workshop's
  topics deny nothing; "folks who come in on methadone" invites nobody;
- "no obstacle to sharing" is no limit on sharing, and a slot done by "everybody" is a
  permission for all;
- after round 25 froze, blind96 (Appalachia and the Ohio valley) was read, and with it
  spent: "this group don't do MAT", "quit like the rest of us did" (no equality), "til"
  for "until", "off replacement", "if time allows", "on the subs", "we don't accept
  maintenance programs".
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status

THE_END_OF_TREATMENT_DEFERS_ATTENDING = [
    ("en", "Our experience is that methadone keeps the disease going. Get detoxed and then "
     "come see us.", "unfriendly"),
    ("de", "Substitution ist auch Konsum. Die Tür steht dir offen, sobald du ausgeschlichen "
     "hast.", "unfriendly"),
    ("fr", "Le Subutex, c'est du produit. On préfère que tu viennes une fois ton traitement "
     "terminé.", "unfriendly"),
    ("es", "Para nosotros la buprenorfina es una droga más. Recomendamos terminar el "
     "tratamiento antes de unirse al grupo.", "unfriendly"),
    # a topic, a speaker's story, the clinic's hours: no condition on anyone
    ("en", "Tonight's topic for people on Suboxone: handling cravings while tapering off.",
     "unknown"),
    ("es", "Este mes un orador hablará de su experiencia al dejar la buprenorfina.", "unknown"),
    ("en", "We meet beside the methadone clinic. Dosing ends at 10:30, so the lot empties out.",
     "unknown"),
    # nobody on MAT named: the end of detox is no condition on them
    ("en", "Come see us after detox.", "unknown"),
    # a slot named in the listing: the end of treatment may limit that, not the door
    ("es", "Entregamos llaveros por tiempo limpio. Si estás con metadona, espera a haber "
     "terminado la reducción.", "not unfriendly"),
]  # fmt: skip

ALTERNATIVES_AND_WHAT_SOME_OF_US_DID = [
    ("en", "Whether you're on Suboxone or have tapered off, you are welcome here.",
     "friendly"),
    ("en", "Some of us on methadone have tapered off and some have not.", "not unfriendly"),
    # the limit after the comma is still read
    ("en", "Whether you take methadone or not, you may not chair.", "restricted"),
]  # fmt: skip

MAT_CALLED_USING = [
    ("en", "subs = still using. come back once you've kicked it", "unfriendly"),
    ("en", "drug free is drug free. subs & done are drugs.", "unfriendly"),
    ("en", "Bupe is not sobriety.", "unfriendly"),
    ("es", "La metadona es una droga más.", "unfriendly"),
    ("fr", "Le Subutex, c'est du produit.", "unfriendly"),
    ("de", "Substitution ist für uns Konsum.", "unfriendly"),
    # a view the group rejects is read first
    ("en", "People on methadone are welcome - we reject the idea that it is 'substituting one "
     "drug for another'.", "friendly"),
    ("en", "It doesn't matter to us whether you're on Vivitrol, Suboxone or nothing at all - "
     "sobriety is sobriety.", "friendly"),
]  # fmt: skip

A_ROOM_THAT_DOES_NOT_FIT = [
    ("en", "If you're leaning on a maintenance drug, you might not be ready for what we do "
     "here.", "unfriendly"),
    ("en", "If you're still on a maintenance program, there are other meetings in the area "
     "that may suit where you're at.", "unfriendly"),
    ("en", "Folks who come in on methadone have generally felt this wasn't their kind of "
     "meeting.", "unfriendly"),
    ("es", "Los compañeros en el programa de metadona tienen sus grupos en la clínica; allá les "
     "va a ir mejor.", "unfriendly"),
    ("de", "Wer noch substituiert wird, findet bei uns wahrscheinlich nicht, was er sucht.",
     "unfriendly"),
    ("en", "On methadone? Come on in.", "friendly"),
]  # fmt: skip

EVERYONE_ALIKE = [
    ("en", "We support each other regardless of one's recovery pathway: abstinence, meds "
     "(methadone, bupe), harm reduction, all of it.", "friendly"),
    ("es", "Cualquier persona que quiera dejar de consumir puede ser miembro, "
     "independientemente de si toma metadona o buprenorfina.", "friendly"),
    ("es", "Independientemente de si tomas metadona, no puedes coordinar.", "restricted"),
    ("en", "Being on Suboxone is no obstacle to sharing or serving.", "friendly"),
    # "unabhängig von" of an organisation is no equality
    ("de", "Das Meeting findet in der Substitutionsambulanz statt, ist aber unabhängig von der "
     "Ambulanz.", "unknown"),
]  # fmt: skip

HISTORY_IS_NOT_POLICY = [
    ("en", "Started by friends of a member who got shamed out of the rooms over his Suboxone "
     "script. Here people on bupe or methadone sponsor, chair and take tags same as the "
     "rest of us.", "friendly"),
    ("en", "Members on MAT share, chair and sponsor like every other member. After the "
     "region's workshop our group talked about judgment, being ignored, and not finding "
     "opportunities to serve.", "not unfriendly"),
    ("es", "En este grupo hablamos de abstinencia total; los compañeros en mantenimiento "
     "suelen encontrar más afinidad en otras salas.", "unfriendly"),
]  # fmt: skip

TERSE_AND_REGIONAL = [
    ("en", "This group don't do MAT. Quit cold turkey like the rest of us did.", "unfriendly"),
    ("en", "No judgment about your Suboxone! Just don't pick up a tag til you're off it.",
     "restricted"),
    ("en", "MAT members are part of the family here. Group asks that speakers at the speaker "
     "jam be off replacement 1 yr.", "not friendly"),
    ("en", "Those on MAT can share after 9:15 if time allows.", "restricted"),
    ("en", "All are welcome. But if you're still on the subs you're not clean yet.",
     "unfriendly"),
    ("en", "House is abstinence-based - we don't accept maintenance programs.", "unfriendly"),
    ("en", "People on Dolophine or Probuphine are welcome.", "friendly"),
    # a slot done by everybody is a permission for all; an exception after it still limits
    ("en", "MAT? NO PROBLEM - EVERYBODY SHARES, EVERYBODY CELEBRATES.", "friendly"),
    ("en", "Suboxone folks welcome. Everybody shares, except people on methadone.",
     "restricted"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), THE_END_OF_TREATMENT_DEFERS_ATTENDING)
def test_the_end_of_treatment_defers_attending(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), ALTERNATIVES_AND_WHAT_SOME_OF_US_DID)
def test_alternatives_and_what_some_of_us_did(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), MAT_CALLED_USING)
def test_implicit_exclusion_mat_called_using(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), A_ROOM_THAT_DOES_NOT_FIT)
def test_implicit_exclusion_a_room_that_does_not_fit(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), EVERYONE_ALIKE)
def test_pseudo_negation_everyone_alike(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), HISTORY_IS_NOT_POLICY)
def test_history_is_not_policy(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), TERSE_AND_REGIONAL)
def test_terse_and_regional_wording(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
