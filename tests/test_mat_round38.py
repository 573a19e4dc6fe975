"""Round 38 of the MAT tag (session 22): blind149, 150 and 151, read for their wrong
friendly and their lost friendlies.

blind149-151 were written after round 37, frozen and scored on arrival (fbed46a). Then the
one wrong friendly of blind151 was read, with the three sets' lost friendlies (blind150 is
British and Irish, and lost most of its welcomes to "on a script"); the three sets are
spent (moved out of `pipeline.mat.learned.sets.UNREAD`, and the learned reader retrained
with them). Each case below is a paraphrase of its kind, and fails on fbed46a unless
marked. The kinds left alone are in the README (MAT tagging, "Round 38").
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status

#: (lang, notes, expected)
LIMITS = [
    # a footnote that names treatment as a time
    ("es", "Bienvenidos todos, también quienes están en tratamiento de mantenimiento.*\n"
     "* Mientras estén en el tratamiento no pueden coordinar ni apadrinar.", "restricted"),
    # (passes on fbed46a: the learned reader's reading)
    ("en", "All welcome, people on maintenance too.* *While they're in treatment they can't "
     "sponsor or chair.", "restricted"),
]  # fmt: skip

WELCOMES = [
    # the British "on a script", "OST"
    ("en", "Your clean date is your clean date - on a script or not, we count it the same as "
     "everyone's.", "friendly"),
    ("en", "Nobody's turned away for being on a script, and nobody's told to sit on their "
     "hands either.", "friendly"),
    # (passes on fbed46a, where "like any other member" decided alone)
    ("en", "Anyone on OST shares, serves and picks up keyrings like any other member.",
     "friendly"),
    # a subject in the singular: "shares, serves"
    ("en", "Everyone on methadone shares, chairs and gets keytags.", "friendly"),
    # an old text's words, set aside
    ("en", "Old flyers said 'methadone users listen only' - that is no longer our group "
     "conscience. Everyone on Suboxone shares and serves.", "friendly"),
    # nobody will "ask ..., or tell you" a limit
    ("en", "No one here will ask what you take, or tell you your clean time doesn't count "
     "because you're on methadone.", "friendly"),
    # "in no time", "nothing's off limits", "the back row"
    ("en", "On bupe? You'll be chairing in no time like everybody else.", "friendly"),
    ("en", "On methadone? You're welcome here and nothing's off limits to you - share, "
     "sponsor, GSR.", "friendly"),
    ("en", "Being on Suboxone doesn't put you in the back row here - you lead, you sponsor, "
     "you get your chip.", "friendly"),
    # "are just members" (passes on fbed46a: the learned reader's reading, under review)
    ("en", "People on methadone here are just members. Same chairs, same keytags.",
     "friendly"),
]  # fmt: skip

#: A newcomer's trial after the round (40 listings of its own, labelled before the tool ran,
#: 31 agreed): two restricting listings came out friendly at 0.85 unreviewed, where the
#: "includes" stood in a sentence of its own; two more came out friendly from the learned
#: reader (0.55, reviewed) where a dashed "no" was left unread; and "counts from when you
#: stop using" read as a limit.
TRIAL = [
    ("en", "Everyone welcome, including people on methadone or Suboxone. Clean time is "
     "counted from your last use of any drug. That includes maintenance medications.",
     "restricted"),
    ("es", "Todos son bienvenidos, también quienes toman buprenorfina. El tiempo limpio se "
     "cuenta desde el último consumo. Eso incluye la metadona y la buprenorfina.",
     "restricted"),
    ("en", "On MAT? Sharing - yes. Service - no.", "restricted"),
    ("es", "¿Tomas metadona? Asistir: sí. Compartir: no.", "restricted"),
    ("en", "Clean time counts from when you stop using, not from when you stop your "
     "Suboxone.", "friendly"),
]  # fmt: skip

KEPT = [
    # a building shared is no sharing (passes on fbed46a)
    ("en", "The Sublocade clinic shares the building with us; we meet in Suite 3.",
     "not friendly"),
    # a meeting's script is no prescription (passes on fbed46a)
    ("en", "The secretary reads the script and then we share.", "unknown"),
    # "nobody is going to tell you" keeps its reading (passes on fbed46a)
    ("en", "Buprenorphine, methadone, whatever - nobody here is going to tell you that you "
     "aren't clean.", "friendly"),
    # a sentence "That includes ..." after one without a last use stays its own
    # (passes on fbed46a)
    ("en", "It's customary to call for anniversaries at the end. That includes members whose "
     "sober time has been on methadone -- come get your chip.", "friendly"),
    # "stop using" before the medication stays a condition (passes on fbed46a)
    ("en", "Members on methadone welcome; you may share once you stop using methadone.",
     "restricted"),
    # "serves as" is no service
    ("en", "Methadone serves as a bridge for many of us.", "not friendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITS)
def test_limits_read_in_round38(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), WELCOMES)
def test_welcomes_read_in_round38(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), KEPT)
def test_what_round38_keeps(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), TRIAL)
def test_what_the_newcomer_trial_of_round38_found(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
