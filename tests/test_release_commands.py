"""allpaths releases / diff / verify / prune / report over real releases in a temp data dir."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from flows.cli import main
from pipeline.publish.catalog import diff_releases, list_releases, prune_releases, verify_release
from pipeline.publish.releases import point_latest_at
from pipeline.publish.write import sha256_of
from tests.conftest import make_source
from tests.release_builders import demo_release, feed_batch, publish_night


def meeting(slug: str, name: str, day: int = 1) -> dict[str, Any]:
    return {"name": name, "slug": slug, "day": day, "time": "19:00",
            "formatted_address": "1 Main St, Peoria, IL 61602, US"}  # fmt: skip


def nights(data: Path, *feeds: list[dict[str, Any]]) -> list[Path]:
    source = make_source(id="riverside")
    return [publish_night(data, [source], [feed_batch(source, f)], n) for n, f in enumerate(feeds)]


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("data")
    demo_release(data, night=0)
    demo_release(data, night=1)
    return data


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_releases_lists_counts_and_the_latest(
    demo_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    summaries = list_releases(demo_data)
    assert [s.version for s in summaries] == ["2026-11-24T031500Z", "2026-11-25T031500Z"]
    assert [s.latest for s in summaries] == [False, True]
    assert summaries[0].counts["meetings"] == summaries[1].counts["meetings"] > 300
    code, out = run(capsys, "releases", "--data-dir", str(demo_data))
    assert code == 0 and "2026-11-25T031500Z" in out and str(summaries[0].counts["meetings"]) in out


def test_verify_passes_a_release_as_published(
    demo_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, "verify", "--data-dir", str(demo_data))
    assert (code, out.strip()) == (0, "2026-11-25T031500Z: ok")


def test_verify_catches_a_flipped_byte_a_missing_and_an_extra_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = demo_release(tmp_path)
    parquet = release / "meetings.parquet"
    data = bytearray(parquet.read_bytes())
    data[len(data) // 2] ^= 0x01
    parquet.write_bytes(bytes(data))
    (release / "report.html").unlink()
    (release / "notes.txt").write_text("hand-made")
    problems = verify_release(release)
    assert "meetings.parquet: sha256 differs from the manifest" in problems
    assert "report.html: missing" in problems
    assert "notes.txt: not in the manifest" in problems
    code, out = run(capsys, "verify", str(release), "--data-dir", str(tmp_path))
    assert code == 1 and "MISMATCH report.html: missing" in out


def test_verify_checks_the_export_against_the_schema(tmp_path: Path) -> None:
    release = demo_release(tmp_path)
    manifest = json.loads((release / "manifest.json").read_text())
    feed = release / "meeting-guide.json"
    records = json.loads(feed.read_text())
    records[0]["time"] = "7pm"
    feed.write_text(json.dumps(records))
    # a manifest rewritten to match cannot hide a record the format forbids
    manifest["files"]["meeting-guide.json"] = {
        "sha256": sha256_of(feed),
        "bytes": feed.stat().st_size,
    }
    (release / "manifest.json").write_text(json.dumps(manifest))
    (problem,) = verify_release(release)
    assert problem.startswith(f"meeting-guide.json: {records[0]['slug']}: time: '7pm'")


def test_diff_names_the_changed_fields_like_the_changelog(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = nights(
        tmp_path,
        [meeting("a", "Keep It Simple"), meeting("b", "Big Book"), meeting("c", "Came to Believe")],
        [
            meeting("a", "Keep It Simple", day=2),
            meeting("b", "Big Book Study"),
            meeting("d", "Daily"),
        ],
    )
    diff = diff_releases(first, second)
    assert [(r["change"], r["name"], r["fields"]) for r in diff.rows] == [
        ("added", "Daily", []),
        ("changed", "Big Book Study", ["name"]),
        ("changed", "Keep It Simple", ["day"]),
        ("removed", "Came to Believe", []),
    ]
    changelog = pq.read_table(second / "changes.parquet").to_pylist()
    assert sorted((r["meeting_id"], r["change"], r["fields"]) for r in diff.rows) == sorted(
        (r["meeting_id"], r["change"], r["fields"]) for r in changelog
    )
    code, out = run(capsys, "diff", first.name, second.name, "--data-dir", str(tmp_path))
    assert code == 0 and "[name]" in out and "{'added': 1, 'changed': 2, 'removed': 1}" in out


def test_prune_keeps_the_newest_and_the_latest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    releases = nights(tmp_path, *([[meeting("a", "Keep It Simple")]] * 4))
    point_latest_at(tmp_path, releases[1].name)  # a maintainer rolled back to night 1
    assert prune_releases(tmp_path, 1, dry_run=True) == [releases[0], releases[2]]
    assert all(r.exists() for r in releases)
    code, out = run(capsys, "prune", "--keep", "1", "--data-dir", str(tmp_path))
    assert code == 0 and "removed 2 releases" in out
    assert [r.exists() for r in releases] == [False, True, False, True]
    with pytest.raises(ValueError):
        prune_releases(tmp_path, 0)


def test_report_prints_the_path(demo_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "report", "--data-dir", str(demo_data))
    path = Path(out.strip())
    assert code == 0 and path.name == "report.html" and path.parent.name == "2026-11-25T031500Z"
    code, out = run(capsys, "report", "2026-11-24T031500Z", "--data-dir", str(demo_data))
    assert Path(out.strip()).parent.name == "2026-11-24T031500Z"


def test_unknown_release_is_one_line_and_exit_2(
    demo_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", "nope", "--data-dir", str(demo_data)]) == 2
    assert "no release 'nope'" in capsys.readouterr().err
    assert main(["report", "--data-dir", str(demo_data / "empty")]) == 2
