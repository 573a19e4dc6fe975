"""The carry-forward policy: nights stale, the drop after them, held back and accepted drops.

Real releases night after night (normalize output -> carry_forward in DuckDB -> MAT ->
changelog -> write_release), without Prefect; the flow passes the same policy.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipeline.carry.policy import DEFAULT_POLICY, CarryPolicy, CarryPolicyError
from pipeline.types import NormalizedSource
from schemas.sources import SourceConfig, SourcesFileError, load_sources
from tests.helpers import demo_rows, demo_source, write_source_files
from tests.release_builders import publish_night

LAKESIDE, RIVERBEND = "lakeside-aa", "riverbend-aa"


def manifest(release: Path) -> dict[str, Any]:
    return json.loads((release / "manifest.json").read_text(encoding="utf-8"))


def sources_row(release: Path, source_id: str) -> dict[str, Any]:
    found = duckdb.sql(
        f"SELECT * FROM '{release}/sources.parquet' WHERE source_id = '{source_id}'"
    ).to_arrow_table().to_pylist()  # fmt: skip
    assert len(found) == 1
    return found[0]


def meetings_of(release: Path) -> dict[str, int]:
    rows = duckdb.sql(
        f"SELECT source_id, count(*) FROM '{release}/meetings.parquet' GROUP BY 1"
    ).fetchall()
    return {str(k): int(n) for k, n in rows}


class Nights:
    """Two demo sources published night after night; lakeside's fate is set per night."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.data = tmp_path / "data"
        self.sources: list[SourceConfig] = [demo_source(LAKESIDE), demo_source(RIVERBEND)]
        self.night = 0

    def run(
        self, lakeside: list[dict[str, Any]] | None, policy: CarryPolicy = DEFAULT_POLICY
    ) -> Path:
        """One night: lakeside's rows (None: its crawl failed), riverbend's always fine."""
        folder = self.tmp / f"night-{self.night}"
        batches: list[NormalizedSource] = [
            write_source_files(folder, LAKESIDE, lakeside or [], failure=None)
            if lakeside is not None
            else write_source_files(folder, LAKESIDE, [], failure="feed: HTTP 500")
        ]
        batches.append(write_source_files(folder, RIVERBEND, demo_rows(RIVERBEND)))
        release = publish_night(self.data, self.sources, batches, self.night, policy)
        self.night += 1
        return release


def test_a_failed_source_stays_stale_for_the_nights_allowed_then_is_dropped(
    tmp_path: Path,
) -> None:
    nights = Nights(tmp_path)
    policy = CarryPolicy(max_stale_nights=2)
    lakeside = demo_rows(LAKESIDE)
    first = nights.run(lakeside, policy)
    assert sources_row(first, LAKESIDE)["stale_nights"] == 0
    assert sources_row(first, LAKESIDE)["data_age_hours"] == 0.0
    for night in (1, 2):  # failed, carried stale
        release = nights.run(None, policy)
        row = sources_row(release, LAKESIDE)
        assert (row["status"], row["stale"], row["stale_nights"], row["dropped"]) == (
            "failed", len(lakeside), night, 0,
        )  # fmt: skip
        assert row["data_age_hours"] == 24.0 * night  # the data is as old as the first night
        assert row["data_as_of"] == sources_row(first, LAKESIDE)["data_as_of"]
        assert meetings_of(release)[LAKESIDE] == len(lakeside)
    dropped = nights.run(None, policy)  # the third night in a row: past the limit
    row = sources_row(dropped, LAKESIDE)
    assert (row["status"], row["stale"], row["stale_nights"], row["dropped"]) == (
        "failed", 0, 3, len(lakeside),
    )  # fmt: skip
    assert "dropped (max_stale_nights = 2)" in row["error"]
    assert json.loads(row["counters"])["carry/stale_dropped"] == len(lakeside)
    assert row["data_age_hours"] == 72.0  # the age of the data survives its drop
    assert LAKESIDE not in meetings_of(dropped)
    m = manifest(dropped)
    assert m["counts"]["dropped_meetings"] == len(lakeside)
    assert m["counts"]["changes"]["removed"] == len(lakeside)
    assert m["carry"]["dropped"] == {LAKESIDE: len(lakeside)}
    assert m["carry"]["max_stale_nights"] == 2
    assert m["sources"][LAKESIDE]["dropped"] == len(lakeside)
    report = (dropped / "report.html").read_text(encoding="utf-8")
    assert f'id="card-dropped"><b>{len(lakeside)}</b>' in report
    assert f'data-col="dropped">{len(lakeside)}</td>' in report
    assert 'data-col="nights stale">3</td>' in report
    # the night after: nothing left to drop, the count of nights goes on
    after = nights.run(None, policy)
    row = sources_row(after, LAKESIDE)
    assert (row["stale_nights"], row["dropped"], row["data_age_hours"]) == (4, 0, 96.0)
    # and the source comes back: fresh, no night stale
    back = nights.run(lakeside, policy)
    row = sources_row(back, LAKESIDE)
    assert (row["status"], row["stale_nights"], row["data_age_hours"]) == ("ok", 0, 0.0)
    assert manifest(back)["counts"]["changes"]["added"] == len(lakeside)


