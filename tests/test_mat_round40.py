"""Round 40 of the MAT tag (session 23): blind161 and blind163, read for their wrong
friendly and their lost friendlies.

blind161-163 were written after round 39, frozen and scored on arrival (ab19776): 0.978 /
0.806 / 0.871 with one wrong friendly, in blind163 (the Deep South). blind163 and blind161
(French, recall 0.800) were read and are spent; blind162 stays unread. Each case below is
a paraphrase of its kind, and fails on ab19776 unless marked.
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status

#: (lang, notes, expected)
LIMITS = [
    # a slot negated before a contrast, the welcome after it (passes on ab19776 in this
    # wording: the learned reader's or another rule's reading)
    ("en", "By group conscience, days on maintenance medication (methadone/bupe) aren't "
     "counted toward clean time - but members on MAT are encouraged to keep coming and "
     "share.", "restricted"),
    # the same, as blind163 put it: friendly at 0.85, unreviewed, on ab19776
    ("en", "Keytags by clean date. As the group decided, time on maintenance meds "
     "(methadone/Suboxone) isn't counted toward clean time - but MAT members are "
     "encouraged to keep coming, share and find a sponsor.", "restricted"),
]  # fmt: skip

WELCOMES = [
    # "it's not our business" negates nothing after it (passes on ab19776 in this
    # wording: the learned reader's or another rule's reading)
    ("en", "Whatever your doctor prescribes - for depression or for opioid use disorder "
     "(bupe, methadone) - it's not our business, and you're a full member here.",
     "friendly"),
    # "nadie te pregunta si tomas metadona" is no question put to the group
    ("es", "Aquí nadie te pregunta si tomas metadona: eres miembro y puedes compartir y "
     "servir como todos.", "friendly"),
    # "however" as "in whatever way" (passes on ab19776 in this
    # wording: the learned reader's or another rule's reading)
    ("en", "Sit with us however you're getting well - clinic, script or cold turkey. Same "
     "seat, same voice, same keytags for people on methadone.", "friendly"),
    # a fellowship's "position" on an issue is no service position (passes on ab19776 in this
    # wording: the learned reader's or another rule's reading)
    ("en", "AA's position is non-interference between doctor and patient - members on "
     "buprenorphine are members like anybody.", "friendly"),
    # questions sent to a doctor limit nothing
    ("en", "People on MAT welcome, to share and serve. Medication questions go to your "
     "doctor, not to us.", "friendly"),
    # "no matter how they get here - on methadone, or off everything" (passes on ab19776 in this
    # wording: the learned reader's or another rule's reading)
    ("en", "We want addicts to choose membership no matter how they get here - on methadone, "
     "on bupe or off everything. MAT members share and serve in this group.", "friendly"),
    # likened to another meeting, then this group's own welcome
    ("en", "Same as the MARA meeting upstairs, our NA group welcomes members on MAT - share "
     "and serve freely.", "friendly"),
    # French: "ne change rien à ta place" (passes on ab19776 in this wording), "est un
    # membre, point"
    ("fr", "Ici, la méthadone ne change rien à ta place dans le cercle : tu partages quand tu "
     "veux, tu prends une clé de service.", "friendly"),
    ("fr", "Le groupe a voté : un membre sous buprénorphine est un membre, point.",
     "friendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITS)
def test_limits_read_in_round40(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), WELCOMES)
def test_welcomes_read_in_round40(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
