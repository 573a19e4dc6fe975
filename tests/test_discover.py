"""`allpaths discover`: local HTTP servers imitating each kind of site."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from flows.cli import main
from pipeline.discover import discover
from tests.conftest import DEMO

Route = Callable[[str, dict[str, list[str]]], tuple[int, bytes] | None]

MEETINGS = json.dumps(
    [{"name": "Noon Group", "slug": "noon", "day": 1, "time": "12:00", "types": ["O"]}]
).encode()


def bmlt_server(path: str, query: dict[str, list[str]]) -> tuple[int, bytes] | None:
    if path.endswith("/main_server/client_interface/json/"):
        switcher = query.get("switcher", [""])[0]
        if switcher == "GetServerInfo":
            return 200, json.dumps([{"version": "3.0.4", "versionInt": "3000004"}]).encode()
        if switcher in {"GetSearchResults", "GetFormats", "GetServiceBodies"}:
            return 200, (DEMO / "bmlt" / f"{switcher}.json").read_bytes()
    return None


def tsml_site(path: str, query: dict[str, list[str]]) -> tuple[int, bytes] | None:
    if path == "/wp-admin/admin-ajax.php" and query.get("action") == ["meetings"]:
        return 200, MEETINGS
    if path in {"/", "/meetings/"}:
        return 200, b"<html><body>Meetings</body></html>"
    return None


def restricted_site(path: str, query: dict[str, list[str]]) -> tuple[int, bytes] | None:
    if path == "/wp-admin/admin-ajax.php":
        return 403, b'{"code": "feed_restricted"}'
    return 200, b"<html>home</html>"


def static_files(path: str, query: dict[str, list[str]]) -> tuple[int, bytes] | None:
    if path == "/data/meetings.json":
        return 200, MEETINGS
    if path == "/aggregator/manifest.json":
        return 200, (DEMO / "bmlt_export" / "manifest.json").read_bytes()
    return None


def serve(route: Route) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            answer = route(parts.path, parse_qs(parts.query)) or (404, b"not found")
            self.send_response(answer[0])
            self.end_headers()
            self.wfile.write(answer[1])

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def bmlt() -> Iterator[str]:
    yield from serve(bmlt_server)


@pytest.fixture
def tsml() -> Iterator[str]:
    yield from serve(tsml_site)


@pytest.fixture
def files() -> Iterator[str]:
    yield from serve(static_files)


def test_bmlt_root_server(bmlt: str) -> None:
    found = discover(f"{bmlt}/main_server/")
    assert (found.platform, found.feed_url, found.fellowship) == (
        "bmlt",
        f"{bmlt}/main_server/",
        "NA",
    )
    assert "version 3.0.4" in found.detail
    # a semantic URL under the root finds the same root
    assert (
        discover(f"{bmlt}/main_server/client_interface/json/?switcher=GetFormats").platform
        == "bmlt"
    )


def test_twelve_step_meeting_list_site(tsml: str) -> None:
    found = discover(f"{tsml}/meetings/")
    assert found.platform == "meeting_guide" and found.records == 1
    assert found.feed_url == f"{tsml}/wp-admin/admin-ajax.php?action=meetings"
    entry = found.sources_entry()
    assert 'platform = "meeting_guide"' in entry and 'id = "127-0-0-1"' in entry


def test_meeting_guide_json_url_and_export_manifest(files: str) -> None:
    feed = discover(f"{files}/data/meetings.json")
    assert (feed.platform, feed.feed_url) == ("meeting_guide", f"{files}/data/meetings.json")
    export = discover(f"{files}/aggregator/manifest.json")
    assert (export.platform, export.fellowship) == ("bmlt_export", "NA")


def test_restricted_and_unknown_sites() -> None:
    for url in serve(restricted_site):
        found = discover(url + "/")
        assert found.platform is None and "restricted (HTTP 403" in found.detail
        with pytest.raises(ValueError, match="no known platform"):
            found.sources_entry()
    for url in serve(lambda path, query: (200, b"<html>a bakery</html>")):
        assert "no known platform" in discover(url).detail


def test_cli_prints_a_ready_sources_entry(tsml: str, capsys: pytest.CaptureFixture[str]) -> None:
    import tomllib

    from schemas.sources import SourceConfig

    assert main(["discover", f"{tsml}/"]) == 0
    out = capsys.readouterr().out
    entry = out.split("\n", 1)[1]
    (table,) = tomllib.loads(entry)["source"]
    assert SourceConfig.model_validate(table).platform == "meeting_guide"
    for url in serve(lambda path, query: (404, b"")):
        assert main(["discover", url]) == 1
