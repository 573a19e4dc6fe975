"""The MAT policy frame, kind by kind and language by language (issue 7).

Each test names the kind of listing it covers; parameters give one case per supported
language where the kind applies. Scope tables, evidence, priors and bounds come after.
"""

from __future__ import annotations

import json
import re
import time

import pytest

from pipeline.mat.engine import Listing, MatDecision, tag_mat
from pipeline.mat.lexicon import CUES, fold
from pipeline.mat.rules import CONFIDENCE, STATUS_TABLE
from pipeline.mat.scope import NEGATION_TRIGGERS, PSEUDO_NEGATIONS, TERMINATIONS
from tests.conftest import FIXTURES


def notes(text: str, fellowship: str = "NA") -> MatDecision:
    return tag_mat(Listing(fellowship=fellowship, notes=text))


def status(text: str, fellowship: str = "NA") -> str:
    return notes(text, fellowship).status


# --- the kinds of issue 7 ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You are encouraged to come on methadone, and we ask you to take part by listening.",
        "Welcome on Suboxone, though we ask you to wait to share until you have tapered off.",
        "You may share on MAT, but trusted servant positions need clean time.",
        "Personas con metadona son bienvenidas, pero no pueden compartir hasta que la dejen.",
        "Bienvenidos en tratamiento con buprenorfina; les pedimos que solo escuchen.",
        "Les personnes sous méthadone sont bienvenues, mais ne peuvent pas partager.",
        "Substituierte sind willkommen, dürfen aber erst teilen, wenn sie abdosiert sind.",
    ],
    ids=["en-listen", "en-wait", "en-service", "es-share", "es-listen", "fr", "de"],
)
def test_welcome_followed_by_a_restriction_is_restricted(text: str) -> None:
    decision = notes(text)
    assert decision.status == "restricted", decision.evidence
    assert any("=limited:" in e for e in decision.evidence)  # the restriction is quoted


@pytest.mark.parametrize(
    "text",
    [
        "For medication-assisted recovery, see the MARA group on Thursdays.",
        "Our area lists MAT-friendly meetings separately; this group is abstinence-based.",
        "Para recuperación asistida con medicamentos, vea el grupo MARA de los jueves.",
        "Pour la substitution, voir le groupe MARA du jeudi.",
        "Für Substituierte siehe die MARA-Gruppe am Donnerstag.",
    ],
    ids=["en-mara", "en-list", "es", "fr", "de"],
)
def test_a_friendly_phrase_about_another_meeting_is_not_friendly(text: str) -> None:
    decision = notes(text)
    assert decision.status == "unknown" and decision.needs_review, decision.evidence


def test_fellowship_priors_come_from_the_meetings_own_fellowship_only() -> None:
    assert status("We meet after the MARA group. Methadone Anonymous meets downstairs.") != (
        "friendly"
    )
    assert tag_mat(Listing(fellowship="MARA", name="Tuesday")).status == "friendly"


