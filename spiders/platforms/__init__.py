"""One spider class per platform; a source is configuration, never a new class."""

from __future__ import annotations

from spiders.platforms.base import SourceSpider
from spiders.platforms.meeting_guide import MeetingGuideSpider

SPIDERS: dict[str, type[SourceSpider]] = {MeetingGuideSpider.platform: MeetingGuideSpider}

__all__ = ["SPIDERS", "MeetingGuideSpider", "SourceSpider"]
