"""The geocoding stage: a night's meetings table in, the same table placed and zoned out.

Order of trust, best first: a maintainer's override; the feed's own coordinates when
they pass the checks; an online geocoder's answer when one is configured and says more
than the gazetteer; the gazetteer's postal-code centroid; its town centroid. Each row's
`geo_precision` says what its coordinates are, `geo_source` who placed them, and
`geocoded_address` what the placing geocoder matched (the feed's `formatted_address`
stays as given). Online-only meetings are never placed: they keep the feed's area, rated
no better than `city`, or nothing, and never count as misses.

Free of Prefect and of the flow: `geocode_table` takes and returns Arrow, plus per-source
counters for the run's stats and a summary for the manifest.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.geocode.cache import AnswerCache, cache_path
from pipeline.geocode.checks import Reference, Verdicts, check_coordinates, shared_points
from pipeline.geocode.gazetteer import ensure_gazetteer, places_index, reference_points
from pipeline.geocode.keys import install_macros
from pipeline.geocode.online import OnlineGeocoder, OnlineRun, Query
from pipeline.geocode.overrides import Override, address_fold
from pipeline.geocode.policy import (
    ATTRIBUTION,
    GAZETTEER,
    OVERRIDE,
    PRECISION_RANK,
    SOURCE,
)
from pipeline.geocode.timezone import same_clock, zones_at
from schemas.geocoder import GeocoderConfig

log = logging.getLogger("allpaths")

#: The columns this stage writes; every other column passes through untouched.
GEO_COLUMNS = (
    "latitude",
    "longitude",
    "geo_precision",
    "geo_source",
    "geocoded_address",
    "timezone",
    "timezone_source",
)


@dataclass
class GeocodeSettings:
    """Where the gazetteer and cache live, which geocoder refines, and the maintainers' pins."""

    data_dir: Path
    geocoder: GeocoderConfig = field(default_factory=GeocoderConfig)
    overrides: list[Override] = field(default_factory=list)
    #: The night's date, for cache expiry; today (UTC) when None.
    today: date | None = None
    #: A ready OnlineGeocoder (tests, or a caller sharing one); built from `geocoder` if None.
    online: OnlineGeocoder | None = None


@dataclass
class GeocodeOutcome:
    table: pa.Table
    #: source_id -> {counter: n}, to merge into each source's counters.
    counters: dict[str, dict[str, int]]
    #: For the release manifest: coverage, fixes, online use, overrides, attribution.
    summary: dict[str, Any]


def _strings(table: pa.Table, name: str) -> np.ndarray:
    return np.asarray(table.column(name).to_pylist(), dtype=object)


def _floats(table: pa.Table, name: str) -> np.ndarray:
    return np.asarray(
        pc.fill_null(table.column(name).cast(pa.float64()), np.nan).to_numpy(), dtype=float
    )


def _address_keys(connection: duckdb.DuckDBPyConnection, table: pa.Table) -> np.ndarray:
    """The folded one-line address of every row, computed once per distinct address."""
    connection.register("meetings_in", table)
    try:
        rows = connection.execute(
            """
            WITH m AS (
                SELECT row,
                       coalesce(formatted_address,
                                concat_ws(', ', street, city, region, postal_code)) AS line,
                       country
                FROM meetings_in
            ),
            d AS (SELECT DISTINCT line, country FROM m)
            SELECT m.row, k.key
            FROM m LEFT JOIN (SELECT line, country, address_key(line, country) AS key FROM d) k
              ON k.line IS NOT DISTINCT FROM m.line AND k.country IS NOT DISTINCT FROM m.country
            ORDER BY m.row
            """
        ).fetchall()
    finally:
        connection.unregister("meetings_in")
    return np.asarray([key for _, key in rows], dtype=object)


def _query_text(row: dict[str, Any]) -> str:
    tail = " ".join(p for p in (row["region"], row["postal_code"]) if p)
    parts = [row["street"], row["city"], tail, row["country"]]
    return ", ".join(p for p in parts if p)


def _rank(values: np.ndarray) -> np.ndarray:
    return np.asarray([PRECISION_RANK[v or "none"] for v in values])


