"""The real Prefect flow, end to end: demo sources over local HTTP into a temporary data dir."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from flows.nightly import nightly
from pipeline.publish.write import sha256_of
from pipeline.types import CrawlSummary, Fetched
from schemas.sources import SourceConfig
from tests.conftest import DEMO, FIXTURES

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("prefect_harness")]

#: DESIGN.md's column types, as DuckDB reads the Parquet file.
CONTRACT_TYPES = {
    "meeting_id": "VARCHAR", "also_listed_in": "VARCHAR[]", "day": "TINYINT",
    "start_time": "TIME", "end_time": "TIME", "timezone": "VARCHAR", "types": "VARCHAR[]",
    "latitude": "DOUBLE", "longitude": "DOUBLE", "mat_status": "VARCHAR",
    "mat_confidence": "DOUBLE", "mat_needs_review": "BOOLEAN", "mat_evidence": "VARCHAR[]",
    "first_seen": "TIMESTAMP WITH TIME ZONE", "stale": "BOOLEAN",
    "updated_at": "TIMESTAMP WITH TIME ZONE",
}  # fmt: skip


def manifest_of(release: Path) -> dict[str, Any]:
    return json.loads((release / "manifest.json").read_text())


def test_demo_run_publishes_a_release_twice(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = nightly(sources_path=DEMO / "sources.toml", data_dir=data)
    manifest = manifest_of(first)
    for name, entry in manifest["files"].items():
        assert sha256_of(first / name) == entry["sha256"], name
    assert manifest["previous_version"] is None
    assert set(manifest["sources"]) == {
        "riverbend-aa", "prairie-na", "lakeside-aa", "mara-online",  # Meeting Guide feeds
        "prairie-region-bmlt", "na-aggregator", "cedar-valley-aa",  # BMLT, export, HTML
    }  # fmt: skip
    assert all(s["status"] == "ok" for s in manifest["sources"].values())
    assert manifest["sources"]["prairie-na"]["rejected"] == 3
    valid = {k: s["valid"] for k, s in manifest["sources"].items()}
    assert valid["prairie-region-bmlt"] == 150 and valid["cedar-valley-aa"] > 20
    assert valid["na-aggregator"] == 82 and manifest["sources"]["na-aggregator"]["stale"] == 12
    health = (
        duckdb.connect()
        .execute(
            f"select source_id, fetched, valid, rejected, error from read_parquet('{first}/sources.parquet')"
        )
        .fetchall()
    )
    assert len(health) == 7 and all(error is None for *_, error in health)

    db = duckdb.connect()
    pattern = str(data / "releases" / "*" / "meetings.parquet")
    rows = db.execute(f"describe select * from read_parquet('{pattern}')").fetchall()
    described = {row[0]: row[1] for row in rows}
    for column, kind in CONTRACT_TYPES.items():
        assert described[column] == kind, column
    count = db.execute(f"select count(*) from read_parquet('{pattern}')").fetchone()
    assert count == (manifest["counts"]["meetings"],) and count[0] > 300
    statuses = dict(
        db.execute(
            f"select mat_status, count(*) from read_parquet('{first}/meetings.parquet') group by 1"
        ).fetchall()
    )
    assert set(statuses) <= {"friendly", "restricted", "unfriendly", "unknown"}
    assert statuses["unknown"] > statuses["friendly"] > 0  # most meetings say nothing
    assert manifest["mat"] == statuses
    rejects = db.execute(f"select count(*) from read_parquet('{first}/rejects.parquet')").fetchone()
    assert rejects == (manifest["counts"]["rejects"],) == (5,)

    second = nightly(sources_path=DEMO / "sources.toml", data_dir=data)
    assert second != first
    latest = json.loads((data / "latest.json").read_text())
    assert latest["version"] == second.name
    second_manifest = manifest_of(second)
    assert second_manifest["previous_version"] == first.name
    assert second_manifest["counts"]["changes"] == {"added": 0, "changed": 0, "removed": 0}


def test_malformed_feeds_cost_only_what_is_bad(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(FIXTURES / "responses" / "meeting_guide.json", site / "good.json")
    shutil.copy(FIXTURES / "responses" / "not_json.html", site / "broken.json")
    shutil.copy(FIXTURES / "responses" / "object.json", site / "object.json")
    sources = site / "sources.toml"
    sources.write_text(
        "".join(
            f'[[source]]\nid = "{name}"\nplatform = "meeting_guide"\nurl = "local:{name}.json"\n'
            'fellowship = "AA"\ntimezone = "America/Denver"\n\n'
            for name in ("good", "broken", "object")
        )
    )
    data = tmp_path / "data"
    release = nightly(sources_path=sources, data_dir=data)
    stats = manifest_of(release)["sources"]
    assert stats["good"]["status"] == "ok" and stats["good"]["valid"] == 4
    assert stats["good"]["rejected"] == 1
    assert stats["broken"]["status"] == "failed" and "not JSON" in stats["broken"]["error"]
    assert stats["object"]["status"] == "failed" and "JSON object" in stats["object"]["error"]
    reasons = dict(
        duckdb.connect()
        .execute(f"select source_id, reason from read_parquet('{release}/rejects.parquet')")
        .fetchall()
    )
    assert reasons["good"] == "record is a JSON str, not an object"
    assert reasons["broken"].startswith("feed: response is not JSON")
    assert reasons["object"].startswith("feed: feed is a JSON object")

    # the good source breaks the next night: its meetings stay, marked stale
    shutil.copy(FIXTURES / "responses" / "not_json.html", site / "good.json")
    next_release = nightly(sources_path=sources, data_dir=data)
    next_stats = manifest_of(next_release)["sources"]["good"]
    assert (next_stats["status"], next_stats["stale"]) == ("failed", 4)
    stale = (
        duckdb.connect()
        .execute(
            f"select count(*), bool_and(stale) from read_parquet('{next_release}/meetings.parquet')"
        )
        .fetchone()
    )
    assert stale == (4, True)


def queue_rows(release: Path) -> list[dict[str, str]]:
    with (release / "review-queue.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def meeting_row(release: Path, meeting_id: str) -> tuple[Any, ...]:
    row = (
        duckdb.connect()
        .execute(
            "select mat_status, mat_decided_by, mat_needs_review, mat_evidence "
            f"from read_parquet('{release}/meetings.parquet') where meeting_id = ?",
            [meeting_id],
        )
        .fetchone()
    )
    assert row is not None
    return row


def test_reviews_outlive_runs_and_changed_text_returns_to_the_queue(tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    shutil.copytree(DEMO, demo, ignore=shutil.ignore_patterns("*.py"))
    data, reviews = tmp_path / "data", tmp_path / "reviews"
    reviews.mkdir()
    (reviews / "mat.csv").write_text(
        "meeting_id,mat_status,reason,reviewer,reviewed_on,text_hash\n"
    )

    first = nightly(sources_path=demo / "sources.toml", data_dir=data, reviews_path=reviews)
    queued = {row["name"]: row for row in queue_rows(first)}
    target = queued["Clean And Serene"]  # friendly by the rules, new, so queued
    assert target["mat_status"] == "friendly" and target["queue_reason"] == "new since last release"

    # a maintainer copies the queue row, corrects the status, signs it; and one orphan
    with (reviews / "mat.csv").open("a", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                target["meeting_id"],
                "restricted",
                "secretary says no sharing on MAT",
                "Sam R.",
                "2026-11-24",
                target["text_hash"],
            ]
        )
        writer.writerow(["no-such-meeting", "friendly", "old listing", "Sam R.", "2026-01-02", ""])

    for _ in range(2):  # the review holds in the next release and the one after
        release = nightly(sources_path=demo / "sources.toml", data_dir=data, reviews_path=reviews)
        status, decided_by, needs_review, evidence = meeting_row(release, target["meeting_id"])
        assert (status, decided_by, needs_review) == ("restricted", "review", False)
        assert "secretary says no sharing on MAT" in evidence[0]
        manifest = manifest_of(release)
        assert manifest["reviews"]["applied"] == 1
        assert [o["meeting_id"] for o in manifest["reviews"]["orphaned"]] == ["no-such-meeting"]
        assert target["meeting_id"] not in {r["meeting_id"] for r in queue_rows(release)}

    feed = demo / "feeds" / "prairie-na.json"
    feed.write_text(feed.read_text().replace("everyone may share", "all may share and chair"))
    edited = nightly(sources_path=demo / "sources.toml", data_dir=data, reviews_path=reviews)
    status, decided_by, needs_review, _ = meeting_row(edited, target["meeting_id"])
    assert (status, decided_by, needs_review) == ("restricted", "review", True)
    first_row = queue_rows(edited)[0]
    assert (first_row["meeting_id"], first_row["queue_reason"]) == (
        target["meeting_id"], "text changed since review",
    )  # fmt: skip
    assert manifest_of(edited)["reviews"]["text_changed"] == [target["meeting_id"]]


def test_a_crashing_crawl_costs_only_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.nightly as flow_module

    real_crawl_batch = flow_module.crawl_batch

    def crash_prairie(
        sources: list[SourceConfig], urls: dict[str, str], *args: Any, **kwargs: Any
    ) -> CrawlSummary:
        others = [s for s in sources if s.id != "prairie-na"]
        summary = real_crawl_batch(others, urls, *args, **kwargs)
        summary.fetched.append(
            Fetched(
                source_id="prairie-na",
                url=urls["prairie-na"],
                public_url=urls["prairie-na"],
                fetched_at="2026-11-25T03:15:00+00:00",
                error="crawl process exited with -9",
            )
        )
        return summary

    monkeypatch.setattr(flow_module, "crawl_batch", crash_prairie)
    data = tmp_path / "data"
    release = nightly(sources_path=DEMO / "sources.toml", data_dir=data)
    stats = manifest_of(release)["sources"]
    assert stats["prairie-na"]["status"] == "failed"
    assert "exited with -9" in stats["prairie-na"]["error"]
    assert stats["riverbend-aa"]["status"] == "ok" and stats["riverbend-aa"]["valid"] > 100


def release_ids(release: Path) -> list[str]:
    rows = (
        duckdb.connect()
        .execute(f"select meeting_id from read_parquet('{release}/meetings.parquet')")
        .fetchall()
    )
    return [row[0] for row in rows]


def test_two_nights_over_the_demo_change_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = nightly(sources_path=DEMO / "sources.toml", data_dir=data)
    second = nightly(sources_path=DEMO / "sources.toml", data_dir=data)
    assert release_ids(second) == release_ids(first) and len(release_ids(first)) > 300
    changes = (
        duckdb.connect()
        .execute(f"select count(*) from read_parquet('{second}/changes.parquet')")
        .fetchone()
    )
    assert changes == (0,)
    night = manifest_of(second)["night"]
    # the demo server answers 304 to the second night's conditional requests
    assert night["sources_not_modified"] == night["sources_reused"] == 7
    assert all(s["reused"] for s in manifest_of(second)["sources"].values())
    assert not any(s["reused"] for s in manifest_of(first)["sources"].values())
    timings = manifest_of(second)["timings"]
    assert {"crawl", "normalize", "carry", "tag", "changes", "publish"} <= set(timings)
