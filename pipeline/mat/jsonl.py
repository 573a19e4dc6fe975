"""`allpaths tag`: JSON Lines of listings in, one decision a line out, in order.

A maintainer pipes listings through it to ask "why"; the nightly run uses the same
engine. One bad line gets an error line of its own and the run goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from pipeline.mat.engine import Listing, MatDecision, tag_mat


def decision_record(listing_id: Any, decision: MatDecision) -> dict[str, Any]:
    return {
        "id": listing_id,
        "mat_status": decision.status,
        "mat_confidence": decision.confidence,
        "mat_evidence": list(decision.evidence),
        "mat_needs_review": decision.needs_review,
    }


def tag_line(line: str, number: int) -> dict[str, Any]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "line": number, "error": f"not JSON: {exc.msg} at column {exc.colno}"}
    if not isinstance(data, dict):
        kind = type(data).__name__
        return {"id": None, "line": number, "error": f"expected a JSON object, got {kind}"}
    try:
        listing = Listing.from_mapping(data)
    except (TypeError, ValueError) as exc:
        return {"id": data.get("id"), "line": number, "error": f"unreadable listing: {exc}"}
    return decision_record(data.get("id"), tag_mat(listing))


def tag_lines(lines: Iterable[str]) -> Iterator[str]:
    """One output line per non-blank input line, in input order."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        yield json.dumps(tag_line(line, number), ensure_ascii=False)
