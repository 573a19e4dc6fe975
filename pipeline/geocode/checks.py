"""Checks on the coordinates a feed gives: keep the good ones, name what is wrong with the rest.

Feeds carry (0, 0), latitude and longitude swapped, a server's default map centre shared
by meetings all over the region, points in the wrong country or state, and points far
from the meeting's own postal code or town. Every check runs over the whole night at
once (numpy, a KD-tree over the gazetteer's towns, one DuckDB query for shared points);
the thresholds are in `pipeline/geocode/policy.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from pipeline.geocode.gazetteer import Places, unit_vectors
from pipeline.geocode.policy import (
    AT_CENTROID_KM,
    BIG_CITY_POPULATION,
    DEFAULT_POINT_DEGREES,
    FAR_FROM_BIG_CITY_KM,
    FAR_FROM_CITY_KM,
    FAR_FROM_POSTAL_KM,
    FAR_FROM_POSTAL_KM_DEFAULT,
    INSIDE_RADIUS_KM,
    KNOWN_DEFAULT_POINTS,
    NEAREST_PLACES,
    NULL_ISLAND_DEGREES,
    SHARED_POINT_DECIMALS,
    SHARED_POINT_MIN_ADDRESSES,
    SHARED_POINT_MIN_PLACES,
)

EARTH_RADIUS_KM = 6371.0088

#: The kinds of bad source coordinates, as counted per source (`geocode/source_fixed/<kind>`).
#: `swapped` is repaired in place (the feed's point, axes exchanged); the others are replaced.
KINDS = (
    "null_island",
    "known_default_point",
    "shared_default_point",
    "swapped",
    "outside_country",
    "outside_state",
    "far_from_address",
)


def distance_km(lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> np.ndarray:
    """Great-circle distance; NaN where either point is missing."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dlat, dlon = p2 - p1, np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dlat / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


@dataclass
class Reference:
    """What the address says the place is: per row, from the gazetteer (NaN when unknown)."""

    country: np.ndarray  # object: ISO alpha-2 or None
    region_code: np.ndarray  # object: ISO state code or None
    postal_latitude: np.ndarray
    postal_longitude: np.ndarray
    city_latitude: np.ndarray
    city_longitude: np.ndarray
    city_population: np.ndarray


@dataclass
class Verdicts:
    """Per row: the coordinates to keep (NaN when dropped), what was wrong, and the rating."""

    latitude: np.ndarray
    longitude: np.ndarray
    kind: np.ndarray  # object: None for good coordinates, else one of KINDS
    precision: np.ndarray  # object: rating of kept coordinates, None for dropped


def shared_points(connection: duckdb.DuckDBPyConnection, points: pa.Table) -> np.ndarray:
    """Rows whose point is shared, within one source, by meetings at many addresses.

    `points`: row, source_id, latitude, longitude, address_key, place_key (postal or town).
    """
    connection.register("shared_points_in", points)
    try:
        rows = connection.execute(
            f"""
            WITH p AS (
                SELECT row, source_id, round(latitude, {SHARED_POINT_DECIMALS}) AS lat,
                       round(longitude, {SHARED_POINT_DECIMALS}) AS lon, address_key, place_key
                FROM shared_points_in WHERE latitude IS NOT NULL AND longitude IS NOT NULL
            ),
            g AS (
                SELECT source_id, lat, lon FROM p GROUP BY ALL
                HAVING count(DISTINCT address_key) >= {SHARED_POINT_MIN_ADDRESSES}
                   AND count(DISTINCT place_key) >= {SHARED_POINT_MIN_PLACES}
            )
            SELECT p.row FROM p JOIN g USING (source_id, lat, lon)
            """
        ).fetchall()
    finally:
        connection.unregister("shared_points_in")
    flagged = np.zeros(points.num_rows, dtype=bool)
    flagged[[r[0] for r in rows]] = True
    return flagged


