"""Write the demo BMLT root server, aggregator export and HTML directory page.

Run by hand: `python demo/generate_platforms.py`. Invented data (no real group's), shaped
like the real answers in ../shared/corpus: every BMLT value a string, `#@-@#` label
prefixes, empty `time_zone` on most meetings (the server default applies), a virtual
meeting at the server's default map point, local format keys with NAWS world ids.
Seeded, and gzip files written with a fixed mtime, so the output changes only on purpose.

- demo/bmlt/{GetSearchResults,GetFormats,GetServiceBodies}.json: one root server
  (150 seeded meetings, in person, virtual and hybrid, plus the Prairie Area's meetings it
  lists too: `AREA_ON_SERVER`);
- demo/bmlt_export/: the aggregator export layout (manifest.json with sizes, SHA-256 and
  record counts; meetings.ndjson.gz; one file per root server; formats, service bodies,
  root servers), three root servers of which one is stale;
- demo/html/cedar-valley-meetings.html: a table-style intergroup directory page.

Cross-listings, for dedupe (`make run` merges them into one row each): the Prairie Area's
own Meeting Guide feed (demo/feeds/prairie-na.json, written by demo/generate.py, so run
that first) and the region's root server list some meetings both, each site spelling them
its own way; the export's copy of root server 1 (the demo root server) repeats some of the
server's meetings with the aggregator's spelling (`EXPORT_COPIES`). The random streams are
consumed as before, so every seeded meeting stays as it was.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import random
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BMLT_DIR = HERE / "bmlt"
EXPORT_DIR = HERE / "bmlt_export"
HTML_DIR = HERE / "html"
AREA_FEED = HERE / "feeds" / "prairie-na.json"
SEED = 20261124
EXPORT_TIME = datetime(2026, 11, 24, 5, 20, tzinfo=UTC)

#: (id, key, name, world id, type) as an English server defines them; the last two have
#: no world id, as many local formats do.
FORMATS: list[tuple[str, str, str, str, str]] = [
    ("1", "B", "Beginners", "BEG", "FC3"),
    ("3", "BT", "Basic Text", "BT", "FC1"),
    ("4", "C", "Closed", "CLOSED", "O"),
    ("6", "CL", "Candlelight", "CAN", "FC2"),
    ("8", "D", "Discussion", "DISC", "FC1"),
    ("9", "ES", "Español", "LANG", "LANG"),
    ("10", "GL", "Gay/Lesbian/Transgender", "GL", "FC3"),
    ("13", "IW", "It Works -How and Why", "IW", "FC1"),
    ("14", "JT", "Just for Today", "JFT", "FC1"),
    ("15", "M", "Men", "M", "FC3"),
    ("16", "NC", "No Children", "NC", "FC3"),
    ("17", "O", "Open", "OPEN", "O"),
    ("22", "SD", "Speaker/Discussion", "S-D", "FC1"),
    ("23", "SG", "Step Working Guide", "SWG", "FC1"),
    ("27", "St", "Step", "STEP", "FC1"),
    ("29", "To", "Topic", "TOP", "FC1"),
    ("30", "Tr", "Tradition", "TRAD", "FC1"),
    ("32", "W", "Women", "W", "FC3"),
    ("33", "WC", "Wheelchair", "WCHR", "FC2"),
    ("34", "YP", "Young People", "Y", "FC3"),
    ("51", "LC", "Living Clean", "LC", "FC1"),
    ("54", "VM", "Virtual Meeting", "VM", "FC2"),
    ("55", "TC", "Temporarily Closed Facility", "TC", "FC2"),
    ("56", "HY", "Hybrid Meeting", "HYBR", "FC2"),
    ("57", "SPAD", "A Spiritual Principle a Day", "SPAD", "FC1"),
    ("60", "MAT", "Medication-Assisted Recovery Welcome", "", "FC3"),
    ("61", "Cof", "Coffee Provided", "", "FC2"),
]
TOPIC_FORMATS = ["BT", "D", "IW", "JT", "SD", "SG", "St", "To", "Tr", "LC", "SPAD"]
SERVICE_BODIES = [
    ("1", "0", "Prairie Region", "RS", "RG900"),
    ("2", "1", "Tri-County Area", "AS", "AR9001"),
    ("3", "1", "River Valley Area", "AS", "AR9002"),
    ("4", "1", "Heartland Area", "AS", "AR9003"),
]
TOWNS = [
    ("Springfield", "IL", "62701", 39.7990, -89.6440),
    ("Decatur", "IL", "62521", 39.8403, -88.9548),
    ("Champaign", "IL", "61820", 40.1164, -88.2434),
    ("Bloomington", "IL", "61701", 40.4842, -88.9937),
    ("Normal", "IL", "61761", 40.5142, -88.9906),
    ("Jacksonville", "IL", "62650", 39.7339, -90.2290),
    ("Lincoln", "IL", "62656", 40.1484, -89.3648),
    ("Danville", "IL", "61832", 40.1245, -87.6300),
]
STREETS = ["Main St", "Washington St", "Lincoln Ave", "Grand Ave", "Oak St", "Church St",
           "Park Ave", "State St", "Jefferson St", "Monroe St"]  # fmt: skip
PLACES = ["First Presbyterian Church", "St. Paul's Lutheran Church", "Recovery Clubhouse",
          "Community Center", "Public Library", "Trinity Methodist Church", "YMCA",
          "Salvation Army Chapel", "Memorial Hospital, Conference Room 2", "Unity Church"]  # fmt: skip
NAMES = ["Clean and Serene", "Just for Today", "Miracles Happen", "Freedom Group",
         "Never Alone", "New Beginnings", "Hope Without Dope", "We Do Recover",
         "Basic Text Study", "Step Into Freedom", "Spiritual Awakenings", "Living the Program",
         "Keep Coming Back", "Surrender to Win", "The Gratitude Group", "Easy Does It NA",
         "Noon Recovery", "Late Night Clean", "Sunday Serenity", "Unity Circle"]  # fmt: skip
TIMES = ["06:30:00", "07:00:00", "12:00:00", "12:15:00", "17:30:00", "18:00:00",
         "18:30:00", "19:00:00", "19:30:00", "20:00:00", "21:00:00"]  # fmt: skip
DURATIONS = ["01:00:00", "01:00:00", "01:00:00", "01:30:00", "01:30:00", "00:45:00"]
MAT_COMMENTS = [
    "Members on methadone or buprenorphine are welcome to share.",
    "MAT friendly group. Everyone with a desire to stop using is welcome.",
    "Medication-assisted recovery welcome.",
]
OTHER_COMMENTS = [
    "Literature available.",
    "Please park in the rear lot.",
    "Birthday celebration the last Friday of the month.",
    "Group business meeting first Sunday after the meeting.",
]
DEFAULT_POINT = ("-118.563659", "34.235918")  # the server's default map centre
SERVER_URI = "https://bmlt.prairie-na.example/main_server"


def meeting(rng: random.Random, number: int, venue: str) -> dict[str, str]:
    """One GetSearchResults meeting with every value a string, as BMLT sends it."""
    town, state, postal, lat, lon = rng.choice(TOWNS)
    formats = ["O" if rng.random() < 0.55 else "C", rng.choice(TOPIC_FORMATS)]
    for key, chance in (("WC", 0.3), ("B", 0.1), ("W", 0.04), ("M", 0.04), ("YP", 0.03),
                        ("ES", 0.05), ("GL", 0.03), ("CL", 0.03), ("Cof", 0.1)):  # fmt: skip
        if rng.random() < chance:
            formats.append(key)
    comments = ""
    if rng.random() < 0.12:
        comments = rng.choice(MAT_COMMENTS)
        formats.append("MAT")
    elif rng.random() < 0.3:
        comments = rng.choice(OTHER_COMMENTS)
    link = phone = info = ""
    if venue in {"2", "3"}:
        formats.append("VM" if venue == "2" else "HY")
        link = f"https://zoom.us/j/8{rng.randint(10**8, 10**9 - 1)}"
        info = f"Meeting ID#@-@#Passcode: {rng.randint(1000, 9999)}"
        if rng.random() < 0.5:
            phone = f"+1 312 626 6799,,{link.rsplit('/', 1)[1]}#"
    in_room = venue != "2"
    if in_room:
        point = (f"{lon + rng.uniform(-0.03, 0.03):.6f}", f"{lat + rng.uniform(-0.03, 0.03):.6f}")
    else:
        point = DEFAULT_POINT
    ids = {key: fid for fid, key, *_ in FORMATS}
    body = rng.choice(SERVICE_BODIES[1:])
    return {
        "id_bigint": str(1000 + number),
        "worldid_mixed": f"G00{rng.randint(100000, 999999)}",
        "service_body_bigint": body[0],
        "weekday_tinyint": str(rng.randint(1, 7)),
        "venue_type": venue,
        "start_time": rng.choice(TIMES),
        "duration_time": rng.choice(DURATIONS),
        "time_zone": "America/Chicago" if rng.random() < 0.2 else "",
        "formats": ",".join(formats),
        "format_shared_id_list": ",".join(ids[k] for k in formats),
        "lang_enum": "en",
        "longitude": point[0],
        "latitude": point[1],
        "published": "1",
        "root_server_uri": SERVER_URI,
        "meeting_name": rng.choice(NAMES),
        "location_text": rng.choice(PLACES) if in_room else "",
        "location_info": "Entrance#@-@#Use the side door"
        if in_room and rng.random() < 0.15
        else "",
        "location_street": f"{rng.randint(100, 2999)} {rng.choice(STREETS)}" if in_room else "",
        "location_city_subsection": "",
        "location_neighborhood": "",
        "location_municipality": town if in_room else "",
        "location_sub_province": "",
        "location_province": state if in_room else "",
        "location_postal_code_1": postal if in_room else "",
        "location_nation": "USA" if in_room else "",
        "comments": comments,
        "contact_name_1": "",
        "contact_email_1": "",
        "virtual_meeting_link": link,
        "virtual_meeting_additional_info": info,
        "phone_meeting_number": phone,
    }


# --- cross-listings: the Prairie Area's meetings on the region's server, and the export ----

#: The Prairie Area (its own Meeting Guide feed is the demo's prairie-na) is a service body
#: of the region; kept out of SERVICE_BODIES, which the seeded meetings choose from.
AREA_BODY = ("5", "1", "Prairie Area", "AS", "AR9004")
#: Ids of the area's meetings on the server (the seeded ones are 1001-1150).
AREA_FIRST_ID = 2001
SEEDED_SERVER_MEETINGS = 150

#: prairie-na slug -> what the area's server admin typed differently from the area's feed.
#: Each entry becomes one server meeting per weekday the feed gives; the server's own
#: spelling of names, streets and formats ("Clean & Serene", "817 W. Main St.", BMLT format
#: keys instead of Meeting Guide codes), a duration where the feed gives no end time, its
#: own pin. Hope Without Dope is the MAT disagreement: the feed's notes limit members on
#: maintenance, the server still shows the MAT format and a welcome.
MAT_DISAGREEMENT = "hope-without-dope"
AREA_ON_SERVER: dict[str, dict[str, str]] = {
    "clean-and-serene": {"meeting_name": "Clean & Serene",
                         "location_street": "1420 West Moss Avenue",
                         "formats": "O,BT", "duration_time": "01:30:00"},
    "hope-without-dope": {"location_text": "Unity Church", "formats": "O,D,MAT",
                          "comments": "MAT friendly group. Everyone with a desire to stop "
                                      "using is welcome.",
                          "latitude": "40.744210", "longitude": "-89.613150"},
    "miracles-noon": {"meeting_name": "Miracles @ Noon", "location_street": "817 W. Main St.",
                      "formats": "C,BT", "latitude": "40.698050", "longitude": "-89.607820"},
    "never-alone-online": {"meeting_name": "Never Alone", "venue_type": "2",
                           "virtual_meeting_link": "https://zoom.us/j/5551234567?pwd=NvrAln",
                           "virtual_meeting_additional_info": "Meeting ID#@-@#555 123 4567"},
    "welcome-home-na": {"meeting_name": "Welcome Home Group",
                        "location_street": "700 Southwest Adams Street", "formats": "O,B",
                        "latitude": "40.690350", "longitude": "-89.592650"},
    "na-007": {"meeting_name": "Recovery On Main", "location_street": "2897 Main Street",
               "venue_type": "3", "formats": "O,D"},
    "na-009": {"location_street": "307 Main Street", "formats": "C,St"},
}  # fmt: skip

#: Server meeting id -> how the aggregator's copy of root server 1 differs: the name's case
#: or punctuation, the street spelled long or short, and always the start with seconds
#: (the area's meetings were typed on the server as "19:00"). These replace the first
#: seeded meetings of the export's root server 1, so the export keeps its size.
EXPORT_COPIES: dict[int, dict[str, str]] = {
    2001: {"name": "upper", "street": "short"},  # Clean & Serene: all three list it
    2002: {"name": "period", "street": "long"},  # Hope Without Dope: all three
    2005: {"name": "and", "street": "long"},  # Never Alone, online: all three, by its room
    2006: {"name": "upper", "street": "long"},  # Welcome Home: all three
    1044: {"name": "title", "street": "long"},  # Just for Today, MAT friendly on both
    1048: {"name": "upper", "street": "long"},  # Never Alone
    1049: {"name": "and", "street": "long"},  # Spiritual Awakenings, hybrid
    1050: {"name": "period", "street": "long"},  # Late Night Clean, online: by its room
    1054: {"name": "title", "street": "long"},  # Clean and Serene (Normal, not Peoria's)
}  # fmt: skip

DAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
LONG_WORDS = {"St": "Street", "Ave": "Avenue", "Dr": "Drive", "Rd": "Road", "W": "West",
              "E": "East", "N": "North", "S": "South", "SW": "Southwest"}  # fmt: skip
SHORT_WORDS = {long: short for short, long in LONG_WORDS.items()}


def feed_days(value: Any) -> list[int]:
    """A Meeting Guide day (0-6, "5", "Tuesday", "Wed", or a list of them) as 0 = Sunday."""
    if isinstance(value, list):
        return [d for v in value for d in feed_days(v)]
    text = str(value).strip().lower()
    return [int(text)] if text.isdigit() else [DAY_NAMES.index(text[:3])]


def feed_time(value: str) -> str:
    """A 12-hour feed time ("7:00 PM", "7pm", "noon") as the server's "HH:MM"."""
    text = value.strip().lower()
    if text == "noon":
        return "12:00"
    match = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?\s*([ap])m", text)
    if match is None:
        raise ValueError(f"unreadable feed time {value!r}")
    hour = int(match[1]) % 12 + (12 if match[3] == "p" else 0)
    return f"{hour:02d}:{int(match[2] or 0):02d}"