def geocode_table(table: pa.Table, settings: GeocodeSettings) -> GeocodeOutcome:
    """Place and zone every meeting of the night; see the module docstring for the order."""
    started = time.monotonic()
    today = settings.today or datetime.now(UTC).date()
    n = table.num_rows
    counters: dict[str, Counter[str]] = defaultdict(Counter)
    source_id = _strings(table, "source_id")
    attendance = _strings(table, "attendance")
    country = _strings(table, "country")
    street = _strings(table, "street")
    physical = attendance != "online"

    gazetteer = ensure_gazetteer(settings.data_dir)
    with duckdb.connect() as connection:
        install_macros(connection)
        connection.execute(f"ATTACH '{gazetteer}' AS g (READ_ONLY)")
        addresses = table.select(["country", "region", "city", "postal_code"]).append_column(
            "row", pa.array(np.arange(n, dtype=np.int64))
        )
        reference_table = reference_points(connection, addresses)
        keys = _address_keys(
            connection,
            table.select(
                ["formatted_address", "street", "city", "region", "postal_code", "country"]
            ).append_column("row", pa.array(np.arange(n, dtype=np.int64))),
        )
        from_source = _strings(table, "geo_source") == SOURCE
        lat_in = np.where(from_source, _floats(table, "latitude"), np.nan)
        lon_in = np.where(from_source, _floats(table, "longitude"), np.nan)
        postal_key = _strings(reference_table, "postal_key")
        city_name = _strings(reference_table, "city_name")
        place = np.where(postal_key != None, postal_key, city_name)  # noqa: E711
        shared = shared_points(
            connection,
            pa.table(
                {
                    "row": pa.array(np.arange(n, dtype=np.int64)),
                    "source_id": source_id.tolist(),
                    "latitude": lat_in,
                    "longitude": lon_in,
                    "address_key": keys.tolist(),
                    "place_key": place.tolist(),
                }
            ),
        )
    reference = Reference(
        country=country,
        region_code=_strings(reference_table, "region_code"),
        postal_latitude=_floats(reference_table, "postal_latitude"),
        postal_longitude=_floats(reference_table, "postal_longitude"),
        city_latitude=_floats(reference_table, "city_latitude"),
        city_longitude=_floats(reference_table, "city_longitude"),
        city_population=_floats(reference_table, "city_population"),
    )
    places, tree = places_index(gazetteer)
    has_street = street != None  # noqa: E711
    approximate = _strings(table, "geo_precision") == "city"
    verdicts = check_coordinates(
        lat_in, lon_in, reference, shared, has_street, approximate, places, tree
    )
    for sid, kind, online in zip(source_id, verdicts.kind, ~physical, strict=True):
        if kind is not None:
            counters[sid][f"geocode/source_fixed/{kind}"] += 1
            if online:
                counters[sid]["geocode/source_fixed/online_meeting"] += 1

    lat, lon = verdicts.latitude.copy(), verdicts.longitude.copy()
    kept = ~np.isnan(lat)
    precision = np.where(kept, verdicts.precision, "none").astype(object)
    geo_source = np.full(n, None, dtype=object)
    geo_source[kept] = SOURCE
    geocoded = np.full(n, None, dtype=object)
    # Online meetings: the feed's area at most, flagged by a precision no better than city.
    online_area = ~physical & kept & (_rank(precision) < PRECISION_RANK["city"])
    precision[online_area] = "city"

    # The gazetteer, for in-person meetings the feed did not place well.
    postal_place = _strings(reference_table, "postal_place")
    postal_region = _strings(reference_table, "postal_region")
    for rows, prefix, name, label in (
        (~kept & physical & ~np.isnan(reference.postal_latitude), "postal", "postal_code", None),
        (~kept & physical & np.isnan(reference.postal_latitude), "city", "city", "city"),
    ):
        lat_ref = getattr(reference, f"{prefix}_latitude")
        rows = rows & ~np.isnan(lat_ref)
        lat[rows] = lat_ref[rows]
        lon[rows] = getattr(reference, f"{prefix}_longitude")[rows]
        precision[rows] = name
        geo_source[rows] = GAZETTEER
        for i in np.flatnonzero(rows):
            if label is None:
                bits = [postal_key[i], postal_place[i], postal_region[i], country[i]]
            else:
                bits = [city_name[i], reference.region_code[i], country[i]]
            geocoded[i] = ", ".join(b for b in bits if b)

    online_summary: dict[str, Any] = {"service": settings.geocoder.service}
    if settings.geocoder.online or settings.online is not None:
        online_summary.update(
            _refine_online(
                table, settings, today, keys, physical, has_street, reference, places, tree,
                lat, lon, precision, geo_source, geocoded, source_id, counters,
            )
        )  # fmt: skip

    applied, orphans = _apply_overrides(
        settings.overrides, _strings(table, "meeting_id"), keys, lat, lon, precision,
        geo_source, source_id, counters,
    )  # fmt: skip

    zone, zone_source, zone_counts = _zones(table, lat, lon, source_id, counters, today.year)

    for sid, p, is_physical, src in zip(source_id, precision, physical, geo_source, strict=True):
        if is_physical:
            counters[sid][f"geocode/precision/{p}"] += 1
            if src is not None:
                counters[sid][f"geocode/placed_by/{src}"] += 1
        elif src is not None:
            counters[sid]["geocode/online_meeting/approximate_area"] += 1

    located = ~np.isnan(lat)
    out = table
    for name, values in (
        ("latitude", pa.array(np.where(located, lat, np.nan), pa.float64(), mask=~located)),
        ("longitude", pa.array(np.where(located, lon, np.nan), pa.float64(), mask=~located)),
        ("geo_precision", pa.array(precision.tolist(), pa.string())),
        ("geo_source", pa.array(geo_source.tolist(), pa.string())),
        ("geocoded_address", pa.array(geocoded.tolist(), pa.string())),
        ("timezone", pa.array(zone, pa.string())),
        ("timezone_source", pa.array(zone_source, pa.string())),
    ):
        index = out.schema.get_field_index(name)
        if index < 0:
            out = out.append_column(name, values)
        else:
            out = out.set_column(index, out.schema.field(index), values)

    summary = _summary(
        country, physical, precision, verdicts, online_summary, applied, orphans, zone_counts
    )
    summary["seconds"] = round(time.monotonic() - started, 3)
    log.info("geocoded %d meetings in %.1fs: %s", n, summary["seconds"], summary["precision"])
    return GeocodeOutcome(
        table=out,
        counters={sid: dict(c) for sid, c in sorted(counters.items())},
        summary=summary,
    )


