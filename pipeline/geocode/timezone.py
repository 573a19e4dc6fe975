"""Time zones from coordinates (tzfpy: its boundary data is inside its 3 MB wheel).

A record that names its own zone keeps it (`timezone_source = source`); one that fell
back to its source's default gets the zone of its coordinates instead
(`timezone_source = coordinates`), so a worldwide feed's London meetings stop carrying
its New York default. A record whose own zone keeps different clocks from its
coordinates' zone is counted, not changed: the feed may know better than a boundary.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import tzfpy

from pipeline.geocode.policy import ZONE_COMPARISON_DAYS


def zones_at(latitude: np.ndarray, longitude: np.ndarray) -> list[str | None]:
    """The IANA zone at each point; None where a coordinate is missing or at sea."""
    zones: list[str | None] = []
    cache: dict[tuple[float, float], str | None] = {}
    for lat, lon in zip(latitude.tolist(), longitude.tolist(), strict=True):
        if lat != lat or lon != lon:  # NaN
            zones.append(None)
            continue
        point = (round(lon, 4), round(lat, 4))
        if point not in cache:
            zone = tzfpy.get_tz(*point)
            cache[point] = zone if zone and not zone.startswith("Etc/") else None
        zones.append(cache[point])
    return zones


@lru_cache(maxsize=4096)
def _offsets(zone: str, year: int) -> tuple[timedelta | None, ...] | None:
    try:
        info = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return tuple(
        datetime(year, month, day, 12, tzinfo=UTC).astimezone(info).utcoffset()
        for month, day in ZONE_COMPARISON_DAYS
    )


def same_clock(zone_a: str, zone_b: str, year: int) -> bool:
    """True when the two zones show the same time all year (Detroit and New York do)."""
    if zone_a == zone_b:
        return True
    offsets_a, offsets_b = _offsets(zone_a, year), _offsets(zone_b, year)
    return offsets_a is not None and offsets_a == offsets_b
