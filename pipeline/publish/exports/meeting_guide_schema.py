"""The Meeting Guide record as a draft-07 JSON Schema, and a validator for a whole feed.

Written from the specification, not copied: the field definitions of the README of
github.com/code4recovery/spec (main, 2026-03) and, for the shape of each field, the draft
schemas proposed in that repository's open pull request #106 (`schema/meeting.schema.json`,
`schema/meeting-type.schema.json`, 2024-11). Where the two differ, the README wins:

- `types` accepts the codes of the current list (`vendor/meeting-guide-types.json`, 87
  codes); the pull request's enum predates ten of them (AF, AR, BG, FI, IS, KA, MT, NE,
  NL, SL).
- `time` and `end_time` are the README's "five-character string in the HH:MM 24-hour
  format" (the pull request also lets `9:30` through); a scalar `day` is held to 0-6 too.
- Address fields are plain strings: the pull request's patterns accept only US-style ASCII
  addresses and reject the README's own example of an approximate address,
  `Chicago, IL, USA`, so they are left out.
- `approximate` is `yes` or `no`; `updated` is `YYYY-MM-DD HH:MM:SS`; `slug` at most 64
  characters, `name` at most 255; `conference_url` a URI and `conference_phone` digits
  with an optional leading `+` and `,` `*` `#` for one-tap links, as in both.
- Fields outside the spec are allowed, as the format allows; allpaths' own
  (`fellowship`, `mat_status`, `allpaths_types`, `stale`) are constrained here too, so a
  typo in them fails as well.

A slug must be unique within the file, which no per-record schema can say:
`feed_problems` checks it across the feed.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from typing import Any

from jsonschema import Draft7Validator, FormatChecker

from pipeline.publish.exports.meeting_guide import MAT_CUSTOM_CODES, NAME_MAX, spec_type_codes
from schemas.meeting import MAT_STATUSES
from schemas.vocab import FELLOWSHIPS

HH_MM = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"
SLUG_MAX = 64


def _string(**extra: Any) -> dict[str, Any]:
    return {"type": "string", **extra}


@functools.cache
def meeting_guide_schema() -> dict[str, Any]:
    """One feed record: the spec's fields with their shapes, plus allpaths' extensions."""
    day = {"type": "integer", "minimum": 0, "maximum": 6}
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "https://allpaths.invalid/schema/meeting-guide-record",
        "title": "Meeting Guide feed record (code4recovery/spec), as allpaths writes it",
        "type": "object",
        "required": ["name", "slug"],
        "properties": {
            "name": _string(minLength=1, maxLength=NAME_MAX),
            "slug": _string(minLength=1, maxLength=SLUG_MAX, pattern=r"^[A-Za-z0-9_.~-]+$"),
            "day": {"oneOf": [day, {"type": "array", "items": day, "minItems": 1}]},
            "time": _string(pattern=HH_MM),
            "end_time": _string(pattern=HH_MM),
            "timezone": _string(pattern=r"^[A-Za-z_]+(/[A-Za-z0-9_+-]+)+$|^UTC$"),
            "formatted_address": _string(),
            "address": _string(),
            "city": _string(),
            "state": _string(),
            "postal_code": _string(),
            "country": _string(),
            "region": _string(),
            "sub_region": _string(),
            "regions": {"type": "array", "items": _string()},
            "conference_url": _string(format="uri", pattern=r"^https?://"),
            "conference_url_notes": _string(),
            "conference_phone": _string(pattern=r"^[+]?\d{1,15}(?:[,*#]+\d*)*$"),
            "conference_phone_notes": _string(),
            "types": {"type": "array", "items": {"enum": list(spec_type_codes())}},
            "notes": _string(),
            "location": _string(),
            "location_notes": _string(),
            "latitude": {"type": "number", "minimum": -90, "maximum": 90},
            "longitude": {"type": "number", "minimum": -180, "maximum": 180},
            "approximate": {"enum": ["yes", "no"]},
            "updated": _string(pattern=r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$"),
            "group": _string(),
            "group_notes": _string(),
            "url": _string(format="uri"),
            "edit_url": _string(format="uri"),
            "feedback_url": _string(format="uri"),
            "feedback_emails": {"type": "array", "items": _string(format="email")},
            "entity": _string(minLength=1),
            "attendance_option": {"enum": ["in_person", "online", "hybrid", "inactive"]},
            "fellowship": {"enum": list(FELLOWSHIPS)},
            "mat_status": {"enum": [s for s in MAT_STATUSES if s != "unknown"]},
            "allpaths_types": {"type": "array", "items": {"enum": list(MAT_CUSTOM_CODES.values())}},
            "stale": {"enum": ["yes"]},
        },
        # the spec: day and time go together for a weekly meeting; by appointment has neither
        "dependencies": {"time": ["day"], "end_time": ["time"]},
    }


@functools.cache
def _validator() -> Draft7Validator:
    schema = meeting_guide_schema()
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema, format_checker=FormatChecker())


def record_problems(record: Any) -> list[str]:
    """Every way one record breaks the schema, as `field: message`."""
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(record)'}: {error.message}"
        for error in _validator().iter_errors(record)
    ]


def feed_problems(feed: Any) -> list[str]:
    """Every problem of a whole feed: not an array, bad records (by slug), repeated slugs."""
    if not isinstance(feed, list):
        return [f"the feed is a JSON {type(feed).__name__}, not an array"]
    problems = [
        f"{record.get('slug', f'#{index}') if isinstance(record, dict) else f'#{index}'}: {problem}"
        for index, record in enumerate(feed)
        for problem in record_problems(record)
    ]
    slugs: Iterable[Any] = (r.get("slug") for r in feed if isinstance(r, dict))
    repeated = sorted(str(s) for s, n in Counter(slugs).items() if n > 1)
    problems += [f"slug {slug!r} is used more than once" for slug in repeated]
    return problems
