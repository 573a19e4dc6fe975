"""One spider class per platform; a source is configuration, never a new class."""

from __future__ import annotations

from spiders.platforms.base import SourceSpider
from spiders.platforms.html_sites import CedarValleySpider
from spiders.platforms.meeting_guide import MeetingGuideSpider

SPIDERS: dict[str, type[SourceSpider]] = {
    MeetingGuideSpider.platform: MeetingGuideSpider,
    CedarValleySpider.platform: CedarValleySpider,  # HTML directories: one subclass a site
}

__all__ = ["SPIDERS", "CedarValleySpider", "MeetingGuideSpider", "SourceSpider"]
