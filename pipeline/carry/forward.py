"""Carry the past forward: first-seen dates, stale rows for failed sources, held-back drops.

A volunteer's server being down for a night must not erase a city's meetings from every
app that reads this dataset. So a failed source keeps its last good meetings, marked
stale, and a source whose count falls sharply is held back the same way and reported.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from pipeline.types import SourceBatch, SourceReport
from schemas.meeting import Meeting

#: A source that loses more than half its meetings at once is held back...
DROP_RATIO = 0.5
#: ...when it had at least this many, so tiny sources can shrink freely.
DROP_MIN_PREVIOUS = 20


def mark_stale(meetings: list[Meeting]) -> list[Meeting]:
    return [m.model_copy(update={"stale": True}) for m in meetings]


def carry_forward(
    batches: list[SourceBatch], previous: list[Meeting], now: datetime
) -> tuple[list[Meeting], dict[str, SourceReport]]:
    """This release's meetings and a report per source."""
    previous_by_source: dict[str, list[Meeting]] = defaultdict(list)
    for meeting in previous:
        previous_by_source[meeting.source_id].append(meeting)
    first_seen = {m.meeting_id: m.first_seen for m in previous if m.first_seen}

    meetings: list[Meeting] = []
    reports: dict[str, SourceReport] = {}
    for batch in batches:
        before = previous_by_source.get(batch.source_id, [])
        report = SourceReport(
            source_id=batch.source_id,
            fetched=batch.fetched,
            valid=len(batch.meetings),
            rejected=len(batch.rejects),
            counters=dict(batch.counters),
        )
        reports[batch.source_id] = report
        if batch.failed:
            report.status, report.error = "failed", batch.failure
        elif len(before) >= DROP_MIN_PREVIOUS and len(batch.meetings) < DROP_RATIO * len(before):
            report.status = "held_back"
            report.error = (
                f"{len(batch.meetings)} meetings against {len(before)} in the last release; "
                "kept the last release's meetings until a maintainer confirms the drop"
            )
        if report.status != "ok":
            carried = mark_stale(before)
            report.stale = len(carried)
            meetings.extend(carried)
            continue
        for meeting in batch.meetings:
            meetings.append(
                meeting.model_copy(
                    update={
                        "first_seen": first_seen.get(meeting.meeting_id, now),
                        "last_seen": now,
                        "stale": False,
                    }
                )
            )
    return meetings, reports
