"""The crawl: payloads read per platform offline, then real crawls of batches over HTTP."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.crawl.local_server import LocalFeedServer
from pipeline.crawl.process import crawl_batch, plan_batches
from pipeline.normalize.payloads import PAYLOAD_READERS, FeedUnreadable, Payload, json_array
from pipeline.normalize.source import own_id_of
from schemas.sources import SourceConfig
from spiders import settings as crawl_settings
from tests.conftest import FIXTURES, make_source

RESPONSES = FIXTURES / "responses"


def test_feed_is_read_into_records_untouched() -> None:
    records = json_array((RESPONSES / "meeting_guide.json").read_bytes())
    assert [own_id_of(r) for r in records] == ["sunday-serenity", "77", None, "online-only"]
    assert records[1]["name"] == "Noon &amp; Night"  # untouched: reading does not normalize
    assert records[2] == "not an object"
    body = (RESPONSES / "meeting_guide.json").read_bytes()
    assert PAYLOAD_READERS["meeting_guide"](Payload(body)).records == records


def test_html_page_is_unreadable() -> None:
    with pytest.raises(FeedUnreadable) as error:
        json_array((RESPONSES / "not_json.html").read_bytes())
    assert str(error.value).startswith("response is not JSON")
    assert "maintenance" in error.value.excerpt


def test_object_instead_of_array_is_unreadable() -> None:
    with pytest.raises(FeedUnreadable, match=r"JSON object \(keys: generated, meetings\)"):
        json_array((RESPONSES / "object.json").read_bytes())


def test_polite_settings() -> None:
    assert crawl_settings.ROBOTSTXT_OBEY is True
    assert "allpaths" in crawl_settings.USER_AGENT and "https://" in crawl_settings.USER_AGENT
    assert crawl_settings.AUTOTHROTTLE_ENABLED is True
    assert crawl_settings.CONCURRENT_REQUESTS_PER_DOMAIN == 1
    assert crawl_settings.RETRY_TIMES >= 1


def test_batches_keep_a_host_together() -> None:
    sources = [make_source(id=f"s{n}") for n in range(6)]
    urls = {f"s{n}": f"http://host{n % 3}.example/feed{n}.json" for n in range(6)}
    batches = plan_batches(sources, urls, processes=2)
    assert len(batches) == 2 and sum(len(b) for b in batches) == 6
    for batch in batches:
        hosts = {urls[s.id].split("/")[2] for s in batch}
        assert all(
            {urls[s.id].split("/")[2] for s in other} .isdisjoint(hosts)
            for other in batches if other is not batch
        )  # fmt: skip
    assert plan_batches(sources, urls, processes=10) and len(plan_batches(sources, urls, 10)) == 3


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, LocalFeedServer]]:
    root = tmp_path / "site"
    root.mkdir()
    for name in ("meeting_guide.json", "not_json.html", "object.json"):
        shutil.copy(RESPONSES / name, root / name)
    with LocalFeedServer(root) as server:
        yield root, server


def crawl_one(
    source: SourceConfig, url: str, work: Path, **kwargs: object
) -> tuple[object, dict[str, object]]:
    summary = crawl_batch([source], {source.id: url}, work, **kwargs)  # type: ignore[arg-type]
    (fetched,) = summary.fetched
    return fetched, summary.stats


def test_real_crawl_stores_the_payload(
    served: tuple[Path, LocalFeedServer], tmp_path: Path
) -> None:
    root, server = served
    fetched, stats = crawl_one(make_source(), server.url_for("meeting_guide.json"), tmp_path / "w")
    assert fetched.error is None and fetched.status == 200  # type: ignore[attr-defined]
    body = Path(fetched.body_path).read_bytes()  # type: ignore[attr-defined]
    assert body == (root / "meeting_guide.json").read_bytes()  # as fetched, byte for byte
    assert fetched.sha256 and fetched.etag and fetched.last_modified  # type: ignore[attr-defined]
    assert stats["robotstxt/request_count"] == 1
    assert "item_scraped_count" not in stats  # no item per meeting


def test_many_sources_in_one_process_fail_alone(
    served: tuple[Path, LocalFeedServer], tmp_path: Path
) -> None:
    _, server = served
    good, gone = make_source(id="good"), make_source(id="gone")
    urls = {"good": server.url_for("meeting_guide.json"), "gone": server.url_for("gone.json")}
    summary = crawl_batch([good, gone], urls, tmp_path / "w")
    by_id = {f.source_id: f for f in summary.fetched}
    assert by_id["good"].error is None and by_id["good"].size > 0
    assert (by_id["gone"].error or "").startswith("HTTP 404")
    assert summary.error is None


def test_robots_txt_is_obeyed(served: tuple[Path, LocalFeedServer], tmp_path: Path) -> None:
    root, server = served
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /\n")
    fetched, _ = crawl_one(make_source(), server.url_for("meeting_guide.json"), tmp_path / "w")
    assert fetched.error == "request failed: forbidden by robots.txt"  # type: ignore[attr-defined]


def test_http_cache_replays_without_the_server(
    served: tuple[Path, LocalFeedServer], tmp_path: Path
) -> None:
    root, server = served
    cache = tmp_path / "cache"
    url = server.url_for("meeting_guide.json")
    first, _ = crawl_one(make_source(), url, tmp_path / "w1", http_cache_dir=cache)
    (root / "meeting_guide.json").write_text("[]")  # the live feed changes...
    second, stats = crawl_one(make_source(), url, tmp_path / "w2", http_cache_dir=cache)
    assert first.sha256 == second.sha256  # type: ignore[attr-defined]  # ...the cache replays
    assert stats.get("httpcache/hit", 0) >= 1


def test_unreachable_server_is_a_failure(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    fetched, stats = crawl_one(make_source(), f"http://127.0.0.1:{port}/feed.json", tmp_path / "w")
    assert (fetched.error or "").startswith("request failed")  # type: ignore[attr-defined]
    assert stats.get("retry/count", 0) >= 1  # type: ignore[operator]  # retried first


def test_killed_crawl_fails_its_sources(
    served: tuple[Path, LocalFeedServer], tmp_path: Path
) -> None:
    _, server = served
    source = make_source()
    summary = crawl_batch(
        [source], {source.id: server.url_for("meeting_guide.json")}, tmp_path / "w", timeout=0.01
    )
    (fetched,) = summary.fetched
    assert summary.error == "crawl killed after 0s" and fetched.error == summary.error
