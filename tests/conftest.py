"""Shared fixtures: paths to the demo, the fixtures and the shared corpus."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from flows.cli import no_telemetry
from schemas.sources import SourceConfig

# The test servers (`prefect_harness`, the Dask and serve tests) send no telemetry: nothing
# in the tests may reach the internet. The CLI sets the same defaults for `allpaths run`.
no_telemetry()

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DEMO = ROOT / "demo"
#: The shared corpus: ALLPATHS_CORPUS, else ../shared/corpus beside the checkout or beside
#: its parent (a git worktree in wt/).
CORPUS = (
    Path(os.environ["ALLPATHS_CORPUS"])
    if os.environ.get("ALLPATHS_CORPUS")
    else next(
        (
            p
            for p in (ROOT.parent / "shared" / "corpus", ROOT.parents[1] / "shared" / "corpus")
            if p.is_dir()
        ),
        ROOT.parent / "shared" / "corpus",
    )
)

settings.register_profile("ci", max_examples=200, deadline=None, derandomize=True)
settings.load_profile("ci")


def make_source(**overrides: object) -> SourceConfig:
    fields: dict[str, object] = {
        "id": "test-source",
        "platform": "meeting_guide",
        "url": "http://127.0.0.1/feed.json",
        "fellowship": "AA",
        "timezone": "America/Chicago",
        "country": "US",
    }
    fields.update(overrides)
    return SourceConfig.model_validate(fields)


@pytest.fixture
def source() -> SourceConfig:
    return make_source()


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect server for every flow test (it takes seconds to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def gazetteer_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline gazetteer, built once for every geocoding test."""
    from pipeline.geocode.gazetteer import ensure_gazetteer

    return ensure_gazetteer(tmp_path_factory.mktemp("gazetteer"))


@pytest.fixture
def geo_data_dir(gazetteer_file: Path, tmp_path: Path) -> Path:
    from tests.geocode_helpers import data_dir_with

    return data_dir_with(gazetteer_file, tmp_path / "data")


@pytest.fixture(autouse=True)
def fresh_duckdb_default_connection() -> Iterator[None]:
    """Each test gets its own DuckDB default connection (`duckdb.sql` in tests and the
    Chromium report tests), so a result one test left half-read (DuckDB 2 refuses new
    work on a connection until it is) cannot fail the next."""
    import duckdb

    duckdb.set_default_connection(duckdb.connect())
    yield