@pytest.mark.parametrize(
    "text",
    [
        "Whether or not medication is part of your recovery, you are welcome.",
        "This is not a medication-free zone.",
        "Wondering if you can come while on Suboxone? Yes.",
        "Nobody is turned away for being on MAT.",
        "Sin importar si tomas metadona o no, eres bienvenido.",
        "Nadie es rechazado por estar en tratamiento con buprenorfina.",
        "¿Puedo venir si tomo Suboxone? Sí.",
        "Que vous soyez sous traitement de substitution ou non, vous êtes le bienvenu.",
        "Personne n'est exclu parce qu'il prend de la méthadone.",
        "Egal ob du substituiert bist oder nicht: du bist willkommen.",
        "Niemand wird abgewiesen, weil er Methadon nimmt.",
    ],
    ids=[
        "en-whether", "en-free-zone", "en-answered", "en-nobody", "es-sin-importar", "es-nadie",
        "es-answered", "fr-ou-non", "fr-personne", "de-egal-ob", "de-niemand",
    ],
)  # fmt: skip
def test_pseudo_negations_do_not_negate(text: str) -> None:
    decision = notes(text)
    assert decision.status == "friendly", decision.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Members on prescribed buprenorphine are treated like every other member.",
        "Those on methadone are full members here. They can celebrate anniversaries and sponsor.",
        "Are you on methadone or buprenorphine? There is a seat for you here.",
        "Los miembros que toman buprenorfina reciben el mismo trato que cualquier otro miembro.",
        "¿Estás en tratamiento con metadona? Hay un lugar para ti aquí.",
        "Une personne sous Subutex est un membre comme les autres.",
        "Menschen unter Methadon sind vollwertige Mitglieder wie alle anderen.",
    ],
    ids=["en-treated", "en-two-sentences", "en-seat", "es-trato", "es-lugar", "fr", "de"],
)
def test_welcomes_without_welcome_or_over_two_sentences(text: str) -> None:
    decision = notes(text)
    assert decision.status == "friendly", decision.evidence


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("Days on maintenance are not counted toward clean time.", "clean_time"),
        ("Chairs must have clean time without replacement drugs.", "service"),
        ("El tiempo en mantenimiento con metadona no se cuenta como tiempo limpio.", "clean_time"),
        ("Los padrinos deben estar libres de drogas, incluida la metadona.", "service"),
        ("Le temps sous méthadone ne compte pas pour le temps d'abstinence.", "clean_time"),
        ("Les membres sous substitution ne peuvent pas animer la réunion.", "service"),
        ("Die Zeit unter Methadon zählt nicht als Cleanzeit.", "clean_time"),
        ("Substituierte dürfen keine Dienste übernehmen und nicht sponsern.", "service"),
    ],
    ids=["en-clean", "en-service", "es-clean", "es-service", "fr-clean", "fr-service",
         "de-clean", "de-service"],
)  # fmt: skip
def test_clean_time_and_service_limits_in_other_word_orders(text: str, slot: str) -> None:
    decision = notes(text)
    assert decision.status == "restricted", decision.evidence  # they may still attend
    assert any(e.startswith(f"notes:{slot}=limited:") for e in decision.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Being on methadone is still using.",
        "People on MAT will be happier at another meeting.",
        "Estar en metadona es seguir consumiendo.",
        "Las personas en metadona no se consideran limpias en este grupo.",
        "Les personnes sous méthadone ne sont pas clean.",
        "Les personnes sous substitution seront mieux dans une autre réunion.",
        "Wer Methadon nimmt, ist nicht clean.",
        "Substituierte sind in einem anderen Meeting besser aufgehoben.",
    ],
    ids=["en-using", "en-happier", "es-using", "es-clean", "fr-clean", "fr-mieux", "de-clean",
         "de-besser"],
)  # fmt: skip
def test_implicit_exclusions_are_unfriendly(text: str) -> None:
    assert status(text) == "unfriendly", notes(text).evidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Persons on methadone or Suboxone are welcome.", "friendly"),
        ("Personas en tratamiento con metadona o buprenorfina son bienvenidas.", "friendly"),
        ("No se permite la asistencia de personas en tratamiento con metadona.", "unfriendly"),
        ("Los miembros en tratamiento de sustitución no pueden coordinar la reunión.", "restricted"),
        ("Les personnes sous traitement de substitution sont les bienvenues.", "friendly"),
        ("Les personnes sous méthadone ne sont pas les bienvenues.", "unfriendly"),
        ("Auch Menschen in Substitutionsprogrammen sind bei uns willkommen.", "friendly"),
        ("Substituierte sind in diesem Meeting nicht willkommen.", "unfriendly"),
    ],
    ids=["en", "es-welcome", "es-no-se-permite", "es-service", "fr-welcome", "fr-not", "de",
         "de-not"],
)  # fmt: skip
def test_spanish_french_and_german_vocabulary(text: str, expected: str) -> None:
    assert status(text) == expected, notes(text).evidence


@pytest.mark.parametrize(
    "text",
    ["Methadone welcome?", "Topic: Is methadone clean time?", "¿Metadona bienvenida?",
     "Sujet : la méthadone, est-ce du temps clean ?", "Thema: Ist Methadon Cleanzeit?"],
    ids=["en", "en-topic", "es", "fr", "de"],
)  # fmt: skip
def test_a_sentence_ending_in_a_question_mark_states_no_policy(text: str) -> None:
    decision = notes(text)
    assert (decision.status, decision.needs_review) == ("unknown", True), decision.evidence


def test_a_question_answered_no_is_read_as_denied() -> None:
    assert status("Can I share if I'm on methadone? No. You may attend and listen.") == (
        "restricted"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Harm reduction supplies, including naloxone kits and test strips, at the front desk.",
        "Hay kits de naloxona de reducción de daños en la entrada.",
        "Kits de naloxone disponibles à l'accueil (réduction des risques).",
        "Naloxon-Kits liegen am Eingang aus (Harm Reduction).",
    ],
    ids=["en", "es", "fr", "de"],
)
def test_harm_reduction_of_supplies_is_not_a_welcome(text: str) -> None:
    assert status(text, "AA") == "unknown"


