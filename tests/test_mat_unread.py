"""Limits the frame could not read (issue 7, rules.UNREAD_RULES).

A sentence about people on MAT that holds limiting words no cue read used to leave the
listing `unknown`. It now decides a low-confidence restricted or unfriendly, always with
review and with the sentence in the evidence under the slot it stands for: a reader is
told "ask first", and the table can never produce a friendly.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.mat.engine import Listing, MatDecision, tag_mat
from pipeline.mat.rules import CONFIDENCE, UNREAD_RULES


def notes(text: str, fellowship: str = "NA") -> MatDecision:
    return tag_mat(Listing(fellowship=fellowship, notes=text))


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("People on methadone are welcome. Service positions are held by members off all "
         "opioids.", "service"),
        ("Bienvenidos los compañeros en metadona. Los cargos de servicio los llevan quienes "
         "ya no toman nada.", "service"),
        ("Bienvenue aux personnes sous méthadone. Les services sont tenus par des membres "
         "sans traitement.", "service"),
        ("Substituierte sind willkommen. Dienste übernehmen Mitglieder ohne Substitution.",
         "service"),
    ],
    ids=["en", "es", "fr", "de"],
)  # fmt: skip
def test_welcome_then_a_limit_in_words_no_cue_reads_is_restricted(text: str, slot: str) -> None:
    decision = notes(text)
    assert decision.status == "restricted", decision.evidence
    assert decision.needs_review
    assert decision.confidence == CONFIDENCE["restricted-unread"]
    assert decision.decided_by == "unread"
    assert decision.evidence[0].startswith(f"notes:{slot}=limited:welcome-then-unread-limit:")


@pytest.mark.parametrize(
    "text",
    [
        "Los llaveros se entregan a partir de la última dosis de metadona.",
        "Keytags for people on methadone are handed out only from the last dose.",
    ],
    ids=["es", "en"],
)
def test_restriction_alone_in_unread_words_is_restricted(text: str) -> None:
    decision = notes(text)
    assert decision.status == "restricted", decision.evidence
    assert decision.needs_review
    assert "clean_time=limited:unread-slot-limit" in decision.evidence[0]


@pytest.mark.parametrize(
    "text",
    [
        "Methadone users will likely be happier at another meeting.",
        "Quienes toman metadona estarán más cómodos en otras reuniones.",
    ],
    ids=["en", "es"],
)
def test_implicit_exclusion_in_unread_words_is_unfriendly(text: str) -> None:
    decision = notes(text)
    assert decision.status == "unfriendly", decision.evidence
    assert decision.needs_review
    assert decision.confidence == CONFIDENCE["unfriendly-unread"]
    assert decision.evidence[0].startswith("notes:exclusion=denied:unread-exclusion:")


def test_a_fellowship_prior_is_never_demoted_by_unread_words() -> None:
    """MARA by its own fellowship: unread words send it to review, not to restricted."""
    decision = notes("Members on MAT share after the reading, we ask.", fellowship="MARA")
    assert decision.status in {"friendly", "unknown"}
    assert decision.decided_by != "unread"


@pytest.mark.parametrize(
    "text",
    [
        "If you're on buprenorphine, you are a full member here: you share, you chair, you "
        "sponsor, you pick up your keytags like anyone else.",
        "Bienvenidas las personas en tratamiento con metadona; aquí comparten, sirven y "
        "reciben sus fichas.",
    ],
    ids=["en", "es"],
)
def test_a_welcome_reads_the_slots_listed_in_its_own_sentence(text: str) -> None:
    assert notes(text).status == "friendly"


@pytest.mark.parametrize(
    "text",
    [
        "Suboxone friendly; people on it pick up keytags at 90 days.",
        "MAT welcome; members on methadone share when asked.",
    ],
    ids=["measure", "request"],
)
def test_a_welcome_list_with_a_measure_or_a_limit_word_is_not_read(text: str) -> None:
    assert notes(text).status != "friendly"


def test_the_unread_table_never_decides_friendly() -> None:
    assert {rule.status for rule in UNREAD_RULES} <= {"restricted", "unfriendly"}


WELCOMES = st.sampled_from([
    "People on methadone are welcome.", "MAT friendly.", "Personas en metadona bienvenidas.",
    "Bienvenue aux personnes sous Subutex.", "Substituierte willkommen.",
])  # fmt: skip
LIMITS = st.sampled_from([
    "Chips are reserved for members off all medication.",
    "We ask that service be held by members free from maintenance drugs.",
    "Se pide que coordinen quienes ya no toman metadona.",
    "Les porte-clés sont pour ceux qui ne prennent plus de traitement.",
    "Dienste übernehmen Mitglieder ohne Substitution.",
])  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(WELCOMES, LIMITS, st.booleans())
def test_a_welcome_next_to_a_limit_is_never_friendly(welcome: str, limit: str, first: bool) -> None:
    text = f"{welcome} {limit}" if first else f"{limit} {welcome}"
    decision = notes(text)
    assert decision.status != "friendly", (text, decision.evidence)


@pytest.mark.parametrize(
    ("fellowship", "text"),
    [
        ("SMART", "SMART Recovery welcomes people using MOUD; everyone can participate fully."),
        ("SMART", "SMART Recovery en español: bienvenidas las personas que usan medicación "
                  "para la adicción; todos participan por igual."),
        ("Recovery Dharma", "Recovery Dharma honors every path, medication-assisted recovery "
                            "included; people on methadone are welcome here."),
    ],
    ids=["smart-en", "smart-es", "rd-en"],
)  # fmt: skip
def test_a_fellowship_naming_itself_in_its_notes_speaks_of_this_meeting(
    fellowship: str, text: str
) -> None:
    """other_meeting_reference only for *other* fellowships: the meeting's own name in its
    notes is this meeting."""
    assert notes(text, fellowship=fellowship).status == "friendly"


def test_another_fellowship_named_in_the_notes_is_still_elsewhere() -> None:
    text = "SMART Recovery welcomes people using MOUD; see their Thursday meeting."
    assert notes(text, fellowship="NA").status != "friendly"
