"""Meeting Guide normalization over arbitrary JSON values: meetings or a reject, nothing else.

Nothing raises out of `normalize_meeting_guide` except `RecordRejected`, and never by its
safety net (`unreadable`): every value a feed can hold has a parser that answers.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from pipeline.normalize.source import RecordRejected, normalize_meeting_guide
from schemas.meeting import Meeting
from tests.conftest import make_source

SOURCE = make_source()
FETCHED_AT = datetime(2026, 11, 24, 3, 15, tzinfo=UTC)

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(0, 100).map(lambda k: 10 ** (4300 + k))  # beyond Python's printing limit
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=60)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
KEYS = [
    "name", "slug", "id", "day", "time", "end_time", "types", "formatted_address", "address",
    "city", "state", "postal_code", "country", "latitude", "longitude", "location", "group",
    "notes", "location_notes", "group_notes", "conference_url", "conference_phone",
    "attendance_option", "updated", "timezone", "approximate", "region_code",
]  # fmt: skip
plausible = {
    "name": st.sampled_from(["Serenity", "Call 555-123-4567", "\u202eX\u0000", ""]) | json_values,
    "day": st.sampled_from([0, 6, "3", "Sunday", [1, 2], 7, "x", []]) | json_values,
    "time": st.sampled_from(["19:30", "7pm", "24:00", "noon", "25:00", ""]) | json_values,
}
valid_core = {
    "name": st.just("Serenity"),
    "day": st.sampled_from([0, 3, [1, 2], "Sunday"]),
    "time": st.sampled_from(["19:30", "24:00", "7pm"]),
}
records = st.one_of(
    json_values,
    st.fixed_dictionaries({}, optional={key: plausible.get(key, json_values) for key in KEYS}),
    st.fixed_dictionaries(  # a record that gets past name, day and time: every later field
        valid_core, optional={key: json_values for key in KEYS if key not in valid_core}
    ),
)


@given(records)
def test_any_json_value_becomes_meetings_or_a_reject(raw: Any) -> None:
    counters: Counter[str] = Counter()
    try:
        meetings = [
            Meeting.model_validate(m) for m in normalize_meeting_guide(raw, SOURCE, counters)
        ]
    except RecordRejected as exc:
        assert exc.field != "unreadable", str(exc)
        assert str(exc)
        return
    assert meetings and all(isinstance(m, Meeting) for m in meetings)
    for meeting in meetings:
        assert len(meeting.name) <= 200 and "\u0000" not in meeting.name
