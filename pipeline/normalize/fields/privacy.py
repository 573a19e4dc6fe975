"""What personal data never leaves the pipeline.

Rejects keep the source's raw payload so a maintainer can see what went wrong, but a
payload can name a member ("contact_1_name"), give their phone or email. Those keys are
dropped and any stray email or phone in the remaining text is blanked.
"""

from __future__ import annotations

import json
from typing import Any

from pipeline.normalize.fields.text import scrub_personal

#: Keys holding a person's contact, in Meeting Guide and BMLT feeds. Group-level fields
#: (conference_phone, website) are not personal and stay.
PERSONAL_KEY_PARTS = ("contact", "email", "author", "venmo", "paypal", "square", "cashapp")
PERSONAL_KEYS = frozenset({"phone", "mailing_address", "edit_url", "last_contact"})


def is_personal_key(key: str) -> bool:
    lowered = key.lower()
    return lowered in PERSONAL_KEYS or any(part in lowered for part in PERSONAL_KEY_PARTS)


def scrub_payload(value: Any) -> Any:
    """A copy of a raw payload without personal keys, with emails and phones blanked."""
    if isinstance(value, dict):
        return {k: scrub_payload(v) for k, v in value.items() if not is_personal_key(str(k))}
    if isinstance(value, list):
        return [scrub_payload(v) for v in value]
    if isinstance(value, str):
        return scrub_personal(value)
    return value


def payload_json(value: Any) -> str:
    """The scrubbed payload as compact JSON, for the rejects table."""
    return json.dumps(scrub_payload(value), ensure_ascii=False, sort_keys=True, default=str)
