"""Maintainers' merge decisions: reviews/merges.csv forces or forbids a merge.

Columns: listing_a, listing_b, decision (merge | separate), reason, reviewer,
reviewed_on (YYYY-MM-DD). A listing is a `meeting_id` (as `meetings.parquet` and
`merges.parquet` give it) or a `source_id:source_meeting_id` key (as `also_listed_in`
gives it). A review beats the model in every later run. A malformed row stops the run
naming file and line, like the MAT reviews: a silently skipped "separate" would merge two
meetings someone already said are different. A review naming a listing that no longer
exists is reported as orphaned in the manifest, never dropped silently.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Literal

from schemas.files import read_user_text

MERGE_REVIEW_FILE = "merges.csv"
COLUMNS = ("listing_a", "listing_b", "decision", "reason", "reviewer", "reviewed_on")
DECISIONS = ("merge", "separate")


class MergeReviewError(ValueError):
    """A merge review file that cannot be trusted, with file and line named."""


@dataclass(frozen=True)
class MergeReview:
    listing_a: str
    listing_b: str
    decision: Literal["merge", "separate"]
    reason: str
    reviewer: str
    reviewed_on: date
    file: str
    line: int

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


def parse_merge_row(row: dict[str, str | None], file: str, line: int) -> MergeReview:
    def fail(message: str) -> MergeReviewError:
        return MergeReviewError(f"{file}:{line}: {message}")

    values = {c: (row.get(c) or "").strip() for c in COLUMNS}
    for column in COLUMNS:
        if not values[column]:
            raise fail(f"{column} is empty")
    if values["listing_a"] == values["listing_b"]:
        raise fail(f"listing_a and listing_b are the same listing {values['listing_a']!r}")
    decision = values["decision"].lower()
    if decision not in DECISIONS:
        raise fail(f"decision {values['decision']!r} is not one of {', '.join(DECISIONS)}")
    try:
        reviewed_on = date.fromisoformat(values["reviewed_on"])
    except ValueError:
        raise fail(f"reviewed_on {values['reviewed_on']!r} is not a date (YYYY-MM-DD)") from None
    return MergeReview(
        listing_a=values["listing_a"],
        listing_b=values["listing_b"],
        decision="merge" if decision == "merge" else "separate",
        reason=values["reason"],
        reviewer=values["reviewer"],
        reviewed_on=reviewed_on,
        file=file,
        line=line,
    )


def load_merge_reviews(path: Path | None) -> list[MergeReview]:
    """The reviews in `path` (merges.csv, or a folder holding one); none when absent."""
    if path is None:
        return []
    given = path
    if path.is_dir():
        path = path / MERGE_REVIEW_FILE
        if not path.exists():
            return []
    if not path.is_file():
        raise MergeReviewError(f"{path}: no such merge review file")
    reviews: list[MergeReview] = []
    seen: dict[frozenset[str], MergeReview] = {}
    name = str(path)
    # published (manifest orphans) relative to the folder given, never an absolute path
    label = f"{path.parent.name}/{path.name}" if given.is_dir() else path.name
    text = read_user_text(path, "merge review file", error=MergeReviewError)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise MergeReviewError(f"{name}:1: missing column(s) {', '.join(missing)}")
        for row in reader:
            line = reader.line_num
            if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                continue
            if (row.get("listing_a") or "").lstrip().startswith("#"):
                continue  # a comment row
            review = replace(parse_merge_row(row, name, line), file=label)
            pair = frozenset((review.listing_a, review.listing_b))
            if pair in seen:
                raise MergeReviewError(
                    f"{name}:{line}: second review of {review.listing_a} / {review.listing_b} "
                    f"(first at line {seen[pair].line}); keep one"
                )
            seen[pair] = review
            reviews.append(review)
    except csv.Error as exc:
        raise MergeReviewError(f"{name}:{reader.line_num}: not readable as CSV: {exc}") from None
    return reviews
