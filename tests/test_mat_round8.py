"""Round 8 of the MAT tag: the structures it added and constructions new writers used.

Each case paraphrases a construction found on a tuning set (tuning38-tuning52) when it
arrived, in the languages where the round taught it. The expected status is the one a
careful reader gives the listing alone. Structures first (the end-of-treatment check, a
permission voted down, questions the group put to itself, quotations of other sources,
contractions typed without an apostrophe), then the issue's kinds.
"""

from __future__ import annotations

import pytest

from pipeline.mat import engine
from pipeline.mat.completion import find_completion
from pipeline.mat.engine import Listing, tag_mat
from pipeline.mat.lexicon import restore_apostrophes
from pipeline.mat.motions import find_permission_voted_down


def decide(notes: str, **fields: str) -> engine.MatDecision:
    return tag_mat(Listing.from_mapping({"id": "r8", "notes": notes, **fields}))


def status(notes: str, **fields: str) -> str:
    return decide(notes, **fields).status


# --- a welcome beside a limit tied to the end of treatment: never friendly ---------------

END_OF_TREATMENT = [
    (
        "en",
        "People on MAT are welcome! Cake and keytags on the last Friday: we celebrate "
        "clean time from the drug-free date.",
        "restricted",
    ),
    (
        "en",
        "People on MAT are welcome to attend and share; chairing is left to members who "
        "are medication-free.",
        "restricted",
    ),
    (
        "es",
        "Bienvenidos también los compañeros con buprenorfina. Los llaveros se entregan "
        "únicamente por tiempo limpio sin ningún fármaco sustitutivo.",
        "restricted",
    ),
    (
        "es",
        "Si estás en programa de metadona, tu presencia es bienvenida; los llaveros se "
        "cuentan desde el final del programa.",
        "restricted",
    ),
    (
        "fr",
        "Les membres sous TSO sont invités à partager ; ils recevront leur jeton une fois "
        "le traitement arrêté.",
        "restricted",
    ),
    (
        "de",
        "Herzlich willkommen, auch mit Substitution! Die Meetingleitung übernehmen "
        "Mitglieder, die ihre Substitution abgeschlossen haben.",
        "restricted",
    ),
    (
        "fr",
        "Vous êtes les bienvenus sous traitement ; nous serions ravis que vous preniez un "
        "service une fois votre traitement terminé.",
        "restricted",
    ),
]


@pytest.mark.parametrize(("lang", "notes", "expected"), END_OF_TREATMENT)
def test_a_welcome_beside_the_end_of_treatment_is_not_friendly(
    lang: str, notes: str, expected: str
) -> None:
    decision = decide(notes)
    assert decision.status == expected, (lang, decision)
    assert decision.needs_review


WAIVED_END_OF_TREATMENT = [
    "Nobody here will ask you to come off your meds to be 'really clean'.",
    "Te esperamos con o sin metadona y tu tiempo limpio vale lo mismo.",
    "Zwischen Mitgliedern mit und ohne Substitution machen wir keinen Unterschied.",
    "Do I have to be off Suboxone to come? No. Come as you are.",
    "Some of us have tapered off, others never will: everyone shares and chairs.",
]


@pytest.mark.parametrize("notes", WAIVED_END_OF_TREATMENT)
def test_end_of_treatment_words_under_a_negation_or_a_pathway_list_limit_nothing(
    notes: str,
) -> None:
    assert find_completion([("notes", notes)]) is None


def test_the_end_of_treatment_check_names_its_rule_and_sentence() -> None:
    decision = decide(
        "People on MAT are welcome to attend and share; chairing is left to members who "
        "are medication-free."
    )
    assert decision.status == "restricted"
    assert decision.evidence[0] == (
        'notes:service=limited:completion-slot-limit:"chairing is left to members who are '
        'medication-free"'
    )
    assert decision.decided_by == "unread"
    assert decision.needs_review


def test_the_meetings_own_mara_fellowship_is_never_demoted_by_it() -> None:
    decision = decide(
        "Medication-Assisted Recovery Anonymous. Tapering off methadone is your business.",
        fellowship="MARA",
    )
    assert decision.status in {"friendly", "unknown"}
    assert not any("completion" in e for e in decision.evidence)


# --- a permission voted down in minutes ---------------------------------------------------

MINUTES = [
    ("de", "Antrag: Substituierte dürfen als Kassierer dienen. Abgelehnt 2:9.", "restricted"),
    (
        "es",
        "Moción: permitir que compañeros en TAM coordinen la reunión. Rechazada 4-9.",
        "restricted",
    ),
    ("en", "Motion: members on methadone may chair. Failed 3-10.", "restricted"),
]


@pytest.mark.parametrize(("lang", "notes", "expected"), MINUTES)
def test_a_permission_voted_down_is_a_limit(lang: str, notes: str, expected: str) -> None:
    assert status(notes) == expected, lang


def test_minutes_name_the_motion_and_its_outcome() -> None:
    decision = decide("Antrag: Substituierte dürfen als Kassierer dienen. Abgelehnt 2:9.")
    assert decision.evidence[0] == (
        'notes:service=limited:permission-voted-down:"Antrag: Substituierte dürfen als '
        'Kassierer dienen. Abgelehnt"'
    )


def test_a_limit_voted_down_is_no_permission_voted_down() -> None:
    notes = "Motion: members on methadone may not chair. Failed 3-10."
    assert find_permission_voted_down([("notes", notes)]) is None


