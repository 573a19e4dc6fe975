"""The learned second reader (`pipeline/mat/learned/`): where it speaks, what it may change,
that its weights are current and that it never trained on a set nobody has read.

The behaviour cases are listings of read tuning and blind sets (the reader trained on
them); the honest figures are those of the unread blind sets, in test_mat_blind_sets.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from benchmarks.feeds import feed_records
from pipeline.mat.engine import Listing, tag_by_rules, tag_mat
from pipeline.mat.learned.features import listing_text, ngram_counts
from pipeline.mat.learned.model import STATUSES, learned_model
from pipeline.mat.learned.sets import UNREAD, training_files, unread_files
from pipeline.mat.learned.train import _rows, _text, fingerprint, fit
from pipeline.mat.rules import CONFIDENCE, LEARNED
from tests.conftest import FIXTURES


def _listing(fellowship: str, name: str, notes: str) -> Listing:
    return Listing(fellowship=fellowship, name=name, notes=notes)


#: (fellowship, name, notes, rules' status, status with the reader); from read sets
FILLS = [
    ("NA", "NA Düsseldorf - Flingern", "Sponsorinnen und Sponsoren gibt es bei uns auch für "
     "Leute mit Buvidal oder Methadon – und umgekehrt sponsern substituierte Mitglieder "
     "selbst. Donnerstag 19 Uhr, Flingern.", "unknown", "friendly"),
    ("NA", "NA Berlin – FAQ zum Meeting", "Muss ich clean sein, wenn ich in ein Meeting "
     "komme? Nein! Und wenn ich Methadon oder Subutex bekomme? Auch dann: komm einfach. "
     "Reden („teilen“) ist Süchtigen vorbehalten – und dazu gehörst du.", "unknown",
     "friendly"),
    ("AA", "AA Gruppe Wien-Mariahilf", "Ein Jahr Trockenheit gilt als Mindestanforderung, um "
     "Chair zu sein; Zeiten unter Substitution werden dabei nicht mitgerechnet. Dienstag und "
     "Freitag 19 Uhr.", "unknown", "restricted"),
    ("AA", "Triangle Birthday Night", "Birthday cakes the last Saturday of the month, for "
     "sobriety dates that don't depend on methadone or Suboxone.", "unknown", "restricted"),
    ("NA", "Primary Purpose Group", "members on suboxone tend to get a lot more out of the "
     "MARA meeting across town than they would out of this one. we focus on complete "
     "abstinence. wed 8pm", "unknown", "unfriendly"),
]  # fmt: skip


@pytest.mark.parametrize(("fellowship", "name", "notes", "by_rules", "expected"), FILLS)
def test_the_reader_fills_an_unknown_where_the_rules_saw_mat_named(
    fellowship: str, name: str, notes: str, by_rules: str, expected: str
) -> None:
    listing = _listing(fellowship, name, notes)
    assert tag_by_rules(listing).status == by_rules
    decision = tag_mat(listing)
    assert decision.status == expected
    assert decision.decided_by == "learned"
    assert decision.needs_review  # everything the reader decides is reviewed
    assert decision.confidence == CONFIDENCE["learned"] < 0.6
    # the first evidence line names the reader, its status and the sentence it leans on
    assert decision.evidence[0].startswith(f"listing:learned={expected} p=")
    assert ":learned-reader:" in decision.evidence[0]


#: what the rules read and a bag of words takes for a welcome: the reader fills no friendly
BARRED = [
    # an equal footing denied (round 26); the reader alone gives it friendly 0.98
    "Folks on methadone aren't as much a part of this circle as anyone else.",
    # a pointer to another meeting (round 27)
    "For folks on methadone there's also a MARA group on Thursdays.",
]


@pytest.mark.parametrize("notes", BARRED)
def test_no_friendly_fill_where_the_rules_read_a_denial_or_a_pointer(notes: str) -> None:
    listing = _listing("NA", "G", notes)
    assert tag_by_rules(listing).status == "unknown"
    assert tag_mat(listing).status != "friendly"


@pytest.mark.parametrize(
    "notes", ["¿Y si tomo metadona o Suboxone?", "Und wenn ich Methadon oder Subutex bekomme?"]
)
def test_no_friendly_fill_from_a_question_nobody_answers(notes: str) -> None:
    """A newcomer's trial (session 19): a lone question read friendly 0.85."""
    assert tag_mat(_listing("NA", "G", notes)).status == "unknown"


def test_a_friendly_needs_more_certainty_than_a_limit() -> None:
    """Advice beside medication is no permission (round 30); the reader gives it friendly
    0.81, below `fill_friendly_at`."""
    listing = _listing("NA", "G", "If you take prescribed medication, talk to your sponsor.")
    assert tag_mat(listing).status == "unknown"


