"""The night as operators run it: `make run` twice, the summary artifact, crawl retries.

Through the real Prefect flow under one test harness (a temporary Prefect server), the
demo sources crawled over local HTTP, and the report opened in headless Chromium.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from flows import cli
from flows import nightly as flow_module
from pipeline.crawl.process import crawl_batch, read_fetched
from pipeline.crawl.retry import TIMEOUT_MARK, worth_retrying
from pipeline.publish.summary import ARTIFACT_KEY
from pipeline.types import CrawlSummary
from tests.browser import browser
from tests.conftest import DEMO

__all__ = ["browser"]  # the fixture, imported for pytest

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("prefect_harness")]


def manifest_of(release: Path) -> dict[str, Any]:
    return json.loads((release / "manifest.json").read_text(encoding="utf-8"))


def latest(data: Path) -> Path:
    return data / json.loads((data / "latest.json").read_text(encoding="utf-8"))["path"]


def night_artifacts() -> list[Any]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        return client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[ARTIFACT_KEY]))
        )


def counts(release: Path, column: str) -> dict[str, int]:
    query = f"select {column}, count(*) from '{release}/meetings.parquet' group by 1"
    return {str(k): int(n) for k, n in duckdb.sql(query).fetchall()}


def test_make_run_twice_gives_an_empty_second_release_that_renders(
    browser: Any, tmp_path: Path
) -> None:
    """`make run` is `allpaths run` with the demo sources: run it twice, as a user would."""
    data = tmp_path / "data"
    assert cli.main(["run", "--data-dir", str(data)]) == 0
    first = latest(data)
    assert cli.main(["run", "--data-dir", str(data)]) == 0
    second = latest(data)
    assert second != first
    manifest = manifest_of(second)
    assert manifest["previous_version"] == first.name
    assert manifest["counts"]["changes"] == {"added": 0, "changed": 0, "removed": 0}
    assert duckdb.sql(f"select count(*) from '{second}/changes.parquet'").fetchall() == [(0,)]
    # the second night decided no MAT listing again
    cache = manifest["mat_cache"]
    assert cache["decided"] == 0 and cache["from_cache"] == cache["listings"] > 100
    assert manifest_of(first)["mat_cache"]["decided"] == cache["listings"]
    assert manifest["mat"] == manifest_of(first)["mat"]
    assert manifest["carry"]["dropped_meetings"] == 0
    assert all(s["stale_nights"] == 0 for s in manifest["sources"].values())

    page = browser.new_page(viewport={"width": 1200, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((second / "report.html").as_uri())
    shot = page.screenshot(path=str(tmp_path / "second.png"), full_page=True)
    assert len(shot) > 50_000
    assert requests == [(second / "report.html").as_uri()]
    assert page.inner_text("#card-meetings b") == str(manifest["counts"]["meetings"])
    # the demo export carries one stale root server (12 meetings), so stale is not 0
    assert page.inner_text("#card-stale b") == str(manifest["counts"]["stale_meetings"]) == "12"
    assert page.inner_text("#card-rejects b") == str(manifest["counts"]["rejects"])
    for card in ("added", "changed", "removed", "dropped"):
        assert page.inner_text(f"#card-{card} b") == "0", card
    assert page.locator("#no-changes").is_visible()
    for column in ("fellowship", "attendance", "mat_status"):
        for key, n in counts(second, column).items():
            cell = page.locator(f'#by-{column} tr[data-key="{key}"] td.n')
            assert cell.inner_text() == str(n), (column, key)
    assert page.locator("#sources tr[data-source]").count() == len(manifest["sources"])
    friendly = counts(second, "mat_status").get("friendly", 0)
    assert page.locator("#mat-friendly tr").count() == friendly + 1
    page.close()

    # each night's summary is a version of one markdown artifact in Prefect
    artifacts = night_artifacts()
    markdown = {a.data for a in artifacts if a.type == "markdown"}
    summary = next(m for m in markdown if f"allpaths release {second.name}" in m)
    m = manifest["counts"]
    stale = m["stale_meetings"]
    assert (
        f"| {m['meetings']} | {stale} | 0 | {m['rejects']} | {m['sources']} | 0 | 0 | 0 |"
        in summary
    )
    assert "| riverbend-aa | ok |" in summary
    assert f"{cache['from_cache']} from the cache, 0 decided" in summary


def dead_process(sources: list[Any], urls: dict[str, str], *a: Any, **k: Any) -> CrawlSummary:
    """What crawl_batch returns when its Scrapy process dies: no source has a response."""
    error = "crawl process exited with -9 (see crawl.log)"
    fetched_dir = Path(a[0]) / "fetched"
    return CrawlSummary(
        source_ids=[s.id for s in sources],
        fetched=[read_fetched(fetched_dir, s, urls[s.id], error) for s in sources],
        error=error,
    )


def test_a_dead_crawl_process_is_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def dies_once(sources: list[Any], urls: dict[str, str], *a: Any, **k: Any) -> CrawlSummary:
        calls.append(k["name"])
        if calls.count(k["name"]) == 1:
            return dead_process(sources, urls, *a, **k)
        return crawl_batch(sources, urls, *a, **k)

    monkeypatch.setattr(flow_module, "crawl_batch", dies_once)
    monkeypatch.setattr(flow_module, "crawl", flow_module.crawl.with_options(retry_delay_seconds=0))
    release = flow_module.nightly(sources_path=DEMO / "sources.toml", data_dir=tmp_path / "data")
    stats = manifest_of(release)["sources"]
    assert all(s["status"] == "ok" for s in stats.values()), stats
    batches = set(calls)
    assert sorted(calls) == sorted([*batches, *batches])  # each batch: died once, then ran


def test_a_crawl_that_keeps_dying_fails_its_sources_after_the_retries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def always_dies(sources: list[Any], urls: dict[str, str], *a: Any, **k: Any) -> CrawlSummary:
        calls.append(k["name"])
        return dead_process(sources, urls, *a, **k)

    monkeypatch.setattr(flow_module, "crawl_batch", always_dies)
    monkeypatch.setattr(flow_module, "crawl", flow_module.crawl.with_options(retry_delay_seconds=0))
    release = flow_module.nightly(sources_path=DEMO / "sources.toml", data_dir=tmp_path / "data")
    stats = manifest_of(release)["sources"]
    assert all(s["status"] == "failed" for s in stats.values())
    assert all("exited with -9" in s["error"] for s in stats.values())
    assert len(calls) == 3 * len(set(calls))  # the first attempt and two retries


def test_a_timed_out_crawl_is_not_retried(tmp_path: Path) -> None:
    """The hard timeout's own message is what `worth_retrying` recognizes."""
    from tests.helpers import demo_source

    source = demo_source("lakeside-aa")
    summary = crawl_batch(
        [source], {source.id: "http://127.0.0.1:9/feed.json"}, tmp_path, timeout=0.01
    )
    assert summary.error is not None and summary.error.startswith(TIMEOUT_MARK)
    assert not worth_retrying(summary, attempt=1)
    summary.error = "crawl process exited with 1"
    assert worth_retrying(summary, attempt=1) and worth_retrying(summary, attempt=2)
    assert not worth_retrying(summary, attempt=3)  # the last attempt keeps what it got


def test_the_served_deployment_fits_the_flow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`allpaths serve` hands these parameters to every scheduled run: they must bind."""
    served: list[dict[str, Any]] = []
    monkeypatch.setattr(type(flow_module.nightly), "serve", lambda self, **kw: served.append(kw))
    assert cli.main(["serve", "--data-dir", str(tmp_path), "--reviews", str(tmp_path)]) == 0
    parameters = served[0]["parameters"]
    bound = flow_module.nightly.validate_parameters(parameters)
    assert bound["data_dir"] == tmp_path.resolve()
    assert bound["reviews_path"] == tmp_path.resolve()
    assert bound["sources_path"] == (DEMO / "sources.toml").resolve()
