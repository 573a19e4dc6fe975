"""Consumer views in meetings.duckdb and meetings.geojson, on a real demo release."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import duckdb
import pytest

from pipeline.publish.views import CONSUMER_VIEWS
from tests.release_builders import demo_release

WEEK = timedelta(days=7)


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_release(tmp_path_factory.mktemp("data"))


@pytest.fixture
def db(release: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(release / "meetings.duckdb"), read_only=True)


def test_every_view_is_in_the_database_and_documented(db: duckdb.DuckDBPyConnection) -> None:
    views = {
        name
        for (name,) in db.execute(
            "select view_name from duckdb_views() where not internal"
        ).fetchall()
    }
    assert views == set(CONSUMER_VIEWS)
    contract = (Path(__file__).resolve().parent.parent / "docs/data-contract.md").read_text()
    assert all(f"`{name}`" in contract for name in CONSUMER_VIEWS)


def test_next_occurrence_is_the_next_local_start_in_utc(db: duckdb.DuckDBPyConnection) -> None:
    before = datetime.now(UTC).replace(tzinfo=None)
    rows = db.execute(
        "select day, start_time, timezone, next_start_local, next_start_utc from meetings_by_day"
    ).fetchall()
    after = datetime.now(UTC).replace(tzinfo=None)
    active = db.execute(
        "select count(*) from meetings where status = 'active' and day is not null "
        "and start_time is not null"
    ).fetchone()
    assert active is not None and len(rows) == active[0] > 250
    for day, start, zone, local, utc in rows:
        assert before - timedelta(seconds=1) < utc <= after + WEEK  # upcoming, within a week
        assert (local.isoweekday() % 7, local.time()) == (day, start)  # its weekday and time
        as_utc = local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC).replace(tzinfo=None)
        assert as_utc == utc  # the same instant, read in the meeting's zone


def test_online_mat_and_freshness_views(db: duckdb.DuckDBPyConnection) -> None:
    online = db.execute("select distinct attendance from online_meetings").fetchall()
    assert sorted(online) == [("hybrid",), ("online",)]
    evidence = db.execute("select mat_evidence from mat_friendly_meetings").fetchall()
    assert evidence and all(e for (e,) in evidence)
    fresh = db.execute(
        "select source_id, meetings, stale_meetings, hours_behind_release from source_freshness"
    ).fetchall()
    assert [(s, behind) for s, _, _, behind in fresh] == [
        ("cedar-valley-aa", 0.0),
        ("lakeside-aa", 0.0),
        ("mara-online", 0.0),
        ("na-aggregator", 0.0),
        ("prairie-na", 0.0),
        ("prairie-region-bmlt", 0.0),
        ("riverbend-aa", 0.0),
    ]
    stale = {s: n for s, _, n, _ in fresh if n}
    assert stale == {"na-aggregator": 12}  # the export's stale root server, carried as stale
    assert (
        sum(n for _, n, _, _ in fresh) == db.execute("select count(*) from meetings").fetchone()[0]
    )  # type: ignore[index]


def test_geojson_points_are_in_person_and_hybrid_meetings(
    release: Path, db: duckdb.DuckDBPyConnection
) -> None:
    collection = json.loads((release / "meetings.geojson").read_text(encoding="utf-8"))
    features = collection["features"]
    expected = db.execute(
        "select meeting_id, longitude, latitude from meetings where attendance in "
        "('in_person', 'hybrid') and latitude is not null order by meeting_id"
    ).fetchall()
    assert [(f["id"], *f["geometry"]["coordinates"]) for f in features] == expected
    first = features[0]["properties"]
    assert first["meeting_id"] == features[0]["id"]
    assert {"name", "day", "start_time", "timezone", "attendance", "mat_status", "stale"} <= set(
        first
    )
    assert "latitude" not in first and len(first["start_time"]) == 8
    manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["exports"]["meetings.geojson"]["features"] == len(features)
