"""HTML directories: the base table spider and its site subclasses, on saved pages and
over local HTTP, then through normalization."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, ClassVar

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from pipeline.crawl.local_server import LocalFeedServer
from schemas.raw import CRAWL_ITEM, FeedProblem, RawRecord
from spiders.platforms.html_sites import CedarValleySpider
from spiders.platforms.html_table import HtmlTableSpider
from tests.conftest import CORPUS, DEMO, FIXTURES, make_source
from tests.helpers import normalize_data

HTML = FIXTURES / "html"
DEMO_PAGE = DEMO / "html" / "cedar-valley-meetings.html"


class HarborSpider(HtmlTableSpider):
    """The Seattle layout: O/C and notedisp both hold codes, the day is in the heading."""

    platform = "html_harbor"
    name = "html_harbor"
    columns: ClassVar[dict[str, tuple[str, ...]]] = {
        "types": ("o/c", "notedisp"),
        "region": ("divisions",),
    }
    types_legend: ClassVar[dict[str, str]] = {"wb": "XB", "ws": "W"}


class LegendSpider(HtmlTableSpider):
    platform = "html_legend"
    name = "html_legend"
    legend_selector = "dl.legend"


def crawl_saved(
    spider_class: type[HtmlTableSpider], path: Path, **source: Any
) -> tuple[list[RawRecord | FeedProblem], dict[str, Any]]:
    crawler = get_crawler(spider_class)
    config = make_source(platform="meeting_guide", **source).model_dump()
    spider = spider_class.from_crawler(crawler, source=config)
    crawler.stats.open_spider()
    url = "http://127.0.0.1/" + path.name
    response = HtmlResponse(url=url, body=path.read_bytes(), request=Request(url))
    items = [CRAWL_ITEM.validate_python(i) for i in spider.parse(response)]
    return items, crawler.stats.get_stats()


def raws(items: list[RawRecord | FeedProblem]) -> list[dict[str, Any]]:
    return [i.raw for i in items if isinstance(i, RawRecord)]


def test_demo_page_rows_days_codes_and_addresses() -> None:
    items, stats = crawl_saved(CedarValleySpider, DEMO_PAGE)
    rows = raws(items)
    assert len(rows) == stats["allpaths/records"] and 28 <= len(rows) <= 49
    assert {r["day"] for r in rows} == {
        "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    }  # fmt: skip
    first = rows[0]
    assert first["formatted_address"].count(",") == 2  # street<br>town, state zip
    assert first["types"][0] in {"O", "C"}
    by_code = {c: t for r in rows for c, t in zip(r["source_types"], r["types"], strict=True)}
    assert by_code.get("BB", "B") == "B"  # "Big Book" in the legend is the vocabulary's B
    assert by_code.get("H", "X") == "X"  # "Handicap Accessible": the site's legend entry
    ids = [i.source_meeting_id for i in items if isinstance(i, RawRecord)]
    assert all(i and i.startswith("/meetings/") for i in ids)
    assert "allpaths/html/missing_column/address" not in stats


def test_demo_page_normalizes() -> None:
    items, _ = crawl_saved(CedarValleySpider, DEMO_PAGE)
    source = make_source(id="cedar-valley", fellowship="AA")
    batch = normalize_data(source, raws(items))
    assert batch.rejects == [] and len(batch.meetings) == len(items)
    assert {m.day for m in batch.meetings} == set(range(7))
    assert all(m.start_time is not None and m.street and m.city for m in batch.meetings)
    noon = [m for m in batch.meetings if m.start_time and m.start_time.hour == 12]
    assert noon  # "Noon" reads as 12:00


def test_seattle_layout_day_from_heading_and_empty_cells() -> None:
    items, _ = crawl_saved(HarborSpider, HTML / "harbor_monday.html")
    rows = raws(items)
    assert [r["name"] for r in rows] == [
        "EARLY RISERS", "Noon Step & Tradition", "Back to Basics", "Night Owls",
    ]  # fmt: skip
    assert {r["day"] for r in rows} == {"Monday"}
    assert rows[1]["time"] == "NOON" and rows[1]["source_types"] == ["C"]
    assert rows[0]["source_types"] == ["O", "we", "wp", "wb"]
    assert rows[0]["types"] == ["O", "we", "wp", "XB"]
    assert rows[2]["formatted_address"] == "Burien Alano Club" and rows[2]["region"] == "SOUTH"
    batch = normalize_data(make_source(id="harbor"), raws(items))
    assert len(batch.meetings) == 4
    assert batch.counters["field/types/unknown_code"] == 3  # we, wp, oh


def raws_as_records(items: list[RawRecord | FeedProblem]) -> list[RawRecord]:
    return [i for i in items if isinstance(i, RawRecord)]


def test_missing_column_is_counted_and_rows_still_parse() -> None:
    items, stats = crawl_saved(LegendSpider, HTML / "missing_column.html")
    rows = raws(items)
    assert stats["allpaths/html/missing_column/address"] == 1
    assert [r["formatted_address"] for r in rows] == [None, None, None]
    assert [r["day"] for r in rows] == ["Tuesday", "Thursday", "Saturday"]
    assert rows[1]["types"] == ["C", "B"] and rows[2]["types"] == ["W", "ST"]
    assert rows[0]["notes"] == "Call the office for the room." and rows[1]["notes"] is None
    batch = normalize_data(make_source(id="no-address"), raws(items))
    assert len(batch.meetings) == 3
    assert [m.start_time.strftime("%H:%M") for m in batch.meetings if m.start_time] == [
        "19:30", "12:00", "09:00",
    ]  # fmt: skip
    assert all(m.attendance == "in_person" and m.street is None for m in batch.meetings)


def test_page_without_a_meeting_table_is_a_feed_problem() -> None:
    (item,), _ = crawl_saved(CedarValleySpider, HTML / "no_table.html")
    assert isinstance(item, FeedProblem) and "no meeting table found" in item.reason


@pytest.mark.skip(
    reason="HTML sites move onto the payload crawl (store the page, read rows in normalize) in issue 9 part B"
)
def test_site_spiders_are_registered_by_platform() -> None:
    from spiders.platforms import SPIDERS

    assert SPIDERS["html_cedar_valley"] is CedarValleySpider


@pytest.mark.skip(
    reason="HTML sites move onto the payload crawl (store the page, read rows in normalize) in issue 9 part B"
)
def test_real_crawl_over_http(tmp_path: Path) -> None:
    from pipeline.crawl.process import run_crawl  # type: ignore[attr-defined]

    root = tmp_path / "site"
    root.mkdir()
    shutil.copy(DEMO_PAGE, root / "meetings.html")
    source = make_source(id="cedar-valley", platform="html_cedar_valley")
    with LocalFeedServer(root) as server:
        result = run_crawl(source, server.url_for("meetings.html"), tmp_path / "work")
    assert result.error is None
    records = [i for i in result.items if isinstance(i, RawRecord)]
    assert len(records) == result.stats["allpaths/records"] > 20


CORPUS_PAGES = CORPUS / "html"


class SeattleSpider(HarborSpider):
    """The real Seattle pages print the day in a <CENTER> block before the table."""

    day_heading_xpath = "preceding::center[1]"


class MinneapolisSpider(HtmlTableSpider):
    """aaminneapolis.org's 2016 list view: types written out as words."""

    platform = "html_minneapolis"
    name = "html_minneapolis"
    types_separator = r"\s*,\s*"
    day_heading_xpath = "//title"