def area_meetings() -> list[tuple[str, dict[str, str]]]:
    """(prairie-na slug, server meeting) for AREA_ON_SERVER, one meeting per weekday."""
    feed = {r["slug"]: r for r in json.loads(AREA_FEED.read_text()) if isinstance(r, dict)}
    ids = {key: fid for fid, key, *_ in FORMATS}
    out: list[tuple[str, dict[str, str]]] = []
    for slug, typed in AREA_ON_SERVER.items():
        record = feed[slug]
        venue = typed.get("venue_type", "1")
        in_room = venue != "2"
        link = typed.get("virtual_meeting_link") or str(record.get("conference_url", ""))
        for day in feed_days(record["day"]):
            raw = {
                "id_bigint": str(AREA_FIRST_ID + len(out)),
                "worldid_mixed": "",
                "service_body_bigint": AREA_BODY[0],
                "weekday_tinyint": str(day + 1),
                "venue_type": venue,
                "start_time": feed_time(record["time"]),
                "duration_time": "01:00:00",
                "time_zone": "",
                "formats": "",
                "format_shared_id_list": "",
                "lang_enum": "en",
                "longitude": str(record.get("longitude", "")) if in_room else DEFAULT_POINT[0],
                "latitude": str(record.get("latitude", "")) if in_room else DEFAULT_POINT[1],
                "published": "1",
                "root_server_uri": SERVER_URI,
                "meeting_name": html.unescape(record["name"]),
                "location_text": html.unescape(record.get("location", "")) if in_room else "",
                "location_info": "",
                "location_street": record.get("address", "") if in_room else "",
                "location_city_subsection": "",
                "location_neighborhood": "",
                "location_municipality": record.get("city", "") if in_room else "",
                "location_sub_province": "",
                "location_province": record.get("state", "") if in_room else "",
                "location_postal_code_1": record.get("postal_code", "") if in_room else "",
                "location_nation": "USA" if in_room else "",
                "comments": "",
                "contact_name_1": "",
                "contact_email_1": "",
                "virtual_meeting_link": link if venue != "1" else "",
                "virtual_meeting_additional_info": "",
                "phone_meeting_number": "",
            }
            raw.update(typed)
            keys = raw["formats"].split(",") if raw["formats"] else ["O"]
            keys += {"2": ["VM"], "3": ["HY"]}.get(venue, [])
            raw["formats"] = ",".join(keys)
            raw["format_shared_id_list"] = ",".join(ids[k] for k in keys)
            out.append((slug, raw))
    return out


