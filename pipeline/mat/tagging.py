"""Tag meeting rows with the MAT engine: one decision per row, over plain mappings.

Rows are dicts (a batch of the meetings table as `to_pylist` gives it) or Meeting
objects; the engine reads the same fields either way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from pipeline.mat.engine import Listing, tag_mat

#: The columns the engine (and a reviewer) reads, plus the id.
LISTING_COLUMNS = (
    "meeting_id", "fellowship", "name", "group_name", "notes", "source_types", "types",
    "location_name",
)  # fmt: skip
MAT_COLUMNS = ("mat_status", "mat_confidence", "mat_evidence", "mat_needs_review", "mat_decided_by")


def _get(row: Any, key: str) -> Any:
    return row.get(key) if isinstance(row, Mapping) else getattr(row, key)


def listing_of(row: Any) -> Listing:
    return Listing(
        id=_get(row, "meeting_id"),
        fellowship=_get(row, "fellowship"),
        name=_get(row, "name"),
        group_name=_get(row, "group_name"),
        notes=_get(row, "notes"),
        types=tuple(_get(row, "source_types") or _get(row, "types") or ()),
        location_name=_get(row, "location_name"),
    )


def listing_text_hash(row: Any) -> str:
    """A short hash of the text the MAT engine (and so a reviewer) reads for a meeting.

    Stored with a review: when it no longer matches, the listing's words changed since
    the reviewer saw them, and the meeting goes back to the review queue.
    """
    listing = listing_of(row)
    parts = (
        listing.fellowship or "",
        listing.name or "",
        listing.group_name or "",
        listing.notes or "",
        ",".join(listing.types),
    )
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def mat_columns(row: Any) -> dict[str, Any]:
    """The engine's decision for one row, as the meetings table's MAT columns."""
    decision = tag_mat(listing_of(row))
    return {
        "mat_status": decision.status,
        "mat_confidence": decision.confidence,
        "mat_evidence": list(decision.evidence),
        "mat_needs_review": decision.needs_review,
        "mat_decided_by": decision.decided_by,
    }


def tag_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """New rows with the MAT columns filled; the input rows are left as they were."""
    return [{**row, **mat_columns(row)} for row in rows]
