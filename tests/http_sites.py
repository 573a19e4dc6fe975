"""A scriptable local HTTP server for crawl tests: answers by a route function, records
every request (path, query, headers) and the most requests it had in flight at once."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

#: (status, body, headers) or None for 404; a route may also block (a server that hangs).
Answer = tuple[int, bytes, dict[str, str]] | None
Route = Callable[["Seen"], Answer]


@dataclass
class Seen:
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]


@dataclass
class Site:
    base_url: str
    requests: list[Seen] = field(default_factory=list)
    in_flight: int = 0
    most_in_flight: int = 0
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base_url + path

    def asked(self, path: str) -> list[Seen]:
        return [r for r in self.requests if r.path == path]


@contextmanager
def serve(route: Route, delay: float = 0.0) -> Iterator[Site]:
    """Serve `route` on 127.0.0.1 at a free port; `delay` seconds per answer."""
    site = Site("")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            seen = Seen(parts.path, parse_qs(parts.query), dict(self.headers.items()))
            with site.lock:
                site.requests.append(seen)
                site.in_flight += 1
                site.most_in_flight = max(site.most_in_flight, site.in_flight)
            try:
                time.sleep(delay)
                answer = route(seen) if parts.path != "/robots.txt" else None
                status, body, headers = answer or (404, b"not found", {})
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            finally:
                with site.lock:
                    site.in_flight -= 1

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.block_on_close = False
    site.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.stop.set()
        server.shutdown()
        server.server_close()
