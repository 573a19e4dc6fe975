"""Geocoding the real public feeds of ../shared/corpus (skips when the corpus is absent).

Set ALLPATHS_CORPUS to point at a corpus elsewhere (a worktree beside the shared folder).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pytest

from pipeline.geocode.policy import PRECISION_RANK
from pipeline.geocode.stage import GeocodeOutcome, GeocodeSettings, geocode_table
from pipeline.publish.tables import meetings_table
from tests.conftest import CORPUS, make_source
from tests.helpers import normalize_data
from tests.test_corpus import ZONES

FEEDS = Path(os.environ.get("ALLPATHS_CORPUS", CORPUS)) / "meeting_guide"
pytestmark = pytest.mark.skipif(not FEEDS.is_dir(), reason=f"shared corpus not present at {FEEDS}")


@pytest.fixture(scope="module")
def corpus_geocoded(
    gazetteer_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> GeocodeOutcome:
    from tests.geocode_helpers import data_dir_with

    meetings = []
    for feed in sorted(FEEDS.glob("*.json")):
        zone, country, fellowship = ZONES.get(feed.stem, ("America/New_York", None, "other"))
        source = make_source(
            id=feed.stem.replace("_", "-"), timezone=zone, country=country, fellowship=fellowship
        )
        data = json.loads(feed.read_text(encoding="utf-8"))
        meetings += normalize_data(source, data).meetings
    data_dir = data_dir_with(gazetteer_file, tmp_path_factory.mktemp("corpus-data"))
    return geocode_table(meetings_table(meetings), GeocodeSettings(data_dir=data_dir))


def test_nine_in_ten_in_person_meetings_at_postal_code_or_better(
    corpus_geocoded: GeocodeOutcome,
) -> None:
    rows = [r for r in corpus_geocoded.table.to_pylist() if r["attendance"] != "online"]
    good = [r for r in rows if PRECISION_RANK[r["geo_precision"]] <= PRECISION_RANK["postal_code"]]
    assert len(good) / len(rows) >= 0.90, corpus_geocoded.summary["precision"]
    placed = [r for r in rows if r["latitude"] is not None]
    assert len(placed) / len(rows) >= 0.98


def test_uk_meetings_of_a_us_default_feed_get_the_uk_zone(corpus_geocoded: GeocodeOutcome) -> None:
    table: pa.Table = corpus_geocoded.table
    eda = [r for r in table.to_pylist() if r["source_id"] == "eda-2023"]
    british = [r for r in eda if r["country"] == "GB" and r["latitude"] is not None]
    assert british
    assert {r["timezone"] for r in british} == {"Europe/London"}
    assert {r["timezone_source"] for r in british} == {"coordinates"}
    assert corpus_geocoded.counters["eda-2023"]["timezone/source_default_wrong"] >= len(british)
