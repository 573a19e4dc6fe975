"""Labelled pairs for dedupe: same meeting or not, and a way to score the stage on them.

Two origins:
- `fixture_pairs()`: tests/fixtures/dedupe/pairs.jsonl, written by hand, always present;
- `corpus_pairs()`: built at test time from the real feeds in ../shared/corpus (none
  when absent): real listings re-listed by a made-up second source with the variations
  real feeds show (address as one line vs split, street words spelled out or not, name
  casing and filler words, 12-hour times, types reordered or dropped, coordinates moved
  or missing, end time missing), online listings re-listed with another link to the
  same room, real same-feed duplicates, and real non-matches: different meetings at the
  same place and hour, one group on different weekdays, one Zoom room at other times.
  A pair whose truth a reader could not tell from the listings (same name, same hour,
  but one open and one closed; a name of initials only) is left unlabelled.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipeline.dedupe import DedupeResult, dedupe_meetings
from pipeline.publish.tables import meetings_table
from schemas.meeting import Meeting
from schemas.sources import SourceConfig
from tests.conftest import CORPUS, FIXTURES, make_source
from tests.helpers import normalize_data

PAIRS_FILE = FIXTURES / "dedupe" / "pairs.jsonl"
CORPUS_DIR = Path(os.environ.get("ALLPATHS_CORPUS", CORPUS))
FEEDS = CORPUS_DIR / "meeting_guide"

#: Each corpus feed's region, as a user's sources file would say it (tests/test_corpus.py).
ZONES = {
    "aasanjose_2021": ("America/Los_Angeles", "US", "AA"),
    "aasepia_2024": ("America/New_York", "US", "AA"),
    "oc_aa_2023": ("America/Los_Angeles", "US", "AA"),
    "sussexaa_2022": ("America/New_York", "US", "AA"),
    "kc_wamo_2021": ("America/Chicago", "US", "AA"),
    "aasfmarin_2021": ("America/Los_Angeles", "US", "AA"),
    "raleigh_2017": ("America/New_York", "US", "AA"),
}


@dataclass(frozen=True)
class LabelledPair:
    case: str
    match: bool
    a: Meeting
    b: Meeting
    origin: str


# --- the hand-written fixture ----------------------------------------------------------


def _fixture_meeting(pair_id: str, side: str, fields: dict[str, Any]) -> Meeting:
    record: dict[str, Any] = {
        "meeting_id": f"fx-{pair_id}-{side}",
        "source_id": f"fixture-{side}",
        "source_meeting_id": f"{pair_id}-{side}",
        "source_url": "http://127.0.0.1/fixture.json",
        "fellowship": "AA",
        "timezone": "America/Chicago",
        "timezone_source": "source_default",
        "status": "active",
    }
    record.update(fields)
    if "attendance" not in record:
        online = bool(record.get("conference_url"))
        record["attendance"] = (
            ("hybrid" if record.get("street") else "online") if online else "in_person"
        )
    if record.get("latitude") is not None and "geo_precision" not in record:
        record["geo_precision"] = "street"
    return Meeting.model_validate(record)


def fixture_pairs() -> list[LabelledPair]:
    pairs = []
    for line in PAIRS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        shared = item.get("both", {})
        pairs.append(
            LabelledPair(
                case=item["case"],
                match=item["match"],
                a=_fixture_meeting(item["id"], "a", {**shared, **item["a"]}),
                b=_fixture_meeting(item["id"], "b", {**shared, **item["b"]}),
                origin="fixture",
            )
        )
    return pairs


# --- pairs derived from the corpus -----------------------------------------------------

_SPELLED = {"Street": "St", "Avenue": "Ave", "Road": "Rd", "Drive": "Dr", "Boulevard": "Blvd",
            "North": "N", "South": "S", "East": "E", "West": "W", "Lane": "Ln"}  # fmt: skip
_SHORT = {short: long for long, short in _SPELLED.items()}


def _respell_street(street: str) -> str:
    """'100 N Main St' <-> '100 North Main Street', as another site would write it."""
    words = re.sub(r"[.,]", "", street).split()
    return " ".join(_SHORT.get(w, _SPELLED.get(w, w)) for w in words)


def _rename(name: str, n: int) -> str:
    variants = (
        name.upper(),
        f"The {name} Group",
        name.lower(),
        f"{name} Meeting",
        name.replace("&", "and").replace("'", ""),
    )
    return variants[n % len(variants)]


def _twelve_hour(value: str, shift: int = 0) -> str:
    hour, minute = (int(x) for x in value.split(":")[:2])
    total = hour * 60 + minute + shift
    hour, minute = divmod(total % 1440, 60)
    return f"{(hour % 12) or 12}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"


def relisted(raw: dict[str, Any], meeting: Meeting, n: int) -> dict[str, Any]:
    """The listing as another website would publish it (see module docstring)."""
    out: dict[str, Any] = {
        "slug": f"relisted-{raw.get('slug') or raw.get('id')}",
        "name": _rename(meeting.name, n),
        "day": meeting.day,
        "time": _twelve_hour(raw["time"], shift=5 if n % 7 == 6 else 0),
        "location": meeting.location_name,
    }
    street = _respell_street(meeting.street or "")
    if raw.get("formatted_address"):
        out.update(address=street, city=meeting.city, state=meeting.region,
                   postal_code=meeting.postal_code, country="US")  # fmt: skip
    else:
        out["formatted_address"] = (
            f"{street}, {meeting.city}, {meeting.region} {meeting.postal_code}, USA"
        )
    types = list(raw.get("types") or [])
    out["types"] = [types[::-1], types[:-1], [*types, "X"], types][n % 4]
    if n % 3 and raw.get("end_time"):
        out["end_time"] = raw["end_time"]
    if meeting.latitude is not None and n % 4 != 3:
        out["latitude"] = round(meeting.latitude + 0.0002 * (n % 3), 6)
        out["longitude"] = meeting.longitude
    return out


def relisted_online(raw: dict[str, Any], meeting: Meeting, n: int) -> dict[str, Any]:
    url = (meeting.conference_url or "").split("?")[0]
    return {
        "slug": f"relisted-{raw.get('slug') or raw.get('id')}",
        "name": _rename(meeting.name, n),
        "day": meeting.day,
        "time": _twelve_hour(raw["time"]),
        "conference_url": f"{url}?pwd=relisted{n}",
        "types": [*(raw.get("types") or []), "ONL"],
        "attendance_option": "online",
    }


def _source(stem: str, prefix: str = "") -> SourceConfig:
    zone, country, fellowship = ZONES[stem]
    return make_source(id=prefix + stem.replace("_", "-"), timezone=zone, country=country,
                       fellowship=fellowship)  # fmt: skip


def _words(name: str) -> set[str]:
    """Word stems of a name (plural 's' dropped), for telling names that share none."""
    words = {w.removesuffix("s") for w in re.findall(r"[a-z]{3,}", name.lower())}
    return words - {"the", "and", "group", "meeting"}


def _spread(items: list[Any], count: int) -> list[Any]:
    """`count` items evenly spread over `items` (deterministic)."""
    if len(items) <= count:
        return items
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


@dataclass
class CorpusFeeds:
    meetings: list[Meeting]
    relisted: list[Meeting]
    pairs: list[LabelledPair]


def _feed_rows() -> Iterator[tuple[str, list[dict[str, Any]], list[Meeting]]]:
    for stem in ZONES:
        path = FEEDS / f"{stem}.json"
        if path.exists():
            data = [r for r in json.loads(path.read_text(encoding="utf-8")) if isinstance(r, dict)]
            source = _source(stem)
            yield stem, data, normalize_data(source, data).meetings


def corpus_feeds() -> CorpusFeeds | None:
    """The corpus meetings, the re-listed variants and the labelled pairs; None if absent."""
    if not FEEDS.is_dir():
        return None
    everything: list[Meeting] = []
    variants: list[Meeting] = []
    pairs: list[LabelledPair] = []
    in_person: list[tuple[str, dict[str, Any], Meeting]] = []
    online: list[tuple[str, dict[str, Any], Meeting]] = []
    for stem, data, meetings in _feed_rows():
        everything += meetings
        by_id: dict[str, list[Meeting]] = {}
        for m in meetings:
            by_id.setdefault(m.source_meeting_id, []).append(m)
        for raw in data:
            found = by_id.get(str(raw.get("slug") or raw.get("id")), [])
            if len(found) != 1 or not isinstance(raw.get("time"), str) or ":" not in raw["time"]:
                continue
            m = found[0]
            if m.attendance == "in_person" and m.street and m.postal_code and m.city and m.types:
                in_person.append((stem, raw, m))
            elif m.attendance == "online" and m.conference_url and "zoom.us/j/" in m.conference_url:
                online.append((stem, raw, m))
        pairs += _real_pairs(meetings)
    for n, (stem, raw, m) in enumerate(_spread(in_person, 45)):
        pairs.append(_relisted_pair(stem, relisted(raw, m, n), m, "re-listed elsewhere", variants))
    for n, (stem, raw, m) in enumerate(_spread(online, 12)):
        pairs.append(
            _relisted_pair(stem, relisted_online(raw, m, n), m, "online re-listed", variants)
        )
    return CorpusFeeds(meetings=everything, relisted=variants, pairs=pairs)


def _relisted_pair(
    stem: str, raw: dict[str, Any], original: Meeting, case: str, sink: list[Meeting]
) -> LabelledPair:
    source = _source(stem, prefix="relisted-")
    [variant] = normalize_data(source, [raw]).meetings
    sink.append(variant)
    return LabelledPair(case=case, match=True, a=original, b=variant, origin="corpus")


def _real_pairs(meetings: list[Meeting]) -> list[LabelledPair]:
    """Real pairs within one feed: duplicates, same place and hour, weekdays, Zoom rooms."""
    same_hour_place: list[tuple[Meeting, Meeting]] = []
    duplicates: list[tuple[Meeting, Meeting]] = []
    weekdays: list[tuple[Meeting, Meeting]] = []
    rooms: list[tuple[Meeting, Meeting]] = []
    by_street: dict[str, list[Meeting]] = {}
    by_room: dict[str, list[Meeting]] = {}
    for m in meetings:
        if m.street and m.attendance != "online":
            by_street.setdefault(m.street.lower(), []).append(m)
        zoom = re.search(r"zoom\.us/j/(\d+)", m.conference_url or "")
        if zoom:
            by_room.setdefault(zoom.group(1), []).append(m)
    for group in by_street.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.source_meeting_id == b.source_meeting_id or not (
                    a.start_time and b.start_time
                ):
                    continue
                gap = abs(_minutes(a.start_time) - _minutes(b.start_time))
                if a.day == b.day and gap <= 10:
                    if a.name.lower() == b.name.lower() and not _open_and_closed(a, b):
                        duplicates.append((a, b))
                    elif _words(a.name) and _words(b.name) and not _words(a.name) & _words(b.name):
                        same_hour_place.append((a, b))
                elif a.day != b.day and a.name.lower() == b.name.lower():
                    weekdays.append((a, b))
    for group in by_room.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if (
                    a.start_time
                    and b.start_time
                    and (
                        a.day != b.day or abs(_minutes(a.start_time) - _minutes(b.start_time)) > 30
                    )
                ):
                    rooms.append((a, b))
    out = [
        LabelledPair("same-feed duplicate", True, a, b, "corpus") for a, b in _spread(duplicates, 4)
    ]
    out += [LabelledPair("other meeting, same place and hour", False, a, b, "corpus")
            for a, b in _spread(same_hour_place, 8)]  # fmt: skip
    out += [LabelledPair("same group, other weekday", False, a, b, "corpus")
            for a, b in _spread(weekdays, 3)]  # fmt: skip
    out += [LabelledPair("same Zoom room, other time", False, a, b, "corpus")
            for a, b in _spread(rooms, 3)]  # fmt: skip
    return out


def _open_and_closed(a: Meeting, b: Meeting) -> bool:
    """One listing open, the other closed: two meetings, or one misread? Left unlabelled."""
    return ("O" in a.types and "C" in b.types) or ("C" in a.types and "O" in b.types)


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


# --- scoring ---------------------------------------------------------------------------


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.tn + other.tn)


def run_dedupe(meetings: list[Meeting]) -> DedupeResult:
    unique = {m.meeting_id: m for m in meetings}
    table: pa.Table = meetings_table(unique.values())
    sources = {m.source_id for m in unique.values()}
    priorities = {s: 10 if s.startswith(("relisted-", "fixture-b")) else 50 for s in sources}
    return dedupe_meetings(table, priorities)


def judge(pairs: list[LabelledPair], result: DedupeResult) -> tuple[Score, list[LabelledPair]]:
    """Score of the pairs against the grouping, and the pairs it got wrong."""
    merged_into = dict(
        zip(result.membership.column("meeting_id").to_pylist(),
            result.membership.column("merged_id").to_pylist(), strict=True)
    )  # fmt: skip
    score, wrong = Score(), []
    for pair in pairs:
        together = merged_into[pair.a.meeting_id] == merged_into[pair.b.meeting_id]
        if pair.match and together:
            score.tp += 1
        elif pair.match:
            score.fn += 1
            wrong.append(pair)
        elif together:
            score.fp += 1
            wrong.append(pair)
        else:
            score.tn += 1
    return score, wrong
