"""Write the embedded demo feeds (demo/feeds/*.json). Run by hand: `python demo/generate.py`.

The feeds are invented for this project (no real group's data) but shaped like the real
ones in ../shared/corpus: a WordPress plugin feed, a hand-built NA feed with 12-hour
times and day names, a spreadsheet-generated feed with strings everywhere, and a small
online MARA feed. Deterministic (seeded), so the committed files only change on purpose.
The hand-written records at the top of each feed are the messy cases tests refer to.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FEEDS = HERE / "feeds"

TOWNS = [
    ("Peoria", "IL", "61602", 40.6936, -89.5890),
    ("East Peoria", "IL", "61611", 40.6661, -89.5801),
    ("Pekin", "IL", "61554", 40.5675, -89.6407),
    ("Morton", "IL", "61550", 40.6128, -89.4593),
    ("Washington", "IL", "61571", 40.7034, -89.4073),
    ("Chillicothe", "IL", "61523", 40.9220, -89.4862),
]
STREETS = [
    "Main St",
    "Adams St",
    "Knoxville Ave",
    "War Memorial Dr",
    "University St",
    "Sheridan Rd",
    "Court St",
    "Elm St",
    "Jefferson Ave",
    "Glen Ave",
    "Prospect Rd",
]
PLACES = [
    "St. Mark's Episcopal Church",
    "First Lutheran Church",
    "Alano Club",
    "Community Center",
    "Unity Church",
    "Westminster Presbyterian Church",
    "Grace Methodist Church",
    "Public Library, Room B",
    "YMCA",
    "Hope Clubhouse",
]
AA_NAMES = [
    "Keep It Simple",
    "Early Birds",
    "Serenity Seekers",
    "Big Book Study",
    "Back to Basics",
    "Happy Destiny",
    "Came to Believe",
    "Lunch Bunch",
    "Primary Purpose",
    "Into Action",
    "Design for Living",
    "Steps to Freedom",
    "Night Owls",
    "Daily Reflections",
    "Women in Recovery",
    "Men's Stag",
    "Language of the Heart",
    "Just for Today",
    "Sober Sisters",
    "Road to Recovery",
]
NA_NAMES = [
    "Clean and Serene",
    "Just for Today",
    "Miracles Happen",
    "Recovery on Main",
    "Freedom Group",
    "Never Alone",
    "New Beginnings",
    "Hope Without Dope",
    "Living Clean",
    "We Do Recover",
    "Basic Text Study",
    "Step Into Freedom",
]
AA_TYPES = [
    ["O", "D"],
    ["C", "D"],
    ["O", "SP"],
    ["C", "B"],
    ["O", "BE", "D"],
    ["C", "ST"],
    ["C", "W"],
    ["C", "M"],
    ["O", "DR"],
    ["C", "12x12"],
    ["O", "LIT", "X"],
]
TIMES = [
    "06:30",
    "07:00",
    "07:30",
    "12:00",
    "12:15",
    "17:30",
    "18:00",
    "18:30",
    "19:00",
    "19:30",
    "20:00",
    "20:30",
]


def plus_hour(hhmm: str) -> str:
    hour, minute = map(int, hhmm.split(":"))
    return f"{(hour + 1) % 24:02d}:{minute:02d}"


def twelve_hour(hhmm: str) -> str:
    hour, minute = map(int, hhmm.split(":"))
    suffix = "AM" if hour < 12 else "PM"
    return f"{hour % 12 or 12}:{minute:02d} {suffix}"


def address(rng: random.Random) -> tuple[str, tuple[str, str, str, float, float]]:
    town = rng.choice(TOWNS)
    return f"{rng.randint(100, 4999)} {rng.choice(STREETS)}", town


# --- Riverbend Intergroup (AA): WordPress 12 Step Meeting List feed -----------------------

RIVERBEND_SPECIAL: list[Any] = [
    {
        "name": "Sunrise Serenity",
        "slug": "sunrise-serenity",
        "day": [1, 2, 3, 4, 5],
        "time": "06:30",
        "end_time": "07:30",
        "types": ["O", "D"],
        "location": "Alano Club",
        "formatted_address": "2310 N Knoxville Ave, Peoria, IL 61604, USA",
        "latitude": 40.7171,
        "longitude": -89.5873,
        "attendance_option": "in_person",
        "updated": "2026-09-02 10:14:00",
    },
    {
        "name": "Friday Night Live",
        "slug": "friday-night-live",
        "day": 5,
        "time": "23:30",
        "end_time": "00:30",
        "types": ["O", "SP", "Y"],
        "location": "Hope Clubhouse",
        "formatted_address": "817 W Main St, Peoria, IL 61606, USA",
        "latitude": 40.6981,
        "longitude": -89.6079,
        "attendance_option": "in_person",
        "updated": "2026-08-11 19:02:44",
    },
    {
        "name": "Hybrid Hope",
        "slug": "hybrid-hope",
        "day": 2,
        "time": "19:00",
        "end_time": "20:00",
        "types": ["O", "D", "ONL"],
        "location": "Unity Church",
        "formatted_address": "1415 W Glen Ave, Peoria, IL 61614, USA",
        "latitude": 40.7443,
        "longitude": -89.6132,
        "attendance_option": "hybrid",
        "conference_url": "https://zoom.us/j/81234567890",
        "conference_phone": "+13126266799,,81234567890#",
        "notes": "Room 4, downstairs. Zoom password: serenity",
        "updated": "2026-10-01 08:00:00",
    },
    {
        "name": "Online 12 & 12",
        "slug": "online-12x12",
        "day": 0,
        "time": "09:00",
        "end_time": "10:00",
        "types": ["C", "12x12", "ONL"],
        "location": "Online",
        "formatted_address": "Peoria, IL, USA",
        "latitude": 40.6936,
        "longitude": -89.5890,
        "approximate": "yes",
        "attendance_option": "online",
        "conference_url": "https://meet.google.com/abc-defg-hij",
        "updated": "2026-07-19 12:00:00",
    },
    {
        "name": "Basement Group",
        "slug": "basement-group-tc",
        "day": 4,
        "time": "19:30",
        "types": ["C", "TC"],
        "location": "First Lutheran Church",
        "formatted_address": "1200 E Court St, Pekin, IL 61554, USA",
        "latitude": 40.5689,
        "longitude": -89.6302,
        "attendance_option": "inactive",
        "notes": "Church closed for renovation until spring.",
        "updated": "2026-06-30 09:00:00",
    },
    {
        "name": "Phone Tree Group",
        "slug": "onl-without-link",
        "day": 3,
        "time": "21:00",
        "types": ["O", "ONL"],
        "location": "Online",
        "formatted_address": "Peoria, IL, USA",
        "updated": "2025-12-01 09:00:00",
    },
    {
        "name": "  Keep   It\tSimple  ",
        "slug": "stray-whitespace",
        "day": 6,
        "time": " 10:00 ",
        "end_time": "11:00 ",
        "types": ["O", " D "],
        "location": " St. Mark&#039;s Episcopal Church ",
        "formatted_address": " 1314 W Adams St, Peoria, IL 61606, USA ",
        "latitude": 40.6955,
        "longitude": -89.6051,
        "notes": "Enter by the side door &amp; go downstairs.<br>Coffee at 9:45.",
        "updated": "2026-05-05 15:30:00",
    },
    {
        "name": "Medication-Assisted Recovery Welcome Group",
        "slug": "mat-welcome-group",
        "day": 3,
        "time": "18:00",
        "end_time": "19:00",
        "types": ["O", "D"],
        "location": "Community Center",
        "formatted_address": "700 SW Adams St, Peoria, IL 61602, USA",
        "latitude": 40.6903,
        "longitude": -89.5927,
        "attendance_option": "in_person",
        "notes": "MAT friendly: people on methadone, buprenorphine or naltrexone are welcome to share and chair.",
        "updated": "2026-10-12 18:00:00",
    },
    {
        "name": "Matt's Matinee Meditation",
        "slug": "matinee-meditation",
        "day": 0,
        "time": "14:00",
        "end_time": "15:00",
        "types": ["O", "MED", "11"],
        "location": "Grace Methodist Church",
        "formatted_address": "2601 N Sheridan Rd, Peoria, IL 61604, USA",
        "latitude": 40.7265,
        "longitude": -89.6015,
        "notes": "Bring a yoga mat if you like to sit on the floor. Format: 20 minutes of silent meditation, then sharing.",
        "updated": "2026-03-03 11:11:11",
    },
    {
        "name": "Shared Space Sunday",
        "slug": "shared-space-sunday",
        "day": 0,
        "time": "18:00",
        "end_time": "19:00",
        "types": ["O", "D"],
        "location": "Public Library, Room B",
        "formatted_address": "107 NE Monroe St, Peoria, IL 61602, USA",
        "latitude": 40.6938,
        "longitude": -89.5893,
        "updated": "2026-04-04 10:00:00",
    },
    # must be rejected
    {
        "name": "Weekday Eight",
        "slug": "bad-day-seven",
        "day": 7,
        "time": "20:00",
        "formatted_address": "500 Main St, Peoria, IL 61602, USA",
    },
    {
        "name": "",
        "slug": "missing-name",
        "day": 2,
        "time": "12:00",
        "formatted_address": "500 Main St, Peoria, IL 61602, USA",
        "notes": "Contact Jane at jane.doe@example.org or 309-555-0142",
    },
]


def riverbend(rng: random.Random) -> list[Any]:
    meetings: list[Any] = list(RIVERBEND_SPECIAL)
    for n in range(112):
        street, (city, state, postal, lat, lon) = address(rng)
        name = rng.choice(AA_NAMES)
        time = rng.choice(TIMES)
        kind = rng.random()
        record: dict[str, Any] = {
            "id": 4000 + n,
            "name": name,
            "slug": f"{name.lower().replace(' ', '-').replace(chr(39), '')}-{n}",
            "day": rng.randint(0, 6),
            "time": time,
            "types": list(rng.choice(AA_TYPES)),
            "location": rng.choice(PLACES),
            "formatted_address": f"{street}, {city}, {state} {postal}, USA",
            "latitude": round(lat + rng.uniform(-0.03, 0.03), 6),
            "longitude": round(lon + rng.uniform(-0.03, 0.03), 6),
            "region": city,
            "updated": f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d} 12:00:00",
            "attendance_option": "in_person",
        }
        if rng.random() < 0.8:
            record["end_time"] = plus_hour(time)
        if kind < 0.12:
            record["attendance_option"] = "online"
            record["conference_url"] = f"https://zoom.us/j/8{rng.randint(10**9, 10**10 - 1)}"
            record["types"].append("ONL")
            record["formatted_address"] = f"{city}, {state}, USA"
            record["approximate"] = "yes"
        elif kind < 0.2:
            record["attendance_option"] = "hybrid"
            record["conference_url"] = (
                f"https://us02web.zoom.us/j/8{rng.randint(10**9, 10**10 - 1)}"
            )
        if rng.random() < 0.1:
            record["notes"] = rng.choice(
                [
                    "Wheelchair accessible entrance on the north side.",
                    "Parking behind the building.",
                    "Format: speaker first Friday, discussion other weeks.",
                    "Bring your Big Book.",
                ]
            )
        meetings.append(record)
    return meetings


# --- Prairie Area NA: a hand-built feed with 12-hour times and day names ------------------

PRAIRIE_SPECIAL: list[Any] = [
    {
        "name": "CLEAN AND SERENE",
        "slug": "clean-and-serene",
        "day": "Tuesday",
        "time": "7:00 PM",
        "types": "O, D",
        "location": "Westminster Presbyterian Church",
        "address": "1420 W Moss Ave",
        "city": "Peoria",
        "state": "IL",
        "postal_code": "61606",
        "country": "USA",
        "latitude": "40.6990",
        "longitude": "-89.6210",
        "notes": "MAT friendly. Methadone and Suboxone welcome; everyone may share.",
    },
    {
        "name": "Miracles at Noon",
        "slug": "miracles-noon",
        "day": ["Monday", "Thursday"],
        "time": "noon",
        "types": ["C", "LIT"],
        "location": "Hope Clubhouse",
        "address": "817 W Main St",
        "city": "Peoria",
        "state": "IL",
        "postal_code": "61606",
        "country": "US",
    },
    {
        "name": "Hope Without Dope",
        "slug": "hope-without-dope",
        "day": "5",
        "time": "7pm",
        "types": ["O"],
        "location": "Unity Church &amp; Annex",
        "address": "1415 W Glen Ave",
        "city": "Peoria",
        "state": "IL",
        "postal_code": "61614",
        "country": "USA",
        "notes": "Clean time does not include methadone or Suboxone. Members on maintenance may attend but may not share or chair.\nQuestions? Call Mike 309-555-0199 or mike.r@example.com",
    },
    {
        "name": "Never Alone Online",
        "slug": "never-alone-online",
        "day": 1,
        "time": "8:30 pm",
        "types": ["O", "ONL"],
        "conference_url": "zoom.us/j/5551234567",
        "city": "Peoria",
        "state": "IL",
        "country": "USA",
    },
    {
        "name": "Step Into Freedom",
        "slug": "step-into-freedom",
        "day": "Wed",
        "time": "6:00 PM",
        "types": ["C", "ST", "onl"],
        "conference_url": "not a link",
        "address": "3301 N Prospect Rd",
        "city": "Peoria Heights",
        "state": "IL",
        "postal_code": "61616",
        "country": "USA",
    },
    {
        "name": "Welcome Home",
        "slug": "welcome-home-na",
        "day": 6,
        "time": "10:30 AM",
        "types": ["O", "BE"],
        "location": "Community Center",
        "address": "700 SW Adams St",
        "city": "Peoria",
        "state": "IL",
        "postal_code": "61602",
        "country": "USA",
        "notes": "This is a meeting of Narcotics Anonymous. We welcome everyone who wants to stop using, no matter what drugs you used or what you take.",
    },
    {
        "name": "Tuesday Freedom",
        "slug": "tuesday-freedom",
        "day": "Tuesday",
        "time": "8:00 PM",
        "types": ["C", "D"],
        "location": "First Lutheran Church",
        "address": "1200 E Court St",
        "city": "Pekin",
        "state": "IL",
        "postal_code": "61554",
        "country": "USA",
        "notes": "MAT friendly, though members on methadone may not chair or hold service commitments.",
    },
    {
        "name": "Speaker Night",
        "slug": "speaker-night",
        "day": 4,
        "time": "7:30 PM",
        "types": ["O", "SP"],
        "location": "Hope Clubhouse",
        "address": "817 W Main St",
        "city": "Peoria",
        "state": "IL",
        "postal_code": "61606",
        "country": "USA",
        "notes": "This month's speaker shares her story of ten years on methadone.",
    },
    {
        "name": "Clinic Hall Group",
        "slug": "clinic-hall",
        "day": 1,
        "time": "12:00 PM",
        "types": ["C"],
        "location": "Riverside Methadone Clinic",
        "address": "2500 SW Adams St",
        "city": "Peoria",
        "state": "IL",
        "postal_code": "61602",
        "country": "USA",
        "notes": "Meeting held in the methadone clinic's community room, 2nd floor.",
    },
    # must be rejected
    {
        "name": "Time To Be Decided",
        "slug": "tbd-time",
        "day": 2,
        "time": "TBD",
        "address": "1 Main St",
        "city": "Peoria",
        "state": "IL",
    },
    {
        "name": "Someday",
        "slug": "funday",
        "day": "Funday",
        "time": "7:00 PM",
        "address": "1 Main St",
        "city": "Peoria",
        "state": "IL",
    },
    "this row is a string, not a meeting",
]


def prairie(rng: random.Random) -> list[Any]:
    meetings: list[Any] = list(PRAIRIE_SPECIAL)
    day_names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    for n in range(86):
        street, (city, state, postal, lat, lon) = address(rng)
        name = rng.choice(NA_NAMES)
        time = rng.choice(TIMES)
        day_style = rng.random()
        day: Any = rng.randint(0, 6)
        if day_style < 0.4:
            day = day_names[day]
        elif day_style < 0.5:
            day = str(day)
        record: dict[str, Any] = {
            "name": name.upper() if rng.random() < 0.1 else name,
            "slug": f"na-{n:03d}",
            "day": day,
            "time": twelve_hour(time),
            "types": rng.choice(["O", "C", "O,D", "C,BE", "O, LIT"]),
            "location": rng.choice(PLACES),
            "address": street,
            "city": city,
            "state": state,
            "postal_code": postal,
            "country": "USA",
            "latitude": f"{lat + rng.uniform(-0.03, 0.03):.5f}",
            "longitude": f"{lon + rng.uniform(-0.03, 0.03):.5f}",
        }
        if rng.random() < 0.15:
            record["conference_url"] = f"https://zoom.us/j/7{rng.randint(10**8, 10**9 - 1)}"
        meetings.append(record)
    return meetings


# --- Lakeside Recovery (AA): a spreadsheet-generated feed, strings everywhere ------------

LAKESIDE_SPECIAL: list[Any] = [
    # the same meeting Riverbend lists as shared-space-sunday: a cross-listing for dedupe
    {
        "name": "Shared Space Sunday",
        "slug": "shared-space",
        "day": "0",
        "time": "18:00:00",
        "end_time": "19:00:00",
        "types": "O,D",
        "location": "Public Library - Room B",
        "address": "107 NE Monroe St",
        "city": "Peoria",
        "state": "IL",
        "postal_code": "61602",
        "latitude": "40.6938",
        "longitude": "-89.5893",
        "updated": "4/4/2026",
    },
    {
        "name": "Noon Tide",
        "day": "3",
        "time": "Noon",
        "types": "C,W",
        "location": "Lakeview Park Pavilion",
        "address": "1125 W Lake Ave",
        "city": "Peoria",
        "state": "IL",
        "postal_code": "61614",
        "updated": "2/11/2026",
    },
    {
        "name": "Late Night Lakeside",
        "slug": "late-night",
        "day": "6",
        "time": "23:00:00",
        "end_time": "00:15:00",
        "types": "O,SP",
        "location": "Alano Club",
        "address": "2310 N Knoxville Ave",
        "city": "Peoria",
        "state": "IL",
        "postal_code": "61604",
        "latitude": "not-a-number",
        "longitude": "",
        "updated": "1/9/2026",
    },
    {
        "name": "Women's Step Study",
        "slug": "womens-step",
        "day": "2",
        "time": "18:30:00",
        "types": "C,W,ST",
        "location": "Grace Methodist Church",
        "address": "2601 N Sheridan Rd",
        "city": "Peoria",
        "state": "IL",
        "postal_code": "61604",
        "latitude": "40.7265",
        "longitude": "-89.6015",
        "notes": "Not MAT friendly - this group asks members on methadone to wait until they are off it to chair.",
        "updated": "7/7/2026",
    },
]


def lakeside(rng: random.Random) -> list[Any]:
    meetings: list[Any] = list(LAKESIDE_SPECIAL)
    for n in range(72):
        street, (city, state, postal, lat, lon) = address(rng)
        time = rng.choice(TIMES)
        record: dict[str, Any] = {
            "name": rng.choice(AA_NAMES),
            "slug": f"lk{n}",
            "day": str(rng.randint(0, 6)),
            "time": f"{time}:00",
            "types": ",".join(rng.choice(AA_TYPES)),
            "location": rng.choice(PLACES),
            "address": street,
            "city": city,
            "state": state,
            "postal_code": postal,
            "latitude": f"{lat + rng.uniform(-0.03, 0.03):.6f}",
            "longitude": f"{lon + rng.uniform(-0.03, 0.03):.6f}",
            "updated": f"{rng.randint(1, 10)}/{rng.randint(1, 28)}/2026",
        }
        if rng.random() < 0.5:
            record["end_time"] = plus_hour(time) + ":00"
        if rng.random() < 0.1:
            record["conference_url"] = f"https://zoom.us/j/6{rng.randint(10**8, 10**9 - 1)}"
            record["conference_phone"] = "+13092222222"
        meetings.append(record)
    return meetings


# --- Cross-listings: Lakeside re-lists some of Riverbend's meetings, the way a second ----
# --- intergroup copies a neighbour's list into its spreadsheet (for dedupe) -------------

#: Riverbend ids Lakeside re-lists, each with the variation a second site introduces.
#: These are AA meetings, which NA's BMLT server and export do not list; the cross-platform
#: listings are the Prairie Area's NA meetings, which demo/generate_platforms.py puts on
#: the region's server and in the export (AREA_ON_SERVER, EXPORT_COPIES).
RELISTED = {
    4000: {"name": "{name} Group", "coordinates": "nudged"},
    4006: {"name": "The {name}", "coordinates": "none", "types": "drop-last"},
    4015: {"name": "{name}", "coordinates": "nudged", "street": "long"},
    4041: {"name": "{NAME}", "coordinates": "same", "street": "long"},
    4064: {"name": "{name}", "coordinates": "none", "notes": (
        "Methadone and Suboxone welcome, but people on medication may not chair or speak "
        "at this meeting."
    )},
}  # fmt: skip
LONG_STREETS = {"St": "Street", "Ave": "Avenue", "Dr": "Drive", "Rd": "Road"}


def relist(record: dict[str, Any], variation: dict[str, str]) -> dict[str, Any]:
    """Riverbend's record as Lakeside's spreadsheet feed writes it, with one site's quirks."""
    street, city, state_postal, _country = record["formatted_address"].split(", ")
    state, postal = state_postal.split()
    if variation.get("street") == "long":
        number, *words = street.split()
        street = " ".join([number, *(LONG_STREETS.get(w, w) for w in words)])
    name = variation["name"].format(name=record["name"], NAME=record["name"].upper())
    types = list(record["types"])
    if variation.get("types") == "drop-last":
        types = types[:-1]
    relisted: dict[str, Any] = {
        "name": name,
        "slug": f"rb-{record['id']}",
        "day": str(record["day"]),
        "time": f"{record['time']}:00",
        "types": ",".join(types),
        "location": record["location"],
        "address": street,
        "city": city,
        "state": state,
        "postal_code": postal,
        "updated": "11/1/2026",
    }
    if "end_time" in record:
        relisted["end_time"] = f"{record['end_time']}:00"
    if variation["coordinates"] != "none":
        shift = 0.0003 if variation["coordinates"] == "nudged" else 0.0  # about 30 m
        relisted["latitude"] = f"{record['latitude'] + shift:.6f}"
        relisted["longitude"] = f"{record['longitude'] - shift:.6f}"
    if "notes" in variation:
        relisted["notes"] = variation["notes"]
    return relisted


