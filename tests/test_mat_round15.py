"""Rounds 15 and 16 of the MAT tag: long formats pasted into the notes (tuning101-112).

Each case paraphrases a construction met on a tuning set when it arrived, in the languages
where the round taught it; the expected status is the one a careful reader gives the
listing alone. The structural cases are read by `frame.py` and `engine.py` (a limit that
names nobody must set somebody apart or follow a sentence naming MAT; a service
requirement that names no drug binds every member alike; a pseudo-negation's own "no" is
spent before an equality; a hyphen prefix negates nothing); the rest are rows of the
vocabularies in `lexicon.py`, `guard.py` and `scope.py`.
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status

_FORMAT = (
    "Doors open 20 minutes before start. Once the chair taps the table we take our seats. "
    "The Preamble is read (a fellowship sharing experience, strength and hope; our primary "
    "purpose to stay sober), then we ask a volunteer to read How It Works. "
    "Anonymity and confidentiality are basic requirements; what is shared in the group stays "
    "in the group. "
)

# --- format lines far from the welcome set nobody apart ---------------------------------
FORMATS = [
    ("en", _FORMAT + "People on methadone or buprenorphine are welcome here, same as anyone.",
     "friendly"),
    ("en", "Members on Suboxone are welcome. " + _FORMAT + "Keytags near the end of the hour: "
     "white for anybody new, orange for 30 days, green 60.", "friendly"),
    ("es", "Eres bienvenido con tu metadona. Formato: lecturas, tema y ronda. Pedimos hablar en "
     "primera persona y no dar consejos.", "friendly"),
    # the same format with a limit that sets somebody apart is never a friendly
    ("en", "Members on Suboxone are welcome. " + _FORMAT + "Readers and chairpersons need to be "
     "drug-free.", "not friendly"),
    # and a limit right after the welcome needs no qualifier: it speaks of them
    ("es", "Todos son bienvenidos, también quienes están en metadona. Pedimos que compartan "
     "solo al final de la reunión.", "restricted"),
    ("fr", "Bienvenue aux personnes sous substitution. Merci toutefois de ne pas animer la "
     "réunion tant que le traitement dure.", "restricted"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), FORMATS)
def test_long_formats_of_round_15(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


# --- requirements that bind everyone, and those that name the drug ------------------------
REQUIREMENTS = [
    ("en", "People on MAT are welcome here. Open position: secretary, 6 months clean, "
     "one-year commitment.", "friendly"),
    ("en", "Men only. Chairing this meeting: 6 months sobriety, no opioid agonist medication. "
     "GSR: 1 year, same conditions.", "restricted"),
    ("de", "Chair und Sekretär: nicht substituiert (Gruppengewissen 2023).", "restricted"),
    ("en", "Speakers at this meeting are completely abstinent, maintenance medication "
     "included; people on MAT can join the discussion that follows.", "restricted"),
    ("en", "Time on methadone, bupe or any other drug replacement doesn't count toward "
     "keytags.", "restricted"),
    ("fr", "Le temps passé sous Subutex ou méthadone n'est pas compté.", "restricted"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), REQUIREMENTS)
def test_requirements_of_round_15(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


# --- welcomes, pseudo-negations and exclusions of round 15 --------------------------------
PHRASES = [
    ("en", "people on mat are welcome here come as you are", "friendly"),
    ("es", "Metadona, buprenorfina: acá nadie te mira distinto y tu voz vale lo mismo en la "
     "ronda.", "friendly"),
    ("en", "Patients and non-patients in medication-assisted treatment are welcome.",
     "friendly"),
    ("en", "It's never been a problem here if you're on methadone or bupe; no restrictions on "
     "sharing, chairing or chips.", "friendly"),
    ("fr", "Personnes sous TAO bienvenues : nous refusons l'idée qu'il s'agirait de « remplacer "
     "une drogue par une autre ».", "friendly"),
    ("de", "Wir akzeptieren jede Entscheidung, mit oder ohne Drogen bzw. Substitut leben zu "
     "wollen.", "friendly"),
    ("de", "Niemand wird wegen Methadon, Polamidon oder Subutex weggeschickt.", "friendly"),
    ("en", "in this group a clean date on Suboxone is a clean date. keytags for everybody.",
     "friendly"),
    ("es", "Tu fecha de sobriedad cuenta aunque tomes naltrexona o Suboxone.", "friendly"),
    ("en", "Share, chair, sponsor, run for GSR - all of it is open to you on buprenorphine or "
     "methadone.", "friendly"),
    ("en", "This group isn't set up for people in maintenance treatment.", "unfriendly"),
    ("es", "Esta reunión no es para pacientes de metadona.", "unfriendly"),
    ("de", "Komm wieder, wenn du abdosiert hast - wir sind dann noch da.", "unfriendly"),
    ("en", "We don't do half measures; swapping one opioid for another isn't what we mean by "
     "clean.", "unfriendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), PHRASES)
def test_phrases_of_round_15(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


# --- other meetings, pending decisions, a workplace ---------------------------------------
NOT_THIS_MEETING = [
    ("en", "Sunday's MAT-friendly mtg (Hope Group) moved to 2pm. This listing is the Mon Big "
     "Book."),
    ("en", "Several of us carpool to the Brushy Mountain group in Wilkesboro, which is known "
     "around here for being MAT-friendly."),
    ("en", "Whether members on methadone can share at this meeting is on the agenda for the "
     "March group conscience."),
    ("en", "This month's speaker works at an opioid treatment program and will share her "
     "story."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes"), NOT_THIS_MEETING)
def test_what_is_not_this_meetings_policy(lang: str, notes: str) -> None:
    assert_status(notes, "unknown", lang)


# --- round 16: long NA/CA, AA/SMART, es/fr/de and clinic formats (tuning109-112) -----------
ROUND_16 = [
    ("de", "Anhänger werden an Substituierte nicht vergeben.", "restricted"),
    ("fr", "Les personnes sous substitution se sentent en général mieux accueillies dans les "
     "groupes d'entraide qui leur sont destinés.", "unfriendly"),
    ("es", "Aquí puedes hablar con honestidad de tu tratamiento y de tu vida sin tener que "
     "esconder nada.", "friendly"),
    ("de", "Mitglieder in Substitution haben Stimmrecht im Gruppengewissen und können zur "
     "Kassenwartin gewählt werden.", "friendly"),
    ("fr", "Sous méthadone, sous Subutex, sans rien du tout : ça ne change rien à la place "
     "qu'on te fait.", "friendly"),
    ("en", "We never ask anyone to pass on sharing because of a prescription - methadone and "
     "buprenorphine included.", "friendly"),
    ("es", "Las personas que reciben metadona leen las lecturas, reparten los llaveros y moderan "
     "cuando les toca.", "friendly"),
    ("en", "Members on MAT are welcome. CA chips after the break: newcomer chip first, then 30, "
     "60 and 90 days, 6 and 9 months.", "friendly"),
    # a service requirement that names the drug stays a limit in a long format
    ("en", "Members on MAT are welcome. " + _FORMAT + "GSR: one year clean, no maintenance "
     "medication.", "not friendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), ROUND_16)
def test_phrases_of_round_16(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
