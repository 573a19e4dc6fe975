"""`allpaths run` refuses bad hand-edited files with one line, before any crawl."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args], capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip


def test_bad_sources_file_is_one_clear_line(tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nid = "x"\nplatform = "bmtl"\nurl = "https://example.org"\n')
    result = run_cli("run", "--sources", str(sources), "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 2
    assert (
        f"error: {sources}: source #1 (id 'x'): platform: unknown platform 'bmtl'" in result.stdout
    )
    assert "Traceback" not in result.stdout + result.stderr
    assert not (tmp_path / "data").exists()


def test_bad_review_row_names_file_and_line(tmp_path: Path) -> None:
    reviews = tmp_path / "reviews.csv"
    reviews.write_text(
        "meeting_id,mat_status,reason,reviewer,reviewed_on\nabc,maybe,ok,Sam,2026-11-20\n"
    )
    result = run_cli("run", "--reviews", str(reviews), "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 2
    assert f"{reviews}:2: mat_status 'maybe' is not one of" in result.stdout


def test_serve_registers_a_cron_schedule(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from flows import cli
    from flows.nightly import nightly

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(type(nightly), "serve", lambda self, **kwargs: calls.append(kwargs))
    code = cli.main(["serve", "--data-dir", str(tmp_path), "--cron", "0 4 * * *",
                     "--timezone", "America/Chicago"])  # fmt: skip
    assert code == 0
    (call,) = calls
    schedule = call["schedule"]
    assert (schedule.cron, schedule.timezone) == ("0 4 * * *", "America/Chicago")  # type: ignore[attr-defined]
    assert call["name"] == "allpaths-nightly"
    assert call["parameters"] == {
        "sources_path": str(cli.DEFAULT_SOURCES.resolve()), "data_dir": str(tmp_path.resolve()),
    }  # fmt: skip
