"""Last night's MAT decisions, kept for tonight: keyed by the listing's text and the rules.

Tagging is per-record Python, and an unchanged night used to redo all of it: 46 s of a
1,000,000-meeting second night went to deciding again what was decided the night before.
The decision of the engine depends on nothing but the listing's words (fellowship, name,
group name, notes, type codes, location name) and the rules, so a decision is stored
under a key of exactly those words, in a file named by the rules' version.

The rules' version is not a number anyone bumps: it is a hash of the source of every
project module the engine is built from (`pipeline/mat/tagging.py` and what it imports,
transitively: engine, frame, guard, lexicon, rules, scope, `schemas/vocab.py`), found by
reading their imports, and of the data files they load (`RULES_DATA`: the learned
reader's weights). Editing a cue, a threshold or a line of logic, or retraining, gives a
new version, and the cache of the old one is never read again (and is removed at the next
save).

The cache lives in the data dir's persistent state (`state/mat/decisions-<version>.parquet`)
and holds tonight's decisions only, so it never grows past one night's distinct listings.
Reviews are not cached: they are applied after the cache, every night, from the files.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import importlib.util
import os
import sys
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.duck import sql_text
from pipeline.mat.learned.model import WEIGHTS_PATH

#: The module whose import closure (within the project) makes up the rules.
RULES_ENTRY = "pipeline.mat.tagging"
#: Packages of this project; imports of anything else (re, pyarrow...) are not followed.
PROJECT_PACKAGES = ("pipeline", "schemas")
#: Data files the rules load: a retrained model is new rules though no source changed.
RULES_DATA: tuple[Path, ...] = (WEIGHTS_PATH,)
#: Folder under the data dir's state/.
CACHE_FOLDER = "mat"
_PREFIX = "decisions-"

#: The cached decision of one listing: the meetings table's MAT columns under its key.
DECISIONS_SCHEMA = pa.schema(
    [
        ("decision_key", pa.string()),
        ("mat_status", pa.string()),
        ("mat_confidence", pa.float64()),
        ("mat_evidence", pa.list_(pa.string())),
        ("mat_needs_review", pa.bool_()),
        ("mat_decided_by", pa.string()),
    ]
)

#: DuckDB expression of a meetings row's decision key: every field the engine's Listing
#: holds (never the id), as the engine sees them (`source_types`, else `types`), in an
#: unambiguous JSON encoding, hashed. 32 hex digits: a collision among a million
#: listings has odds of about 1 in 10^27.
DECISION_KEY_SQL = """substr(sha256(to_json({
    'fellowship': fellowship, 'name': name, 'group_name': group_name, 'notes': notes,
    'location_name': location_name,
    'types': CASE WHEN len(source_types) > 0 THEN source_types ELSE coalesce(types, []) END
})), 1, 32)"""


def _project_imports(module: str, source: str) -> set[str]:
    """The project modules `source` (the text of `module`) imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source, filename=module)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        for name in names:
            if name.split(".")[0] in PROJECT_PACKAGES and _origin(name) is not None:
                found.add(name)
    return found


def _origin(module: str) -> Path | None:
    """The source file of a project module; None for a name that is not a module."""
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
        return None
    return Path(spec.origin)


def rules_modules(entry: str = RULES_ENTRY) -> dict[str, Path]:
    """Every project module `entry` is built from, itself included, by name."""
    seen: dict[str, Path] = {}
    todo = [entry]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        path = _origin(name)
        if path is None:
            continue
        seen[name] = path
        todo.extend(_project_imports(name, path.read_text(encoding="utf-8")))
    return dict(sorted(seen.items()))


def version_of(modules: dict[str, Path], data: tuple[Path, ...] = RULES_DATA) -> str:
    """A hash of these modules' source and the rules' data files (and the Python whose `re`
    runs them); 16 hex digits."""
    digest = hashlib.sha256(f"python {sys.version_info[0]}.{sys.version_info[1]}".encode())
    for name, path in sorted(modules.items()):
        digest.update(f"\0{name}\0".encode())
        digest.update(path.read_bytes())
    for path in data:
        digest.update(f"\0{path.name}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@functools.cache
def rules_version() -> str:
    """The version of the MAT rules this process runs: `version_of(rules_modules())`."""
    return version_of(rules_modules())


class DecisionCache:
    """The decisions file of one rules version in `folder` (the state's mat/ folder)."""

    def __init__(self, folder: Path, version: str | None = None) -> None:
        self.folder = folder
        self.version = version or rules_version()

    @property
    def path(self) -> Path:
        return self.folder / f"{_PREFIX}{self.version}.parquet"

    def exists(self) -> bool:
        return self.path.is_file()

    def others(self) -> list[Path]:
        """Files of other rules versions: written by older (or newer) rules."""
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.glob(f"{_PREFIX}*.parquet") if p != self.path)

    def rows(self) -> int:
        """Decisions in the file (0 when there is none)."""
        return pq.ParquetFile(self.path).metadata.num_rows if self.exists() else 0

    def source_sql(self) -> str:
        """A DuckDB relation of the cached decisions (empty when there are none)."""
        if self.exists():
            return f"read_parquet({sql_text(str(self.path))})"
        return self.empty_sql()

    @staticmethod
    def empty_sql() -> str:
        """A DuckDB relation with the decisions' columns and no rows."""
        columns = ", ".join(
            f"NULL::{t} AS {n}"
            for n, t in (
                ("decision_key", "VARCHAR"), ("mat_status", "VARCHAR"),
                ("mat_confidence", "DOUBLE"), ("mat_evidence", "VARCHAR[]"),
                ("mat_needs_review", "BOOLEAN"), ("mat_decided_by", "VARCHAR"),
            )
        )  # fmt: skip
        return f"(SELECT {columns} LIMIT 0)"

    def save(self, connection: duckdb.DuckDBPyConnection, relation: str) -> None:
        """Replace the cache with `relation` (a DuckDB query of DECISIONS_SCHEMA's columns).

        Written beside the final name and renamed, so a crash leaves the old file or the
        new one, never half of one; files of other rules versions are removed after.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        partial = self.folder / f".{self.path.name}.{os.getpid()}.tmp"
        connection.execute(
            f"COPY ({relation}) TO {sql_text(str(partial))} (FORMAT parquet, COMPRESSION zstd)"
        )
        os.replace(partial, self.path)
        for old in self.others():
            old.unlink(missing_ok=True)
