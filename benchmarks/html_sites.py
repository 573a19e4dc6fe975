"""HTML directory pages of any length, in the demo's page kind (`html_cedar_valley`).

The embedded demo's page (demo/html/cedar-valley-meetings.html: one table per day under
a day heading, a codes legend) is the only HTML layout with a site reader, so a bench
page keeps its markup and cycles its rows: every copy links to a fresh detail path (the
reader's stable id), starts a quarter hour later per cycle and moves up the street (a
place hosts several meetings, so time alone would make copies meet), so a copy is another
meeting, not one for dedupe.
"""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.feeds import ROOT

DEMO_PAGE = ROOT / "demo" / "html" / "cedar-valley-meetings.html"
PLATFORM = "html_cedar_valley"
#: Rows per page: a large intergroup's printed directory (Seattle's runs ~200 a day).
PER_PAGE = 1_000

_SECTION = re.compile(r'(<h2 class="day">[^<]*</h2>\s*<table[^>]*>.*?<tbody>)(.*?)(</tbody>)', re.S)
_ROW = re.compile(r"<tr>.*?</tr>", re.S)
_TIME = re.compile(r"<tr><td>\s*(\d{1,2}):(\d{2})\s*([ap]m)\s*</td>", re.I)
_LINK = re.compile(r'href="/meetings/\d+"')
_STREET = re.compile(r"(</td><td>)(\d+)( [^<]*<br>)")


def _clock(minutes: int) -> str:
    hours, minute = divmod(minutes % 1440, 60)
    return f"{(hours - 1) % 12 + 1}:{minute:02d} {'am' if hours < 12 else 'pm'}"


def shifted_row(row: str, cycle: int, number: int) -> str:
    """The `cycle`-th copy of a demo row, linked to `/meetings/<number>`."""
    row = _LINK.sub(f'href="/meetings/{number}"', row, count=1)
    if cycle == 0:
        return row
    match = _TIME.match(row)
    if match:
        hours = int(match[1]) % 12 + (12 if match[3].lower() == "pm" else 0)
        start = hours * 60 + int(match[2]) + 15 * (cycle % 96)
        row = f"<tr><td>{_clock(start)}</td>" + row[match.end() :]
    return _STREET.sub(lambda m: f"{m[1]}{int(m[2]) + 2 * cycle}{m[3]}", row, 1)
    return row


def write_pages(folder: Path, meetings: int, per_page: int = PER_PAGE) -> list[Path]:
    """`meetings` rows in pages of `per_page`, each page the demo's layout."""
    folder.mkdir(parents=True, exist_ok=True)
    text = DEMO_PAGE.read_text(encoding="utf-8")
    sections = list(_SECTION.finditer(text))
    rows = [_ROW.findall(s[2]) for s in sections]
    base = sum(len(r) for r in rows)
    if not sections or not base:
        raise RuntimeError(f"{DEMO_PAGE} has no day tables with rows: its layout changed")
    pages: list[Path] = []
    number = 0
    for page in range((meetings + per_page - 1) // per_page):
        wanted = min(per_page, meetings - number)
        day_rows: list[list[str]] = [[] for _ in sections]
        while wanted:
            cycle = number // base
            for day, originals in enumerate(rows):
                for row in originals[: min(len(originals), wanted)]:
                    day_rows[day].append(shifted_row(row, cycle, 100_000 + number))
                    number += 1
                    wanted -= 1
                if not wanted:
                    break
        out, last = [], 0
        for section, copies in zip(sections, day_rows, strict=True):
            out.append(text[last : section.start(2)])
            out.append("\n" + "\n".join(copies) + "\n")
            last = section.end(2)
        out.append(text[last:])
        path = folder / f"page-{page:04d}.html"
        path.write_text("".join(out), encoding="utf-8")
        pages.append(path)
    return pages
