"""The releases in a data dir: list, compare, verify, prune, find the report.

The logic behind `allpaths releases | diff | verify | prune | report`; the commands in
flows/cli.py only print what these return. Everything reads the published files (the
manifest and the Parquet files), so it works on any copy of a data dir.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq

from pipeline.publish.exports.meeting_guide_schema import feed_problems
from pipeline.publish.releases import LATEST, RELEASES, latest_release_path
from pipeline.publish.tables import CHANGES_SCHEMA, MEETINGS_SCHEMA, REJECTS_SCHEMA
from pipeline.publish.write import sha256_of
from schemas.meeting import SCHEMA_VERSION

MANIFEST = "manifest.json"
#: Columns that move every night without news for a consumer, and geocoding's own label of
#: a place (`pipeline/carry/changes.py` says why); changes.parquet skips them too.
BOOKKEEPING = frozenset({"first_seen", "last_seen", "stale", "geocoded_address"})
#: Parquet files whose columns the contract fixes (sources.parquet is checked by name only).
CONTRACT_SCHEMAS = {
    "meetings.parquet": MEETINGS_SCHEMA,
    "rejects.parquet": REJECTS_SCHEMA,
    "changes.parquet": CHANGES_SCHEMA,
}


class ReleaseNotFound(LookupError):
    """A release named on the command line that is not in the data dir."""


@dataclass(frozen=True)
class ReleaseSummary:
    version: str
    path: Path
    latest: bool
    counts: dict[str, Any]
    bytes: int


def release_dirs(data_dir: Path) -> list[Path]:
    """Published releases, oldest first (versions sort as they read); partial ones skipped."""
    root = data_dir / RELEASES
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def read_manifest(release: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((release / MANIFEST).read_text(encoding="utf-8"))
    return document


def list_releases(data_dir: Path) -> list[ReleaseSummary]:
    latest = latest_release_path(data_dir)
    summaries = []
    for path in release_dirs(data_dir):
        try:
            counts = read_manifest(path).get("counts", {})
        except (OSError, ValueError):
            counts = {}
        size = sum(f.stat().st_size for f in path.iterdir() if f.is_file())
        is_latest = latest is not None and path.resolve() == latest.resolve()
        summaries.append(ReleaseSummary(path.name, path, is_latest, counts, size))
    return summaries


def resolve_release(data_dir: Path, name: str | None) -> Path:
    """A release by version, by path, or (no name) the one latest.json points at."""
    if name is None:
        latest = latest_release_path(data_dir)
        if latest is None:
            raise ReleaseNotFound(f"no {LATEST} in {data_dir}: nothing published yet")
        return latest
    as_path = Path(name)
    if (as_path / MANIFEST).is_file() or (as_path.is_dir() and as_path.parent.name == RELEASES):
        return as_path
    candidate = data_dir / RELEASES / name
    if candidate.is_dir():
        return candidate
    known = ", ".join(p.name for p in release_dirs(data_dir)[-5:]) or "none"
    raise ReleaseNotFound(f"no release {name!r} in {data_dir / RELEASES} (newest: {known})")


# --- verify ----------------------------------------------------------------------------


def _schema_problems(release: Path, manifest: dict[str, Any]) -> list[str]:
    if manifest.get("schema_version") != SCHEMA_VERSION:
        return []  # written under another contract; its columns are that contract's
    problems = []
    for name, expected in CONTRACT_SCHEMAS.items():
        path = release / name
        if not path.is_file():
            continue  # already reported as missing
        actual = pq.read_schema(path)
        if actual.names != expected.names:
            problems.append(f"{name}: columns {actual.names} are not the contract's")
            continue
        for column in expected.names:
            if actual.field(column).type != expected.field(column).type:
                problems.append(
                    f"{name}: column {column} is {actual.field(column).type}, "
                    f"the contract says {expected.field(column).type}"
                )
    meetings = release / "meetings.parquet"
    counted = manifest.get("counts", {}).get("meetings")
    if meetings.is_file() and counted is not None:
        rows = pq.read_metadata(meetings).num_rows
        if rows != counted:
            problems.append(f"meetings.parquet has {rows} rows, the manifest says {counted}")
    feed = release / "meeting-guide.json"
    if feed.is_file():
        try:
            problems += [
                f"meeting-guide.json: {p}"
                for p in feed_problems(json.loads(feed.read_text("utf-8")))[:20]
            ]
        except ValueError as exc:
            problems.append(f"meeting-guide.json is not JSON: {exc}")
    return problems


def verify_release(release: Path) -> list[str]:
    """Every way the release differs from its manifest (checksums, sizes, files, schema)."""
    try:
        manifest = read_manifest(release)
    except FileNotFoundError:
        return [f"{MANIFEST} is missing"]
    except ValueError as exc:
        return [f"{MANIFEST} is not JSON: {exc}"]
    problems = []
    listed: dict[str, dict[str, Any]] = manifest.get("files", {})
    for name, entry in sorted(listed.items()):
        path = release / name
        if not path.is_file():
            problems.append(f"{name}: missing")
            continue
        if path.stat().st_size != entry.get("bytes"):
            problems.append(
                f"{name}: {path.stat().st_size} bytes, the manifest says {entry.get('bytes')}"
            )
        if sha256_of(path) != entry.get("sha256"):
            problems.append(f"{name}: sha256 differs from the manifest")
    for path in sorted(release.iterdir()):
        if path.is_file() and path.name != MANIFEST and path.name not in listed:
            problems.append(f"{path.name}: not in the manifest")
    return problems + _schema_problems(release, manifest)


# --- diff ------------------------------------------------------------------------------


@dataclass
class ReleaseDiff:
    rows: list[dict[str, Any]] = field(default_factory=list)

    def count(self, change: str) -> int:
        return sum(r["change"] == change for r in self.rows)


def diff_releases(old: Path, new: Path) -> ReleaseDiff:
    """Meetings added, removed or changed from `old` to `new`, naming the changed columns.

    One DuckDB query over the two meetings.parquet files; columns only one release has
    (a contract change) are not compared.
    """
    old_file, new_file = old / "meetings.parquet", new / "meetings.parquet"
    old_columns = pq.read_schema(old_file).names
    new_columns = set(pq.read_schema(new_file).names)
    compared = [c for c in old_columns if c in new_columns and c not in BOOKKEEPING]
    checks = ", ".join(
        f'CASE WHEN o."{c}" IS DISTINCT FROM n."{c}" THEN \'{c}\' END'
        for c in compared
        if c != "meeting_id"
    )
    query = f"""
        SELECT * FROM (
            SELECT
                coalesce(n.meeting_id, o.meeting_id) AS meeting_id,
                coalesce(n.source_id, o.source_id) AS source_id,
                coalesce(n.name, o.name) AS name,
                CASE WHEN o.meeting_id IS NULL THEN 'added'
                     WHEN n.meeting_id IS NULL THEN 'removed' ELSE 'changed' END AS change,
                CASE WHEN o.meeting_id IS NULL OR n.meeting_id IS NULL THEN []
                     ELSE list_filter([{checks}], lambda f: f IS NOT NULL) END AS fields
            FROM read_parquet($old) AS o
            FULL OUTER JOIN read_parquet($new) AS n ON o.meeting_id = n.meeting_id
        )
        WHERE change <> 'changed' OR len(fields) > 0
        ORDER BY change, source_id, name, meeting_id
    """
    with duckdb.connect() as connection:
        result = connection.sql(query, params={"old": str(old_file), "new": str(new_file)})
        return ReleaseDiff(result.to_arrow_table().to_pylist())


# --- prune -----------------------------------------------------------------------------


def prune_releases(data_dir: Path, keep: int, *, dry_run: bool = False) -> list[Path]:
    """Remove all but the newest `keep` releases; the one latest.json names always stays."""
    if keep < 1:
        raise ValueError("keep must be at least 1")
    latest = latest_release_path(data_dir)
    releases = release_dirs(data_dir)
    doomed = [p for p in releases[:-keep] if latest is None or p.resolve() != latest.resolve()]
    if not dry_run:
        for path in doomed:
            shutil.rmtree(path)
    return doomed


def report_path(data_dir: Path, name: str | None) -> Path:
    release = resolve_release(data_dir, name)
    report = release / "report.html"
    if not report.is_file():
        raise ReleaseNotFound(f"{release.name} has no report.html (published before reports)")
    return report
