"""Hostile feeds where they are read: a real crawl against a local hostile server, then
the payload reader. One test per case; each docstring is the README's stated outcome."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from pipeline.crawl.process import crawl_batch
from pipeline.limits import DOWNLOAD_MAXSIZE, MIB, RETRY_AFTER_MAX_SECONDS
from pipeline.normalize.source import normalize_payload
from pipeline.normalize.stage import normalize_fetched
from pipeline.types import CrawlSummary, Fetched
from spiders.retry_after import retry_after_seconds
from tests.conftest import make_source
from tests.hostile_server import RETRY_AFTER, HostileServer

PATHS = ["latin1.json", "bomb.json", "huge.json", "busy-then-ok.json", "busy-for-an-hour.json"]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlSummary, float]]:
    """One real crawl of every hostile path in one Scrapy process, as a night would."""
    work = tmp_path_factory.mktemp("hostile-crawl")
    with HostileServer() as server:
        sources = [make_source(id=p.removesuffix(".json")) for p in PATHS]
        urls = {s.id: server.url_for(p) for s, p in zip(sources, PATHS, strict=True)}
        started = time.monotonic()
        summary = crawl_batch(sources, urls, work)
        yield summary, time.monotonic() - started


def fetched_of(crawled: tuple[CrawlSummary, float], source_id: str) -> Fetched:
    return next(f for f in crawled[0].fetched if f.source_id == source_id)


def test_gzip_bomb_is_refused_at_the_download_limit(crawled: tuple[CrawlSummary, float]) -> None:
    """A gzip bomb fails its source with "response larger than the 64 MiB download limit"."""
    fetched = fetched_of(crawled, "bomb")
    assert fetched.error == (
        f"request failed: response larger than the {DOWNLOAD_MAXSIZE // MIB} MiB download "
        "limit (after decompression); not read"
    )
    assert DOWNLOAD_MAXSIZE <= 64 * MIB  # far below the 1 GiB Scrapy allows by default


def test_declared_oversize_body_is_refused(crawled: tuple[CrawlSummary, float]) -> None:
    """A Content-Length past the limit is refused before its body is read."""
    fetched = fetched_of(crawled, "huge")
    assert fetched.error is not None and "download limit" in fetched.error
    assert crawled[0].error is None  # the crawl process itself went on


def test_retry_after_is_waited_out(crawled: tuple[CrawlSummary, float]) -> None:
    """429 with `Retry-After: 2` is retried after 2 s and the feed is read."""
    fetched = fetched_of(crawled, "busy-then-ok")
    assert fetched.error is None and fetched.status == 200
    stats = crawled[0].stats
    assert stats["allpaths/retry_after_waits"] == 1
    assert stats["allpaths/retry_after_seconds"] == RETRY_AFTER
    assert crawled[1] >= RETRY_AFTER


def test_retry_after_beyond_the_bound_fails_at_once(crawled: tuple[CrawlSummary, float]) -> None:
    """`Retry-After: 3600` is not waited for: the source fails naming the wait asked."""
    fetched = fetched_of(crawled, "busy-for-an-hour")
    assert fetched.error is not None and fetched.error.startswith("HTTP 429 from")
    assert (
        f"asked to retry after 3600 s, longer than the {RETRY_AFTER_MAX_SECONDS:.0f} s"
        in fetched.error
    )
    assert crawled[1] < 120  # the whole crawl, nowhere near an hour


def test_retry_after_dates_and_numbers() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 11, 24, 3, 15, tzinfo=UTC)
    assert retry_after_seconds(b"30") == 30.0
    assert retry_after_seconds("Tue, 24 Nov 2026 03:16:00 GMT", now) == 60.0
    assert retry_after_seconds("Tue, 24 Nov 2026 03:00:00 GMT", now) == 0.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_declared_latin1_charset_is_honoured(
    crawled: tuple[CrawlSummary, float], tmp_path: Path
) -> None:
    """A Latin-1 body with its charset declared is read as Latin-1: "Café", not mojibake."""
    fetched = fetched_of(crawled, "latin1")
    assert fetched.content_type == "application/json; charset=ISO-8859-1"
    result = normalize_fetched(make_source(id="latin1"), fetched, tmp_path)
    (row,) = pq.read_table(result.meetings_path).to_pylist()
    assert row["name"] == "Café Serenity"
    assert result.counters["feed/decoded_as/iso8859-1"] == 1
    assert "feed/invalid_bytes" not in result.counters


# --- the payload reader: a crash is a failed source with the reason --------------------

SOURCE = make_source()


def fetched(content_type: str | None = "application/json") -> Fetched:
    return Fetched(
        source_id=SOURCE.id,
        url=SOURCE.url,
        public_url=SOURCE.url,
        fetched_at="2026-11-24T03:15:00+00:00",
        status=200,
        content_type=content_type,
    )


RECORD = '{"slug": "s%d", "name": "Serenity %d", "day": 1, "time": "19:00"}'


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"[" * 10_000 + b"]" * 10_000, "response is JSON nested too deeply to read"),
        (b'[{"id": ' + b"9" * 5000 + b', "name": "x"}]', "response is not readable JSON (Exceeds"),
        (b"\x00\x01binary", "response is not JSON"),
    ],
    ids=["nested-10000", "5000-digit-id", "binary"],
)
def test_reader_crash_fails_the_source_with_its_reason(body: bytes, reason: str) -> None:
    """Nested 10,000 deep, a 5,000-digit id: a failed source with the reason, one `feed:` reject."""
    rows = normalize_payload(SOURCE, fetched(), body)
    assert rows.failure is not None and rows.failure.startswith(reason)
    (reject,) = rows.rejects
    assert reject["reason"].startswith(f"feed: {reason}")
    assert rows.meetings == []


def test_reader_that_returns_fewer_records_fails_the_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A reader yielding fewer records than the top-level array holds: failed, with counts."""
    from pipeline.normalize import payloads

    def short(payload: payloads.Payload) -> payloads.SourceRecords:
        return payloads.SourceRecords(json.loads(payload.body)[:-1])

    monkeypatch.setitem(payloads.PAYLOAD_READERS, "meeting_guide", short)
    body = ("[" + ",".join(RECORD % (n, n) for n in range(3)) + "]").encode()
    rows = normalize_payload(SOURCE, fetched(), body)
    assert rows.failure == (
        "the payload's array holds 3 records but only 2 were read; kept the last good meetings"
    )


