"""Which spider fetches each platform's sources; a source is configuration, never a class.

Every platform is fetched by `PayloadSpider`, which stores each response as it came (one
for a feed or an HTML page, several for BMLT: `pipeline/crawl/plans.py`); reading them
into records is normalize's job (`pipeline/normalize/payloads.py`, and for HTML sites the
table readers in `html_sites.py`).
"""

from __future__ import annotations

import scrapy

from schemas.sources import HTML_PLATFORMS
from spiders.payload import PayloadSpider

SPIDERS: dict[str, type[scrapy.Spider]] = {
    "meeting_guide": PayloadSpider,
    "bmlt": PayloadSpider,
    "bmlt_export": PayloadSpider,
    **{platform: PayloadSpider for platform in HTML_PLATFORMS},
}

__all__ = ["SPIDERS", "PayloadSpider"]
