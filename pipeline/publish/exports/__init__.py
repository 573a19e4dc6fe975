"""What consumers take away from a release besides the tables: one module per file.

Each exporter reads the Parquet files already in the release folder (never the objects a
stage held in memory) and writes one file beside them, returning what it counted; the
counts go into the manifest under `exports`. `write_release` calls `write_exports` after
the Parquet files and before the manifest, so the manifest's checksums cover the exports.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pipeline.publish.exports.geojson import write_geojson
from pipeline.publish.exports.meeting_guide import write_meeting_guide
from pipeline.publish.exports.report import write_report

#: (file name, writer) for every export, in the order they are written.
EXPORTERS: tuple[tuple[str, Callable[[Path], dict[str, int]]], ...] = (
    ("meeting-guide.json", write_meeting_guide),
    ("meetings.geojson", write_geojson),
    ("report.html", write_report),
)


def write_exports(folder: Path) -> dict[str, dict[str, int]]:
    """Write every export into the release folder; their counts, keyed by file name."""
    return {name: writer(folder) for name, writer in EXPORTERS}
