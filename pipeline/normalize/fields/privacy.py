"""What personal data never leaves the pipeline through a reject's payload.

Rejects keep the source's raw payload so a maintainer can see what went wrong, but a
payload can name a member ("contact_1_name"), give their cell number, email or payment
handle. Keys that denote a person's contact are dropped by the lists below (data, not
code: add a key here when a feed shows a new one); every remaining string goes through
the one scrubber (`pipeline/normalize/fields/scrub.py`), and is cut to a bounded length.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

from pipeline.normalize.fields.scrub import scrub_text

#: A key is personal when one of its words (split on `_`, `-`, `.`, spaces and
#: camelCase) is one of these: a member's contact, a service position, a payment handle.
PERSONAL_KEY_WORDS = frozenset({
    "contact", "contacts", "email", "emails", "mail", "phone", "phones", "tel", "telephone",
    "cell", "cellphone", "mobile", "sms", "whatsapp", "telegram", "fax", "pager",
    "secretary", "treasurer", "gsr", "sponsor", "chairperson", "author", "owner", "person",
    "venmo", "paypal", "square", "cashapp", "zelle", "mailing",
})  # fmt: skip
#: Whole keys that are personal although no single word says so.
PERSONAL_KEYS = frozenset({"mailing_address", "edit_url", "last_contact", "first_name",
                           "last_name", "full_name", "user", "username", "user_email"})  # fmt: skip
#: Group-level keys kept whatever their words say: the meeting's public dial-in and links.
PUBLIC_KEYS = frozenset({
    "conference_phone", "conference_phone_notes", "conference_url", "conference_url_notes",
    "url", "website", "website_2", "location_url", "feedback_url", "notes", "group_notes",
    "location_notes",
})  # fmt: skip
#: Keys whose values are published as the source wrote them (a dial-in is not personal).
UNSCRUBBED_KEYS = frozenset({"conference_phone"})

#: Longest string kept in a reject's payload; the rest is cut and marked.
PAYLOAD_STRING_LIMIT = 4000
CUT_MARK = "…[cut]"
#: Deeper nesting than this is replaced by a marker (no feed nests meetings this deep).
PAYLOAD_DEPTH_LIMIT = 32

_KEY_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def key_words(key: str) -> set[str]:
    """The words of a key: `contact_1_name` -> contact, 1, name; `cellPhone` -> cell, phone."""
    return {word.lower() for word in _KEY_WORDS.findall(key[:200])}


def is_personal_key(key: str) -> bool:
    lowered = key.strip().lower()
    if lowered in PUBLIC_KEYS:
        return False
    if lowered in PERSONAL_KEYS or lowered.startswith("contact"):
        return True
    return not PERSONAL_KEY_WORDS.isdisjoint(key_words(key))


def scrub_payload(
    value: Any,
    region: str | None = None,
    counters: Counter[str] | None = None,
    key: str = "",
    depth: int = 0,
) -> Any:
    """A copy of a raw payload without personal keys, every string scrubbed and bounded."""
    if depth > PAYLOAD_DEPTH_LIMIT and isinstance(value, dict | list):
        return "[nested too deep]"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**100:
        return "[long number]"
    if isinstance(value, dict):
        kept = {}
        for k, v in value.items():
            name = str(k)
            if is_personal_key(name):
                if counters is not None:
                    counters["privacy/payload_key_dropped"] += 1
                continue
            kept[scrub_text(name[:200], region)] = scrub_payload(
                v, region, counters, name, depth + 1
            )
        return kept
    if isinstance(value, list):
        return [scrub_payload(v, region, counters, key, depth + 1) for v in value]
    if isinstance(value, str):
        cut = len(value) > PAYLOAD_STRING_LIMIT
        text = value[:PAYLOAD_STRING_LIMIT] + CUT_MARK if cut else value
        return text if key in UNSCRUBBED_KEYS else scrub_text(text, region, counters)
    return value


def payload_json(value: Any, region: str | None = None) -> str:
    """The scrubbed payload as compact JSON, for the rejects table."""
    return json.dumps(scrub_payload(value, region), ensure_ascii=False, sort_keys=True, default=str)