def lakeside_relistings(riverbend_records: list[Any]) -> list[Any]:
    by_id = {r.get("id"): r for r in riverbend_records}
    return [relist(by_id[i], variation) for i, variation in RELISTED.items()]


#: Coordinates feeds get wrong, for the geocoder's checks: a point in another town (a
#: spreadsheet row's copied from Springfield's list), and latitude and longitude swapped.
LAKESIDE_BAD_COORDINATES: list[Any] = [
    {
        "name": "Glen Avenue Group",
        "slug": "glen-avenue",
        "day": "1",
        "time": "17:30:00",
        "types": "O,D",
        "location": "Hope Clubhouse",
        "address": "1400 W Glen Ave",
        "city": "Peoria",
        "state": "IL",
        "postal_code": "61614",
        "latitude": "39.801700",
        "longitude": "-89.643700",
        "updated": "3/3/2026",
    },
    {
        "name": "Turned Around",
        "slug": "turned-around",
        "day": "4",
        "time": "20:30:00",
        "types": "C",
        "location": "First Lutheran Church",
        "address": "2000 Court St",
        "city": "Pekin",
        "state": "IL",
        "postal_code": "61554",
        "latitude": "-89.6400",
        "longitude": "40.5680",
        "updated": "3/3/2026",
    },
]


