"""Every platform's mapper (pipeline/normalize/mappers/) over arbitrary JSON values.

The contract of a mapper: a record becomes common fields, or `UnmappableRecord` with a
reason and the field that was wrong; nothing else ever leaves it. Records are any JSON
value under the platform's own keys (plausible values mixed with hostile ones: numbers
past Python's 4,300-digit limit, NaN, infinities, lone surrogates, nesting, BMLT's
`label#@-@#` prefix). Values that are not JSON objects are the shared builder's to
reject; the wired Meeting Guide path (`normalize_records`) is checked over every value,
objects or not, to end in meetings or rejects with a reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from pipeline.normalize.mappers import bmlt, html, meeting_guide
from pipeline.normalize.mappers.bmlt_formats import FormatCatalog
from pipeline.normalize.mappers.common import CommonFields, UnmappableRecord
from pipeline.normalize.source import normalize_records
from schemas.meeting import Meeting, Reject
from tests.conftest import make_source

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(0, 50).map(lambda k: 10 ** (4300 + k))  # beyond Python's printing limit
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40)
    | st.sampled_from(["\ud800", "x\udfff", "\u202e\u0000", "label#@-@#", "a#@-@#19:30"])
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=10,
)
PLAUSIBLE = st.sampled_from(
    ["19:30", "7pm", "24:00", "1", "7", "0", "3", "Sunday", "01:30:00", "O,C", "2,3",
     "America/Chicago", "40.1,-88.2", "yes", "1", "2", "3", "0", ""]
)  # fmt: skip


def records_for(keys: Mapping[str, tuple[str, ...]]) -> st.SearchStrategy[dict[str, Any]]:
    """Objects holding any subset of a platform's keys, each with a plausible or any value."""
    every_key = sorted({key for variants in keys.values() for key in variants})
    value = PLAUSIBLE | json_values
    return st.fixed_dictionaries({}, optional={key: value for key in every_key}) | st.dictionaries(
        st.sampled_from(every_key) | st.text(max_size=6), value, max_size=6
    )


CATALOG = FormatCatalog.from_json(
    [
        {"id": "1", "key_string": "O", "world_id": "OPEN"},
        {"id": "2", "key_string": "C", "world_id": "CLOSED"},
        {"id": "3", "key_string": "VM", "world_id": "VM"},
    ]
)

Mapper = Callable[[Mapping[str, Any], Counter[str]], CommonFields]
MAPPERS: dict[str, tuple[Mapper, Mapping[str, tuple[str, ...]]]] = {
    "meeting_guide": (meeting_guide.map_record, meeting_guide.KEYS),
    "html": (html.map_record, {**meeting_guide.KEYS, "source_types": ("source_types",)}),
    "bmlt": (lambda raw, counters: bmlt.map_record(raw, counters, CATALOG), bmlt.KEYS),
}


def check_mapper(platform: str, raw: dict[str, Any]) -> None:
    mapper, _ = MAPPERS[platform]
    counters: Counter[str] = Counter()
    try:
        fields = mapper(raw, counters)
    except UnmappableRecord as exc:
        assert str(exc) and exc.field, f"{platform}: a reject without a reason"
        return
    assert isinstance(fields, CommonFields) and fields.name
    assert all(d is None or 0 <= d <= 6 for d in fields.days)
    assert fields.latitude is None or -90 <= fields.latitude <= 90
    assert all(isinstance(v, int) for v in counters.values())


@given(records_for(meeting_guide.KEYS))
def test_meeting_guide_mapper_maps_or_rejects_any_object(raw: dict[str, Any]) -> None:
    check_mapper("meeting_guide", raw)


@given(records_for(MAPPERS["html"][1]))
def test_html_mapper_maps_or_rejects_any_object(raw: dict[str, Any]) -> None:
    check_mapper("html", raw)


@given(records_for(bmlt.KEYS))
def test_bmlt_mapper_maps_or_rejects_any_object(raw: dict[str, Any]) -> None:
    check_mapper("bmlt", raw)


SOURCE = make_source()
FETCHED_AT = datetime(2026, 11, 24, 3, 15, tzinfo=UTC)


@given(json_values | records_for(meeting_guide.KEYS))
def test_every_record_becomes_meetings_or_a_reject_with_a_reason(raw: Any) -> None:
    """The wired path: any JSON value becomes meetings, or a reject with a reason."""
    rows = normalize_records(SOURCE, [raw], SOURCE.url, FETCHED_AT)
    assert rows.fetched == 1 and (rows.meetings or rows.rejects)
    for meeting in rows.meetings:
        Meeting.model_validate(meeting)
    for reject in rows.rejects:
        assert Reject.model_validate(reject).reason
        assert "unreadable" not in reject["reason"], reject["reason"]  # no safety net needed