def respell(words: str, table: dict[str, str]) -> str:
    return " ".join(table.get(w.rstrip("."), w) for w in words.split())


def export_copy(raw: dict[str, str], variation: dict[str, str]) -> dict[str, str]:
    """The aggregator's copy of one server meeting, with the spelling `variation` names."""
    copy = dict(raw)
    name = raw["meeting_name"]
    copy["meeting_name"] = {
        "upper": name.upper(),
        "title": name.title(),
        "period": name + ".",
        "and": name.replace(" & ", " and ").replace(" @ ", " at ") + " Group",
    }[variation["name"]]
    if raw["location_street"]:
        table = LONG_WORDS if variation["street"] == "long" else SHORT_WORDS
        copy["location_street"] = respell(raw["location_street"], table)
    if len(raw["start_time"]) == 5:
        copy["start_time"] = raw["start_time"] + ":00"
    return copy


def server_meetings(rng: random.Random, count: int) -> list[dict[str, str]]:
    venues = rng.choices(["1", "2", "3"], weights=[70, 15, 15], k=count)
    return [meeting(rng, n, venue) for n, venue in enumerate(venues, start=1)]


def format_objects(root_uri: str = SERVER_URI) -> list[dict[str, str]]:
    return [
        {"key_string": key, "name_string": name, "description_string": name, "lang": "en",
         "id": fid, "world_id": world, "format_type_enum": kind, "root_server_uri": root_uri}
        for fid, key, name, world, kind in FORMATS
    ]  # fmt: skip


