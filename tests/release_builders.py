"""Real releases for export tests: demo (or corpus) feeds normalized, tagged and published.

Built with the library calls the nightly flow makes (normalize, carry forward, MAT
tagging, write_release), without Prefect, so export tests take a second, not a minute.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pipeline.carry.changes import diff_meetings
from pipeline.carry.forward import carry_forward
from pipeline.mat.tagging import tag_meetings
from pipeline.normalize.source import normalize_source
from pipeline.publish.releases import load_previous, release_version
from pipeline.publish.write import ReleaseContent, write_release
from pipeline.types import SourceBatch
from schemas.sources import SourceConfig, load_sources
from tests.conftest import DEMO, make_source
from tests.helpers import raw_records

FIRST_NIGHT = datetime(2026, 11, 24, 3, 15, tzinfo=UTC)


def demo_batches() -> tuple[list[SourceConfig], list[SourceBatch]]:
    sources = load_sources(DEMO / "sources.toml").sources
    batches = []
    for source in sources:
        data = json.loads((DEMO / source.local_path).read_text(encoding="utf-8"))
        batches.append(normalize_source(source, raw_records(source.id, data)))
    return list(sources), batches


def feed_batch(source: SourceConfig, data: list[Any]) -> SourceBatch:
    return normalize_source(source, raw_records(source.id, data))


def publish_night(
    data_dir: Path,
    sources: Sequence[SourceConfig],
    batches: list[SourceBatch],
    night: int = 0,
) -> Path:
    """Publish one night's release the way the flow does, against the latest release."""
    started_at = FIRST_NIGHT + timedelta(days=night)
    previous = load_previous(data_dir)
    previous_meetings = previous.meetings if previous else []
    meetings, reports = carry_forward(batches, previous_meetings, started_at)
    meetings = tag_meetings(meetings)
    rejects = [r for b in batches for r in b.rejects]
    content = ReleaseContent(
        version=release_version(started_at),
        started_at=started_at,
        previous_version=previous.version if previous else None,
        meetings=meetings,
        rejects=rejects,
        sources=list(sources),
        reports=reports,
        changes=diff_meetings(previous_meetings, meetings),
    )
    return write_release(data_dir, content)


def demo_release(data_dir: Path, night: int = 0) -> Path:
    sources, batches = demo_batches()
    return publish_night(data_dir, sources, batches, night)


def single_feed_release(data_dir: Path, data: list[Any], **source_fields: Any) -> Path:
    """A release of one Meeting Guide feed given as Python data."""
    source = make_source(**{"id": "test-source", "name": "Test <Intergroup>", **source_fields})
    return publish_night(data_dir, [source], [feed_batch(source, data)])
