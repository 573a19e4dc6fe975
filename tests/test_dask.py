"""The nightly flow on a two-worker Dask LocalCluster publishes what the default runner does."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.nightly import nightly
from flows.runners import dask_task_runner
from tests.conftest import DEMO
from tests.geocode_helpers import data_dir_with

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("prefect_harness")]

#: Columns that differ between two runs by design (run time stamps).
RUN_COLUMNS = "first_seen, last_seen"


def content(release: Path) -> list[tuple[object, ...]]:
    return (
        duckdb.connect()
        .execute(
            f"select * exclude ({RUN_COLUMNS}) from read_parquet('{release}/meetings.parquet') "
            "order by meeting_id"
        )
        .fetchall()
    )


def rejects(release: Path) -> list[tuple[object, ...]]:
    return (
        duckdb.connect()
        .execute(
            f"select source_id, reason, raw_payload from read_parquet('{release}/rejects.parquet') "
            "order by all"
        )
        .fetchall()
    )


def test_dask_local_cluster_gives_the_same_release(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gazetteer_file: Path
) -> None:
    from prefect.settings import PREFECT_API_URL

    # Workers are new processes: without the test server's URL in their environment each
    # would start a temporary Prefect server of its own.
    api_url = PREFECT_API_URL.value()
    assert api_url
    monkeypatch.setenv("PREFECT_API_URL", api_url)

    # both data dirs share the session's gazetteer instead of building one each
    default_dir, dask_dir = (
        data_dir_with(gazetteer_file, tmp_path / n) for n in ("default", "dask")
    )
    default = nightly(sources_path=DEMO / "sources.toml", data_dir=default_dir)
    on_dask = nightly.with_options(task_runner=dask_task_runner(None, workers=2))(
        sources_path=DEMO / "sources.toml", data_dir=dask_dir
    )
    assert content(on_dask) == content(default) and len(content(default)) > 300
    assert rejects(on_dask) == rejects(default)
