"""From scored pairs to groups of listings that are one meeting.

Pairs are joined strongest first (union-find), so when a maintainer's "separate" forbids
two listings from sharing a group, the weaker link that would bring them together
through a third listing is the one refused, and the pair is marked `kept apart`.
Forced merges from reviews are joined before any scored pair.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

#: What happened to a pair (the `decision` column of merges.parquet).
MERGED = "merged"
FORCED = "forced by review"
SEPARATED = "separated by review"
KEPT_APART = "kept apart"
BELOW = "below threshold"


@dataclass
class Grouping:
    """`group[row]` is the representative row of the row's group."""

    group: list[int]
    decisions: dict[tuple[int, int], str] = field(default_factory=dict)
    refused_forced: list[tuple[int, int]] = field(default_factory=list)


class _Groups:
    """Union-find that keeps each group's members and the rows it may never join."""

    def __init__(self, size: int, forbidden: Iterable[tuple[int, int]]) -> None:
        self.parent = list(range(size))
        self.members: dict[int, list[int]] = {}
        self.forbidden: dict[int, set[int]] = {}
        for a, b in forbidden:
            self.forbidden.setdefault(a, set()).add(b)
            self.forbidden.setdefault(b, set()).add(a)

    def find(self, row: int) -> int:
        parent = self.parent
        root = row
        while parent[root] != root:
            root = parent[root]
        while parent[row] != root:  # path compression
            parent[row], row = root, parent[row]
        return root

    def _clash(self, ra: int, rb: int) -> bool:
        banned = self.forbidden.get(ra)
        if not banned:
            return False
        return any(m in banned for m in self.members.get(rb, [rb]))

    def union(self, a: int, b: int) -> bool:
        """Join the groups of a and b unless that puts a forbidden pair together."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self._clash(ra, rb) or self._clash(rb, ra):
            return False
        members_a = self.members.pop(ra, [ra])
        members_b = self.members.pop(rb, [rb])
        if len(members_a) < len(members_b):
            ra, rb, members_a, members_b = rb, ra, members_b, members_a
        self.parent[rb] = ra
        members_a.extend(members_b)
        self.members[ra] = members_a
        banned = self.forbidden.pop(rb, None)
        if banned:
            self.forbidden.setdefault(ra, set()).update(banned)
        return True


def group_rows(
    size: int,
    scored: Sequence[tuple[int, int, float]],
    threshold: float,
    forced: Sequence[tuple[int, int]] = (),
    forbidden: Sequence[tuple[int, int]] = (),
) -> Grouping:
    """Group `size` rows from scored pairs (row, row, weight) at `threshold` bits."""
    forbidden_pairs = {(min(a, b), max(a, b)) for a, b in forbidden}
    groups = _Groups(size, forbidden_pairs)
    grouping = Grouping(group=[])
    for a, b in forced:
        pair = (min(a, b), max(a, b))
        if groups.union(a, b):
            grouping.decisions[pair] = FORCED
        else:
            grouping.refused_forced.append(pair)
    for a, b, weight in sorted(scored, key=lambda p: -p[2]):
        pair = (min(a, b), max(a, b))
        if pair in grouping.decisions:
            continue
        if pair in forbidden_pairs:
            grouping.decisions[pair] = SEPARATED
        elif weight < threshold:
            grouping.decisions[pair] = BELOW
        elif groups.union(a, b):
            grouping.decisions[pair] = MERGED
        else:
            grouping.decisions[pair] = KEPT_APART
    for pair in forbidden_pairs:
        grouping.decisions.setdefault(pair, SEPARATED)
    grouping.group = [groups.find(row) for row in range(size)]
    return grouping
