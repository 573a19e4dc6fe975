"""review-queue.csv: the meetings most worth a human look, most urgent first.

Its first columns are a review file's, so a maintainer copies a row into reviews/*.csv,
fills reason, reviewer and reviewed_on, and corrects mat_status if needed. Cells are
escaped against spreadsheet formula injection: listing text is written by strangers.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pipeline.mat.reviews import REVIEW_COLUMNS
from pipeline.mat.tagging import listing_text_hash

#: The queue's file name in a release.
QUEUE_FILE = "review-queue.csv"

QUEUE_COLUMNS = (
    *REVIEW_COLUMNS,
    "priority", "queue_reason", "mat_confidence", "mat_evidence", "name", "source_id",
    "fellowship", "notes",
)  # fmt: skip

#: Why a meeting is queued, with its priority (higher first).
PRIORITIES = {
    "text changed since review": 100,
    "conflicting evidence": 80,
    # the learned reader filled an unknown: a guess from word patterns until a human looks
    "learned reader's guess": 70,
    "weak friendly evidence": 60,
    "medication mentioned, no policy found": 40,
    "new since last release": 30,
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: object) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (OWASP CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def queue_reason(meeting: Mapping[str, Any], *, text_changed: bool, is_new: bool) -> str | None:
    if meeting["mat_decided_by"] == "review":
        return "text changed since review" if text_changed else None
    if meeting["mat_needs_review"]:
        if meeting["mat_decided_by"] == "learned":
            return "learned reader's guess"
        if meeting["mat_status"] in {"restricted", "unfriendly"}:
            return "conflicting evidence"
        if meeting["mat_status"] == "friendly":
            return "weak friendly evidence"
        return "medication mentioned, no policy found"
    if is_new and meeting["mat_status"] != "unknown":
        return "new since last release"
    return None


def queue_row(meeting: Mapping[str, Any], reason: str) -> dict[str, Any]:
    return {
        "meeting_id": meeting["meeting_id"],
        "mat_status": meeting["mat_status"],
        "reason": "",
        "reviewer": "",
        "reviewed_on": "",
        "text_hash": listing_text_hash(meeting),
        "priority": PRIORITIES[reason],
        "queue_reason": reason,
        "mat_confidence": meeting["mat_confidence"],
        "mat_evidence": " | ".join(meeting["mat_evidence"] or []),
        "name": meeting["name"],
        "source_id": meeting["source_id"],
        "fellowship": meeting["fellowship"],
        "notes": meeting["notes"] or "",
    }


def sort_queue(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Most urgent first; ties by confidence, then id, so the file is stable."""
    return sorted(
        rows, key=lambda r: (-int(r["priority"]), -float(r["mat_confidence"]), str(r["meeting_id"]))
    )


def build_queue(
    meetings: list[dict[str, Any]], *, previous_ids: set[str], text_changed: set[str]
) -> list[dict[str, Any]]:
    """The queue of meeting rows held in memory (the stage builds it batch by batch)."""
    rows: list[dict[str, Any]] = []
    for meeting in meetings:
        reason = queue_reason(
            meeting,
            text_changed=meeting["meeting_id"] in text_changed,
            is_new=meeting["meeting_id"] not in previous_ids,
        )
        if reason is not None:
            rows.append(queue_row(meeting, reason))
    return sort_queue(rows)


def write_queue(rows: list[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(QUEUE_COLUMNS)
        for row in rows:
            writer.writerow([escape_cell(row[column]) for column in QUEUE_COLUMNS])
