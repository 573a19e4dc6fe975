"""Dedupe: one row per real meeting, however many sources list it.

Blocking (`blocking.py`) keeps the pairs to compare few, a fixed-weight Fellegi-Sunter
model (`weights.py`, run by Splink on DuckDB in `linkage.py`) scores them, `clusters.py`
groups listings strongest pair first under maintainers' reviews (`reviews.py`),
`identity.py` keeps each merged row's id stable across runs, `merge.py` builds the rows,
`mat.py` combines MAT decisions and `report.py` the manifest section. `stage.py` is the
entry point; `why.py` answers `allpaths why-merged`.
"""

from pipeline.dedupe.mat import combine_mat
from pipeline.dedupe.reviews import MergeReview, MergeReviewError, load_merge_reviews
from pipeline.dedupe.stage import (
    MERGES_SCHEMA,
    DedupeInputError,
    DedupeResult,
    dedupe_meetings,
    source_priorities,
)

__all__ = [
    "MERGES_SCHEMA",
    "DedupeInputError",
    "DedupeResult",
    "MergeReview",
    "MergeReviewError",
    "combine_mat",
    "dedupe_meetings",
    "load_merge_reviews",
    "source_priorities",
]