# --- MARA online: a small feed of a fellowship that welcomes MAT by design ---------------


def mara(rng: random.Random) -> list[Any]:
    meetings: list[Any] = []
    for n in range(14):
        time = rng.choice(["12:00", "18:00", "19:00", "20:00"])
        meetings.append(
            {
                "name": rng.choice(
                    ["MARA Online", "Medication-Assisted Recovery Anonymous", "MARA Evening Group"]
                ),
                "slug": f"mara-{n}",
                "day": n % 7,
                "time": time,
                "end_time": plus_hour(time),
                "types": ["O", "D", "ONL"],
                "location": "Online",
                "formatted_address": "Illinois, USA",
                "attendance_option": "online",
                "conference_url": f"https://zoom.us/j/9{rng.randint(10**9, 10**10 - 1)}",
                "notes": "All pathways welcome.",
            }
        )
    return meetings


def main() -> None:
    FEEDS.mkdir(parents=True, exist_ok=True)
    feeds: dict[str, list[Any]] = {}
    for name, build, seed in (
        ("riverbend-aa", riverbend, 1),
        ("prairie-na", prairie, 2),
        ("lakeside-aa", lakeside, 3),
        ("mara-online", mara, 4),
    ):
        feeds[name] = build(random.Random(seed))
    # appended after the seeded records, so every earlier record stays as it was
    feeds["lakeside-aa"] += lakeside_relistings(feeds["riverbend-aa"]) + LAKESIDE_BAD_COORDINATES
    for name, data in feeds.items():
        (FEEDS / f"{name}.json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
        print(name, len(data))


if __name__ == "__main__":
    main()
