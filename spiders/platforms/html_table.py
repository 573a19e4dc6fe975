"""Table-style meeting directory pages: a base reader a site subclasses with data only.

Intergroup sites print their meetings as HTML tables: a row per meeting with time, name,
place, address and type codes, the day in a column or in the heading above the table,
and a legend saying what the codes mean. A site's spider is a subclass that sets
selectors, column labels and a legend, and overrides a `_parse_<field>` hook only where
its page is odd (the City Bureau spider template works the same way).

The crawl stores the page as fetched (`spiders/payload.py`, like every platform); this
reader runs in normalize, on the stored bytes, so a fix to a site's hooks re-reads last
night's page without fetching it again. Columns are found by their header text, so a
site that reorders or drops a column still parses: a missing column gives None for its
field and is counted in the source's stats (`html/missing_column/<field>`). Each row
becomes a raw record shaped like a Meeting Guide object (name, day, time, location,
formatted_address, types, and the detail link's path as `slug`), with the site's own
codes kept in `source_types`; the reader does not normalize.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, ClassVar
from urllib.parse import urlsplit

from parsel import Selector, SelectorList
from w3lib.encoding import html_to_unicode

from schemas.vocab import MEETING_TYPES, canonical_type_code

#: Column labels (header text, lower case, punctuation kept) that hold each field.
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "day": ("day", "weekday"),
    "time": ("time", "start", "start time"),
    "end_time": ("end", "end time", "until"),
    "name": ("meeting", "name", "meeting name", "group"),
    "location": ("location", "place", "venue", "facility"),
    "address": ("address", "where", "street address"),
    "region": ("region", "city", "area", "town"),
    "types": ("types", "type", "codes", "code", "format", "o/c"),
    "notes": ("notes", "details", "comments"),
}
#: Fields a directory row must have to be a meeting; a table without one is counted.
EXPECTED_COLUMNS = ("time", "name", "address")

_DAY_WORD = re.compile(
    r"\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)s?\b", re.IGNORECASE
)
_SPACES = re.compile(r"\s+")
#: Closing tags dropped before parsing: pages glued from two documents (the Seattle
#: directory) would otherwise lose everything after the first </HTML>.
_DOCUMENT_END = re.compile(r"</\s*(?:html|body)\s*>", re.IGNORECASE)
_VOCABULARY_BY_NAME = {name.lower(): code for code, name in MEETING_TYPES.items()}


def text_lines(cell: Selector | None) -> list[str]:
    """A cell's text nodes, whitespace collapsed, empty ones dropped (`<BR>`-only cells)."""
    if cell is None:
        return []
    lines = (_SPACES.sub(" ", t).strip() for t in cell.xpath(".//text()").getall())
    return [line for line in lines if line]


def header_key(text: str) -> str:
    return _SPACES.sub(" ", text).strip().lower().rstrip(":")


class NoMeetingTable(ValueError):
    """A page with no table that has a meeting column: the source fails with this reason."""


