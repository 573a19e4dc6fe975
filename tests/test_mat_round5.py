"""Round 5 of issue 7: constructions taught on tuning5-8, kind by kind and language by
language. Each case is written here (not copied from a tuning set) in the shape the new
rule reads; the rule's table or vocabulary is named in the test."""

from __future__ import annotations

import pytest

from pipeline.mat.engine import Listing, MatDecision, tag_mat


def notes(text: str, fellowship: str = "NA") -> MatDecision:
    return tag_mat(Listing(fellowship=fellowship, notes=text))


@pytest.mark.parametrize(
    "text",
    [
        "If you're on methadone, your clean date is your clean date.",
        "Compañeros con buprenorfina: en este grupo eres uno más.",
        "Ici, les membres sous méthadone sont des membres comme les autres.",
        "Ob substituiert oder nicht, das spielt bei uns keine Rolle.",
    ],
    ids=["en", "es", "fr", "de"],
)
def test_welcome_without_welcome_word_equalities(text: str) -> None:
    """lexicon.EQUALITY_MORE: equalities that never say "welcome"."""
    assert notes(text).status == "friendly", notes(text).evidence


@pytest.mark.parametrize(
    "text",
    [
        "Nobody here will ever be told to sit in the back or stop sharing because of methadone.",
        "Aquí no se rechaza a nadie por estar en tratamiento con metadona.",
        "Niemand wird hier wegen Methadon oder Buprenorphin schief angeschaut oder ausgeschlossen.",
    ],
    ids=["en", "es", "de"],
)
def test_pseudo_negation_a_negated_subject_negates_its_whole_clause(text: str) -> None:
    """scope.SUBJECT_NEGATION: "nobody", "nadie", "niemand" reach the end of the clause."""
    assert notes(text).status != "unfriendly", notes(text).evidence


@pytest.mark.parametrize(
    "text",
    [
        "MAT welcome. Share, chair, sponsor, collect your keytags.",
        "Medication-assisted recovery is recovery. Coordina, recoge tus llaveros, apadrina.",
    ],
    ids=["en", "es"],
)
def test_welcome_then_a_sentence_that_only_lists_slots(text: str) -> None:
    """engine._lists_slots: the list after a welcome is what the welcome opens."""
    assert notes(text).status == "friendly", notes(text).evidence


@pytest.mark.parametrize(
    "text",
    [
        "MAT welcome. Chips counted from last use incl. maintenance meds.",
        "MAT welcome. Sharing is for members with 30 days off all opioids.",
    ],
    ids=["inclusion", "is-for"],
)
def test_welcome_then_restriction_in_a_listed_sentence_is_never_friendly(text: str) -> None:
    assert notes(text).status != "friendly", notes(text).evidence


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("PAS DE MÉTHADONE, PAS DE SUBOXONE DANS CE MEETING.", "unfriendly"),
        ("KEINE SUBSTITUIERTEN IN DIESEM MEETING.", "unfriendly"),
        ("NO SE ADMITE METADONA NI SUBOXONE.", "unfriendly"),
        ("Closed to anyone currently on MAT (methadone, subs, vivitrol).", "unfriendly"),
        ("If you're on methadone, the MA meeting downstairs is a better fit than this one.",
         "unfriendly"),
    ],
    ids=["fr-caps", "de-caps", "es-caps", "en-closed", "en-better-fit"],
)  # fmt: skip
def test_explicit_exclusion_bans_and_closed_doors(text: str, status: str) -> None:
    assert notes(text).status == status, notes(text).evidence


@pytest.mark.parametrize(
    "text",
    [
        "Suboxone is just another drug. Come see us when you've finished your taper.",
        "Estar en metadona sigue siendo consumir. Vuelve cuando termines tu tratamiento.",
        "Substitution ist auch Konsum. Komm wieder, wenn du vom Methadon runter bist.",
    ],
    ids=["en", "es", "de"],
)
def test_implicit_exclusion_come_back_when(text: str) -> None:
    assert notes(text).status == "unfriendly", notes(text).evidence


@pytest.mark.parametrize(
    "text",
    [
        "Reading the preambles is for members with clean time (no MAT).",
        "Mentors are drawn from people with a year free of all substances, methadone included.",
    ],
    ids=["reading", "mentors"],
)
def test_restriction_alone_a_slot_as_the_subject_is_limited_not_denied(text: str) -> None:
    """frame._slot_before: what is denied is the slot the sentence opens on."""
    assert notes(text).status == "restricted", notes(text).evidence