def test_reader_that_raises_anything_fails_the_source(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any exception in a reader is the source's failure reason, never a crashed night."""
    from pipeline.normalize import payloads

    def broken(payload: payloads.Payload) -> payloads.SourceRecords:
        raise KeyError("meetings")

    monkeypatch.setitem(payloads.PAYLOAD_READERS, "meeting_guide", broken)
    rows = normalize_payload(SOURCE, fetched(), b"[]")
    assert rows.failure == "the meeting_guide reader failed on this payload (KeyError: 'meetings')"


def test_mapper_that_raises_anything_is_a_reject(monkeypatch: pytest.MonkeyPatch) -> None:
    """A mapper crash on one record rejects that record with the reason; the rest are read."""
    from pipeline.normalize import source as source_module

    real = source_module.MAPPERS["meeting_guide"]

    def flaky(raw: Any, *args: Any) -> Any:
        if raw.get("slug") == "s1":
            raise LookupError("no such key")
        return real.map_record(raw, *args)

    monkeypatch.setitem(
        source_module.MAPPERS, "meeting_guide", source_module.Mapper(flaky, real.own_id)
    )
    body = ("[" + ",".join(RECORD % (n, n) for n in range(3)) + "]").encode()
    rows = normalize_payload(SOURCE, fetched(), body)
    assert rows.failure is None and len(rows.meetings) == 2
    (reject,) = rows.rejects
    assert reject["reason"] == "unreadable record (LookupError): no such key"


def test_source_over_its_time_limit_fails_alone() -> None:
    """Normalizing past the per-source limit fails that source with the limit named."""
    body = ("[" + ",".join(RECORD % (n, n) for n in range(50)) + "]").encode()
    rows = normalize_payload(SOURCE, fetched(), body, time_limit=-1)
    assert rows.failure == "normalizing took longer than the -1 s limit per source (0 records done)"
    rows = normalize_payload(SOURCE, fetched(), body)
    assert rows.failure is None and len(rows.meetings) == 50


def test_lone_surrogates_are_replaced_and_counted(tmp_path: Path) -> None:
    """`\\ud800` in an id or a value becomes U+FFFD, counted; the record is published."""
    body = (
        b'[{"slug": "a\\ud800", "name": "Hope \\udc00", "day": 1, "time": "19:00",'
        b' "types": ["O\\ud800"], "notes": "x\\ud800"},'
        b' {"slug": "b", "name": "Bad day", "day": "\\ud800", "time": "19:00"}]'
    )
    rows = normalize_payload(SOURCE, fetched(), body)
    (meeting,) = rows.meetings
    assert meeting["name"] == "Hope \ufffd" and meeting["source_meeting_id"] == "a\ufffd"
    assert rows.counters["feed/lone_surrogates_replaced"] == 5
    (reject,) = rows.rejects
    assert "\ufffd" in reject["reason"]


def test_invalid_utf8_is_read_and_counted() -> None:
    """Invalid UTF-8 without a declared charset: read with U+FFFD, each byte counted."""
    body = b'[{"slug": "c", "name": "Caf\xe9 \xff", "day": 1, "time": "19:00"}]'
    rows = normalize_payload(SOURCE, fetched(content_type="application/json"), body)
    assert rows.meetings[0]["name"] == "Caf\ufffd \ufffd"
    assert rows.counters["feed/invalid_bytes"] == 2


# --- nothing lost downstream: carry-forward, the Parquet writer, the exports -----------


def tiny_feed(n: int) -> list[dict[str, Any]]:
    return [json.loads(RECORD % (i, i)) for i in range(n)]


def test_small_source_that_drops_to_zero_is_held_back(tmp_path: Path) -> None:
    """A 3-meeting source answering `[]` is held back (not emptied), its meetings stale
    with their first_seen kept."""
    from tests.release_builders import feed_batch, publish_night

    source = make_source(id="tiny")
    data = tmp_path / "data"
    first = publish_night(data, [source], [feed_batch(source, tiny_feed(3))])
    second = publish_night(data, [source], [feed_batch(source, [])], night=1)
    manifest = json.loads((second / "manifest.json").read_text())
    report = manifest["sources"]["tiny"]
    assert report["status"] == "held_back" and report["stale"] == 3
    assert report["error"].startswith("no meetings tonight against 3 in the last release")
    before = pq.read_table(first / "meetings.parquet").to_pylist()
    after = pq.read_table(second / "meetings.parquet").to_pylist()
    assert [m["first_seen"] for m in after] == [m["first_seen"] for m in before]
    assert all(m["stale"] for m in after)


ODD_VALUES = {
    "name": "Hope \ud800 Group",
    "group_name": "G\udfff",
    "location_name": "Hall \ud83d",
    "notes": "bring \udc00 coffee",
    "city": "Peoria\ud800",
    "source_types": ["O", "\ud800"],
    "types": ["O"],
    "conference_url": "https://zoom.us/j/1\ud800",
}


def test_lone_surrogates_reach_every_export(tmp_path: Path) -> None:
    """Rows holding lone surrogates in any text (a mapper that missed one) are written by
    write_rows with U+FFFD, counted, and every meeting reaches every export."""
    from pipeline.normalize.source import normalize_records
    from pipeline.normalize.stage import write_rows
    from pipeline.types import NormalizedSource
    from tests.helpers import FETCHED_AT
    from tests.release_builders import publish_night

    source = make_source(id="odd")
    rows = normalize_records(source, tiny_feed(4), source.url, FETCHED_AT)
    for meeting in rows.meetings:
        meeting.update({k: list(v) if isinstance(v, list) else v for k, v in ODD_VALUES.items()})
    rows.rejects.append({**rows.rejects[0]} if rows.rejects else {
        "source_id": "odd", "source_meeting_id": "r\ud800", "source_url": source.url,
        "reason": "day '\ud800' is not a weekday", "raw_payload": '{"day": "\ud800"}',
        "fetched_at": FETCHED_AT,
    })  # fmt: skip
    meetings_path, rejects_path = write_rows(rows, tmp_path / "normalized" / "odd")
    assert rows.counters["text/lone_surrogates_replaced"] == 4 * 7 + 3
    batch = NormalizedSource(
        source_id="odd",
        meetings_path=str(meetings_path),
        rejects_path=str(rejects_path),
        fetched=4,
        valid=4,
        rejected=1,
        counters=dict(rows.counters),
    )
    release = publish_night(tmp_path / "data", [source], [batch])
    manifest = json.loads((release / "manifest.json").read_text())
    assert manifest["counts"]["meetings"] == 4 and manifest["counts"]["rejects"] == 1
    guide = json.loads((release / "meeting-guide.json").read_text(encoding="utf-8"))
    assert len(guide) == 4 and guide[0]["name"] == "Hope \ufffd Group"
    geojson = json.loads((release / "meetings.geojson").read_text(encoding="utf-8"))
    features = geojson["features"]
    assert (
        len(features) + manifest["exports"]["meetings.geojson"].get("without_coordinates", 0) == 4
    )
    assert "odd" in (release / "report.html").read_text(encoding="utf-8")
