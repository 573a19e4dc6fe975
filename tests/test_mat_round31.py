"""Round 31 of the MAT tag: what service bodies say, and what a group makes of it.

blind113-115 were written after round 30 was complete, by writers that had never seen the
rules, frozen and scored on arrival (57edf10). blind115 (service-body statements quoted into
notes: area and intergroup policies, H&I rules, facility rules) was then read, so it is
spent; the cases below quote or paraphrase it. blind113 and blind114 have not been looked at.
- a rule denied is no rule: "There is no rule in this group that people on maintenance meds
  must listen only", 'this group has no "clean time doesn't count on bupe" rule', 'Not a
  "no MAT" meeting', "with no conditions on sharing, service or clean time" (all four read
  as limits, three at 0.85 and one unfriendly at 0.9);
- "Being on MAT does not mean you can't chair here", "a member, not a guest", "no less a
  part of the meeting", "clean time isn't reset by MAT" are welcomes;
- whose word a sentence reports: "Per the district's position and our group's vote: this
  meeting is not for people on opioid replacement" bans the room (the "position" had read
  as a service position);
- a group's autonomy answers the policy before it ("Area policy says members on DRT
  shouldn't hold service positions. But each group is autonomous, and our group voted not
  to follow that");
- other meetings named by a service body ("District 14's committee lists the Open Arms group
  as MAT-affirming", "is our area's MAT-friendly H&I panel"; both read friendly at 0.85),
  and "you'd likely get more out of SMART Recovery" sends people away;
- AA's own pamphlet ("Some A.A. members must take prescribed medication for serious
  medical problems"), a ward's "medication pass" and "after surgery" limit nobody (both read
  unfriendly at 0.55);
- "todavía estás consumiendo" said to people on methadone is an exclusion.
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status

A_RULE_DENIED = [
    ("en", "There is no rule in this group that people on maintenance meds must listen only. "
     "(Someone asked at the business mtg - answer was no, unanimous.)", "not restricted"),
    ("en", 'Unlike what you may have heard about NA, this group has no "clean time doesn\'t '
     'count on bupe" rule. We don\'t do that here. Your keytag is yours.', "friendly"),
    ("en", 'Not a "no MAT" meeting. Never was. Vivitrol, Sublocade, methadone - none of it '
     "disqualifies you from anything in this group.", "friendly"),
    ("en", "The area service committee adopted an MAT statement and our group signed on: "
     "addicts on medication-assisted treatment are welcome here with no conditions on "
     "sharing, service or clean time.", "friendly"),
    # a rule that stands still limits
    ("en", "Our rule: people on maintenance meds listen only.", "restricted"),
]  # fmt: skip

WELCOMES_IN_OTHER_WORDS = [
    ("en", "Being on MAT does not mean you can't chair here. Doesn't mean you can't sponsor "
     "either.", "friendly"),
    ("en", "Do people on Suboxone count as clean here? Yes. District 3 leaves it to each group "
     "and this group decided clean time isn't reset by MAT.", "friendly"),
    ("en", "From the district inventory we took this to heart: a member on MAT is a member, "
     "not a guest.", "friendly"),
]  # fmt: skip

SERVICE_BODIES = [
    ("en", "Per the district's position and our group's vote: this meeting is not for people "
     "on opioid replacement. Sorry.", "unfriendly"),
    # a slot before the colon is still the subject
    ("en", "Service positions: not for people on methadone.", "restricted"),
    ("en", "Area policy (2009) says members on DRT shouldn't hold service positions. But each "
     "group is autonomous, and in 2023 our group voted not to follow that here - anyone on "
     "MAT can share, serve and get keytags.", "not restricted"),
    ("en", "District 14's accessibility committee lists the Open Arms group (Sat 9am) as "
     "MAT-affirming. 6:30am coffee and discussion.", "unknown"),
    ("en", "Area H&I note: the Still Standing group at County Jail 2 is our area's "
     "MAT-friendly H&I panel.", "unknown"),
    ("en", "We stick to the Big Book. People on methadone or bupe, you'd likely get more out "
     "of SMART Recovery Thursdays at the library.", "unfriendly"),
]  # fmt: skip

NO_POLICY = [
    ("en", "Some A.A. members must take prescribed medication for serious medical problems - "
     "topics often include prescribing, pain meds after surgery, naltrexone for alcohol.",
     "unknown"),
    ("en", "Start time floats 7:00-7:15 because we meet right after the unit's evening "
     "medication pass.", "unknown"),
]  # fmt: skip

EXCLUSIONS = [
    ("es", "Todos los adictos son bienvenidos. Pero si estás en metadona o suboxone todavía "
     "estás consumiendo; te pedimos que vengas cuando estés limpio.", "unfriendly"),
    ("en", "Closed meeting for alcoholics who are sober. Our group adds: no substitute drugs "
     "in the room.", "unfriendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), A_RULE_DENIED)
def test_pseudo_negation_a_rule_denied(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), WELCOMES_IN_OTHER_WORDS)
def test_welcome_without_welcome_word(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), SERVICE_BODIES)
def test_other_meeting_reference_and_service_bodies(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), NO_POLICY)
def test_medication_mention_no_policy(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), EXCLUSIONS)
def test_implicit_exclusion(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
