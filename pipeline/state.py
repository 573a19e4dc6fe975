"""What a source leaves for the next night: HTTP validators, payload hash, its tables.

An unchanged feed costs nothing twice. The crawl sends the validators back as a
conditional request (If-None-Match / If-Modified-Since); a 304, or a 200 whose payload
has the same sha256, lets normalize copy last night's tables instead of parsing again.

The state is only trusted for the same normalizer: its fingerprint covers the source's
configuration and the source code of everything that shapes a meeting row, so a new
field parser or an edited sources entry re-normalizes every affected source.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from schemas.sources import SourceConfig

_ROOT = Path(__file__).resolve().parent.parent
#: Code whose change must invalidate every stored table.
_NORMALIZER_CODE = (
    "pipeline/normalize",
    "schemas/meeting.py",
    "schemas/tables.py",
    "schemas/vocab.py",
)

STATE_FILE = "state.json"
PARTS = "parts"
MEETINGS = "meetings.parquet"
REJECTS = "rejects.parquet"


@functools.cache
def normalizer_code_hash() -> str:
    digest = hashlib.sha256()
    for entry in _NORMALIZER_CODE:
        path = _ROOT / entry
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(_ROOT)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def fingerprint(source: SourceConfig) -> str:
    """Changes when the source's configuration or the normalizer's code changes."""
    text = source.model_dump_json() + normalizer_code_hash()
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass
class SourceState:
    url: str
    fingerprint: str
    sha256: str
    etag: str | None = None
    last_modified: str | None = None
    summary: dict[str, Any] = field(default_factory=dict)
    #: a multi-request source's responses by name: validators, sha256 and the stored file
    #: (under `parts/`), so a 304 or an unchanged export file reuses last night's bytes
    parts: dict[str, dict[str, Any]] = field(default_factory=dict)

    def part_file(self, state_dir: Path, source_id: str, name: str) -> Path | None:
        """Last good night's bytes of part `name`, when kept."""
        entry = self.parts.get(name)
        if not entry or not entry.get("file"):
            return None
        path = folder_of(state_dir, source_id) / PARTS / str(entry["file"])
        return path if path.is_file() else None


def folder_of(state_dir: Path, source_id: str) -> Path:
    return state_dir / "sources" / source_id


def load_state(state_dir: Path, source: SourceConfig) -> SourceState | None:
    """The source's state when it can be trusted for today's config and code, else None."""
    folder = folder_of(state_dir, source.id)
    path = folder / STATE_FILE
    if not path.is_file() or not (folder / MEETINGS).is_file() or not (folder / REJECTS).is_file():
        return None
    try:
        state = SourceState(**json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, TypeError):
        return None
    if state.fingerprint != fingerprint(source) or state.url != source.url:
        return None
    return state


def conditional_headers(state: SourceState | None) -> dict[str, str]:
    if state is None:
        return {}
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def save_state(
    state_dir: Path,
    source_id: str,
    state: SourceState,
    tables: dict[str, Path],
    parts: dict[str, Path] | None = None,
) -> None:
    """Replace the source's state in one rename, so a crash never pairs new validators
    with old tables (a 304 would then reuse the wrong meetings).

    `parts` are a multi-request source's response bodies by name, kept under `parts/`
    (`state.parts[name]["file"]` says where).
    """
    folder = folder_of(state_dir, source_id)
    folder.parent.mkdir(parents=True, exist_ok=True)
    temporary = folder.parent / f".{source_id}.{os.getpid()}.tmp"
    shutil.rmtree(temporary, ignore_errors=True)
    temporary.mkdir()
    for name, path in tables.items():
        shutil.copyfile(path, temporary / name)
    if parts:
        (temporary / PARTS).mkdir()
        for number, (name, path) in enumerate(sorted(parts.items())):
            file = f"{number:03d}.body"
            shutil.copyfile(path, temporary / PARTS / file)
            state.parts.setdefault(name, {})["file"] = file
    (temporary / STATE_FILE).write_text(json.dumps(asdict(state), indent=2), encoding="utf-8")
    old = folder.parent / f".{source_id}.{os.getpid()}.old"
    if folder.exists():
        folder.rename(old)
    temporary.rename(folder)
    shutil.rmtree(old, ignore_errors=True)
