"""The catalogue of real sources parses (it is never crawled by the tests)."""

from __future__ import annotations

import tomllib

from schemas.sources import KNOWN_PLATFORMS, SourceConfig, load_sources
from tests.conftest import ROOT

CATALOGUE = ROOT / "catalogue" / "sources.toml"


def entries() -> list[dict[str, object]]:
    return list(tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))["source"])


def test_catalogue_lists_the_export_and_twenty_intergroup_feeds() -> None:
    listed = entries()
    feeds = [e for e in listed if e["platform"] == "meeting_guide"]
    assert len(feeds) >= 20
    assert all(e.get("fellowship") and e.get("timezone") for e in feeds)
    assert sum(1 for e in feeds if e.get("country")) >= 20
    assert all(str(e["url"]).startswith("https://") for e in listed)
    assert any(
        e["platform"] == "bmlt_export" and str(e["url"]).endswith("/manifest.json") for e in listed
    )
    assert len({e["id"] for e in listed}) == len(listed)


def test_entries_on_platforms_known_today_validate() -> None:
    for entry in entries():
        if entry["platform"] in KNOWN_PLATFORMS:
            SourceConfig.model_validate(entry)


def test_catalogue_loads_as_a_sources_file() -> None:
    loaded = load_sources(CATALOGUE)
    assert len(loaded.enabled) == len(entries())
