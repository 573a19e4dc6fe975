"""The spider that fetches each platform; a source is configuration, never a new class.

Feed platforms share `PayloadSpider` (one document per source, stored as fetched); a
platform that needs to follow links (HTML directories) adds its own spider here.
"""

from __future__ import annotations

import scrapy

from spiders.payload import PayloadSpider

SPIDERS: dict[str, type[scrapy.Spider]] = {"meeting_guide": PayloadSpider}

__all__ = ["SPIDERS", "PayloadSpider"]
