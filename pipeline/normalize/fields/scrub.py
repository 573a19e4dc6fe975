"""The one privacy scrubber: every text the pipeline publishes passes through here.

Anonymity is the fellowships' first rule, and listings are typed by volunteers who put
their own phone number and email into a meeting's name or notes ("Call Mike at
555-123-4567"). Names, group and location names, notes, reject reasons and payloads,
source ids, URLs and anything the manifest quotes go through `scrub_text` (or
`scrub_url`), so one set of rules decides what is removed:

- email addresses, also written to dodge harvesters (`sue [at] example.org`,
  `sue at example dot org`, `sue(at)example(dot)org`);
- phone numbers, found by Google's libphonenumber (`phonenumbers.PhoneNumberMatcher`,
  with the source's country as the region and the lenient POSSIBLE check, so fictional
  555 numbers count too), plus a fallback for forms it can miss (`867-5309`,
  `+44 20 7946 0958` under a foreign region); numbers introduced as a meeting id,
  passcode or PIN, and digits inside a link, are left alone;
- the `user:password@` part of any URL.

A meeting's public dial-in number lives in the feed's `conference_phone` key, which the
payload scrubber keeps (`pipeline/normalize/fields/privacy.py`).

Every pattern here runs in linear time on any input: starts are anchored by lookbehinds
to the beginning of a run, runs are matched possessively (no backtracking), and repeated
parts are bounded. `benchmarks/bench_hostile.py` holds the time targets.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import phonenumbers
from phonenumbers import Leniency

EMAIL_REMOVED = "[email removed]"
PHONE_REMOVED = "[phone removed]"

#: Region used to read national phone forms when a source declares no country.
DEFAULT_PHONE_REGION = "US"

#: Words that, just before a number, say it is not a phone: a meeting id or passcode is
#: how a group's public online meeting is joined, not a member's contact.
NOT_A_PHONE_BEFORE: tuple[str, ...] = (
    "id", "#", "no", "passcode", "pass code", "password", "pwd", "pin", "code", "pmi", "gso",
)  # fmt: skip
#: A national number written with fewer digits than this must look like a dialled local
#: number (`867-5309`), else it is a street number or room ("8406 118 Ave").
FULL_NATIONAL_DIGITS = 10
_LOCAL_FORM = re.compile(r"\d{3}[.-]\d{4}")
_CONTEXT_CHARS = 14

#: Top-level domains accepted after a plain " at " ("sue at example.org"); with "@" or a
#: bracketed "[at]" any alphabetic TLD counts. Without this list "meet at St.Marks" reads
#: as an address.
WORD_AT_TLDS = frozenset({
    "com", "org", "net", "edu", "gov", "info", "biz", "us", "uk", "ca", "au", "nz", "ie",
    "io", "co", "me", "mx", "de", "fr", "es", "za", "in",
})  # fmt: skip

_LOCAL = r"(?<![\w.+-])[\w.+-]++"
_LABEL = r"[\w-]++"
#: A plain email ("sue@example.org", "sue @ example.org"). Tried only where a run of
#: address characters starts, every run possessive: no input makes it backtrack.
EMAIL = re.compile(
    rf"{_LOCAL}(?P<at>\s{{0,2}}+@\s{{0,2}}+)(?P<domain>{_LABEL}(?:\.{_LABEL}){{1,8}}+)"
)
_WORD_AT = r"(?P<at>\s{0,3}+[\[({<]\s{0,2}+at\s{0,2}+[\])}>]\s{0,3}+|\s{1,3}+at\s{1,3}+)"
_DOT = r"(?:\.|\s{0,3}+[\[({<]\s{0,2}+dot\s{0,2}+[\])}>]\s{0,3}+|\s{1,3}+dot\s{1,3}+)"
#: An email written to dodge harvesters: "sue [at] example.org", "sue at example dot
#: org", "sue(at)example(dot)org"; at most 8 domain labels.
OBFUSCATED_EMAIL = re.compile(
    rf"{_LOCAL}{_WORD_AT}(?P<domain>{_LABEL}(?:{_DOT}{_LABEL}){{1,8}}+)(?![\w@-])", re.IGNORECASE
)
_DOMAIN_SPLIT = re.compile(r"\.|\W*dot\W*", re.IGNORECASE)

#: Fallback phone forms the matcher can miss: a bare 7-digit local number and any
#: "+<country>" number of 7 to 15 digits in groups.
_SEVEN_DIGIT = re.compile(r"(?<![\w/=+.-])\d{3}[ .-]\d{4}(?![\w/]|[.-]\d)")
_INTERNATIONAL = re.compile(r"(?<![\w/=+])\+\d{1,3}(?:[ .()-]{1,2}+\d{1,5}+){2,6}+(?![\w])")
_DIGIT = re.compile(r"\d")

#: A URL, so digits inside a link (a Zoom room number) are not read as a phone.
_URL = re.compile(r"(?<![\w.+-])(?:https?://|www\.)[^\s<>\"']++", re.IGNORECASE)
#: The `user:password@` of a URL anywhere in text.
_URL_USERINFO = re.compile(
    r"(?<![a-z0-9+.-])(?P<scheme>[a-z][a-z0-9+.-]*+://)[^\s/@?#]++@", re.IGNORECASE
)


def _email_is_plausible(match: re.Match[str]) -> bool:
    tld = _DOMAIN_SPLIT.split(match["domain"])[-1].lower()
    if not tld.isalpha() or not 2 <= len(tld) <= 24:
        return False
    word_at = match["at"].strip().lower() == "at"
    return tld in WORD_AT_TLDS if word_at else True


def _url_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _URL.finditer(text)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _introduced_as_id(text: str, start: int) -> bool:
    before = text[max(0, start - _CONTEXT_CHARS) : start].lower().rstrip(" :.=-\t")
    return before.endswith(NOT_A_PHONE_BEFORE)


def _phone_spans(text: str, region: str) -> Iterator[tuple[int, int]]:
    urls = _url_spans(text)
    found: list[tuple[int, int]] = []
    for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=Leniency.POSSIBLE):
        raw = match.raw_string
        digits = sum(c.isdigit() for c in raw)
        if digits >= FULL_NATIONAL_DIGITS or "+" in raw or _LOCAL_FORM.fullmatch(raw):
            found.append((match.start, match.end))
    for pattern in (_INTERNATIONAL, _SEVEN_DIGIT):
        for m in pattern.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in found):
                found.append(m.span())
    for start, end in sorted(found):
        if _inside(urls, start, end) or _introduced_as_id(text, start):
            continue
        yield start, end


def remove_phones(text: str, region: str | None = None) -> tuple[str, int]:
    """Text with every personal phone number replaced, and how many were."""
    if len(_DIGIT.findall(text, 0, 4096)) < 7 and not _DIGIT.search(text, 4096):
        return text, 0  # fewer than 7 digits: no number to dial
    pieces: list[str] = []
    last = removed = 0
    for start, end in _phone_spans(text, region or DEFAULT_PHONE_REGION):
        if start < last:
            continue
        pieces += [text[last:start], PHONE_REMOVED]
        last = end
        removed += 1
    pieces.append(text[last:])
    return "".join(pieces), removed


def remove_emails(text: str) -> tuple[str, int]:
    """Text with every email address, plain or obfuscated, replaced; and how many were."""
    removed = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal removed
        if not _email_is_plausible(match):
            return match[0]
        removed += 1
        return EMAIL_REMOVED

    text = EMAIL.sub(replace, text) if "@" in text else text
    return OBFUSCATED_EMAIL.sub(replace, text), removed


def remove_credentials(text: str) -> tuple[str, int]:
    """Text with the `user:password@` of every URL in it dropped."""
    return _URL_USERINFO.subn(r"\g<scheme>", text)


def scrub_text(
    text: str | None, region: str | None = None, counters: Counter[str] | None = None
) -> str | None:
    """Published text without credentials, emails or personal phone numbers.

    `region` is the source's country (ISO alpha-2), used to read national phone forms;
    each removal is counted as `privacy/<what>_removed` when `counters` is given.
    """
    if not text:
        return text
    text, credentials = remove_credentials(text) if "://" in text else (text, 0)
    text, emails = remove_emails(text)
    text, phones = remove_phones(text, region)
    if counters is not None:
        for name, count in (("credentials", credentials), ("email", emails), ("phone", phones)):
            if count:
                counters[f"privacy/{name}_removed"] += count
    return text


def scrub_url(url: str | None) -> str | None:
    """A URL without its `user:password@`; other parts kept as they were."""
    if not url or "@" not in url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return remove_credentials(url)[0]
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


#: An absolute path on the machine that ran the night ("/srv/allpaths/data/work/x.log"),
#: standing alone (not the path of a URL, which follows its host).
_LOCAL_PATH = re.compile(r"(?<![\w:/.~-])(?:/[\w.@+-]++){2,}+/?")


def remove_local_paths(text: str) -> tuple[str, int]:
    """Text with absolute local paths cut to their last part: a published error says which
    file, never where the run's machine keeps it."""

    def last_part(match: re.Match[str]) -> str:
        return ".../" + match[0].rstrip("/").rsplit("/", 1)[-1]

    return _LOCAL_PATH.subn(last_part, text)