def test_the_gate_holds_where_the_reader_alone_is_sure() -> None:
    """A friendly the rules miss and name no MAT in (a read tuning listing): the reader
    alone gives it friendly 0.99, yet it stays unknown. The gate costs this recall; without
    it the reader called a BIPOC meeting of a real feed friendly (README)."""
    notes = "Aquí hay una silla para ti, con tratamiento o sin él."
    listing = _listing("NA", "Grupo La Silla", notes)
    text = listing_text("NA", "Grupo La Silla", None, notes, [])
    assert learned_model().probabilities(text)[0] >= LEARNED.fill_friendly_at
    assert tag_mat(listing) == tag_by_rules(listing)
    assert tag_mat(listing).status == "unknown"


def test_the_reader_never_reads_a_listing_that_names_no_mat() -> None:
    """Every real Meeting Guide record of the corpus (or the demo feeds) keeps the rules'
    decision: the reader speaks only where the rules saw people on MAT named."""
    records = list(feed_records())
    assert records
    for raw in records:
        listing = Listing.from_mapping(
            {"fellowship": "AA", "name": raw.get("name"), "group_name": raw.get("group"),
             "notes": raw.get("notes"), "types": raw.get("types")}
        )  # fmt: skip
        assert tag_mat(listing) == tag_by_rules(listing)


@pytest.mark.parametrize(
    "notes",
    [
        "Welcome! Coffee and cookies. Wheelchair accessible. Tuesday 7pm.",
        "Open discussion. Everyone is welcome, whatever brought you here.",
        "Step study, closed. Please silence phones.",
    ],
)
def test_a_plain_welcome_stays_unknown(notes: str) -> None:
    assert tag_mat(_listing("NA", "Plain Group", notes)).status == "unknown"


def test_the_meetings_own_fellowship_prior_is_never_held_back() -> None:
    listing = _listing("MARA", "MARA Thursday", "Medication-assisted recovery meeting.")
    assert tag_by_rules(listing).decided_by == "fellowship"
    assert tag_mat(listing) == tag_by_rules(listing)


def test_family_groups_stay_outside() -> None:
    listing = _listing("Al-Anon", "Hope", "Families of people on methadone welcome.")
    assert tag_mat(listing).status == "unknown"


def test_the_weights_are_current_and_never_trained_on_an_unread_set() -> None:
    """A set moved out of UNREAD, or a read set edited, without retraining fails here:
    run `python -m pipeline.mat.learned.train`."""
    files = training_files()
    assert not {f.name for f in files} & UNREAD
    assert {f.name for f in unread_files()} == UNREAD  # every unread set is a fixture
    assert learned_model().trained_on == fingerprint(files)


def test_the_buckets_are_the_same_in_another_process() -> None:
    """Python's own hash() changes per process; the reader's buckets must not."""
    text = "Members on methadone may chair. Sin excepción."
    here = sorted(ngram_counts(text).items())
    code = (
        "import json; from pipeline.mat.learned.features import ngram_counts; "
        f"print(json.dumps(sorted(ngram_counts({text!r}).items())))"
    )
    there = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert [tuple(x) for x in json.loads(there)] == here


def test_training_is_deterministic_and_learns() -> None:
    """Two fits on the same rows give the same weights, and the fit reads its own rows
    far better than chance (a broken gradient would not)."""
    rows = _rows([FIXTURES / "mat" / "labelled.jsonl"])
    first, second = fit(rows), fit(rows)
    assert np.array_equal(first.weights, second.weights)
    texts = [_text(r) for r in rows]
    right = sum(
        STATUSES[int(first.probabilities(t).argmax())] == r["label"]
        for t, r in zip(texts, rows, strict=True)
    )
    assert right / len(rows) > 0.9


def test_the_thresholds_are_data() -> None:
    assert 0.5 < LEARNED.fill_at <= LEARNED.fill_friendly_at <= 1.0
    assert CONFIDENCE["learned"] < CONFIDENCE["friendly-hedged"]  # below any rule's friendly


def test_a_learned_fill_is_queued_as_a_guess() -> None:
    from pipeline.mat.queue import PRIORITIES, queue_reason

    decision = tag_mat(_listing(*FILLS[0][:3]))
    meeting = {
        "mat_decided_by": decision.decided_by,
        "mat_needs_review": decision.needs_review,
        "mat_status": decision.status,
    }
    reason = queue_reason(meeting, text_changed=False, is_new=False)
    assert reason == "learned reader's guess"
    assert (
        PRIORITIES["conflicting evidence"]
        > PRIORITIES[reason]
        > PRIORITIES["weak friendly evidence"]
    )


def test_the_check_command_says_whether_the_weights_are_current(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipeline.mat.learned.train import main

    assert main(["--check"]) == 0
    assert capsys.readouterr().out.startswith("OK: the weights are current")
    assert main(["--check", "--fixtures", str(tmp_path)]) == 2  # no sets: a clear error
    assert "no labelled sets" in capsys.readouterr().err
    (tmp_path / "tuning2.jsonl").write_text('{"label": "unknown", "notes": "x"}\n')
    assert main(["--check", "--fixtures", str(tmp_path)]) == 1
    assert capsys.readouterr().out.startswith("stale:")
