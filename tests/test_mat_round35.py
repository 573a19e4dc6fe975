"""Round 35 of the MAT tag (session 21): blind129, 136, 137 and 139, read for their wrong
friendlies and their lost friendlies.

blind137-139 were written first, by fresh writers, frozen and scored on arrival (ea85fd4).
Then the five wrong friendlies of blind129, 136, 137 and 139 were read, and the four sets
are spent (moved out of `pipeline.mat.learned.sets.UNREAD`, and the learned reader retrained
with them). Each case below is a paraphrase of its kind, and fails on ea85fd4 unless
marked. The kinds left alone are in the README (MAT tagging, "Round 35").
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status

#: (lang, notes, expected)
LIMITS = [
    # a negation on the verb just before "until" is part of the requirement
    ("en", "We are an abstinence-based ministry and ask that folks on methadone or Suboxone "
     "not attend until they have finished detox.", "unfriendly"),
    # (these two pass on ea85fd4: another cue reads them)
    ("en", "Bupe folks welcome. We ask that you not chair until you've tapered off.",
     "restricted"),
    ("es", "Pedimos que los que toman metadona no asistan hasta que terminen la "
     "desintoxicación.", "unfriendly"),
    # the dose counted as a use
    ("en", "Methadone patients welcome. For chips, your methadone counts as a relapse.",
     "restricted"),
    ("en", "Doors 6:45. Prescribed Suboxone counts as use in this group.", "not friendly"),
    ("es", "Bienvenidos. Para los llaveros la metadona cuenta como recaída.", "restricted"),
    # clean time started from the last use of any drug, which includes the medication
    ("en", "Anyone on MAT is welcome. Keytags start from your last use of any drug, which "
     "includes methadone.", "restricted"),
    ("en", "Anyone on MAT welcome. Coins start from your last use of any opioid, which "
     "includes bupe.", "restricted"),
    # a turn kept for the second half
    ("en", "Open to all on or off MAT. Shares 3 min; folks on DRT, please share in the 2nd "
     "half.", "restricted"),
    # (passes on ea85fd4, at a lower confidence)
    ("es", "Abierta a todos, con o sin MAT. Compartir 5 min; quienes están en DRT, por favor "
     "compartan en la segunda mitad.", "restricted"),
]  # fmt: skip

EXCLUSIONS = [
    # "you'd probably do better elsewhere", in text-speak too
    ("en", "MAT can sit in I guess. Honestly u'd prob do better elsewhere.", "unfriendly"),
    # (passes on ea85fd4)
    ("en", "People on Suboxone, you would probably do better at another meeting.",
     "unfriendly"),
]  # fmt: skip

WELCOMES = [
    # a medicine marked "ok" in a terse listing
    ("es", "metadona ok, buprenorfina ok. Café y galletas.", "friendly"),
    ("en", "methadone ok, bupe ok, vivitrol ok. Parking in back.", "friendly"),
    # the group voted otherwise than the literature it names
    ("en", "Some literature says replacement drugs aren't clean time. Our group voted "
     "otherwise: members on methadone share, chair and get keytags.", "friendly"),
    ("es", "Algunos folletos dicen que la metadona no es tiempo limpio. Nuestro grupo votó lo "
     "contrario: quienes están en metadona comparten, coordinan y reciben llaveros.",
     "friendly"),
]  # fmt: skip

#: A newcomer's trial after the round (40 listings of its own on these phrasings): a view
#: reported as others' with "used to say" had become a limit read cleanly, out of review.
TRIAL = [
    ("en", "Some old-timers used to say people on methadone shouldn't share until they're "
     "off it, but this group has never held that view. Everyone on MAT shares and chairs "
     "here.", "friendly"),
    ("es", "Algunos veteranos solían decir que los que toman metadona no deben compartir "
     "hasta dejarla, pero este grupo nunca pensó así. Todos los que están en MAT comparten "
     "y coordinan.", "friendly"),
]  # fmt: skip

KEPT = [
    # an "ok" asked, not given
    ("en", "Suboxone ok?", "not friendly"),
    # nobody has to wait until they are off it (passes on ea85fd4)
    ("en", "Nobody has to wait until they're off methadone to share here.", "not restricted"),
    # an exclusion said as a condition (passes on ea85fd4)
    ("en", "Methadone welcome. If you'd do better at another meeting, that's your call.",
     "friendly"),
    # the group voted otherwise than a welcome it names: the limit stands
    ("en", "Our area welcomes people on MAT to chair. This group voted otherwise: no MAT "
     "chairs.", "restricted"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITS)
def test_limits_read_in_round35(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), EXCLUSIONS)
def test_exclusions_read_in_round35(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), WELCOMES)
def test_welcomes_read_in_round35(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), TRIAL)
def test_reported_views_from_the_newcomer_trial(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), KEPT)
def test_what_round35_keeps(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