@pytest.mark.skipif(not CORPUS_PAGES.is_dir(), reason=f"shared corpus not present at {CORPUS}")
@pytest.mark.parametrize(
    ("page", "spider_class", "expected_rows"),
    [
        ("seattle_intergroup_monday_2012.html", SeattleSpider, 201),
        ("seattle_intergroup_thursday_2012.html", SeattleSpider, 199),
        ("aaminneapolis_saturday_2016.html", MinneapolisSpider, 131),
    ],
)
def test_corpus_pages(page: str, spider_class: type[HtmlTableSpider], expected_rows: int) -> None:
    items, _ = crawl_saved(spider_class, CORPUS_PAGES / page)
    records = raws_as_records(items)
    assert len(records) == expected_rows
    batch = normalize_data(make_source(id="corpus-html"), [r.raw for r in records])
    assert len(batch.meetings) / len(records) >= 0.95, [r.reason for r in batch.rejects][:5]
    assert all(m.day is not None for m in batch.meetings)
    unknown = {k: v for k, v in batch.counters.items() if k.startswith("field/types/unknown")}
    print(f"\n{page}: {len(batch.meetings)}/{len(records)} meetings; {unknown}")


def test_html_mapper_keeps_the_printed_codes() -> None:
    from collections import Counter

    from pipeline.normalize.mappers import SIMPLE_MAPPERS

    items, _ = crawl_saved(LegendSpider, HTML / "missing_column.html")
    fields = SIMPLE_MAPPERS["html"](raws(items)[1], Counter())
    assert fields.types.types == ["C", "B"] and fields.types.source_types == ["C", "BB"]
    assert fields.days == [4] and fields.start is not None and fields.start.hour == 12
    assert fields.own_id is None and fields.street is None
