"""Text cleaning shared by every field: entities, markup, whitespace, case, bounds.

Listings are typed by volunteers into WordPress, spreadsheets and ColdFusion forms, so
values arrive with `&amp;`, `<br>`, tabs and ALL CAPS, and now and then with a NUL, a
bidi override that turns a name around on screen, or 60,000 characters of pasted text.
Control characters are stripped and counted, every field has a length limit (below,
documented in the README) and a longer value is cut and counted. Privacy (emails, phones)
is the scrubber's job: `pipeline/normalize/fields/scrub.py`.

Every pattern here runs in linear time: no nested or overlapping repetition, and tag
bodies cannot cross another `<`.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from typing import Literal

from pipeline.normalize.fields.scrub import EMAIL_REMOVED, PHONE_REMOVED, scrub_text

__all__ = ["EMAIL_REMOVED", "PHONE_REMOVED", "scrub_personal"]

#: Longest published value per field, in characters; longer values are cut (with "…")
#: and counted as `field/<name>/truncated`. Real feeds stay far below: the longest note
#: in the shared corpus is 1,124 characters, the longest name 85.
TEXT_LIMITS: dict[str, int] = {
    "name": 200,
    "group_name": 200,
    "location_name": 200,
    "notes": 4000,
    "street": 300,
    "city": 100,
    "region": 100,
    "postal_code": 20,
    "country": 60,
    "formatted_address": 400,
}
DEFAULT_TEXT_LIMIT = 1000
#: Raw input read before cleaning, as a multiple of the limit: markup and entities
#: shrink in cleaning, and the cleaning regexes never see an unbounded string.
RAW_READ_FACTOR = 4
ELLIPSIS = "…"

#: Invisible characters that change what a reader sees: C0 and C1 controls (NUL, ESC,
#: ...; tab, line feed and carriage return are whitespace and stay for cleaning),
#: DEL, zero-width space, LRM/RLM, bidi embeddings and overrides (U+202A-U+202E),
#: word joiner and bidi isolates (U+2060-U+2069), and a stray BOM.
CONTROL_CHARS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)

_TAG = re.compile(r"<\s*+(br|/p|p|/div|div|li)\b[^<>]*+>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]{1,200}>")
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")

_NEEDS_CLEANING = re.compile(r"[&<\r\n\t\f\v\u00a0]|  ")


def unescape(value: str) -> str:
    """Undo HTML escaping, twice when a feed escaped an already escaped value (`&amp;#039;`)."""
    once = html.unescape(value)
    return html.unescape(once) if "&" in once else once


def clean_text(value: object) -> str | None:
    """Entities decoded, markup dropped, whitespace collapsed; None for empty values.

    Line breaks are kept (notes use them to separate instructions) but runs of blank lines
    and trailing spaces are not.
    """
    text = as_text(value)  # None for null and for numbers too long to print
    if text is None:
        return None
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


def scrub_personal(text: str | None, region: str | None = None) -> str | None:
    """Remove emails and phone numbers from free text meant for publication."""
    return scrub_text(text, region)


def as_text(value: object) -> str | None:
    """A raw value as text; None for null and for numbers too long to print."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    try:
        return str(value)
    except (ValueError, RecursionError):  # a 4,300+ digit integer; nesting past the limit
        return None


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def remove_controls(text: str) -> tuple[str, int]:
    """Text without invisible control and bidi characters, and how many there were."""
    return CONTROL_CHARS.subn("", text)


def cut(text: str, limit: int) -> str:
    """At most `limit` characters, ending in an ellipsis when shortened."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def clean_field(
    value: object,
    field: str,
    counters: Counter[str],
    kind: Literal["text", "line", "name"] = "line",
) -> str | None:
    """A field's published text: controls stripped, cleaned, bounded; every fix counted.

    `kind` picks the cleaning: free text keeps line breaks, a line does not, a name is
    also set in title case when shouted.
    """
    text = as_text(value)
    if text is None:
        return None
    limit = TEXT_LIMITS.get(field, DEFAULT_TEXT_LIMIT)
    truncated = len(text) > limit * RAW_READ_FACTOR
    if truncated:
        text = text[: limit * RAW_READ_FACTOR]
    text, controls = remove_controls(text)
    if controls:
        counters[f"field/{field}/control_chars_removed"] += controls
    text, surrogates = _LONE_SURROGATE.subn("\ufffd", text)  # unencodable: never published
    if surrogates:
        counters[f"field/{field}/invalid_characters"] += surrogates
    cleaner = {"text": clean_text, "line": clean_line, "name": clean_name}[kind]
    cleaned = cleaner(text)
    if cleaned is not None and len(cleaned) > limit:
        cleaned, truncated = cut(cleaned, limit), True
    if truncated:
        counters[f"field/{field}/truncated"] += 1
    return cleaned
