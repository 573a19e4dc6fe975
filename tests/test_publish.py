"""Carry-forward, changelog, the contract check and the all-or-nothing release writer."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.carry.changes import diff_releases
from pipeline.carry.forward import carry_forward
from pipeline.publish import write as publish_module
from pipeline.publish.contract import ContractViolation
from pipeline.publish.releases import LATEST, load_previous
from pipeline.publish.write import ReleaseContent, sha256_of, write_release
from pipeline.types import SourceReport
from schemas.meeting import Meeting
from schemas.tables import MEETINGS_SCHEMA, meetings_from_table, meetings_table
from tests.conftest import make_source
from tests.helpers import normalize_demo, write_source_files

NOW = datetime(2026, 11, 25, 3, 15, tzinfo=UTC)
EARLIER = NOW - timedelta(days=1)


@pytest.fixture(scope="module")
def lakeside() -> list[Meeting]:
    return normalize_demo("lakeside-aa").meetings


def night(
    folder: Path,
    meetings: list[Meeting],
    previous: Path | None,
    now: datetime,
    failure: str | None = None,
) -> tuple[Path, dict[str, SourceReport]]:
    """Carry one lakeside night forward; returns a release-like folder and the reports."""
    folder.mkdir(parents=True)
    source = write_source_files(folder / "in", "lakeside-aa", meetings, failure)
    carried = carry_forward([source], previous, now, folder / "meetings.parquet")
    return folder, carried.reports


def read(folder: Path) -> list[Meeting]:
    return meetings_from_table(pq.read_table(folder / "meetings.parquet"))


def test_first_seen_is_carried_and_last_seen_moves(tmp_path: Path, lakeside: list[Meeting]) -> None:
    yesterday, _ = night(tmp_path / "1", lakeside, None, EARLIER)
    today, reports = night(tmp_path / "2", lakeside, yesterday, NOW)
    assert {m.first_seen for m in read(today)} == {EARLIER}
    assert {m.last_seen for m in read(today)} == {NOW}
    assert [m.meeting_id for m in read(today)] == [m.meeting_id for m in lakeside]
    assert reports["lakeside-aa"].status == "ok"


def test_failed_source_keeps_last_good_meetings_as_stale(
    tmp_path: Path, lakeside: list[Meeting]
) -> None:
    yesterday, _ = night(tmp_path / "1", lakeside, None, EARLIER)
    today, reports = night(tmp_path / "2", [], yesterday, NOW, failure="HTTP 500")
    meetings = read(today)
    assert len(meetings) == len(lakeside) and all(m.stale for m in meetings)
    assert {m.last_seen for m in meetings} == {EARLIER}
    report = reports["lakeside-aa"]
    assert (report.status, report.stale) == ("failed", len(lakeside))


def test_sharp_drop_is_held_back(tmp_path: Path, lakeside: list[Meeting]) -> None:
    yesterday, _ = night(tmp_path / "1", lakeside, None, EARLIER)
    today, reports = night(tmp_path / "2", lakeside[:5], yesterday, NOW)
    meetings = read(today)
    assert len(meetings) == len(lakeside) and all(m.stale for m in meetings)
    report = reports["lakeside-aa"]
    assert report.status == "held_back"
    assert "5 meetings against" in (report.error or "")


def table_file(path: Path, meetings: list[Meeting]) -> Path:
    pq.write_table(meetings_table(meetings), path)
    return path


def test_changes(tmp_path: Path, lakeside: list[Meeting]) -> None:
    renamed = lakeside[1].model_copy(update={"name": "Renamed", "last_seen": NOW})
    before = table_file(tmp_path / "before.parquet", lakeside[:3])
    after = table_file(tmp_path / "after.parquet", [lakeside[0], renamed, lakeside[3]])
    changelog = diff_releases(before, after, tmp_path / "changes.parquet")
    rows = pq.read_table(tmp_path / "changes.parquet").to_pylist()
    assert [(r["meeting_id"], r["change"]) for r in rows] == [
        (lakeside[1].meeting_id, "changed"),
        (lakeside[3].meeting_id, "added"),
        (lakeside[2].meeting_id, "removed"),
    ]
    assert rows[0]["fields"] == ["name"]  # last_seen is bookkeeping, not news
    assert changelog.counts == {"added": 1, "changed": 1, "removed": 1}


def test_changes_against_an_older_schema(tmp_path: Path, lakeside: list[Meeting]) -> None:
    """A column the previous release lacked is empty there: only rows that fill it change."""
    old = meetings_table(lakeside[:2]).drop_columns(["geo_source"])
    before = tmp_path / "before.parquet"
    pq.write_table(old, before)
    after = table_file(tmp_path / "after.parquet", lakeside[:2])
    diff_releases(before, after, tmp_path / "changes.parquet")
    rows = pq.read_table(tmp_path / "changes.parquet").to_pylist()
    expected = [m.meeting_id for m in lakeside[:2] if m.geo_source is not None]
    assert [r["meeting_id"] for r in rows] == expected
    assert all(r["fields"] == ["geo_source"] for r in rows)


def content(version: str, meetings: list[Meeting]) -> ReleaseContent:
    return ReleaseContent(
        version=version,
        started_at=NOW,
        previous_version=None,
        meetings=meetings_table(meetings),
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


def test_contract_is_checked_once_at_publish(tmp_path: Path, lakeside: list[Meeting]) -> None:
    rows = meetings_table(lakeside).to_pylist()
    rows[0]["attendance"] = "telepathic"
    rows[1]["mat_confidence"] = 1.5
    broken = pa.Table.from_pylist(rows, schema=MEETINGS_SCHEMA)
    with pytest.raises(ContractViolation) as error:
        write_release(tmp_path, dataclasses.replace(content("v1", lakeside), meetings=broken))
    message = str(error.value)
    assert "attendance must be one of" in message and lakeside[0].meeting_id in message
    assert "mat_confidence must be <= 1" in message
    assert not (tmp_path / LATEST).exists()
    assert list((tmp_path / "releases").iterdir()) == []