def service_body_objects() -> list[dict[str, str]]:
    return [
        {"id": sid, "parent_id": parent, "name": name, "description": "", "type": kind,
         "url": "", "helpline": "", "world_id": world}
        for sid, parent, name, kind, world in [*SERVICE_BODIES, AREA_BODY]
    ]  # fmt: skip


def write_json(path: Path, data: Any) -> bytes:
    body = (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body)
    return body


def write_gzip(path: Path, body: bytes) -> bytes:
    data = gzip.compress(body, mtime=0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def write_bmlt_server(rng: random.Random) -> list[dict[str, str]]:
    area = [raw for _, raw in area_meetings()]
    meetings = server_meetings(rng, SEEDED_SERVER_MEETINGS) + area
    write_json(BMLT_DIR / "GetSearchResults.json", meetings)
    write_json(BMLT_DIR / "GetFormats.json", format_objects())
    write_json(BMLT_DIR / "GetServiceBodies.json", service_body_objects())
    return meetings


def manifest_files(files: dict[str, tuple[bytes, int]]) -> list[dict[str, Any]]:
    """The manifest's file list: size, SHA-256 and record count of each file, by path."""
    return [
        {
            "path": path,
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "records": records,
        }
        for path, (data, records) in sorted(files.items())
    ]


def manifest_servers(servers: list[dict[str, str]]) -> list[dict[str, str]]:
    """Root servers as the manifest names them (id, name, last successful import)."""
    return [
        {"id": s["id"], "name": s["name"], "last_successful_import": s["lastSuccessfulImport"]}
        for s in servers
    ]


def write_export(rng: random.Random, server: list[dict[str, str]]) -> None:
    """Three root servers; the third has not been imported for 30 days (stale).

    Root server 1 is the demo root server: its first seeded meetings give way to the
    aggregator's copies of the server's meetings in EXPORT_COPIES.
    """
    roots = [
        ("1", "Prairie Region", "https://bmlt.prairie-na.example/main_server/", 1, 40),
        ("2", "Lakes Region", "https://lakes-na.example/bmlt/", 2, 30),
        ("3", "Old Mountain Region", "https://old-mountain-na.example/main_server/", 30, 12),
    ]
    files: dict[str, tuple[bytes, int | None]] = {}
    current: list[str] = []
    formats: list[dict[str, str]] = []
    servers = []
    for root_id, name, url, days_ago, count in roots:
        offset = int(root_id) * 1000  # the aggregator renumbers formats per root server
        root_formats = [
            dict(f, id=str(offset + int(f["id"])), root_server_id=root_id)
            for f in format_objects(url.rstrip("/"))
        ]
        formats.extend(root_formats)
        lines = []
        seeded = server_meetings(rng, count)  # drawn whole, so the stream stays the same
        if root_id == "1":
            by_id = {int(m["id_bigint"]): m for m in server}
            copies = [export_copy(by_id[i], v) for i, v in EXPORT_COPIES.items()]
            seeded = copies + seeded[len(copies) :]
        for raw in seeded:
            ids = [str(offset + int(i)) for i in raw["format_shared_id_list"].split(",")]
            raw.update(root_server_id=root_id, format_shared_id_list=",".join(ids))
            lines.append(json.dumps(raw, ensure_ascii=False))
        body = ("\n".join(lines) + "\n").encode("utf-8")
        files[f"meetings/root-{root_id}.ndjson.gz"] = (
            write_gzip(EXPORT_DIR / "meetings" / f"root-{root_id}.ndjson.gz", body),
            count,
        )
        last = (EXPORT_TIME - timedelta(days=days_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")
        servers.append({"id": root_id, "name": name, "url": url, "lastSuccessfulImport": last})
        if days_ago <= 14:
            current.extend(lines)
    meetings_body = ("\n".join(current) + "\n").encode("utf-8")
    files["meetings.ndjson.gz"] = (
        write_gzip(EXPORT_DIR / "meetings.ndjson.gz", meetings_body),
        len(current),
    )
    formats_body = json.dumps(formats, ensure_ascii=False).encode("utf-8")
    files["formats.json.gz"] = (
        write_gzip(EXPORT_DIR / "formats.json.gz", formats_body),
        len(formats),
    )
    bodies = json.dumps(service_body_objects(), ensure_ascii=False).encode("utf-8")
    files["service_bodies.json.gz"] = (
        write_gzip(EXPORT_DIR / "service_bodies.json.gz", bodies),
        len(SERVICE_BODIES) + 1,
    )
    files["root_servers.json"] = (write_json(EXPORT_DIR / "root_servers.json", servers), 3)
    manifest = {
        "schema_version": 1,
        "generated_at": EXPORT_TIME.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "files": manifest_files(files),
        "root_servers": manifest_servers(servers),
        "stale_root_servers": manifest_servers([s for s in servers if s["id"] == "3"]),
    }
    write_json(EXPORT_DIR / "manifest.json", manifest)


# --- an HTML directory page ----------------------------------------------------------

HTML_LEGEND = {
    "O": "Open", "C": "Closed", "BB": "Big Book", "D": "Discussion", "SP": "Speaker",
    "ST": "Step Study", "W": "Women", "M": "Men", "H": "Handicap Accessible",
    "SP-ESP": "Spanish", "YP": "Young People", "ONL": "Also online",
}  # fmt: skip
HTML_NAMES = ["Keep It Simple", "Early Birds", "Serenity Seekers", "Big Book Study",
              "Back to Basics", "Happy Destiny", "Came to Believe", "Lunch Bunch",
              "Primary Purpose", "Into Action", "Night Owls", "Sober Sisters"]  # fmt: skip
DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def html_time(rng: random.Random) -> str:
    hour = rng.choice([6, 7, 12, 17, 18, 19, 20])
    minute = rng.choice([0, 0, 30])
    if hour == 12 and minute == 0:
        return "Noon"
    return f"{hour % 12 or 12}:{minute:02d} {'am' if hour < 12 else 'pm'}"


def write_html(rng: random.Random) -> None:
    """Cedar Valley Intergroup: one table per day under a day heading, a codes legend."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>Meeting Directory | Cedar Valley Intergroup (demo)</title></head><body>",
        '<div id="content"><h1>Cedar Valley Intergroup Meeting Directory</h1>',
        "<p>Updated November 2026. Call the office if a listing is wrong.</p>",
    ]
    for day in DAYS:
        out.append(f'<h2 class="day">{day}</h2>')
        out.append('<table class="meetings"><thead><tr><th>Time</th><th>Meeting</th>'
                   "<th>Location</th><th>Address</th><th>Codes</th></tr></thead><tbody>")  # fmt: skip
        for _ in range(rng.randint(4, 7)):
            town, state, postal, *_ = rng.choice(TOWNS)
            codes = [rng.choice(["O", "C"]), rng.choice(["BB", "D", "SP", "ST"])]
            codes += [c for c in ("H", "W", "YP", "ONL", "SP-ESP") if rng.random() < 0.08]
            street = f"{rng.randint(100, 2999)} {rng.choice(STREETS)}"
            place = html.escape(rng.choice(PLACES))
            out.append(
                f"<tr><td>{html_time(rng)}</td>"
                f'<td><a href="/meetings/{rng.randint(100, 999)}">'
                f"{html.escape(rng.choice(HTML_NAMES))}</a></td>"
                f"<td>{place}</td><td>{street}<br>{town}, {state} {postal}</td>"
                f"<td>{' '.join(codes)}</td></tr>"
            )
        out.append("</tbody></table>")
    out.append('<h2>Codes</h2><dl class="legend">')
    for code, meaning in HTML_LEGEND.items():
        out.append(f"<dt>{code}</dt><dd>{meaning}</dd>")
    out += ["</dl></div>", "</body></html>", ""]
    HTML_DIR.mkdir(parents=True, exist_ok=True)
    (HTML_DIR / "cedar-valley-meetings.html").write_text("\n".join(out), encoding="utf-8")


def main() -> None:
    rng = random.Random(SEED)
    server = write_bmlt_server(rng)
    write_export(rng, server)
    write_html(rng)


if __name__ == "__main__":
    main()
