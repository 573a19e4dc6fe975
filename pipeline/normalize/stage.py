"""Normalize as a stage: one source's fetched payload to its two Parquet files.

Output per source, under the run's work dir: `normalized/<source>/meetings.parquet` and
`rejects.parquet`, typed by `schemas/tables.py`. An unchanged payload (a 304 answer, or
the same sha256 as the payload behind the stored tables) is not parsed again: the
tables kept in the state dir are copied, and the source is counted as `reused`.
"""

from __future__ import annotations

import dataclasses
import shutil
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.normalize.fields.decoding import replace_lone_surrogates
from pipeline.normalize.source import SourceRows, feed_failure, normalize_payload
from pipeline.state import MEETINGS, REJECTS, SourceState, fingerprint, load_state, save_state
from pipeline.types import Fetched, NormalizedSource
from schemas.sources import SourceConfig
from schemas.tables import MEETINGS_SCHEMA, REJECTS_SCHEMA


def _arrow_table(rows: list[dict[str, Any]], schema: pa.Schema, counters: Counter[str]) -> pa.Table:
    """Rows as Arrow; a string Arrow cannot store (a lone surrogate) is repaired, counted.

    The fast path is one call; only a source whose rows fail to convert pays for the walk,
    so no record is ever lost at the writer.
    """
    try:
        return pa.Table.from_pylist(rows, schema=schema)
    except (UnicodeError, pa.ArrowInvalid):
        repaired, fixed = replace_lone_surrogates([dict(row) for row in rows])
        counters["text/lone_surrogates_replaced"] += fixed
        return pa.Table.from_pylist(repaired, schema=schema)


def write_rows(rows: SourceRows, folder: Path) -> tuple[Path, Path]:
    """A source's meetings and rejects as Parquet; every row is written, none dropped."""
    folder.mkdir(parents=True, exist_ok=True)
    meetings, rejects = folder / MEETINGS, folder / REJECTS
    pq.write_table(_arrow_table(rows.meetings, MEETINGS_SCHEMA, rows.counters), meetings)
    pq.write_table(_arrow_table(rows.rejects, REJECTS_SCHEMA, rows.counters), rejects)
    return meetings, rejects


def write_source(
    rows: SourceRows, folder: Path, http_status: int | None = None
) -> NormalizedSource:
    """Write a source's rows and say what the next stages need of them: paths and counts."""
    meetings, rejects = write_rows(rows, folder)
    return NormalizedSource(
        source_id=rows.source_id,
        meetings_path=str(meetings),
        rejects_path=str(rejects),
        fetched=rows.fetched,
        valid=len(rows.meetings),
        rejected=len(rows.rejects),
        failure=rows.failure,
        counters=dict(rows.counters),
        http_status=http_status,
    )


def part_validators(fetched: Fetched) -> dict[str, dict[str, Any]]:
    """A multi-request source's responses' validators and sha256, by name, for next night."""
    if fetched.name is None:
        return {}
    first = {"etag": fetched.etag, "last_modified": fetched.last_modified}
    found = {fetched.name: {**first, "sha256": fetched.body_sha256 or fetched.sha256}}
    for part in fetched.parts:
        found[part.name] = {
            "etag": part.etag,
            "last_modified": part.last_modified,
            "sha256": part.sha256,
        }
    return found


def part_bodies(fetched: Fetched) -> dict[str, Path]:
    """A multi-request source's stored responses by name, kept for a 304 or an unchanged file."""
    if fetched.name is None:
        return {}
    bodies = {p.name: Path(p.body_path) for p in fetched.parts if p.body_path}
    if fetched.body_path:
        bodies[fetched.name] = Path(fetched.body_path)
    return bodies


def _reusable(state: SourceState | None, fetched: Fetched) -> bool:
    if state is None or fetched.error is not None:
        return False
    return fetched.not_modified or fetched.sha256 == state.sha256


def normalize_fetched(
    source: SourceConfig, fetched: Fetched, out_dir: Path, state_dir: Path | None = None
) -> NormalizedSource:
    """Normalize one source into `out_dir/<source>/`, reusing last night's tables if unchanged."""
    started = time.monotonic()
    folder = out_dir / source.id
    state = load_state(state_dir, source) if state_dir is not None else None
    if state is not None and _reusable(state, fetched):
        assert state_dir is not None
        folder.mkdir(parents=True, exist_ok=True)
        stored = state_dir / "sources" / source.id
        for name in (MEETINGS, REJECTS):
            shutil.copyfile(stored / name, folder / name)
        summary = state.summary
        return NormalizedSource(
            source_id=source.id,
            meetings_path=str(folder / MEETINGS),
            rejects_path=str(folder / REJECTS),
            fetched=int(summary.get("fetched", 0)),
            valid=int(summary.get("valid", 0)),
            rejected=int(summary.get("rejected", 0)),
            counters={**summary.get("counters", {}), "reused/unchanged_payload": 1},
            reused=True,
            http_status=fetched.status,
            seconds=time.monotonic() - started,
        )
    if fetched.not_modified:  # a 304 without usable state: cannot happen unless state vanished
        fetched = dataclasses.replace(
            fetched, error="304 Not Modified, but no stored table to reuse"
        )
    body = Path(fetched.body_path).read_bytes() if fetched.body_path else b""
    parts = {p.name: Path(p.body_path).read_bytes() for p in fetched.parts if p.body_path}
    rows = normalize_payload(source, fetched, body, parts)
    result = write_source(rows, folder, http_status=fetched.status)
    if state_dir is not None and rows.failure is None and fetched.sha256:
        save_state(
            state_dir,
            source.id,
            SourceState(
                url=source.url,
                fingerprint=fingerprint(source),
                sha256=fetched.sha256,
                etag=fetched.etag,
                last_modified=fetched.last_modified,
                summary={
                    "fetched": result.fetched,
                    "valid": result.valid,
                    "rejected": result.rejected,
                    "counters": result.counters,
                },
                parts=part_validators(fetched),
            ),
            {MEETINGS: Path(result.meetings_path), REJECTS: Path(result.rejects_path)},
            part_bodies(fetched),
        )
    result.seconds = time.monotonic() - started
    return result


def failed_source(
    source: SourceConfig, fetched: Fetched, reason: str, out_dir: Path
) -> NormalizedSource:
    """A source whose normalization never finished (its task crashed or timed out): failed
    with the reason and one `feed:` reject, so it keeps its last good meetings, stale."""
    folder = out_dir / source.id
    rows = feed_failure(source, fetched, reason, "")
    meetings, rejects = write_rows(rows, folder)
    return NormalizedSource(
        source_id=source.id,
        meetings_path=str(meetings),
        rejects_path=str(rejects),
        rejected=len(rows.rejects),
        failure=reason,
        http_status=fetched.status,
    )
