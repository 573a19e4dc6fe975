"""NA's BMLT aggregator export: the daily copy of every root server's meetings.

Layout (bmlt-enabled/aggregator docs/responsible-use.md), all under one base URL:
`manifest.json` first (every file's size, SHA-256 and record count, `schema_version`,
each root server's last successful import, `stale_root_servers`), then
`meetings.ndjson.gz` (one GetSearchResults meeting per line), `meetings/root-<id>.ndjson.gz`
per root server, `formats.json.gz`, `service_bodies.json.gz`, `root_servers.json`.

A file whose bytes do not match the manifest is a failure of the whole source (its last
good meetings are kept, stale), never a partial read. Root servers the aggregator has not
imported for 14 days are left out of `meetings.ndjson.gz`; when their own file is fetched,
their meetings come back marked stale, so they are carried knowingly, not as current.
The manifest's key spellings are data (`MANIFEST_KEYS`), since the document describes
the fields rather than fixing their names.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pipeline.normalize.mappers.bmlt_formats import FormatCatalog
from pipeline.normalize.mappers.common import KeyVariants, first
from pipeline.normalize.readers.bmlt import ServiceBody, read_service_bodies
from pipeline.normalize.readers.errors import PayloadError, load_json

#: The export layouts this reader understands.
SUPPORTED_SCHEMA_VERSIONS = frozenset({1})

MANIFEST = "manifest.json"
MEETINGS = "meetings.ndjson.gz"
FORMATS = "formats.json.gz"
SERVICE_BODIES = "service_bodies.json.gz"
ROOT_SERVERS = "root_servers.json"

MANIFEST_KEYS: KeyVariants = {
    "schema_version": ("schema_version", "schemaVersion"),
    "generated_at": ("generated_at", "generatedAt", "created_at"),
    "files": ("files",),
    "root_servers": ("root_servers", "rootServers"),
    "stale_root_servers": ("stale_root_servers", "staleRootServers"),
}
FILE_KEYS: KeyVariants = {
    "path": ("path", "name", "file"),
    "size": ("size", "bytes", "size_bytes"),
    "sha256": ("sha256", "checksum"),
    "records": ("records", "record_count", "count"),
}
ROOT_SERVER_KEYS: KeyVariants = {
    "id": ("id", "root_server_id"),
    "name": ("name",),
    "url": ("url", "rootURL", "root_server_url", "source_id"),
    "last_import": ("last_successful_import", "lastSuccessfulImport"),
}


class ChecksumMismatch(PayloadError):
    """A file whose size or SHA-256 differs from the manifest's: rejected whole."""


def root_file(root_server_id: str) -> str:
    return f"meetings/root-{root_server_id}.ndjson.gz"


@dataclass(frozen=True)
class ExportFile:
    path: str
    size: int | None
    sha256: str
    records: int | None = None


@dataclass(frozen=True)
class RootServer:
    id: str
    name: str | None = None
    url: str | None = None
    last_import: str | None = None


@dataclass
class ExportManifest:
    schema_version: int
    files: dict[str, ExportFile]
    root_servers: dict[str, RootServer]
    stale_root_servers: list[str]
    generated_at: str | None = None


def _text(value: object) -> str | None:
    return str(value).strip() if value is not None and str(value).strip() else None


def _root_server(value: object) -> RootServer | None:
    if isinstance(value, Mapping):
        own = _text(first(value, ROOT_SERVER_KEYS, "id"))
        if own is None:
            return None
        return RootServer(
            id=own,
            name=_text(first(value, ROOT_SERVER_KEYS, "name")),
            url=_text(first(value, ROOT_SERVER_KEYS, "url")),
            last_import=_text(first(value, ROOT_SERVER_KEYS, "last_import")),
        )
    own = _text(value)
    return RootServer(id=own) if own else None


