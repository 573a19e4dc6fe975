from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.normalize.fields.address import (
    AddressParts,
    country_code,
    has_street_address,
    join_address,
    split_formatted_address,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3186 Pullman St, Costa Mesa, CA 92626, USA",
         AddressParts("3186 Pullman St", "Costa Mesa", "CA", "92626", "US")),
        ("8318 104 St, Edmonton, Alberta, T6E 4E8, Canada",
         AddressParts("8318 104 St", "Edmonton", "Alberta", "T6E 4E8", "CA")),
        ("San Jose, CA, USA", AddressParts(None, "San Jose", "CA", None, "US")),
        ("London, UK", AddressParts(None, "London", None, None, "GB")),
        ("12 Elm St", AddressParts("12 Elm St", None, None, None, None)),
        ("Suite 4, 700 Main St, Peoria, IL 61602",
         AddressParts("Suite 4, 700 Main St", "Peoria", "IL", "61602", None)),
        ("", AddressParts()),
        # a province written out: the town before it is the town
        ("4914 50 Avenue, Stony Plain, Alberta, Canada",
         AddressParts("4914 50 Avenue", "Stony Plain", "Alberta", None, "CA")),
        ("St. Albert, Alberta, Canada", AddressParts(None, "St. Albert", "Alberta", None, "CA")),
        ("5509 48 Avenue, Camrose , Alberta, Canada",
         AddressParts("5509 48 Avenue", "Camrose", "Alberta", None, "CA")),
        ("1 Main St, Albany, New  York", AddressParts("1 Main St", "Albany", "New  York", None, None)),
        ("100 Main St, Washington", AddressParts("100 Main St", "Washington", None, None, None)),
    ],
)  # fmt: skip
def test_addresses_in_the_wild(line: str, expected: AddressParts) -> None:
    assert split_formatted_address(line) == expected


def test_country_codes() -> None:
    assert [country_code(c) for c in ("USA", "us", "Canada", "UK", "Narnia", None)] == [
        "US", "US", "CA", "GB", None, None,
    ]  # fmt: skip


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10).map(str.title)


@given(
    number=st.integers(min_value=1, max_value=99999),
    street=st.lists(words, min_size=1, max_size=3).map(" ".join),
    city=st.lists(words, min_size=1, max_size=3).map(" ".join),
    region=st.sampled_from(["IL", "CA", "NY", "TX", "PA"]),
    postal=st.integers(min_value=10000, max_value=99999).map(str),
)
def test_us_addresses_round_trip(
    number: int, street: str, city: str, region: str, postal: str
) -> None:
    parts = AddressParts(f"{number} {street}", city, region, postal, "US")
    line = join_address(parts)
    assert line is not None
    assert split_formatted_address(line) == parts
    assert has_street_address(parts.street)


@given(st.text(max_size=80))
def test_splitting_never_crashes(line: str) -> None:
    parts = split_formatted_address(line)
    assert all(p is None or p.strip() == p for p in (parts.street, parts.city, parts.region))
