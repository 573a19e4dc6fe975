"""Maintainers' pins: reviews/geocode.csv, one row per meeting or address, winning over all.

Columns: meeting_id, address, latitude, longitude, reason, reviewer, reviewed_on
(YYYY-MM-DD). Fill meeting_id to pin one meeting, or address (the meeting's
formatted_address as published; case, punctuation and street words are folded) to pin
every meeting at that address. A malformed row stops the run naming file and line, as
the MAT review files do: a silently skipped pin could send someone to the wrong door.
An override that matches no meeting is reported as orphaned, never dropped in silence.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.geocode.keys import address_keys
from schemas.files import read_user_text

OVERRIDE_FILE = "geocode.csv"
COLUMNS = ("meeting_id", "address", "latitude", "longitude", "reason", "reviewer", "reviewed_on")
REQUIRED = ("latitude", "longitude", "reason", "reviewer", "reviewed_on")


class OverrideFileError(ValueError):
    """An override file that cannot be trusted, with file and line named."""


@dataclass(frozen=True)
class Override:
    meeting_id: str | None
    address: str | None
    #: The folded address (`keys.address_key` without the country); None for id pins.
    address_fold: str | None
    latitude: float
    longitude: float
    reason: str
    reviewer: str
    reviewed_on: date
    file: str
    line: int

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


def override_file(path: Path | None) -> Path | None:
    """`path` itself when a file; `path/geocode.csv` for a reviews folder; None when absent."""
    if path is None:
        return None
    if path.is_dir():
        candidate = path / OVERRIDE_FILE
        return candidate if candidate.is_file() else None
    if path.is_file():
        return path
    raise OverrideFileError(f"{path}: no such override file or folder")


def _coordinate(value: str, low: float, high: float) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) and low <= number <= high else None


def _parse_row(row: dict[str, str | None], file: str, line: int) -> Override:
    def fail(message: str) -> OverrideFileError:
        return OverrideFileError(f"{file}:{line}: {message}")

    values = {c: (row.get(c) or "").strip() for c in COLUMNS}
    for column in REQUIRED:
        if not values[column]:
            raise fail(f"{column} is empty")
    if bool(values["meeting_id"]) == bool(values["address"]):
        raise fail("fill exactly one of meeting_id and address")
    latitude = _coordinate(values["latitude"], -90, 90)
    longitude = _coordinate(values["longitude"], -180, 180)
    if latitude is None:
        raise fail(f"latitude {values['latitude']!r} is not a number from -90 to 90")
    if longitude is None:
        raise fail(f"longitude {values['longitude']!r} is not a number from -180 to 180")
    if latitude == 0 and longitude == 0:
        raise fail("latitude and longitude are both 0: that is no place")
    try:
        reviewed_on = date.fromisoformat(values["reviewed_on"])
    except ValueError:
        raise fail(f"reviewed_on {values['reviewed_on']!r} is not a date (YYYY-MM-DD)") from None
    return Override(
        meeting_id=values["meeting_id"] or None,
        address=values["address"] or None,
        address_fold=None,
        latitude=latitude,
        longitude=longitude,
        reason=values["reason"],
        reviewer=values["reviewer"],
        reviewed_on=reviewed_on,
        file=file,
        line=line,
    )


def address_fold(address_key: str | None) -> str | None:
    """An address key without its country suffix: what a maintainer's typed address gives."""
    return address_key.rsplit(" ", 1)[0] if address_key else None


def _with_fold(override: Override) -> Override:
    if override.address is None:
        return override
    (key,) = address_keys([(override.address, None)])
    fold = (key or "").strip() or None
    if fold is None:
        raise OverrideFileError(f"{override.where}: address {override.address!r} has no words")
    return Override(**{**override.__dict__, "address_fold": fold})


def load_overrides(path: Path | None) -> list[Override]:
    """Every pin in the override file (or `<folder>/geocode.csv`); none when there is none."""
    csv_path = override_file(path)
    if csv_path is None:
        return []
    name = str(csv_path)
    # published (manifest orphans) relative to the folder given, never an absolute path
    label = f"{csv_path.parent.name}/{csv_path.name}" if path and path.is_dir() else csv_path.name
    overrides: list[Override] = []
    seen: dict[str, Override] = {}
    text = read_user_text(csv_path, "override file", error=OverrideFileError)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise OverrideFileError(f"{name}:1: missing column(s) {', '.join(missing)}")
        for row in reader:
            line = reader.line_num
            if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                continue
            if (row.get("meeting_id") or "").lstrip().startswith("#"):
                continue  # a comment row
            parsed = _parse_row(row, name, line)
            override = _with_fold(Override(**{**parsed.__dict__, "file": label}))
            target = override.meeting_id or f"address {override.address_fold}"
            if target in seen:
                raise OverrideFileError(
                    f"{name}:{line}: second override of {target} "
                    f"(first at line {seen[target].line}); keep one"
                )
            seen[target] = override
            overrides.append(override)
    except csv.Error as exc:
        raise OverrideFileError(f"{name}:{reader.line_num}: not readable as CSV: {exc}") from None
    return overrides