def _refine_online(
    table: pa.Table,
    settings: GeocodeSettings,
    today: date,
    keys: np.ndarray,
    physical: np.ndarray,
    has_street: np.ndarray,
    reference: Reference,
    places: Any,
    tree: Any,
    lat: np.ndarray,
    lon: np.ndarray,
    precision: np.ndarray,
    geo_source: np.ndarray,
    geocoded: np.ndarray,
    source_id: np.ndarray,
    counters: dict[str, Counter[str]],
) -> dict[str, Any]:
    """Ask the online geocoder (cache first) about street addresses placed coarser than street."""
    online = settings.online or OnlineGeocoder(settings.geocoder)
    coarse = physical & has_street & (keys != None) & (_rank(precision) > PRECISION_RANK["street"])  # noqa: E711
    rows = np.flatnonzero(coarse)
    wanted = sorted({keys[i] for i in rows})
    with AnswerCache(cache_path(settings.data_dir), online.name, today) as cache:
        cached = cache.lookup(wanted)
        first_row: dict[str, int] = {}
        for i in rows:
            first_row.setdefault(keys[i], int(i))
        columns = table.select(["street", "city", "region", "postal_code", "country"])
        queries = []
        for key in wanted:
            if key in cached:
                continue
            row = {c: columns.column(c)[first_row[key]].as_py() for c in columns.column_names}
            queries.append(Query(key, _query_text(row), row["country"]))
        run = online.run(queries) if queries else OnlineRun()
        cache.store(list(run.answers.values()))
    answers = {**cached, **run.answers}
    found_rows = np.asarray([i for i in rows if keys[i] in answers and answers[keys[i]].found])
    accepted = 0
    if len(found_rows):
        a_lat = np.asarray([answers[keys[i]].latitude for i in found_rows], dtype=float)
        a_lon = np.asarray([answers[keys[i]].longitude for i in found_rows], dtype=float)
        subset = Reference(**{k: v[found_rows] for k, v in reference.__dict__.items()})
        checked: Verdicts = check_coordinates(
            a_lat, a_lon, subset, np.zeros(len(found_rows), dtype=bool),
            np.ones(len(found_rows), dtype=bool), np.zeros(len(found_rows), dtype=bool),
            places, tree,
        )  # fmt: skip
        for j, i in enumerate(found_rows):
            answer = answers[keys[i]]
            if checked.kind[j] not in (None, "swapped"):
                counters[source_id[i]]["geocode/online/rejected_far_from_address"] += 1
                continue
            said = answer.precision or checked.precision[j]
            if said == "rooftop" and answer.precision is None:
                said = "street"
            if PRECISION_RANK[said] >= PRECISION_RANK[precision[i]]:
                continue
            lat[i], lon[i] = checked.latitude[j], checked.longitude[j]
            precision[i], geo_source[i] = said, online.name
            geocoded[i] = answer.formatted_address
            counters[source_id[i]]["geocode/online/refined"] += 1
            accepted += 1
    for i in rows:
        if keys[i] in run.failed:
            counters[source_id[i]]["geocode/online/failed"] += 1
    return {
        "addresses": len(wanted),
        "cache_hits": len(cached),
        "refined_meetings": accepted,
        **{k: v for k, v in sorted(run.counts.items())},
    }


