"""One way to open DuckDB for the stages' set work, with bounded memory.

DuckDB spills to disk past its memory limit, so a night of a million meetings joins
against the last release without holding either in Python. The limit is data:
`ALLPATHS_DUCKDB_MEMORY` (DuckDB's syntax, e.g. `2GB`) overrides the default.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import duckdb

DEFAULT_MEMORY_LIMIT = "1GB"


def connect(temp_dir: Path | None = None) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect()
    limit = os.environ.get("ALLPATHS_DUCKDB_MEMORY", DEFAULT_MEMORY_LIMIT)
    connection.execute(f"SET memory_limit = '{limit}'")
    if temp_dir is not None:
        temp_dir.mkdir(parents=True, exist_ok=True)
        connection.execute(f"SET temp_directory = '{temp_dir}'")
    connection.execute("SET TimeZone = 'UTC'")
    return connection


def sql_list(paths: Sequence[Path | str]) -> str:
    """A DuckDB list literal of file paths, quoted."""
    return "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths) + "]"


def sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
