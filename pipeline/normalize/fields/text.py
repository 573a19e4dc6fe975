"""Text cleaning shared by every field: entities, markup, whitespace, case, privacy.

Listings are typed by volunteers into WordPress, spreadsheets and ColdFusion forms, so
values arrive with `&amp;`, `<br>`, tabs and ALL CAPS. Meeting listings also carry
members' phone numbers and emails; anonymity is the fellowships' first rule, so published
text keeps neither.
"""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"<\s*(br|/p|p|/div|div|li)\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]{1,200}>")
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")

_NEEDS_CLEANING = re.compile(r"[&<\r\n\t\f\v\u00a0]|  ")

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: North American and international phone numbers written for people to dial; meeting
#: IDs (9-11 digits run together) are left alone because they are not personal.
PHONE = re.compile(r"(?<![\w/=])(?:\+?\d{1,3}[\s.-])?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\w/])")
EMAIL_REMOVED = "[email removed]"
PHONE_REMOVED = "[phone removed]"


def unescape(value: str) -> str:
    """Undo HTML escaping, twice when a feed escaped an already escaped value (`&amp;#039;`)."""
    once = html.unescape(value)
    return html.unescape(once) if "&" in once else once


def clean_text(value: object) -> str | None:
    """Entities decoded, markup dropped, whitespace collapsed; None for empty values.

    Line breaks are kept (notes use them to separate instructions) but runs of blank lines
    and trailing spaces are not.
    """
    if value is None:
        return None
    text = str(value)
    if not _NEEDS_CLEANING.search(text):
        return text.strip() or None  # the common case: plain text, nothing to undo
    text = unescape(text)
    text = _TAG.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = _BLANK_LINES.sub("\n", "\n".join(lines)).strip()
    return text or None


def clean_line(value: object) -> str | None:
    """Like `clean_text`, on one line: for names, places and address parts."""
    text = clean_text(value)
    return " ".join(text.split()) if text else None


def _smart_title(text: str) -> str:
    words = []
    for word in text.split(" "):
        if len(word) <= 3 and word.isalpha() and word.upper() in {"AA", "NA", "CA", "MA", "USA"}:
            words.append(word.upper())
        else:
            words.append(word[:1].upper() + word[1:].lower())
    return " ".join(words)


def clean_name(value: object) -> str | None:
    """A one-line name, with SHOUTED names (all capitals, several words) set in title case."""
    text = clean_line(value)
    if text and text.isupper() and len(text.split()) > 1:
        return _smart_title(text)
    return text


def scrub_personal(text: str | None) -> str | None:
    """Remove emails and phone numbers from free text meant for publication."""
    if not text:
        return text
    text = EMAIL.sub(EMAIL_REMOVED, text)
    return PHONE.sub(PHONE_REMOVED, text)
