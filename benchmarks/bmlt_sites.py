"""NA's side of the benchmark: BMLT root servers and one aggregator export, at any size.

Built from the BMLT samples of ../shared/corpus (Berlin: a German server's bare array
with every field; New York: an English `{"meetings", "formats"}` answer with 17 fields),
else from the demo's root server. Each sample's meetings are cycled to the size asked,
each cycle after the first moved to other hours and days (`shifted_bmlt`, as
`benchmarks.sites.shifted` does for Meeting Guide), with fresh `id_bigint`s.

- A **root server** is a folder holding the three saved answers a server gives
  (`GetSearchResults.json`, `GetFormats.json`, `GetServiceBodies.json`), which
  `pipeline.crawl.local_server` answers at `client_interface/json/?switcher=X`.
- The **export** is the aggregator's layout, as `pipeline.normalize.readers.bmlt_export`
  reads it: `manifest.json` (every file's size, SHA-256 and record count, the root
  servers with their last import, one stale server), `meetings.ndjson.gz` (the current
  servers' meetings), `meetings/root-<id>.ndjson.gz` per server, `formats.json.gz` and
  `service_bodies.json.gz` (each server's own, tagged with `root_server_id`) and
  `root_servers.json`.
"""

from __future__ import annotations

import contextlib
import copy
import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.feeds import BMLT_CORPUS, ROOT
from demo.generate_platforms import manifest_files, manifest_servers

#: Where the demo keeps its root server's answers (used when the corpus is absent).
DEMO_BMLT = ROOT / "demo" / "bmlt"
SEARCH, FORMATS, BODIES = "GetSearchResults.json", "GetFormats.json", "GetServiceBodies.json"
#: Every export in the mix names this many root servers stale (carried, not current).
STALE_SERVERS = 1
#: The export's stale server last imported this long before the others (the aggregator
#: calls a server stale after 14 days).
GENERATED_AT = "2026-11-24T05:20:00Z"


