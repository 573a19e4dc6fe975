"""The persistent answer cache of online geocoders, a DuckDB file under the data dir.

Keyed by (normalized address, geocoder): a second night over the same addresses asks the
service nothing. Misses are cached too, for fewer days than answers, so an address the
service could not find is asked again now and then but not every night. Errors (429,
time-outs, malformed answers) are never cached: the next run simply tries again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline.geocode.policy import CACHE_FOUND_DAYS, CACHE_MISS_DAYS

SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    address_key VARCHAR NOT NULL,
    geocoder VARCHAR NOT NULL,
    found BOOLEAN NOT NULL,
    latitude DOUBLE,
    longitude DOUBLE,
    precision VARCHAR,
    formatted_address VARCHAR,
    looked_up_on DATE NOT NULL,
    expires_on DATE NOT NULL,
    PRIMARY KEY (address_key, geocoder)
)
"""


@dataclass(frozen=True)
class Answer:
    """One geocoder's answer for one address; `found = False` is a cached miss."""

    address_key: str
    found: bool
    latitude: float | None = None
    longitude: float | None = None
    precision: str | None = None
    formatted_address: str | None = None


def cache_path(data_dir: Path) -> Path:
    return data_dir / "geocode" / "cache.duckdb"


class AnswerCache:
    """Open for one night: `lookup` the night's keys in one join, `store` new answers at once."""

    def __init__(self, path: Path, geocoder: str, today: date) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.geocoder = geocoder
        self.today = today
        self._connection = duckdb.connect(str(path))
        self._connection.execute(SCHEMA)

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> AnswerCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def lookup(self, keys: list[str]) -> dict[str, Answer]:
        """Unexpired answers (found or miss) for `keys`."""
        if not keys:
            return {}
        self._connection.register("wanted", pa.table({"address_key": keys}))
        try:
            rows = self._connection.execute(
                """
                SELECT a.address_key, found, latitude, longitude, precision, formatted_address
                FROM answers a JOIN wanted w USING (address_key)
                WHERE a.geocoder = ? AND a.expires_on > ?
                """,
                [self.geocoder, self.today],
            ).fetchall()
        finally:
            self._connection.unregister("wanted")
        return {row[0]: Answer(*row) for row in rows}

    def store(self, answers: list[Answer]) -> None:
        if not answers:
            return
        found_until = self.today + timedelta(days=CACHE_FOUND_DAYS)
        miss_until = self.today + timedelta(days=CACHE_MISS_DAYS)
        table = pa.table(
            {
                "address_key": [a.address_key for a in answers],
                "geocoder": [self.geocoder] * len(answers),
                "found": [a.found for a in answers],
                "latitude": pa.array([a.latitude for a in answers], pa.float64()),
                "longitude": pa.array([a.longitude for a in answers], pa.float64()),
                "precision": pa.array([a.precision for a in answers], pa.string()),
                "formatted_address": pa.array([a.formatted_address for a in answers], pa.string()),
                "looked_up_on": [self.today] * len(answers),
                "expires_on": [found_until if a.found else miss_until for a in answers],
            }
        )
        self._connection.register("fresh", table)
        try:
            self._connection.execute("INSERT OR REPLACE INTO answers SELECT * FROM fresh")
        finally:
            self._connection.unregister("fresh")
