"""The geocoding stage offline: checks on feed coordinates, the gazetteer, zones, overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.geocode.overrides import OverrideFileError, load_overrides
from pipeline.geocode.stage import GeocodeSettings, geocode_table
from tests.geocode_helpers import KNOXVILLE_AVE, PEORIA_61604, meeting, rows_by_id, table_of

BMLT_DEFAULT = (34.235918, -118.563659)
DOWNTOWN_PEORIA = (40.6936, -89.5890)


def run(data_dir: Path, *meetings, **settings):  # type: ignore[no-untyped-def]
    outcome = geocode_table(table_of(*meetings), GeocodeSettings(data_dir=data_dir, **settings))
    return rows_by_id(outcome.table), outcome


def test_good_source_coordinates_are_kept_and_rated_by_their_address(geo_data_dir: Path) -> None:
    rows, outcome = run(
        geo_data_dir,
        meeting(1, latitude=KNOXVILLE_AVE[0], longitude=KNOXVILLE_AVE[1]),
        meeting(2, latitude=PEORIA_61604[0], longitude=PEORIA_61604[1]),
        meeting(3, latitude=KNOXVILLE_AVE[0], longitude=KNOXVILLE_AVE[1], street=None),
    )
    assert (rows["m1"]["geo_source"], rows["m1"]["geo_precision"]) == ("source", "street")
    assert rows["m1"]["latitude"] == KNOXVILLE_AVE[0]
    # At the ZIP centroid: the feed geocoded to the ZIP, and says no more than that.
    assert (rows["m2"]["geo_source"], rows["m2"]["geo_precision"]) == ("source", "postal_code")
    # No street address: the point can be no better than the town.
    assert rows["m3"]["geo_precision"] == "city"
    assert not any("source_fixed" in k for k in outcome.counters["test-source"])


@pytest.mark.parametrize(
    ("point", "fields", "kind"),
    [
        ((0.0, 0.0), {}, "null_island"),
        (BMLT_DEFAULT, {}, "known_default_point"),
        ((43.6532, -79.3832), {}, "outside_country"),  # Toronto, for a Peoria ZIP
        ((38.9517, -92.3341), {}, "outside_state"),  # Columbia, Missouri
        ((41.8781, -87.6298), {}, "far_from_address"),  # Chicago: Illinois, but not Peoria
        ((43.6532, -79.3832), {"postal_code": None, "city": None}, "outside_country"),
    ],
    ids=["null-island", "bmlt-default", "other-country", "other-state", "far", "no-reference"],
)
def test_bad_source_coordinates_are_replaced_and_counted(
    geo_data_dir: Path, point: tuple[float, float], fields: dict[str, object], kind: str
) -> None:
    rows, outcome = run(geo_data_dir, meeting(1, latitude=point[0], longitude=point[1], **fields))
    row = rows["m1"]
    assert outcome.counters["test-source"][f"geocode/source_fixed/{kind}"] == 1
    assert (row["latitude"], row["longitude"]) != point
    if fields:  # neither postal code nor town: nothing to place it by
        assert (row["latitude"], row["geo_precision"], row["geo_source"]) == (None, "none", None)
    else:
        assert (row["geo_source"], row["geo_precision"]) == ("gazetteer", "postal_code")
        assert (row["latitude"], row["longitude"]) == pytest.approx(PEORIA_61604, abs=1e-3)
        assert row["geocoded_address"].startswith("61604, Peoria")
    assert outcome.summary["source_fixed"] == {kind: 1}


def test_swapped_coordinates_are_swapped_back(geo_data_dir: Path) -> None:
    rows, outcome = run(
        geo_data_dir, meeting(1, latitude=KNOXVILLE_AVE[1], longitude=KNOXVILLE_AVE[0])
    )
    row = rows["m1"]
    assert (row["latitude"], row["longitude"]) == KNOXVILLE_AVE
    assert (row["geo_source"], row["geo_precision"]) == ("source", "street")
    assert outcome.counters["test-source"]["geocode/source_fixed/swapped"] == 1


def test_a_point_shared_by_many_addresses_is_a_default(geo_data_dir: Path) -> None:
    shared = [
        meeting(n, postal_code=zip_code, latitude=DOWNTOWN_PEORIA[0], longitude=DOWNTOWN_PEORIA[1])
        for n, zip_code in enumerate(["61602", "61604", "61606"])
    ]
    # A church hosting several meetings at one address is not a default point.
    church = [
        meeting(10 + n, street="2310 N Knoxville Ave", latitude=KNOXVILLE_AVE[0],
                longitude=KNOXVILLE_AVE[1])
        for n in range(4)
    ]  # fmt: skip
    rows, outcome = run(geo_data_dir, *shared, *church)
    assert outcome.counters["test-source"]["geocode/source_fixed/shared_default_point"] == 3
    assert {rows[f"m{n}"]["geo_source"] for n in range(3)} == {"gazetteer"}
    assert {rows[f"m{10 + n}"]["geo_source"] for n in range(4)} == {"source"}


def test_meetings_without_coordinates_get_the_postal_then_town_centroid(
    geo_data_dir: Path,
) -> None:
    rows, outcome = run(
        geo_data_dir,
        meeting(1),
        meeting(2, postal_code=None),
        meeting(3, postal_code="10117", city="Berlin", region=None, country="DE",
                timezone="Europe/Berlin"),
        meeting(4, postal_code=None, city="Nowhere Such", region="IL"),
    )  # fmt: skip
    assert (rows["m1"]["geo_precision"], rows["m1"]["geo_source"]) == ("postal_code", "gazetteer")
    assert (rows["m2"]["geo_precision"], rows["m2"]["geocoded_address"]) == (
        "city", "Peoria, IL, US",
    )  # fmt: skip
    # Looked up by country AND code: 10117 is Berlin, not New York.
    assert rows["m3"]["latitude"] == pytest.approx(52.5, abs=0.1)
    assert rows["m4"]["geo_precision"] == "none"
    assert outcome.counters["test-source"]["geocode/precision/none"] == 1
    assert outcome.summary["precision_by_country"]["DE"] == {"postal_code": 1}


def test_online_meetings_are_not_placed_and_never_missed(geo_data_dir: Path) -> None:
    rows, outcome = run(
        geo_data_dir,
        meeting(1, attendance="online"),
        meeting(2, attendance="online", latitude=KNOXVILLE_AVE[0], longitude=KNOXVILLE_AVE[1]),
        meeting(3, attendance="online", latitude=BMLT_DEFAULT[0], longitude=BMLT_DEFAULT[1]),
    )
    assert (rows["m1"]["latitude"], rows["m1"]["geo_precision"]) == (None, "none")
    # The feed's area is kept, flagged approximate by a precision no better than city.
    assert (rows["m2"]["geo_precision"], rows["m2"]["geo_source"]) == ("city", "source")
    assert rows["m3"]["latitude"] is None
    counters = outcome.counters["test-source"]
    assert not [k for k in counters if k.startswith("geocode/precision/")]
    assert counters["geocode/online_meeting/approximate_area"] == 1
    assert outcome.summary["in_person"] == 0


def test_zone_from_coordinates_replaces_a_wrong_source_default(geo_data_dir: Path) -> None:
    london = {"street": "1 Parliament St", "city": "London", "region": None,
              "postal_code": "SW1A 2JR", "country": "GB"}  # fmt: skip
    rows, outcome = run(
        geo_data_dir,
        meeting(1, timezone="America/New_York", **london),
        meeting(2, timezone="America/New_York", timezone_source="source", **london),
        meeting(3, timezone="America/New_York", region="Illinois"),
        meeting(4, timezone="America/Chicago", latitude=KNOXVILLE_AVE[0],
                longitude=KNOXVILLE_AVE[1]),
    )  # fmt: skip
    assert (rows["m1"]["timezone"], rows["m1"]["timezone_source"]) == (
        "Europe/London", "coordinates",
    )  # fmt: skip
    # The record's own zone stays; the contradiction is counted for a human to look at.
    assert (rows["m2"]["timezone"], rows["m2"]["timezone_source"]) == ("America/New_York", "source")
    assert rows["m3"]["timezone"] == "America/Chicago"
    assert rows["m4"]["timezone_source"] == "coordinates"
    counters = outcome.counters["test-source"]
    assert counters["timezone/contradicts_coordinates"] == 1
    assert counters["timezone/source_default_wrong"] == 2
    assert counters["timezone/from_coordinates"] == 3


def _write(path: Path, *lines: str) -> Path:
    path.write_text(
        "meeting_id,address,latitude,longitude,reason,reviewer,reviewed_on\n" + "\n".join(lines),
        encoding="utf-8",
    )
    return path


def test_overrides_win_and_orphans_are_reported(geo_data_dir: Path, tmp_path: Path) -> None:
    pins = load_overrides(
        _write(
            tmp_path / "geocode.csv",
            "m1,,40.70,-89.60,visited the hall,ana,2026-11-01",
            ',"102 North Knoxville Avenue, Peoria IL 61604",40.71,-89.61,door is round the back,ana,2026-11-01',
            "gone,,40.7,-89.6,meeting closed,ana,2026-11-01",
        )
    )
    rows, outcome = run(
        geo_data_dir,
        meeting(1, latitude=KNOXVILLE_AVE[0], longitude=KNOXVILLE_AVE[1]),
        meeting(2),
        meeting(3),
        overrides=pins,
    )
    assert (rows["m1"]["latitude"], rows["m1"]["geo_source"], rows["m1"]["geo_precision"]) == (
        40.70, "override", "rooftop",
    )  # fmt: skip
    assert (rows["m2"]["latitude"], rows["m2"]["geo_source"]) == (40.71, "override")
    assert rows["m3"]["geo_source"] == "gazetteer"
    assert outcome.summary["overrides"]["applied"] == 2
    assert [o["target"] for o in outcome.summary["overrides"]["orphaned"]] == ["gone"]
    assert outcome.summary["overrides"]["orphaned"][0]["line"] == 4


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("m1,,91,-89.6,r,ana,2026-11-01", "latitude '91'"),
        ("m1,,40,east,r,ana,2026-11-01", "longitude 'east'"),
        ("m1,,0,0,r,ana,2026-11-01", "both 0"),
        ("m1,,40,-89,,ana,2026-11-01", "reason is empty"),
        ("m1,,40,-89,r,ana,yesterday", "not a date"),
        (",,40,-89,r,ana,2026-11-01", "exactly one of meeting_id and address"),
        ("m1,1 Main St,40,-89,r,ana,2026-11-01", "exactly one of meeting_id and address"),
    ],
)
def test_a_bad_override_row_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = _write(tmp_path / "geocode.csv", "# a comment row,,,,,,", line)
    with pytest.raises(OverrideFileError) as error:
        load_overrides(path)
    assert str(error.value).startswith(f"{path}:3: ")
    assert message in str(error.value)


def test_a_second_pin_of_the_same_meeting_is_refused(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "geocode.csv",
        "m1,,40,-89,r,ana,2026-11-01",
        "m1,,41,-89,r,bo,2026-11-02",
    )
    with pytest.raises(OverrideFileError, match=r"geocode.csv:3: second override of m1"):
        load_overrides(path)


def test_the_repo_override_file_loads_and_mat_reviews_skip_it() -> None:
    from pipeline.mat.reviews import load_reviews
    from pipeline.workspace import DEFAULT_REVIEWS

    overrides = load_overrides(DEFAULT_REVIEWS)
    assert all(o.file.endswith("geocode.csv") for o in overrides)
    reviews = load_reviews(DEFAULT_REVIEWS)  # geocode.csv is not read as a MAT review file
    assert not [r for r in reviews if r.file.endswith("geocode.csv")]