def _apply_overrides(
    overrides: list[Override],
    meeting_id: np.ndarray,
    keys: np.ndarray,
    lat: np.ndarray,
    lon: np.ndarray,
    precision: np.ndarray,
    geo_source: np.ndarray,
    source_id: np.ndarray,
    counters: dict[str, Counter[str]],
) -> tuple[int, list[dict[str, Any]]]:
    """Maintainers' pins win over everything; a pin matching no meeting is an orphan."""
    if not overrides:
        return 0, []
    by_id = {o.meeting_id: o for o in overrides if o.meeting_id}
    by_address = {o.address_fold: o for o in overrides if o.address_fold}
    used: set[int] = set()
    applied = 0
    for i in range(len(meeting_id)):
        fold = address_fold(keys[i])
        override = by_id.get(meeting_id[i]) or (by_address.get(fold) if fold else None)
        if override is None:
            continue
        lat[i], lon[i] = override.latitude, override.longitude
        precision[i], geo_source[i] = "rooftop", OVERRIDE
        counters[source_id[i]]["geocode/override"] += 1
        used.add(id(override))
        applied += 1
    orphans = [
        {
            "target": o.meeting_id or o.address,
            "file": o.file,
            "line": o.line,
            "reviewer": o.reviewer,
        }
        for o in overrides
        if id(o) not in used
    ]
    return applied, orphans


def _zones(
    table: pa.Table,
    lat: np.ndarray,
    lon: np.ndarray,
    source_id: np.ndarray,
    counters: dict[str, Counter[str]],
    year: int,
) -> tuple[list[str], list[str], Counter[str]]:
    """Zone from coordinates where the record gave none; count given zones that disagree."""
    zone = table.column("timezone").to_pylist()
    zone_source = table.column("timezone_source").to_pylist()
    found = zones_at(lat, lon)
    counts: Counter[str] = Counter()
    for i, derived in enumerate(found):
        if derived is None:
            continue
        if zone_source[i] in ("source_default", "coordinates"):
            if zone_source[i] == "source_default":
                counters[source_id[i]]["timezone/from_coordinates"] += 1
                counts["from_coordinates"] += 1
                if not same_clock(derived, zone[i], year):
                    counters[source_id[i]]["timezone/source_default_wrong"] += 1
                    counts["source_default_wrong"] += 1
            zone[i], zone_source[i] = derived, "coordinates"
        elif not same_clock(derived, zone[i], year):
            counters[source_id[i]]["timezone/contradicts_coordinates"] += 1
            counts["contradicts_coordinates"] += 1
    return zone, zone_source, counts


def _summary(
    country: np.ndarray,
    physical: np.ndarray,
    precision: np.ndarray,
    verdicts: Verdicts,
    online: dict[str, Any],
    applied: int,
    orphans: list[dict[str, Any]],
    zones: Counter[str],
) -> dict[str, Any]:
    by_country: dict[str, Counter[str]] = defaultdict(Counter)
    for c, p in zip(country[physical], precision[physical], strict=True):
        by_country[c or "unknown"][p] += 1
    return {
        "in_person": int(physical.sum()),
        "precision": dict(Counter(precision[physical].tolist())),
        "precision_by_country": {c: dict(v) for c, v in sorted(by_country.items())},
        "source_fixed": dict(Counter(k for k in verdicts.kind if k is not None)),
        "online": online,
        "overrides": {"applied": applied, "orphaned": orphans},
        "timezone": dict(zones),
        "attribution": ATTRIBUTION,
    }
