"""`allpaths discover URL`: which platform a site speaks, and a sources entry for it.

Probes, most specific first, each one polite GET with the project's User-Agent:
1. a BMLT root server: `<root>client_interface/json/?switcher=GetServerInfo` answers JSON;
2. the URL itself: an aggregator export manifest (`schema_version` and `files`), or a
   Meeting Guide feed (a JSON array of meetings);
3. a 12 Step Meeting List site: `<site>/wp-admin/admin-ajax.php?action=meetings` answers a
   JSON array (a 401/403 there is a feed its owner restricted, reported as such).
The HTTP client is a parameter, so tests imitate each kind with local servers.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from pipeline.crawl.bmlt_api import root_url, server_info_url
from spiders.settings import USER_AGENT

TSML_FEED_PATH = "wp-admin/admin-ajax.php?action=meetings"
#: Keys that make a JSON object a Meeting Guide meeting.
MEETING_GUIDE_KEYS = frozenset({"name", "slug", "day", "time", "types", "formatted_address"})
TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes


Fetch = Callable[[str], Answer]


def http_fetch(url: str) -> Answer:
    """GET with the project's User-Agent; HTTP errors come back as answers, not raised."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            return Answer(response.status, response.read())
    except urllib.error.HTTPError as exc:
        return Answer(exc.code, exc.read() if exc.fp else b"")


@dataclass(frozen=True)
class Discovery:
    """What a URL turned out to be. `platform` is None when nothing known answered."""

    url: str
    platform: str | None
    feed_url: str | None
    detail: str
    fellowship: str = "other"
    records: int | None = None

    def sources_entry(self) -> str:
        """A ready `[[source]]` table for a sources file (edit the id, zone and country)."""
        if self.platform is None or self.feed_url is None:
            raise ValueError(f"{self.url}: no known platform, so no sources entry")
        host = urlsplit(self.feed_url).hostname or "source"
        slug = re.sub(r"[^a-z0-9]+", "-", host.lower().removeprefix("www.")).strip("-")
        return "\n".join(
            [
                "[[source]]",
                f'id = "{slug}"',
                f'name = "{host}"',
                f'platform = "{self.platform}"',
                f'url = "{self.feed_url}"',
                f'fellowship = "{self.fellowship}"',
                '# timezone = "America/Chicago"  # IANA zone for records without one',
                '# country = "US"',
            ]
        )


def _json(answer: Answer) -> Any:
    if answer.status != 200:
        return None
    try:
        return json.loads(answer.body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None


def _is_meeting_guide(data: Any) -> bool:
    if not isinstance(data, list):
        return False
    objects = [d for d in data[:20] if isinstance(d, dict)]
    if not data:
        return True  # an empty feed is still a feed
    return bool(objects) and all(len(MEETING_GUIDE_KEYS & set(d)) >= 2 for d in objects)


def discover(url: str, fetch: Fetch = http_fetch) -> Discovery:
    """Probe `url` and say which platform it speaks."""
    info = _json(fetch(server_info_url(url)))
    if isinstance(info, list) and info and isinstance(info[0], dict):
        info = info[0]
    if isinstance(info, dict) and ("version" in info or "versionInt" in info):
        root = root_url(url)
        return Discovery(
            url, "bmlt", root, f"BMLT root server, version {info.get('version', '?')}", "NA"
        )
    own = fetch(url)
    data = _json(own)
    if isinstance(data, dict) and "schema_version" in data and "files" in data:
        return Discovery(url, "bmlt_export", url, "BMLT aggregator export manifest", "NA")
    if _is_meeting_guide(data):
        return Discovery(url, "meeting_guide", url, "Meeting Guide JSON feed", records=len(data))
    feed_url = urljoin(url, "/" + TSML_FEED_PATH)  # the plugin lives at the site root
    feed = fetch(feed_url)
    if feed.status in (401, 403):
        return Discovery(
            url,
            None,
            None,
            f"12 Step Meeting List site whose feed is restricted (HTTP {feed.status} from "
            f"{feed_url}); ask the site's owner for access",
        )
    feed_data = _json(feed)
    if _is_meeting_guide(feed_data):
        return Discovery(
            url,
            "meeting_guide",
            feed_url,
            "12 Step Meeting List site (WordPress plugin feed)",
            records=len(feed_data),
        )
    return Discovery(
        url,
        None,
        None,
        f"no known platform: not a BMLT root server, not a Meeting Guide feed, no "
        f"12 Step Meeting List feed (HTTP {own.status} from the URL itself)",
    )
