"""Controlled vocabularies of the data contract, in one place.

Meeting type codes follow the Meeting Guide specification (code4recovery/spec,
data/types.json) plus ONL (online) and TC (location temporarily closed), which feeds use
as types. Anything outside this list is kept in `source_types` only.
"""

from __future__ import annotations

import functools
import re

#: Canonical fellowship labels of DESIGN.md.
FELLOWSHIPS: tuple[str, ...] = (
    "AA", "NA", "CA", "CMA", "MA", "HA", "GA", "SMART", "MARA", "RD", "LifeRing", "WFS",
    "Al-Anon", "other",
)  # fmt: skip

#: Spellings a listing or a sources file may use, lower-cased and stripped of punctuation.
FELLOWSHIP_ALIASES: dict[str, str] = {
    "aa": "AA", "alcoholics anonymous": "AA",
    "na": "NA", "narcotics anonymous": "NA",
    "ca": "CA", "cocaine anonymous": "CA",
    "cma": "CMA", "crystal meth anonymous": "CMA",
    "ma": "MA", "marijuana anonymous": "MA",
    "ha": "HA", "heroin anonymous": "HA",
    "ga": "GA", "gamblers anonymous": "GA",
    "smart": "SMART", "smart recovery": "SMART",
    "mara": "MARA", "medication assisted recovery anonymous": "MARA",
    "medicationassisted recovery anonymous": "MARA",
    "rd": "RD", "recovery dharma": "RD",
    "lifering": "LifeRing", "lifering secular recovery": "LifeRing",
    "wfs": "WFS", "women for sobriety": "WFS",
    "alanon": "Al-Anon", "al anon": "Al-Anon", "alanon family groups": "Al-Anon",
    "other": "other",
}  # fmt: skip

_NON_WORD = re.compile(r"[^a-z0-9 ]+")


@functools.lru_cache(maxsize=4096)
def fellowship_key(value: str) -> str:
    """The lookup key of a fellowship spelling: lower case, punctuation gone, spaces single."""
    return " ".join(_NON_WORD.sub("", value.lower().replace("-", "")).split())


def canonical_fellowship(value: str) -> str | None:
    """Map a fellowship as written to the contract's label, or None when unrecognised."""
    if value in FELLOWSHIPS:
        return value
    return FELLOWSHIP_ALIASES.get(fellowship_key(value))


#: Meeting Guide type codes with their English names.
MEETING_TYPES: dict[str, str] = {
    "11": "11th Step Meditation", "12x12": "12 Steps & 12 Traditions", "A": "Secular",
    "ABSI": "As Bill Sees It", "AL": "Concurrent with Alateen", "AL-AN": "Concurrent with Al-Anon",
    "AM": "Amharic", "ASL": "American Sign Language", "B": "Big Book",
    "BA": "Babysitting Available", "BE": "Newcomer", "BI": "Bisexual", "BRK": "Breakfast",
    "C": "Closed", "CAN": "Candlelight", "CF": "Child-Friendly", "D": "Discussion",
    "DA": "Danish", "DB": "Digital Basket", "DD": "Dual Diagnosis", "DE": "German",
    "DR": "Daily Reflections", "EL": "Greek", "EN": "English", "FA": "Persian",
    "FF": "Fragrance Free", "FR": "French", "G": "Gay", "GR": "Grapevine", "H": "Birthday",
    "HE": "Hebrew", "HI": "Hindi", "HR": "Croatian", "HU": "Hungarian", "ITA": "Italian",
    "JA": "Japanese", "KOR": "Korean", "L": "Lesbian", "LGBTQ": "LGBTQ", "LIT": "Literature",
    "LS": "Living Sober", "LT": "Lithuanian", "M": "Men", "MED": "Meditation",
    "ML": "Malayalam", "N": "Native American", "NDG": "Indigenous", "NO": "Norwegian",
    "O": "Open", "ONL": "Online", "OUT": "Outdoor", "P": "Professionals",
    "POC": "People of Color", "POL": "Polish", "POR": "Portuguese", "PUN": "Punjabi",
    "RUS": "Russian", "S": "Spanish", "SEN": "Seniors", "SK": "Slovak",
    "SM": "Smoking Permitted", "SP": "Speaker", "ST": "Step Study", "SV": "Swedish",
    "T": "Transgender", "TC": "Location Temporarily Closed", "TH": "Thai", "TL": "Tagalog",
    "TR": "Tradition Study", "UK": "Ukrainian", "W": "Women", "X": "Wheelchair Access",
    "XB": "Wheelchair-Accessible Bathroom", "XT": "Cross Talk Permitted", "Y": "Young People",
    "AF": "Afrikaans", "AR": "Arabic", "BG": "Bulgarian", "FI": "Finnish", "IS": "Icelandic",
    "KA": "Georgian", "MT": "Maltese", "NB": "Non-Binary", "NE": "Nepali", "NL": "Dutch",
    "POA": "Proof of Attendance", "SL": "Slovenian", "TUR": "Turkish",
}  # fmt: skip

#: Codes whose case matters ("12x12"); every other code is compared upper-cased.
_CASE_SENSITIVE = {code.upper(): code for code in MEETING_TYPES if code != code.upper()}

#: Language type codes to ISO 639-1.
LANGUAGE_CODES: dict[str, str] = {
    "AM": "am", "DA": "da", "DE": "de", "EL": "el", "EN": "en", "FA": "fa", "FR": "fr",
    "HE": "he", "HI": "hi", "HR": "hr", "HU": "hu", "ITA": "it", "JA": "ja", "KOR": "ko",
    "LT": "lt", "ML": "ml", "NO": "no", "POL": "pl", "POR": "pt", "PUN": "pa", "RUS": "ru",
    "S": "es", "SK": "sk", "SV": "sv", "TH": "th", "TL": "tl", "UK": "uk",
    "AF": "af", "AR": "ar", "BG": "bg", "FI": "fi", "IS": "is", "KA": "ka", "MT": "mt",
    "NE": "ne", "NL": "nl", "SL": "sl", "TUR": "tr",
}  # fmt: skip

#: Type codes that mean the meeting's location is closed for now.
TEMPORARILY_CLOSED_CODES = frozenset({"TC"})


def canonical_type_code(code: str) -> str | None:
    """The vocabulary's spelling of a type code, or None when it is not in the vocabulary."""
    upper = code.strip().upper()
    if upper in _CASE_SENSITIVE:
        return _CASE_SENSITIVE[upper]
    return upper if upper in MEETING_TYPES else None
