from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.normalize.fields.times import UnreadableValue, parse_day, parse_days, parse_time


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("19:30", time(19, 30)),
        ("19:30:00", time(19, 30)),
        ("9:30", time(9, 30)),
        ("8:00 PM", time(20, 0)),
        ("11:00 AM", time(11, 0)),
        ("12:00 AM", time(0, 0)),
        ("12:00 PM", time(12, 0)),
        ("12:00p", time(12, 0)),
        ("7:30p", time(19, 30)),
        ("7pm", time(19, 0)),
        ("7 p.m.", time(19, 0)),
        ("Noon", time(12, 0)),
        ("NOON", time(12, 0)),
        ("midnight", time(0, 0)),
        ("24:00", time(0, 0)),
        (" 10:00 ", time(10, 0)),
        ("0730", time(7, 30)),
        ("19h30", time(19, 30)),
        ("", None),
        (None, None),
    ],
)
def test_times_in_the_wild(value: object, expected: time | None) -> None:
    assert parse_time(value) == expected


@pytest.mark.parametrize(
    "value", ["TBD", "25:00", "13:00 PM", "19", "7:61", "by appointment", "730", "12345"]
)
def test_unreadable_times(value: str) -> None:
    with pytest.raises(UnreadableValue):
        parse_time(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, [0]),
        ("6", [6]),
        ("Sunday", [0]),
        ("wed", [3]),
        ([6], [6]),
        ([1, 3], [1, 3]),
        (["Monday", "Thursday"], [1, 4]),
        (None, [None]),
        ([], [None]),
        ("1,5", [1, 5]),
    ],
)
def test_days(value: object, expected: list[int | None]) -> None:
    assert parse_days(value) == expected


@pytest.mark.parametrize("value", [7, -1, "Funday", True, 2.5])
def test_bad_days(value: object) -> None:
    with pytest.raises(UnreadableValue):
        parse_day(value)


@given(st.times())
def test_every_time_round_trips_in_every_style(moment: time) -> None:
    moment = moment.replace(microsecond=0)
    hour12 = moment.hour % 12 or 12
    meridiem = "AM" if moment.hour < 12 else "PM"
    assert parse_time(moment.strftime("%H:%M:%S")) == moment
    assert parse_time(moment.strftime("%H:%M")) == moment.replace(second=0)
    assert parse_time(f"{hour12}:{moment.minute:02d} {meridiem}") == moment.replace(second=0)
    assert parse_time(f"{hour12}:{moment.minute:02d}{meridiem[0].lower()}") == moment.replace(
        second=0
    )


@given(st.text(max_size=12))
def test_time_parser_never_crashes_otherwise(value: str) -> None:
    try:
        result = parse_time(value)
    except UnreadableValue:
        return
    assert result is None or isinstance(result, time)
