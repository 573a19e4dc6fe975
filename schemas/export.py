"""Write docs/meeting.schema.json: the meeting record as JSON Schema, for consumers.

    python -m schemas.export

A test fails when the committed file no longer matches `schemas.meeting.Meeting`.
"""

from __future__ import annotations

import json
from pathlib import Path

from schemas.meeting import SCHEMA_VERSION, Meeting

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "docs" / "meeting.schema.json"


def meeting_json_schema() -> str:
    schema = Meeting.model_json_schema()
    schema["$id"] = f"https://allpaths.invalid/schema/meeting/{SCHEMA_VERSION}"
    schema["title"] = f"allpaths meeting (schema_version {SCHEMA_VERSION})"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    SCHEMA_PATH.write_text(meeting_json_schema(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
