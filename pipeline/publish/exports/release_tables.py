"""A release folder's Parquet files as DuckDB views, for whole-table export work.

Every export reads the files already written to the release folder, never the objects a
stage held in memory, so exports depend only on the published contract: they keep
working however the stages before them hand data to each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import duckdb

#: The tables a release folder holds as `<name>.parquet`.
RELEASE_TABLES = ("meetings", "sources", "changes", "rejects")
#: Tables later stages add (dedupe's pair scores); a release without one has no view of it.
OPTIONAL_TABLES = ("merges",)


def connect_release(folder: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per Parquet table of `folder`.

    A table whose file is missing is an error naming the file: an export built from half
    a release would be worse than none.
    """
    connection = duckdb.connect()
    connection.execute("SET TimeZone = 'UTC'")
    for name in RELEASE_TABLES:
        path = folder / f"{name}.parquet"
        if not path.is_file():
            connection.close()
            raise FileNotFoundError(f"{path} is missing: exports read the release's Parquet files")
        literal = str(path).replace("'", "''")
        connection.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{literal}')")
    for name in OPTIONAL_TABLES:
        path = folder / f"{name}.parquet"
        if path.is_file():
            literal = str(path).replace("'", "''")
            connection.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{literal}')")
    return connection


def records(
    connection: duckdb.DuckDBPyConnection, query: str, params: Mapping[str, object] | None = None
) -> list[dict[str, Any]]:
    """The rows of `query` as dicts (through Arrow, one conversion for the whole table)."""
    rows: list[dict[str, Any]] = (
        connection.sql(query, params=dict(params) if params else None).to_arrow_table().to_pylist()
    )
    return rows