def test_harm_reduction_of_the_meeting_is_a_welcome_but_weaker() -> None:
    decision = notes("A harm reduction peer support group.", "other")
    assert decision.status == "friendly" and decision.confidence < 0.9


# --- scope tables, evidence, confidence ---------------------------------------------------


def test_scope_tables_say_their_direction_and_languages() -> None:
    for entry in (*NEGATION_TRIGGERS, *PSEUDO_NEGATIONS, *TERMINATIONS):
        assert entry.direction in {"forward", "backward", "bidirectional"}
        assert entry.langs and set(entry.langs) <= {"en", "es", "fr", "de"}
    assert {lang for e in NEGATION_TRIGGERS for lang in e.langs} == {"en", "es", "fr", "de"}


def test_every_cue_names_its_slot_languages_and_purpose() -> None:
    ids = [cue.id for cue in CUES]
    assert len(ids) == len(set(ids))
    for cue in CUES:
        assert cue.langs and len(cue.description) > 20


def test_status_table_and_confidence_table_are_data() -> None:
    assert [status for _, status in STATUS_TABLE] == [
        "unfriendly", "restricted", "friendly", "unknown"
    ]  # fmt: skip
    assert all(0 < value <= 1 for value in CONFIDENCE.values())


def test_evidence_names_the_slot_and_quotes_the_sentence() -> None:
    decision = notes("Open meeting. M.A.T. welcome!")
    assert (decision.status, decision.needs_review) == ("friendly", False)
    assert decision.evidence[0] == 'notes:attend=allowed:welcome:"M.A.T. welcome"'


def test_a_restriction_comes_first_in_the_evidence_and_asks_for_review() -> None:
    decision = notes("MAT friendly, but people on methadone may not chair.")
    assert (decision.status, decision.needs_review) == ("restricted", True)
    assert decision.evidence[0].startswith("notes:service=limited:")


def test_restriction_needs_a_mat_sentence() -> None:
    assert status("Newcomers may not chair until 90 days.") == "unknown"


def test_fold_keeps_length_and_marks_acronyms() -> None:
    text = "M.A.T. welcome, Méthadone bienvenue, Matt's mat."
    folded = fold(text)
    assert len(folded) == len(text) and folded.startswith("§§§§§§ welcome, methadone")
    assert "matt's mat" in folded


@pytest.mark.parametrize(
    ("listing", "expected"),
    [
        (Listing(fellowship="AA", notes="Format: Big Book"), "unknown"),
        (Listing(fellowship="AA", name="Matt's Group"), "unknown"),
        (Listing(fellowship="AA", notes="Saturday matinee"), "unknown"),
        (Listing(fellowship="AA", notes="Bring your yoga mat. Mat friendly studio."), "unknown"),
        (Listing(fellowship="AA", name="Mat-Su Group", notes="Mat-Su welcome center"), "unknown"),
        (Listing(fellowship="AA", notes="Group conscience Mar 3"), "unknown"),
        (Listing(fellowship="AA", location_name="First Methodist Church"), "unknown"),
        (Listing(fellowship="AA", types=("MED", "O")), "unknown"),
        (Listing(fellowship="MA", name="Marijuana Anonymous"), "unknown"),
        (Listing(fellowship="NA", notes="At the methadone clinic, 2nd floor"), "unknown"),
        (
            Listing(fellowship="NA", notes="We welcome everyone, no matter what you take."),
            "unknown",
        ),
        (Listing(fellowship="Nar-Anon", notes="MAT friendly"), "unknown"),
        (Listing(fellowship="Al-Anon", name="MARA families"), "unknown"),
        (Listing(fellowship="AA", name="Mara's Group"), "unknown"),
    ],
)
def test_false_friends(listing: Listing, expected: str) -> None:
    assert tag_mat(listing).status == expected


def test_fellowship_priors_and_their_confidence() -> None:
    mara = tag_mat(Listing(fellowship="MARA", name="Tuesday"))
    assert (mara.status, mara.decided_by, mara.needs_review) == ("friendly", "fellowship", False)
    smart = tag_mat(Listing(fellowship="SMART Recovery", name="Thursday"))
    assert (smart.status, smart.needs_review) == ("unknown", True)  # weaker prior: never alone
    assert any("fellowship-smart" in e for e in smart.evidence)
    backed = tag_mat(Listing(fellowship="SMART Recovery", notes="People on MAT are welcome."))
    assert backed.status == "friendly"
    assert (
        backed.confidence
        > tag_mat(Listing(fellowship="NA", notes="People on MAT are welcome.")).confidence
    )
    by_name = tag_mat(Listing(fellowship="other", name="Methadone Anonymous - Westside"))
    assert (by_name.status, by_name.needs_review) == ("friendly", True)  # a name alone


