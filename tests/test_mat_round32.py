"""Round 32 of the MAT tag: blind116's two wrong friendlies.

blind116-118 were written after round 31 was complete, by writers that had never seen the
rules, frozen and scored on arrival (5aa8886). blind116 (NA areas and AA intergroups of
mid-size Southeastern cities) was then read for its two wrong friendlies, so it is spent;
blind117 and blind118 have not been looked at.
- a request is no fact of the group: "Members on replacement therapy are asked to share on
  Wednesday open-share night, not during Sunday's clean-time focused format" read friendly
  at 0.85 (the `members-do` cue took "share" for what they do);
- "time on methadone or bupe isn't called" when people are called up for keytags is clean
  time left out (it read friendly at 0.85 on "the newcomer welcome").
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status

FROM_BLIND116 = [
    ("en", "We support all paths to recovery! Members on replacement therapy are asked to "
     "share on Wednesday open-share night, not during Sunday's clean-time focused format.",
     "restricted"),
    ("en", "Clean time celebrations the last Friday of the month. When it comes time to call "
     "people up for keytags, time on methadone or bupe isn't called - you can still stand up "
     "for the newcomer welcome.", "restricted"),
    # a negated request still limits, and an invitation still welcomes
    ("en", "Group conscience: members on opioid maintenance won't be asked to chair or lead "
     "the steps.", "restricted"),
    ("en", "Members on methadone are encouraged to share and chair.", "friendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), FROM_BLIND116)
def test_welcome_then_restriction_from_blind116(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
