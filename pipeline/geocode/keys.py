"""Normalized keys for places, postal codes and addresses, as DuckDB macros.

The same macro builds both sides of every join (the night's meetings and the gazetteer,
the cache, the overrides file), so "Saint Louis" meets "St. Louis", ZIP+4 meets its ZIP
and a maintainer's hand-typed address meets the feed's spelling. Written once in SQL,
so the night's 100,000 addresses are keyed in one vectorized pass, not row by row.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from pipeline.geocode.policy import PLACE_WORDS, POSTAL_KEY_RULES, STREET_WORDS
from pipeline.normalize.fields.address import COUNTRY_NAMES


def _words(expression: str, words: dict[str, str]) -> str:
    for word, short in words.items():
        expression = f"regexp_replace({expression}, '\\b{word}\\b', '{short}', 'g')"
    return expression


def _postal_steps(value: str, steps: tuple[tuple[str, int], ...]) -> str:
    for step, n in steps:
        if step == "digits":
            value = f"regexp_replace({value}, '[^0-9]', '', 'g')"
        elif step == "pad":
            value = (
                f"(CASE WHEN length({value}) = {n - 1} "
                f"THEN lpad({value}, {n}, '0') ELSE {value} END)"
            )
        elif step == "prefix":
            value = f"left({value}, {n})"
        elif step == "outward":
            value = (
                f"(CASE WHEN length({value}) >= 5 "
                f"THEN left({value}, length({value}) - 3) ELSE {value} END)"
            )
        else:  # pragma: no cover - a typo in policy.POSTAL_KEY_RULES
            raise ValueError(f"unknown postal key step {step!r}")
    return value


def _postal_key_sql() -> str:
    base = "upper(regexp_replace(code, '[\\s.]', '', 'g'))"
    cases = " ".join(
        f"WHEN country = '{country}' THEN {_postal_steps(base, steps)}"
        for country, steps in POSTAL_KEY_RULES.items()
    )
    return f"nullif(CASE {cases} ELSE {base} END, '')"


_FOLDED = "trim(regexp_replace(strip_accents(lower(coalesce(x, ''))), '[^a-z0-9]+', ' ', 'g'))"
_COUNTRY_TAIL = "|".join(sorted((n for n in COUNTRY_NAMES if " " not in n), key=len, reverse=True))
_COUNTRY_TAIL_MULTI = "|".join(n for n in COUNTRY_NAMES if " " in n)

MACROS = (
    f"CREATE OR REPLACE MACRO place_key(x) AS nullif({_words(_FOLDED, PLACE_WORDS)}, '')",
    f"CREATE OR REPLACE MACRO postal_key(country, code) AS {_postal_key_sql()}",
    # The one-line address, folded: accents, case, punctuation, street words and the
    # trailing country name go; the ISO country is appended, so 10117 Berlin and 10117
    # New York never share a key.
    "CREATE OR REPLACE MACRO address_key(x, country) AS nullif(trim("
    + _words(
        f"regexp_replace({_FOLDED}, ' ({_COUNTRY_TAIL_MULTI}|{_COUNTRY_TAIL})$', '')",
        STREET_WORDS,
    )
    + "), '') || ' ' || lower(coalesce(country, ''))",
)


def install_macros(connection: duckdb.DuckDBPyConnection) -> None:
    for statement in MACROS:
        connection.execute(statement)


def address_keys(rows: list[tuple[str | None, str | None]]) -> list[str | None]:
    """Address keys of (one-line address, country) pairs, for the few rows outside a join."""
    with duckdb.connect() as connection:
        install_macros(connection)
        return [
            connection.execute("SELECT address_key(?, ?)", [address, country]).fetchone()[0]  # type: ignore[index]
            for address, country in rows
        ]


def arrow_of(connection: duckdb.DuckDBPyConnection, query: str) -> pa.Table:
    """A query's result as one Arrow table, on DuckDB 1.x and 2.x alike."""
    relation = connection.sql(query)
    fetch = getattr(relation, "to_arrow_table", None) or relation.arrow
    return fetch()
