"""The carry-forward policy of one night: how long stale meetings stay, what is held back.

The thresholds come from the sources file's `[carry]` table (`schemas/carry.py`, where
the defaults are documented); the command line may shorten or lengthen the stale limit
for a run (`allpaths run --max-stale-nights N`) and accept a drop the policy would hold
back (`--accept-drop SOURCE`, once per source, for the run it is given to).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pipeline.types import SourceReport
from schemas.carry import (
    DEFAULT_HELD_BACK_MIN_PREVIOUS,
    DEFAULT_HELD_BACK_RATIO,
    DEFAULT_MAX_STALE_NIGHTS,
    CarryConfig,
)
from schemas.sources import SourcesFile, SourcesFileError


class CarryPolicyError(SourcesFileError):
    """A policy override that names no source of the sources file."""


@dataclass(frozen=True)
class CarryPolicy:
    """What carry-forward does with failed and shrinking sources tonight."""

    #: A failed source's last meetings are carried, stale, for this many nights in a row;
    #: the night after, they are dropped (and reported). 0 drops them the first night.
    max_stale_nights: int = DEFAULT_MAX_STALE_NIGHTS
    held_back_ratio: float = DEFAULT_HELD_BACK_RATIO
    held_back_min_previous: int = DEFAULT_HELD_BACK_MIN_PREVIOUS
    #: Sources whose drop a maintainer accepted for this run: never held back.
    accept_drop: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(
        cls,
        sources: SourcesFile,
        *,
        max_stale_nights: int | None = None,
        accept_drop: Iterable[str] = (),
    ) -> CarryPolicy:
        """The sources file's `[carry]` table with this run's overrides; checked."""
        config: CarryConfig = sources.carry
        accepted = frozenset(accept_drop)
        known = {s.id for s in sources.enabled}
        unknown = sorted(accepted - known)
        if unknown:
            raise CarryPolicyError(
                f"--accept-drop {', '.join(unknown)}: no enabled source with that id in "
                f"{sources.path}"
            )
        if max_stale_nights is not None and not 0 <= max_stale_nights <= 366:
            raise CarryPolicyError(
                f"--max-stale-nights must be between 0 and 366, got {max_stale_nights}"
            )
        return cls(
            max_stale_nights=(
                config.max_stale_nights if max_stale_nights is None else max_stale_nights
            ),
            held_back_ratio=config.held_back_ratio,
            held_back_min_previous=config.held_back_min_previous,
            accept_drop=accepted,
        )

    def shrank_too_far(self, valid: int, previous_count: int) -> bool:
        """True when tonight's count is a drop the policy holds back for a maintainer."""
        return (
            previous_count >= self.held_back_min_previous
            and valid < self.held_back_ratio * previous_count
        )

    def expired(self, stale_nights: int) -> bool:
        """True when a failed source has been stale longer than the policy allows."""
        return stale_nights > self.max_stale_nights

    def summary(self, reports: Mapping[str, SourceReport]) -> dict[str, Any]:
        """The manifest's `carry` section: the policy and what it did tonight."""
        return {
            "max_stale_nights": self.max_stale_nights,
            "held_back_ratio": self.held_back_ratio,
            "held_back_min_previous": self.held_back_min_previous,
            "accept_drop": sorted(self.accept_drop),
            "accepted_drops": {
                sid: r.counters["carry/drop_accepted"]
                for sid, r in sorted(reports.items())
                if "carry/drop_accepted" in r.counters
            },
            "held_back": sorted(sid for sid, r in reports.items() if r.status == "held_back"),
            "dropped": {sid: r.dropped for sid, r in sorted(reports.items()) if r.dropped},
            "dropped_meetings": sum(r.dropped for r in reports.values()),
        }


DEFAULT_POLICY = CarryPolicy()
