"""Every platform over real HTTP, on saved responses: BMLT's three answers, the aggregator
export's manifest and files, and good citizenship when a server misbehaves (500 then 200,
no answer at all, 401), per host and per source."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipeline.crawl.local_server import LocalFeedServer
from pipeline.crawl.process import crawl_batch
from pipeline.normalize.stage import normalize_fetched
from pipeline.types import Fetched, NormalizedSource
from schemas.sources import SourceConfig
from tests.conftest import DEMO, FIXTURES, make_source
from tests.http_sites import Answer, Seen, serve
from tests.release_builders import publish_night

#: Quick retries and timeouts, so a misbehaving server costs seconds, not minutes.
FAST: dict[str, Any] = {"RETRY_BACKOFF_BASE": 0.2, "DOWNLOAD_TIMEOUT": 2, "RETRY_TIMES": 1}
FEED = (FIXTURES / "responses" / "meeting_guide.json").read_bytes()
JSON = {"Content-Type": "application/json"}


def crawl(
    sources: list[SourceConfig], urls: dict[str, str], work: Path, state: Path | None = None
) -> tuple[dict[str, Fetched], dict[str, Any]]:
    summary = crawl_batch(sources, urls, work, state, settings=FAST)
    assert summary.error is None
    return {f.source_id: f for f in summary.fetched}, summary.stats


# --- BMLT root server -------------------------------------------------------------------


def spanish_server(seen: Seen) -> Answer:
    """A root server whose format keys are Spanish: "O" is Orador, "A" is Abierta."""
    files = {
        "GetSearchResults": "search_bare.json",
        "GetFormats": "formats_es.json",
        "GetServiceBodies": "service_bodies.json",
    }
    if seen.path == "/main_server/client_interface/json/":
        name = files.get(seen.query.get("switcher", [""])[0])
        if name:
            return 200, (FIXTURES / "bmlt" / name).read_bytes(), JSON
    return None


def test_bmlt_formats_whose_keys_differ_one_request_in_flight(tmp_path: Path) -> None:
    source = make_source(
        id="pr-na", platform="bmlt", url="https://bmlt.example/main_server/",
        service_body_ids=("2",), fellowship="NA",
    )  # fmt: skip
    with serve(spanish_server, delay=0.2) as site:
        fetched, _ = crawl([source], {source.id: site.url("/main_server/")}, tmp_path)
    asked = site.asked("/main_server/client_interface/json/")
    assert [r.query["switcher"] for r in asked] == [
        ["GetSearchResults"], ["GetFormats"], ["GetServiceBodies"],
    ]  # fmt: skip
    assert all(r.query["callingApp"] == ["allpaths"] for r in asked)
    assert asked[0].query["services[]"] == ["2"] and asked[0].query["recursive"] == ["1"]
    assert site.most_in_flight == 1  # one request in flight per server
    result = normalize_fetched(source, fetched["pr-na"], tmp_path / "normalized")
    assert result.failure is None and result.valid >= 2
    rows = (
        duckdb.connect()
        .execute(
            f"select source_meeting_id, types, source_types, fellowship "
            f"from read_parquet('{result.meetings_path}') order by 1"
        )
        .fetchall()
    )
    by_id = {r[0]: r for r in rows}
    # through the server's own list, by world id: A = OPEN, SR = WCHR, O = SPK (speaker)
    assert by_id["501"][1:] == (["O", "X", "LIT", "SP"], ["A", "SR", "TB", "O"], "NA")


# --- NA's aggregator export -------------------------------------------------------------


def export_site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(DEMO / "bmlt_export", root / "export")
    return root


EXPORT = make_source(
    id="na-export", platform="bmlt_export", url="https://aggregator.example/export/manifest.json",
    fellowship="NA",
)  # fmt: skip


def export_night(
    root: Path, work: Path, state: Path
) -> tuple[Fetched, NormalizedSource, dict[str, Any]]:
    with LocalFeedServer(root) as server:
        urls = {EXPORT.id: server.url_for("export/manifest.json")}
        fetched, stats = crawl([EXPORT], urls, work, state)
    result = normalize_fetched(EXPORT, fetched[EXPORT.id], work / "normalized", state)
    return fetched[EXPORT.id], result, stats


def test_export_unchanged_costs_a_304(tmp_path: Path) -> None:
    root, state = export_site(tmp_path), tmp_path / "state"
    first, night1, _ = export_night(root, tmp_path / "w1", state)
    assert first.status == 200 and [p.name for p in first.parts] == [
        "meetings.ndjson.gz", "meetings/root-3.ndjson.gz", "formats.json.gz",
        "service_bodies.json.gz", "root_servers.json",
    ]  # fmt: skip
    assert night1.valid == 82 and night1.counters["stale/from_source"] == 12
    second, night2, stats2 = export_night(root, tmp_path / "w2", state)
    assert second.not_modified and second.status == 304  # If-None-Match on the manifest
    assert stats2["downloader/response_status_count/304"] == 1
    assert stats2.get("downloader/response_status_count/200", 0) == 0  # no file fetched again
    assert night2.reused and night2.valid == 82


def test_export_file_with_a_wrong_checksum_fails_and_the_last_good_is_kept(
    tmp_path: Path,
) -> None:
    root, state, data = export_site(tmp_path), tmp_path / "state", tmp_path / "data"
    _, night1, _ = export_night(root, tmp_path / "w1", state)
    publish_night(data, [EXPORT], [night1], night=0)
    # the server's meetings file changes, and its manifest promises other bytes than it sends
    export = root / "export"
    lines = gzip.decompress((export / "meetings.ndjson.gz").read_bytes()).splitlines()
    truncated = gzip.compress(b"\n".join(lines[:10]))
    (export / "meetings.ndjson.gz").write_bytes(truncated)
    manifest = json.loads((export / "manifest.json").read_text())
    for entry in manifest["files"]:
        if entry["path"] == "meetings.ndjson.gz":
            entry["sha256"] = hashlib.sha256(b"what the aggregator wrote").hexdigest()
            entry["size"] = len(truncated)
    (export / "manifest.json").write_text(json.dumps(manifest))
    fetched, night2, _ = export_night(root, tmp_path / "w2", state)
    assert fetched.error is None  # fetched fine; the bytes are what is wrong
    assert night2.failure is not None and "does not match the manifest" in night2.failure
    release = publish_night(data, [EXPORT], [night2], night=1)
    stats = json.loads((release / "manifest.json").read_text())["sources"][EXPORT.id]
    assert stats["status"] == "failed" and stats["stale"] == 82  # last good meetings kept
    # and the state still holds the last good night, not the rejected one
    _, night3, _ = export_night(export_site(tmp_path / "again"), tmp_path / "w3", state)
    assert night3.failure is None and night3.valid == 82


# --- good citizenship -------------------------------------------------------------------


def test_a_500_then_success_is_retried_with_backoff(tmp_path: Path) -> None:
    answers = iter([(500, b"busy", {}), (200, FEED, JSON)])

    def flaky(seen: Seen) -> Answer:
        return next(answers) if seen.path == "/feed.json" else None

    source = make_source(id="flaky")
    with serve(flaky) as site:
        fetched, stats = crawl([source], {source.id: site.url("/feed.json")}, tmp_path)
    assert fetched["flaky"].error is None and fetched["flaky"].status == 200
    assert len(site.asked("/feed.json")) == 2
    assert stats["retry/count"] == 1 and stats["allpaths/backoff_seconds"] == pytest.approx(0.2)


def test_a_server_that_never_answers_times_out_alone(tmp_path: Path) -> None:
    def hangs(seen: Seen) -> Answer:
        if seen.path == "/feed.json":
            site.stop.wait(30)
        return None

    good, silent = make_source(id="good"), make_source(id="silent")
    with LocalFeedServer(FIXTURES / "responses") as feeds, serve(hangs) as site:
        urls = {"good": feeds.url_for("meeting_guide.json"), "silent": site.url("/feed.json")}
        fetched, _ = crawl([good, silent], urls, tmp_path)
    assert fetched["good"].error is None
    error = fetched["silent"].error or ""
    assert error.startswith("request failed: timeout") and "after 1 retry" in error
    assert fetched["silent"].failure_kind == "timeout"
    result = normalize_fetched(silent, fetched["silent"], tmp_path / "normalized")
    assert result.failure == error and result.counters["failure/timeout"] == 1
    assert normalize_fetched(good, fetched["good"], tmp_path / "normalized").valid == 4


def test_a_401_is_respected_not_retried(tmp_path: Path) -> None:
    def restricted(seen: Seen) -> Answer:
        return (401, b'{"code": "unauthorized"}', JSON) if seen.path == "/feed.json" else None

    source = make_source(id="restricted")
    with serve(restricted) as site:
        fetched, stats = crawl([source], {source.id: site.url("/feed.json")}, tmp_path)
    error = fetched["restricted"].error or ""
    assert error.startswith("HTTP 401") and "not retried" in error
    assert fetched["restricted"].failure_kind == "forbidden"
    assert len(site.asked("/feed.json")) == 1 and "retry/count" not in stats


def test_one_request_at_a_time_per_host(tmp_path: Path) -> None:
    def feeds(seen: Seen) -> Answer:
        return (200, FEED, JSON) if seen.path.startswith("/feed") else None

    sources = [make_source(id=f"s{n}") for n in range(3)]
    with serve(feeds, delay=0.3) as site:
        urls = {s.id: site.url(f"/feed{n}.json") for n, s in enumerate(sources)}
        fetched, _ = crawl(sources, urls, tmp_path)
    assert all(f.error is None for f in fetched.values())
    assert site.most_in_flight == 1
