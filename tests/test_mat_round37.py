"""Round 37 of the MAT tag (session 22): blind143, 145 and 147, read for their wrong
friendlies and their lost friendlies.

blind146-148 were written after round 36, frozen and scored on arrival (00e9ad2). Then the
four wrong friendlies of blind143, 145 and 147 were read, and the three sets are spent
(moved out of `pipeline.mat.learned.sets.UNREAD`, and the learned reader retrained with
them). Each case below is a paraphrase of its kind, and fails on 00e9ad2 unless marked.
The kinds left alone are in the README (MAT tagging, "Round 37").
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status

#: (lang, notes, expected)
LIMITS = [
    # clean time from when you stop, after "methadone/bupe" (a slash joins one word)
    ("en", "All addicts welcome, on MAT or not. *Chips mark clean time; time on "
     "methadone/Suboxone counts from when you stop.", "restricted"),
    # a celebration, "just not as" clean time
    ("en", "Members on maintenance are welcome; we'll celebrate your milestones, just not as "
     "clean-time anniversaries.", "restricted"),
    ("es", "Bienvenidos los que toman metadona; celebramos tus logros, pero no como "
     "aniversarios de sobriedad.", "restricted"),
    # "sit in & listen", with an ampersand
    ("en", "People on Suboxone can sit in & listen. For sharing and service, see the Monday "
     "MARA group.", "restricted"),
]  # fmt: skip

EXCLUSIONS = [
    # a negation held before "until" across "for them"
    ("en", "Nobody's calling methadone patients bad people. This group just isn't for them "
     "until they're off it.", "unfriendly"),
]  # fmt: skip

WELCOMES = [
    # a question answered "no" keeps the permission its demand was for
    ("en", "Q: Do I have to get off methadone before I can share? A: No.", "friendly"),
    # "X or no X", and "no meds" in a list of ways, are no negations
    ("en", "MAT welcome. We celebrate every anniversary here, bupe or no bupe.", "friendly"),
    ("en", "Everyone on methadone, Suboxone or no meds participates fully and takes turns "
     "chairing.", "friendly"),
    # "Not here:" refutes the sentence before
    ("en", "People on medication often get treated like they don't belong. Not here: members "
     "on Suboxone share, chair and pick up keytags like anyone.", "friendly"),
    # "your sobriety date stands"
    ("en", "On methadone? Sit where you like, share when you like - your sobriety date "
     "stands.", "friendly"),
    # logistics and a request made of anyone are no conditions
    ("en", "On Suboxone? Same as everyone: you share, you pick up chips, you can be asked to "
     "chair.", "friendly"),
]  # fmt: skip

KEPT = [
    # a negated wait is no requirement
    ("en", "Don't wait until you're off methadone to share.", "not restricted"),
    # a requirement the rules read before (passes on 00e9ad2)
    ("en", "We ask that people on methadone not attend until they have finished detox.",
     "unfriendly"),
    # "or not" at the end of a list stays a pseudo-negation; a limit after it stands
    # (passes on 00e9ad2)
    ("en", "Methadone or no methadone, you're welcome, but only members off MAT may chair.",
     "restricted"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITS)
def test_limits_read_in_round37(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), EXCLUSIONS)
def test_exclusions_read_in_round37(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), WELCOMES)
def test_welcomes_read_in_round37(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), KEPT)
def test_what_round37_keeps(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
