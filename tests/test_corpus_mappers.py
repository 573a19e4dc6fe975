"""The platform mappers on the real listings of ../shared/corpus (skipped when absent).

At least 95% of each sample's records must map to common fields; the counts of format
keys and type codes left unmapped are printed (`pytest -s`) so a maintainer sees which
codes the vocabulary lacks.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.normalize.mappers import bmlt as bmlt_mapper
from pipeline.normalize.mappers import meeting_guide as mg_mapper
from pipeline.normalize.mappers.common import UnmappableRecord
from pipeline.normalize.payloads import PAYLOAD_READERS, Payload
from pipeline.normalize.readers.bmlt import FORMATS, SEARCH, SERVICE_BODIES, read_server
from pipeline.normalize.source import SourceRows, normalize_records
from schemas.sources import SourceConfig
from tests.conftest import CORPUS, make_source

NIGHT = datetime(2026, 11, 24, 3, 15, tzinfo=UTC)

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


# --- the whole normalizer (reader, mapper, builder) on the corpus --------------------------


def corpus_source(platform: str, name: str) -> SourceConfig:
    return make_source(id=name.replace("_", "-"), platform=platform, timezone="America/New_York")


def meeting_share(rows: SourceRows) -> float:
    """The share of records that became meetings (a reject is one record)."""
    return 1 - len(rows.rejects) / rows.fetched


@pytest.mark.skipif(not BMLT_SERVERS, reason=f"shared corpus not present at {CORPUS}")
@pytest.mark.parametrize("server", BMLT_SERVERS, ids=lambda p: p.name)
def test_bmlt_server_becomes_meetings(server: Path) -> None:
    parts = {n: (server / f"{n}.json").read_bytes() for n in (FORMATS, SERVICE_BODIES)
             if (server / f"{n}.json").exists()}  # fmt: skip
    payload = Payload((server / f"{SEARCH}.json").read_bytes(), parts)
    source = corpus_source("bmlt", server.name)
    rows = normalize_records(source, PAYLOAD_READERS["bmlt"](payload), source.url, NIGHT)
    print(f"\n{server.name}: {len(rows.meetings)}/{rows.fetched} meetings; unmapped types:")
    print(f"  {unmapped(rows.counters)}")
    assert meeting_share(rows) >= 0.95, [r["reason"] for r in rows.rejects][:5]


@pytest.mark.skipif(not MG_FEEDS, reason=f"shared corpus not present at {CORPUS}")
@pytest.mark.parametrize("feed", MG_FEEDS, ids=lambda p: p.stem)
def test_meeting_guide_feed_becomes_meetings(feed: Path) -> None:
    source = corpus_source("meeting_guide", feed.stem)
    records = PAYLOAD_READERS["meeting_guide"](Payload(feed.read_bytes()))
    rows = normalize_records(source, records, source.url, NIGHT)
    print(f"\n{feed.stem}: {rows.fetched - len(rows.rejects)}/{rows.fetched} records became")
    print(f"  {len(rows.meetings)} meetings; unmapped types: {unmapped(rows.counters)}")
    assert meeting_share(rows) >= 0.95, [r["reason"] for r in rows.rejects][:5]
