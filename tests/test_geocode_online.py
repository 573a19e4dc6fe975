"""The online geocoder path against a local server speaking Nominatim's API (never the real one)."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from pipeline.geocode.online import effective_policy
from pipeline.geocode.stage import GeocodeSettings, geocode_table
from schemas.geocoder import GeocoderConfig
from tests.geocode_helpers import meeting, rows_by_id, table_of
from tests.nominatim_server import Script, nominatim_server, place

AGENT = "allpaths-tests/0.1 (+https://example.org/allpaths)"


def config(domain: str, **overrides: Any) -> GeocoderConfig:
    fields: dict[str, Any] = {
        "service": "nominatim", "user_agent": AGENT, "domain": domain, "scheme": "http",
        "timeout": 1.0, "min_delay_seconds": 0.2, "max_retries": 1,
    }  # fmt: skip
    fields.update(overrides)
    return GeocoderConfig.model_validate(fields)


def night(data_dir: Path, geocoder: GeocoderConfig, *meetings):  # type: ignore[no-untyped-def]
    outcome = geocode_table(
        table_of(*meetings), GeocodeSettings(data_dir=data_dir, geocoder=geocoder)
    )
    return rows_by_id(outcome.table), outcome


def test_refines_the_gazetteer_and_keeps_the_feed_address(geo_data_dir: Path) -> None:
    script = Script(
        rules={
            "101 N Knoxville": [place(40.7152, -89.5871, "101, North Knoxville Avenue, Peoria")],
            "102 N Knoxville": [
                place(40.716, -89.5874, "North Knoxville Avenue", "residential", 26)
            ],
            "103 N Knoxville": ["miss"],
            "104 N Knoxville": [place(41.8781, -87.6298, "Chicago")],  # far from its ZIP
        }
    )
    with nominatim_server(script) as domain:
        rows, outcome = night(geo_data_dir, config(domain), *[meeting(n) for n in range(1, 5)])
    m1 = rows["m1"]
    assert (m1["geo_source"], m1["geo_precision"]) == ("nominatim", "rooftop")
    assert (m1["latitude"], m1["longitude"]) == (40.7152, -89.5871)
    assert m1["geocoded_address"] == "101, North Knoxville Avenue, Peoria"
    assert m1["formatted_address"] == "101 N Knoxville Ave, Peoria, IL 61604"
    assert rows["m2"]["geo_precision"] == "street"
    assert (rows["m3"]["geo_source"], rows["m3"]["geo_precision"]) == ("gazetteer", "postal_code")
    assert rows["m4"]["geo_source"] == "gazetteer"
    counters = outcome.counters["test-source"]
    assert counters["geocode/online/refined"] == 2
    assert counters["geocode/online/rejected_far_from_address"] == 1
    assert {agent for _, agent, _ in script.requests} == {AGENT}
    assert outcome.summary["online"]["requests"] == 4


def test_requests_are_spaced_by_the_rate_limiter(geo_data_dir: Path) -> None:
    script = Script(rules={"Knoxville": ["miss"]})
    with nominatim_server(script) as domain:
        night(geo_data_dir, config(domain, min_delay_seconds=0.3), *[meeting(n) for n in range(4)])
    times = [t for t, _, _ in script.requests]
    assert len(times) == 4
    # the limiter spaces the calls' starts; the server sees them after connection set-up,
    # which varies by tens of milliseconds on a loaded machine (0.27 s seen in CI), while
    # unthrottled requests arrive milliseconds apart
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.15, gaps
    assert sum(gaps) >= 3 * 0.3 * 0.9, gaps


def test_the_public_nominatim_is_never_asked_faster_than_its_policy() -> None:
    fast = GeocoderConfig(service="nominatim", user_agent=AGENT, min_delay_seconds=0.01)
    assert effective_policy(fast).min_delay_seconds == 1.0
    assert effective_policy(fast).max_requests <= 2_500
    own_server = GeocoderConfig(
        service="nominatim", user_agent=AGENT, domain="geo.example.org", min_delay_seconds=0.01
    )
    assert effective_policy(own_server).min_delay_seconds == 0.01


def test_a_429_is_retried_and_errors_lose_no_meeting(geo_data_dir: Path) -> None:
    script = Script(
        rules={
            "101 N": ["429", place(40.7152, -89.5871, "101, North Knoxville Avenue")],
            "102 N": ["stall"],
            "103 N": ["malformed"],
            "104 N": ["not-json"],
            "105 N": ["429"],
        },
        stall_seconds=0.8,
    )
    with nominatim_server(script) as domain:
        rows, outcome = night(
            geo_data_dir, config(domain, timeout=0.3, max_retries=1),
            *[meeting(n) for n in range(1, 6)],
        )  # fmt: skip
    assert len(rows) == 5
    assert rows["m1"]["geo_source"] == "nominatim"  # answered after one 429
    for n in range(2, 6):  # kept the gazetteer's placement
        assert (rows[f"m{n}"]["geo_source"], rows[f"m{n}"]["geo_precision"]) == (
            "gazetteer", "postal_code",
        )  # fmt: skip
    online = outcome.summary["online"]
    assert online["error/timeout"] == 1
    assert online["error/malformed"] == 2
    assert online["error/rate_limited"] == 1
    assert outcome.counters["test-source"]["geocode/online/failed"] == 4
    # Errors are not cached: the next night asks again; answers and misses are.
    with nominatim_server(script) as domain:
        _, again = night(geo_data_dir, config(domain, timeout=0.3, max_retries=0),
                         *[meeting(n) for n in range(1, 6)])  # fmt: skip
    assert again.summary["online"]["cache_hits"] == 1
    assert again.summary["online"]["requests"] == 4


def test_a_second_run_over_the_same_inputs_makes_no_calls(geo_data_dir: Path) -> None:
    script = Script(
        rules={
            "101 N": [place(40.7152, -89.5871, "101, North Knoxville Avenue")],
            "Knoxville": ["miss"],
        }
    )
    meetings = [meeting(n) for n in range(1, 4)] + [meeting(4, street="101 N Knoxville Ave")]
    with nominatim_server(script) as domain:
        first, _ = night(geo_data_dir, config(domain), *meetings)
        calls = len(script.requests)
        second, outcome = night(geo_data_dir, config(domain), *meetings)
    assert calls == 3  # one per distinct address, not per meeting
    assert len(script.requests) == calls
    assert outcome.summary["online"]["cache_hits"] == 3
    assert first == second


def test_a_service_that_keeps_failing_is_left_alone(geo_data_dir: Path) -> None:
    script = Script(rules={"Knoxville": ["not-json"]})
    with nominatim_server(script) as domain:
        rows, outcome = night(
            geo_data_dir, config(domain, max_retries=0, min_delay_seconds=0.0),
            *[meeting(n) for n in range(12)],
        )  # fmt: skip
    assert len(script.requests) == 5
    assert outcome.summary["online"]["skipped_unavailable"] == 7
    assert {r["geo_source"] for r in rows.values()} == {"gazetteer"}


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"service": "nominatim"}, "needs user_agent"),
        ({"service": "nominatim", "user_agent": "geopy/2.4"}, "needs user_agent"),
        ({"service": "mapquestt"}, "unknown geocoder service 'mapquestt'"),
        ({"service": "arcgis", "colour": "blue"}, "colour"),
    ],
)
def test_the_geocoder_table_of_a_sources_file_is_checked(
    tmp_path: Path, table: dict[str, str], message: str
) -> None:
    from schemas.sources import SourcesFileError, load_sources

    lines = "\n".join(f'{k} = "{v}"' for k, v in table.items())
    path = tmp_path / "sources.toml"
    path.write_text(
        f'[geocoder]\n{lines}\n\n[[source]]\nid = "a"\nplatform = "meeting_guide"\n'
        'url = "http://127.0.0.1/a.json"\n',
        encoding="utf-8",
    )
    with pytest.raises(SourcesFileError, match=r"\[geocoder\]") as error:
        load_sources(path)
    assert message in str(error.value)


def test_a_sources_file_names_its_geocoder(tmp_path: Path) -> None:
    from schemas.sources import load_sources

    path = tmp_path / "sources.toml"
    path.write_text(
        f'[geocoder]\nservice = "Nominatim"\nuser_agent = "{AGENT}"\n\n'
        '[[source]]\nid = "a"\nplatform = "meeting_guide"\nurl = "http://127.0.0.1/a.json"\n',
        encoding="utf-8",
    )
    geocoder = load_sources(path).geocoder
    assert (geocoder.service, geocoder.online) == ("nominatim", True)
