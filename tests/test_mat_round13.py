"""Rounds 13 and 14 of the MAT tag: long formats, FAQs and short restrictions (tuning89-100).

Each case paraphrases a construction met on a tuning set when it arrived, in the languages
where the round taught it; the expected status is the one a careful reader gives the
listing alone. The structural cases (a question answered "no", an ellipsis inside
brackets, a dash after a bare list of medications, a dashed aside) are read by
`frame.py`; the rest are rows of the vocabularies in `lexicon.py`, `guard.py` and
`scope.py`.
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status

# --- how sentences are read: answers, brackets, dashes ------------------------------------
STRUCTURE = [
    # a question answered "no" takes back its own conditions with the rest of it
    ("en", "Q: Will the group make me quit my Suboxone before I can pick up a keytag? A: No. "
     "Q: Are people on methadone treated differently? A: No.", "friendly"),
    # an ellipsis just inside a bracket ends no sentence
    ("fr", "Les membres sous traitement (méthadone, buprénorphine...) sont accueillis à bras "
     "ouverts.", "friendly"),
    # what follows a dash after a bare list of medications is said of the people taking them
    ("en", "Methadone, bupe, Sublocade - same chairs, same chips as everybody.", "friendly"),
    # a dashed aside between the verb and the people it speaks of
    ("en", "Nobody is sent away - or asked to sit quietly - for being on MOUD.", "friendly"),
    # another fellowship's meeting in the same room is not this meeting's own
    ("en", "A MARA meeting uses this room before us on Fridays; our NA meeting starts at 8.",
     "unknown"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), STRUCTURE)
def test_sentence_structure_of_round_13(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


# --- format lines that limit nobody, next to a welcome ------------------------------------
FORMATS = [
    ("en", "People on methadone or buprenorphine are welcome here. Please share once until "
     "everyone who wants to has had a chance."),
    ("fr", "Les personnes sous méthadone sont les bienvenues. Trésorerie : réserve prudente de "
     "trois mois de loyer."),
    ("en", "Members on MAT are welcome. This is an open meeting; visitors may sit in, and we "
     "ask them to let the addicts share."),
    ("es", "Damos la bienvenida a quienes toman metadona. ¿Tengo que hablar? No, puedes solo "
     "escuchar."),
    ("de", "Substituierte sind willkommen. Muss ich etwas sagen? Nein, zuhören reicht völlig."),
    ("es", "Quien toma buprenorfina es miembro de pleno derecho. Requisitos de servicio: 30 "
     "días para el café, un año para tesorero."),
    ("es", "Si tomas medicación recetada para los opioides eres bienvenido, sin letra chica."),
    ("de", "Substituierte sind bei uns vollwertige Mitglieder und können jeden Dienst "
     "übernehmen, vom Kaffeekochen bis zum Gruppensprecher."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes"), FORMATS)
def test_format_lines_are_no_limits(lang: str, notes: str) -> None:
    assert_status(notes, "friendly", lang)


# --- welcomes and equal footing in the round's words --------------------------------------
WELCOMES = [
    ("de", "Hier sitzen Substituierte und Cleane mit denselben Rechten am Tisch."),
    ("es", "Las personas en PMM forman parte plena del grupo."),
    ("fr", "Être sous TSO n'enlève rien ici : tout est ouvert."),
    ("de", "Bei uns wird niemand wegen einer Substitution nach Hause geschickt."),
    ("es", "ACEPTAMOS CON GUSTO A LOS COMPAÑEROS EN METADONA."),
    ("de", "Eine Behandlung mit Buprenorphin ist bei uns ausdrücklich erwünscht."),
    ("en", "Methadone patients have chaired this group since it started."),
    ("de", "Wer Naltrexon nimmt, ist bei uns ein ganz normales Mitglied."),
    ("es", "Tampoco hacemos distinción entre compañeros con o sin metadona."),
    ("fr", "Votre date d'abstinence ne dépend pas de votre ordonnance de méthadone."),
    ("de", "Gezählt wird ab dem letzten nicht verordneten Konsum, auch bei Substitution."),
    ("es", "bienvenid@s tod@s, también con suboxone"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes"), WELCOMES)
def test_welcomes_of_round_13(lang: str, notes: str) -> None:
    assert_status(notes, "friendly", lang)


# --- limits and exclusions in fewer words --------------------------------------------------
LIMITS = [
    ("en", "no sharing while on replacement", "restricted"),
    ("fr", "PAS DE PARTAGE SOUS MÉTHADONE", "restricted"),
    ("de", "Teilen nur für Nicht-Substituierte.", "restricted"),
    ("es", "Quienes están en tratamiento de sustitución no ocupan cargos de servicio.",
     "restricted"),
    ("en", "Time on medication-assisted treatment is celebrated privately, not at the podium.",
     "restricted"),
    ("de", "Für den Chair braucht es ein Jahr Trockenheit; Zeit unter Substitution zählt dabei "
     "nicht.", "restricted"),
    ("en", "Anniversary counts don't include days on buprenorphine.", "restricted"),
    ("en", "Chips are celebrated from the day you stopped everything, methadone included.",
     "restricted"),
    ("fr", "Les périodes sous méthadone ne sont pas comptabilisées pour les porte-clés.",
     "restricted"),
    ("en", "If you take Suboxone, your participation is listening.", "restricted"),
    ("es", "Quien esté con metadona celebrará su aniversario cuando termine el tratamiento.",
     "restricted"),
    ("en", "(Closed to people on methadone maintenance.)", "unfriendly"),
    ("en", "Recovery begins when the methadone stops.", "unfriendly"),
    ("en", "Substitution is substitution; those still on it find this isn't their room yet.",
     "unfriendly"),
    ("es", "Para personas en metadona hay otro grupo los martes; asistan allí y no a esta "
     "reunión.", "unfriendly"),
    ("es", "Nuestras reuniones son para quienes ya no usan nada, tampoco sustitutos.",
     "unfriendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITS)
def test_limits_of_round_13(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


# --- logistics near a clinic limit nobody ----------------------------------------------------
LOGISTICS = [
    ("en", "Held in the lobby of the opioid treatment program; the dosing window closes at "
     "11 so parking frees up after that."),
    ("es", "La reunión es en el CAD, junto a la dispensación de metadona; a partir de las 19 h "
     "la puerta principal está cerrada."),
    ("en", "Methadone Anonymous meets in this room right after us, so please clear out on "
     "time."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes"), LOGISTICS)
def test_logistics_near_a_clinic_state_no_policy(lang: str, notes: str) -> None:
    assert_status(notes, "unknown", lang)


# --- round 14 (tuning97-tuning100): the same kinds in the next writers' words -------------
ROUND_14 = [
    ("en", "Use the side door off Elm St. Members on methadone are treated like every other "
     "member.", "friendly"),
    ("es", "Tienes silla y voz en este grupo aunque estés con metadona.", "friendly"),
    ("en", "Your clean date is yours. Methadone doesn't reset it.", "friendly"),
    ("en", "Members whose recovery is assisted by medication chair, share and mentor here.",
     "friendly"),
    ("de", "Wer mit Hilfe von Methadon genest, moderiert und teilt hier.", "friendly"),
    ("en", "People on MAT welcome. Service terms are six months; elections every six months.",
     "friendly"),
    ("en", "Methadone days don't go in the count here.", "restricted"),
    ("fr", "Le temps sous méthadone n'est pas compté pour les porte-clés.", "restricted"),
    ("es", "Compañeros en metadona: no se les entregarán llaveros mientras sigan en "
     "tratamiento.", "restricted"),
    ("de", "Die Autonomie der Gruppe rechtfertigt nicht, dass Substituierte ein Meeting "
     "leiten.", "restricted"),
    ("en", "On Suboxone? You'd probably be more comfortable at a medication-assisted recovery "
     "group.", "unfriendly"),
    ("en", "Participants on opioid maintenance will be removed from the room.", "unfriendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), ROUND_14)
def test_constructions_of_round_14(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
