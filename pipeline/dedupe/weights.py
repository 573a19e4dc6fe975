"""The Fellegi-Sunter model: what each comparison looks at, and how much each level says.

Data, not code: a comparison is a list of levels, each a SQL condition over the prepared
keys of the left (`_l`) and right (`_r`) listing, with
- m: how often a *true* duplicate pair shows this level,
- u: how often a *different-meeting* pair that was blocked together shows it.
The level's match weight is log2(m/u) bits. Both are conditional on the pair being
blocked (same weekday, start within minutes, same place or room), which is why e.g. an
identical street has a high u: different meetings in one church share it.

Too few labelled pairs exist for Splink to estimate these from data with EM, so they are
set by hand from the labelled set (`tests/fixtures/dedupe/` and the corpus-derived
pairs): `python -m pipeline.dedupe.calibrate` prints the level frequencies among the
labelled matches and non-matches, and the numbers below were rounded from that and
then smoothed away from 0 and 1. A null level (either side missing) says nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pipeline.dedupe.rules import (
    CONFLICTING_TYPES,
    DISTANCE_LEVELS_M,
    END_TIME_CLOSE_MINUTES,
    NAME_CLOSE,
    STREET_CLOSE,
)


@dataclass(frozen=True)
class Level:
    label: str
    sql: str
    m: float | None = None
    u: float | None = None

    @property
    def is_null(self) -> bool:
        return self.m is None

    @property
    def weight(self) -> float:
        """Match weight in bits: log2(m/u); 0 for the null level."""
        if self.m is None or self.u is None:
            return 0.0
        return math.log2(self.m / self.u)


@dataclass(frozen=True)
class Comparison:
    name: str
    description: str
    levels: tuple[Level, ...]


def _null(*columns: str) -> str:
    return " OR ".join(f"{c}_l IS NULL OR {c}_r IS NULL" for c in columns)


_DISTANCE = (
    "111320.0 * sqrt(power(latitude_l - latitude_r, 2) + "
    "power((longitude_l - longitude_r) * cos(radians((latitude_l + latitude_r) / 2)), 2))"
)
_CONFLICT = " OR ".join(
    f"(list_contains(type_codes_l, '{a}') AND list_contains(type_codes_r, '{b}')) OR "
    f"(list_contains(type_codes_l, '{b}') AND list_contains(type_codes_r, '{a}'))"
    for a, b in CONFLICTING_TYPES
)
_NEAR1, _NEAR2, _NEAR3 = DISTANCE_LEVELS_M

COMPARISONS: tuple[Comparison, ...] = (
    Comparison(
        "fellowship",
        "AA and NA meet in the same church basement at the same hour",
        (
            Level("null", _null("fellowship")),
            Level("same", "fellowship_l = fellowship_r", 0.99, 0.85),
            Level("different", "ELSE", 0.01, 0.15),
        ),
    ),
    Comparison(
        "name",
        "meeting name, lower-cased, filler words ('group', 'the', 'AA') dropped",
        (
            Level("null", _null("name_key")),
            Level("exact", "name_key_l = name_key_r", 0.80, 0.05),
            Level("close", f"jaro_winkler_similarity(name_key_l, name_key_r) >= {NAME_CLOSE}",
                  0.09, 0.02),
            Level("contained",
                  "len(list_intersect(name_words_l, name_words_r)) >= "
                  "least(len(list_distinct(name_words_l)), len(list_distinct(name_words_r)))",
                  0.10, 0.02),
            Level("different", "ELSE", 0.03, 0.89),
        ),
    ),
    Comparison(
        "group",
        "group name, when both listings give one",
        (
            Level("null", _null("group_key")),
            Level("exact", "group_key_l = group_key_r", 0.80, 0.30),
            Level("close", f"jaro_winkler_similarity(group_key_l, group_key_r) >= {NAME_CLOSE}",
                  0.10, 0.12),
            Level("different", "ELSE", 0.10, 0.58),
        ),
    ),
    Comparison(
        "address",
        "street with one spelling per street word and no suite; else the place's name",
        (
            Level("null", f"({_null('street_key')}) AND ({_null('location_key')})"),
            Level("same street", "street_key_l = street_key_r", 0.90, 0.80),
            Level("same number, close street",
                  "house_number_l = house_number_r AND "
                  f"jaro_winkler_similarity(street_key_l, street_key_r) >= {STREET_CLOSE}",
                  0.04, 0.03),
            Level("same place name", "location_key_l = location_key_r", 0.03, 0.04),
            Level("different", "ELSE", 0.03, 0.13),
        ),
    ),
    Comparison(
        "types",
        "meeting type codes; open vs closed or men vs women means two meetings",
        (
            Level("null", "len(type_codes_l) = 0 OR len(type_codes_r) = 0"),
            Level("conflicting", _CONFLICT, 0.01, 0.30),
            Level("same", "type_codes_l = type_codes_r", 0.60, 0.36),
            Level("overlapping",
                  "len(list_intersect(type_codes_l, type_codes_r)) * 2 >= "
                  "greatest(len(type_codes_l), len(type_codes_r))", 0.36, 0.28),
            Level("different", "ELSE", 0.03, 0.06),
        ),
    ),
    Comparison(
        "start_time",
        "start time (blocking already keeps it within minutes)",
        (
            Level("null", _null("start_min")),
            Level("same", "start_min_l = start_min_r", 0.92, 0.90),
            Level("minutes apart", "ELSE", 0.08, 0.10),
        ),
    ),
    Comparison(
        "end_time",
        "end time, when both listings give one",
        (
            Level("null", _null("end_min")),
            Level("same", "end_min_l = end_min_r", 0.85, 0.70),
            Level("close", f"abs(end_min_l - end_min_r) <= {END_TIME_CLOSE_MINUTES}", 0.10, 0.11),
            Level("different", "ELSE", 0.05, 0.19),
        ),
    ),
    Comparison(
        "coordinates",
        "distance between the listed coordinates",
        (
            Level("null", _null("latitude", "longitude")),
            Level(f"within {_NEAR1:.0f} m", f"{_DISTANCE} <= {_NEAR1}", 0.90, 0.80),
            Level(f"within {_NEAR2:.0f} m", f"{_DISTANCE} <= {_NEAR2}", 0.06, 0.08),
            Level(f"within {_NEAR3:.0f} m", f"{_DISTANCE} <= {_NEAR3}", 0.02, 0.05),
            Level("farther", "ELSE", 0.02, 0.07),
        ),
    ),
    Comparison(
        "conference",
        "online room (Zoom id, Meet code or URL); rooms are shared by several meetings",
        (
            Level("null", _null("conference_key")),
            Level("same room", "conference_key_l = conference_key_r", 0.92, 0.30),
            Level("different room", "ELSE", 0.08, 0.70),
        ),
    ),
)  # fmt: skip


def splink_comparisons() -> list[dict[str, object]]:
    """The comparisons in Splink's settings-dict form, m/u fixed (never trained)."""
    out: list[dict[str, object]] = []
    for comparison in COMPARISONS:
        levels: list[dict[str, object]] = []
        for level in comparison.levels:
            entry: dict[str, object] = {"sql_condition": level.sql, "label_for_charts": level.label}
            if level.is_null:
                entry["is_null_level"] = True
            else:
                entry["m_probability"] = level.m
                entry["u_probability"] = level.u
                entry["fix_m_probability"] = True
                entry["fix_u_probability"] = True
            levels.append(entry)
        out.append(
            {
                "output_column_name": comparison.name,
                "comparison_description": comparison.description,
                "comparison_levels": levels,
            }
        )
    return out
