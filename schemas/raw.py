"""What a spider yields: raw records, untouched, and feed-level problems.

Spiders do not normalize (City Bureau removed enrichment from its crawl for good reason):
they hand `pipeline/` the source's own object plus where and when it was fetched.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter


class RawRecord(BaseModel):
    """One listed meeting as the source published it."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["record"] = "record"
    source_id: str
    source_meeting_id: str | None
    source_url: str
    raw: Any  # the source's own JSON value; normally an object
    fetched_at: datetime


class FeedProblem(BaseModel):
    """A whole response that could not be read as a feed (not JSON, wrong shape, HTTP error).

    It becomes a reject row so the failure is visible in the release, and it marks the
    source as failed so its last good meetings are carried forward as stale.
    """

    model_config = ConfigDict(frozen=True)

    kind: Literal["feed_problem"] = "feed_problem"
    source_id: str
    source_url: str
    reason: str
    excerpt: str = ""
    fetched_at: datetime


CrawlItem = Annotated[RawRecord | FeedProblem, Field(discriminator="kind")]
CRAWL_ITEM = TypeAdapter(CrawlItem)