@dataclass
class PageRows:
    """A page's meeting rows (raw records) and what was odd about the page."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    counters: Counter[str] = field(default_factory=Counter)


class HtmlTableSite:
    """Base for one site's table-style directory. Subclasses set the class attributes."""

    #: the `platform` of the site's sources (schemas.sources.HTML_PLATFORMS)
    platform: ClassVar[str] = ""
    #: each meeting table on the page
    table_selector: ClassVar[str] = "table"
    #: header cells of a table, in column order
    header_xpath: ClassVar[str] = ".//th"
    #: meeting rows of a table (rows with data cells)
    row_xpath: ClassVar[str] = ".//tr[td]"
    #: field -> header labels; merged over DEFAULT_COLUMNS
    columns: ClassVar[dict[str, tuple[str, ...]]] = {}
    #: where the day is when no column holds it: the nearest heading before the table
    day_heading_xpath: ClassVar[str] = (
        "preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::caption][1]"
    )
    #: the page's legend of codes, as <dt>code</dt><dd>meaning</dd> pairs (None: no legend)
    legend_selector: ClassVar[str | None] = None
    #: the site's codes or words -> vocabulary codes, where the legend's meaning is not
    #: a vocabulary name ("H" = "Handicap Accessible" -> "X")
    types_legend: ClassVar[dict[str, str]] = {}
    #: how the types cell separates codes
    types_separator: ClassVar[str] = r"[\s,;]+"

    def read(self, body: bytes) -> PageRows:
        """Every meeting row of a stored page; `NoMeetingTable` when it has none."""
        page = self._page(body)
        legend = self._parse_legend(page)
        tables = page.css(self.table_selector)
        found = PageRows()
        for table in tables:
            columns = self._columns(table)
            if "name" not in columns:
                continue  # a layout table, not a meeting table
            for name in EXPECTED_COLUMNS:
                if name not in columns:
                    found.counters[f"html/missing_column/{name}"] += 1
            page_day = self._parse_page_day(table)
            for row in table.xpath(self.row_xpath):
                cells = row.xpath("./td")
                by_field = {
                    name: [cells[i] for i in indexes if i < len(cells)]
                    for name, indexes in columns.items()
                }
                item = self.parse_row(row, by_field, page_day, legend)
                if item is None:
                    continue
                own_id = self._own_id(row)
                found.rows.append({"slug": own_id, **item} if own_id else item)
        if not found.rows:
            raise NoMeetingTable(
                f"no meeting table found ({len(tables)} tables, none with a meeting column)"
            )
        found.counters["html/rows"] = len(found.rows)
        return found

    # --- structure -------------------------------------------------------------------

    def _columns(self, table: SelectorList[Selector] | Selector) -> dict[str, list[int]]:
        """field -> the column positions whose header names it (several for types)."""
        labels = {**DEFAULT_COLUMNS, **self.columns}
        headers = [header_key(" ".join(text_lines(th))) for th in table.xpath(self.header_xpath)]
        found: dict[str, list[int]] = {}
        for index, header in enumerate(headers):
            for name, names in labels.items():
                if header in names:
                    found.setdefault(name, []).append(index)
                    break
        return found

    @staticmethod
    def _page(body: bytes) -> Selector:
        """The page decoded as a browser would (BOM, then <meta charset>, then UTF-8)."""
        _, text = html_to_unicode(None, body)
        return Selector(text=_DOCUMENT_END.sub("", text))

    def _parse_legend(self, page: Selector) -> dict[str, str]:
        """The page's own legend: site code -> meaning."""
        if not self.legend_selector:
            return {}
        legend: dict[str, str] = {}
        for block in page.css(self.legend_selector):
            codes = [" ".join(text_lines(dt)) for dt in block.xpath(".//dt")]
            meanings = [" ".join(text_lines(dd)) for dd in block.xpath(".//dd")]
            legend.update(zip(codes, meanings, strict=False))
        return legend

    def _parse_page_day(self, table: Selector) -> str | None:
        heading = table.xpath(self.day_heading_xpath)
        match = _DAY_WORD.search(" ".join(text_lines(heading[0]))) if heading else None
        return match[1].capitalize() if match else None

    def _own_id(self, row: Selector) -> str | None:
        """The meeting's detail link path, when the row links to one (stable across runs)."""
        href = row.xpath(".//a/@href").get()
        if not href or href.startswith(("#", "mailto:", "tel:")):
            return None
        parts = urlsplit(href)
        return (
            (parts.path.rstrip("/") or None) if not parts.query else f"{parts.path}?{parts.query}"
        )

    # --- one row ---------------------------------------------------------------------

    def parse_row(
        self,
        row: Selector,
        cells: dict[str, list[Selector]],
        page_day: str | None,
        legend: dict[str, str],
    ) -> dict[str, Any] | None:
        """A row as a Meeting Guide-shaped record, or None for a row that is not a meeting."""
        name = self._parse_name(cells)
        time = self._parse_time(cells)
        if not name and not time:
            return None  # a separator or sub-heading row
        source_types = self._parse_source_types(cells)
        return {
            "name": name,
            "day": self._parse_day(cells, page_day),
            "time": time,
            "end_time": self._text(cells, "end_time"),
            "location": self._parse_location(cells),
            "formatted_address": self._parse_address(cells),
            "region": self._text(cells, "region"),
            "types": [self._vocabulary_code(code, legend) for code in source_types],
            "source_types": source_types,
            "notes": self._parse_notes(cells),
        }

    def _text(self, cells: dict[str, list[Selector]], field: str, joiner: str = " ") -> str | None:
        lines = [line for cell in cells.get(field, []) for line in text_lines(cell)]
        return joiner.join(lines) or None

    def _parse_name(self, cells: dict[str, list[Selector]]) -> str | None:
        return self._text(cells, "name")

    def _parse_time(self, cells: dict[str, list[Selector]]) -> str | None:
        return self._text(cells, "time")

    def _parse_day(self, cells: dict[str, list[Selector]], page_day: str | None) -> str | None:
        return self._text(cells, "day") or page_day

    def _parse_location(self, cells: dict[str, list[Selector]]) -> str | None:
        return self._text(cells, "location")

    def _parse_address(self, cells: dict[str, list[Selector]]) -> str | None:
        """Lines of the address cell (split by <br>) joined as one line with commas."""
        return self._text(cells, "address", joiner=", ")

    def _parse_notes(self, cells: dict[str, list[Selector]]) -> str | None:
        return self._text(cells, "notes", joiner="\n")

    def _parse_source_types(self, cells: dict[str, list[Selector]]) -> list[str]:
        text = self._text(cells, "types", joiner=",") or ""
        return [code for code in re.split(self.types_separator, text) if code.strip()]

    def _vocabulary_code(self, code: str, legend: dict[str, str]) -> str:
        """The vocabulary's code for a site code; the site's own when nothing matches (the
        normalizer then keeps it in source_types and counts it as unknown)."""
        stripped = code.strip()
        if stripped in self.types_legend:
            return self.types_legend[stripped]
        meaning = legend.get(stripped, stripped)
        by_name = _VOCABULARY_BY_NAME.get(meaning.strip().lower())
        if by_name:
            return by_name
        return canonical_type_code(stripped) or stripped
