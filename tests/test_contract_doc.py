"""docs/data-contract.md and the Parquet schema say the same thing."""

from __future__ import annotations

import re

import pyarrow as pa

from pipeline.publish.tables import MEETINGS_SCHEMA, REJECTS_SCHEMA
from schemas.meeting import SCHEMA_VERSION
from tests.conftest import ROOT

DOC = (ROOT / "docs" / "data-contract.md").read_text(encoding="utf-8")

DOC_TYPES = {
    "string": pa.string(), "list<string>": pa.list_(pa.string()), "int8": pa.int8(),
    "time": pa.time64("us"), "double": pa.float64(), "bool": pa.bool_(),
    "timestamp": pa.timestamp("us", tz="UTC"),
}  # fmt: skip


def table_after(heading: str) -> list[tuple[str, str]]:
    section = DOC.split(heading, 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (\w+) \| ([\w<>]+) \|", section, flags=re.MULTILINE)
    return [(name, kind) for name, kind in rows if name != "column"]


def test_meetings_columns_and_types_match_the_doc() -> None:
    documented = table_after("## `meetings`")
    assert [name for name, _ in documented] == MEETINGS_SCHEMA.names
    for name, kind in documented:
        assert MEETINGS_SCHEMA.field(name).type == DOC_TYPES[kind], name


def test_rejects_columns_match_the_doc() -> None:
    assert [name for name, _ in table_after("## `rejects`")] == REJECTS_SCHEMA.names


def test_schema_version_is_documented() -> None:
    assert f"schema_version: {SCHEMA_VERSION}" in DOC


def test_json_schema_file_is_current() -> None:
    from schemas.export import SCHEMA_PATH, meeting_json_schema

    assert SCHEMA_PATH.read_text(encoding="utf-8") == meeting_json_schema(), (
        "run `python -m schemas.export` after changing schemas/meeting.py"
    )
