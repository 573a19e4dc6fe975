"""Which requests fetch a source: one for a feed or a page, several for BMLT.

A `bmlt` root server is asked three things, one after the other (one request in flight
per server, as its operators ask): GetSearchResults (the source's body), GetFormats and
GetServiceBodies, each with `callingApp=`. A `bmlt_export` is its manifest first; the
files it lists follow (`follow_ups`), and only those whose SHA-256 differs from last
night's copy are asked again. Every response is stored as fetched under its name, and
the platform's payload reader gets them all (`pipeline/normalize/payloads.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from pipeline.crawl.bmlt_api import formats_url, search_results_url, service_bodies_url
from pipeline.normalize.readers import bmlt_export
from pipeline.normalize.readers.bmlt import FORMATS, SEARCH, SERVICE_BODIES
from pipeline.normalize.readers.errors import PayloadError
from schemas.sources import SourceConfig

#: Platforms fetched in several requests; the others are one response each.
MULTI_REQUEST_PLATFORMS = frozenset({"bmlt", "bmlt_export"})


@dataclass(frozen=True)
class PlannedRequest:
    """One request of a source: its name (the stored part's), URL, and for an export file
    the SHA-256 its manifest promises (a copy with that digest need not be fetched)."""

    name: str
    url: str
    sha256: str | None = None


def first_requests(source: SourceConfig, url: str) -> list[PlannedRequest]:
    """The requests known before anything is fetched; the first one is the source's body.

    `url` is where the source is fetched today (a local server's URL for `local:` ones).
    """
    if source.platform == "bmlt":
        return [
            PlannedRequest(SEARCH, search_results_url(url, source.service_body_ids)),
            PlannedRequest(FORMATS, formats_url(url)),
            PlannedRequest(SERVICE_BODIES, service_bodies_url(url)),
        ]
    if source.platform == "bmlt_export":
        return [PlannedRequest(bmlt_export.MANIFEST, url)]
    return [PlannedRequest("body", url)]


def follow_ups(source: SourceConfig, name: str, body: bytes, url: str) -> list[PlannedRequest]:
    """Requests a response asks for: an export's manifest names its files.

    A manifest that cannot be read asks for nothing; normalize then fails the source with
    the reader's reason.
    """
    if source.platform != "bmlt_export" or name != bmlt_export.MANIFEST:
        return []
    try:
        manifest = bmlt_export.read_manifest(body)
    except PayloadError:
        return []
    return [
        PlannedRequest(path, urljoin(url, path), manifest.files[path].sha256)
        for path in bmlt_export.wanted_files(manifest)
    ]
