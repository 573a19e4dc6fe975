"""An unchanged source costs nothing twice: conditional requests, sha256, reused tables."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.crawl.local_server import LocalFeedServer
from pipeline.crawl.process import crawl_batch
from pipeline.normalize.stage import normalize_fetched
from pipeline.state import load_state
from pipeline.types import NormalizedSource
from pipeline.workspace import begin_run
from schemas.sources import SourceConfig
from tests.conftest import FIXTURES, make_source

FEED = FIXTURES / "responses" / "meeting_guide.json"


def night(data: Path, source: SourceConfig, url: str) -> tuple[NormalizedSource, dict[str, object]]:
    dirs = begin_run(data)
    summary = crawl_batch([source], {source.id: url}, dirs.work, dirs.state)
    (fetched,) = summary.fetched
    return normalize_fetched(source, fetched, dirs.normalized, dirs.state), summary.stats


def ids(result: NormalizedSource) -> list[str]:
    return pq.read_table(result.meetings_path).column("meeting_id").to_pylist()


def test_unchanged_feed_is_not_modified_and_reused(tmp_path: Path) -> None:
    site, data = tmp_path / "site", tmp_path / "data"
    site.mkdir()
    shutil.copy(FEED, site / "feed.json")
    source = make_source()
    with LocalFeedServer(site) as server:
        url = server.url_for("feed.json")
        first, _ = night(data, source, url)
        assert not first.reused and first.valid == 4
        state = load_state(data / "state", source)
        assert state is not None and state.etag and state.sha256

        second, stats = night(data, source, url)
        assert second.reused and stats["allpaths/not_modified"] == 1
        assert (second.valid, second.rejected, ids(second)) == (4, 1, ids(first))
        assert second.counters["reused/unchanged_payload"] == 1

        # same bytes, new validators (a server that touches the file): sha256 still matches
        os.utime(site / "feed.json", ns=(1, 1))
        third, stats = night(data, source, url)
        assert "allpaths/not_modified" not in stats and third.reused

        # changed bytes: parsed again, and the state follows
        (site / "feed.json").write_text(FEED.read_text().replace("Sunday Serenity", "Sunday Calm"))
        fourth, _ = night(data, source, url)
        assert not fourth.reused and fourth.valid == 4
        names = pq.read_table(fourth.meetings_path).column("name").to_pylist()
        assert "Sunday Calm" in names


def test_state_is_not_trusted_for_another_config(tmp_path: Path) -> None:
    site, data = tmp_path / "site", tmp_path / "data"
    site.mkdir()
    shutil.copy(FEED, site / "feed.json")
    with LocalFeedServer(site) as server:
        url = server.url_for("feed.json")
        night(data, make_source(), url)
        moved = make_source(timezone="America/Denver")  # a new default zone changes rows
        assert load_state(data / "state", moved) is None
        again, stats = night(data, moved, url)
        assert not again.reused and "allpaths/not_modified" not in stats


def test_failed_fetch_keeps_the_last_good_state(tmp_path: Path) -> None:
    site, data = tmp_path / "site", tmp_path / "data"
    site.mkdir()
    shutil.copy(FEED, site / "feed.json")
    source = make_source()
    with LocalFeedServer(site) as server:
        url = server.url_for("feed.json")
        night(data, source, url)
        (site / "feed.json").write_text("<html>down for maintenance</html>")
        broken, _ = night(data, source, url)
        assert broken.failed and "not JSON" in (broken.failure or "")
        assert load_state(data / "state", source) is not None  # the good payload's tables
