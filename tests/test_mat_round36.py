"""Round 36 of the MAT tag (session 22): blind140, 141 and 142, read for their wrong
friendlies and their lost friendlies.

blind143-145 were written first, by fresh writers, frozen and scored on arrival (1290c11).
Then the three wrong friendlies of blind140-142 were read, and the three sets are spent
(moved out of `pipeline.mat.learned.sets.UNREAD`, and the learned reader retrained with
them). Each case below is a paraphrase of its kind, and fails on 1290c11 unless marked.
The kinds left alone are in the README (MAT tagging, "Round 36").
"""

from __future__ import annotations

import pytest

from pipeline.mat.engine import Listing, tag_by_rules
from pipeline.mat.scope import ANSWER
from tests.test_mat_round10 import assert_status

#: (lang, notes, expected)
LIMITS = [
    # a list of answers after the question: "yes and no" answers neither way
    ("en", "Methadone friendly? Yes and no. Come, share, stay for coffee - yes. Chips - no.",
     "restricted"),
    ("en", "People on Suboxone: keytags - no.", "restricted"),
    ("es", "¿Personas en metadona? Compartir: sí. Llaveros: no.", "restricted"),
    # a welcome, then clean time counted from a last use that includes the medication
    ("en", "All are welcome, folks on MAT included. Coins count from your last drink or "
     "drug, and in this group that includes methadone and Suboxone.", "restricted"),
    ("es", "Bienvenidos todos, también quienes toman metadona. Las fichas cuentan desde tu "
     "último trago o droga, y para este grupo eso incluye la metadona.", "restricted"),
]  # fmt: skip

EXCLUSIONS = [
    # a negated subject reaches over an appositive of examples
    ("en", "No one under the influence of a drug, including methadone or Subutex, may "
     "attend.", "unfriendly"),
    ("es", "Nadie bajo el efecto de ninguna droga, incluyendo metadona o Suboxone, puede "
     "asistir a esta reunión.", "unfriendly"),
]  # fmt: skip

WELCOMES = [
    # the inclusion belongs to the negated subject; its verb decides
    ("en", "No one, including those on methadone, is turned away.", "friendly"),
    ("en", "Nobody including people on buprenorphine is turned away here.", "friendly"),
    # clean time counted from your own clean date limits nothing
    ("en", "Two of our trusted servants take methadone, and that's fine with us. Your clean "
     "time counts from your clean date.", "friendly"),
    # a limit told of other meetings, in quotes
    ("en", 'Our group started after some of us were told to "just listen" at other meetings '
     "because we take Suboxone. Here members on MAT share, chair and get keytags like "
     "anyone.", "friendly"),
    # part of the group, in Spanish and French
    ("es", "Los compañeros en buprenorfina son parte del grupo en todo: compartir, servicio, "
     "fichas.", "friendly"),
    ("fr", "Les membres sous méthadone font partie du groupe: partage, service, jetons.",
     "friendly"),
    # a question answered by "so are ..."
    ("en", "On methadone? So are several of our regulars. Coffee's in the back.", "friendly"),
]  # fmt: skip

KEPT = [
    # the inclusion in a negated subject: a service limit stands
    ("en", "No one, including people on Suboxone, may chair.", "restricted"),
    # a German "auch" after a negated clause is not an appositive (passes on 1290c11)
    ("de", "Abstinenz ist keine Teilnahmevoraussetzung, auch Menschen in "
     "Substitutionsprogrammen sind willkommen.", "friendly"),
    # "no" after a dash that goes on is not an answer (passes on 1290c11)
    ("en", "Members on MAT are full members. Share, serve, collect keytags - no asterisk.",
     "friendly"),
    # clean time counted from the last dose stays a limit (passes on 1290c11)
    ("en", "Members on MAT welcome. Clean time counts only from your last dose.",
     "restricted"),
    # part of the group, but a service limit (passes on 1290c11 from the limit alone)
    ("es", "Los que toman metadona son parte del grupo, pero no pueden coordinar.",
     "restricted"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITS)
def test_limits_read_in_round36(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), EXCLUSIONS)
def test_exclusions_read_in_round36(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), WELCOMES)
def test_welcomes_read_in_round36(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), KEPT)
def test_what_round36_keeps(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize("answer", ["Yes and no.", "Sí y no.", "Oui et non", "yes, and no"])
def test_yes_and_no_answers_neither_way(answer: str) -> None:
    """The rules read no answer; the learned reader may still guess, under review."""
    assert ANSWER.match(answer.lower().replace("í", "i")) is None
    decision = tag_by_rules(Listing.from_mapping({"notes": f"MAT friendly? {answer}"}))
    assert decision.status == "unknown"
