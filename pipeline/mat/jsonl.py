"""`allpaths tag`: JSON Lines of listings in, one decision a line out, in order.

A maintainer pipes listings through it to ask "why"; the nightly run uses the same
engine. One bad line gets an error line of its own and the run goes on: a line that is
not JSON, nested too deeply for the parser, or longer than `MAX_LINE_CHARS` (read in
bounded pieces, never whole) gets an error line; text fields longer than the nightly
run's limits (`TEXT_LIMITS`) are cut as normalization cuts them, and named under
`truncated`, so one huge note cannot hold the command.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from pipeline.mat.engine import Listing, MatDecision, tag_mat
from pipeline.normalize.fields.text import TEXT_LIMITS

#: Longest input line read; the rest of a longer line is skipped in bounded pieces.
MAX_LINE_CHARS = 1_000_000
_SKIP_CHUNK = 1 << 20
#: Text fields the engine reads, cut to the nightly run's limits before tagging.
TAG_TEXT_LIMITS = {field: TEXT_LIMITS[field] for field in ("name", "group_name", "notes")}
TAG_TEXT_LIMITS["location_name"] = TEXT_LIMITS["location_name"]


def bounded_lines(stream: TextIO, limit: int = MAX_LINE_CHARS) -> Iterator[str]:
    """Lines of `stream`, each cut after `limit + 1` characters without reading the rest
    into memory (so `tag_line` can tell a line was too long)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            while True:  # skip the rest of the line in bounded pieces
                rest = stream.readline(_SKIP_CHUNK)
                if not rest or rest.endswith("\n"):
                    break
        yield line


def _cut_fields(data: dict[str, Any]) -> list[str]:
    cut = []
    for field, limit in TAG_TEXT_LIMITS.items():
        value = data.get(field)
        if isinstance(value, str) and len(value) > limit:
            data[field] = value[:limit]
            cut.append(field)
    return cut


def decision_record(listing_id: Any, decision: MatDecision) -> dict[str, Any]:
    return {
        "id": listing_id,
        "mat_status": decision.status,
        "mat_confidence": decision.confidence,
        "mat_evidence": list(decision.evidence),
        "mat_needs_review": decision.needs_review,
    }


def tag_line(line: str, number: int) -> dict[str, Any]:
    if len(line.rstrip("\n")) > MAX_LINE_CHARS:
        error = f"line is longer than {MAX_LINE_CHARS:,} characters; not read"
        return {"id": None, "line": number, "error": error}
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "line": number, "error": f"not JSON: {exc.msg} at column {exc.colno}"}
    except RecursionError:
        return {"id": None, "line": number, "error": "not readable: JSON nested too deeply"}
    except ValueError as exc:  # an integer beyond Python's 4,300-digit limit
        return {"id": None, "line": number, "error": f"not readable: {exc}"[:200]}
    if not isinstance(data, dict):
        kind = type(data).__name__
        return {"id": None, "line": number, "error": f"expected a JSON object, got {kind}"}
    listing_id = data.get("id")
    if isinstance(listing_id, dict | list) or (
        isinstance(listing_id, int) and abs(listing_id) >= 10**100
    ):
        return {"id": None, "line": number, "error": "id must be a string or a short number"}
    truncated = _cut_fields(data)
    try:
        listing = Listing.from_mapping(data)
    except (TypeError, ValueError, RecursionError) as exc:
        return {"id": listing_id, "line": number, "error": f"unreadable listing: {exc}"[:300]}
    record = decision_record(listing_id, tag_mat(listing))
    if truncated:
        record["truncated"] = truncated
    return record


def tag_lines(lines: Iterable[str]) -> Iterator[str]:
    """One output line per non-blank input line, in input order."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        yield json.dumps(tag_line(line, number), ensure_ascii=False)
