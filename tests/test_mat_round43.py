"""Round 43 of the MAT tag (session 24): the wrong friendlies of blind173 and blind175,
and a few of their misses.

blind172-175 were written after round 42, frozen and scored on arrival with b261472:
0.954 / 0.850 / 0.873 with two wrong friendlies, one in blind173 (meetings in medical
settings) and one in blind175 (AA groups and medication). Those two sets were read and are
spent; blind172 and blind174 stay unread. Each case below is a paraphrase of its kind, and
fails on b261472 unless marked.
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status

#: (lang, notes, expected)
CASES = [
    # blind173's wrong friendly: sharing only in the last minutes of the meeting
    ("en", "Our group decided: DRT members may share in the last 15 min.", "restricted"),
    # (passes on b261472: an unread condition, reviewed)
    ("es", "Los compañeros en metadona pueden compartir en los últimos 10 minutos.",
     "restricted"),
    # a double negative is a welcome, not a denial
    ("en", "There is absolutely no reason why addicts shouldn't attend AA meetings, and that "
     "includes folks on Suboxone or methadone - you're welcome to sit in and share.",
     "friendly"),
    # a quoted view the group rejects
    ("en", "\"You're just replacing one drug with another\" - you won't hear that from this "
     "group. MAT members share and serve like everybody.", "friendly"),
    # a list of slights, then "none of that for members on MAT"
    ("en", "Judgment or condescension, being ignored or excluded, not being taken seriously - "
     "none of that for members on DRT/MAT at this group. They share and serve like "
     "everyone.", "friendly"),
    # while "X - none of it disqualifies you" stays a welcome (passes on b261472)
    ("en", "Vivitrol, Sublocade, methadone - none of it disqualifies you from anything in "
     "this group.", "friendly"),
    # "Not a meeting where anyone's going to tell you to get off your meds"
    ("en", "Not a meeting where anyone's going to tell you to get off your meds.",
     "not unfriendly"),
    # "doesn't infer anyone isn't sober"
    ("en", "This group doesn't infer anyone isn't sober because they take meds from a doctor "
     "- bupe and methadone included.", "not unfriendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), CASES)
def test_cases_read_in_round43(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
