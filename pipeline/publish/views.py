"""Views in meetings.duckdb for consumers who want an answer, not a table.

Each view is documented in docs/data-contract.md. They are SQL over the release's own
tables, evaluated when queried: `meetings_by_day` answers "when is it next?" from the
clock of whoever asks, in each meeting's own time zone, so no consumer has to do the
time-zone arithmetic every peer project's users trip over.
"""

from __future__ import annotations

_DAY_NAMES = "['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']"

#: The next start of a weekly meeting, as a local timestamp in the meeting's zone: today
#: if it has not started yet (local clock), else the next matching weekday.
_NEXT_LOCAL_START = """
    (CAST(local_now AS DATE)
        + CAST((day - dayofweek(local_now) + 7) % 7 AS INTEGER)
        + CASE WHEN day = dayofweek(local_now) AND start_time <= CAST(local_now AS TIME)
               THEN 7 ELSE 0 END
    ) + start_time
"""

MEETINGS_BY_DAY = f"""
WITH clock AS (
    SELECT *, timezone(timezone, now()) AS local_now
    FROM meetings
    WHERE status = 'active' AND day IS NOT NULL AND start_time IS NOT NULL
),
upcoming AS (
    SELECT *, {_NEXT_LOCAL_START} AS next_start_local FROM clock
)
SELECT
    meeting_id, name, fellowship, day, {_DAY_NAMES}[day + 1] AS day_name,
    start_time, end_time, timezone, next_start_local,
    timezone('UTC', timezone(timezone, next_start_local)) AS next_start_utc,
    attendance, location_name, formatted_address, city, region, country,
    conference_url, types, languages, mat_status, stale, source_id
FROM upcoming
ORDER BY day, start_time, timezone, name, meeting_id
"""

ONLINE_MEETINGS = """
SELECT
    meeting_id, name, fellowship, day, start_time, end_time, timezone, attendance,
    conference_url, conference_provider, languages, types, mat_status, stale, source_id
FROM meetings
WHERE attendance IN ('online', 'hybrid') AND status = 'active'
ORDER BY day NULLS LAST, start_time, timezone, name, meeting_id
"""

SOURCE_FRESHNESS = """
SELECT
    s.source_id, s.name, s.status, s.error,
    count(m.meeting_id) AS meetings,
    count(m.meeting_id) FILTER (WHERE m.stale) AS stale_meetings,
    max(m.last_seen) AS data_as_of,
    max(m.updated_at) AS newest_source_update,
    epoch((SELECT max(last_seen) FROM meetings) - max(m.last_seen)) / 3600
        AS hours_behind_release,
    epoch(now() - max(m.last_seen)) / 3600 AS age_hours
FROM sources AS s
LEFT JOIN meetings AS m USING (source_id)
GROUP BY ALL
ORDER BY s.source_id
"""

#: name -> query; created in this order in every release's meetings.duckdb.
CONSUMER_VIEWS: dict[str, str] = {
    "current_meetings": "SELECT * FROM meetings WHERE status = 'active'",
    "mat_friendly_meetings": (
        "SELECT * FROM meetings WHERE mat_status = 'friendly' AND status = 'active'"
    ),
    "source_health": (
        "SELECT source_id, status, fetched, valid, rejected, stale, error, stale_nights, "
        "dropped, data_as_of, data_age_hours FROM sources"
    ),
    "meetings_by_day": MEETINGS_BY_DAY,
    "online_meetings": ONLINE_MEETINGS,
    "source_freshness": SOURCE_FRESHNESS,
}
