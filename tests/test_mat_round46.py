"""Round 46 of the MAT tag (session 25): the wrong friendlies of blind184 and blind185.

blind184-187 were written after round 45, frozen and scored on arrival with d788d6b:
0.967 / 0.795 / 0.853 with two wrong friendlies in 640, both in long texts: blind184
(long Spanish and bilingual group descriptions) and blind185 (formats and scripts pasted
whole). Those two were read and are spent; blind186 and blind187 stay unread. Each case
below is a paraphrase of its kind; six of the nine fail on d788d6b, and three held there
already and stay as guards.
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status

#: (lang, notes, expected)
CASES = [
    # blind184's wrong friendly: a medal counted from when the treatment ends
    ("es", "Todos son bienvenidos, también el que llega de un programa de metadona. El "
     "compañero en tratamiento de metadona recibe su medalla contando desde que termine ese "
     "tratamiento.", "restricted"),
    # blind185's wrong friendly: sobriety for the countdown excludes maintenance
    ("en", "This group counts sobriety as freedom from alcohol and all mind-altering drugs, "
     "and for our countdown that includes methadone and buprenorphine maintenance; members "
     "on maintenance are welcome to share.", "restricted"),
    # a format's asides limit nothing: the AA pamphlet's honesty with one's doctor
    ("es", "Si tu médico te tiene en metadona, aquí pasas a tribuna y te dan tu medalla. Lo "
     "que sí pedimos: sé sincero con tu médico sobre cómo tomas tus medicamentos.",
     "friendly"),
    ("en", "Members on methadone share, chair and get keytags like anyone. We only ask that "
     "you be honest with yourself and with your physician about your medication.",
     "friendly"),
    # "not a meeting where people on methadone are asked to keep quiet"
    ("en", "This is not a meeting where people on methadone or Suboxone are asked to keep "
     "quiet, take a different chip, or step down from service.", "not restricted"),
    # the tradition's one requirement, and requirements that apply to everybody
    ("en", "Members on MAT share and serve like everyone. CA's only requirement for "
     "membership is a desire to stop using.", "friendly"),
    ("en", "People on methadone are members like anyone here. Our time requirements apply to "
     "everybody the same way, and time on medication counts.", "friendly"),
    # a member off everything for twenty years is a story, not an end of treatment asked for
    ("en", "The member who picks up a dose every morning and the member who's been off "
     "everything for twenty years share, chair and get keytags the same way.",
     "not unfriendly"),
    # Spanish: a meeting that is not "medication-free", recent years, "si te lo piden"
    ("es", "Sobre las medicinas: esta no es una junta 'libre de medicamentos'. Si estás en "
     "metadona, compartes, sirves y apadrinas si te lo piden, igual que el resto.",
     "friendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), CASES)
def test_cases_read_in_round46(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
