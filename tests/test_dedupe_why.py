"""`allpaths why-merged` over a release's merges.parquet, and review files side by side."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flows.cli import main
from pipeline.dedupe import dedupe_meetings
from pipeline.mat.reviews import load_reviews
from tests.test_dedupe_stage import PRIORITIES, listing, table


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    result = dedupe_meetings(
        table(listing("a1"), listing("b1", "aggregator"), listing("c1", types=["C", "D"])),
        PRIORITIES,
    )
    release = tmp_path / "releases" / "2026-11-24T031500Z"
    release.mkdir(parents=True)
    pq.write_table(result.pairs, release / "merges.parquet")
    (tmp_path / "latest.json").write_text(
        json.dumps({"version": release.name, "path": f"releases/{release.name}"})
    )
    return tmp_path


def test_why_merged_shows_the_pair_scores(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["why-merged", "a1", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "a1 in release 2026-11-24T031500Z: 2 listing(s)" in out
    assert "area:slug-a1  ~  aggregator:slug-b1: merged (weight +" in out
    assert "name:exact:+4.00" in out
    assert "area:slug-c1: below threshold" in out  # the closed meeting, kept apart
    assert "types:conflicting:-4.91" in out


def test_why_merged_for_an_unknown_meeting(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["why-merged", "nope", "--data-dir", str(data_dir)]) == 1
    assert "no pair scores for nope" in capsys.readouterr().err


def test_why_merged_without_a_release(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["why-merged", "a1", "--data-dir", str(tmp_path)]) == 1
    assert "no release yet" in capsys.readouterr().err


def test_mat_reviews_skip_the_merge_review_file(tmp_path: Path) -> None:
    (tmp_path / "merges.csv").write_text(
        "listing_a,listing_b,decision,reason,reviewer,reviewed_on\n"
    )
    (tmp_path / "mat.csv").write_text(
        "meeting_id,mat_status,reason,reviewer,reviewed_on,text_hash\n"
    )
    assert load_reviews(tmp_path) == []
