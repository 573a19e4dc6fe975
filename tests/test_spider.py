"""The Meeting Guide spider: saved responses offline, then real crawls over local HTTP."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from scrapy.http import Request, TextResponse
from scrapy.utils.test import get_crawler

from pipeline.crawl.local_server import LocalFeedServer
from pipeline.crawl.process import run_crawl
from schemas.raw import CRAWL_ITEM, FeedProblem, RawRecord
from spiders import settings as crawl_settings
from spiders.platforms.meeting_guide import MeetingGuideSpider
from tests.conftest import FIXTURES, make_source

RESPONSES = FIXTURES / "responses"


def saved_response(name: str, url: str = "http://127.0.0.1/feed.json") -> TextResponse:
    body = (RESPONSES / name).read_bytes()
    return TextResponse(url=url, body=body, encoding="utf-8", request=Request(url))


def parse(name: str) -> list[Any]:
    crawler = get_crawler(MeetingGuideSpider)
    spider = MeetingGuideSpider.from_crawler(crawler, source=make_source().model_dump())
    return [CRAWL_ITEM.validate_python(item) for item in spider.parse(saved_response(name))]


def test_yields_one_raw_record_per_element() -> None:
    items = parse("meeting_guide.json")
    assert [type(i) for i in items] == [RawRecord] * 4
    assert [i.source_meeting_id for i in items] == ["sunday-serenity", "77", None, "online-only"]
    assert items[1].raw["name"] == "Noon &amp; Night"  # untouched: the spider does not normalize
    assert items[2].raw == "not an object"
    assert all(i.source_id == "test-source" and i.source_url.endswith("/feed.json") for i in items)


def test_html_page_is_a_feed_problem() -> None:
    (item,) = parse("not_json.html")
    assert isinstance(item, FeedProblem)
    assert item.reason.startswith("response is not JSON")
    assert "maintenance" in item.excerpt


def test_object_instead_of_array_is_a_feed_problem() -> None:
    (item,) = parse("object.json")
    assert isinstance(item, FeedProblem)
    assert "JSON object (keys: generated, meetings)" in item.reason


def test_polite_settings() -> None:
    assert crawl_settings.ROBOTSTXT_OBEY is True
    assert "allpaths" in crawl_settings.USER_AGENT and "https://" in crawl_settings.USER_AGENT
    assert crawl_settings.AUTOTHROTTLE_ENABLED is True
    assert crawl_settings.CONCURRENT_REQUESTS_PER_DOMAIN == 1
    assert crawl_settings.RETRY_TIMES >= 1


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, LocalFeedServer]]:
    root = tmp_path / "site"
    root.mkdir()
    for name in ("meeting_guide.json", "not_json.html", "object.json"):
        shutil.copy(RESPONSES / name, root / name)
    with LocalFeedServer(root) as server:
        yield root, server


def test_real_crawl_over_http(served: tuple[Path, LocalFeedServer], tmp_path: Path) -> None:
    _, server = served
    result = run_crawl(make_source(), server.url_for("meeting_guide.json"), tmp_path / "work")
    assert result.error is None
    assert len(result.items) == 4 and all(isinstance(i, RawRecord) for i in result.items)
    assert result.stats["allpaths/records"] == 4
    assert result.stats["robotstxt/request_count"] == 1


def test_http_error_is_a_feed_problem(served: tuple[Path, LocalFeedServer], tmp_path: Path) -> None:
    _, server = served
    result = run_crawl(make_source(), server.url_for("gone.json"), tmp_path / "work")
    (item,) = result.items
    assert isinstance(item, FeedProblem) and item.reason.startswith("HTTP 404")


def test_robots_txt_is_obeyed(served: tuple[Path, LocalFeedServer], tmp_path: Path) -> None:
    root, server = served
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /\n")
    result = run_crawl(make_source(), server.url_for("meeting_guide.json"), tmp_path / "work")
    (item,) = result.items
    assert (
        isinstance(item, FeedProblem) and item.reason == "request failed: forbidden by robots.txt"
    )


def test_http_cache_replays_without_the_server(
    served: tuple[Path, LocalFeedServer], tmp_path: Path
) -> None:
    root, server = served
    cache = tmp_path / "cache"
    url = server.url_for("meeting_guide.json")
    first = run_crawl(make_source(), url, tmp_path / "w1", http_cache_dir=cache)
    (root / "meeting_guide.json").write_text("[]")  # the live feed changes...
    second = run_crawl(make_source(), url, tmp_path / "w2", http_cache_dir=cache)
    assert len(first.items) == len(second.items) == 4  # ...the cache replays the first answer
    assert second.stats.get("httpcache/hit", 0) >= 1


def test_unreachable_server_is_a_feed_problem(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run_crawl(make_source(), f"http://127.0.0.1:{port}/feed.json", tmp_path / "work")
    (item,) = result.items
    assert isinstance(item, FeedProblem) and item.reason.startswith("request failed")
    assert result.stats.get("retry/count", 0) >= 1  # retried before giving up