def test_a_prior_never_outweighs_a_stated_restriction() -> None:
    decision = tag_mat(Listing(fellowship="MARA", notes="Members on methadone may not chair."))
    assert decision.status == "restricted"


def test_type_code_prior() -> None:
    decision = tag_mat(Listing(fellowship="other", types=("O", "MAT")))
    assert (decision.status, decision.decided_by) == ("friendly", "type_code")


def test_mention_alone_is_unknown_but_queued() -> None:
    decision = notes("Speaker: ten years on methadone")
    assert (decision.status, decision.needs_review) == ("unknown", True)


def test_nothing_said_is_the_honest_default() -> None:
    decision = tag_mat(Listing())
    assert (decision.status, decision.confidence, decision.evidence) == ("unknown", 0.0, ())


def test_long_notes_are_bounded_and_fast() -> None:
    """Pathological notes (long, repetitive, no punctuation) stay linear and bounded."""
    notes_text = ("methadone welcome may not share until off " * 3000) + "x" * 50_000
    started = time.perf_counter()
    tag_mat(Listing(fellowship="NA", notes=notes_text))
    tag_mat(Listing(fellowship="NA", notes="a " * 100_000 + "methadone"))
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("MAT welcome. Those on methadone share once a quarter.", "once"),
        ("Suboxone friendly; people on it pick up keytags at 90 days.", "days"),
        ("Personas en metadona bienvenidas, y comparten al final de la reunión.", "al final"),
        ("Bienvenidos los que toman metadona; la tribuna queda para otros.", "tribuna"),
        ("Les personnes sous méthadone sont bienvenues et lisent seulement.", "seulement"),
        ("Substituierte sind willkommen, nur die Leitung bleibt bei anderen.", "nur"),
    ],
    ids=["en-participation", "en-clean-time", "es-unread", "es-podium", "fr", "de"],
)
def test_guard_demotes_a_friendly_next_to_unread_limiting_words(text: str, word: str) -> None:
    """Safety first: a welcome whose neighbourhood holds a limiting word no cue read is a
    question for a human, and the evidence names the sentence and the unread words."""
    decision = notes(text)
    assert decision.status != "friendly", decision.evidence
    if decision.status == "unknown":
        assert decision.needs_review
        assert any(e.startswith("notes:unread=guard:") for e in decision.evidence)


def test_guard_vocabulary_is_data_per_kind_and_language() -> None:
    from pipeline.mat.guard import GUARD_VOCABULARY

    kinds = {"participation", "service", "clean_time", "condition", "request", "exclusion"}
    assert set(GUARD_VOCABULARY) == kinds
    for by_lang in GUARD_VOCABULARY.values():
        assert set(by_lang) == {"en", "es", "fr", "de"}


@pytest.mark.parametrize(
    "text",
    [
        "Members on methadone may share, chair and collect keytags.",
        "Los miembros en metadona pueden compartir, coordinar y recibir llaveros.",
        "Les membres sous méthadone peuvent partager et animer la réunion.",
        "Substituierte dürfen teilen und Dienste übernehmen.",
        "People on MAT, moderation or abstinence are all welcome.",
    ],
    ids=["en-list", "es-list", "fr-list", "de-list", "en-pathways"],
)
def test_the_frame_reads_what_the_guard_would_otherwise_hold(text: str) -> None:
    assert notes(text).status == "friendly", notes(text).evidence


def test_evidence_never_allows_a_slot_its_own_sentence_limits() -> None:
    """A newcomer's trial (session 19): "Only members who are completely drug-free,
    including buprenorphine, may hold service positions" showed service=limited and
    service=allowed for the one sentence. Checked on every labelled listing too."""
    decision = notes(
        "Only members who are completely drug-free, including buprenorphine, may hold "
        "service positions."
    )
    assert decision.status == "restricted"
    assert not any(":service=allowed:" in line for line in decision.evidence)
    pattern = re.compile(r'^([^:]+):(\w+)=(\w+):[^:]*:(".*")$')
    rows = (FIXTURES / "mat" / "labelled.jsonl").read_text(encoding="utf-8").splitlines()
    for row in map(json.loads, rows):
        found = [pattern.match(e) for e in tag_mat(Listing.from_mapping(row)).evidence]
        said = {(m[1], m[2], m[4], m[3]) for m in found if m is not None}
        for field_name, slot, clause, value in said:
            if value == "allowed":
                assert (field_name, slot, clause, "limited") not in said, row["id"]
                assert (field_name, slot, clause, "denied") not in said, row["id"]
