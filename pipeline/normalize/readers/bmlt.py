"""A BMLT root server's semantic API answers: GetSearchResults, GetFormats, GetServiceBodies.

A search answer is a bare array of meetings, or `{"meetings": [...], "formats": [...]}`
when asked with `get_used_formats=1` (the yap fixture in ../shared/corpus is one). The
formats of both answers are merged, GetFormats' first, so the mapper sees every key the
server defines.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pipeline.normalize.mappers.bmlt_formats import FormatCatalog
from pipeline.normalize.readers.errors import PayloadError, load_json

#: The three answers a root server is asked for, by `switcher`: the crawl stores each
#: under this name (pipeline/crawl/plans.py), GetSearchResults as the source's body.
SEARCH = "GetSearchResults"
FORMATS = "GetFormats"
SERVICE_BODIES = "GetServiceBodies"


@dataclass(frozen=True)
class ServiceBody:
    """An area or region of a server: what its meetings' `service_body_bigint` names."""

    id: str
    name: str
    parent_id: str | None = None
    type: str | None = None
    world_id: str | None = None


@dataclass
class BmltServerPayload:
    """One root server's meetings with what is needed to read them."""

    meetings: list[Any]
    formats: FormatCatalog
    service_bodies: dict[str, ServiceBody] = field(default_factory=dict)
    counters: Counter[str] = field(default_factory=Counter)


def read_search_results(payload: bytes) -> tuple[list[Any], FormatCatalog | None]:
    """Meetings (each element as sent) and the answer's own formats, if it carried them."""
    data = load_json(payload, "GetSearchResults answer")
    if isinstance(data, list):
        return data, None
    if isinstance(data, Mapping) and isinstance(data.get("meetings"), list):
        formats = data.get("formats")
        return list(data["meetings"]), FormatCatalog.from_json(formats or [])
    if isinstance(data, Mapping):
        keys = ", ".join(sorted(map(str, data))[:8])
        raise PayloadError(
            f"GetSearchResults answer is a JSON object without a meetings array (keys: {keys})"
        )
    raise PayloadError(f"GetSearchResults answer is a JSON {type(data).__name__}, not an array")


def read_formats(payload: bytes) -> FormatCatalog:
    """GetFormats: a list of format objects."""
    data = load_json(payload, "GetFormats answer")
    try:
        return FormatCatalog.from_json(data)
    except ValueError as exc:
        raise PayloadError(f"GetFormats answer: {exc}") from None


def read_service_bodies(payload: bytes) -> dict[str, ServiceBody]:
    """GetServiceBodies: id -> service body; elements without id or name are skipped."""
    data = load_json(payload, "GetServiceBodies answer")
    if not isinstance(data, list):
        raise PayloadError(f"GetServiceBodies answer is a JSON {type(data).__name__}, not an array")
    bodies: dict[str, ServiceBody] = {}
    for item in data:
        if not isinstance(item, Mapping) or item.get("id") in (None, "") or not item.get("name"):
            continue

        def text(key: str, item: Mapping[str, Any] = item) -> str | None:
            value = item.get(key)
            return str(value) if value not in (None, "") else None

        body = ServiceBody(
            id=str(item["id"]),
            name=str(item["name"]).strip(),
            parent_id=text("parent_id"),
            type=text("type"),
            world_id=text("world_id"),
        )
        bodies[body.id] = body
    return bodies


def read_server(
    search: bytes, formats: bytes | None = None, service_bodies: bytes | None = None
) -> BmltServerPayload:
    """The three answers of one root server read together."""
    meetings, answer_formats = read_search_results(search)
    catalog = read_formats(formats) if formats is not None else FormatCatalog([])
    if answer_formats is not None:
        catalog = catalog.merged(answer_formats)
    bodies = read_service_bodies(service_bodies) if service_bodies is not None else {}
    return BmltServerPayload(meetings=meetings, formats=catalog, service_bodies=bodies)


def read_bmlt_payload(search: bytes, parts: Mapping[str, bytes]) -> BmltServerPayload:
    """A crawled root server: the search answer and the other answers by switcher name.

    Meetings naming a service body the server does not list are counted, not dropped.
    """
    server = read_server(search, parts.get(FORMATS), parts.get(SERVICE_BODIES))
    server.counters["bmlt/formats"] = server.formats.count
    if server.service_bodies:
        for raw in server.meetings:
            body = raw.get("service_body_bigint") if isinstance(raw, Mapping) else None
            if body is not None and str(body) not in server.service_bodies:
                server.counters["bmlt/service_body_unknown"] += 1
    return server