def test_no_stale_night_at_all_drops_on_the_first_failure(tmp_path: Path) -> None:
    nights = Nights(tmp_path)
    nights.run(demo_rows(LAKESIDE))
    release = nights.run(None, CarryPolicy(max_stale_nights=0))
    assert sources_row(release, LAKESIDE)["dropped"] == len(demo_rows(LAKESIDE))
    assert LAKESIDE not in meetings_of(release)


def test_a_sharp_drop_is_held_back_until_a_maintainer_accepts_it(tmp_path: Path) -> None:
    nights = Nights(tmp_path)
    lakeside = demo_rows(LAKESIDE)
    nights.run(lakeside)
    few = lakeside[:10]
    held = nights.run(few, CarryPolicy(max_stale_nights=0))  # never dropped by the clock
    row = sources_row(held, LAKESIDE)
    assert (row["status"], row["stale"], row["stale_nights"], row["dropped"]) == (
        "held_back", len(lakeside), 1, 0,
    )  # fmt: skip
    assert "--accept-drop lakeside-aa" in row["error"]
    assert manifest(held)["carry"]["held_back"] == [LAKESIDE]
    accepted = nights.run(few, CarryPolicy(accept_drop=frozenset({LAKESIDE})))
    row = sources_row(accepted, LAKESIDE)
    assert (row["status"], row["stale"], row["stale_nights"]) == ("ok", 0, 0)
    assert json.loads(row["counters"])["carry/drop_accepted"] == len(lakeside) - 10
    assert meetings_of(accepted)[LAKESIDE] == 10
    assert manifest(accepted)["carry"]["accepted_drops"] == {LAKESIDE: len(lakeside) - 10}


def test_the_held_back_threshold_is_the_sources_file_s(tmp_path: Path) -> None:
    nights = Nights(tmp_path)
    lakeside = demo_rows(LAKESIDE)
    nights.run(lakeside)
    strict = CarryPolicy(held_back_ratio=0.95, held_back_min_previous=10)
    release = nights.run(lakeside[:-10], strict)  # 87% kept: held back under 95%
    assert sources_row(release, LAKESIDE)["status"] == "held_back"
    lenient = nights.run(lakeside[:-10], CarryPolicy())  # the default: 50%
    assert sources_row(lenient, LAKESIDE)["status"] == "ok"


def write_sources(tmp_path: Path, carry: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(
        carry + '\n[[source]]\nid = "a"\nplatform = "meeting_guide"\nurl = "local:a.json"\n',
        encoding="utf-8",
    )
    return path


def test_the_policy_comes_from_the_sources_file_and_the_command_line(tmp_path: Path) -> None:
    sources = load_sources(write_sources(tmp_path, ""))
    assert CarryPolicy.of(sources) == CarryPolicy()  # the documented defaults
    assert CarryPolicy().max_stale_nights == 7
    sources = load_sources(
        write_sources(
            tmp_path,
            "[carry]\nmax_stale_nights = 3\nheld_back_ratio = 0.8\nheld_back_min_previous = 5\n",
        )
    )
    policy = CarryPolicy.of(sources)
    assert (policy.max_stale_nights, policy.held_back_ratio, policy.held_back_min_previous) == (
        3, 0.8, 5,
    )  # fmt: skip
    overridden = CarryPolicy.of(sources, max_stale_nights=1, accept_drop=["a"])
    assert (overridden.max_stale_nights, overridden.accept_drop) == (1, frozenset({"a"}))
    with pytest.raises(CarryPolicyError, match="--accept-drop nope: no enabled source"):
        CarryPolicy.of(sources, accept_drop=["nope"])
    with pytest.raises(CarryPolicyError, match="--max-stale-nights must be between 0 and 366"):
        CarryPolicy.of(sources, max_stale_nights=-1)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("[carry]\nmax_stale_night = 3\n", "[carry]: max_stale_night: unknown key"),
        ("[carry]\nmax_stale_nights = -1\n", "[carry]: max_stale_nights: Input should be"),
        ("[carry]\nheld_back_ratio = 2\n", "[carry]: held_back_ratio: Input should be"),
        ("carry = 3\n", "carry is a number, not a [carry] table"),
    ],
)
def test_a_wrong_carry_table_is_one_sentence(tmp_path: Path, table: str, message: str) -> None:
    path = write_sources(tmp_path, table)
    with pytest.raises(SourcesFileError) as raised:
        load_sources(path)
    assert str(raised.value).startswith(f"{path}: ")
    assert message in str(raised.value)
