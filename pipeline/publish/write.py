"""Write a release: Parquet, DuckDB, manifest; all or nothing.

Everything is written into a hidden temporary folder beside the releases, renamed into
place in one step once complete, and only then does latest.json move. A crash at any
point before the rename leaves the previous release and latest.json as they were.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.publish.exports import write_exports
from pipeline.publish.releases import RELEASES, point_latest_at
from pipeline.publish.tables import (
    CHANGES_SCHEMA,
    SOURCES_SCHEMA,
    meetings_table,
    rejects_table,
    rows_table,
)
from pipeline.publish.views import CONSUMER_VIEWS
from pipeline.types import SourceReport
from schemas.meeting import SCHEMA_VERSION, Meeting, Reject
from schemas.sources import SourceConfig


@dataclass
class ReleaseContent:
    """What one run publishes."""

    version: str
    started_at: datetime
    previous_version: str | None
    meetings: list[Meeting]
    rejects: list[Reject]
    sources: Sequence[SourceConfig]
    reports: dict[str, SourceReport]
    changes: list[dict[str, Any]] = field(default_factory=list)
    #: Extra files (name -> writer) from later stages, such as the review queue.
    extra_files: dict[str, Callable[[Path], None]] = field(default_factory=dict)
    extra_manifest: dict[str, Any] = field(default_factory=dict)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sources_rows(content: ReleaseContent) -> list[dict[str, Any]]:
    rows = []
    for source in content.sources:
        report = content.reports.get(source.id, SourceReport(source.id, status="disabled"))
        rows.append(
            {
                "source_id": source.id,
                "name": source.name,
                "platform": source.platform,
                "url": source.url,
                "fellowship": source.fellowship,
                "timezone": source.timezone,
                "country": source.country,
                "status": report.status if source.enabled else "disabled",
                "error": report.error,
                "fetched": report.fetched,
                "valid": report.valid,
                "rejected": report.rejected,
                "stale": report.stale,
                "crawl_seconds": round(report.crawl_seconds, 3),
                "counters": json.dumps(report.counters, sort_keys=True),
            }
        )
    return rows


def write_duckdb(folder: Path, tables: dict[str, Path]) -> None:
    database = folder / "meetings.duckdb"
    with duckdb.connect(str(database)) as connection:
        for name, parquet in tables.items():
            connection.execute(
                f"CREATE TABLE {name} AS SELECT * FROM read_parquet(?)", [str(parquet)]
            )
        for name, query in CONSUMER_VIEWS.items():
            connection.execute(f"CREATE VIEW {name} AS {query}")


def manifest_of(content: ReleaseContent, folder: Path) -> dict[str, Any]:
    files = {
        path.name: {"sha256": sha256_of(path), "bytes": path.stat().st_size}
        for path in sorted(folder.iterdir())
        if path.is_file()
    }
    changes = Counter(row["change"] for row in content.changes)
    return {
        "version": content.version,
        "schema_version": SCHEMA_VERSION,
        "previous_version": content.previous_version,
        "started_at": content.started_at.isoformat(),
        "counts": {
            "meetings": len(content.meetings),
            "stale_meetings": sum(m.stale for m in content.meetings),
            "rejects": len(content.rejects),
            "sources": len(content.sources),
            "changes": {k: changes.get(k, 0) for k in ("added", "changed", "removed")},
        },
        "sources": {sid: asdict(report) for sid, report in sorted(content.reports.items())},
        "files": files,
        **content.extra_manifest,
    }


def write_release(data_dir: Path, content: ReleaseContent) -> Path:
    """Publish `content` as data/releases/<version> and point latest.json at it."""
    releases = data_dir / RELEASES
    releases.mkdir(parents=True, exist_ok=True)
    final = releases / content.version
    if final.exists():
        raise FileExistsError(f"release {final} already exists; releases are immutable")
    staging = releases / f".partial-{content.version}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        tables: dict[str, pa.Table] = {
            "meetings": meetings_table(content.meetings),
            "rejects": rejects_table(content.rejects),
            "sources": rows_table(sources_rows(content), SOURCES_SCHEMA),
            "changes": rows_table(content.changes, CHANGES_SCHEMA),
        }
        paths: dict[str, Path] = {}
        for name, table in tables.items():
            paths[name] = staging / f"{name}.parquet"
            pq.write_table(table, paths[name], compression="zstd")
        write_duckdb(staging, paths)
        for name, writer in content.extra_files.items():
            writer(staging / name)
        exports = write_exports(staging)  # after the Parquet files, before the checksums
        manifest = manifest_of(content, staging) | {"exports": exports}
        (staging / "manifest.json").write_text(
            json.dumps(manifest, indent=2, sort_keys=False, default=str) + "\n", encoding="utf-8"
        )
        staging.rename(final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    point_latest_at(data_dir, content.version)
    return final
