"""A local HTTP server for `local:` sources: the embedded demo and test fixtures.

The demo is crawled over real HTTP like any live source, so `make run` exercises the
same spider, robots.txt handling and retries as a nightly run against the web.
"""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Requests are counted by Scrapy; the server stays silent."""


class LocalFeedServer:
    """Serve a folder on 127.0.0.1 at a free port for the length of a `with` block."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        handler = functools.partial(_QuietHandler, directory=str(self.root))
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
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