def _file(path_hint: str | None, value: object) -> ExportFile:
    if not isinstance(value, Mapping):
        raise PayloadError(f"manifest.json: file entry {path_hint or value!r} is not an object")
    path = _text(first(value, FILE_KEYS, "path")) or path_hint
    digest = _text(first(value, FILE_KEYS, "sha256"))
    if not path or not digest:
        raise PayloadError(f"manifest.json: file entry {value!r} lacks a path or a sha256")
    size, records = first(value, FILE_KEYS, "size"), first(value, FILE_KEYS, "records")
    return ExportFile(
        path=path.lstrip("/"),
        size=int(size) if size is not None else None,
        sha256=digest.lower().removeprefix("sha256:"),
        records=int(records) if records is not None else None,
    )


def read_manifest(payload: bytes) -> ExportManifest:
    """The manifest, checked for a schema version this reader knows."""
    data = load_json(payload, MANIFEST)
    if not isinstance(data, Mapping):
        raise PayloadError(f"{MANIFEST} is a JSON {type(data).__name__}, not an object")
    version = first(data, MANIFEST_KEYS, "schema_version")
    try:
        schema_version = int(version)
    except (TypeError, ValueError):
        raise PayloadError(f"{MANIFEST}: schema_version {version!r} is not a number") from None
    if schema_version not in SUPPORTED_SCHEMA_VERSIONS:
        raise PayloadError(
            f"{MANIFEST}: schema_version {schema_version} is not one this reader knows "
            f"({sorted(SUPPORTED_SCHEMA_VERSIONS)}); the export's layout changed"
        )
    raw_files = first(data, MANIFEST_KEYS, "files") or []
    entries = (
        [_file(str(path), entry) for path, entry in raw_files.items()]
        if isinstance(raw_files, Mapping)
        else [_file(None, entry) for entry in raw_files]
    )
    servers = [_root_server(v) for v in first(data, MANIFEST_KEYS, "root_servers") or []]
    stale = [_root_server(v) for v in first(data, MANIFEST_KEYS, "stale_root_servers") or []]
    return ExportManifest(
        schema_version=schema_version,
        files={entry.path: entry for entry in entries},
        root_servers={s.id: s for s in servers if s is not None},
        stale_root_servers=[s.id for s in stale if s is not None],
        generated_at=_text(first(data, MANIFEST_KEYS, "generated_at")),
    )


def verify(manifest: ExportManifest, path: str, data: bytes) -> None:
    """Raise `ChecksumMismatch` unless `data` is the file the manifest describes."""
    entry = manifest.files.get(path)
    if entry is None:
        raise PayloadError(f"{path} is not listed in {MANIFEST}")
    if entry.size is not None and entry.size != len(data):
        raise ChecksumMismatch(
            f"{path}: {len(data)} bytes, the manifest says {entry.size}: "
            "a truncated or replaced download"
        )
    digest = hashlib.sha256(data).hexdigest()
    if digest != entry.sha256:
        raise ChecksumMismatch(
            f"{path}: sha256 {digest[:16]}... does not match the manifest's "
            f"{entry.sha256[:16]}...; the file is rejected whole"
        )


def changed_files(manifest: ExportManifest, known: Mapping[str, str]) -> list[str]:
    """Files whose SHA-256 differs from the one last fetched (path -> sha256)."""
    return sorted(p for p, e in manifest.files.items() if known.get(p) != e.sha256)


def gunzip(data: bytes, path: str) -> bytes:
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        raise PayloadError(f"{path} is not a gzip file ({exc})") from None


def read_ndjson_gz(data: bytes, path: str) -> tuple[list[Any], list[str]]:
    """Records of a gzipped NDJSON file, and one problem per line that is not JSON."""
    records: list[Any] = []
    problems: list[str] = []
    for number, text in enumerate(gunzip(data, path).decode("utf-8-sig").splitlines(), 1):
        if not text.strip():
            continue
        try:
            records.append(json.loads(text))
        except json.JSONDecodeError as exc:
            problems.append(f"{path} line {number} is not JSON ({exc.msg})")
    return records, problems


@dataclass
class ExportMeeting:
    raw: Any
    stale: bool = False


