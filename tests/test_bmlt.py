"""BMLT: readers of the semantic API's answers and the mapper onto the common fields."""

from __future__ import annotations

import re
from collections import Counter
from datetime import time
from urllib.parse import parse_qsl, urlsplit

import pytest

from pipeline.crawl.bmlt_api import (
    formats_url,
    root_url,
    search_results_url,
    server_info_url,
    service_bodies_url,
)
from pipeline.normalize.mappers.bmlt import bmlt_day, duration_of, map_record
from pipeline.normalize.mappers.bmlt_formats import FormatCatalog
from pipeline.normalize.mappers.common import UnmappableRecord, strip_label
from pipeline.normalize.readers.bmlt import (
    BmltServerPayload,
    read_search_results,
    read_server,
    read_service_bodies,
)
from pipeline.normalize.readers.errors import PayloadError
from pipeline.normalize.source import build_meetings
from tests.conftest import FIXTURES, make_source

BMLT = FIXTURES / "bmlt"


def spanish_server() -> BmltServerPayload:
    return read_server(
        (BMLT / "search_bare.json").read_bytes(),
        (BMLT / "formats_es.json").read_bytes(),
        (BMLT / "service_bodies.json").read_bytes(),
    )


def by_id(payload: BmltServerPayload, own_id: str) -> dict[str, object]:
    return next(m for m in payload.meetings if m["id_bigint"] == own_id)


def test_formats_go_through_world_ids_not_local_keys() -> None:
    server = spanish_server()
    counters: Counter[str] = Counter()
    fields = map_record(by_id(server, "501"), counters, server.formats)
    # "O" is Orador (SPK) on this server, not Open; "A" (Abierta) is Open.
    assert fields.types.types == ["O", "X", "LIT", "SP"]
    assert fields.types.source_types == ["A", "SR", "TB", "O"]
    assert fields.types.unknown == []


def test_weekday_duration_venue_and_address() -> None:
    server = spanish_server()
    fields = map_record(by_id(server, "501"), Counter(), server.formats)
    assert (fields.days, fields.start, fields.end) == ([0], time(19), time(20, 30))
    assert fields.name == "Grupo Nueva Vida"  # shouted name set in title case
    assert fields.timezone == "America/Puerto_Rico"
    assert fields.attendance_option == "in_person"
    assert (fields.street, fields.city, fields.region, fields.postal_code, fields.country) == (
        "Calle Luna 120",
        "San Juan",
        "PR",
        "00901",
        "US",
    )
    assert fields.formatted_address is None  # the source gave parts; the builder joins them
    (meeting,) = build_meetings(fields, make_source(platform="bmlt"), Counter(), None)
    assert meeting["formatted_address"] == "Calle Luna 120, San Juan, PR 00901, US"
    assert meeting["day"] == 0 and meeting["end_time"] == time(20, 30)
    assert (fields.latitude, fields.longitude) == (18.4655, -66.1057)
    assert fields.own_id == "501"


def test_notes_join_comments_and_location_info_without_labels_or_contacts() -> None:
    server = spanish_server()
    fields = map_record(by_id(server, "501"), Counter(), server.formats)
    assert fields.notes is not None
    assert "Metadona y buprenorfina bienvenidas" in fields.notes
    assert "Por la puerta lateral" in fields.notes and "Entrada#@-@#" not in fields.notes
    counters: Counter[str] = Counter()
    (meeting,) = build_meetings(fields, make_source(platform="bmlt"), counters, None)
    assert "maria@example.org" not in meeting["notes"]  # the builder's one scrubber
    assert counters["privacy/email_removed"] == 1


def test_virtual_meeting_past_midnight_drops_the_default_point() -> None:
    server = spanish_server()
    counters: Counter[str] = Counter()
    fields = map_record(by_id(server, "502"), counters, server.formats)
    assert (fields.days, fields.start, fields.end) == ([6], time(23, 30), time(0, 30))
    assert fields.attendance_option == "online"
    assert (fields.latitude, fields.longitude) == (None, None)
    assert counters["field/coordinates/virtual_dropped"] == 1
    assert fields.conference_url == "https://zoom.us/j/5550001111"
    assert fields.conference_phone == "+1 646 558 8656,,5550001111#"
    assert fields.types.types == ["C", "ONL", "EN"] and fields.types.languages == ["en"]
    assert fields.notes == "Clave: 4242"
    assert fields.timezone is None  # empty time_zone: the source's default applies


