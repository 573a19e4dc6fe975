"""tuning5 to tuning88: more writers who never saw the rules (rounds 5 to 10).

tests/fixtures/mat/tuning5.jsonl (300 listings) was written from a brief heavy on welcomes
without a welcome word, regional Spanish, bureaucratic limits with no negative word, and
long plain listings that mention clinics and doctors; tuning6.jsonl (250 listings) adapts
real public texts (NA Bulletin #29 and "NA Groups & Medication", AA's pamphlet on
medications, MARA and Methadone Anonymous formats, SMART and Recovery Dharma statements;
128 listings cite their URL) and terse feed notes; tuning7.jsonl (300) turns the same topics
into welcomes, limits and exclusions that share their vocabulary; tuning8.jsonl (250) is
short feed-style records (Meeting Guide and BMLT notes, abbreviations); tuning9.jsonl (300)
buries policies in long notes, FAQs and testimonials; tuning10.jsonl (250) is Spanish, French
and German only, in regional idiom; tuning11.jsonl (300) is a realistic sample; and
tuning12.jsonl (250) is heavy on pseudo-negations and welcomes without a welcome word,
with limits built from the same constructions; tuning13.jsonl (300) varies sentence
structure on purpose, tuning14.jsonl (300) is heavy on welcomes stated as facts, and
tuning15.jsonl (300) is a second realistic sample with varied structure. Round 7 added
tuning16 (300, realistic), tuning17 (300, a welcome and a limit in one listing in many
constructions), tuning18 (300, welcomes without a welcome formula and near misses),
tuning19 (250, half adapted from real public pages, URL in `source`), tuning20 (300,
realistic), tuning21 (300, Spanish, French and German only, regional idiom), tuning22
(300, long messy notes with the policy buried), tuning23 (300, FAQs, group-conscience
minutes, rule lists, terse entries), tuning24 and tuning26 (300 each, realistic),
tuning25 (300, idioms, tables, nominal style, double negatives), tuning27 (300, feed
records with type codes and abbreviations), tuning28 (300, the hard middle: kind-sounding
limits and welcomes with a catch), tuning29 (300, Spanish, French and German only),
tuning30 (300, realistic), tuning31 (300, limits without a limiting word and universal
requirements that treat MAT alike), tuning32 (300, first- and second-person voices) and
tuning33 (300, a third adapted from real public pages, URL in `source`), tuning34 (300,
realistic), tuning35 (300, near misses and policies stated once in odd places), tuning36
(300, English and Spanish 40% each, US Latino and Latin American Spanish) and tuning37
(300, policies stated as facts, anecdotes and vote minutes). Round 8 added tuning38 (300,
long notes with the group's own words for roles), tuning39 (300, FAQs and whose policy it
is), tuning40 (300, slang, text-speak, emoji, Spanglish), tuning41 (300, soft diplomatic
limits beside soft welcomes), tuning42 (300, BMLT formats and fragments), tuning43 (300,
70% Spanish, regional), tuning44 (300, 40% French and 40% German), tuning45 (300, a limit
hidden in warm text), tuning46 (300, pasted group documents and minutes), tuning47 (300,
half adapted from real public texts, URL in `source`), tuning48 (300, the elevated register
of medication-friendly meetings, partly adapted), tuning49 (300, half adapted from Spanish,
French and German public texts), tuning50 (300, half friendly: welcomes as facts and
stories), tuning51 (300, half unknown: traps that look like policies), tuning52 (300,
Spanish, French and German limits without a prohibition verb), and tuning53 to tuning56
(250 each, realistic samples: US intergroups, BMLT servers, a third adapted from public
texts, a multilingual service office). Round 9 added tuning57 (250, half adapted from the
welcome statements of medication-friendly meetings), tuning58 and tuning60 (250 each,
realistic, English-speaking countries and multilingual directories) and tuning59 (250, half
friendly, welcomes without stock phrases). Round 10 added sixteen sets of 250: tuning61,
tuning65, tuning66, tuning69, tuning70 and tuning73 are at least half adapted from real
public texts (harm-reduction scripts, MARA and SMART statements, NA and AA literature in four
languages, clinic and recovery-centre pages, group websites; URL in `source`), tuning62 and
tuning71 are long pasted formats, tuning63 and tuning72 weigh precision traps, tuning64 and
tuning74 are mostly Spanish (tuning64 also French and German), tuning75 is French, German and
English with hidden limits, tuning67 is feed-style, and tuning68 and tuning76 are many
writers' voices; tuning77 (a realistic sample), tuning78 (two thirds adapted from public
texts), tuning79 (45% Spanish, precision traps) and tuning80 (long notes) came last. Round 11
added tuning81 (half adapted from the welcome statements of medication-friendly meetings),
tuning82 (long formats), tuning83 (Spanish, French and German, half adapted from public
texts) and tuning84 (realistic, with hidden limits). Round 12 added tuning85 (half adapted from
public texts), tuning86 (long notes), tuning87 (multilingual, 30% English) and tuning88
(precision traps).
Each was copied unchanged and scored on arrival
before any rule changed for it (figures in tests/fixtures/mat/BLIND.md). They are tuned
on now, so they guard against regressions.
"""

