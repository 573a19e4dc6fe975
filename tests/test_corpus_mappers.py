"""The platform mappers on the real listings of ../shared/corpus (skipped when absent).

At least 95% of each sample's records must map to common fields; the counts of format
keys and type codes left unmapped are printed (`pytest -s`) so a maintainer sees which
codes the vocabulary lacks.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from pipeline.normalize.mappers import bmlt as bmlt_mapper
from pipeline.normalize.mappers import meeting_guide as mg_mapper
from pipeline.normalize.mappers.common import UnmappableRecord
from pipeline.normalize.readers.bmlt import read_server
from tests.conftest import CORPUS

BMLT_SERVERS = sorted(p for p in (CORPUS / "bmlt").glob("*") if p.is_dir())
MG_FEEDS = sorted((CORPUS / "meeting_guide").glob("*.json"))


def unmapped(counters: Counter[str]) -> dict[str, int]:
    prefix = "field/types/unknown_code/"
    return {k.removeprefix(prefix): v for k, v in counters.most_common() if k.startswith(prefix)}


@pytest.mark.skipif(not BMLT_SERVERS, reason=f"shared corpus not present at {CORPUS}")
@pytest.mark.parametrize("server", BMLT_SERVERS, ids=lambda p: p.name)
def test_bmlt_server_maps(server: Path) -> None:
    def answer(name: str) -> bytes | None:
        path = server / f"{name}.json"
        return path.read_bytes() if path.exists() else None

    search = answer("GetSearchResults")
    assert search is not None
    payload = read_server(search, answer("GetFormats"), answer("GetServiceBodies"))
    counters: Counter[str] = Counter()
    mapped, failed = [], []
    for raw in payload.meetings:
        try:
            mapped.append(bmlt_mapper.map_record(raw, counters, payload.formats))
        except UnmappableRecord as exc:
            failed.append(str(exc))
    print(f"\n{server.name}: {len(mapped)}/{len(payload.meetings)} mapped; unmapped types:")
    print(f"  {unmapped(counters)}")
    assert len(mapped) / len(payload.meetings) >= 0.95, failed[:5]
    assert all(m.days[0] in range(7) and m.start is not None for m in mapped)
    with_formats = [m for m in mapped if m.types.source_types]
    mapped_some = [m for m in with_formats if m.types.types]
    assert len(mapped_some) / len(with_formats) >= 0.9  # formats do reach the vocabulary
    virtual = [m for m in mapped if m.attendance_option == "online"]
    assert all(m.latitude is None for m in virtual)  # never the server's default map point


@pytest.mark.skipif(not MG_FEEDS, reason=f"shared corpus not present at {CORPUS}")
@pytest.mark.parametrize("feed", MG_FEEDS, ids=lambda p: p.stem)
def test_meeting_guide_feed_maps(feed: Path) -> None:
    data = json.loads(feed.read_text(encoding="utf-8"))
    counters: Counter[str] = Counter()
    mapped, failed = 0, []
    for raw in data:
        try:
            mg_mapper.map_record(raw, counters)
            mapped += 1
        except UnmappableRecord as exc:
            failed.append(str(exc))
    print(f"\n{feed.stem}: {mapped}/{len(data)} mapped; unmapped types: {unmapped(counters)}")
    assert mapped / len(data) >= 0.95, failed[:5]