def test_hybrid_unknown_keys_kept_and_counted() -> None:
    server = spanish_server()
    counters: Counter[str] = Counter()
    fields = map_record(by_id(server, "503"), counters, server.formats)
    assert fields.attendance_option == "hybrid"
    assert fields.end is None  # no duration
    # ids and keys do not line up (4 keys, 3 ids): keys are looked up one by one
    assert fields.types.source_types == ["A", "HI", "Cafe", "ZZ"]
    assert fields.types.types == ["O"]
    assert fields.types.unknown == ["Cafe", "ZZ"]
    assert counters["field/types/unknown_code/Cafe"] == 1  # on the server, no world id
    assert counters["field/types/unknown_format"] == 1  # ZZ: not on the server at all
    assert counters["field/types/no_equivalent/HYBR"] == 1


def test_weekday_out_of_range_is_unmappable() -> None:
    server = spanish_server()
    with pytest.raises(UnmappableRecord) as caught:
        map_record(by_id(server, "504"), Counter(), server.formats)
    assert caught.value.field == "day" and "1-7" in str(caught.value)


def test_answer_with_meetings_and_formats() -> None:
    server = read_server((BMLT / "search_with_formats.json").read_bytes())
    assert len(server.meetings) == 2 and server.formats.count == 3
    first, second = (map_record(m, Counter(), server.formats) for m in server.meetings)
    assert first.types.types == ["O", "BE", "X"] and first.days == [2]
    assert first.attendance_option is None  # trimmed answer: no venue_type, builder decides
    assert second.types.source_types == [] and second.notes == "Basement"


def test_format_ids_win_over_keys_when_they_line_up() -> None:
    catalog = FormatCatalog.from_json(
        [
            {"id": "1", "key_string": "X", "world_id": "OPEN"},
            {"id": "2", "key_string": "Y", "world_id": "CLOSED"},
        ]
    )
    refs = catalog.resolve("Y", "1")  # the key says CLOSED, the id says OPEN: the id wins
    assert [r.world_id for r in refs] == ["OPEN"]
    refs = catalog.resolve("", "2,9")  # only ids (a trimmed answer)
    assert [(r.key, r.world_id, r.known) for r in refs] == [
        ("Y", "CLOSED", True),
        ("9", None, False),
    ]


def test_formats_of_several_root_servers_stay_apart() -> None:
    catalog = FormatCatalog.from_json(
        [
            {"id": "10", "key_string": "O", "world_id": "OPEN", "root_server_id": "1"},
            {"id": "20", "key_string": "O", "world_id": "SPK", "root_server_id": "2"},
        ]
    )
    assert catalog.resolve("O", "", "2")[0].world_id == "SPK"
    assert catalog.resolve("O", "", "1")[0].world_id == "OPEN"


def test_service_bodies() -> None:
    bodies = read_service_bodies((BMLT / "service_bodies.json").read_bytes())
    assert set(bodies) == {"1", "7", "8"}
    assert bodies["7"].name == "Área Metro San Juan" and bodies["7"].parent_id == "1"


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"<html>Service unavailable</html>", "GetSearchResults answer is not JSON"),
        (b'{"error": "bad switcher"}', "without a meetings array (keys: error)"),
        (b"42", "JSON int, not an array"),
    ],
)
def test_unreadable_answers_are_payload_errors(payload: bytes, message: str) -> None:
    with pytest.raises(PayloadError, match=re.escape(message)):
        read_search_results(payload)


def test_conversions() -> None:
    assert [bmlt_day(v) for v in ("1", "7", 2)] == [0, 6, 1]
    assert duration_of("00:35:00").seconds == 35 * 60  # type: ignore[union-attr]
    assert duration_of("01:45") is not None and duration_of("24:00:00") is None
    assert duration_of("00:00:00") is None and duration_of("abc") is None
    assert strip_label("ÖPNV#@-@#U1, U3") == "U1, U3" and strip_label(7) == 7


def test_semantic_api_urls_name_the_caller() -> None:
    root = "https://bmlt.example.org/main_server/"
    url = search_results_url(root, [12, 14])
    parts = urlsplit(url)
    assert url.startswith(root + "client_interface/json/?")
    query = parse_qsl(parts.query)
    assert ("switcher", "GetSearchResults") in query and ("callingApp", "allpaths") in query
    assert [v for k, v in query if k == "services[]"] == ["12", "14"]
    assert ("recursive", "1") in query and ("sort_keys", "id_bigint") in query
    assert "services" not in search_results_url(root)
    for built, switcher in (
        (formats_url(root), "GetFormats"),
        (service_bodies_url(root), "GetServiceBodies"),
        (server_info_url(root), "GetServerInfo"),
    ):
        assert dict(parse_qsl(urlsplit(built).query)) == {
            "switcher": switcher,
            "callingApp": "allpaths",
        }
    assert root_url(url) == root
    assert root_url("https://x.org/bmlt") == "https://x.org/bmlt/"
