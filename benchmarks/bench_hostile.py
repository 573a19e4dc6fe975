"""Hostile text: every pattern on feed text must run in linear time.

For each adversarial input shape, time the scrubber, text cleaning, address and time
parsing at 10k and 40k characters (and the scrubber at 160k), and the normalization of
one record with a 60,000-character note. Linear means 4x the input costs about 4x the
time; a quadratic pattern costs 16x (the old email scrub: 0.9 s at 10k, 9.3 s at 40k).

Targets (checked, exit 1 when missed):
- every function on every shape at 40k characters: < 0.5 s;
- growth from 10k to 40k: < 8x (linear is 4x; quadratic 16x), judged where the 40k run
  takes over 10 ms (below that, timer noise decides the ratio);
- one record with a 60,000-character note: < 0.5 s.

Run: python -m benchmarks.bench_hostile
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections import Counter
from collections.abc import Callable

from pipeline.normalize.fields.address import split_formatted_address
from pipeline.normalize.fields.scrub import scrub_text
from pipeline.normalize.fields.text import clean_text
from pipeline.normalize.fields.times import UnreadableValue, parse_time
from pipeline.normalize.source import normalize_meeting_guide
from schemas.sources import SourceConfig

SHAPES: dict[str, str] = {
    "letters": "a",
    "at-signs": "a@",
    "emails-without-tld": "a@b.",
    "word-at": "a at ",
    "bracket-at": "xxxxxxxxxx[at]",
    "digits": "1",
    "spaced-digits": "1 ",
    "plus-digits": "+1 ",
    "urls": "https://",
    "userinfo": "a:b@",
    "open-tags": "<br",
    "blank-lines": "\n ",
    "region-words": "a ",
    "commas": "a , ",
}


def _time_parse(text: str) -> None:
    with contextlib.suppress(UnreadableValue):
        parse_time(text)


FUNCTIONS: dict[str, Callable[[str], object]] = {
    "scrub_text": scrub_text,
    "clean_text": clean_text,
    "split_formatted_address": split_formatted_address,
    "parse_time": _time_parse,
}

MAX_SECONDS_AT_40K = 0.5
MAX_GROWTH = 8.0
GROWTH_FLOOR_SECONDS = 0.01
MAX_LONG_NOTE_SECONDS = 0.5


def timed(function: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        function(text)
        best = min(best, time.perf_counter() - started)
    return best


def long_note_seconds() -> float:
    source = SourceConfig.model_validate(
        {"id": "bench", "platform": "meeting_guide", "url": "http://127.0.0.1/",
         "timezone": "America/Chicago", "country": "US"}
    )  # fmt: skip
    note = "Call sue at example dot org or 555-123-4567. " * 1400
    record = {"name": "Long", "slug": "long", "day": 1, "time": "19:00", "notes": note[:60_000]}
    started = time.perf_counter()
    normalize_meeting_guide(record, source, Counter())
    return time.perf_counter() - started


def main() -> int:
    failures = []
    print(f"{'function':<24} {'shape':<20} {'10k s':>8} {'40k s':>8} {'growth':>7}")
    for name, function in FUNCTIONS.items():
        for shape, unit in SHAPES.items():
            small = timed(function, (unit * 10_000)[:10_000])
            large = timed(function, (unit * 40_000)[:40_000])
            growth = large / small if small > 1e-4 else 1.0
            flag = ""
            too_steep = growth > MAX_GROWTH and large > GROWTH_FLOOR_SECONDS
            if large > MAX_SECONDS_AT_40K or too_steep:
                flag = "  MISSED"
                failures.append(f"{name}/{shape}")
            print(f"{name:<24} {shape:<20} {small:8.4f} {large:8.4f} {growth:6.1f}x{flag}")
    big = timed(scrub_text, "1 " * 80_000)
    print(f"scrub_text on 160k spaced digits: {big:.3f} s")
    note = long_note_seconds()
    print(f"one record with a 60,000-character note: {note:.3f} s")
    if note > MAX_LONG_NOTE_SECONDS:
        failures.append("long-note")
    if failures:
        print("targets missed:", ", ".join(failures))
        return 1
    print("all targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