@dataclass
class ExportPayload:
    manifest: ExportManifest
    meetings: list[ExportMeeting]
    formats: FormatCatalog
    service_bodies: dict[str, ServiceBody] = field(default_factory=dict)
    root_servers: dict[str, RootServer] = field(default_factory=dict)
    #: problems that cost single lines, not the source (kept for the run's stats)
    problems: list[str] = field(default_factory=list)
    counters: Counter[str] = field(default_factory=Counter)

    @property
    def stale_root_servers(self) -> list[RootServer]:
        return [
            self.root_servers.get(i) or self.manifest.root_servers.get(i) or RootServer(id=i)
            for i in self.manifest.stale_root_servers
        ]


def _meetings(
    manifest: ExportManifest, path: str, data: bytes, stale: bool, problems: list[str]
) -> list[ExportMeeting]:
    records, bad_lines = read_ndjson_gz(data, path)
    problems.extend(bad_lines)
    expected = manifest.files[path].records
    if expected is not None and expected != len(records) + len(bad_lines):
        problems.append(f"{path}: {len(records)} records, the manifest says {expected}")
    stale_ids = set(manifest.stale_root_servers)
    meetings = []
    for raw in records:
        root = _text(raw.get("root_server_id")) if isinstance(raw, Mapping) else None
        meetings.append(ExportMeeting(raw, stale=stale or root in stale_ids))
    return meetings


def read_export(manifest_payload: bytes, files: Mapping[str, bytes]) -> ExportPayload:
    """Read and verify a fetched export: the manifest and whichever files were fetched.

    `files` maps a manifest path to its bytes; `meetings.ndjson.gz` is required. Stale
    servers' own files, when present, add their meetings marked stale.
    """
    manifest = read_manifest(manifest_payload)
    for path, data in files.items():
        verify(manifest, path, data)
    if MEETINGS not in files:
        raise PayloadError(f"{MEETINGS} was not fetched")
    problems: list[str] = []
    meetings = _meetings(manifest, MEETINGS, files[MEETINGS], False, problems)
    for stale_id in manifest.stale_root_servers:
        path = root_file(stale_id)
        if path in files:
            meetings.extend(_meetings(manifest, path, files[path], True, problems))
    formats = (
        FormatCatalog.from_json(load_json(gunzip(files[FORMATS], FORMATS), FORMATS))
        if FORMATS in files
        else FormatCatalog([])
    )
    bodies = (
        read_service_bodies(gunzip(files[SERVICE_BODIES], SERVICE_BODIES))
        if SERVICE_BODIES in files
        else {}
    )
    servers = dict(manifest.root_servers)
    if ROOT_SERVERS in files:
        listed = load_json(files[ROOT_SERVERS], ROOT_SERVERS)
        for value in listed if isinstance(listed, list) else []:
            server = _root_server(value)
            if server is not None:
                servers[server.id] = server
    return ExportPayload(manifest, meetings, formats, bodies, servers, problems)


def wanted_files(manifest: ExportManifest) -> list[str]:
    """The files a night reads, in order: all current meetings, each stale server's own
    meetings (carried as stale), then formats, service bodies and the server list."""
    stale = [root_file(i) for i in manifest.stale_root_servers]
    wanted = [MEETINGS, *stale, FORMATS, SERVICE_BODIES, ROOT_SERVERS]
    return [path for path in wanted if path in manifest.files]


def read_export_payload(manifest_payload: bytes, files: Mapping[str, bytes]) -> ExportPayload:
    """A crawled export: `read_export`, with its problems and stale servers counted."""
    payload = read_export(manifest_payload, files)
    counters = payload.counters
    counters["export/files"] = len(files)
    for problem in payload.problems:
        counters["export/problem"] += 1
        counters["export/bad_lines" if " line " in problem else "export/record_count"] += 1
    counters["export/stale_root_servers"] = len(payload.manifest.stale_root_servers)
    for stale_id in payload.manifest.stale_root_servers:
        if root_file(stale_id) not in files:
            counters["export/stale_root_server_without_file"] += 1
    return payload
