"""The published tables' Arrow schemas live in `schemas/tables.py`; re-exported here."""

from schemas.tables import (
    CHANGES_SCHEMA,
    MEETINGS_SCHEMA,
    REJECTS_SCHEMA,
    SOURCES_SCHEMA,
    meetings_from_table,
    meetings_table,
    rows_table,
)

__all__ = [
    "CHANGES_SCHEMA",
    "MEETINGS_SCHEMA",
    "REJECTS_SCHEMA",
    "SOURCES_SCHEMA",
    "meetings_from_table",
    "meetings_table",
    "rows_table",
]
