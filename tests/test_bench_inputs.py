"""The night benchmark's inputs are what the pipeline's own readers accept.

`make bench` serves scaled BMLT root servers, an aggregator export and HTML pages
(benchmarks/bmlt_sites.py, benchmarks/html_sites.py); if the readers rejected them, the
benchmark would time failures. These check the written files through the same readers a
night uses (checksums, stale servers, format lists, the site's table reader), at a few
thousand meetings. No timing here: the targets live in benchmarks/bench_night.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.bench_night import MIX, split
from benchmarks.bmlt_sites import (
    SEARCH,
    bmlt_samples,
    scaled_meetings,
    search_answers,
    shifted_bmlt,
    write_export,
    write_root_servers,
)
from benchmarks.html_sites import PLATFORM, write_pages
from pipeline.normalize.readers.bmlt import FORMATS, SERVICE_BODIES, read_bmlt_payload
from pipeline.normalize.readers.bmlt_export import (
    ChecksumMismatch,
    read_export_payload,
    read_manifest,
    wanted_files,
)
from pipeline.normalize.readers.html import html_reader


def test_export_passes_the_readers_checks_with_one_stale_server(tmp_path: Path) -> None:
    export = write_export(tmp_path, 5_000, 2_000)  # servers of 2,000, 2,000 and 1,000
    manifest_bytes = export.manifest.read_bytes()
    manifest = read_manifest(manifest_bytes)
    files = {p: (tmp_path / p).read_bytes() for p in wanted_files(manifest)}
    payload = read_export_payload(manifest_bytes, files)
    assert export.stale == ["3"]
    assert len(payload.meetings) == 5_000
    assert sum(m.stale for m in payload.meetings) == 1_000
    assert payload.problems == []
    assert len({(m.raw["root_server_id"], m.raw["id_bigint"]) for m in payload.meetings}) == 5_000
    assert payload.formats.formats()
    damaged = bytearray(files["meetings.ndjson.gz"])
    damaged[len(damaged) // 2] ^= 0xFF
    files["meetings.ndjson.gz"] = bytes(damaged)
    with pytest.raises(ChecksumMismatch):
        read_export_payload(manifest_bytes, files)


def test_root_servers_answer_in_both_shapes_with_their_formats(tmp_path: Path) -> None:
    roots = write_root_servers(tmp_path, 3_000, 1_000)
    arrays, objects = search_answers(roots)
    assert len(arrays) + len(objects) == 3
    if len(bmlt_samples()) > 1:  # the corpus: Berlin's bare array, New York's object
        assert arrays and objects
    for root in roots:
        parts = {
            FORMATS: (root / "GetFormats.json").read_bytes(),
            SERVICE_BODIES: (root / "GetServiceBodies.json").read_bytes(),
        }
        payload = read_bmlt_payload((root / SEARCH).read_bytes(), parts)
        assert payload.counters["bmlt/service_body_unknown"] == 0
        assert len(payload.meetings) == 1_000
        assert len({m["id_bigint"] for m in payload.meetings}) == 1_000
        assert payload.formats.formats()


def test_shifted_copies_of_a_meeting_never_share_day_and_start() -> None:
    sample = bmlt_samples()[0]
    record = next(m for m in sample.meetings if str(m.get("start_time", "")).count(":") >= 1)
    seen = set()
    for cycle in range(672):
        copy = dict(record)
        shifted_bmlt(copy, cycle)
        seen.add((copy["weekday_tinyint"], copy["start_time"]))
    assert len(seen) == 672
    keys = ("weekday_tinyint", "start_time", "location_street", "location_postal_code_1",
            "latitude", "longitude")  # fmt: skip
    places = set()
    for cycle in range(4_000):  # past a week of slots, the place keeps them apart
        copy = dict(record)
        shifted_bmlt(copy, cycle)
        places.add(tuple(copy.get(k) for k in keys))
    assert len(places) == 4_000
    assert len({m["id_bigint"] for m in scaled_meetings(sample, 500, 1)}) == 500


def test_html_pages_are_read_whole_by_the_sites_reader(tmp_path: Path) -> None:
    pages = write_pages(tmp_path, 2_500, 1_000)
    read = html_reader(PLATFORM)
    slugs: set[str] = set()
    counts = []
    for page in pages:
        rows, _ = read(page.read_bytes())
        counts.append(len(rows))
        slugs.update(str(r["slug"]) for r in rows)
        assert all(r.get("time") for r in rows)
    assert counts == [1_000, 1_000, 500]
    assert len(slugs) == 2_500


@pytest.mark.parametrize("meetings", [1, 999, 10_000, 123_457])
def test_the_mix_splits_every_meeting(meetings: int) -> None:
    parts = split(meetings, MIX)
    assert sum(parts.values()) == meetings
    assert parts["meeting_guide"] >= parts["bmlt"]
