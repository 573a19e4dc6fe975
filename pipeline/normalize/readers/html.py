"""HTML directory pages: a stored page to its rows, through the site's table reader.

The site readers live with the crawl's platform code (`spiders/platforms/html_sites.py`)
because a new site is configuration of the same kind as a spider; they import no Scrapy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from pipeline.normalize.readers.errors import PayloadError
from spiders.platforms.html_sites import HTML_SITES
from spiders.platforms.html_table import NoMeetingTable

PageReader = Callable[[bytes], tuple[list[dict[str, Any]], Counter[str]]]


def html_reader(platform: str) -> PageReader:
    """The reader of one site's pages; `PayloadError` for a page without a meeting table."""
    site = HTML_SITES[platform]()

    def read(body: bytes) -> tuple[list[dict[str, Any]], Counter[str]]:
        try:
            page = site.read(body)
        except NoMeetingTable as exc:
            raise PayloadError(str(exc)) from None
        return list(page.rows), page.counters

    return read
