"""Address parts from the shapes feeds use: one formatted line, split fields, or both.

The formatted line is kept exactly as the source gave it (DESIGN.md: a geocoder's rewrite
never replaces it); the parts are split from it only where the feed did not split them.
Every pattern is anchored and free of overlapping repetition, so it runs in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

COUNTRY_NAMES: dict[str, str] = {
    "us": "US", "usa": "US", "united states": "US", "united states of america": "US",
    "ca": "CA", "can": "CA", "canada": "CA",
    "uk": "GB", "gb": "GB", "united kingdom": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "ireland": "IE", "australia": "AU", "new zealand": "NZ", "mexico": "MX",
    "méxico": "MX", "germany": "DE", "deutschland": "DE", "france": "FR", "spain": "ES",
    "españa": "ES", "india": "IN", "south africa": "ZA", "netherlands": "NL",
}  # fmt: skip

#: Full names of states, provinces and territories, so "..., St. Albert, Alberta, Canada"
#: reads Alberta as the region and St. Albert as the town (not Alberta as the town).
REGION_NAMES: frozenset[str] = frozenset({
    # Canada
    "alberta", "british columbia", "manitoba", "new brunswick", "newfoundland and labrador",
    "newfoundland", "nova scotia", "ontario", "prince edward island", "quebec", "québec",
    "saskatchewan", "northwest territories", "nunavut", "yukon",
    # United States
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "district of columbia", "florida", "georgia", "hawaii", "idaho", "illinois",
    "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
    "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
    "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
    "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
    "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
})  # fmt: skip

_US_REGION_POSTAL = re.compile(r"^(?P<region>[A-Z]{2})\s+(?P<postal>\d{5}(?:-\d{4})?)$")
#: A region name is words separated by single spaces: no two repetitions can claim the
#: same space, so the match is linear (the former `[A-Za-z ]+?\s*,?\s+` was cubic).
_CA_REGION_POSTAL = re.compile(
    r"^(?P<region>[A-Za-z]+(?: [A-Za-z]+)*)(?:\s*,\s+|\s+)"
    r"(?P<postal>[A-Z]\d[A-Z]\s?\d[A-Z]\d)$"
)
_POSTAL_ONLY = re.compile(r"^(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$")
_REGION_ONLY = re.compile(r"^[A-Z]{2}$")
_STREET_NUMBER = re.compile(r"^\s*\d+[A-Za-z]?(?:-\d+)?\s+\S")


@dataclass(frozen=True)
class AddressParts:
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None


def country_code(value: str | None) -> str | None:
    """ISO 3166-1 alpha-2 for a country as written ("USA", "Canada", "US"), else None."""
    if not value:
        return None
    text = value.strip().lower().rstrip(".")
    if text in COUNTRY_NAMES:
        return COUNTRY_NAMES[text]
    if len(text) == 2 and text.isalpha():
        return text.upper()
    return None


def _region_named(parts: list[str]) -> bool:
    """True when the last part is a state or province written out, after a town:
    "street, town, Alberta" or "town, Alberta" ("100 Main St, Washington" keeps its town)."""
    if " ".join(parts[-1].lower().rstrip(".").split()) not in REGION_NAMES:
        return False
    return len(parts) > 2 or (len(parts) == 2 and not _STREET_NUMBER.match(parts[0]))


def split_formatted_address(line: str) -> AddressParts:
    """Split "1 Main St, Springfield, IL 62701, USA" into parts; unknown parts stay None."""
    parts = [p.strip() for p in line.split(",") if p.strip()]
    if not parts:
        return AddressParts()
    country = country_code(parts[-1]) if len(parts) > 1 else None
    if country and len(parts[-1]) > 1:
        parts = parts[:-1]
    region = postal = None
    if parts:
        tail = parts[-1]
        if match := _US_REGION_POSTAL.match(tail) or _CA_REGION_POSTAL.match(tail):
            region, postal = match["region"].strip(), match["postal"]
            parts = parts[:-1]
        elif _POSTAL_ONLY.match(tail) and len(parts) > 1:
            postal = tail
            parts = parts[:-1]
            if parts and (len(parts) > 1 or not _STREET_NUMBER.match(parts[-1])):
                region = parts[-1]
                parts = parts[:-1]
        elif (_REGION_ONLY.match(tail) and len(parts) > 1) or _region_named(parts):
            region = tail
            parts = parts[:-1]
    street = city = None
    if len(parts) >= 2:
        city = parts[-1]
        street = ", ".join(parts[:-1])
    elif len(parts) == 1:
        if _STREET_NUMBER.match(parts[0]):
            street = parts[0]
        else:
            city = parts[0]
    return AddressParts(
        street=street, city=city, region=region, postal_code=postal, country=country
    )


def has_street_address(street: str | None) -> bool:
    """True when the street part names a place a person can walk to (it has a number)."""
    return bool(street and _STREET_NUMBER.match(street))


def join_address(parts: AddressParts) -> str | None:
    """One line from split parts, in the order feeds print them."""
    region_postal = " ".join(p for p in (parts.region, parts.postal_code) if p)
    pieces = [p for p in (parts.street, parts.city, region_postal, parts.country) if p]
    return ", ".join(pieces) or None
