"""Real releases for export tests: demo (or corpus) feeds normalized, tagged and published.

Built with the library calls the nightly flow's tasks make (normalize, carry forward, MAT
tagging, changelog, write_release), without Prefect, so export tests take a second, not
a minute.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pipeline.carry.changes import diff_releases
from pipeline.carry.forward import carry_forward
from pipeline.carry.policy import DEFAULT_POLICY, CarryPolicy
from pipeline.mat.stage import tag_table
from pipeline.normalize.source import SourceRows, normalize_records
from pipeline.normalize.stage import write_source
from pipeline.publish.releases import latest_release_path, release_version
from pipeline.publish.write import ReleaseContent, write_release
from pipeline.types import NormalizedSource
from schemas.sources import SourceConfig, load_sources
from tests.conftest import DEMO, make_source
from tests.helpers import normalize_demo_rows

FIRST_NIGHT = datetime(2026, 11, 24, 3, 15, tzinfo=UTC)


def feed_batch(
    source: SourceConfig, data: list[Any] | SourceRows, folder: Path | None = None
) -> NormalizedSource:
    """One source's records normalized and written as the normalize stage writes them."""
    rows = (
        data
        if isinstance(data, SourceRows)
        else normalize_records(source, data, source.url, FIRST_NIGHT)
    )
    out = folder or Path(tempfile.mkdtemp(prefix="normalized-"))
    return write_source(rows, out / source.id)


def demo_batches() -> tuple[list[SourceConfig], list[NormalizedSource]]:
    sources = load_sources(DEMO / "sources.toml").sources
    batches = []
    for source in sources:
        batches.append(feed_batch(source, normalize_demo_rows(source)))
    return list(sources), batches


def publish_night(
    data_dir: Path,
    sources: Sequence[SourceConfig],
    batches: list[NormalizedSource],
    night: int = 0,
    policy: CarryPolicy = DEFAULT_POLICY,
) -> Path:
    """Publish one night's release the way the flow does, against the latest release."""
    started_at = FIRST_NIGHT + timedelta(days=night)
    work = Path(tempfile.mkdtemp(prefix="night-"))
    previous = latest_release_path(data_dir)
    carried = carry_forward(batches, previous, started_at, work / "carried.parquet", policy)
    tagged = tag_table(Path(carried.meetings_path), work / "tagged.parquet", work / "queue.csv", [])
    changes = diff_releases(
        Path(carried.previous_meetings_path) if carried.previous_meetings_path else None,
        Path(tagged.meetings_path),
        work / "changes.parquet",
    )
    content = ReleaseContent(
        version=release_version(started_at),
        started_at=started_at,
        previous_version=carried.previous_version,
        meetings=Path(tagged.meetings_path),
        rejects=[Path(b.rejects_path) for b in batches],
        sources=list(sources),
        reports=carried.reports,
        changes=Path(changes.path),
        extra_manifest={"carry": carried.policy},
    )
    return write_release(data_dir, content)


def demo_release(data_dir: Path, night: int = 0) -> Path:
    sources, batches = demo_batches()
    return publish_night(data_dir, sources, batches, night)


def single_feed_release(data_dir: Path, data: list[Any], **source_fields: Any) -> Path:
    """A release of one Meeting Guide feed given as Python data."""
    source = make_source(**{"id": "test-source", "name": "Test <Intergroup>", **source_fields})
    return publish_night(data_dir, [source], [feed_batch(source, data)])
