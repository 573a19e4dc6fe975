"""The maintainers' files a night reads: MAT reviews, geocode overrides, merge reviews.

`allpaths run --reviews PATH` (default: the repo's reviews/) names a folder that holds
them all, or one file taken by its name:

    reviews/geocode.csv   pins a meeting's or an address's coordinates (pipeline/geocode/)
    reviews/merges.csv    forces or forbids a merge of two listings (pipeline/dedupe/)
    reviews/*.csv         every other file: MAT reviews (pipeline/mat/)

All three are read and validated before anything is crawled, so a mistake in any of them
stops the run at once, in one sentence naming the file and line, instead of after an
hour of crawling (or, worse, a silently skipped correction).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.dedupe.reviews import MERGE_REVIEW_FILE, MergeReview, MergeReviewError
from pipeline.dedupe.reviews import load_merge_reviews as _load_merges
from pipeline.geocode.overrides import OVERRIDE_FILE, Override, OverrideFileError, load_overrides
from pipeline.mat.reviews import Review, ReviewFileError, load_reviews

#: Everything a maintainer's file can raise: each says file and line in one sentence.
MAINTAINER_FILE_ERRORS: tuple[type[ValueError], ...] = (
    ReviewFileError,
    OverrideFileError,
    MergeReviewError,
)


@dataclass(frozen=True)
class MaintainerFiles:
    mat: list[Review] = field(default_factory=list)
    overrides: list[Override] = field(default_factory=list)
    merges: list[MergeReview] = field(default_factory=list)


def load_maintainer_files(path: Path | None) -> MaintainerFiles:
    """Every review and pin under `path` (a folder, or one file by its name); none for None."""
    if path is None:
        return MaintainerFiles()
    if path.is_file() and path.name == OVERRIDE_FILE:
        return MaintainerFiles(overrides=load_overrides(path))
    if path.is_file() and path.name == MERGE_REVIEW_FILE:
        return MaintainerFiles(merges=_load_merges(path))
    mat = load_reviews(path)  # a missing path fails here, naming it
    if not path.is_dir():
        return MaintainerFiles(mat=mat)
    return MaintainerFiles(mat=mat, overrides=load_overrides(path), merges=_load_merges(path))
