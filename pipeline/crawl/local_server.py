"""A local HTTP server for `local:` sources: the embedded demo and test fixtures.

The demo is crawled over real HTTP like any live source, so `make run` exercises the
same spider, robots.txt handling and retries as a nightly run against the web. A folder
holding a BMLT root server's saved answers (`GetSearchResults.json`, `GetFormats.json`,
`GetServiceBodies.json`) answers like one: `<folder>/client_interface/json/?switcher=X`
serves `<folder>/X.json`, whatever the other parameters.
"""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

#: Where a BMLT root server answers its semantic API, under its root URL.
BMLT_INTERFACE = "client_interface/json/"


class FeedHandler(SimpleHTTPRequestHandler):
    """Static files with validators, like a real web server: an ETag from the file's
    modification time and size (as nginx does) next to Last-Modified, and a 304 for a
    conditional request that still matches, so conditional crawling is tested for real."""

    def log_message(self, format: str, *args: Any) -> None:
        """Requests are counted by Scrapy; the server stays silent."""

    def translate_path(self, path: str) -> str:
        """A BMLT semantic API request to the saved answer of its `switcher`."""
        parts = urlsplit(path)
        if parts.path.endswith("/" + BMLT_INTERFACE):
            switcher = parse_qs(parts.query).get("switcher", [""])[0]
            if switcher.isalnum():
                root = parts.path.removesuffix(BMLT_INTERFACE)
                return super().translate_path(f"{root}{switcher}.json")
        return super().translate_path(path)

    def _etag(self) -> str | None:
        path = Path(self.translate_path(self.path))
        if not path.is_file():
            return None
        stat = path.stat()
        return f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'

    def send_head(self) -> Any:
        etag = self._etag()
        if etag is not None and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return None
        self._current_etag = etag
        return super().send_head()

    def end_headers(self) -> None:
        etag = getattr(self, "_current_etag", None)
        if etag is not None:
            self.send_header("ETag", etag)
            self._current_etag = None
        super().end_headers()


class LocalFeedServer:
    """Serve a folder on 127.0.0.1 at a free port for the length of a `with` block."""

    def __init__(self, root: Path, host: str = "127.0.0.1", port: int = 0) -> None:
        self.root = root.resolve()
        handler = functools.partial(FeedHandler, directory=str(self.root))
        self._server = ThreadingHTTPServer((host, port), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url_for(self, relative_path: str) -> str:
        return f"{self.base_url}/{quote(relative_path.lstrip('/'))}"

    def __enter__(self) -> LocalFeedServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
