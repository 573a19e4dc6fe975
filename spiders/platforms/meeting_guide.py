"""Meeting Guide JSON feeds (12 Step Meeting List plugin, Meeting Guide app).

The feed is one JSON array of meeting objects. Anything else (HTML error page, an object,
empty body) is a feed problem; a bad element inside the array is still yielded so the
normalizer can reject it with its reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from scrapy.http import Response

from spiders.platforms.base import SourceSpider


def own_id_of(raw: Any) -> str | None:
    """The source's own id of a meeting: its slug, else its numeric id."""
    if not isinstance(raw, dict):
        return None
    for key in ("slug", "id"):
        value = raw.get(key)
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


class MeetingGuideSpider(SourceSpider):
    platform = "meeting_guide"
    name = "meeting_guide"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[dict[str, Any]]:
        body = response.body.decode("utf-8-sig", errors="replace")
        try:
            data = json.loads(body)
        except json.JSONDecodeError as exc:
            yield self.problem(
                response.url, f"response is not JSON ({exc.msg} at char {exc.pos})", body
            )
            return
        if isinstance(data, dict):
            keys = ", ".join(sorted(data)[:8])
            yield self.problem(
                response.url,
                f"feed is a JSON object (keys: {keys}), expected an array of meetings",
                body,
            )
            return
        if not isinstance(data, list):
            yield self.problem(
                response.url, f"feed is a JSON {type(data).__name__}, expected an array", body
            )
            return
        self.crawler.stats.set_value("allpaths/records", len(data))
        for raw in data:
            yield self.record(response, raw, own_id_of(raw))
