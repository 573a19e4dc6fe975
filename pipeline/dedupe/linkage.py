"""Score candidate pairs with Splink (Fellegi-Sunter) on DuckDB, offline.

The model is never trained here: m and u come fixed from `weights.py`, so a night's
result depends only on its input. Splink generates the blocked pairs, evaluates each
comparison level in SQL and adds up the match weights; what comes back is one row per
candidate pair above a floor, with its weight, probability and the level of every
comparison (what `allpaths why-merged` shows).
"""

from __future__ import annotations

import logging
import math

import duckdb
import pyarrow as pa
from splink import DuckDBAPI, Linker

from pipeline.dedupe.blocking import blocking_rules
from pipeline.dedupe.prepare import PREPARED_TABLE
from pipeline.dedupe.rules import (
    MATCH_PROBABILITY,
    PRIOR_MATCH_AMONG_BLOCKED,
    PUBLISH_BELOW_BITS,
)
from pipeline.dedupe.weights import COMPARISONS, splink_comparisons

#: Splink logs each SQL step at INFO; a night's log needs none of it.
logging.getLogger("splink").setLevel(logging.WARNING)


def probability_to_weight(probability: float) -> float:
    return math.log2(probability / (1 - probability))


def threshold_weight() -> float:
    """The merge threshold as a match weight (bits), prior included."""
    return probability_to_weight(MATCH_PROBABILITY)


def splink_settings() -> dict[str, object]:
    return {
        "link_type": "dedupe_only",
        "unique_id_column_name": "unique_id",
        "probability_two_random_records_match": PRIOR_MATCH_AMONG_BLOCKED,
        "blocking_rules_to_generate_predictions": blocking_rules(),
        "comparisons": splink_comparisons(),
        "retain_matching_columns": False,
        "retain_intermediate_calculation_columns": True,
        "additional_columns_to_retain": ["meeting_id", "source_id", "listing"],
    }


def _levels_sql() -> str:
    """One list column `levels`: 'comparison:level:+bits' for each comparison with data.

    Splink 5 returns each comparison's match weight (`mw_<name>`) but not its level, so
    the level is read back from the weight; `weights.py` keeps every level's weight
    distinct within its comparison and non-zero (zero is the null level).
    """
    parts = []
    for comparison in COMPARISONS:
        name = comparison.name
        cases = " ".join(
            f"WHEN round(mw_{name}, 6) = {round(level.weight, 6)} THEN '{level.label}'"
            for level in comparison.levels
            if not level.is_null
        )
        parts.append(
            f"CASE WHEN mw_{name} = 0 THEN NULL ELSE '{name}:' || "
            f"(CASE {cases} ELSE '?' END) || ':' || printf('%+.2f', mw_{name}) END"
        )
    return "list_filter([" + ", ".join(parts) + "], lambda x: x IS NOT NULL)"


def score_pairs(con: duckdb.DuckDBPyConnection, floor: float | None = None) -> pa.Table:
    """Candidate pairs of `PREPARED_TABLE` scored by the fixed-weight model.

    Columns: rid_l, rid_r (row numbers), meeting_id_l, meeting_id_r, listing_l, listing_r,
    source_id_l, source_id_r, match_weight, match_probability, levels (list of
    'comparison:level:+bits').
    """
    db_api = DuckDBAPI(con)
    frame = db_api.register(PREPARED_TABLE)
    linker = Linker(frame, splink_settings(), log_level=None)
    if floor is None:  # pairs far below the threshold are neither merged nor published
        floor = threshold_weight() - PUBLISH_BELOW_BITS
    scored = linker.inference.predict(
        threshold_match_weight=None if math.isinf(floor) else floor, warning_mode="never"
    )
    table = con.sql(
        f"""
        SELECT unique_id_l AS rid_l, unique_id_r AS rid_r,
               meeting_id_l, meeting_id_r,
               listing_l, listing_r, source_id_l, source_id_r,
               match_weight, match_probability, {_levels_sql()} AS levels
        FROM {scored.physical_name}
        """
    ).to_arrow_table()
    scored.drop_table_from_database_and_remove_from_cache()
    return table
