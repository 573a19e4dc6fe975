"""Which spider fetches each platform's sources; a source is configuration, never a class.

Every feed platform is fetched by `PayloadSpider`, which stores the response as it came;
reading it into records is normalize's job (`pipeline/normalize/payloads.py`).
"""

from __future__ import annotations

import scrapy

from spiders.payload import PayloadSpider

SPIDERS: dict[str, type[scrapy.Spider]] = {"meeting_guide": PayloadSpider}

__all__ = ["SPIDERS", "PayloadSpider"]