from __future__ import annotations

import json

import pytest

from pipeline.mat.engine import Listing, tag_mat
from tests.conftest import FIXTURES
from tests.test_mat_blind import figures
from tests.test_mat_labelled import reliability_table


def load(name: str) -> list[dict[str, object]]:
    text = (FIXTURES / "mat" / f"{name}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


SETS = {
    "tuning5": (load("tuning5"), "t5-", 300),
    "tuning6": (load("tuning6"), "t6-", 250),
    "tuning7": (load("tuning7"), "t7-", 300),
    "tuning8": (load("tuning8"), "t8-", 250),
    "tuning9": (load("tuning9"), "t9-", 300),
    "tuning10": (load("tuning10"), "t10-", 250),
    "tuning11": (load("tuning11"), "t11-", 300),
    "tuning12": (load("tuning12"), "t12-", 250),
    "tuning13": (load("tuning13"), "t13-", 300),
    "tuning14": (load("tuning14"), "t14-", 300),
    "tuning15": (load("tuning15"), "t15-", 300),
    "tuning16": (load("tuning16"), "t16-", 300),
    "tuning17": (load("tuning17"), "t17-", 300),
    "tuning18": (load("tuning18"), "t18-", 300),
    "tuning19": (load("tuning19"), "t19-", 250),
    "tuning20": (load("tuning20"), "t20-", 300),
    "tuning21": (load("tuning21"), "t21-", 300),
    "tuning22": (load("tuning22"), "t22-", 300),
    "tuning23": (load("tuning23"), "t23-", 300),
    "tuning24": (load("tuning24"), "t24-", 300),
    "tuning25": (load("tuning25"), "t25-", 300),
    "tuning26": (load("tuning26"), "t26-", 300),
    "tuning27": (load("tuning27"), "t27-", 300),
    "tuning28": (load("tuning28"), "t28-", 300),
    "tuning29": (load("tuning29"), "t29-", 300),
    "tuning30": (load("tuning30"), "t30-", 300),
    "tuning31": (load("tuning31"), "t31-", 300),
    "tuning32": (load("tuning32"), "t32-", 300),
    "tuning33": (load("tuning33"), "t33-", 300),
    "tuning34": (load("tuning34"), "t34-", 300),
    "tuning35": (load("tuning35"), "t35-", 300),
    "tuning36": (load("tuning36"), "t36-", 300),
    "tuning37": (load("tuning37"), "t37-", 300),
    **{f"tuning{n}": (load(f"tuning{n}"), f"t{n}-", 300) for n in range(38, 53)},
    **{f"tuning{n}": (load(f"tuning{n}"), f"t{n}-", 250) for n in range(53, 122)},
}
#: tuning10, tuning21 and tuning29 are Spanish, French and German only, by their briefs;
#: tuning43 and tuning44 have the languages their briefs asked for.
LANGS = {name: {"es", "fr", "de"} for name in ("tuning10", "tuning21", "tuning29")}
LANGS["tuning43"] = {"es", "en"}  # 70% Spanish, 30% English
LANGS["tuning44"] = {"fr", "de", "en"}  # 40% French, 40% German, 20% English
LANGS["tuning75"] = {"fr", "de", "en"}  # 35% French, 35% German, 30% English
LANGS["tuning121"] = {"es", "fr", "de"}  # 40% Spanish, 30% French, 30% German


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_set_is_a_separate_writers_set(name: str) -> None:
    rows, prefix, size = SETS[name]
    assert len(rows) == size
    assert {str(row["label"]) for row in rows} == {
        "friendly", "restricted", "unfriendly", "unknown"
    }  # fmt: skip
    assert all(str(row["id"]).startswith(prefix) for row in rows)
    assert {str(row["lang"]) for row in rows} == LANGS.get(name, {"en", "es", "fr", "de"})


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_set_never_calls_a_limit_friendly(name: str) -> None:
    rows = SETS[name][0]
    result = figures(rows)
    print(result.line().replace("blind set", name))
    results = [(row, tag_mat(Listing.from_mapping(row))) for row in rows]
    print("\n".join(reliability_table(results)))
    assert result.wrong_friendly == 0, result.line()
    assert result.precision >= 0.95, result.line()