# --- what the group has not decided, and what others wrote ------------------------------

NOT_THIS_MEETINGS_WORD = [
    "A group conscience on whether members on MAT can share is scheduled for next month.",
    "We got an email asking whether people on Suboxone can chair. The group will discuss it.",
    "Una compañera preguntó si las personas con Suboxone pueden compartir en esta reunión.",
    'Pasted from the intergroup newsletter: "A new MARA meeting starts Wednesdays. All on '
    'medication welcome!"',
    "Copiado de la web del área: 'Las reuniones marcadas con TAM dan la bienvenida a "
    "personas en tratamiento asistido.' Esta reunión no lleva ninguna marca.",
]


@pytest.mark.parametrize("notes", NOT_THIS_MEETINGS_WORD)
def test_pending_questions_and_quoted_sources_welcome_nobody_here(notes: str) -> None:
    assert status(notes) != "friendly"


def test_an_answered_question_still_welcomes() -> None:
    assert status("Wondering if you can come while on Suboxone? Yes.") == "friendly"


# --- contractions typed without an apostrophe, emoji, text-speak -------------------------


def test_contractions_without_an_apostrophe_are_restored_but_french_dont_is_kept() -> None:
    assert restore_apostrophes("MAT isnt recovery") == "MAT isn't recovery"
    assert restore_apostrophes("u just cant chair") == "u just can't chair"
    assert restore_apostrophes("please dont pick up a chip") == "please don't pick up a chip"
    assert restore_apostrophes("dont l'abstinence") == "dont l'abstinence"


TYPED = [
    ("en", "MAT isnt recovery its trading one drug for another.", "unfriendly"),
    ("en", "we're MAT friendly!!! (u just cant chair or sponsor, grp conscience 5/24)",
     "restricted"),
    ("es", "chips/fichas ❌ para los q estan en la clinica (MAT). share ✅", "restricted"),
    ("en", "does it matter if ur on subs? nope.", "friendly"),
    ("fr", "Postes de service ouverts aux membres dont l'abstinence ne comprend pas de "
     "période sous méthadone ou buprénorphine", "restricted"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), TYPED)
def test_how_people_type(lang: str, notes: str, expected: str) -> None:
    assert status(notes) == expected, lang


# --- the kinds, in the languages the round taught --------------------------------

FRIENDLY = [
    ("en", "MAT restrictions: none."),
    ("en", "We don't treat members on OAT any differently: not in sharing, not in service."),
    ("en", "Members on MAT hold our secretary and treasurer positions at this time."),
    ("en", "Methadone, buprenorphine, naltrexone: none of it limits your participation."),
    ("en", "No one in this group will question your prescription, count your milligrams, "
     "or ask you to reset your date because of methadone."),
    ("es", "TAM/MOUD: bienvenida total, sin limitaciones."),
    ("es", "Estar en el PMM no le quita a nadie ni la palabra ni el servicio."),
    ("es", "Compañeros con Suboxone han sido secretarios y tesoreros de este grupo."),
    ("fr", "Méthadone, buprénorphine : jamais un motif pour limiter la parole ou le service."),
    ("fr", "Les membres sous TSO occupent toutes les fonctions de service aux mêmes "
     "conditions que chacun."),
    ("de", "Einschränkungen für Substituierte: keine."),
    ("de", "Substitution ist kein Grund, jemandem das Wort oder einen Dienst zu verwehren."),
    ("de", "Gezählt wird die Cleanzeit ab dem letzten Konsum, nicht ab der letzten "
     "Methadon-Dosis."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes"), FRIENDLY)
def test_welcomes_and_pseudo_negations_of_round_8(lang: str, notes: str) -> None:
    assert status(notes) == "friendly", lang


LIMITED = [
    ("en", "Members on MAT may share in the second half of the meeting.", "restricted"),
    ("en", "Medallions are celebrated from your last use of anything, maintenance meds "
     "included.", "restricted"),
    ("es", "Los compañeros en tratamiento de sustitución participan de la reunión; del "
     "servicio, no.", "restricted"),
    ("es", "Las fichas de sobriedad no se entregan a quien esté en tratamiento de "
     "sustitución; puede asistir y compartir.", "restricted"),
    ("es", "Quien esté con buprenorfina puede compartir un máximo de tres minutos.",
     "restricted"),
    ("es", "Reunión cerrada: solo para quienes están totalmente libres de sustancias, sin "
     "excepción para la metadona.", "unfriendly"),
    ("fr", "Une main tendue à chaque dépendant. Le groupe considère le traitement de "
     "substitution comme une consommation.", "unfriendly"),
    ("de", "Keine Redebeiträge von Substituierten in diesem Meeting.", "restricted"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITED)
def test_limits_of_round_8(lang: str, notes: str, expected: str) -> None:
    assert status(notes) == expected, lang


def test_a_slot_held_by_those_not_on_a_prescribed_opioid_is_never_friendly() -> None:
    notes = (
        "The basket and the treasury stay in the hands of members who aren't on a "
        "prescribed opioid. Members on methadone take part in the discussion."
    )
    assert status(notes) != "friendly"


def test_engine_clear_caches_forgets_the_listing_level_checks() -> None:
    decide("Bienvenidos con metadona. Los llaveros se cuentan desde el final del programa.")
    engine.clear_caches()
    assert engine._unquoted.cache_info().currsize == 0
    assert restore_apostrophes.cache_info().currsize == 0
