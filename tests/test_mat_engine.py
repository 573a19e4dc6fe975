"""The MAT engine, rule by rule: negation scope, false friends, evidence, confidence."""

from __future__ import annotations

import pytest

from pipeline.mat.engine import Listing, decide, scan_text, tag_mat
from pipeline.mat.rules import TEXT_RULES


def notes(text: str, fellowship: str = "NA") -> tuple[str, tuple[str, ...], bool]:
    decision = tag_mat(Listing(fellowship=fellowship, notes=text))
    return decision.status, decision.evidence, decision.needs_review


def test_every_rule_has_an_id_weight_fields_and_description() -> None:
    ids = [rule.id for rule in TEXT_RULES]
    assert len(ids) == len(set(ids))
    for rule in TEXT_RULES:
        assert 0 <= rule.weight <= 1 and rule.fields and len(rule.description) > 20


def test_evidence_quotes_the_matched_text() -> None:
    status, evidence, review = notes("Open meeting. M.A.T. welcome!")
    assert (status, review) == ("friendly", False)
    assert evidence[0] == 'notes:mat-friendly-phrase:"M.A.T. welcome"'


def test_scan_text_keeps_length() -> None:
    text = "M.A.T. welcome, e.g. methadone."
    assert len(scan_text(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    ["Not MAT friendly.", "We are not M.A.T. friendly", "This group isn't MAT-friendly",
     "Never MAT welcome here", "Methadone and Suboxone are not welcome"],
)  # fmt: skip
def test_negated_welcome_is_unfriendly(text: str) -> None:
    status, evidence, _ = notes(text)
    assert status == "unfriendly", evidence


@pytest.mark.parametrize(
    "text",
    ["No smoking, MAT friendly", "Not a smoking meeting. MAT welcome",
     "No cross talk; methadone and Suboxone welcome", "No matter what you take, MAT friendly",
     "Not only coffee but MAT friendly too"],
)  # fmt: skip
def test_a_clause_boundary_ends_a_negation(text: str) -> None:
    status, evidence, _ = notes(text)
    assert status == "friendly", evidence


def test_restriction_beats_welcome_and_asks_for_review() -> None:
    status, evidence, review = notes("MAT friendly, but people on methadone may not chair.")
    assert (status, review) == ("restricted", True)
    assert any("restrict-share" in e for e in evidence)


def test_restriction_needs_a_mat_sentence() -> None:
    assert notes("Newcomers may not chair until 90 days.")[0] == "unknown"


@pytest.mark.parametrize(
    ("listing", "status"),
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
        (
            Listing(
                fellowship="NA", location_name="Methadone Clinic", notes="At the methadone clinic"
            ),
            "unknown",
        ),
        (Listing(fellowship="NA", notes="Topic: is methadone clean time?"), "unknown"),
        (
            Listing(fellowship="NA", notes="We welcome everyone, no matter what you take."),
            "unknown",
        ),
        (Listing(fellowship="Nar-Anon", notes="MAT friendly"), "unknown"),
        (Listing(fellowship="Al-Anon", name="MARA families"), "unknown"),
        (Listing(fellowship="AA", name="Mara's Group"), "unknown"),
    ],
)
def test_false_friends(listing: Listing, status: str) -> None:
    assert tag_mat(listing).status == status


def test_fellowship_priors() -> None:
    mara = tag_mat(Listing(fellowship="MARA", name="Tuesday"))
    assert (mara.status, mara.decided_by, mara.needs_review) == ("friendly", "fellowship", False)
    smart = tag_mat(Listing(fellowship="SMART Recovery", name="Thursday"))
    assert (smart.status, smart.needs_review) == ("friendly", True)  # weaker prior
    assert smart.confidence < mara.confidence
    methadone = tag_mat(Listing(fellowship="Methadone Anonymous"))
    assert methadone.status == "friendly"


def test_type_code_prior() -> None:
    decision = tag_mat(Listing(fellowship="other", types=("O", "MAT")))
    assert (decision.status, decision.decided_by) == ("friendly", "type_code")


def test_mention_alone_is_unknown_but_queued() -> None:
    status, evidence, review = notes("Speaker: ten years on methadone")
    assert (status, review) == ("unknown", True)
    assert evidence == ('notes:medication-mention:"methadone"',)


def test_nothing_said_is_the_honest_default() -> None:
    decision = tag_mat(Listing())
    assert (decision.status, decision.confidence, decision.evidence) == ("unknown", 0.0, ())
    assert decide([]) == decision
