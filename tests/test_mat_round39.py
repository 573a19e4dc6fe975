"""Round 39 of the MAT tag (session 23): blind156, 157 and 159, read for their wrong
friendlies and their lost friendlies.

blind155-160 were written after round 38, frozen and scored on arrival (b5794bb and
95cebe6, which decide alike). blind156 (the justice system) and blind159 (Mexico, Central
America and the border) held the batch's three wrong friendlies; blind157 (Australia and
New Zealand) lost a quarter of its welcomes to "on the program". The three sets were read
and are spent (moved out of `pipeline.mat.learned.sets.UNREAD`, the learned reader
retrained with them); blind155, 158 and 160 stay unread. Each case below is a paraphrase of
its kind, and fails on 95cebe6 unless marked. The kinds left alone are in the README (MAT
tagging, "Round 39").
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status, status

#: (lang, notes, expected)
LIMITS = [
    # "on the program" said of people: a pharmacotherapy program (jails, Australia)
    ("en", "Residents in the jail's MAT program may come and share. Per H&I policy, chips "
     "aren't handed out to anyone currently on the program.", "restricted"),
    # the same in Spanish: "mientras sigas en el programa"
    ("es", "Bienvenido si vienes de la clínica de metadona. Puedes compartir como todos, "
     "pero no hay llaveros mientras sigas en el programa.", "restricted"),
    # an old format still in force: "clean and sober from all ..." to speak
    ("en", "Folks on bupe welcome! Our format still says 'clean and sober from all "
     "mind-altering drugs' to speak. We're updating it; for now it stands.", "restricted"),
]  # fmt: skip

WELCOMES = [
    ("en", "Nobody is turned away for being on the program. Dose at the chemist, then come "
     "along and share if you like.", "friendly"),
    ("en", "Being on the programme doesn't make you any less a member of this group.",
     "friendly"),
    # a telling the group will not do is no exclusion (nothing in it welcomes either)
    ("en", "We won't tell you your methadone dose isn't recovery.", "not unfriendly"),
    # "no se les pide nada diferente", "we ask nothing different of them"
    ("en", "Members on methadone: we ask nothing different of them - they share, serve and "
     "count their time.", "friendly"),
    ("es", "A quienes están en tratamiento con metadona no se les pide nada diferente que a "
     "los demás: comparten, sirven y cuentan su tiempo.", "friendly"),
    # logistics beside a welcome: parking, street sweeping, eligibility for membership
    ("en", "Members on Suboxone share, chair and take chips like anyone. Street parking "
     "only; mind the sweeping days.", "friendly"),
    ("en", "If you have a desire to stop drinking you're eligible for membership; being on "
     "methadone doesn't change that, and you're welcome to share and sponsor.", "friendly"),
]  # fmt: skip

ELSEWHERE = [
    # another meeting a list names, and another fellowship's meeting in the same building
    ("en", "Court slips signed. For people on MOUD, the county also lists a "
     "Medication-Assisted Recovery group at the health center on Tuesdays.", "NA"),
    ("en", "A MARA meeting now meets Thursdays in the same church (room 4) for people on "
     "medication. Our NA meeting is in the hall.", "NA"),
    ("en", "For anyone on Vivitrol, the SMART meeting at the library says it is "
     "MAT-inclusive.", "AA"),
]  # fmt: skip

KEPT = [
    # an unanswered question put as a statement is no permission
    ("en", "If you are wondering whether you can share while on methadone, talk to one of "
     "us after the meeting.", "not friendly"),
    # a question put as one and answered at once still permits (passes on 95cebe6)
    ("en", "Wondering if you can come while on Suboxone? Yes. Can you share? Yes.",
     "friendly"),
    # "not sure whether your date qualifies" keeps the limit before it (passes on 95cebe6)
    ("en", "Anniversaries are for clean time without MAT, so if you're not sure whether your "
     "date qualifies, ask the secretary.", "restricted"),
    # "on the program" of a format is no treatment (passes on 95cebe6)
    ("en", "Link on the program page. Our format is based on the program of AA.", "unknown"),
    # an old flyer set aside keeps its reading (passes on 95cebe6)
    ("en", "The old flyer by the door still says 'clean means no methadone' - ignore it. "
     "The group voted: members on MAT take part fully, keytags included.", "friendly"),
]  # fmt: skip


#: A newcomer's trial after the round (40 listings of its own, labelled before the tool ran,
#: 35 agreed): one restricting listing came out friendly at 0.95 unreviewed, where an
#: "except" after "like everyone else" was read as part of the universal condition.
TRIAL = [
    ("en", "Folks on Suboxone are treated like everybody else, except they can't hold group "
     "service.", "restricted"),
    ("de", "Von Menschen in Substitution verlangen wir nichts anderes als von allen anderen.",
     "friendly"),
    ("en", "The sign on the door says people on MAT can't chair. That's out of date - the "
     "group voted it down last year; members on MAT chair like anyone.", "friendly"),
    # "except this:" opens what follows (passes on 95cebe6)
    ("en", "We take no position on outside issues, except this: whatever your doctor "
     "prescribes for your opioid use, there's a chair here for you.", "friendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITS)
def test_limits_read_in_round39(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), WELCOMES)
def test_welcomes_read_in_round39(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "fellowship"), ELSEWHERE)
def test_other_meetings_named_in_round39_are_no_welcome(
    lang: str, notes: str, fellowship: str
) -> None:
    assert status(notes, fellowship) != "friendly", lang


@pytest.mark.parametrize(("lang", "notes", "expected"), KEPT)
def test_what_round39_keeps(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), TRIAL)
def test_what_the_newcomer_trial_of_round39_found(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
