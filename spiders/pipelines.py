"""Item pipelines: the crawl only checks that what it yields has the raw-record shape."""

from __future__ import annotations

from typing import Any

from schemas.raw import CRAWL_ITEM


class ValidateCrawlItem:
    """Refuse to write an item that `pipeline/` could not read back; count by kind."""

    def process_item(self, item: dict[str, Any], spider: Any = None) -> dict[str, Any]:
        CRAWL_ITEM.validate_python(item)
        return item