@pytest.mark.parametrize(
    ("fellowship", "text"),
    [
        ("AA", "A Methadone Anonymous group meets in this building Mondays at 6."),
        ("NA", "FYI the Sat 10am group across town calls itself MAT friendly."),
    ],
    ids=["ma-in-building", "across-town"],
)
def test_other_meeting_reference_is_not_this_meetings_welcome(fellowship: str, text: str) -> None:
    assert notes(text, fellowship).status != "friendly", notes(text, fellowship).evidence


@pytest.mark.parametrize(
    "text",
    [
        "Sobriety is counted from your last drink or drug; prescribed MAT doesn't reset the clock.",
        "El tiempo limpio se cuenta desde el último consumo; la metadona no lo reinicia.",
        "Die Cleanzeit zählt ab dem letzten Konsum; die Substitution stellt die Uhr nicht zurück.",
    ],
    ids=["en", "es", "de"],
)
def test_clean_time_from_the_last_use_not_the_last_dose_is_no_limit(text: str) -> None:
    assert notes(text).status != "restricted", notes(text).evidence


@pytest.mark.parametrize(
    "text",
    [
        "Our treasurer has been on methadone for six years.",
        "Nuestra tesorera sigue en su programa de metadona.",
        "Unsere Kassierin ist seit Jahren im Substitutionsprogramm.",
    ],
    ids=["en", "es", "de"],
)
def test_trusted_servants_on_mat(text: str) -> None:
    assert notes(text).status == "friendly", notes(text).evidence


def test_sub_mmt_ok_is_a_welcome_and_a_sandwich_sub_is_not_mat() -> None:
    assert notes("Women only. Sub/MMT OK.").status == "friendly"
    assert notes("Subs and soda after the meeting.").status == "unknown"


def test_logistics_after_a_welcome_limit_nobody() -> None:
    """frame._LOGISTICS: "you" in a sentence about parking is not about people on MAT."""
    text = (
        "We welcome members on medication assisted treatment. Parking behind the church is "
        "free after 7; don't park in the bank lot, they tow."
    )
    assert notes(text).status == "friendly", notes(text).evidence


# --- round 6: constructions taught on tuning13 and tuning14 --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No one on methadone, Suboxone, or any other maintenance drug may attend this meeting.",
        "Nadie en metadona, Suboxone o cualquier otro tratamiento de mantenimiento puede asistir.",
    ],
    ids=["en", "es"],
)
def test_explicit_exclusion_a_negated_subject_reaches_past_a_list_of_medications(
    text: str,
) -> None:
    """scope.SUBJECT_NEGATION is found where the trigger starts ("no" of "no one")."""
    assert notes(text).status == "unfriendly", notes(text).evidence


@pytest.mark.parametrize(
    "text",
    [
        "Can I share if I'm on methadone? Of course. Can I chair? After 30 days, like anybody.",
        "Primera semana o vigésimo año, con TAM o sin él: bienvenidos.",
        "Ici pas de membres de seconde zone : sous méthadone, sous Suboxone ou sans rien.",
    ],
    ids=["en-universal", "es-with-or-without", "fr-or-nothing"],
)
def test_welcome_with_a_condition_everyone_meets_alike(text: str) -> None:
    assert notes(text).status == "friendly", notes(text).evidence


def test_a_universal_condition_does_not_cover_a_limit_in_another_clause() -> None:
    text = (
        "Those of us using Suboxone take part in discussion like everybody else; the group "
        "celebrates sobriety dates that are free of those medications."
    )
    assert notes(text).status != "friendly", notes(text).evidence


@pytest.mark.parametrize(
    "text",
    [
        "MAT time is clean time here.",
        "Home group members on maintenance can be elected to any position, including GSR.",
        "Mehrere unserer langjährigen Dienstträger sind in Substitutionsbehandlung.",
    ],
    ids=["en-clean-time", "en-elected", "de-servants"],
)
def test_welcome_without_welcome_word_round6(text: str) -> None:
    assert notes(text).status == "friendly", notes(text).evidence


def test_a_methadone_anonymous_meeting_after_the_dosing_window_is_friendly() -> None:
    decision = tag_mat(
        Listing(
            fellowship="Methadone Anonymous",
            name="Methadone Anonymous - Open Speaker",
            notes="Daily 9am right after the dosing window, patio if weather permits.",
        )
    )
    assert decision.status == "friendly", decision.evidence
