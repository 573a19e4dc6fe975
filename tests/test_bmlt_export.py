"""The aggregator export reader, on the demo export (demo/bmlt_export) and broken copies."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from pipeline.normalize.mappers.bmlt import map_record
from pipeline.normalize.readers.bmlt_export import (
    MEETINGS,
    ChecksumMismatch,
    ExportPayload,
    changed_files,
    read_export,
    read_manifest,
    root_file,
)
from pipeline.normalize.readers.errors import PayloadError
from tests.conftest import DEMO

EXPORT = DEMO / "bmlt_export"


def export_files(root: Path = EXPORT) -> tuple[bytes, dict[str, bytes]]:
    manifest = (root / "manifest.json").read_bytes()
    paths = [entry["path"] for entry in json.loads(manifest)["files"]]
    return manifest, {path: (root / path).read_bytes() for path in paths}


def test_manifest_lists_files_servers_and_the_stale_one() -> None:
    manifest = read_manifest((EXPORT / "manifest.json").read_bytes())
    assert manifest.schema_version == 1
    assert set(manifest.files) >= {MEETINGS, "formats.json.gz", "root_servers.json"}
    assert manifest.files[MEETINGS].records == 70 and len(manifest.files[MEETINGS].sha256) == 64
    assert set(manifest.root_servers) == {"1", "2", "3"}
    assert manifest.stale_root_servers == ["3"]
    assert manifest.root_servers["3"].last_import == "2026-10-25T05:20:00Z"


def test_reads_current_meetings_and_carries_the_stale_server_as_stale() -> None:
    manifest, files = export_files()
    payload = read_export(manifest, files)
    assert payload.problems == []
    current = [m for m in payload.meetings if not m.stale]
    stale = [m for m in payload.meetings if m.stale]
    assert len(current) == 70 and {m.raw["root_server_id"] for m in current} == {"1", "2"}
    assert len(stale) == 12 and {m.raw["root_server_id"] for m in stale} == {"3"}
    assert [s.name for s in payload.stale_root_servers] == ["Old Mountain Region"]
    assert payload.service_bodies["2"].name == "Tri-County Area"


def test_without_the_stale_servers_file_only_current_meetings() -> None:
    manifest, files = export_files()
    del files[root_file("3")]
    payload = read_export(manifest, files)
    assert len(payload.meetings) == 70 and not any(m.stale for m in payload.meetings)


def mapped(payload: ExportPayload) -> tuple[list[object], Counter[str]]:
    counters: Counter[str] = Counter()
    out = [map_record(m.raw, counters, payload.formats, stale=m.stale) for m in payload.meetings]
    return out, counters


def test_export_meetings_map_through_each_servers_formats() -> None:
    manifest, files = export_files()
    fields, counters = mapped(read_export(manifest, files))
    assert len(fields) == 82
    assert counters["field/types/unknown_format"] == 0  # every id found in formats.json.gz
    ids = [f.own_id for f in fields]  # type: ignore[attr-defined]
    assert len(set(ids)) == len(ids) and all("-" in i for i in ids)  # root server prefix
    assert sum(f.stale for f in fields) == 12  # type: ignore[attr-defined]


def test_checksum_mismatch_rejects_the_export(tmp_path: Path) -> None:
    manifest, files = export_files()
    lines = gzip.decompress(files[MEETINGS]).decode().splitlines()
    tampered = gzip.compress(("\n".join(lines[:-1]) + "\n").encode(), mtime=0)
    with pytest.raises(ChecksumMismatch, match=r"meetings\.ndjson\.gz: .* bytes, the manifest"):
        read_export(manifest, {**files, MEETINGS: tampered})
    same_size = bytearray(files[MEETINGS])
    same_size[-5] ^= 0xFF
    with pytest.raises(ChecksumMismatch, match=r"sha256 .* does not match"):
        read_export(manifest, {**files, MEETINGS: bytes(same_size)})


def relisted(manifest: bytes, path: str, data: bytes, records: int | None = None) -> bytes:
    document = json.loads(manifest)
    for entry in document["files"]:
        if entry["path"] == path:
            entry.update(size=len(data), sha256=hashlib.sha256(data).hexdigest())
            if records is not None:
                entry["records"] = records
    return json.dumps(document).encode()


def test_a_bad_line_costs_only_itself() -> None:
    manifest, files = export_files()
    lines = gzip.decompress(files[MEETINGS]).decode().splitlines()
    body = gzip.compress(("\n".join([*lines, "{not json"]) + "\n").encode(), mtime=0)
    payload = read_export(relisted(manifest, MEETINGS, body, 71), {**files, MEETINGS: body})
    assert len([m for m in payload.meetings if not m.stale]) == 70
    assert payload.problems == [
        "meetings.ndjson.gz line 71 is not JSON (Expecting property name enclosed in double quotes)"
    ]


def test_not_gzip_and_missing_meetings_are_failures() -> None:
    manifest, files = export_files()
    body = b"<html>CDN error</html>"
    with pytest.raises(PayloadError, match="not a gzip file"):
        read_export(relisted(manifest, MEETINGS, body), {**files, MEETINGS: body})
    del files[MEETINGS]
    with pytest.raises(PayloadError, match=r"meetings\.ndjson\.gz was not fetched"):
        read_export(manifest, files)


def test_unknown_schema_version_is_a_failure() -> None:
    document = json.loads((EXPORT / "manifest.json").read_bytes())
    document["schema_version"] = 2
    with pytest.raises(PayloadError, match="schema_version 2 is not one this reader knows"):
        read_manifest(json.dumps(document).encode())


def test_manifest_key_variants_and_changed_files() -> None:
    manifest = read_manifest(
        json.dumps(
            {
                "schemaVersion": "1",
                "files": {"meetings.ndjson.gz": {"bytes": 10, "checksum": "sha256:AB" + "0" * 62}},
                "rootServers": [{"id": 5, "name": "X", "lastSuccessfulImport": "2026-11-01"}],
                "staleRootServers": [5],
            }
        ).encode()
    )
    assert manifest.files[MEETINGS].sha256 == "ab" + "0" * 62
    assert manifest.root_servers["5"].last_import == "2026-11-01"
    assert manifest.stale_root_servers == ["5"]
    assert changed_files(manifest, {MEETINGS: "ab" + "0" * 62}) == []
    assert changed_files(manifest, {}) == [MEETINGS]
