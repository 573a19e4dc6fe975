"""The blind sets of rounds 5 to 34 and sessions 19 and 20, by writers who never saw the rules.

Each tests/fixtures/mat/blindN.jsonl was written as a realistic sample and frozen; its
SHA-256 is checked so a changed file fails loudly. None was tuned on; only aggregate
figures were read while rules changed, each reading recorded in tests/fixtures/mat/BLIND.md:
blind3 at the start of round 5 (one listing's first line was seen by mistake, no rule was
written for it), blind4 mid-round, blind5 and blind6 at the end of round 5, blind7 during
round 6, read once after its rules froze. blind8 to blind11 were written at the start of
round 7, scored on arrival with the round-6 engine and read once after round 7 froze.
At that reading blind4 showed one wrong friendly it had not had before; that listing was
looked at and its rule fixed, so blind4 is spent (it guards regressions like a tuning set).
blind12 to blind15 were written at the start of round 8, scored on arrival with the
round-7 engine (8ae0adc) and read once after round 8 froze (bc01471). blind16 to blind19
were written after round 8 landed, scored on arrival with the round-8 engine (5047ec0) and
read once after round 9 froze (59523a2). blind20 to blind27 were written during round 10
(blind20 to blind23 before any rule changed, blind24 to blind27 while it ran, none looked at),
scored on arrival with the round-9 engine (b7e9bf9) and read once after round 10 froze
(aa1048b); the worn sets were read once more then. blind28 to blind31 were written after round
10 landed, scored on arrival with the round-10 engine (3e41198) and read once after round 11
froze (ddc10b2), when the worn sets were read once more. blind32 to blind35 were written
after round 11 landed, scored on arrival with the round-11 engine (6deb2e9) and read once
after round 12 froze (588de73), with the worn sets. blind36 to blind43 were written during
round 13 (blind36 to blind39 before any rule changed, blind40 to blind43 while it ran, none
looked at), scored on arrival with the round-12 engine (17e03d5) and read once after round
13 froze (32f047b), with the worn sets. blind44 to blind47 were written after round 13
landed, scored on arrival with the round-13 engine (5c266ac) and read once after round 14
froze (36a3e0b), with the worn sets. blind48 to blind51 were written at the start of round
15, scored on arrival with the round-14 engine (3d58f64) and read once after round 15 froze
(2ddac6a), with the worn sets; blind52 to blind55 were written while round 15 ran, none
looked at, scored on arrival with its frozen engine (2ddac6a) and read once after round 16
froze (8b6e8fd), with the worn sets. blind56 to blind59 were written after round 16 landed
(2ce8246) and scored on arrival with it, and read once after rounds 17 and 18 froze
(a2630fd, 63daa56). blind60 to blind63 were written at the start of round 17, none looked
at, scored on arrival with the round-16 engine (7b82e96); blind64 to blind67 were written
while round 17 ran, frozen on arrival and scored once round 17 froze (a2630fd). All eight
were read once after round 18 froze (63daa56), with the worn sets. blind68 and blind69 were
written after round 18 landed on main (71e349a), scored on arrival with it and read once
after round 19 froze (af39d1d), with the worn sets. blind70 to blind73 were written after
round 19 landed on main (e186bb6) and scored on arrival with it; they were read at the
start of round 20, and round 20's contrast and listening rules were written from the
constructions of two of blind73's wrong friendlies, so blind70 to blind73 are spent (they
guard regressions like tuning sets). blind74 to blind77 were written at the start of round
20, before any rule changed, frozen and scored on arrival with the round-19 engine
(fd24afa), and read once after round 20 froze (67d243f); round 21's idea (a denied adverse
act) came partly from reading their misses, so their gains under round 21 are not counted
as evidence. blind78 to blind81 were written after round 20 froze, scored on arrival with
it, and read once after round 21 froze (eb7b22c). blind82 was written while round 21 ran
and scored on arrival with its frozen engine; it has not been looked at. The wrong
friendlies of blind78 and blind80 were read after round 21 froze and round 22 fixed both
(a bare "chair" after "program", "as a visitor"), so those two sets are spent. blind84 and
blind85 were written after round 22 landed on main (d502a06) and scored on arrival with it;
neither has been looked at. blind86 to blind89 were written at the start of round 23, before
any rule changed, frozen and scored on arrival with the round-22 engine (0c3628f), and scored
once more after round 23 froze; none has been looked at. Round 23 was written from spent and
worn sets (blind57, blind65, blind69, blind70 to blind81) and the tuning sets; blind72 meets
every threshold after it. blind90 and blind91 were written after round 23 froze (fa7153c) and
scored on arrival with it; neither has been looked at. The one decision round 23 moved in
blind89 (an unknown listing called friendly) was then read and its cause fixed, so blind89
is spent.
blind92 to blind94 were written at the start of round 24 (session 12), before any rule
changed, frozen and scored on arrival with the round-23 engine (53623e2), and scored again
when round 24 froze (24a471c): it moved none of their decisions. blind94 was then read, and
its two wrong friendlies and some misses fixed, so blind94 is spent; blind92 and blind93 have
not been looked at.
blind95 to blind97 were written at the start of round 25 (session 13), before any rule
changed, by writers that had never seen the rules (online and hybrid meetings; Appalachia and
the Ohio valley; special-focus meetings in California), frozen and scored on arrival with the
round-24 engine (ef9c18c). blind95 and blind97 met every threshold on arrival. Round 25
froze at 4b55f77 without looking at them: it moved two decisions of blind96 (both right) and
none of blind95 or blind97. blind96 was then read, and its four wrong friendlies fixed, so
blind96 is spent; blind95 and blind97 have not been looked at.
blind98 to blind100 were written at the start of round 26 (session 14), before any rule
changed, by writers that had never seen the rules (the US-Mexico border and the Southwest;
the Northeast's recovery community centers and treatment-adjacent meetings; the Upper Midwest
and Great Plains), frozen and scored on arrival with the round-25 engine (ac8571f). Round 26
froze at 943df62 without looking at them, and moved none of their decisions; round 27
froze at 75f9494 without looking at them either, and moved none. blind100 was then read,
and its two wrong friendlies fixed, so blind100 is spent; blind98 and blind99 have not been
looked at.
blind101 to blind103 were written at the start of round 28 (session 15), before any rule
changed, by writers that had never seen the rules (Canada in English and Quebec French; the
justice and recovery-housing systems of the US South-Central states; the Mountain West),
frozen and scored on arrival with the round-27 engine (11ecda1). Round 28 froze at f6cdd9a
without looking at them, and moved one decision of blind102 (right). blind102 was then
read, and its two wrong friendlies fixed, so blind102 is spent; blind101 and blind103 have
not been looked at.
blind104 to blind106 were written at the start of round 29 (session 16), before any rule
changed, by writers that had never seen the rules (the Mid-Atlantic's clinic-dense cities in
English and Spanish; Spanish-language listings from Spain, Mexico, Puerto Rico, Colombia and
Argentina; German-speaking listings from Germany, Austria and Switzerland), frozen and scored
on arrival with the round-28 engine (78a1ae6). Round 29 froze at 49f8685 without looking
at them, and moved none of their decisions. blind105 was then read, and its two wrong
friendlies fixed, so blind105 is spent; blind104 and blind106 have not been looked at.
blind107 to blind109 were written after round 29 was complete (session 16), by writers that
had never seen the rules (Alaska, Hawaii and the US Pacific territories; French-language
listings from France, Belgium, Switzerland and rural Quebec; the Great Lakes rust-belt
cities, with notes pasted from business-meeting minutes), frozen and scored on arrival with
the final round-29 engine (9c49a6b). blind109 was then read, and some of its misses fixed
(it moved none of blind107 or blind108), so blind109 is spent; blind107 and blind108 were
read in session 17, after blind110-112 were frozen (round 30), and are spent too.
blind110 to blind112 were written at the start of session 17, before any rule changed, by
writers that had never seen the rules (meeting formats and scripts pasted into notes;
northern New England and the North Country, with some French; the Deep South and Gulf
Coast, with Spanish-language groups), frozen and scored on arrival with the engine of
f5fa5d2 (round 29 and the blind109 fixes). blind110 and blind111 were then read, and
their misses fixed (round 30), so they are spent; blind112 has not been looked at.
blind113 to blind115 were written after round 30 was complete (session 17), by writers that
had never seen the rules (harm-reduction and peer-run spaces of the US West Coast; the
Spanish-language meetings of US intergroups; service-body statements quoted into notes),
frozen and scored on arrival with the final round-30 engine (57edf10). blind115 was then
read, and its misses fixed (round 31), so it is spent; blind113 and blind114 have not been
looked at.
blind116 to blind118 were written after round 31 was complete (session 17), by writers that
had never seen the rules (NA areas and AA intergroups of mid-size cities of the US
Southeast; German-speaking listings from southern Germany, Austria and Switzerland; secular
and non-12-step meetings), frozen and scored on arrival with the final round-31 engine
(5aa8886). blind116 was then read for its two wrong friendlies (round 32), so it is spent;
blind117 and blind118 have not been looked at.
blind119 to blind121 were written at the start of session 18, before any rule changed, by
writers that had never seen the rules (veterans' and military recovery meetings; young
people's and collegiate recovery meetings; Texas and Oklahoma), frozen and scored on
arrival with the engine of 697a29e (round 32 and its mend). None has been looked at.
Round 33 was then written from blind112, blind113 and blind114, read after the freeze, so
those three are spent.
blind122 to blind124 were written at the start of session 19, before anything changed, by
writers that had never seen the rules (women's, mothers' and LGBTQ+ meetings; Florida and
Puerto Rico; faith-hosted meetings), frozen and scored on arrival with 793c398 (the rules
of round 33). Session 19 then added the learned reader (`pipeline/mat/learned/`), trained
on the read sets only; no set was read. The figures after each set's last reading say
what it changed ("with the learned reader").
blind125 to blind127 were written after the learned reader landed (the Midwest's big
cities; Hospitals and Institutions and re-entry meetings; New York City and northern New
Jersey), frozen and scored on arrival with the engine of 3b0216d. None has been looked at.
blind128 to blind130 were written at the start of session 20, before anything changed, by
writers that had never seen the rules (chronic-pain, dual-diagnosis and prescription-
medication meetings; Pennsylvania; notes written as FAQs and newcomer guides), frozen and
scored on arrival with the engine of c0ad118 (the rules and the learned reader). Round 34
was then written from the wrong friendlies of blind90, 92, 93, 99, 104, 119 and 120, read
once that session; those seven are spent, and the learned reader was retrained with them.
blind131 to blind133 were written after round 34 landed, by writers that had never seen the
rules (small cities of Ohio, Indiana and Michigan; meeting-change notices; Native American,
Alaska Native and First Nations meetings), frozen and scored on arrival with cf5565f.
blind134 to blind136 were written after round 34 was complete (professionals' and
safety-sensitive workers' meetings; treatment-center alumni and aftercare groups; terse
app-style listings), frozen and scored on arrival with 094fb12.
blind137 to blind139 were written in session 21 before anything changed (the Ozarks and the
rural mid-South; group service and sponsorship pages; the cities of southern New England),
frozen and scored on arrival with ea85fd4.
blind140 to blind142 were written after round 35 (the Gulf and South Atlantic coasts' cities
and beach towns; Spanish-language and bilingual meetings of the US interior and West; group
websites' and newsletters' words about a meeting), frozen and scored on arrival with 5498ea6.
blind143 to blind145 were written in session 22 before anything changed (Texas and Oklahoma;
Canada's Ontario, Quebec and British Columbia, a third in French; the big-city intergroups of
New York, Chicago and Los Angeles), frozen and scored on arrival with 1290c11.
blind146 to blind148 were written after round 36 (Appalachia and the Ohio River valley;
online and phone meetings; California, a quarter in Spanish), frozen and scored on arrival
with round 36 (00e9ad2).
blind149 to blind151 were written after round 37 (the Upper Midwest and Great Plains; the
United Kingdom and Ireland; Florida and Puerto Rico, 70 es), frozen and scored on arrival
with round 37 (fbed46a).
blind152 to blind154 were written after round 38 (the Mountain West and the Southwest;
meetings for particular members: women, men, LGBTQ+, young people, veterans, Deaf; the
Mid-Atlantic), frozen and scored on arrival with 5448cf7.
blind155 to blind160 were written after round 38 (the Pacific Northwest, Alaska and Hawaii;
the justice system: jails, drug courts, re-entry; Australia and New Zealand; the
German-speaking countries, 110 de; Mexico, Central America and the border, 110 es; the big
cities of the Midwest), frozen and scored on arrival with b5794bb and 95cebe6 (which decide
alike).
blind161 to blind163 were written after round 39 (French-speaking Quebec, France, Belgium
and Switzerland, 108 fr; northern New England and upstate New York; the Deep South), frozen
and scored on arrival with ab19776.
blind164 to blind167 were written after round 40 (Pennsylvania and western New York; the
cities of Tennessee, Kentucky and the Carolinas; Spain and South America, 140 es; meeting
formats and readings pasted into the notes), frozen and scored on arrival with 54eb7ad.
blind168 to blind171 were written after round 41 (the German-speaking countries' self-help,
119 de; Spanish-speaking meetings of the US East Coast, 120 es; recovery residences and
sober living; social-media posts and announcements), frozen and scored on arrival with
777a89b.
blind172 to blind175 were written after round 42 (Canada's Prairies and Atlantic
provinces, 15 fr; meetings in medical settings; groups for pregnant and parenting people;
AA groups and medication), frozen and scored on arrival with b261472.
blind176 to blind179 were written after round 43 (NA groups and medication; secular and
smaller fellowships; Spanish-speaking meetings of California and the Pacific Northwest,
123 es; French- and German-speaking Europe, 71 de and 69 fr), frozen and scored on arrival
with dc329db.
blind180 to blind183 were written after round 44 (Spanish-speaking and bilingual meetings
of Chicago and the Midwest, 95 es; long group descriptions of 150 to 400 words; small
towns of the US Southeast; central Mexico, 150 es), frozen and scored on arrival with
716520c.
blind184 to blind187 were written after round 45 (long Spanish and bilingual group
descriptions, 120 es; meeting formats and scripts pasted whole; the Northern Plains and
Mountain states; international English meetings in German-speaking cities, 80 de), frozen
and scored on arrival with d788d6b.
The set of round 1 and the integrator's second set have their own modules
(test_mat_blind.py, test_mat_blind2.py).

A set that meets every acceptance threshold is tested strictly; the others stay `xfail`
with their figures.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import pytest

from pipeline.mat.engine import Listing, tag_mat
from pipeline.mat.learned.sets import unread_files
from tests.conftest import FIXTURES
from tests.test_mat_blind import MIN_ACCURACY, MIN_PRECISION, MIN_RECALL, figures
from tests.test_mat_labelled import reliability_table


@dataclass(frozen=True)
class BlindSet:
    name: str
    sha256: str
    #: The figures of the last reading, why the acceptance test is still expected to fail.
    figures: str
    #: No restricting listing was called friendly at the last reading: any now fails.
    holds_no_wrong_friendly: bool
    #: Every acceptance threshold held at the last reading: the acceptance test is strict.
    meets_acceptance: bool = False

    def rows(self) -> list[dict[str, object]]:
        text = (FIXTURES / "mat" / f"{self.name}.jsonl").read_text(encoding="utf-8")
        return [json.loads(line) for line in text.splitlines() if line]


SETS = (
    BlindSet("blind3", "8e7ceda49a71c5ab7a21967f1890e5b08e86e4bfbad7ac42de826a5f01779562",
             "round 7: precision 1.000, recall 0.893, accuracy 0.925, 0 wrong friendly", True,
             True),
    BlindSet("blind4", "d537a1672eb728cc4c2b598b11a35e839e6d31f7457ff9dd4bc69ff83101fa19",
             "round 7 (spent): precision 1.000, recall 0.893, accuracy 0.925, 0 wrong "
             "friendly", True, True),
    BlindSet("blind5", "53d4ee915cdd3dcc7cc4e6d246fabff0b9bd9c7e4a90d1844cf12f9d562c7160",
             "round 8: precision 1.000, recall 0.862, accuracy 0.931, 0 wrong friendly", True,
             True),
    BlindSet("blind6", "f7cb888154d50ecbc3ad34f7ebda59436c49090ca61577980403679fd751360e",
             "round 7: precision 1.000, recall 0.893, accuracy 0.925, 0 wrong friendly", True,
             True),
    BlindSet("blind7", "fd32bcc9b959c387ccc809acb4274558bea9cc9a270a74cf2ce21cc212f9427c",
             "round 34 (session 20; its last wrong friendly read), with the learned reader: "
             "precision 1.000, recall 1.000, accuracy 0.994, 0 wrong friendly (round 10: 0.980 "
             "/ 0.875 / 0.919 / 1)",
             True, True),
    BlindSet("blind8", "de95982732b7ea4a9eef695257a3b89d70429ee8f047da8723b5cb82d6de42be",
             "round 24: precision 1.000, recall 0.964, accuracy 0.975, 0 wrong friendly "
             "(round 10: 0.981 / 0.929 / 0.956 / 1)", True, True),
    BlindSet("blind9", "665d362a98e080bb74e7886f9ca38692f26578e1c6e29947cdfd8b57fa11d483",
             "round 7, read once after freezing: precision 1.000, recall 0.893, accuracy "
             "0.906, 0 wrong friendly (on arrival: 1.000 / 0.839 / 0.894 / 0)", True, True),
    BlindSet("blind10", "7d44e25139657b10e361ee05dcd7f869a2f66d530cfd674bf046bbf3a2f37982",
             "round 7, read once after freezing: precision 1.000, recall 0.946, accuracy "
             "0.925, 0 wrong friendly (on arrival: 1.000 / 0.875 / 0.887 / 0)", True, True),
    BlindSet("blind11", "16cf7c420c56ea23ea69e7ed9d32ecc0656cd5ee03bab399d914077764b329eb",
             "round 7, read once after freezing: precision 1.000, recall 0.893, accuracy "
             "0.944, 0 wrong friendly (on arrival: 0.979 / 0.839 / 0.900 / 0)", True, True),
    BlindSet("blind12", "8ab6af74795da19fb305df6a510f3f9bdb1a6fd07024ac9c57213719a7ae4460",
             "round 8, read once after freezing: precision 1.000, recall 0.911, accuracy "
             "0.944, 0 wrong friendly (on arrival, round 7: 1.000 / 0.911 / 0.938 / 0)", True,
             True),
    BlindSet("blind13", "e3bda9fd50f74e87e454c4446729a5cd1f7f694876d6e8cbec88a4eb0df02aec",
             "round 8, read once after freezing: precision 1.000, recall 0.946, accuracy "
             "0.944, 0 wrong friendly (on arrival, round 7: 1.000 / 0.929 / 0.931 / 0)", True,
             True),
    BlindSet("blind14", "50c1b7b6f33d5fb3ff683424ffa2c4a6769b8f47503ee84e761b10443b8217c9",
             "round 8, read once after freezing: precision 0.980, recall 0.893, accuracy "
             "0.931, 0 wrong friendly (on arrival, round 7: 0.980 / 0.857 / 0.912 / 0)", True,
             True),
    BlindSet("blind15", "279be50b44b42eaecd4a00400782f49850cd58df33f0e391b834830e722e3173",
             "round 10: precision 1.000, recall 0.893, accuracy 0.925, 0 wrong friendly (read "
             "once after round 8: 1.000 / 0.804 / 0.875 / 0)", True, True),
    BlindSet("blind16", "697b8adc5bfd9521c5939ba9f1bf9aa123b30fcad2151b99ef24e95cdb526f2c",
             "round 9, read once after freezing: precision 1.000, recall 0.893, accuracy "
             "0.906, 0 wrong friendly (on arrival, round 8: the same)", True, True),
    BlindSet("blind17", "ecd07b90d3c29914d0d33bcc4c55ee2b58aca842ef0e78927454d9b795ccebfd",
             "round 12: precision 1.000, recall 0.857, accuracy 0.925, 0 wrong friendly (on "
             "arrival and read once after round 9 froze: 0.978 / 0.786 / 0.894 / 1)", True, True),
    BlindSet("blind18", "e9316d775806aa7afdb85623b077730855c455d0bd7eb42a24609b26ee3d06e4",
             "round 24: precision 1.000, recall 0.929, accuracy 0.938, 0 wrong friendly "
             "(before it: 1 wrong friendly)", True, True),
    BlindSet("blind19", "2fcbc9dbd6876439f47735aa4399be97c588f5a9ada173eeea7d8a5635e70f32",
             "round 11: precision 1.000, recall 0.857, accuracy 0.900, 0 wrong friendly (read "
             "once after round 9 froze: 1.000 / 0.821 / 0.887 / 0)", True, True),
    BlindSet("blind20", "402ab086a62aca1707c8d1ff9de01aba2f497ea8f7803eb6a4108f2418899ad7",
             "round 34 (session 20; its last wrong friendly read), with the learned reader: "
             "precision 1.000, recall 1.000, accuracy 0.988, 0 wrong friendly (round 11: 0.981 / "
             "0.946 / 0.956 / 1)",
             True, True),
    BlindSet("blind21", "4a5527537469071d1bf3a15691954a4d5284804f78febf6e1bc14c32197123e8",
             "round 29: precision 1.000, recall 0.911, accuracy 0.906, 0 wrong friendly "
             "(before: round 10, read once after freezing: precision 0.979, recall 0.839, "
             "accuracy 0.881, 1 wrong friendly (on arrival, round 9: 0.977 / 0.768 / 0.850 / "
             "1))",
             True, True),
    BlindSet("blind22", "d3a39977e24bc00689540f1588d452018b57bfc87d2e6588a1eb82dcd31f26b4",
             "round 10, read once after freezing: precision 1.000, recall 0.893, accuracy "
             "0.912, 0 wrong friendly (on arrival, round 9: the same)", True, True),
    BlindSet("blind23", "b01c7e042a1fc10c14817dfd012050b33c476f5aafeed91a49789faa572e72b2",
             "round 34 (session 20; its last wrong friendly read), with the learned reader: "
             "precision 1.000, recall 0.911, accuracy 0.931, 0 wrong friendly (round 10: 0.959 / "
             "0.839 / 0.875 / 1)",
             True, True),
    BlindSet("blind24", "b2dff953b98ea7fa4b824ef33c3447201af905dbdaa28968d5c7c22b831458c0",
             "round 10, read once after freezing: precision 1.000, recall 0.786, accuracy "
             "0.844, 0 wrong friendly (on arrival, round 9: 1.000 / 0.768 / 0.838 / 0); "
             "recall and accuracy below the thresholds"
             " (session 19, with the learned reader: 1.000 / 0.911 / 0.931 / 0)",
             True, True),
    BlindSet("blind25", "3abae2ad8d55ec680d87b9153b7c81a81694ca59db2add2e41828203ed31f39c",
             "round 12: precision 1.000, recall 0.893, accuracy 0.906, 0 wrong friendly (read "
             "once after round 10 and on arrival, round 9: 0.980 / 0.857 / 0.887 / 1)", True,
             True),
    BlindSet("blind26", "73d3eab54acb6242a27982e60813095ae50613423fa9687b02aa2b160c80ba60",
             "round 15: precision 1.000, recall 0.857, accuracy 0.919, 0 wrong friendly (read "
             "once after round 10: 1.000 / 0.786 / 0.894 / 0; on arrival, round 9: 0.977 / "
             "0.750 / 0.875 / 1)", True, True),
    BlindSet("blind27", "102123e252433c2d3ad509cf8fab8abc12e7177cb2759aebdc688bacfd544526",
             "round 10, read once after freezing: precision 1.000, recall 0.964, accuracy "
             "0.950, 0 wrong friendly (on arrival, round 9: 1.000 / 0.946 / 0.944 / 0)", True,
             True),
    BlindSet("blind28", "3912a51482b71e8bb595a33cf5ddf8e5245c9ca0cc570c67ede22675c4924b38",
             "round 18: precision 1.000, recall 0.857, accuracy 0.925, 0 wrong friendly (read once"
             " after round 11: 0.979 / 0.821 / 0.894 / 0; on arrival, round 10: 0.978 / 0.804 / "
             "0.887 / 0)",
             True, True),
    BlindSet("blind29", "b9963ef3b6f7e4597af4ace3acbeab83b135efb6c4527df417d3e17878321c60",
             "round 24: precision 1.000, recall 0.875, accuracy 0.894, 0 wrong friendly "
             "(before it: 1 wrong friendly)", True, True),
    BlindSet("blind30", "476eb8dedb96f710a6f9de1a7725bcda959b143cc3d37f1add6c334b6901081a",
             "round 24: precision 1.000, recall 0.875, accuracy 0.887, 0 wrong friendly "
             "(before it: 1 wrong friendly)", True, True),
    BlindSet("blind31", "fce1b8d9f012211096f1aca2d86de68041cac223c58a28bc6653f3d60cb03956",
             "round 11, read once after freezing: precision 1.000, recall 0.911, accuracy "
             "0.919, 0 wrong friendly (on arrival, round 10: the same)", True, True),
    BlindSet("blind32", "56717167102a475c3784073ce9be126009c8a2394254eda1a01f97beb7b026e2",
             "round 12, read once after freezing: precision 0.978, recall 0.786, accuracy "
             "0.869, 0 wrong friendly (on arrival, round 11: 0.977 / 0.768 / 0.863 / 0); "
             "recall below the threshold"
             " (session 19, with the learned reader: 0.981 / 0.929 / 0.963 / 0)",
             True, True),
    BlindSet("blind33", "ef47ea5bbea9aa671cfeb3c4b49509b7053f758cdf1df987b911db5b64d19661",
             "round 12, read once after freezing: precision 1.000, recall 0.946, accuracy "
             "0.956, 0 wrong friendly (on arrival, round 11: the same)", True, True),
    BlindSet("blind34", "b93dc4caca37c05dc5cc9ba11b0e026faf268ec1728f7db69fa763ff2f730fed",
             "round 21 (worn): precision 1.000, recall 0.857, accuracy 0.887, 0 wrong friendly; meets every threshold",
             True, True),
    # round 24: blind35 to blind37 were frozen by SHA in round 13 (27fa14d) but never listed
    # here; their files are unchanged since
    BlindSet("blind35", "503fb0a123e0eececc52182bfa96f9f27bc50094090f12e199d6507ce4fc45b9",
             "round 24: precision 1.000, recall 0.982, accuracy 0.975, 0 wrong friendly",
             True, True),
    BlindSet("blind36", "70a7d317d17294a47e9fa265c334c6a1e6b1efb59711d9209f767315da7ec496",
             "round 29: precision 1.000, recall 0.929, accuracy 0.931, 0 wrong friendly "
             "(before: round 24: precision 0.981, recall 0.911, accuracy 0.912, 1 wrong "
             "friendly)",
             True, True),
    BlindSet("blind37", "f4ff8e799b984d1a5dd5bc30c7f5d17b89ad43e85d237e2fc16cee4b35512b56",
             "round 24: precision 1.000, recall 0.946, accuracy 0.950, 0 wrong friendly",
             True, True),
    BlindSet("blind38", "f7e048113e35ddc9b110ef52fe35a5d1fcd7b06d37e7cd952ea25112e656cb66",
             "round 24: precision 0.982, recall 0.982, accuracy 0.963, 0 wrong friendly "
             "(before it: 1 wrong friendly)", True, True),
    BlindSet("blind39", "80d5dcb2f3d59797e574ee3920287d1cc79d0b2240ab1c60c3814ca79a114c47",
             "round 28: precision 1.000, recall 0.857, accuracy 0.906, 0 wrong friendly "
             "(round 27: 1.000 / 0.839 / 0.900 / 0; round 13, read once after freezing: "
             "1.000 / 0.804 / 0.887 / 0; on arrival, round 12: 1.000 / 0.786 / 0.881 / 0)",
             True, True),
    BlindSet("blind40", "719bee7469b0cf8210c0008d519e0f0f7d25d7d52b3a09effb29440a306af597",
             "round 29: precision 1.000, recall 0.732, accuracy 0.875, 0 wrong friendly "
             "(before: round 13, read once after freezing: precision 0.975, recall 0.696, "
             "accuracy 0.838, 1 wrong friendly (on arrival, round 12: 0.974 / 0.679 / 0.831 "
             "/ 1)); recall below the threshold",
             True),
    BlindSet("blind41", "3df44702af1df82048e508f39629d9cf7508612d596b501295eea2cd7b72fc5f",
             "round 13, read once after freezing: precision 0.980, recall 0.875, accuracy "
             "0.912, 0 wrong friendly (on arrival, round 12: 0.979 / 0.839 / 0.900 / 0)",
             True, True),
    BlindSet("blind42", "373efc9903407ea6f5ca1be10828fb042876a5a908acc573e286fea54616d946",
             "round 24: precision 1.000, recall 0.946, accuracy 0.938, 0 wrong friendly "
             "(before it: 1 wrong friendly)", True, True),
    BlindSet("blind43", "4041ed411bd654a11cfb0d08d755e88d8e9e031dfca265ce73407e678ea20e6d",
             "round 13, read once after freezing: precision 1.000, recall 0.946, accuracy "
             "0.938, 0 wrong friendly (on arrival, round 12: 1.000 / 0.946 / 0.931 / 0)",
             True, True),
    BlindSet("blind44", "efc4e14199d62baf881b38d2b2277bb8407627659af9aae548ab8f34a5b0e9e6",
             "round 26 (worn): precision 0.980, recall 0.857, accuracy 0.906, 0 wrong friendly "
             "(round 14, read once after freezing, and on arrival, round 13: 0.977 / 0.768 / "
             "0.875 / 0)",
             True, True),
    BlindSet("blind45", "19b339e1a23f9a58c0e6de213aa70e036accb008751713d4bdb1b64701982192",
             "round 14, read once after freezing: precision 1.000, recall 0.964, accuracy "
             "0.925, 0 wrong friendly (on arrival, round 13: the same)",
             True, True),
    BlindSet("blind46", "c6b4564e71edc3ac7a93738774386c32078dc3b484bcebc551bf2407fd8c9420",
             "round 14, read once after freezing: precision 0.980, recall 0.875, accuracy "
             "0.887, 0 wrong friendly (on arrival, round 13: the same)",
             True, True),
    BlindSet("blind47", "3f630c34d09d09e0d72055e6e41dca8b8d52d7056f546f2ea77cf0a8f1f4e769",
             "round 25 (worn): precision 1.000, recall 0.964, accuracy 0.975, 0 wrong friendly "
             "(round 14, read once after freezing, and on arrival, round 13: 0.981 / 0.929 / "
             "0.956 / 1)",
             True, True),
    BlindSet("blind48", "d9a51d193fcc6cb6e96c9f75c06ba48d497e7ef73d55e15015a5a61275fed5b4",
             "round 16: precision 0.972, recall 0.625, accuracy 0.812, 0 wrong friendly (read once"
             " after round 15: the same; on arrival, round 14: 0.966 / 0.500 / 0.762 / 0); recall "
             "and accuracy below the thresholds",
             True),
    BlindSet("blind49", "cd01427dc5742169e39da86e10ba2877a433088096ca6cd5c78c87f95323e8d2",
             "round 21 (worn): precision 1.000, recall 0.875, accuracy 0.894, 0 wrong friendly; meets every threshold",
             True, True),
    BlindSet("blind50", "3aa1f0741e5863c04f27101639df38a0eeb40d4b20b748275e1dfcb31ba6f43a",
             "round 29: precision 0.980, recall 0.875, accuracy 0.887, 0 wrong friendly "
             "(before: round 16: precision 0.961, recall 0.875, accuracy 0.863, 1 wrong "
             "friendly (read once after round 15: the same; on arrival, round 14: 0.961 / "
             "0.875 / 0.863 / 1))",
             True, True),
    BlindSet("blind51", "550e8be34781564c9f3a6aff90eff898a7295c9678c34e1d8e8eff2e3c8d927c",
             "round 16: precision 1.000, recall 0.857, accuracy 0.919, 0 wrong friendly (read once"
             " after round 15: 1.000 / 0.839 / 0.912 / 0; on arrival, round 14: 1.000 / 0.821 / "
             "0.906 / 0)",
             True, True),
    BlindSet("blind52", "70d2601d15a862c5bf2e409d33c05e9a54674f720f76f825ad8aa66d528e9e01",
             "round 29: precision 0.956, recall 0.768, accuracy 0.831, 0 wrong friendly "
             "(before: round 16, read once after freezing: precision 0.927, recall 0.679, "
             "accuracy 0.787, 1 wrong friendly (on arrival, round 15: 0.925 / 0.661 / 0.781 "
             "/ 1)); recall below the threshold",
             True),
    BlindSet("blind53", "a7473c4130f2b505182ee9a4b47c85c0fb224a0cbf20fca1305a29cb67482705",
             "round 16, read once after freezing: precision 1.000, recall 0.875, accuracy 0.900, 0"
             " wrong friendly (on arrival, round 15: the same)",
             True, True),
    BlindSet("blind54", "53a4ef6c50e7bd579f86306f09d0569a0ae499ca0f3718dcebee534b4da77ccf",
             "round 16, read once after freezing: precision 1.000, recall 0.911, accuracy 0.887, 0"
             " wrong friendly (on arrival, round 15: the same)",
             True, True),
    BlindSet("blind55", "47bb8fe23695670037bdb9859932815e316c10f3db7cf38142d67b514f0653ad",
             "round 16, read once after freezing: precision 0.981, recall 0.946, accuracy 0.956, 0"
             " wrong friendly (on arrival, round 15: the same)",
             True, True),
    BlindSet("blind56", "e9b5f81a75cfcd57d509ba7c0a8e7c948078b30f5b55ee8ad1eec2dcca243218",
             "round 18, read once after freezing: precision 1.000, recall 0.911, accuracy 0.944, 0"
             " wrong friendly (on arrival, round 16: 1.000 / 0.893 / 0.938 / 0)",
             True, True),
    BlindSet("blind57", "4e1d80ee6a81438d20327fb07b44327eee22b23a6bee68e2d2565c6328a4e972",
             "round 18, read once after freezing: precision 1.000, recall 0.554, accuracy 0.794, 0"
             " wrong friendly (on arrival, round 16: the same); recall and accuracy below the "
             "thresholds",
             True),
    BlindSet("blind58", "4edf0303a73eaa213f73a66b3daa19f9a9f341310487d3f120783ca8f232838f",
             "round 18, read once after freezing: precision 1.000, recall 0.857, accuracy 0.887, 0"
             " wrong friendly (on arrival, round 16: 1.000 / 0.857 / 0.894 / 0)",
             True, True),
    BlindSet("blind59", "c29a419f2f7bc758c2e8159292bb3c41f90d62cade961945240a4f5ab8e3b9ef",
             "round 18, read once after freezing: precision 1.000, recall 0.893, accuracy 0.894, 0"
             " wrong friendly (on arrival, round 16: 0.980 / 0.893 / 0.887 / 0)",
             True, True),
    BlindSet("blind60", "a07878ae0dd1277b382f2f762569728b1ed513a0f36413792a6b70cb4f96323b",
             "round 18, read once after freezing: precision 0.980, recall 0.893, accuracy 0.906, 0"
             " wrong friendly (on arrival, round 16: 0.980 / 0.893 / 0.900 / 0)",
             True, True),
    BlindSet("blind61", "68d7f04a5f28eeaf6737cea8249d7dcd1bd9dc582ea2b68c328aef49be776416",
             "round 18, read once after freezing: precision 0.976, recall 0.714, accuracy 0.819, 0"
             " wrong friendly (on arrival, round 16: the same); recall and accuracy below the "
             "thresholds",
             True),
    BlindSet("blind62", "5b6b3e07fa3ee60889a9d4ebff3af8c21bc23f44fea6c212b93ba8f9d020eacb",
             "round 21 (worn): precision 0.980, recall 0.857, accuracy 0.900, 0 wrong friendly; meets every threshold",
             True, True),
    BlindSet("blind63", "4d15b2027b361196fa2c7c3a2d337f1f2d6d52e843d4e918d4de9e4f61c2bb2b",
             "round 18, read once after freezing: precision 1.000, recall 0.946, accuracy 0.950, 0"
             " wrong friendly (on arrival, round 16: the same)",
             True, True),
    BlindSet("blind64", "5b1e1ec9e931459927c0cfae15d60bd06d0b40b96ac98c49a8c23637fea8b193",
             "round 18, read once after freezing: precision 1.000, recall 0.804, accuracy 0.887, 0"
             " wrong friendly (on arrival, round 17: the same); recall below the threshold"
             " (session 19, with the learned reader: 1.000 / 0.893 / 0.944 / 0)",
             True, True),
    BlindSet("blind65", "6cd9cbb9eb8c7a8267ee7eac572bec0b25fc8d50cd8c533390b1a9d38b626683",
             "round 34 (session 20; its last wrong friendly read), with the learned reader: "
             "precision 0.976, recall 0.714, accuracy 0.838, 0 wrong friendly (round 18: 0.943 / "
             "0.589 / 0.762 / 1); recall and accuracy below the thresholds",
             True),
    BlindSet("blind66", "8db81178cf44764c476fc9de04a40ed4249eabe61227aba99ba0f299051bab66",
             "round 34 (session 20; its last wrong friendly read), with the learned reader: "
             "precision 0.982, recall 0.982, accuracy 0.969, 0 wrong friendly (round 24: 0.942 / "
             "0.875 / 0.869 / 2)",
             True, True),
    BlindSet("blind67", "51ee7b51f55589402412e693bc0033d78a8cd60b312f54c3274d0f635e1bbcfe",
             "round 18, read once after freezing: precision 1.000, recall 0.875, accuracy 0.881, 0"
             " wrong friendly (on arrival, round 17: the same)",
             True, True),
    BlindSet("blind68", "7b14610a46262cf64d5484f4c6da21660f76183229e4546aa00c7b28f052a47d",
             "round 19, read once after freezing: precision 1.000, recall 0.875, accuracy 0.912, 0"
             " wrong friendly (on arrival, round 18: the same)",
             True, True),
    BlindSet("blind69", "0a3b5b0dc4a85ee99c1e438d9fec171b4b98b18e908bfeb9189900a1de9deee7",
             "round 25 (worn): precision 1.000, recall 0.554, accuracy 0.756, 0 wrong friendly "
             "(round 19, read once after freezing, and on arrival, round 18: 0.966 / 0.500 / "
             "0.731 / 1); recall and accuracy below the thresholds",
             True),
    BlindSet("blind70", "58be3380c7d3cbd59d77ed38761a8be12ba5c86db5117e04929fbe07f38979a7",
             "round 29: precision 1.000, recall 0.929, accuracy 0.931, 0 wrong friendly "
             "(before: round 20, read once after freezing: precision 0.980, recall 0.893, "
             "accuracy 0.894, 1 wrong friendly (on arrival, round 19: the same))",
             True, True),
    BlindSet("blind71", "4509f71ba90ba7d941a81e5ac310f030f5eda920d02838c06c0e6ffe58cb5de7",
             "round 20, read once after freezing: precision 1.000, recall 0.714, accuracy 0.819, 0"
             " wrong friendly (on arrival, round 19: the same); recall and accuracy below the "
             "thresholds",
             True),
    BlindSet("blind72", "73f7b5e0443741fbed0fc9b7031526f5d5aaff2733ecc6a2bc8f0930fa152d78",
             "round 23 (spent): precision 1.000, recall 0.857, accuracy 0.912, 0 wrong friendly "
             "(round 20, read once after freezing: 1.000 / 0.821 / 0.900 / 0)",
             True, True),
    BlindSet("blind73", "ed53fa8c403cd08b4c5762275e9624a74cc5f071c276db1b83e72e74f8862169",
             "round 29: precision 1.000, recall 0.875, accuracy 0.912, 0 wrong friendly "
             "(before: round 20, read once after freezing: precision 0.979, recall 0.839, "
             "accuracy 0.869, 1 wrong friendly (on arrival, round 19: precision 0.959, "
             "accuracy 0.863, 2))",
             True, True),
    BlindSet("blind74", "05bff4df3ff80b21e88aebfb211bd62562eddee22247c2939805d07912f24389",
             "round 25 (worn): precision 1.000, recall 0.857, accuracy 0.919, 0 wrong friendly "
             "(round 20, read once after freezing, and on arrival, round 19: 1.000 / 0.804 / "
             "0.900 / 0)",
             True, True),
    BlindSet("blind75", "f3268fb295bc221a526ba15c3f30d01c788c08fae512e7b6c02a76132fc3c76c",
             "round 20, read once after freezing: precision 0.976, recall 0.732, accuracy 0.825, 0"
             " wrong friendly (on arrival, round 19: the same); recall and accuracy below the "
             "thresholds",
             True),
    BlindSet("blind76", "efb257de3515264660ea506ff393a34dff16d90ceda77b1830986d1533236674",
             "round 21 (worn): precision 1.000, recall 0.857, accuracy 0.906, 0 wrong friendly; meets every threshold",
             True, True),
    BlindSet("blind77", "767c278def977b2185619168144e2bccb6623a56bb8ac4a0dad5b62dd430c914",
             "round 21 (worn): precision 1.000, recall 0.857, accuracy 0.894, 0 wrong friendly; meets every threshold",
             True, True),
    BlindSet("blind78", "ae2c62a36c151a4f10ece67b935c88ae8cb302d3d284bc020e6b95add6c225ff",
             "round 22 (spent: its wrong friendly was read and fixed after round 21 froze): "
             "precision 0.981, recall 0.946, accuracy 0.881, 0 wrong friendly (on arrival, round "
             "20, and round 21: 0.964 / 0.946 / 0.881 / 1)",
             True, True),
    BlindSet("blind79", "b7fbfce04e376ec5330845f09d489ad721f2a6fa73db86c4c43b0a3fd53a0097",
             "round 21, read once after freezing: precision 0.980, recall 0.893, accuracy 0.894, 0"
             " wrong friendly (on arrival, round 20: the same)",
             True, True),
    BlindSet("blind80", "e685bcf3b6f861211035cc811c5ef87d12c90c4915baf9d43ec6ef6ab339ac09",
             "round 22 (spent: its wrong friendly was read and fixed after round 21 froze): "
             "precision 1.000, recall 0.821, accuracy 0.850, 0 wrong friendly (on arrival, round "
             "20, and round 21: 0.979 / 0.821 / 0.850 / 1); recall below the threshold"
             " (session 19, with the learned reader: 1.000 / 0.875 / 0.912 / 0)",
             True, True),
    BlindSet("blind81", "8753316307f5166e537f410a70c7223710a8a5d3a919d26169115bb4b2acc912",
             "round 21, read once after freezing: precision 1.000, recall 0.875, accuracy 0.881, 0"
             " wrong friendly (on arrival, round 20: the same)",
             True, True),
    BlindSet("blind82", "e6ad08719943329aa313cbb1f33adbb3d2cd244e9480dd7e263a0e9fcf852abb",
             "round 21, on arrival: precision 0.929, recall 0.929, accuracy 0.919, 0 wrong "
             "friendly (round 20: the same); precision below the threshold",
             True),
    BlindSet("blind84", "53370e017aa7bb2bfb443ea6b6490483921d5660507169b90149eb8175a4d920",
             "round 22, on arrival: precision 1.000, recall 0.893, accuracy 0.912, 0 wrong "
             "friendly (rounds 20 and 21: the same; round 23: 1.000 / 0.911 / 0.919 / 0)",
             True, True),
    BlindSet("blind85", "695de0aea904b142e2f4b576570ea447c5ed48f38b49a84be45a9076bd26c0a9",
             "round 22, on arrival: precision 0.972, recall 0.625, accuracy 0.806, 0 wrong "
             "friendly (rounds 20 and 21: the same); recall and accuracy below the thresholds",
             True),
    BlindSet("blind86", "a531c820e6b1c732305f76d34ba4393d3f4d64fade54fe858ff448a8ccf321eb",
             "round 33, not looked at: precision 0.979, recall 0.855, accuracy 0.925, 0 "
             "wrong friendly (on arrival, round 22: 0.979 / 0.836 / 0.912 / 0)",
             True, True),
    BlindSet("blind87", "038896d030f85dfbba3fd7ee73c77800ca9cf4ae8fb076ae0947166ffe002cf7",
             "round 22, on arrival: precision 1.000, recall 0.545, accuracy 0.725, 0 wrong "
             "friendly (round 23: the same); recall and accuracy below the thresholds",
             True),
    BlindSet("blind88", "9da55860ffaf938ea759854095cba904da06c378b41d1ee012a342f53d6c38b2",
             "round 22, on arrival: precision 0.957, recall 0.818, accuracy 0.856, 0 wrong "
             "friendly (round 23: the same); recall below the threshold"
             " (session 19, with the learned reader: 0.962 / 0.909 / 0.900 / 0)",
             True, True),
    BlindSet("blind89", "5872fcf1aa6c2ebd5a411a2eeb8c5fa9aa70cce2b706baaffed18efc2447691c",
             "round 23 (spent): precision 1.000, recall 0.673, accuracy 0.800, 0 wrong "
             "friendly, as on arrival under round 22; recall and accuracy below the "
             "thresholds",
             True),
    BlindSet("blind90", "008bafbd5a15df804b13c77f4de0cbbb9fd922d7305e1d3e076b04cea5380157",
             "round 34 (spent: its wrong friendlies read in session 20), with the learned reader: "
             "precision 1.000, recall 0.909, accuracy 0.950, 0 wrong friendly (on arrival, round "
             "23: 0.960 / 0.873 / 0.887 / 2)",
             True, True),
    BlindSet("blind91", "e81a8c641661ca6596facc2df858b762fb52f19f3cfc9ead0e20c456ebfc1a20",
             "round 23, on arrival: precision 0.952, recall 0.727, accuracy 0.800, 0 wrong "
             "friendly (round 22: the same); recall and accuracy below the thresholds; six of "
             "its listings seen in session 23 (a search of the read sets for 'on the program' "
             "that missed the unread list) and spent: 0.962 / 0.909 / 0.925 / 0", True, True),
    BlindSet("blind92", "bf3354173f6567336f8f4309f8a58eb5bd8236f4760d6752462ae431256bd573",
             "round 34 (spent: its wrong friendly read in session 20), with the learned reader: "
             "precision 0.980, recall 0.873, accuracy 0.919, 0 wrong friendly (on arrival, round "
             "23: 0.958 / 0.836 / 0.875 / 1)",
             True, True),
    BlindSet("blind93", "fda35181eada410fbb4b2ab45a21896317913dcb38a5029f6d6c230134c5e0d5",
             "round 34 (spent: its wrong friendly read in session 20), with the learned reader: "
             "precision 1.000, recall 0.909, accuracy 0.944, 0 wrong friendly (on arrival, round "
             "23: 0.978 / 0.800 / 0.863 / 1)",
             True, True),
    BlindSet("blind94", "67ff61b62610e99400c6f5766761d403a50357107b95fb38d54de0c6d991e252",
             "round 24 (spent): precision 0.979, recall 0.855, accuracy 0.856, 0 wrong "
             "friendly (on arrival, round 23, and after round 24 froze: 0.935 / 0.782 / "
             "0.819 / 2)",
             True, True),
    BlindSet("blind95", "596724384a0457da3debec36794e978916e664c643ef0185eca591fa91c255ac",
             "round 24, on arrival: precision 0.980, recall 0.873, accuracy 0.887, 0 wrong "
             "friendly (round 25: the same)",
             True, True),
    BlindSet("blind96", "452022faa05d58d870dfcefd4f9e14d96b37e8aabed830239b8e135e5472b0e8",
             "round 27 (spent: read after round 25 froze, its four wrong friendlies fixed): "
             "precision 1.000, recall 0.800, accuracy 0.887, 0 wrong friendly (round 25 after "
             "reading: 1.000 / 0.745 / 0.863 / 0; on arrival, round 24: 0.911 / 0.745 / 0.812 "
             "/ 4; round 25 frozen: 0.911 / 0.745 / 0.825 / 4); recall below the threshold"
             " (session 19, with the learned reader: 1.000 / 0.909 / 0.925 / 0)",
             True, True),
    BlindSet("blind97", "4a5fe801e5c10bb50101af4602d26dd6af03747332712303f8eb2ae4f6f37bba",
             "round 24, on arrival: precision 0.958, recall 0.852, accuracy 0.856, 0 wrong "
             "friendly (round 25: the same)",
             True, True),
    BlindSet("blind98", "eecbc4573bda999e87b1ee451fe5e1ca3187490fae42a6b3bf855cb527ec09e1",
             "round 25, on arrival: precision 0.978, recall 0.818, accuracy 0.863, 0 wrong "
             "friendly (rounds 26 and 27: the same); recall below the threshold"
             " (session 19, with the learned reader: 0.979 / 0.855 / 0.894 / 0)",
             True, True),
    BlindSet("blind99", "614ac61f4f7f747613957c2699e70ea98541eadd9bc805221122499078ace33f",
             "round 34 (spent: its wrong friendly read in session 20), with the learned reader: "
             "precision 0.906, recall 0.873, accuracy 0.906, 0 wrong friendly (on arrival, round "
             "25: 0.880 / 0.800 / 0.856 / 1); precision below the threshold; after round 44: "
             "0.960 / 0.873 / 0.925 / 0", True, True),
    BlindSet("blind100", "3ec11aa6e7098fe40154f3db208bddff1882d53a64e506ca3f7be851c0b76ffd",
             "round 27 (spent: read after round 27 froze, its two wrong friendlies fixed): "
             "precision 0.978, recall 0.833, accuracy 0.881, 0 wrong friendly (on arrival, "
             "round 25, and at the freezes of rounds 26 and 27: 0.933 / 0.778 / 0.838 / 2); "
             "recall below the threshold"
             " (session 19, with the learned reader: 0.979 / 0.870 / 0.906 / 0)",
             True, True),
    BlindSet("blind101", "6f4593346c6c45a76d3b2322f599fc726f37cf18c8b9c65ac82f4379e4b97f35",
             "session 20 (the learned reader retrained with round 34's spent sets; not read): "
             "precision 0.979, recall 0.855, accuracy 0.869, 0 wrong friendly (on arrival, "
             "round 27: 0.978 / 0.818 / 0.850 / 0); listings seen in session 23 (a search for "
             "'on the program' that missed the unread list) and spent: 0.980 / 0.873 / 0.881 / "
             "0", True, True),
    BlindSet("blind102", "8ca61e7402e0ed5e6df659dcee6c596dc69c1c395267b5f884479fb22401b524",
             "round 28 (spent: read after round 28 froze, its two wrong friendlies fixed): "
             "precision 1.000, recall 0.891, accuracy 0.894, 0 wrong friendly (on arrival, "
             "round 27: 0.959 / 0.855 / 0.844 / 2; round 28 frozen: 0.959 / 0.855 / 0.850 / 2)",
             True, True),
    BlindSet("blind103", "fbe525597caf45211ef7be1f517022cdd8519a0edb478abd58a3f2dd8bda0ea5",
             "round 27, on arrival: precision 0.920, recall 0.836, accuracy 0.850, 0 wrong "
             "friendly (round 28: the same); precision and recall below the thresholds",
             True),
    BlindSet("blind104", "7118c14a201e34abfe10d358e41f3c3331bf718d20db5b56415969c1d530ed77",
             "round 34 (spent: its wrong friendly read in session 20), with the learned reader: "
             "precision 0.980, recall 0.891, accuracy 0.931, 0 wrong friendly (on arrival, round "
             "28: 0.956 / 0.782 / 0.881 / 1)",
             True, True),
    BlindSet("blind105", "854dba9e9c10f1d47fe74458c7adde9a41d9c57a79dae97404850c862b82f2f9",
             "round 29 (spent: read after round 29 froze, its two wrong friendlies fixed): "
             "precision 1.000, recall 0.891, accuracy 0.906, 0 wrong friendly (on arrival, "
             "round 28, and round 29 frozen: 0.960 / 0.873 / 0.881 / 2)",
             True, True),
    BlindSet("blind106", "17e862ba5ae8b1a933be67974256c41f3591d3820b93f45f30e9086da4c7c735",
             "round 28, on arrival: precision 0.977, recall 0.778, accuracy 0.850, 0 wrong "
             "friendly (round 29: the same); recall below the threshold"
             " (session 19, with the learned reader: 0.979 / 0.852 / 0.881 / 0)",
             True, True),
    BlindSet("blind107", "3bbf7532d908fd98b4ebe8aabd520484847792134f00339856ce97ea789d205e",
             "round 31 (spent: read after blind110-112 were frozen): precision 0.981, "
             "recall 0.927, accuracy 0.956, 0 wrong friendly (on arrival, round 29: 0.940 / "
             "0.855 / 0.856 / 0)",
             True, True),
    BlindSet("blind108", "507159841ce50cd166993aa506d82ce8c1ac767211e378a773d17d8767219bf0",
             "round 30 (spent: read after blind110-112 were frozen): precision 1.000, "
             "recall 0.927, accuracy 0.906, 0 wrong friendly (on arrival, round 29: 1.000 / "
             "0.782 / 0.812 / 0)",
             True, True),
    BlindSet("blind109", "e34baf54ce0a902e6961ab9d3d1f9d0e007624b3ce2e971c7c0399589b1dddd5",
             "round 29 (spent: read after blind107-109 were frozen): precision 1.000, recall "
             "0.782, accuracy 0.844, 0 wrong friendly (on arrival: 0.976 / 0.727 / 0.806 / "
             "0); recall and accuracy below the thresholds"
             " (session 19, with the learned reader: 1.000 / 0.891 / 0.887 / 0)",
             True, True),
    BlindSet("blind110", "d1dd069f0f9a3592033bfe6d4f3ccc3b73bbfe439587267c69197a697e6236fe",
             "round 30 (spent: read after blind110-112 were frozen): precision 1.000, "
             "recall 0.891, accuracy 0.912, 0 wrong friendly (on arrival, f5fa5d2: 0.952 / "
             "0.727 / 0.800 / 0)",
             True, True),
    BlindSet("blind111", "63756cc9dc68ec2a49fbb501e6e2f03b5312eb3a10912bb43678f732f8350cf6",
             "round 30 (spent: read after blind110-112 were frozen): precision 0.962, "
             "recall 0.927, accuracy 0.931, 0 wrong friendly (on arrival, f5fa5d2: 0.896 / "
             "0.782 / 0.850 / 1)",
             True, True),
    BlindSet("blind112", "2ef47271cb18deb68b65fd3b801b5f6cfba515554860e701495bb6ed1e1a853f",
             "round 33 (spent: read after blind119-121 were frozen): precision 1.000, "
             "recall 0.927, accuracy 0.938, 0 wrong friendly (on arrival, f5fa5d2: 0.978 / "
             "0.818 / 0.850 / 1)",
             True, True),
    BlindSet("blind113", "7a5db10ce7f52b0365cc57f8c15f2dad0b7eea72e856dda731693e62c1ca0d32",
             "round 33 (spent: read after blind119-121 were frozen): precision 0.941, "
             "recall 0.873, accuracy 0.900, 0 wrong friendly (on arrival, round 30: 0.932 / "
             "0.745 / 0.850 / 0); precision below the threshold; after round 44: 0.962 / 0.927 "
             "/ 0.938 / 0", True, True),
    BlindSet("blind114", "e8656d1276724ff26ae3de7bffcff75ae2fc65c650322845f84e034b405176cc",
             "round 33 (spent: read after blind119-121 were frozen): precision 0.980, "
             "recall 0.926, accuracy 0.931, 0 wrong friendly (on arrival, round 30: 0.938 / "
             "0.833 / 0.875 / 2)",
             True, True),
    BlindSet("blind115", "71d3815e8da49dad1235d023139e9fbe414c8c1ca671864611fb1591d8a6b91b",
             "round 31 (spent: read after blind113-115 were frozen): precision 1.000, "
             "recall 0.800, accuracy 0.887, 0 wrong friendly (on arrival, round 30: 0.946 / "
             "0.636 / 0.775 / 0); recall below the threshold",
             True),
    BlindSet("blind116", "183fbe2e44afced26e56a7a4a2698055e246901b972abab3a3d252b839661a09",
             "round 32 (spent: read for its wrong friendlies after blind116-118 were "
             "frozen): precision 1.000, recall 0.764, accuracy 0.819, 0 wrong friendly (on "
             "arrival, round 31: 0.955 / 0.764 / 0.806 / 2); recall and accuracy below the "
             "thresholds"
             " (session 19, with the learned reader: 1.000 / 0.873 / 0.894 / 0)",
             True, True),
    BlindSet("blind117", "c3ed942637f808cfdb9c6f4248a0a9624465047969fa326ac83e064e44e56f36",
             "round 31, on arrival: precision 0.952, recall 0.727, accuracy 0.819, 0 wrong "
             "friendly; recall and accuracy below the thresholds",
             True),
    BlindSet("blind118", "f755d7e26a9381b1dc0a8a9664731de55b2077a4092417f5f69dbf599fb28c01",
             "round 31, on arrival: precision 0.933, recall 0.764, accuracy 0.812, 0 wrong "
             "friendly; precision, recall and accuracy below the thresholds",
             True),
    BlindSet("blind119", "ef1d82ddba109a2eb726c3cfb0de87314a717dea2f9ac524c147f083f0590d85",
             "round 34 (spent: its wrong friendlies read in session 20), with the learned reader: "
             "precision 0.980, recall 0.891, accuracy 0.912, 0 wrong friendly (on arrival, "
             "697a29e: 0.957 / 0.800 / 0.856 / 1)",
             True, True),
    BlindSet("blind120", "929379cdc68e190231a36677b27d70e4e52b26db0cbebc74df9df6e1fbf2469c",
             "round 34 (spent: its wrong friendly read in session 20), with the learned reader: "
             "precision 0.926, recall 0.909, accuracy 0.906, 0 wrong friendly (on arrival, "
             "697a29e: 0.911 / 0.745 / 0.844 / 0); precision below the threshold; after round "
             "44: 0.981 / 0.927 / 0.931 / 0", True, True),
    BlindSet("blind121", "b8929ac3f599dbf1e3ed14e496abfd6fbe088af85e058e463a984359fa594c46",
             "697a29e, on arrival: precision 0.978, recall 0.818, accuracy 0.838, 0 wrong "
             "friendly (round 33: the same); recall and accuracy below the thresholds"
             " (session 19, with the learned reader: 0.980 / 0.873 / 0.869 / 0); a listing seen "
             "in session 23 (a search for 'on the program' that missed the unread list) and "
             "spent: 0.980 / 0.873 / 0.881 / 0", True, True),
    BlindSet("blind122", "ac66145ff6070a1ca00b7fb6648e1041dc0dc19366ba51c207538036a65e4617",
             "793c398 (rules), on arrival: precision 1.000, recall 0.891, accuracy 0.894, 0 "
             "wrong friendly (session 19, with the learned reader: 1.000 / 0.891 / 0.894 / 0)",
             True, True),
    BlindSet("blind123", "2dc2bc23983f528df78a9c57886747124f36e580c39e8765277b2b3d72e5543b",
             "793c398 (rules), on arrival: precision 1.000, recall 0.836, accuracy 0.875, 0 "
             "wrong friendly (session 19, with the learned reader: 1.000 / 0.855 / 0.881 / 0)",
             True, True),
    BlindSet("blind124", "ddded28d327583cf5951dd394586bc6d10bde8c563436c00748339a23af9c454",
             "793c398 (rules), on arrival: precision 1.000, recall 0.782, accuracy 0.869, 0 "
             "wrong friendly (session 19, with the learned reader: 1.000 / 0.818 / 0.881 / 0); "
             "unread, after round 38 (session 22): 1.000 / 0.855 / 0.894 / 0", True, True),
    BlindSet("blind125", "00e685f953ae86f257e4ce20834424292e338a62050c45709e1bd6758dada146",
             "3b0216d (rules and the learned reader), on arrival: precision 1.000, recall "
             "0.889, accuracy 0.925, 0 wrong friendly (the rules alone: 1.000 / 0.889 / 0.894 "
             "/ 0)", True, True),
    BlindSet("blind126", "84c641b8d5e7ad5be0357c888485c8245f5ca007b6bbd1943842fa0b446fd877",
             "3b0216d (rules and the learned reader), on arrival: precision 0.957, recall "
             "0.800, accuracy 0.844, 0 wrong friendly (the rules alone: 0.955 / 0.764 / 0.825 "
             "/ 0); recall and accuracy below the thresholds", True),
    BlindSet("blind127", "443940182bc424d035501a656d2cec50d737c40a070acbf1e83effab97617598",
             "3b0216d (rules and the learned reader), on arrival: precision 0.960, recall "
             "0.873, accuracy 0.912, 0 wrong friendly (the rules alone: 0.956 / 0.782 / 0.869 "
             "/ 0)", True, True),
    BlindSet("blind128", "4d141c72a2e0d84b0a14034fa5d39894671b700253b7c4504c455e133261878e",
             "c0ad118 (rules and the learned reader), on arrival: precision 0.961, recall "
             "0.891, accuracy 0.906, 0 wrong friendly (the rules alone: 0.958 / 0.836 / 0.881 "
             "/ 0)", True, True),
    BlindSet("blind129", "bfa260f8c6c9e754e3013c4c0c8ff6a6a4ec575ed27f766d5145034602b3a366",
             "c0ad118 (rules and the learned reader), on arrival: precision 0.962, recall "
             "0.927, accuracy 0.894, 1 wrong friendly (the rules alone: 0.959 / 0.855 / 0.869 "
             "/ 1, the same listing); read in round 35 (session 21) and spent: 0.981 / 0.945 / 0.900 / "
             "0", True, True),
    BlindSet("blind130", "45aa0cf1ba363849539a131bb7ab58fbb67fd8aa9e47ce926585aea16c5ef846",
             "3af8c22 (session 20, after the newcomer trial's fixes; not read): precision 0.959, "
             "recall 0.855, accuracy 0.912, 0 wrong friendly (on arrival, c0ad118: 0.958 / 0.836 "
             "/ 0.906 / 0)", True, True),
    BlindSet("blind131", "4778ddcb107485d31dad4fed09f860dcae47b2cf4b83388c034f4ebf00ed1997",
             "cf5565f (round 34 and the retrained reader), on arrival: precision 1.000, recall "
             "0.855, accuracy 0.863, 0 wrong friendly (the rules alone: 1.000 / 0.782 / 0.825 "
             "/ 0)", True, True),
    BlindSet("blind132", "cb09413dcedfceeed40a6fb1f756082eb7df35c6560b9af5b25d908714dd4219",
             "cf5565f (round 34 and the retrained reader), on arrival: precision 1.000, recall "
             "0.800, accuracy 0.881, 0 wrong friendly (the rules alone: 1.000 / 0.745 / 0.838 "
             "/ 0); recall below the threshold", True),
    BlindSet("blind133", "195b43e228a65342e4327ecf4c43478639bd4adf99ad255b0761f52cf6abd024",
             "cf5565f (round 34 and the retrained reader), on arrival: precision 0.959, recall "
             "0.855, accuracy 0.881, 0 wrong friendly (the rules alone: 0.958 / 0.836 / 0.863 "
             "/ 0)", True, True),
    BlindSet("blind134", "eba135b025e5c8359570052b40583842abe29a0beec48595e81d00fc72373b5d",
             "094fb12 (round 34 complete), on arrival: precision 1.000, recall 0.818, accuracy "
             "0.838, 0 wrong friendly (the rules alone: 1.000 / 0.745 / 0.806 / 0); recall and "
             "accuracy below the thresholds; a listing seen in session 23 (a search for 'on the "
             "program' that missed the unread list) and spent: 1.000 / 0.855 / 0.875 / 0",
             True, True),
    BlindSet("blind135", "76f2b97f56a239a34160c7fc64615d6f462fb569049f0760ffd1787212c494f1",
             "094fb12 (round 34 complete), on arrival: precision 1.000, recall 0.800, accuracy "
             "0.887, 0 wrong friendly (the rules alone: 1.000 / 0.764 / 0.863 / 0); recall "
             "below the threshold", True),
    BlindSet("blind136", "22ec09cfd75426b0293208b6db7fab1c3f0b6ef3907aa80f11aa7cc08bb2d2f2",
             "094fb12 (round 34 complete), on arrival: precision 0.926, recall 0.909, accuracy "
             "0.887, 1 wrong friendly (the rules alone: 0.915 / 0.782 / 0.825 / 1, the same "
             "listing); read in round 35 (session 21) and spent: 0.945 / 0.945 / 0.931 / 0, precision "
             "below the threshold", True),
    BlindSet("blind137", "d29d983589e6e85e3388be12a290015d6382fed26b16f8035e6c70dab5445342",
             "ea85fd4 (session 20), on arrival: precision 0.895, recall 0.927, accuracy 0.887, "
             "2 wrong friendlies (the rules alone: 0.885 / 0.836 / 0.844 / 2); read in round 35 "
             "and spent: 0.927 / 0.927 / 0.906 / 0, precision below the threshold", True),
    BlindSet("blind138", "239df4267be872a99b7623c1c0f40f00487bdc59b8392b899a8f8ace5a1f59d1",
             "ea85fd4 (session 20), on arrival: precision 0.977, recall 0.764, accuracy 0.887, "
             "0 wrong friendly (the rules alone: 0.974 / 0.691 / 0.844 / 0); recall below the "
             "threshold", True),
    BlindSet("blind139", "cf2c85529d5110c7833fb2b3f17fc5263b186d9b2b86287efa675160dacabdc4",
             "ea85fd4 (session 20), on arrival: precision 0.980, recall 0.891, accuracy 0.894, "
             "1 wrong friendly (the rules alone: 0.979 / 0.855 / 0.875 / 1); read in round 35 and "
             "spent: 1.000 / 0.927 / 0.912 / 0", True, True),
    BlindSet("blind140", "7ecf6888dd43aaad7fc8e993cc386fa0de7c63658552bd6091dfeccb32dfea82",
             "5498ea6 (round 35), on arrival: precision 0.960, recall 0.873, accuracy 0.919, 1 "
             "wrong friendly (the rules alone: 0.955 / 0.764 / 0.875 / 1); read in round 36 "
             "(session 22) and spent: 0.980 / 0.891 / 0.931 / 0", True, True),
    BlindSet("blind141", "7fd2abf91d3dae8bab3b5dd8c10e950792afb947191da3a8f0e578b6887378be",
             "5498ea6 (round 35), on arrival: precision 0.980, recall 0.909, accuracy 0.938, 1 "
             "wrong friendly (the rules alone: 0.978 / 0.800 / 0.869 / 1); read in round 36 and "
             "spent: 1.000 / 0.945 / 0.956 / 0", True, True),
    BlindSet("blind142", "3f113bb3022dd1f6a388e40d5270f66ad2159331a0239e1a7d2bd43089e2e9fa",
             "5498ea6 (round 35), on arrival: precision 0.959, recall 0.855, accuracy 0.894, 1 "
             "wrong friendly (the rules alone: 0.953 / 0.745 / 0.831 / 1); read in round 36 and "
             "spent: 0.981 / 0.927 / 0.944 / 0", True, True),
    BlindSet("blind143", "5e63e3c806f4585bd01596f743751eb5461a217df809f3175fa57d79d0a50323",
             "1290c11 (session 21), on arrival: precision 0.940, recall 0.855, accuracy 0.863, "
             "2 wrong friendlies (the rules alone: 0.935 / 0.782 / 0.831 / 2); read in round 37 "
             "(session 22) and spent: 0.980 / 0.909 / 0.906 / 0", True, True),
    BlindSet("blind144", "7dfdfac541233d1febc17555cc681fb06c6f73dc3307657b37df3869fb1ea7cf",
             "1290c11 (session 21), on arrival: precision 0.980, recall 0.909, accuracy 0.900, "
             "0 wrong friendly (the rules alone: 0.979 / 0.836 / 0.863 / 0); after round 37: "
             "0.981 / 0.927 / 0.906 / 0", True, True),
    BlindSet("blind145", "ac54efede08ee579675b2b6bb68a26ec41c1a385075622fbc85178136da094a7",
             "1290c11 (session 21), on arrival: precision 0.981, recall 0.927, accuracy 0.944, "
             "1 wrong friendly (the rules alone: 1.000 / 0.855 / 0.912 / 0); read in round 37 "
             "and spent: 1.000 / 0.945 / 0.963 / 0", True, True),
    BlindSet("blind146", "fd71e3ea5a2d763cb4de0260680e915b8f61c7b35125eef2a3f7befde79c2349",
             "00e9ad2 (round 36), on arrival: precision 0.962, recall 0.927, accuracy 0.912, 0 "
             "wrong friendly (the rules alone: 0.958 / 0.836 / 0.875 / 0); the same after round "
             "37", True, True),
    BlindSet("blind147", "5c2607b77f2edb9bb5b3b43f7c8a0150349dfe009f6e9cce0ed1ac3b678041d3",
             "00e9ad2 (round 36), on arrival: precision 0.936, recall 0.800, accuracy 0.863, 1 "
             "wrong friendly (the rules alone: 0.929 / 0.709 / 0.819 / 1); read in round 37 and "
             "spent: 0.960 / 0.873 / 0.900 / 0", True, True),
    BlindSet("blind148", "4ecae5c5ac055b61c0ad93a29b4af9a45ee56ddf5a517ef9bce142bd0ca65f15",
             "00e9ad2 (round 36), on arrival: precision 0.943, recall 0.909, accuracy 0.906, 0 "
             "wrong friendly (the rules alone: 0.936 / 0.800 / 0.863 / 0); the same after round "
             "37, precision below the threshold", True),
    BlindSet("blind149", "99873463d85b6ad46d82fe19ac9218752f2712c8f32dc3d73d2582239d0ef949",
             "fbed46a (round 37), on arrival: precision 0.958, recall 0.836, accuracy 0.875, 0 "
             "wrong friendly (the rules alone: 0.957 / 0.818 / 0.844 / 0); read in round 38 "
             "(session 22) and spent: 0.961 / 0.891 / 0.894 / 0", True, True),
    BlindSet("blind150", "0f30a5fca304888d4eea028e873abc342c53ae0edfeec596f686ac5f26070b74",
             "fbed46a (round 37), on arrival: precision 1.000, recall 0.800, accuracy 0.844, 0 "
             "wrong friendly (the rules alone: 1.000 / 0.727 / 0.819 / 0); read in round 38 and "
             "spent: 1.000 / 0.927 / 0.906 / 0", True, True),
    BlindSet("blind151", "34d6019944d145f8cc668144feb6f86d5a7bd364379165c02a1d9e15d558e4d4",
             "fbed46a (round 37), on arrival: precision 0.962, recall 0.909, accuracy 0.894, 1 "
             "wrong friendly (the rules alone: 0.960 / 0.873 / 0.844 / 1); read in round 38 and "
             "spent: 0.981 / 0.945 / 0.931 / 0", True, True),
    BlindSet("blind152", "d102a5ba6839b72109847d529b7225983ae7e4acaf2047532163068a09c1f618",
             "5448cf7 (round 38), on arrival: precision 0.965, recall 1.000, accuracy 0.950, 0 "
             "wrong friendly (the rules alone: 0.962 / 0.927 / 0.906 / 0)", True, True),
    BlindSet("blind153", "be16dcaa9179908f8c22fe3e5b89162e73117883d34242c902cc98e73d58d882",
             "5448cf7 (round 38), on arrival: precision 0.914, recall 0.964, accuracy 0.875, 0 "
             "wrong friendly (the rules alone: 0.909 / 0.909 / 0.850 / 0); precision below the "
             "threshold; unread, after round 44: 0.964 / 0.964 / 0.894 / 0", True, True),
    BlindSet("blind154", "d364e272270b79e79bb0f5d9b6ac47f80987c6dd6554aad743280d63535ddee1",
             "5448cf7 (round 38), on arrival: precision 0.980, recall 0.891, accuracy 0.881, 0 "
             "wrong friendly (the rules alone: 0.979 / 0.836 / 0.856 / 0)", True, True),
    BlindSet("blind155", "765721913646209a3f9093ee5116ffd1124679d9eb609abe0568267049ab5d1d",
             "b5794bb (round 38), on arrival: precision 0.980, recall 0.909, accuracy 0.919, 0 "
             "wrong friendly (the rules alone: 0.980 / 0.891 / 0.906 / 0)", True, True),
    BlindSet("blind156", "d7c8df43e93e00e56b2c51721bd45fc69228b4a03741cbddb3241f97249d9f4a",
             "b5794bb (round 38), on arrival: precision 0.963, recall 0.945, accuracy 0.919, 1 "
             "wrong friendly (the rules alone: 0.962 / 0.909 / 0.894 / 1); read in round 39 and "
             "spent: 1.000 / 0.945 / 0.931 / 0", True, True),
    BlindSet("blind157", "b12b83fcba55fd491653b8ab3da0716a42dbdf4e52219492164c3465f4d57015",
             "b5794bb (round 38), on arrival: precision 0.932, recall 0.745, accuracy 0.869, 0 "
             "wrong friendly (the rules alone: 0.925 / 0.673 / 0.819 / 0); read in round 39 and "
             "spent: 0.980 / 0.891 / 0.931 / 0", True, True),
    BlindSet("blind158", "47113f60aa5376de15587b1990eebec674742b9ef99a0152441438de28a721ac",
             "95cebe6 (round 38), on arrival: precision 0.979, recall 0.836, accuracy 0.869, 0 "
             "wrong friendly (the rules alone: 0.976 / 0.727 / 0.806 / 0); unread, after round "
             "39: 0.979 / 0.855 / 0.875 / 0; after round 40 (the reader retrained): 0.979 / "
             "0.836 / 0.869 / 0; after round 42: 0.979 / 0.855 / 0.875 / 0", True, True),
    BlindSet("blind159", "947d6f78c2be592557e57e94819fbcdf467c847f2345a933b0aec70d459971b2",
             "95cebe6 (round 38), on arrival: precision 0.944, recall 0.927, accuracy 0.887, 2 "
             "wrong friendly (the rules alone: 0.941 / 0.873 / 0.863 / 2); read in round 39 and "
             "spent: 1.000 / 0.964 / 0.925 / 0", True, True),
    BlindSet("blind160", "ba636a272c15d4e3bba91eedc9662bef783f5688821645383369000fa2b5723f",
             "95cebe6 (round 38), on arrival: precision 0.959, recall 0.855, accuracy 0.881, 0 "
             "wrong friendly (the rules alone: 0.950 / 0.691 / 0.819 / 0)", True, True),
    BlindSet("blind161", "962d8ac9c5f338b58ab59eb68c2a07283b440fa1f3a9f6e55b4a74b0ef5a1c13",
             "ab19776 (round 39), on arrival: precision 1.000, recall 0.800, accuracy 0.844, 0 "
             "wrong friendly (the rules alone: 1.000 / 0.727 / 0.819 / 0); read in round 40 and "
             "spent: 1.000 / 0.891 / 0.887 / 0", True, True),
    BlindSet("blind162", "1d9fd70e02f855cb7d0f69e9a96475a98712518df65adea1b245613b4f48d6c1",
             "ab19776 (round 39), on arrival: precision 0.957, recall 0.818, accuracy 0.881, 0 "
             "wrong friendly (the rules alone: 0.955 / 0.764 / 0.850 / 0); unread, after round "
             "40: 0.957 / 0.818 / 0.887 / 0; after round 42: 0.958 / 0.836 / 0.900 / 0; recall "
             "below the threshold", True),
    BlindSet("blind163", "3c04ae4f54e670606d397952e570248c8fe948e4e49d5724a086cd1fc04d33e8",
             "ab19776 (round 39), on arrival: precision 0.978, recall 0.800, accuracy 0.887, 1 "
             "wrong friendly (the rules alone: 0.976 / 0.727 / 0.831 / 1); read in round 40 and "
             "spent: 1.000 / 0.945 / 0.944 / 0", True, True),
    BlindSet("blind164", "2856f37472dace47a6c80f47615683dea13f8e78192c83c91ad7f5673ed86dc9",
             "54eb7ad (round 40), on arrival: precision 0.980, recall 0.873, accuracy 0.900, 1 "
             "wrong friendly (the rules alone: 0.977 / 0.782 / 0.850 / 1); read in round 41 and "
             "spent: 1.000 / 0.964 / 0.969 / 0", True, True),
    BlindSet("blind165", "6a4e6478811d8762d780bfabe9140fef3edc6931605101157e27b9667a15b3ac",
             "54eb7ad (round 40), on arrival: precision 1.000, recall 0.891, accuracy 0.912, 0 "
             "wrong friendly (the rules alone: 1.000 / 0.818 / 0.887 / 0); unread, after round "
             "41: 1.000 / 0.891 / 0.912 / 0", True, True),
    BlindSet("blind166", "2a141ff8d079e4f6acba69c0e9025ad784cc4a66a3434db0db5d9d406a943a87",
             "54eb7ad (round 40), on arrival: precision 0.944, recall 0.927, accuracy 0.900, 2 "
             "wrong friendly (the rules alone: 0.940 / 0.855 / 0.856 / 2); read in round 41 and "
             "spent: 1.000 / 0.982 / 0.963 / 0", True, True),
    BlindSet("blind167", "7c1e22d4b1e230b48c8e9f0dae9e564367de5e741ade9726fd5b937c5de8441d",
             "54eb7ad (round 40), on arrival: precision 0.907, recall 0.891, accuracy 0.894, 0 "
             "wrong friendly (the rules alone: 0.904 / 0.855 / 0.863 / 0); read in round 41 and "
             "spent: 0.962 / 0.927 / 0.963 / 0", True, True),
    BlindSet("blind168", "486563b349b21cfef9d573fb4c94c3c23c406165745526010a2dee3004399e89",
             "777a89b (round 41), on arrival: precision 0.976, recall 0.745, accuracy 0.787, 1 "
             "wrong friendly (the rules alone: 0.974 / 0.691 / 0.762 / 1); read in round 42 and "
             "spent: 1.000 / 0.945 / 0.894 / 0", True, True),
    BlindSet("blind169", "0643fa8e61bfd3aa40b950dfe70f59799dbcb257a95495721479e4d883dc9561",
             "777a89b (round 41), on arrival: precision 0.980, recall 0.873, accuracy 0.894, 1 "
             "wrong friendly (the rules alone: 0.977 / 0.782 / 0.850 / 1); read in round 42 and "
             "spent: 1.000 / 0.982 / 0.938 / 0", True, True),
    BlindSet("blind170", "95d767f9fee5b4adea943911f759736fd2741ec65df684de8eeecff67a95a212",
             "777a89b (round 41), on arrival: precision 0.980, recall 0.891, accuracy 0.906, 0 "
             "wrong friendly (the rules alone: 0.979 / 0.855 / 0.881 / 0); unread, after round "
             "42: 0.980 / 0.873 / 0.912 / 0", True, True),
    BlindSet("blind171", "31bdc992893c40fdd4fdcf0bf098131a1c73550a92e83d3694589b8df4ea47d5",
             "777a89b (round 41), on arrival: precision 1.000, recall 0.909, accuracy 0.906, 0 "
             "wrong friendly (the rules alone: 1.000 / 0.873 / 0.869 / 0); unread, after round "
             "42: 1.000 / 0.909 / 0.906 / 0", True, True),
    BlindSet("blind172", "94babee27951520c3521bca5f664eeaaad7497df571e37fcf6e9e310695db912",
             "b261472 (round 42), on arrival: precision 0.961, recall 0.891, accuracy 0.900, 0 "
             "wrong friendly (the rules alone: 0.957 / 0.818 / 0.856 / 0); unread, after round "
             "43: 0.961 / 0.891 / 0.900 / 0", True, True),
    BlindSet("blind173", "30684764bceacbd6ef434175aa59b6ab780f09ddacf8056b4d8b80e0258e0f3c",
             "b261472 (round 42), on arrival: precision 0.918, recall 0.818, accuracy 0.844, 1 "
             "wrong friendly (the rules alone: 0.915 / 0.782 / 0.831 / 1); read in round 43 and "
             "spent: 0.942 / 0.891 / 0.875 / 0, precision below the threshold; after round 44: "
             "0.961 / 0.891 / 0.881 / 0", True, True),
    BlindSet("blind174", "f3a00f8437db87326b8e8a2cf05e1135633b1d86523ef6ae7b1a3cd7e028ce17",
             "b261472 (round 42), on arrival: precision 0.959, recall 0.855, accuracy 0.869, 0 "
             "wrong friendly (the rules alone: 0.955 / 0.764 / 0.831 / 0); unread, after round "
             "43: 0.959 / 0.855 / 0.869 / 0", True, True),
    BlindSet("blind175", "57b583a0b8c6edf861b7b96691a12b7009f394ec0c1dad8ad0453adfcf5d9e07",
             "b261472 (round 42), on arrival: precision 0.979, recall 0.836, accuracy 0.881, 1 "
             "wrong friendly (the rules alone: 0.978 / 0.800 / 0.856 / 1); read in round 43: "
             "0.980 / 0.873 / 0.906 / 1, the wrong friendly left ('they may share after 90 "
             "days' after another sentence's full welcome of naltrexone members)", False),
    BlindSet("blind176", "63b414f58829c8874bbbd2f9849f79832afff4789aa8cbc3fe1fb39efd8f197d",
             "dc329db (round 43), on arrival: precision 0.959, recall 0.855, accuracy 0.881, 0 "
             "wrong friendly (the rules alone: 0.957 / 0.818 / 0.869 / 0); unread, after round "
             "44: 0.979 / 0.855 / 0.881 / 0", True, True),
    BlindSet("blind177", "45f087beade1975e710b2c4200449dc96ceb511cbc1e89961dbc768a1bd7449c",
             "dc329db (round 43), on arrival: precision 0.893, recall 0.909, accuracy 0.875, 1 "
             "wrong friendly (the rules alone: 0.885 / 0.836 / 0.838 / 1); read in round 44 and "
             "spent: 1.000 / 0.982 / 0.981 / 0", True, True),
    BlindSet("blind178", "a027ccc3e902f275a2bb1c5f4e7936a15b9d4f4fcb07c649595057370bca3ac2",
             "dc329db (round 43), on arrival: precision 1.000, recall 0.891, accuracy 0.912, 0 "
             "wrong friendly (the rules alone: 1.000 / 0.782 / 0.856 / 0); unread, after round "
             "44: 1.000 / 0.891 / 0.912 / 0", True, True),
    BlindSet("blind179", "33e52a0cce11c35c6691628f656bf20867174b2e2e1adb2b917762e9089494af",
             "dc329db (round 43), on arrival: precision 0.958, recall 0.836, accuracy 0.869, 1 "
             "wrong friendly (the rules alone: 0.957 / 0.800 / 0.844 / 1); read in round 44 and "
             "spent: 0.981 / 0.945 / 0.963 / 0", True, True),
    BlindSet("blind180", "4f43efdfca96d4e74a3abaf1e6b0b8b36a9043a490ae217f601ce7b182f81e9a",
             "716520c (round 44), on arrival: precision 1.000, recall 0.964, accuracy 0.956, 0 "
             "wrong friendly (the rules alone: 1.000 / 0.891 / 0.925 / 0); unread, after round "
             "45: 1.000 / 0.964 / 0.956 / 0", True, True),
    BlindSet("blind181", "4ce3f9f0f977c2f8ee75de3120414a91808b8b31320e53e3cd5c6c4cc2708cef",
             "716520c (round 44), on arrival: precision 1.000, recall 0.582, accuracy 0.744, 0 "
             "wrong friendly (the rules alone: 1.000 / 0.436 / 0.675 / 0); read in round 45 and "
             "spent: 1.000 / 0.873 / 0.875 / 0", True, True),
    BlindSet("blind182", "5151c13707f56dabd6e6b425757db6a6d25acfe88d9cbf02708b64581a2e4825",
             "716520c (round 44), on arrival: precision 1.000, recall 0.889, accuracy 0.925, 0 "
             "wrong friendly (the rules alone: 1.000 / 0.833 / 0.881 / 0); unread, after round "
             "45: 1.000 / 0.889 / 0.925 / 0", True, True),
    BlindSet("blind183", "6ce8be00a5551038e00671a628a566ac697496ea7e80c300808ba245477005b2",
             "716520c (round 44), on arrival: precision 0.977, recall 0.782, accuracy 0.869, 0 "
             "wrong friendly (the rules alone: 0.975 / 0.709 / 0.831 / 0); read in round 45 and "
             "spent: 1.000 / 0.927 / 0.944 / 0", True, True),
    BlindSet("blind184", "1483026147c2003ffc529d031ddb84004f2e36a5f7118fd74b6d13732f683bd0",
             "d788d6b (round 45), on arrival: precision 0.917, recall 0.600, accuracy 0.750, 1 "
             "wrong friendly (the rules alone: 0.897 / 0.473 / 0.706 / 1); read in round 46 and "
             "spent: 0.956 / 0.782 / 0.838 / 0, recall below the threshold", True),
    BlindSet("blind185", "f4428b3f469ba0661e63d28ba93959a5c1404584ff0c0f83925f7165094e83a8",
             "d788d6b (round 45), on arrival: precision 0.929, recall 0.709, accuracy 0.831, 1 "
             "wrong friendly (the rules alone: 0.914 / 0.582 / 0.781 / 1); read in round 46 and "
             "spent: 0.959 / 0.855 / 0.900 / 0", True, True),
    BlindSet("blind186", "09f1ebabb22cbdcf124443bd99704ff2d4fc4f7bf517112df069786bdac6006a",
             "d788d6b (round 45), on arrival: precision 1.000, recall 0.964, accuracy 0.938, 0 "
             "wrong friendly (the rules alone: 1.000 / 0.909 / 0.906 / 0); unread, after round "
             "46: 1.000 / 0.964 / 0.938 / 0", True, True),
    BlindSet("blind187", "b0be8752dc6ef65e1c1826868b2f06bde5ef9c16e85e930df3559c390ba17da4",
             "d788d6b (round 45), on arrival: precision 1.000, recall 0.909, accuracy 0.894, 0 "
             "wrong friendly (the rules alone: 1.000 / 0.818 / 0.856 / 0); unread, after round "
             "46: 1.000 / 0.909 / 0.894 / 0", True, True),
)  # fmt: skip
BY_NAME = {s.name: s for s in SETS}


@pytest.mark.parametrize("name", list(BY_NAME))
def test_the_blind_set_is_frozen_and_large_enough(name: str) -> None:
    blind = BY_NAME[name]
    path = FIXTURES / "mat" / f"{name}.jsonl"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == blind.sha256
    rows = blind.rows()
    assert len(rows) >= 100
    assert {str(row["label"]) for row in rows} == {
        "friendly", "restricted", "unfriendly", "unknown"
    }  # fmt: skip


@pytest.mark.parametrize("name", list(BY_NAME))
def test_the_blind_set_reliability_table(name: str) -> None:
    """Confidence band -> precision on listings nobody tuned on (printed, not asserted)."""
    rows = BY_NAME[name].rows()
    results = [(row, tag_mat(Listing.from_mapping(row))) for row in rows]
    print(figures(rows).line().replace("blind set", name))
    print("\n" + "\n".join(reliability_table(results)))


@pytest.mark.parametrize("name", [s.name for s in SETS if s.holds_no_wrong_friendly])
def test_no_restricting_listing_of_the_blind_set_is_called_friendly(name: str) -> None:
    """These hold: a regression here is a wrong friendly on unseen text."""
    result = figures(BY_NAME[name].rows())
    assert result.wrong_friendly == 0, result.line()


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            s.name,
            marks=()
            if s.meets_acceptance
            else pytest.mark.xfail(strict=False, reason=f"{s.figures}; see BLIND.md"),
        )
        for s in SETS
    ],
)
def test_the_blind_set_meets_the_acceptance_thresholds(name: str) -> None:
    result = figures(BY_NAME[name].rows())
    assert result.wrong_friendly == 0, result.line()
    assert result.precision >= MIN_PRECISION, result.line()
    assert result.recall >= MIN_RECALL, result.line()
    assert result.accuracy >= MIN_ACCURACY, result.line()


def test_the_unread_blind_sets_together_meet_the_acceptance_thresholds() -> None:
    """Every set nobody here has read (`sets.UNREAD`), as one blind set: the issue's four
    thresholds. After session 22 (36 sets, 5,760 listings): 0.971 / 0.865 / 0.891 / 0; after
    round 39 (35 sets, 5,600 listings): 0.970 / 0.870 / 0.894 / 0; after round 40 (36 sets,
    5,760 listings, blind162 among them): 0.970 / 0.868 / 0.894 / 0; with blind165 (37
    sets, 5,920 listings), before round 41: 0.970 / 0.869 / 0.895 / 0, after: 0.971 / 0.870
    / 0.897 / 0; with blind170 and blind171 (39 sets, 6,240 listings), before round 42:
    0.972 / 0.872 / 0.897 / 0, after: 0.972 / 0.872 / 0.898 / 0; with blind172 and
    blind174 (41 sets, 6,560 listings), before round 43: 0.971 / 0.872 / 0.897 / 0, after:
    0.971 / 0.873 / 0.897 / 0; with blind176 and blind178 (43 sets, 6,880 listings), before
    round 44: 0.972 / 0.873 / 0.897 / 0, after: 0.979 / 0.873 / 0.900 / 0; with blind180 and
    blind182 (45 sets, 7,200 listings), before round 45: 0.980 / 0.875 / 0.902 / 0, after:
    0.980 / 0.876 / 0.903 / 0; with blind186 and blind187 (47 sets, 7,520 listings), before
    round 46: 0.981 / 0.879 / 0.904 / 0, after: 0.981 / 0.878 / 0.903 / 0."""
    rows = [
        json.loads(line)
        for path in unread_files()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]
    assert len(rows) >= 5_000
    result = figures(rows)
    assert result.wrong_friendly == 0, result.line()
    assert result.precision >= MIN_PRECISION, result.line()
    assert result.recall >= MIN_RECALL, result.line()
    assert result.accuracy >= MIN_ACCURACY, result.line()