@dataclass(frozen=True)
class BmltSample:
    """One real server's answers: the template a scaled server is cycled from."""

    name: str
    meetings: list[dict[str, Any]]
    formats: list[dict[str, Any]]
    service_bodies: list[dict[str, Any]]
    #: True when its search answer is `{"meetings", "formats"}` rather than a bare array
    wrapped: bool
    #: the time zone of its meetings when they do not say (the server's default)
    timezone: str
    country: str
    #: how its meetings spell their country (`location_nation`)
    nation: str


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _service_bodies_of(meetings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A GetServiceBodies answer naming the bodies a sample's meetings use, for a sample
    saved without one (Berlin): one area per `service_body_bigint`, under one region."""
    ids = sorted({str(m.get("service_body_bigint") or "") for m in meetings} - {""})
    return [
        {"id": i, "parent_id": "0", "name": f"Area {i}", "type": "AS", "world_id": ""} for i in ids
    ]


def _sample(folder: Path, timezone: str, country: str, nation: str) -> BmltSample:
    search = _load(folder / SEARCH)
    wrapped = isinstance(search, dict)
    meetings = [m for m in (search["meetings"] if wrapped else search) if isinstance(m, dict)]
    formats = _load(folder / FORMATS) if (folder / FORMATS).is_file() else search["formats"]
    bodies_path = folder / BODIES
    bodies = _load(bodies_path) if bodies_path.is_file() else _service_bodies_of(meetings)
    return BmltSample(folder.name, meetings, formats, bodies, wrapped, timezone, country, nation)


def bmlt_samples() -> list[BmltSample]:
    """The corpus's two servers when present, else the demo's one."""
    if BMLT_CORPUS.is_dir():
        return [
            _sample(BMLT_CORPUS / "germany_berlin", "Europe/Berlin", "DE", "Deutschland"),
            _sample(BMLT_CORPUS / "gnyr_latest_demo", "America/New_York", "US", "USA"),
        ]
    return [_sample(DEMO_BMLT, "America/Chicago", "US", "USA")]


#: A copy's place moves on a grid of this many degrees (a little more than dedupe's
#: 0.01-degree cell) and this many steps a side, so it stays in the sample's region.
PLACE_STEP, PLACE_GRID = 0.011, 25
_DIGITS = re.compile(r"\d+")
_ZOOM_ID = re.compile(r"\d{9,11}")


def moved_place(record: dict[str, Any], cycle: int) -> None:
    """Move the `cycle`-th copy to a place of its own: another house number and postal
    code, coordinates on another grid cell (dedupe blocks on day and start plus postal
    code, a 0.01-degree cell or a conference room), another room for an online meeting.
    Moving the time alone is not enough: a real place hosts many meetings a week (a
    Berlin meeting house, a clubhouse), so its copies would fill its week's slots and
    meet each other."""
    if cycle == 0:
        return
    street = str(record.get("location_street") or "")
    record["location_street"] = _DIGITS.sub(lambda m: str(int(m[0]) + 2 * cycle), street, 1)
    postal = str(record.get("location_postal_code_1") or "")
    if postal.isdigit():
        record["location_postal_code_1"] = str(int(postal) + cycle).zfill(len(postal))[-5:]
    step = cycle % (PLACE_GRID * PLACE_GRID)
    with contextlib.suppress(KeyError, TypeError, ValueError):
        latitude = float(record["latitude"]) + PLACE_STEP * (step % PLACE_GRID)
        record["latitude"] = f"{latitude:.6f}"
    with contextlib.suppress(KeyError, TypeError, ValueError):
        longitude = float(record["longitude"]) + PLACE_STEP * (step // PLACE_GRID)
        record["longitude"] = f"{longitude:.6f}"
    link = str(record.get("virtual_meeting_link") or "")
    if link:
        record["virtual_meeting_link"] = _ZOOM_ID.sub(lambda m: str(int(m[0]) + cycle), link)


def shifted_bmlt(record: dict[str, Any], cycle: int) -> None:
    """Make the `cycle`-th copy of a BMLT meeting another meeting near the same place:
    `start_time` moves a quarter hour per cycle, `weekday_tinyint` (1 = Sunday) one day
    per 96 cycles and whenever the start passes midnight, and the place moves
    (`moved_place`)."""
    if cycle == 0:
        return
    moved_place(record, cycle)
    start = str(record.get("start_time") or "")
    parts = start.split(":")
    if len(parts) < 2 or not (parts[0].isdigit() and parts[1].isdigit()):
        record["meeting_name"] = f"{record.get('meeting_name') or 'Meeting'} ({cycle})"
        return
    moved = int(parts[0]) * 60 + int(parts[1]) + 15 * (cycle % 96)
    record["start_time"] = f"{moved % 1440 // 60:02d}:{moved % 60:02d}:00"
    weekday = str(record.get("weekday_tinyint") or "").strip()
    if weekday.isdigit():
        carry = cycle // 96 + moved // 1440
        record["weekday_tinyint"] = str((int(weekday) - 1 + carry) % 7 + 1)


class SampleCycle:
    """Where each sample's cycling stands, shared by every server and the export of one
    benchmark size, so no two of them serve the same copy of a meeting."""

    def __init__(self) -> None:
        self.position: dict[str, int] = {}

    def take(self, sample: BmltSample, count: int, first_id: int = 1) -> list[dict[str, Any]]:
        """The sample's next `count` copies, with `id_bigint`s from `first_id` on."""
        start = self.position.get(sample.name, 0)
        self.position[sample.name] = start + count
        base = sample.meetings
        out = []
        for n in range(count):
            record = dict(base[(start + n) % len(base)])
            shifted_bmlt(record, (start + n) // len(base))
            record["id_bigint"] = str(first_id + n)
            out.append(record)
        return out


def scaled_meetings(sample: BmltSample, count: int, first_id: int) -> list[dict[str, Any]]:
    """`count` meetings cycled from a sample, ids from `first_id` on."""
    return SampleCycle().take(sample, count, first_id)


def server_sizes(meetings: int, per_server: int) -> list[int]:
    """`meetings` split into servers of `per_server` (the last one smaller)."""
    return [min(per_server, meetings - start) for start in range(0, meetings, per_server)]


def server_sample(samples: list[BmltSample], n: int) -> BmltSample:
    """The sample the n-th server (of the root servers, or of the export) is cycled from."""
    return samples[n % len(samples)]


def write_root_servers(
    folder: Path, meetings: int, per_server: int, cycle: SampleCycle | None = None
) -> list[Path]:
    """Root servers of `per_server` meetings, alternating the samples; one folder each."""
    samples = bmlt_samples()
    cycle = cycle or SampleCycle()
    folders: list[Path] = []
    for n, size in enumerate(server_sizes(meetings, per_server)):
        sample = server_sample(samples, n)
        root = folder / f"server-{n:04d}"
        root.mkdir(parents=True, exist_ok=True)
        records = cycle.take(sample, size)
        search: Any = (
            {"meetings": records, "formats": sample.formats} if sample.wrapped else records
        )
        (root / SEARCH).write_text(json.dumps(search, ensure_ascii=False), encoding="utf-8")
        (root / FORMATS).write_text(json.dumps(sample.formats, ensure_ascii=False), "utf-8")
        (root / BODIES).write_text(json.dumps(sample.service_bodies, ensure_ascii=False), "utf-8")
        folders.append(root)
    return folders


def search_answers(roots: list[Path]) -> tuple[list[Path], list[Path]]:
    """The servers' GetSearchResults files: (bare arrays, `{"meetings"}` objects)."""
    arrays: list[Path] = []
    objects: list[Path] = []
    for root in roots:
        with (root / SEARCH).open("rb") as handle:
            (objects if handle.read(1) == b"{" else arrays).append(root / SEARCH)
    return arrays, objects


@dataclass(frozen=True)
class Export:
    """A written export: its manifest, and the meeting files a night reads."""

    manifest: Path
    meeting_files: list[Path]
    root_servers: int
    stale: list[str]


def _gzip_lines(records: list[dict[str, Any]]) -> bytes:
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return gzip.compress(body.encode("utf-8"), compresslevel=6, mtime=0)


def write_export(
    folder: Path, meetings: int, per_server: int, cycle: SampleCycle | None = None
) -> Export:
    """The aggregator export of `meetings` meetings from root servers of `per_server`;
    the last `STALE_SERVERS` servers are stale (only in their own files). A meeting that
    names no nation gets its sample's: the export is one source with one default country."""
    samples = bmlt_samples()
    cycle = cycle or SampleCycle()
    (folder / "meetings").mkdir(parents=True, exist_ok=True)
    files: dict[str, tuple[bytes, int]] = {}
    current: list[dict[str, Any]] = []
    formats: list[dict[str, Any]] = []
    bodies: list[dict[str, Any]] = []
    servers: list[dict[str, Any]] = []
    sizes = server_sizes(meetings, per_server)
    stale_ids = (
        {str(n + 1) for n in range(len(sizes))[-STALE_SERVERS:]} if len(sizes) > 1 else set()
    )
    for n, size in enumerate(sizes):
        sample, root_id = server_sample(samples, n), str(n + 1)
        uri = f"https://bmlt-{root_id}.example.org/main_server"
        records = cycle.take(sample, size)
        for record in records:
            record["root_server_id"], record["root_server_uri"] = root_id, uri
            if "location_nation" in record and not str(record["location_nation"]).strip():
                record["location_nation"] = sample.nation
            if not str(record.get("time_zone") or "").strip():
                record["time_zone"] = sample.timezone
        files[f"meetings/root-{root_id}.ndjson.gz"] = (_gzip_lines(records), len(records))
        if root_id not in stale_ids:
            current.extend(records)
        for fmt in sample.formats:
            formats.append(
                {**copy.deepcopy(fmt), "root_server_id": root_id, "root_server_uri": uri}
            )
        bodies.extend({**body, "root_server_id": root_id} for body in sample.service_bodies)
        imported = "2026-10-25T05:20:00Z" if root_id in stale_ids else "2026-11-24T05:10:00Z"
        servers.append(
            {"id": root_id, "name": f"{sample.name} {root_id}", "url": uri,
             "lastSuccessfulImport": imported}
        )  # fmt: skip
    files["meetings.ndjson.gz"] = (_gzip_lines(current), len(current))
    files["formats.json.gz"] = (gzip.compress(json.dumps(formats).encode(), mtime=0), len(formats))
    files["service_bodies.json.gz"] = (
        gzip.compress(json.dumps(bodies).encode(), mtime=0),
        len(bodies),
    )
    files["root_servers.json"] = (json.dumps(servers).encode(), len(servers))
    for path, (data, _) in files.items():
        (folder / path).write_bytes(data)
    manifest = {
        "schema_version": 1,
        "generated_at": GENERATED_AT,
        "files": manifest_files(files),
        "root_servers": manifest_servers(servers),
        "stale_root_servers": [{"id": i} for i in sorted(stale_ids)],
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    read = [
        folder / "meetings.ndjson.gz",
        *(folder / f"meetings/root-{i}.ndjson.gz" for i in sorted(stale_ids)),
    ]
    return Export(folder / "manifest.json", read, len(sizes), sorted(stale_ids))
