"""Real public feeds from ../shared/corpus: at least 95% of records must become meetings.

Skips when the corpus is absent (a fresh clone outside this workplace).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CORPUS, make_source
from tests.helpers import normalize_data
from tests.privacy import personal_data_in

FEEDS = CORPUS / "meeting_guide"

#: Each corpus feed's region, as a user's sources file would say it.
ZONES = {
    "aasanjose_2021": ("America/Los_Angeles", "US", "AA"),
    "aasepia_2024": ("America/New_York", "US", "AA"),
    "oc_aa_2023": ("America/Los_Angeles", "US", "AA"),
    "sussexaa_2022": ("America/New_York", "US", "AA"),
    "eda_2023": ("America/New_York", None, "other"),
    "kc_wamo_2021": ("America/Chicago", "US", "AA"),
    "edmonton_2022": ("America/Edmonton", "CA", "AA"),
    "alpena_mi_2021": ("America/Detroit", "US", "AA"),
    "aasfmarin_2021": ("America/Los_Angeles", "US", "AA"),
    "raleigh_2017": ("America/New_York", "US", "AA"),
}

feeds = sorted(FEEDS.glob("*.json")) if FEEDS.is_dir() else []


@pytest.mark.skipif(not feeds, reason=f"shared corpus not present at {FEEDS}")
@pytest.mark.parametrize("feed", feeds, ids=lambda p: p.stem)
def test_corpus_feed_normalizes(feed: Path) -> None:
    zone, country, fellowship = ZONES.get(feed.stem, ("America/New_York", None, "other"))
    source = make_source(
        id=feed.stem.replace("_", "-"), timezone=zone, country=country, fellowship=fellowship
    )
    data = json.loads(feed.read_text(encoding="utf-8"))
    batch = normalize_data(source, data)
    records_ok = len(data) - len(batch.rejects)
    assert records_ok / len(data) >= 0.95, [r.reason for r in batch.rejects][:10]
    assert all(m.timezone == zone or m.timezone_source == "source" for m in batch.meetings)
    published_text = [m.notes for m in batch.meetings if m.notes]
    assert not [t for t in published_text if personal_data_in(t, country)]
