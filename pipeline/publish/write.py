"""Write a release: Parquet, DuckDB, manifest; all or nothing.

Everything is written into a hidden temporary folder beside the releases, renamed into
place in one step once complete, and only then does latest.json move. A crash at any
point before the rename leaves the previous release and latest.json as they were.

Tables come in as Parquet files from the earlier stages (or Arrow tables), are streamed
into the contract's Arrow schema batch by batch, and the meetings table is checked
against the contract once, here (`contract.py`).
"""

from __future__ import annotations

import errno
import hashlib
import json
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeAlias

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.duck import connect, sql_list, sql_text
from pipeline.normalize.fields.scrub import scrub_public, scrub_url
from pipeline.publish.contract import check_meetings
from pipeline.publish.exports import write_exports
from pipeline.publish.lock import DataDirUnwritable, describe_os_error
from pipeline.publish.releases import RELEASES, point_latest_at
from pipeline.publish.views import CONSUMER_VIEWS
from pipeline.types import SourceReport
from schemas.meeting import SCHEMA_VERSION
from schemas.sources import SourceConfig
from schemas.tables import (
    CHANGES_SCHEMA,
    MEETINGS_SCHEMA,
    REJECTS_SCHEMA,
    SOURCES_SCHEMA,
    rows_table,
)

#: A table handed to the writer: a Parquet file (or several) from a stage, or Arrow.
TableInput: TypeAlias = Path | list[Path] | pa.Table

#: Rows per batch when streaming a stage's table into the release.
BATCH_ROWS = 50_000


@dataclass
class ReleaseContent:
    """What one run publishes."""

    version: str
    started_at: datetime
    previous_version: str | None
    meetings: TableInput
    rejects: TableInput
    sources: Sequence[SourceConfig]
    reports: dict[str, SourceReport]
    changes: TableInput | None = None
    #: Further tables from later stages (name -> table and schema), such as dedupe's
    #: `merges`: published as `<name>.parquet` and in meetings.duckdb like the others.
    extra_tables: dict[str, tuple[TableInput, pa.Schema]] = field(default_factory=dict)
    #: Extra files (name -> writer) from later stages, such as the review queue; they run
    #: inside the staging folder after the Parquet files and DuckDB exist.
    extra_files: dict[str, Callable[[Path], None]] = field(default_factory=dict)
    extra_manifest: dict[str, Any] = field(default_factory=dict)
    #: Seconds per stage of the run so far; publish adds its own before the manifest.
    timings: dict[str, float] = field(default_factory=dict)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sources_rows(content: ReleaseContent) -> list[dict[str, Any]]:
    """One row per source; its URL and error pass the scrubber (credentials, local paths)."""
    rows = []
    for source in content.sources:
        report = content.reports.get(source.id, SourceReport(source.id, status="disabled"))
        rows.append(
            {
                "source_id": source.id,
                "name": source.name,
                "platform": source.platform,
                "url": scrub_url(source.url),
                "fellowship": source.fellowship,
                "timezone": source.timezone,
                "country": source.country,
                "status": report.status if source.enabled else "disabled",
                "error": scrub_public(report.error),
                "fetched": report.fetched,
                "valid": report.valid,
                "rejected": report.rejected,
                "stale": report.stale,
                "crawl_seconds": round(report.crawl_seconds, 3),
                "counters": json.dumps(report.counters, sort_keys=True),
                "stale_nights": report.stale_nights,
                "dropped": report.dropped,
                "data_as_of": (
                    datetime.fromisoformat(report.data_as_of) if report.data_as_of else None
                ),
                "data_age_hours": report.data_age_hours,
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


def _batches(table: TableInput, schema: pa.Schema) -> Iterator[pa.Table]:
    """The input in the contract's column order and types, a batch at a time."""
    if isinstance(table, pa.Table):
        yield table.select(schema.names).cast(schema)
        return
    paths = table if isinstance(table, list) else [table]
    for path in paths:
        parquet = pq.ParquetFile(path)
        for batch in parquet.iter_batches(batch_size=BATCH_ROWS, columns=schema.names):
            yield pa.Table.from_batches([batch]).select(schema.names).cast(schema)


def write_table(table: TableInput | None, schema: pa.Schema, path: Path) -> None:
    """Stream `table` into `path` with exactly `schema`; an absent table is an empty one."""
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        writer.write_table(schema.empty_table())
        if table is not None:
            for part in _batches(table, schema):
                writer.write_table(part)


def _counts(folder: Path) -> dict[str, Any]:
    db = connect()
    meetings = sql_text(str(folder / "meetings.parquet"))
    total, stale = db.execute(
        f"SELECT count(*), count(*) FILTER (WHERE stale) FROM read_parquet({meetings})"
    ).fetchone() or (0, 0)
    (rejects,) = db.execute(
        f"SELECT count(*) FROM read_parquet({sql_list([folder / 'rejects.parquet'])})"
    ).fetchone() or (0,)
    changes = dict(
        db.execute(
            "SELECT change, count(*) FROM "
            f"read_parquet({sql_text(str(folder / 'changes.parquet'))}) GROUP BY 1"
        ).fetchall()
    )
    db.close()
    return {
        "meetings": int(total),
        "stale_meetings": int(stale),
        "rejects": int(rejects),
        "changes": {k: int(changes.get(k, 0)) for k in ("added", "changed", "removed")},
    }


def manifest_of(content: ReleaseContent, folder: Path) -> dict[str, Any]:
    files = {
        path.name: {"sha256": sha256_of(path), "bytes": path.stat().st_size}
        for path in sorted(folder.iterdir())
        if path.is_file()
    }
    counts = _counts(folder)
    return {
        "version": content.version,
        "schema_version": SCHEMA_VERSION,
        "previous_version": content.previous_version,
        "started_at": content.started_at.isoformat(),
        "counts": {
            "meetings": counts["meetings"],
            "stale_meetings": counts["stale_meetings"],
            "dropped_meetings": sum(r.dropped for r in content.reports.values()),
            "rejects": counts["rejects"],
            "sources": len(content.sources),
            "changes": counts["changes"],
        },
        "sources": {
            sid: asdict(report) | {"error": scrub_public(report.error)}
            for sid, report in sorted(content.reports.items())
        },
        "files": files,
        "timings": {k: round(v, 3) for k, v in content.timings.items()},
        **content.extra_manifest,
    }


#: Errors that say the data dir cannot take the release (see `describe_os_error`).
UNWRITABLE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM})


