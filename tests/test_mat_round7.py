"""Round 7 of the MAT tag: constructions ten more writers used, by the issue's kinds.

Each case is a paraphrase of a construction found on a tuning set (tuning16-tuning25)
when it arrived, in every language where the round taught it. The expected status is the
one a careful reader gives the listing alone.
"""

from __future__ import annotations

import pytest

from pipeline.mat.engine import Listing, tag_mat


def status(notes: str, **fields: str) -> str:
    return tag_mat(Listing.from_mapping({"id": "r7", "notes": notes, **fields})).status


WELCOME_WITHOUT_WELCOME_WORD = [
    ("en", "Being on methadone doesn't make you any less clean in this room."),
    ("en", "Members in medication-assisted recovery hold every position in this group."),
    ("en", "Participation of members on MAT: full."),
    ("en", "Motion to restrict chairing to members not on MAT failed 1-13."),
    ("es", "Estar en tratamiento sustitutivo no te quita el derecho a compartir ni a servir."),
    ("es", "Participación de miembros en TAM: plena."),
    ("es", "La propuesta de no entregar llaveros a compañeros en TAM no prosperó."),
    ("fr", "Participation des membres sous TSO : entière."),
    ("fr", "Ici, pas de différence entre un membre sous méthadone et les autres."),
    ("de", "Substitution ist bei uns kein Hindernis für Dienste oder Sponsorschaft."),
    ("de", "Wer mit Buprenorphin unterwegs ist, ist in dieser Gruppe genau richtig."),
]
PSEUDO_NEGATIONS = [
    ("en", "Is Vivitrol or Sublocade a problem here? Nope."),
    ("en", "Does being on MOUD change my clean date here? No."),
    ("en", "Nobody gets sent away from this meeting because of their medication."),
    ("es", "Con metadona o sin ella, esta reunión también es tuya."),
    ("es", "Este grupo no hace ninguna distinción entre quien toma metadona y los demás."),
    ("es", "Ni la metadona ni la buprenorfina son motivo para que nadie deje de compartir."),
    ("fr", "Que tu prennes ou non un traitement de substitution, tu fais partie du groupe."),
    ("fr", "Q : Le Subutex, ça compte comme une rechute ici ? R : Non."),
    ("de", "Ob mit oder ohne Substitution - bei uns macht das keinen Unterschied."),
]
LIMITS = [
    # welcome then a limit the rules did not know, in every language
    ("en", "You may share on MAT but please dont introduce yourself as clean yet.", "restricted"),
    ("en", "People on methadone are welcome. However, the keytag table waits.", "restricted"),
    (
        "es",
        "Bienvenidos todos. Lo único: la coordinación la llevan compañeros que ya "
        "terminaron su tratamiento.",
        "restricted",
    ),
    (
        "fr",
        "Les personnes sous buprénorphine sont les bienvenues. Les postes de service, "
        "eux, attendront la fin du sevrage.",
        "restricted",
    ),
    (
        "de",
        "Alle sind willkommen. Die Meetingleitung übernehmen allerdings nur Mitglieder "
        "ohne Substitutionsmittel.",
        "restricted",
    ),
    # clean time in other word orders
    (
        "en",
        "Medallions are awarded for abstinence from all substances. MAT time doesn't qualify.",
        "restricted",
    ),
    ("es", "Los compañeros que están en metadona no reciben llaveros.", "restricted"),
    (
        "fr",
        "Pour les membres sous TSO, le temps d'abstinence ne compte qu'à partir de "
        "l'arrêt du traitement.",
        "restricted",
    ),
    ("de", "Die Lesungen übernehmen nur Mitglieder ohne Erhaltungsmedikation.", "restricted"),
]
EXCLUSIONS = [
    ("en", "Those still on maintenance may feel more at home somewhere other than this meeting."),
    (
        "en",
        "Methadone Anonymous meets across the street; that's the meeting for maintenance "
        "patients - this one isn't.",
    ),
    ("es", "REUNION CERRADA A PERSONAS EN TRATAMIENTO DE SUSTITUCION"),
    ("es", "Para este grupo, estar en metadona sigue siendo consumir."),
    ("fr", "Reviens nous voir une fois ton sevrage de la méthadone terminé."),
    ("de", "Unser Meeting ist nicht der richtige Ort für Leute, die noch am Methadon hängen."),
]
NOT_ABOUT_THIS_MEETING = [
    ("en", "Our district helped start the MAT-friendly CA meeting in Lakewood (Mondays)."),
    (
        "en",
        "Someone asked whether people on Vivitrol are welcome. We'll take it up at the "
        "next group conscience.",
    ),
    ("es", "Varios compañeros en metadona han preguntado si pueden recibir llaveros."),
    ("en", "Meeting format sheet is on the MAT by the door."),
]


@pytest.mark.parametrize(("lang", "notes"), WELCOME_WITHOUT_WELCOME_WORD)
def test_welcomes_without_a_welcome_word_are_read(lang: str, notes: str) -> None:
    assert status(notes) == "friendly", (lang, notes)


@pytest.mark.parametrize(("lang", "notes"), PSEUDO_NEGATIONS)
def test_pseudo_negations_welcome(lang: str, notes: str) -> None:
    assert status(notes) == "friendly", (lang, notes)


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITS)
def test_limits_in_other_constructions_restrict(lang: str, notes: str, expected: str) -> None:
    assert status(notes) == expected, (lang, notes)


@pytest.mark.parametrize(("lang", "notes"), EXCLUSIONS)
def test_exclusions_without_a_denial_word(lang: str, notes: str) -> None:
    assert status(notes) == "unfriendly", (lang, notes)


@pytest.mark.parametrize(("lang", "notes"), NOT_ABOUT_THIS_MEETING)
def test_other_meetings_and_reported_questions_say_nothing_of_this_one(
    lang: str, notes: str
) -> None:
    assert status(notes) == "unknown", (lang, notes)


def test_a_fellowship_named_in_the_meeting_name_is_its_own() -> None:
    notes = "Réunion d'entraide de Méthadone Anonymes, jeudi 18 h, salle 2."
    assert status(notes, name="Groupe Méthadone Anonymes de Marseille") == "friendly"
    mara = "Reunión de Medication-Assisted Recovery Anonymous (MARA) en español, solo en línea."
    assert status(mara, name="Grupo MARA Nueva Vida") == "friendly"


def test_a_contrast_after_a_welcome_reaches_a_reviewer() -> None:
    decision = tag_mat(
        Listing.from_mapping(
            {"id": "r7", "notes": "MAT welcome. But please talk to the secretary first."}
        )
    )
    assert decision.status != "friendly"
    assert decision.needs_review
    assert any("condition/but" in e for e in decision.evidence)


@pytest.mark.parametrize(
    "notes",
    [
        "Those on methadone may share after the meeting.",
        "Bienvenidos los compañeros con metadona; pueden compartir después de la reunión.",
        "Les personnes sous méthadone peuvent partager après la réunion.",
        "People on MAT are welcome here! Keytags on the last Friday: we celebrate clean time "
        "from the drug-free date.",
    ],
)
def test_sharing_outside_the_meeting_and_drug_free_dates_are_limits(notes: str) -> None:
    assert status(notes) == "restricted", notes


def test_a_topic_list_naming_medication_carries_to_nobody() -> None:
    notes = "This month's topics: honesty, willingness and medication. Everyone may share."
    assert status(notes) == "unknown"
