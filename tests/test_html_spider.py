"""HTML directories: the base table spider and its site subclasses, on saved pages and
over local HTTP, then through normalization."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path
from typing import Any, ClassVar

import pytest

from pipeline.crawl.local_server import LocalFeedServer
from pipeline.crawl.process import crawl_batch
from pipeline.normalize.stage import normalize_fetched
from spiders.platforms.html_sites import HTML_SITES, CedarValleySite
from spiders.platforms.html_table import HtmlTableSite, NoMeetingTable
from tests.conftest import CORPUS, DEMO, FIXTURES, make_source
from tests.helpers import normalize_data

HTML = FIXTURES / "html"
DEMO_PAGE = DEMO / "html" / "cedar-valley-meetings.html"


class HarborSite(HtmlTableSite):
    """The Seattle layout: O/C and notedisp both hold codes, the day is in the heading."""

    platform = "html_harbor"
    columns: ClassVar[dict[str, tuple[str, ...]]] = {
        "types": ("o/c", "notedisp"),
        "region": ("divisions",),
    }
    types_legend: ClassVar[dict[str, str]] = {"wb": "XB", "ws": "W"}


class LegendSite(HtmlTableSite):
    platform = "html_legend"
    legend_selector = "dl.legend"


def read_saved(site: type[HtmlTableSite], path: Path) -> tuple[list[dict[str, Any]], Counter[str]]:
    """A saved page read the way normalize reads a stored one: from its bytes."""
    page = site().read(path.read_bytes())
    return page.rows, page.counters


def test_demo_page_rows_days_codes_and_addresses() -> None:
    rows, counters = read_saved(CedarValleySite, DEMO_PAGE)
    assert len(rows) == counters["html/rows"] and 28 <= len(rows) <= 49
    assert {r["day"] for r in rows} == {
        "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    }  # fmt: skip
    first = rows[0]
    assert first["formatted_address"].count(",") == 2  # street<br>town, state zip
    assert first["types"][0] in {"O", "C"}
    by_code = {c: t for r in rows for c, t in zip(r["source_types"], r["types"], strict=True)}
    assert by_code.get("BB", "B") == "B"  # "Big Book" in the legend is the vocabulary's B
    assert by_code.get("H", "X") == "X"  # "Handicap Accessible": the site's legend entry
    assert all(r["slug"].startswith("/meetings/") for r in rows)  # the detail link's path
    assert "html/missing_column/address" not in counters


def test_demo_page_normalizes() -> None:
    rows, _ = read_saved(CedarValleySite, DEMO_PAGE)
    source = make_source(id="cedar-valley", platform="html_cedar_valley", fellowship="AA")
    batch = normalize_data(source, rows)
    assert batch.rejects == [] and len(batch.meetings) == len(rows)
    assert {m.day for m in batch.meetings} == set(range(7))
    assert all(m.start_time is not None and m.street and m.city for m in batch.meetings)
    noon = [m for m in batch.meetings if m.start_time and m.start_time.hour == 12]
    assert noon  # "Noon" reads as 12:00
    assert all(m.source_meeting_id.startswith("/meetings/") for m in batch.meetings)


def test_seattle_layout_day_from_heading_and_empty_cells() -> None:
    rows, _ = read_saved(HarborSite, HTML / "harbor_monday.html")
    assert [r["name"] for r in rows] == [
        "EARLY RISERS", "Noon Step & Tradition", "Back to Basics", "Night Owls",
    ]  # fmt: skip
    assert {r["day"] for r in rows} == {"Monday"}
    assert rows[1]["time"] == "NOON" and rows[1]["source_types"] == ["C"]
    assert rows[0]["source_types"] == ["O", "we", "wp", "wb"]
    assert rows[0]["types"] == ["O", "we", "wp", "XB"]
    assert rows[2]["formatted_address"] == "Burien Alano Club" and rows[2]["region"] == "SOUTH"
    batch = normalize_data(make_source(id="harbor", platform="html_cedar_valley"), rows)
    assert len(batch.meetings) == 4
    assert batch.counters["field/types/unknown_code"] == 3  # we, wp, oh


def test_missing_column_is_counted_and_rows_still_parse() -> None:
    rows, counters = read_saved(LegendSite, HTML / "missing_column.html")
    assert counters["html/missing_column/address"] == 1
    assert [r["formatted_address"] for r in rows] == [None, None, None]
    assert [r["day"] for r in rows] == ["Tuesday", "Thursday", "Saturday"]
    assert rows[1]["types"] == ["C", "B"] and rows[2]["types"] == ["W", "ST"]
    assert rows[0]["notes"] == "Call the office for the room." and rows[1]["notes"] is None
    batch = normalize_data(make_source(id="no-address", platform="html_cedar_valley"), rows)
    assert len(batch.meetings) == 3
    assert [m.start_time.strftime("%H:%M") for m in batch.meetings if m.start_time] == [
        "19:30", "12:00", "09:00",
    ]  # fmt: skip
    assert all(m.attendance == "in_person" and m.street is None for m in batch.meetings)


def test_page_without_a_meeting_table_fails_the_source() -> None:
    with pytest.raises(NoMeetingTable, match="no meeting table found"):
        read_saved(CedarValleySite, HTML / "no_table.html")


def test_site_readers_are_registered_by_platform() -> None:
    from schemas.sources import HTML_PLATFORMS
    from spiders.payload import PayloadSpider
    from spiders.platforms import SPIDERS

    assert HTML_SITES["html_cedar_valley"] is CedarValleySite
    assert set(HTML_SITES) == set(HTML_PLATFORMS)
    assert all(SPIDERS[p] is PayloadSpider for p in HTML_PLATFORMS)  # the page is a payload


def test_real_crawl_over_http_stores_the_page_and_normalize_reads_it(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    shutil.copy(DEMO_PAGE, root / "meetings.html")
    source = make_source(id="cedar-valley", platform="html_cedar_valley")
    with LocalFeedServer(root) as server:
        summary = crawl_batch([source], {source.id: server.url_for("meetings.html")}, tmp_path)
    (fetched,) = summary.fetched
    assert fetched.error is None and fetched.status == 200
    assert Path(fetched.body_path or "").read_bytes() == DEMO_PAGE.read_bytes()  # as fetched
    result = normalize_fetched(source, fetched, tmp_path / "normalized")
    assert result.failure is None and result.rejected == 0
    assert result.valid == result.counters["html/rows"] > 20


def test_missing_column_page_over_http_still_publishes(tmp_path: Path) -> None:
    """A page whose table lost its address column: rows still become meetings, counted."""
    root = tmp_path / "site"
    root.mkdir()
    shutil.copy(HTML / "missing_column.html", root / "meetings.html")
    source = make_source(id="no-address", platform="html_cedar_valley")
    with LocalFeedServer(root) as server:
        summary = crawl_batch([source], {source.id: server.url_for("meetings.html")}, tmp_path)
    result = normalize_fetched(source, summary.fetched[0], tmp_path / "normalized")
    assert result.failure is None and (result.valid, result.rejected) == (3, 0)
    assert result.counters["html/missing_column/address"] == 1  # in the source's stats


CORPUS_PAGES = CORPUS / "html"


class SeattleSite(HarborSite):
    """The real Seattle pages print the day in a <CENTER> block before the table."""

    day_heading_xpath = "preceding::center[1]"


class MinneapolisSite(HtmlTableSite):
    """aaminneapolis.org's 2016 list view: types written out as words."""

    platform = "html_minneapolis"
    types_separator = r"\s*,\s*"
    day_heading_xpath = "//title"


