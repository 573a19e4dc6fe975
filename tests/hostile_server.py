"""A local HTTP server on 127.0.0.1 that answers as hostile or struggling feeds do.

Paths and what they answer:
- `/latin1.json`: a Latin-1 body with `charset=ISO-8859-1` declared;
- `/bomb.json`: a gzip bomb (a small body that inflates past the download limit);
- `/huge.json`: a `Content-Length` past the download limit;
- `/busy-then-ok.json`: 429 with `Retry-After: <RETRY_AFTER>` once, then the feed;
- `/busy-for-an-hour.json`: 429 with `Retry-After: 3600`, always;
- `/slow.json`: the feed after `slow_seconds` (default `SLOW_SECONDS`);
- anything else: 404 (robots.txt included, so every path may be crawled).
"""

from __future__ import annotations

import functools
import gzip
import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from pipeline.limits import DOWNLOAD_MAXSIZE

RETRY_AFTER = 2
SLOW_SECONDS = 30.0
FEED = [{"slug": "cafe", "name": "Café Serenity", "day": 1, "time": "19:00"}]


@functools.cache
def gzip_bomb() -> bytes:
    """A JSON array of spaces that inflates to 16 MiB past the download limit."""
    return gzip.compress(b"[" + b" " * (DOWNLOAD_MAXSIZE + 16 * 1024 * 1024) + b"]", 9)


class HostileHandler(BaseHTTPRequestHandler):
    server: HostileServer

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: requests are counted in `server.hits`."""

    def answer(self, status: int, body: bytes, **headers: str) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        if "Content_Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        self.server.hits[path] += 1
        feed = json.dumps(FEED).encode("utf-8")
        if path == "/latin1.json":
            body = json.dumps(FEED, ensure_ascii=False).encode("latin-1")
            self.answer(200, body, Content_Type="application/json; charset=ISO-8859-1")
        elif path == "/bomb.json":
            self.answer(200, gzip_bomb(), Content_Type="application/json", Content_Encoding="gzip")
        elif path == "/huge.json":
            self.send_response(200)
            self.send_header("Content-Length", str(DOWNLOAD_MAXSIZE * 2))
            self.end_headers()
            self.wfile.write(b"[" + b" " * 65536)
        elif path == "/busy-then-ok.json":
            if self.server.hits[path] == 1:
                self.answer(429, b"slow down", Retry_After=str(RETRY_AFTER))
            else:
                self.answer(200, feed, Content_Type="application/json")
        elif path == "/busy-for-an-hour.json":
            self.answer(429, b"come back later", Retry_After="3600")
        elif path == "/slow.json":
            time.sleep(self.server.slow_seconds)
            self.answer(200, feed, Content_Type="application/json")
        else:
            self.answer(404, b"not found")


class HostileServer(ThreadingHTTPServer):
    """Serve `HostileHandler` at a free port for the length of a `with` block."""

    daemon_threads = True

    def __init__(self, slow_seconds: float = SLOW_SECONDS) -> None:
        super().__init__(("127.0.0.1", 0), HostileHandler)
        self.slow_seconds = slow_seconds
        self.hits: Counter[str] = Counter()
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    def url_for(self, path: str) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/{path.lstrip('/')}"

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.shutdown()
        self.server_close()
