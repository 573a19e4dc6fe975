"""report.html in headless Chromium: counts render, nothing loads, a feed's script never runs."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pytest

from pipeline.publish.write import ReleaseContent, write_release
from schemas.tables import CHANGES_SCHEMA, MEETINGS_SCHEMA, REJECTS_SCHEMA
from tests.browser import browser
from tests.conftest import make_source
from tests.helpers import normalize_demo
from tests.release_builders import demo_release, single_feed_release

__all__ = ["browser"]  # the fixture, imported for pytest


def open_report(browser: Any, release: Path) -> tuple[Any, list[str], list[str]]:
    """The report loaded in a fresh page; the URLs it requested and the dialogs it opened."""
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto((release / "report.html").as_uri())
    return page, requests, dialogs


def counts(release: Path, column: str) -> dict[str, int]:
    query = f"select {column}, count(*) from '{release}/meetings.parquet' group by 1"
    return {str(k): int(n) for k, n in duckdb.sql(query).fetchall()}


@pytest.fixture(scope="module")
def two_nights(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    data = tmp_path_factory.mktemp("data")
    return demo_release(data, night=0), demo_release(data, night=1)


def test_report_is_one_self_contained_file(two_nights: tuple[Path, Path]) -> None:
    html = (two_nights[0] / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html, re.IGNORECASE)
    assert "default-src 'none'" in html
    assert "Made with Natural Earth" in html


def test_counts_render_in_chromium(
    browser: Any, two_nights: tuple[Path, Path], tmp_path: Path
) -> None:
    first, _ = two_nights
    page, requests, _ = open_report(browser, first)
    shot = page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert len(shot) > 50_000  # a rendered page, not a blank one
    assert requests == [(first / "report.html").as_uri()]  # nothing else was fetched
    total = sum(counts(first, "fellowship").values())
    assert page.inner_text("#card-meetings b") == str(total)
    assert page.inner_text("#card-added b") == str(total)  # the first night adds everything
    for column in ("fellowship", "attendance", "mat_status"):
        expected = counts(first, column)
        for key, n in expected.items():
            row = page.locator(f'#by-{column} tr[data-key="{key}"] td.n')
            assert row.inner_text() == str(n), (column, key)
    assert page.locator("#sources tr[data-source]").count() == 7  # every demo platform
    friendly = counts(first, "mat_status")["friendly"]
    assert page.locator("#mat-friendly tr").count() == friendly + 1  # and the header
    assert page.locator("svg.map circle.meeting").count() > 0
    assert page.locator("svg.map path").first.get_attribute("d")  # the land is drawn
    page.close()


def test_second_night_renders_with_no_changes(browser: Any, two_nights: tuple[Path, Path]) -> None:
    _, second = two_nights
    page, _, _ = open_report(browser, second)
    assert page.inner_text("#card-added b") == "0"
    assert page.inner_text("#card-changed b") == "0"
    assert page.inner_text("#card-removed b") == "0"
    assert page.locator("#no-changes").is_visible()
    assert page.inner_text("#card-meetings b") == str(sum(counts(second, "day").values()))
    page.close()


HOSTILE = "<script>window.__pwned = 1; alert('pwned')</script>"


def assert_runs_nothing(browser: Any, release: Path, shown: dict[str, str]) -> None:
    html = (release / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "<img" not in html.lower()
    page, requests, dialogs = open_report(browser, release)
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
    assert requests == [(release / "report.html").as_uri()]
    for selector, text in shown.items():
        assert text in page.inner_text(selector), selector  # shown as text, not run
    page.close()


def test_a_feed_meeting_named_script_runs_no_script(browser: Any, tmp_path: Path) -> None:
    feed = [
        {"name": HOSTILE + " Group", "slug": "x", "day": 1, "time": "19:00",
         "notes": "MAT friendly. <img src=x onerror=\"window.__pwned = 2\">",
         "formatted_address": "1 Main St, Peoria, IL 61602, US",
         "latitude": 40.7, "longitude": -89.6},
    ]  # fmt: skip
    source_name = "<b onmouseover=alert(1)>Intergroup</b>"
    release = single_feed_release(tmp_path, feed, name=source_name)
    (name,) = {
        str(n) for (n,) in duckdb.sql(f"select name from '{release}/meetings.parquet'").fetchall()
    }
    assert_runs_nothing(browser, release, {"#mat-friendly": name, "#sources": source_name})


def test_a_release_meeting_named_script_runs_no_script(browser: Any, tmp_path: Path) -> None:
    """Escaping does not lean on the normalizer's cleaning: raw markup in every column."""
    meeting = normalize_demo("lakeside-aa").meetings[0].model_copy(
        update={"name": HOSTILE, "mat_status": "friendly", "mat_evidence": [HOSTILE],
                "mat_decided_by": HOSTILE, "fellowship": HOSTILE, "timezone": HOSTILE}
    )  # fmt: skip
    content = ReleaseContent(
        version="v1", started_at=datetime(2026, 11, 24, tzinfo=UTC), previous_version=None,
        meetings=pa.Table.from_pylist([meeting.model_dump()], schema=MEETINGS_SCHEMA),
        rejects=REJECTS_SCHEMA.empty_table(), sources=[make_source(id=meeting.source_id)],
        reports={},
        changes=pa.Table.from_pylist(
            [{"meeting_id": "m", "source_id": HOSTILE, "name": HOSTILE, "change": "added",
              "fields": [HOSTILE]}], schema=CHANGES_SCHEMA),
    )  # fmt: skip
    release = write_release(tmp_path, content)
    assert_runs_nothing(browser, release, {"#mat-friendly": HOSTILE, "#by-fellowship": HOSTILE})
