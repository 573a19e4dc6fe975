"""No email address and no personal phone number (by phonenumbers) in any published text
field of the demo's and the shared corpus's normalized meetings and rejects."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from schemas.sources import load_sources
from tests.conftest import CORPUS, DEMO, make_source
from tests.helpers import Normalized, normalize_data, normalize_demo
from tests.privacy import personal_data_in

#: Published text of a meeting; links are checked for credentials, not for digits.
TEXT_FIELDS = ("name", "group_name", "location_name", "notes", "source_meeting_id")


def payload_strings(payload: str) -> list[str]:
    """Every string of a reject's payload but the meeting's public dial-in."""
    out: list[str] = []

    def walk(value: Any, key: str = "") -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                out.append(k)
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, str) and key != "conference_phone":
            out.append(value)

    walk(json.loads(payload))
    return out


def leaks(batch: Normalized, region: str | None) -> list[tuple[str, list[str]]]:
    found = []
    for meeting in batch.meetings:
        for field in TEXT_FIELDS:
            value = getattr(meeting, field)
            if value and (hits := personal_data_in(value, region)):
                found.append((f"{meeting.source_meeting_id}.{field}", hits))
        for url in (meeting.conference_url, meeting.source_url):
            assert url is None or "@" not in url.split("/")[2], url
    for reject in batch.rejects:
        texts = [
            reject.reason,
            reject.source_meeting_id or "",
            *payload_strings(reject.raw_payload),
        ]
        for value in texts:
            if hits := personal_data_in(value, region):
                found.append((f"reject {reject.source_meeting_id}", hits))
    return found


@pytest.mark.parametrize("source_id", [s.id for s in load_sources(DEMO / "sources.toml").sources])
def test_demo_publishes_nothing_personal(source_id: str) -> None:
    assert leaks(normalize_demo(source_id), "US") == []


corpus_feeds = sorted((CORPUS / "meeting_guide").glob("*.json")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not corpus_feeds, reason=f"shared corpus not present at {CORPUS}")
@pytest.mark.parametrize("feed", corpus_feeds, ids=lambda p: p.stem)
def test_corpus_publishes_nothing_personal(feed: Path) -> None:
    country = "CA" if "edmonton" in feed.stem else "US"
    source = make_source(id=feed.stem.replace("_", "-"), country=country)
    data = json.loads(feed.read_text(encoding="utf-8"))
    batch = normalize_data(source, data)
    assert leaks(batch, country) == []
