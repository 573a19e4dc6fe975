"""meeting-guide.json: the release in the Meeting Guide feed format (code4recovery/spec).

What a 12 Step Meeting List site, TSML UI or the Meeting Guide app's importer can take
directly. The mapping is one DuckDB query over meetings.parquet; the rules:

- `slug` is the contract's `meeting_id`: unique, 16 URL-safe characters, and stable
  across releases, so a user's favourite in the app survives a rename.
- `time`/`end_time` as `HH:MM` (seconds are cut and counted), `day` 0-6 or absent for a
  meeting by appointment, `timezone` on every meeting, `updated` in UTC as
  `YYYY-MM-DD HH:MM:SS` (the spec's words).
- `types` holds only codes of the spec's list (`vendor/meeting-guide-types.json`); codes
  outside it, such as ONL, are left out and counted. A temporarily closed meeting carries
  the spec's TC code.
- How a person attends goes in `attendance_option` (in_person, online, hybrid), the field
  the 12 Step Meeting List plugin writes and our spider reads back.
- Address parts: `address`, `city`, `state` (our `region`), `postal_code`, `country`, and
  the one-line `formatted_address`; `approximate` is `yes` unless the point is a street
  address.
- The format allows fields of its own beyond the spec's (importers ignore what they do
  not know), so allpaths adds: `fellowship`; `mat_status` (friendly, restricted,
  unfriendly; absent when unknown); `allpaths_types`, our custom codes (`MAT_CUSTOM_CODES`),
  which a site may merge into `types` after defining them as custom types; `stale: "yes"`
  on a meeting whose source failed or was held back tonight (the row is the last good one);
  `entity`, the spec's field for the service entity, set to the source's name.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from pipeline.publish.exports.release_tables import connect_release, records

FILE_NAME = "meeting-guide.json"
VENDOR = Path(__file__).resolve().parent / "vendor"

#: Our MAT status as custom type codes: hyphenated like the spec's AL-AN, and neither an
#: existing or proposed spec code nor an ISO 639 language code (the spec's advice).
MAT_CUSTOM_CODES: dict[str, str] = {
    "friendly": "MAT-F",  # welcomes people on medication-assisted treatment
    "restricted": "MAT-R",  # may attend, but sharing, chairing or service is limited
    "unfriendly": "MAT-U",  # attending on MAT is denied or discouraged
}

#: Longest `name` the spec allows.
NAME_MAX = 255


@functools.cache
def spec_type_codes() -> tuple[str, ...]:
    """Every type code of the vendored spec list, in the spec's order."""
    with (VENDOR / "meeting-guide-types.json").open(encoding="utf-8") as handle:
        return tuple(json.load(handle))


_CUSTOM_CASE = " ".join(
    f"WHEN '{status}' THEN ['{code}']" for status, code in MAT_CUSTOM_CODES.items()
)

_SPEC_TYPES = "list_filter(coalesce(m.types, []), lambda c: list_contains($spec, c))"

FEED_QUERY = f"""
SELECT
    m.meeting_id AS slug,
    left(m.name, {NAME_MAX}) AS name,
    m.day AS day,
    strftime(DATE '2000-01-01' + m.start_time, '%H:%M') AS time,
    strftime(DATE '2000-01-01' + m.end_time, '%H:%M') AS end_time,
    m.timezone AS timezone,
    m.location_name AS location,
    m.group_name AS "group",
    m.notes AS notes,
    m.formatted_address AS formatted_address,
    m.street AS address,
    m.city AS city,
    m.region AS state,
    m.postal_code AS postal_code,
    m.country AS country,
    m.latitude AS latitude,
    m.longitude AS longitude,
    CASE WHEN m.geo_precision IN ('rooftop', 'street') THEN 'no'
         WHEN m.street IS NULL OR m.geo_precision IN ('city', 'postal_code') THEN 'yes'
         ELSE 'no' END AS approximate,
    m.conference_url AS conference_url,
    CASE WHEN m.status = 'temporarily_closed' AND NOT list_contains({_SPEC_TYPES}, 'TC')
         THEN list_append({_SPEC_TYPES}, 'TC') ELSE {_SPEC_TYPES} END AS types,
    m.attendance AS attendance_option,
    strftime(m.updated_at, '%Y-%m-%d %H:%M:%S') AS updated,
    s.name AS entity,
    m.fellowship AS fellowship,
    nullif(m.mat_status, 'unknown') AS mat_status,
    CASE m.mat_status {_CUSTOM_CASE} END AS allpaths_types,
    CASE WHEN m.stale THEN 'yes' END AS stale
FROM meetings AS m
LEFT JOIN sources AS s USING (source_id)
ORDER BY m.source_id, m.day NULLS LAST, m.start_time NULLS LAST, m.name, m.meeting_id
"""

#: What the export changes or leaves out, counted for the manifest.
STATS_QUERY = f"""
SELECT
    count(*) AS meetings,
    count(*) - count(DISTINCT meeting_id) AS duplicate_slugs,
    coalesce(sum(len(coalesce(types, [])) - len({_SPEC_TYPES.replace("m.", "")})), 0)
        AS type_codes_outside_spec,
    count(*) FILTER (WHERE status = 'temporarily_closed' AND NOT list_contains(types, 'TC'))
        AS tc_code_added,
    count(*) FILTER (WHERE second(start_time) > 0 OR second(end_time) > 0) AS seconds_cut,
    count(*) FILTER (WHERE length(name) > {NAME_MAX}) AS names_cut,
    count(*) FILTER (WHERE day IS NOT NULL AND start_time IS NULL) AS day_without_time,
    count(*) FILTER (WHERE stale) AS stale,
    count(*) FILTER (WHERE mat_status <> 'unknown') AS with_mat_code
FROM meetings
"""


def feed_lines(rows: list[dict[str, object]]) -> str:
    """The feed as a JSON array, one meeting a line (readable and diffable); nulls omitted."""
    lines = [
        json.dumps({k: v for k, v in row.items() if v is not None}, ensure_ascii=False)
        for row in rows
    ]
    return "[\n" + ",\n".join(lines) + "\n]\n"


def write_meeting_guide(folder: Path) -> dict[str, int]:
    """Write `folder/meeting-guide.json` from the release's Parquet files; return its counts."""
    params = {"spec": list(spec_type_codes())}
    with connect_release(folder) as connection:
        stats = records(connection, STATS_QUERY, params)[0]
        if stats["duplicate_slugs"]:
            raise ValueError(
                f"{stats['duplicate_slugs']} meeting_id values repeat in meetings.parquet; "
                "a Meeting Guide slug must be unique"
            )
        rows = records(connection, FEED_QUERY, params)
    (folder / FILE_NAME).write_text(feed_lines(rows), encoding="utf-8")
    return {key: int(value) for key, value in stats.items()}
