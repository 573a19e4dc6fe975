"""The linkage input: each meeting reduced to the keys that blocking and comparisons read.

Whole-table work in DuckDB SQL (one pass over the meetings), so 1,000,000 listings take
seconds: names lower-cased with filler words dropped, streets with one spelling of each
street word and no suite, postal codes to their comparable part, start and end times in
minutes, coordinates bucketed into grid cells, and a conference room key (a Zoom meeting
id, a Meet code, or the URL without scheme or query) so two links to one room agree.
"""

from __future__ import annotations

import duckdb

from pipeline.dedupe.rules import (
    COMPARABLE_GEO_PRECISION,
    GRID_DEGREES,
    NAME_STOPWORDS,
    NAME_WORDS,
    STREET_ABBREVIATIONS,
    UNIT_WORDS,
)

#: The input meetings plus a row number `rid` (the caller registers it).
MEETINGS_VIEW = "dedupe_rows"
PREPARED_TABLE = "dedupe_prepared"


def _sql_list(values: tuple[str, ...] | list[str]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def _sql_map(mapping: dict[str, str]) -> str:
    pairs = ", ".join(f"'{k}': '{v}'" for k, v in mapping.items())
    return "MAP {" + pairs + "}"


def _words(expression: str) -> str:
    """A text expression as a list of lower-case ASCII words (punctuation becomes space)."""
    lowered = f"lower(strip_accents(coalesce({expression}, '')))"
    no_apostrophe = f"regexp_replace({lowered}, '[\u2019'']', '', 'g')"  # women's -> womens
    cleaned = (
        f"trim(regexp_replace(regexp_replace({no_apostrophe}, '&', ' and ', 'g'),"
        " '[^a-z0-9]+', ' ', 'g'))"
    )
    return f"list_filter(string_split({cleaned}, ' '), lambda w: w <> '')"


def _key_of(words: str) -> str:
    """A list of words joined back into a key; an empty list is NULL (no evidence)."""
    return f"nullif(array_to_string({words}, ' '), '')"


def prepared_sql() -> str:
    """SELECT building the linkage input from `MEETINGS_VIEW`."""
    stop = _sql_list(NAME_STOPWORDS)
    abbreviations = _sql_map(STREET_ABBREVIATIONS)
    unit = "|".join(UNIT_WORDS)
    name_map = _sql_map(NAME_WORDS)
    name_words, group_words = (
        f"list_transform(list_filter({_words(column)}, lambda w: NOT list_contains({stop}, w)),"
        f" lambda w: coalesce({name_map}[w], w))"
        for column in ("name", "group_name")
    )
    street_clean = (
        "regexp_replace(regexp_replace(lower(coalesce(street, '')),"
        f" '\\b({unit})\\b.*$', ''), '#.*$', '')"
    )
    street_words = (
        f"list_transform({_words(street_clean)}, lambda w: coalesce({abbreviations}[w], w))"
    )
    zoom = "regexp_extract(lower(conference_url), 'zoom\\.us/(?:j|w|my|s|wc/join)/([a-z0-9.]+)', 1)"
    meet = "regexp_extract(lower(conference_url), 'meet\\.google\\.com/([a-z-]+)', 1)"
    bare_url = (
        "rtrim(regexp_replace(regexp_replace(lower(conference_url), '^[a-z]+://(www\\.)?', ''),"
        " '[?#].*$', ''), '/')"
    )
    g = GRID_DEGREES
    precise = "(" + ", ".join(f"'{p}'" for p in COMPARABLE_GEO_PRECISION) + ")"
    return f"""
    SELECT
        rid AS unique_id,
        meeting_id,
        source_id,
        source_id || ':' || source_meeting_id AS listing,
        fellowship,
        CAST(day AS INTEGER) AS day,
        CAST(hour(start_time) * 60 + minute(start_time) AS INTEGER) AS start_min,
        CAST(hour(end_time) * 60 + minute(end_time) AS INTEGER) AS end_min,
        {_key_of(name_words)} AS name_key,
        {name_words} AS name_words,
        {_key_of(group_words)} AS group_key,
        {_key_of(street_words)} AS street_key,
        nullif(regexp_extract(lower(coalesce(street, '')), '^\\s*(\\d+[a-z]?)\\b', 1), '')
            AS house_number,
        {_key_of(_words("location_name"))} AS location_key,
        CASE
            WHEN regexp_matches(upper(postal_code), '^\\s*\\d{{5}}(-?\\d{{4}})?\\s*$')
                THEN left(trim(postal_code), 5)
            ELSE nullif(regexp_replace(upper(coalesce(postal_code, '')), '[^A-Z0-9]', '', 'g'), '')
        END AS postal_key,
        -- coordinates compared only when they place the building: a city centre given
        -- for an online meeting or a postal-code centroid says nothing about identity
        CASE WHEN geo_precision IN {precise} THEN latitude END AS latitude,
        CASE WHEN geo_precision IN {precise} THEN longitude END AS longitude,
        CASE WHEN latitude IS NOT NULL AND longitude IS NOT NULL THEN
            CAST(floor(latitude / {g}) AS BIGINT) || ':' || CAST(floor(longitude / {g}) AS BIGINT)
        END AS cell_a,
        CASE WHEN latitude IS NOT NULL AND longitude IS NOT NULL THEN
            CAST(floor(latitude / {g} + 0.5) AS BIGINT) || ':'
            || CAST(floor(longitude / {g} + 0.5) AS BIGINT)
        END AS cell_b,
        CASE
            WHEN conference_url IS NULL THEN NULL
            WHEN {zoom} <> '' THEN 'zoom:' || {zoom}
            WHEN {meet} <> '' THEN 'meet:' || {meet}
            ELSE nullif({bare_url}, '')
        END AS conference_key,
        list_sort(list_distinct(coalesce(types, []))) AS type_codes
    FROM {MEETINGS_VIEW}
    """


def prepare(con: duckdb.DuckDBPyConnection) -> None:
    """Create `PREPARED_TABLE` from the registered `MEETINGS_VIEW`."""
    con.execute(f"CREATE OR REPLACE TABLE {PREPARED_TABLE} AS {prepared_sql()}")