def _inside(
    places: Places, tree: Any, lat: np.ndarray, lon: np.ndarray, expected: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(in country, in state) for each point: one of its nearest towns within the radius is
    in the expected country (state); with no town that near, the nearest one decides."""
    country, region = expected[:, 0], expected[:, 1]
    n = len(lat)
    in_country, in_state = np.ones(n, dtype=bool), np.ones(n, dtype=bool)
    if n == 0:
        return in_country, in_state
    xyz = unit_vectors(lat, lon)
    chord = 2 * np.sin(INSIDE_RADIUS_KM / EARTH_RADIUS_KM / 2)
    dist, idx = tree.query(xyz, k=NEAREST_PLACES, distance_upper_bound=chord)
    near = np.isfinite(dist)
    lonely = ~near.any(axis=1)
    if lonely.any():
        _, nearest = tree.query(xyz[lonely], k=1)
        idx[lonely, 0] = nearest
        near[lonely, 0] = True
    safe = np.where(near, idx, 0)
    place_country = places.country[safe]
    place_region = places.region_code[safe]
    has_country = np.array([c is not None for c in country])
    has_region = np.array([r is not None for r in region])
    same_country = near & (place_country == country[:, None])
    in_country = ~has_country | same_country.any(axis=1)
    same_region = same_country & (place_region == region[:, None])
    in_state = ~has_region | same_region.any(axis=1)
    return in_country, in_state


def check_coordinates(
    latitude: np.ndarray,
    longitude: np.ndarray,
    reference: Reference,
    shared: np.ndarray,
    has_street: np.ndarray,
    approximate: np.ndarray,
    places: Places,
    tree: Any,
) -> Verdicts:
    """Judge every row's source coordinates against its address; NaN rows have none."""
    n = len(latitude)
    lat, lon = latitude.astype(float).copy(), longitude.astype(float).copy()
    kind = np.full(n, None, dtype=object)
    present = ~np.isnan(lat) & ~np.isnan(lon)

    def mark(mask: np.ndarray, name: str) -> None:
        kind[mask & present & (kind == None)] = name  # noqa: E711 - elementwise

    mark((np.abs(lat) < NULL_ISLAND_DEGREES) & (np.abs(lon) < NULL_ISLAND_DEGREES), "null_island")
    for d_lat, d_lon in KNOWN_DEFAULT_POINTS:
        at = (np.abs(lat - d_lat) < DEFAULT_POINT_DEGREES) & (
            np.abs(lon - d_lon) < DEFAULT_POINT_DEGREES
        )
        mark(at, "known_default_point")
    mark(shared, "shared_default_point")

    postal_limit = np.array(
        [FAR_FROM_POSTAL_KM.get(c, FAR_FROM_POSTAL_KM_DEFAULT) for c in reference.country]
    )
    city_limit = np.where(
        np.nan_to_num(reference.city_population) >= BIG_CITY_POPULATION,
        FAR_FROM_BIG_CITY_KM,
        FAR_FROM_CITY_KM,
    )
    has_reference = ~np.isnan(reference.postal_latitude) | ~np.isnan(reference.city_latitude)
    expected = np.column_stack((reference.country, reference.region_code))

    def fits(a: np.ndarray, b: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, ...]:
        """(fits the address, near postal, near city, in country, in state) for `rows`."""
        d_postal = distance_km(
            a, b, reference.postal_latitude[rows], reference.postal_longitude[rows]
        )
        d_city = distance_km(a, b, reference.city_latitude[rows], reference.city_longitude[rows])
        near = (d_postal <= postal_limit[rows]) | (d_city <= city_limit[rows])
        in_country, in_state = _inside(places, tree, a, b, expected[rows])
        ok = np.where(has_reference[rows], near, in_country & in_state)
        return ok, in_country, in_state

    pending = np.flatnonzero(present & (kind == None))  # noqa: E711
    ok, in_country, in_state = fits(lat[pending], lon[pending], pending)
    bad = pending[~ok]
    bad_country, bad_state = in_country[~ok], in_state[~ok]
    swappable = np.abs(lon[bad]) <= 90
    candidates = bad[swappable]
    if len(candidates):
        swap_ok, _, _ = fits(lon[candidates], lat[candidates], candidates)
        fixed = candidates[swap_ok]
        lat[fixed], lon[fixed] = lon[fixed], lat[fixed].copy()
        kind[fixed] = "swapped"
    still_bad = kind[bad] == None  # noqa: E711
    for rows, name in (
        (bad[still_bad & ~bad_country], "outside_country"),
        (bad[still_bad & bad_country & ~bad_state], "outside_state"),
        (bad[still_bad & bad_country & bad_state], "far_from_address"),
    ):
        kind[rows] = name
    dropped = present & (kind != None) & (kind != "swapped")  # noqa: E711
    lat[dropped] = np.nan
    lon[dropped] = np.nan
    kept = present & ~dropped
    precision = np.full(n, None, dtype=object)
    d_postal = distance_km(lat, lon, reference.postal_latitude, reference.postal_longitude)
    d_city = distance_km(lat, lon, reference.city_latitude, reference.city_longitude)
    precision[kept] = "street"
    precision[kept & (~has_street | approximate)] = "city"
    precision[kept & (d_city <= AT_CENTROID_KM)] = "city"
    precision[kept & (d_postal <= AT_CENTROID_KM)] = "postal_code"
    return Verdicts(latitude=lat, longitude=lon, kind=kind, precision=precision)
