"""A local HTTP server that speaks Nominatim's /search API, with scripted misbehaviour.

Each query is answered by the first rule whose word appears in it: an answer, a 429,
a stall longer than the client's time-out, or a malformed body. Every request is logged
with its arrival time, so tests can check the spacing and count the calls.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse


@dataclass
class Script:
    #: word in the query -> list of behaviours, used in turn (the last one repeats):
    #: a dict (one place), "miss", "429", "stall", "malformed", "not-json".
    rules: dict[str, list[Any]] = field(default_factory=dict)
    requests: list[tuple[float, str, str]] = field(default_factory=list)
    stall_seconds: float = 2.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def queries(self) -> list[str]:
        return [q for _, _, q in self.requests]


def place(lat: float, lon: float, name: str, kind: str = "house", rank: int = 30) -> dict[str, Any]:
    return {
        "place_id": 1, "licence": "Data © OpenStreetMap contributors, ODbL 1.0",
        "lat": str(lat), "lon": str(lon), "display_name": name,
        "class": "building" if kind == "house" else "place", "type": kind, "place_rank": rank,
        "importance": 0.5,
    }  # fmt: skip


class _Handler(BaseHTTPRequestHandler):
    script: Script

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = parse_qs(url.query).get("q", [""])[0]
        with self.script.lock:
            self.script.requests.append(
                (time.monotonic(), self.headers.get("User-Agent", ""), query)
            )
            behaviour: Any = "miss"
            for word, steps in self.script.rules.items():
                if word in query:
                    behaviour = steps.pop(0) if len(steps) > 1 else steps[0]
                    break
        if url.path != "/search":
            self._send(404, b"not found")
        elif behaviour == "429":
            self._send(429, b'{"error": "Too Many Requests"}')
        elif behaviour == "stall":
            time.sleep(self.script.stall_seconds)
            self._send(200, b"[]")
        elif behaviour == "malformed":
            self._send(200, json.dumps([{"display_name": "no coordinates here"}]).encode())
        elif behaviour == "not-json":
            self._send(200, b"<html>Service temporarily overloaded</html>", "text/html")
        elif behaviour == "miss":
            self._send(200, b"[]")
        else:
            self._send(200, json.dumps([behaviour]).encode())

    def _send(self, status: int, body: bytes, kind: str = "application/json") -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a time-out test)


@contextmanager
def nominatim_server(script: Script) -> Iterator[str]:
    """Serve `script` on 127.0.0.1; yields the `domain` for geopy ("127.0.0.1:port")."""
    handler = type("Handler", (_Handler,), {"script": script})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
