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


# --- geocode overrides, merge reviews and the geocoder: refused before any crawl ---------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("geocode.csv", "meeting_id,address,latitude,longitude,reason,reviewer,reviewed_on\n"
         "m1,,95,-89,pinned,Ana,2026-11-20\n", "geocode.csv:2: latitude '95' is not a number"),
        ("merges.csv", "listing_a,listing_b,decision,reason,reviewer,reviewed_on\n"
         "a:1,b:2,maybe,unsure,Ana,2026-11-20\n", "merges.csv:2: decision 'maybe' is not one of"),
        ("geocode.csv", "meeting_id,address,latitude\n", "geocode.csv:1: missing column(s)"),
        ("merges.csv", b"listing_a\xff\n", "merges.csv:1: is not UTF-8"),
    ],
)  # fmt: skip
def test_a_bad_geocode_or_merge_review_file_stops_the_run(
    tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    reviews = tmp_path / "reviews"
    reviews.mkdir()
    target = reviews / name
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content)
    result = run_cli("run", "--reviews", str(reviews), "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 2
    assert f"error: {reviews / name.split('.')[0]}" in result.stdout.replace("\n", "")
    assert message in result.stdout.replace("\n", "")
    assert "Traceback" not in result.stdout + result.stderr
    assert not (tmp_path / "data").exists()


def test_a_geocoder_named_on_the_command_line_is_checked(tmp_path: Path) -> None:
    unknown = run_cli("run", "--geocoder", "nominatimm", "--data-dir", str(tmp_path / "data"))
    assert unknown.returncode == 2
    assert "--geocoder nominatimm: unknown geocoder service 'nominatimm'" in unknown.stdout
    anonymous = run_cli("run", "--geocoder", "nominatim", "--data-dir", str(tmp_path / "data"))
    assert anonymous.returncode == 2
    assert "nominatim needs user_agent" in anonymous.stdout.replace("\n", "")
    assert not (tmp_path / "data").exists()


def test_the_command_line_geocoder_keeps_the_sources_file_settings() -> None:
    from schemas.geocoder import GeocoderConfig, with_service

    configured = GeocoderConfig(
        service="nominatim", user_agent="allpaths-tests/0.1 (+https://example.org)",
        domain="127.0.0.1:8080",
    )  # fmt: skip
    assert with_service(configured, None) is configured
    assert with_service(configured, "offline").online is False
    assert with_service(configured, "offline").domain == "127.0.0.1:8080"
    switched = with_service(GeocoderConfig(user_agent="allpaths-tests/0.1"), "nominatim")
    assert (switched.service, switched.user_agent) == ("nominatim", "allpaths-tests/0.1")
