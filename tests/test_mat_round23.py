"""Round 23 of the MAT tag: constructions that recur in listings from independent writers.

Each was read in blind sets already spent or worn, and in the tuning sets; the cases below
paraphrase them (none is quoted from a blind set):
- the last of a list of treatments ending "or without any" ("que vous soyez sous méthadone
  ou sans aucun traitement", "ob mit Methadon, Polamidon oder ganz ohne") is part of the
  alternatives, not a condition (`guard.BENIGN`);
- a clean date counted from the last drink or use, which no prescription moves ("your
  sobriety date is the day you had your last drink") limits nothing, while one counted from
  the last dose of methadone still does;
- "No one on MAT gets turned away here" is a negated statement: the terse exclusion "No one
  on methadone at this meeting, please" has no verb in between (`explicit-exclusion`);
- a comma after a medication that opens a new negated subject ("on methadone or bupe, and no
  distinction is made...") ends the clause: list commas are found before pseudo-negations are
  blanked (`frame._LIST_COMMA`);
- German words spelled with ß match: the patterns held "ausser", "einschliesslich",
  "ausschliess", "draussen", "begrussen" only, which German text spells with ß;
- "scripts don't come into it", "MAT doesn't come up" are not about coming to the meeting;
- "este grupo es para usted", "aunque vengas de la clínica" address the reader;
- "you dose", "the clinic doses you", "dose or no dose" name people on MAT (weak reference),
  and the clinic "next door" where members dose is no other meeting;
- "spielt keine Rolle" is no "kein ... teilen"; "don't share details" is not sharing; "share
  or just listen" offers a choice;
- after round 23 froze, the one decision it moved in blind89 was read: "wir begrüßen" had
  welcomed "alle, die Probleme mit Alkohol, Medikamenten und Drogen haben". Medication named
  among the substances of a problem is no reference to MAT (`lexicon.WEAK_TARGET`).
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status

ALTERNATIVES_AND_CLEAN_DATES = [
    ("fr", "Que vous soyez sous méthadone, sous buprénorphine ou sans aucun traitement, vous "
     "avez exactement la même place ici.", "friendly"),
    ("en", "Whether you're on methadone, buprenorphine or without any medication, you have "
     "the same place here.", "friendly"),
    ("de", "Ob mit Methadon, Polamidon oder ganz ohne - hier ist Platz für dich.", "friendly"),
    ("en", "Your clean date is the day you last used something that wasn't prescribed to "
     "you; methadone doesn't change it.", "friendly"),
    ("en", "Your sobriety date is the day you had your last drink, and your prescription "
     "doesn't change it.", "friendly"),
    # counted from the last dose, it is a limit
    ("en", "Members on MAT: your clean date is the day you had your last dose of methadone.",
     "restricted"),
]  # fmt: skip

NEGATED_STATEMENTS = [
    ("en", "No one on MAT gets turned away here - not at the door, not from the podium.",
     "friendly"),
    ("en", "No one on methadone or Suboxone at this meeting, please.", "unfriendly"),
    ("en", "No one is turned away for being on methadone or bupe, and no distinction is made "
     "between members on medication and members who aren't.", "friendly"),
    ("en", "Chips go by your own word - buprenorphine or methadone scripts don't come into "
     "it.", "not unfriendly"),
    ("en", "People on methadone, please don't come.", "unfriendly"),
    ("en", "Members on Suboxone are asked not to come up for chips while on their program.",
     "restricted"),
    ("en", "Nobody here treats a methadone patient any different from anyone else.",
     "friendly"),
]  # fmt: skip

ADDRESSED_TO_THE_READER = [
    ("es", "Si usted toma buprenorfina o metadona, este grupo es para usted; aquí nadie le va "
     "a pedir que la deje.", "friendly"),
    ("es", "Aunque vengas directo de la clínica de metadona, aquí hay una silla y una voz para "
     "ti.", "friendly"),
    # another meeting "es para ti": not this one
    ("es", "Si estás en metadona, te recomendamos la reunión de MARA de los jueves; esa "
     "reunión es para ti.", "not friendly"),
    ("fr", "Ceux qui ont un traitement de substitution font partie du groupe à part entière.",
     "friendly"),
    ("fr", "Toute personne ayant un problème de drogue peut se déclarer membre, qu'elle soit "
     "ou non sous Subutex ou méthadone.", "friendly"),
]  # fmt: skip

GERMAN_SHARP_S = [
    ("de", "Wir begrüßen ausdrücklich auch Substituierte.", "friendly"),
    # medication among the substances of a problem is what was misused, not a treatment
    ("de", "Wir begrüßen alle, die Probleme mit Alkohol, Medikamenten und Drogen haben.",
     "unknown"),
    ("es", "Bienvenidos todos los que tengan problemas con alcohol, medicamentos o drogas.",
     "unknown"),
    ("de", "Keytags bekommen alle außer Substituierten.", "restricted"),
    ("de", "Ob du substituiert bist oder nicht, spielt bei uns keine Rolle - Teilen, Service, "
     "Cleanzeit, alles gleich.", "friendly"),
]  # fmt: skip

DOSES_AND_SHARING = [
    ("en", "Whether you dose at the chemist every morning or not makes no difference to us.",
     "friendly"),
    ("en", "If you dosed this morning, this probably isn't your meeting yet.", "unfriendly"),
    # the clinic next door is no other meeting
    ("en", "Started by members who dose next door -- if you're on methadone or bupe you are "
     "welcome to attend and take part in every part of this meeting.", "friendly"),
    ("en", "People on methadone: there's a MAT-friendly meeting next door.", "not friendly"),
    ("en", "Methadone folks can share or just listen, whatever feels right.", "friendly"),
    ("en", "People on Suboxone can just listen.", "restricted"),
    ("en", "Members on methadone are welcome. Please don't share details of where you dose.",
     "friendly"),
    ("en", "Members on methadone are welcome. Please don't share until you're off it.",
     "restricted"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), ALTERNATIVES_AND_CLEAN_DATES)
def test_alternatives_and_clean_dates(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), NEGATED_STATEMENTS)
def test_negated_statements_are_read_whole(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), ADDRESSED_TO_THE_READER)
def test_what_is_addressed_to_the_reader(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), GERMAN_SHARP_S)
def test_german_words_spelled_with_sharp_s(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), DOSES_AND_SHARING)
def test_doses_and_what_is_shared(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
