"""An independent check for personal data in published text, used by the privacy tests.

Written apart from the scrubber (`pipeline/normalize/fields/scrub.py`) on purpose: it
looks for plain and obfuscated emails with simple patterns and for phone numbers with
libphonenumber's matcher, and only forgives digits in a link and numbers introduced as a
meeting id or passcode (the policy's list of such words, `NOT_A_PHONE_BEFORE`: a group's
public way in, not a member's contact).
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency

from pipeline.normalize.fields.scrub import NOT_A_PHONE_BEFORE

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", re.IGNORECASE)
_OBFUSCATED = re.compile(
    r"\w\s*[\[(]\s*at\s*[\])]\s*[\w-]+(?:\.|\s*[\[(]\s*dot\s*[\])]\s*)[a-z]{2,}"
    r"|\w+\s+at\s+\w+\s+dot\s+[a-z]{2,}",
    re.IGNORECASE,
)


def _in_link(text: str, start: int) -> bool:
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    token = text[token_start:start].lower()
    return "://" in token or "www." in token


def personal_data_in(text: str, region: str | None = "US") -> list[str]:
    """Emails and personal phone numbers found in `text`, as written there."""
    found = [m[0] for m in _EMAIL.finditer(text)] + [m[0] for m in _OBFUSCATED.finditer(text)]
    for match in phonenumbers.PhoneNumberMatcher(text, region or "US", Leniency.POSSIBLE):
        before = text[max(0, match.start - 14) : match.start].lower().rstrip(" :.=-")
        if _in_link(text, match.start) or before.endswith(NOT_A_PHONE_BEFORE):
            continue
        raw = match.raw_string
        short = sum(c.isdigit() for c in raw) < 10 and "+" not in raw
        if short and not re.fullmatch(r"\d{3}[.-]\d{4}", raw):
            continue  # "10804 119 Street": a street number, not a dialled local number
        found.append(match.raw_string)
    return found