@pytest.mark.skipif(not CORPUS_PAGES.is_dir(), reason=f"shared corpus not present at {CORPUS}")
@pytest.mark.parametrize(
    ("page", "site", "expected_rows"),
    [
        ("seattle_intergroup_monday_2012.html", SeattleSite, 201),
        ("seattle_intergroup_thursday_2012.html", SeattleSite, 199),
        ("aaminneapolis_saturday_2016.html", MinneapolisSite, 131),
    ],
)
def test_corpus_pages(page: str, site: type[HtmlTableSite], expected_rows: int) -> None:
    records, _ = read_saved(site, CORPUS_PAGES / page)
    assert len(records) == expected_rows
    batch = normalize_data(make_source(id="corpus-html", platform="html_cedar_valley"), records)
    assert len(batch.meetings) / len(records) >= 0.95, [r.reason for r in batch.rejects][:5]
    assert all(m.day is not None for m in batch.meetings)
    unknown = {k: v for k, v in batch.counters.items() if k.startswith("field/types/unknown")}
    print(f"\n{page}: {len(batch.meetings)}/{len(records)} meetings; {unknown}")


def test_html_mapper_keeps_the_printed_codes() -> None:
    from pipeline.normalize.mappers import SIMPLE_MAPPERS

    rows, _ = read_saved(LegendSite, HTML / "missing_column.html")
    fields = SIMPLE_MAPPERS["html"](rows[1], Counter())
    assert fields.types.types == ["C", "B"] and fields.types.source_types == ["C", "BB"]
    assert fields.days == [4] and fields.start is not None and fields.start.hour == 12
    assert fields.own_id == "/m/13" and fields.street is None  # the detail link, stable
