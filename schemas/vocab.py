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


# --- BMLT formats onto the vocabulary -------------------------------------------------
# BMLT servers name formats with per-server, per-language keys ("WC", "Beh", "♿"), so a
# format is read through its NAWS world id (`world_id` in GetFormats, `worldid_mixed` in
# the database), the one code every server shares. bmlt-server's own TSML export maps the
# same ids (src/app/Http/Resources/Query/TsmlMeetingResource.php); NA-only literature
# formats become LIT, where that file invents codes no Meeting Guide reader knows.

#: World id -> vocabulary codes. An empty tuple is a format we know that has no equivalent
#: in the vocabulary: kept in `source_types`, counted as `no_equivalent`, never as unknown.
BMLT_WORLD_IDS: dict[str, tuple[str, ...]] = {
    "OPEN": ("O",), "CLOSED": ("C",), "BEG": ("BE",), "DISC": ("D",), "TOP": ("D",),
    "SPK": ("SP",), "S-D": ("SP", "D"), "STEP": ("ST",), "SWG": ("ST",), "TRAD": ("TR",),
    "LIT": ("LIT",), "BT": ("LIT",), "IW": ("LIT",), "JFT": ("LIT",), "IP": ("LIT",),
    "LC": ("LIT",), "GP": ("LIT",), "SPAD": ("LIT",), "MED": ("MED",), "CAN": ("CAN",),
    "CW": ("CF",), "GL": ("LGBTQ",), "M": ("M",), "W": ("W",), "Y": ("Y",),
    "WCHR": ("X",), "SMOK": ("SM",), "VM": ("ONL",), "TC": ("TC",), "ASL": ("ASL",),
    "HYBR": (), "HY": (), "CH": (), "NC": (), "NS": (), "QA": (), "RA": (), "VAR": (),
    "CPT": (),
}  # fmt: skip

#: World ids that say how a meeting is attended, for servers without `venue_type`.
BMLT_ATTENDANCE_WORLD_IDS: dict[str, str] = {"VM": "online", "HYBR": "hybrid", "HY": "hybrid"}

#: The world id of language formats: which language is in the format's key or name.
BMLT_LANGUAGE_WORLD_ID = "LANG"

#: Language format keys and names as servers write them, lower-cased, to ISO 639-1:
#: two-letter keys are ISO 639-1 already; these are the three-letter and spelled-out ones.
LANGUAGE_ALIASES: dict[str, str] = {
    "eng": "en", "english": "en", "englisch": "en", "spa": "es", "esp": "es", "spanish": "es",
    "español": "es", "espanol": "es", "spanisch": "es", "fre": "fr", "fra": "fr",
    "french": "fr", "französisch": "fr", "ger": "de", "deu": "de", "german": "de",
    "deutsch": "de", "ita": "it", "italian": "it", "por": "pt", "portuguese": "pt",
    "rus": "ru", "russian": "ru", "russisch": "ru", "pol": "pl", "polish": "pl",
    "polnisch": "pl", "per": "fa", "fas": "fa", "farsi": "fa", "persian": "fa",
    "fin": "fi", "finnish": "fi", "swe": "sv", "swedish": "sv", "nor": "no",
    "norwegian": "no", "dan": "da", "danish": "da", "dut": "nl", "nld": "nl", "dutch": "nl",
    "ara": "ar", "arabic": "ar", "arabisch": "ar", "heb": "he", "hebrew": "he",
    "hun": "hu", "hungarian": "hu", "ungarische": "hu", "ukr": "uk", "ukrainian": "uk",
    "ukrainisch": "uk", "lit": "lt", "lithuanian": "lt", "gre": "el", "ell": "el",
    "greek": "el", "jpn": "ja", "japanese": "ja", "kor": "ko", "korean": "ko", "hin": "hi",
    "hindi": "hi", "tha": "th", "thai": "th", "tgl": "tl", "tagalog": "tl", "hrv": "hr",
    "croatian": "hr", "slk": "sk", "slo": "sk", "slovak": "sk", "chi": "zh", "zho": "zh",
    "chinese": "zh",
}  # fmt: skip

#: ISO 639-1 to the Meeting Guide language type code (the inverse of LANGUAGE_CODES).
LANGUAGE_TYPE_CODES: dict[str, str] = {iso: code for code, iso in LANGUAGE_CODES.items()}

_KNOWN_LANGUAGES = frozenset(LANGUAGE_TYPE_CODES) | frozenset(LANGUAGE_ALIASES.values())


def language_of(*spellings: str | None) -> str | None:
    """ISO 639-1 of a language format from its key or name ("ES", "ru", "ENG", "Finnish")."""
    for spelling in spellings:
        if not spelling:
            continue
        text = spelling.strip().lower()
        if text in LANGUAGE_ALIASES:
            return LANGUAGE_ALIASES[text]
        if text in _KNOWN_LANGUAGES:
            return text
    return None