def scrub_public(
    value: str | None, region: str | None = None, counters: Counter[str] | None = None
) -> str | None:
    """For publish and manifest code: any string about to be written, made safe to publish:
    the scrubber's removals, plus absolute local paths (error messages quote them)."""
    text = scrub_text(value, region, counters)
    if not text or "/" not in text:
        return text
    text, paths = remove_local_paths(text)
    if paths and counters is not None:
        counters["privacy/local_path_removed"] += paths
    return text


def has_personal_data(text: str, region: str | None = None) -> bool:
    """True when `scrub_text` would remove something from `text`."""
    return scrub_text(text, region) != text


_ID_TOKEN = re.compile(r"[^0-9A-Za-z+()]+")


def _digit_tokens(own_id: str) -> str:
    """Only the all-digit pieces of an id, so a hex or mixed slug ("1be2a10415903914")
    is never read as a phone number, while "555-123-4567" or "call-5551234567" still is."""
    tokens = [t for t in _ID_TOKEN.split(own_id) if t and not any(c.isalpha() for c in t)]
    return "-".join(tokens)


def public_source_id(own_id: str | None) -> str | None:
    """The source's own id, unless it is an email or phone (then a stable hash of it).

    Some feeds use the organiser's email as a slug; the id is published, so it becomes
    `p-<hash>`, stable across runs so the meeting keeps its meeting_id.
    """
    if own_id is None or ("@" not in own_id and not has_personal_data(_digit_tokens(own_id))):
        return own_id
    return "p-" + hashlib.sha256(own_id.encode("utf-8", "surrogatepass")).hexdigest()[:12]


#: Longest raw value a reject reason quotes.
QUOTE_LIMIT = 40


def quote_value(value: object, region: str | None = None) -> str:
    """A short, scrubbed rendition of a raw value for a reject reason, never personal data."""
    if isinstance(value, str):
        text = repr(scrub_text(value[: QUOTE_LIMIT * 4], region) or "")
    elif isinstance(value, bool | float) or value is None:
        text = repr(value)
    elif isinstance(value, int):
        text = repr(value) if abs(value) < 10**18 else "a long number"
    else:
        return "a JSON array" if isinstance(value, list) else "a JSON object"
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 2] + "…" + text[-1]
