"""A privacy test over a real release: no email and no personal phone number (by
phonenumbers) in any file of it: Parquet, DuckDB, JSON, CSV and HTML.

The release holds the demo sources, every hostile feed of tests/fixtures/hostile/ and the
shared corpus's Meeting Guide feeds (when present), plus a source whose URL carries
credentials and which failed with an error quoting an email, a phone and a local path.
Every string of every file is read (a reject's raw payload as the JSON it is) and given
to `tests/privacy.py`, which is written apart from the scrubber. A meeting's public
dial-in (`conference_phone`, where the format puts it) is the one number allowed.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest

from pipeline.types import NormalizedSource
from schemas.sources import SourceConfig
from tests.conftest import CORPUS, FIXTURES, make_source
from tests.privacy import personal_data_in
from tests.release_builders import demo_batches, feed_batch, publish_night

HOSTILE = FIXTURES / "hostile"
#: Keys whose value is a meeting's public dial-in, published by design.
DIAL_IN_KEYS = frozenset({"conference_phone"})
#: Values that are hashes or checksums: hex digits, never a number anyone dials.
_HEX = re.compile(r"[0-9a-f]{12,64}")
SECRET_URL = "https://mike:hunter2@intergroup.example.org/wp-admin/admin-ajax.php?action=meetings"
FAILURE = (
    "HTTP 500 from https://mike:hunter2@intergroup.example.org/feed; "
    "write to webmaster@intergroup.example.org or call 555-123-4567 "
    "(see /srv/allpaths/data/work/crawl/batch-0.log)"
)


def strings(value: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """(key, text) for every string in a JSON-like value, keys included."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield "", str(k)
            yield from strings(v, str(k))
    elif isinstance(value, list | tuple):
        for v in value:
            yield from strings(v, key)
    elif isinstance(value, str) and key not in DIAL_IN_KEYS:
        if value[:1] in "[{":  # a reject's raw payload: read as the JSON it holds
            try:
                yield from strings(json.loads(value), key)
                return
            except ValueError:
                pass
        yield key, value


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.texts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.texts += [v for _, v in attrs if v]


def file_strings(path: Path) -> Iterator[tuple[str, str]]:
    if path.suffix == ".parquet":
        yield from strings(pq.read_table(path).to_pylist())
    elif path.suffix == ".duckdb":
        with duckdb.connect(str(path), read_only=True) as db:
            tables = [r[0] for r in db.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
            for table in tables:
                cursor = db.execute(f'SELECT * FROM "{table}"')
                names = [d[0] for d in cursor.description]
                for row in cursor.fetchall():
                    yield from strings(dict(zip(names, row, strict=True)))
    elif path.suffix in {".json", ".geojson"}:
        yield from strings(json.loads(path.read_text(encoding="utf-8")))
    elif path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            yield from strings(list(csv.DictReader(handle)))
    elif path.suffix == ".html":
        parser = _Text()
        parser.feed(path.read_text(encoding="utf-8"))
        yield from (("", t) for t in parser.texts)
    else:
        raise AssertionError(f"a release file of a kind this test does not read: {path.name}")


def hostile_batches() -> tuple[list[SourceConfig], list[NormalizedSource]]:
    sources, batches = demo_batches()
    for path in sorted(HOSTILE.glob("*.json")):
        if path.name.startswith("feed-"):  # a payload, not records (read by the reader tests)
            continue
        source = make_source(id=f"hostile-{path.stem}", url=SECRET_URL)
        sources.append(source)
        batches.append(feed_batch(source, json.loads(path.read_text(encoding="utf-8"))))
    for path in sorted((CORPUS / "meeting_guide").glob("*.json")) if CORPUS.is_dir() else []:
        country = "CA" if "edmonton" in path.stem else "US"
        source = make_source(id=f"corpus-{path.stem.replace('_', '-')}", country=country)
        sources.append(source)
        batches.append(feed_batch(source, json.loads(path.read_text(encoding="utf-8"))))
    broken = make_source(id="broken-source", url=SECRET_URL)
    sources.append(broken)
    failed = feed_batch(broken, [])
    failed.failure = FAILURE
    batches.append(failed)
    return sources, batches


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sources, batches = hostile_batches()
    return publish_night(tmp_path_factory.mktemp("data"), sources, batches)


def test_release_has_every_kind_of_file(release: Path) -> None:
    kinds = {p.suffix for p in release.iterdir()}
    assert {".parquet", ".duckdb", ".json", ".html"} <= kinds


def test_no_email_or_personal_phone_in_any_file(release: Path) -> None:
    """Every string of every file of the release: no email, no personal phone number."""
    leaks = []
    read = 0
    for path in sorted(release.iterdir()):
        for key, text in file_strings(path):
            read += 1
            if _HEX.fullmatch(text) or key == "sha256":
                continue
            if found := personal_data_in(text, "CA" if "edmonton" in text else "US"):
                leaks.append((path.name, key, found, text[:120]))
    assert read > 10_000  # the scan really read the release
    assert leaks == []


def test_no_credentials_or_local_paths_in_any_file(release: Path) -> None:
    """Source URLs lose `user:password@`; error messages lose absolute local paths."""
    for path in sorted(release.iterdir()):
        for _, text in file_strings(path):
            assert "hunter2" not in text, (path.name, text[:200])
            assert "/srv/allpaths" not in text, (path.name, text[:200])


def test_failed_source_is_reported_scrubbed(release: Path) -> None:
    """The failed source's error is published with what a maintainer needs, nothing more."""
    manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
    error = manifest["sources"]["broken-source"]["error"]
    assert error == (
        "HTTP 500 from https://intergroup.example.org/feed; write to [email removed] or call "
        "[phone removed] (see .../batch-0.log)"
    )
    (row,) = [
        r for r in pq.read_table(release / "sources.parquet").to_pylist()
        if r["source_id"] == "broken-source"
    ]  # fmt: skip
    assert row["error"] == error
    assert row["url"] == "https://intergroup.example.org/wp-admin/admin-ajax.php?action=meetings"
