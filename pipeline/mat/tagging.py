"""Tag every meeting of a release with the MAT engine."""

from __future__ import annotations

import hashlib

from pipeline.mat.engine import Listing, tag_mat
from schemas.meeting import Meeting


def listing_of(meeting: Meeting) -> Listing:
    return Listing(
        id=meeting.meeting_id,
        fellowship=meeting.fellowship,
        name=meeting.name,
        group_name=meeting.group_name,
        notes=meeting.notes,
        types=tuple(meeting.source_types or meeting.types),
        location_name=meeting.location_name,
    )


def listing_text_hash(meeting: Meeting) -> str:
    """A short hash of the text the MAT engine (and so a reviewer) reads for a meeting.

    Stored with a review: when it no longer matches, the listing's words changed since
    the reviewer saw them, and the meeting goes back to the review queue.
    """
    listing = listing_of(meeting)
    parts = (
        listing.fellowship or "",
        listing.name or "",
        listing.group_name or "",
        listing.notes or "",
        ",".join(listing.types),
    )
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def tag_meetings(meetings: list[Meeting]) -> list[Meeting]:
    tagged = []
    for meeting in meetings:
        decision = tag_mat(listing_of(meeting))
        tagged.append(
            meeting.model_copy(
                update={
                    "mat_status": decision.status,
                    "mat_confidence": decision.confidence,
                    "mat_evidence": list(decision.evidence),
                    "mat_needs_review": decision.needs_review,
                    "mat_decided_by": decision.decided_by,
                }
            )
        )
    return tagged
