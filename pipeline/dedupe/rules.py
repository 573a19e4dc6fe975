"""Every dedupe threshold, tolerance and vocabulary, in one documented place.

Change a number here, rerun `pytest tests/test_dedupe_labelled.py` (precision and recall
on the labelled pairs) and say why in the commit. The m/u weights of each comparison
live beside these in `pipeline/dedupe/weights.py`.
"""

from __future__ import annotations

# --- blocking: which pairs are compared at all -----------------------------------------

#: Two listings are candidates only on the same weekday with start times at most this far
#: apart. Feeds round differently ("7:00 PM" vs "19:05" for a late-starting group), but
#: two different meetings in one room rarely start less than a quarter hour apart.
START_WINDOW_MINUTES = 10

#: Coordinates are bucketed into grid cells of this many degrees (about 1.1 km of
#: latitude); a second grid shifted by half a cell catches pairs that straddle a border.
GRID_DEGREES = 0.01

#: Coordinates are compared only at these precisions: a city centre standing in for an
#: online meeting's place, or a postal-code centroid, is shared by unrelated meetings.
COMPARABLE_GEO_PRECISION: tuple[str, ...] = ("rooftop", "street")

# --- scoring ---------------------------------------------------------------------------

#: A pair whose match probability reaches this is merged. The prior and every m/u are
#: conditional on a pair being blocked together (same day, hour and place), so this is a
#: probability among such look-alikes, not among all pairs of the table.
MATCH_PROBABILITY = 0.9

#: A prior: among blocked pairs, the share that are the same meeting (labelled set: about
#: half; real aggregator data is similar, DESIGN.md "about half of the rows ... are the
#: same meeting listed twice or more").
PRIOR_MATCH_AMONG_BLOCKED = 0.5

#: Pairs whose match weight lies within this many bits of the threshold's weight are
#: "near the threshold": counted in the manifest, kept in merges.parquet, and the first
#: place a maintainer looks for a merge to force or forbid.
NEAR_THRESHOLD_BITS = 1.0

#: Pairs scored below the threshold but above (threshold - this) are still published in
#: merges.parquet, so `allpaths why-merged` can say why two listings were *not* merged.
PUBLISH_BELOW_BITS = 6.0

#: Distances (metres) that split the coordinates comparison into levels.
DISTANCE_LEVELS_M = (60.0, 250.0, 1000.0)

#: End times this close (minutes) count as the same end time (one source rounds).
END_TIME_CLOSE_MINUTES = 15

#: Jaro-Winkler similarity of two normalized names or streets that counts as "close".
NAME_CLOSE = 0.9
STREET_CLOSE = 0.88

# --- normalization of the compared fields ----------------------------------------------

#: Words that carry no identity in a meeting name (compared after lower-casing and
#: dropping punctuation): "The Tuesday Night Group of AA" and "Tuesday Night" are one name.
NAME_STOPWORDS: tuple[str, ...] = (
    "the", "a", "an", "of", "and", "group", "groups", "meeting", "mtg", "aa", "na", "ca",
    "alcoholics", "anonymous", "narcotics", "in", "at", "on", "grupo", "online", "hybrid",
    "virtual", "zoom",
)  # fmt: skip

#: Name words spelled two ways by different sites, reduced to one.
NAME_WORDS: dict[str, str] = {
    "saint": "st", "twelve": "12", "steps": "step", "traditions": "tradition",
    "womens": "women", "mens": "men", "speakers": "speaker", "mt": "mount",
}  # fmt: skip

#: Street-word spellings reduced to one form, USPS style. Applied to whole words.
STREET_ABBREVIATIONS: dict[str, str] = {
    "street": "st", "str": "st", "avenue": "ave", "av": "ave", "road": "rd",
    "drive": "dr", "boulevard": "blvd", "lane": "ln", "place": "pl", "court": "ct",
    "highway": "hwy", "parkway": "pkwy", "terrace": "ter", "circle": "cir",
    "square": "sq", "north": "n", "south": "s", "east": "e", "west": "w",
    "northeast": "ne", "northwest": "nw", "southeast": "se", "southwest": "sw",
    "saint": "st", "mount": "mt", "fort": "ft", "route": "rte", "first": "1st",
    "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
}  # fmt: skip

#: Street suffixes after which a unit, room or suite is dropped ("100 Main St, Suite 4").
UNIT_WORDS: tuple[str, ...] = ("suite", "ste", "unit", "room", "rm", "apt", "fl", "floor")

#: Meeting type codes that cannot both describe one meeting: a listing "O" (open) and a
#: listing "C" (closed) of the same hour at the same church are two meetings.
CONFLICTING_TYPES: tuple[tuple[str, str], ...] = (("O", "C"), ("M", "W"))

# --- merging ---------------------------------------------------------------------------

#: Default source priority by platform, when the sources file gives none: a source closer
#: to the group (its intergroup's Meeting Guide feed, an HTML directory kept by the area)
#: outranks a regional BMLT server, which outranks NA's national aggregator export.
#: Higher wins.
DEFAULT_PRIORITY_BY_PLATFORM: dict[str, int] = {
    "meeting_guide": 50,
    "html": 50,
    "bmlt": 40,
    "bmlt_export": 10,  # NA's aggregator export (`allpaths discover` names it so)
    "aggregator": 10,
}
DEFAULT_PRIORITY = 30

#: Fields filled from another listing when the kept record lacks them, one group at a
#: time so an address or a pair of coordinates is never stitched from two listings.
FILL_GROUPS: dict[str, tuple[str, ...]] = {
    "group_name": ("group_name",),
    "end_time": ("end_time",),
    "location_name": ("location_name",),
    "address": ("street", "city", "region", "postal_code", "country", "formatted_address"),
    "coordinates": ("latitude", "longitude", "geo_precision", "geo_source", "geocoded_address"),
    "conference": ("conference_url", "conference_provider"),
    "notes": ("notes",),
    "types": ("types",),
    "languages": ("languages",),
}

#: Groups taken from the listing that has them most precisely rather than only when the
#: kept listing lacks them: after geocoding nearly every listing has coordinates, and a
#: feed's street-level point beats the gazetteer's postal-code centroid of another
#: listing (precision order: `pipeline/geocode/policy.py` PRECISION_RANK; ties go to
#: the better-ranked listing).
BEST_OF_GROUPS: tuple[str, ...] = ("coordinates",)

#: The first field of each group decides whether the group is missing.
#: (`formatted_address` stands in for the address when `street` is empty.)
ADDRESS_PRESENT = ("street", "formatted_address")
