"""Carry-forward, changelog and the all-or-nothing release writer."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from pipeline.carry.changes import diff_meetings
from pipeline.carry.forward import carry_forward
from pipeline.publish import write as publish_module
from pipeline.publish.releases import LATEST, load_previous
from pipeline.publish.write import ReleaseContent, sha256_of, write_release
from pipeline.types import SourceBatch
from schemas.meeting import Meeting
from tests.conftest import make_source
from tests.helpers import normalize_demo

NOW = datetime(2026, 11, 25, 3, 15, tzinfo=UTC)
EARLIER = NOW - timedelta(days=1)


def batch_of(source_id: str, meetings: list[Meeting], failure: str | None = None) -> SourceBatch:
    return SourceBatch(
        source_id=source_id, meetings=meetings, fetched=len(meetings), failure=failure
    )


@pytest.fixture(scope="module")
def lakeside() -> list[Meeting]:
    return normalize_demo("lakeside-aa").meetings


def test_first_seen_is_carried_and_last_seen_moves(lakeside: list[Meeting]) -> None:
    yesterday, _ = carry_forward([batch_of("lakeside-aa", lakeside)], [], EARLIER)
    today, reports = carry_forward([batch_of("lakeside-aa", lakeside)], yesterday, NOW)
    assert {m.first_seen for m in today} == {EARLIER}
    assert {m.last_seen for m in today} == {NOW}
    assert reports["lakeside-aa"].status == "ok"


def test_failed_source_keeps_last_good_meetings_as_stale(lakeside: list[Meeting]) -> None:
    yesterday, _ = carry_forward([batch_of("lakeside-aa", lakeside)], [], EARLIER)
    today, reports = carry_forward(
        [batch_of("lakeside-aa", [], failure="HTTP 500")], yesterday, NOW
    )
    assert len(today) == len(lakeside) and all(m.stale for m in today)
    assert {m.last_seen for m in today} == {EARLIER}
    assert (reports["lakeside-aa"].status, reports["lakeside-aa"].stale) == (
        "failed",
        len(lakeside),
    )


def test_sharp_drop_is_held_back(lakeside: list[Meeting]) -> None:
    yesterday, _ = carry_forward([batch_of("lakeside-aa", lakeside)], [], EARLIER)
    today, reports = carry_forward([batch_of("lakeside-aa", lakeside[:5])], yesterday, NOW)
    assert len(today) == len(lakeside) and all(m.stale for m in today)
    assert reports["lakeside-aa"].status == "held_back"
    assert "5 meetings against" in (reports["lakeside-aa"].error or "")


def test_changes(lakeside: list[Meeting]) -> None:
    renamed = lakeside[1].model_copy(update={"name": "Renamed"})
    rows = diff_meetings(lakeside[:3], [lakeside[0], renamed, lakeside[3]])
    assert {(r["meeting_id"], r["change"]) for r in rows} == {
        (lakeside[1].meeting_id, "changed"),
        (lakeside[3].meeting_id, "added"),
        (lakeside[2].meeting_id, "removed"),
    }
    assert next(r for r in rows if r["change"] == "changed")["fields"] == ["name"]


def content(version: str, meetings: list[Meeting]) -> ReleaseContent:
    return ReleaseContent(
        version=version,
        started_at=NOW,
        previous_version=None,
        meetings=meetings,
        rejects=[],
        sources=[make_source(id="lakeside-aa")],
        reports={},
    )


def test_release_files_and_checksums(tmp_path: Path, lakeside: list[Meeting]) -> None:
    release = write_release(tmp_path, content("v1", lakeside))
    manifest = json.loads((release / "manifest.json").read_text())
    expected = {
        "meetings.parquet",
        "rejects.parquet",
        "sources.parquet",
        "changes.parquet",
        "meetings.duckdb",
        "meeting-guide.json",
        "meetings.geojson",
        "report.html",
    }
    assert set(manifest["files"]) == expected
    for name, entry in manifest["files"].items():
        assert entry["sha256"] == sha256_of(release / name)
        assert entry["bytes"] == (release / name).stat().st_size
    with duckdb.connect(str(release / "meetings.duckdb"), read_only=True) as db:
        assert db.execute("select count(*) from meetings").fetchone() == (len(lakeside),)
        assert db.execute("select count(*) from current_meetings").fetchone() != (0,)
    assert json.loads((tmp_path / LATEST).read_text())["version"] == "v1"
    previous = load_previous(tmp_path)
    assert previous is not None and previous.meetings == lakeside


def test_crash_mid_publish_leaves_previous_release_intact(
    tmp_path: Path, lakeside: list[Meeting], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_release(tmp_path, content("v1", lakeside))
    latest_before = (tmp_path / LATEST).read_bytes()

    def crash(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(publish_module, "write_duckdb", crash)
    with pytest.raises(OSError, match="disk full"):
        write_release(tmp_path, content("v2", lakeside[:3]))
    assert (tmp_path / LATEST).read_bytes() == latest_before
    assert sorted(p.name for p in (tmp_path / "releases").iterdir()) == ["v1"]
    previous = load_previous(tmp_path)
    assert previous is not None and len(previous.meetings) == len(lakeside)


def test_releases_are_immutable(tmp_path: Path, lakeside: list[Meeting]) -> None:
    write_release(tmp_path, content("v1", lakeside))
    with pytest.raises(FileExistsError):
        write_release(tmp_path, content("v1", lakeside))