def write_release(data_dir: Path, content: ReleaseContent) -> Path:
    """Publish `content` as data/releases/<version> and point latest.json at it.

    A data dir that is full, read-only or not permitted raises `DataDirUnwritable` naming
    it; whatever fails, the last release and latest.json stay as they were.
    """
    try:
        return _write_release(data_dir, content)
    except OSError as exc:
        if exc.errno in UNWRITABLE:
            raise DataDirUnwritable(describe_os_error(data_dir, exc)) from exc
        raise


def _write_release(data_dir: Path, content: ReleaseContent) -> Path:
    releases = data_dir / RELEASES
    releases.mkdir(parents=True, exist_ok=True)
    final = releases / content.version
    if final.exists():
        raise FileExistsError(f"release {final} already exists; releases are immutable")
    staging = releases / f".partial-{content.version}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    started = time.monotonic()
    try:
        tables: dict[str, tuple[TableInput | None, pa.Schema]] = {
            "meetings": (content.meetings, MEETINGS_SCHEMA),
            "rejects": (content.rejects, REJECTS_SCHEMA),
            "sources": (rows_table(sources_rows(content), SOURCES_SCHEMA), SOURCES_SCHEMA),
            "changes": (content.changes, CHANGES_SCHEMA),
            **content.extra_tables,
        }
        paths: dict[str, Path] = {}
        for name, (table, schema) in tables.items():
            paths[name] = staging / f"{name}.parquet"
            write_table(table, schema, paths[name])
        check_meetings(paths["meetings"])
        write_duckdb(staging, paths)
        for name, writer in content.extra_files.items():
            writer(staging / name)
        exports = write_exports(staging)  # after the Parquet files, before the checksums
        content.timings["publish"] = time.monotonic() - started
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
