"""Maintainers' corrections: reviews/*.csv, one row per meeting, winning over every rule.

Columns: meeting_id, mat_status, reason, reviewer, reviewed_on (YYYY-MM-DD), text_hash
(optional; the hash of the listing's text when reviewed, as the review queue gives it).
Extra columns are ignored, so rows copied whole from review-queue.csv work. A malformed
row stops the run naming file and line: a silently skipped correction could send
someone to the wrong room.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.mat.tagging import listing_text_hash
from schemas.files import read_user_text
from schemas.meeting import MAT_STATUSES

REVIEW_COLUMNS = ("meeting_id", "mat_status", "reason", "reviewer", "reviewed_on", "text_hash")
REQUIRED_COLUMNS = REVIEW_COLUMNS[:5]
_HASH = re.compile(r"^[0-9a-f]{12}$")
_FORMULA_ESCAPED = re.compile(r"^'(?=[=+\-@\t\r])")


class ReviewFileError(ValueError):
    """A review file that cannot be trusted, with file and line named."""


@dataclass(frozen=True)
class Review:
    meeting_id: str
    mat_status: str
    reason: str
    reviewer: str
    reviewed_on: date
    text_hash: str | None
    file: str
    line: int

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


#: Review files in the same folder that belong to other stages (dedupe's merges.csv,
#: geocoding's geocode.csv), so a folder of MAT reviews can sit beside them.
OTHER_STAGES_FILES = frozenset({"merges.csv", "geocode.csv"})


def review_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.glob("*.csv") if p.name not in OTHER_STAGES_FILES)
    if path.is_file():
        return [path]
    raise ReviewFileError(f"{path}: no such review file or folder")


def _cell(row: dict[str, str | None], column: str) -> str:
    value = (row.get(column) or "").strip()
    return _FORMULA_ESCAPED.sub("", value)


def public_label(root: Path, csv_path: Path) -> str:
    """How a review file is named in published evidence and the manifest: relative to the
    folder given (`reviews/mat.csv`), never the maintainer's absolute path."""
    return f"{root.name}/{csv_path.name}" if root.is_dir() else csv_path.name


def parse_review_row(
    row: dict[str, str | None], file: str, line: int, label: str | None = None
) -> Review:
    """One review row; errors name `file` (the path as given), the review keeps `label`."""

    def fail(message: str) -> ReviewFileError:
        return ReviewFileError(f"{file}:{line}: {message}")

    values = {column: _cell(row, column) for column in REVIEW_COLUMNS}
    for column in REQUIRED_COLUMNS:
        if not values[column]:
            raise fail(f"{column} is empty")
    if values["mat_status"] not in MAT_STATUSES:
        raise fail(f"mat_status {values['mat_status']!r} is not one of {', '.join(MAT_STATUSES)}")
    try:
        reviewed_on = date.fromisoformat(values["reviewed_on"])
    except ValueError:
        raise fail(f"reviewed_on {values['reviewed_on']!r} is not a date (YYYY-MM-DD)") from None
    text_hash = values["text_hash"] or None
    if text_hash and not _HASH.match(text_hash):
        raise fail(f"text_hash {text_hash!r} is not 12 hex digits (copy it from the review queue)")
    return Review(
        meeting_id=values["meeting_id"],
        mat_status=values["mat_status"],
        reason=values["reason"],
        reviewer=values["reviewer"],
        reviewed_on=reviewed_on,
        text_hash=text_hash,
        file=label or file,
        line=line,
    )


def _review_rows(text: str, name: str) -> Iterator[tuple[dict[str, str | None], int]]:
    """(row, line) of a review file's text; a malformed CSV names the file and line."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ReviewFileError(f"{name}:1: missing column(s) {', '.join(missing)}")
        for row in reader:
            yield row, reader.line_num
    except csv.Error as exc:
        raise ReviewFileError(f"{name}:{reader.line_num}: not readable as CSV: {exc}") from None


def load_reviews(path: Path | None) -> list[Review]:
    """Every review under `path` (a folder of CSV files or one file); none for None."""
    if path is None:
        return []
    reviews: list[Review] = []
    seen: dict[str, Review] = {}
    for csv_path in review_files(path):
        name = str(csv_path)
        text = read_user_text(csv_path, "review file", error=ReviewFileError)
        label = public_label(path, csv_path)
        for row, line in _review_rows(text, name):
            if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                continue
            if (row.get("meeting_id") or "").lstrip().startswith("#"):
                continue  # a comment row
            review = parse_review_row(row, name, line, label)
            if review.meeting_id in seen:
                raise ReviewFileError(
                    f"{name}:{line}: second review of {review.meeting_id} "
                    f"(first at {seen[review.meeting_id].where}); keep one"
                )
            seen[review.meeting_id] = review
            reviews.append(review)
    return reviews


@dataclass
class ReviewOutcome:
    meetings: list[dict[str, Any]]
    applied: list[str] = field(default_factory=list)
    text_changed: list[str] = field(default_factory=list)
    orphans: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {
            "applied": len(self.applied),
            "text_changed": sorted(self.text_changed),
            "orphaned": self.orphans,
        }


class ReviewApplier:
    """Apply reviews to meeting rows batch by batch; orphans are known once all are seen."""

    def __init__(self, reviews: list[Review]) -> None:
        self.reviews = reviews
        self.by_id = {r.meeting_id: r for r in reviews}
        self.outcome = ReviewOutcome(meetings=[])

    def apply(self, row: dict[str, Any]) -> dict[str, Any]:
        """The row with its review's decision, or the row itself when it has none.

        A review overrides the rules; a changed text keeps the review but asks for a new
        look (mat_needs_review).
        """
        review = self.by_id.get(row["meeting_id"])
        if review is None:
            return row
        changed = review.text_hash is not None and review.text_hash != listing_text_hash(row)
        reason = " ".join(review.reason.split()).replace('"', "'")
        evidence = [f'review:{review.where}:"{reason}"', *(row.get("mat_evidence") or [])]
        self.outcome.applied.append(row["meeting_id"])
        if changed:
            self.outcome.text_changed.append(row["meeting_id"])
        return {
            **row,
            "mat_status": review.mat_status,
            "mat_confidence": 1.0,
            "mat_evidence": evidence,
            "mat_needs_review": changed,
            "mat_decided_by": "review",
        }

    def finish(self) -> ReviewOutcome:
        present = set(self.outcome.applied)
        self.outcome.orphans = [
            {"meeting_id": r.meeting_id, "file": r.file, "line": r.line, "reviewer": r.reviewer}
            for r in self.reviews
            if r.meeting_id not in present
        ]
        return self.outcome


def apply_reviews(meetings: list[dict[str, Any]], reviews: list[Review]) -> ReviewOutcome:
    """Reviews override the rules, for a list of rows held in memory."""
    applier = ReviewApplier(reviews)
    rows = [applier.apply(m) for m in meetings]
    outcome = applier.finish()
    outcome.meetings = rows
    return outcome
