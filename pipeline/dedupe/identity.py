"""The `meeting_id` of a merged row, stable across runs even when the kept listing changes.

A merged row takes, in order:
1. the id a previous release gave a row holding any of its listings (the listing's
   `source_id:source_meeting_id` and weekday, as the winner or in `also_listed_in`),
   the one shared by most of its listings, then the smallest; never an id that another
   row of this run owns as its own listing id, and never one already taken;
2. otherwise its smallest member `meeting_id`.
So a group keeps its id when the priority order of its sources changes, when its winner
leaves, and when a listing joins; a lone listing keeps its own id as before, or the
merged id it had while it was part of a group.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence


def assign_ids(
    own_ids: Sequence[str],
    group: Sequence[int],
    previous_ids: Mapping[int, str],
) -> list[str]:
    """The id of each row's group, for every row.

    `own_ids[row]` is the row's own meeting_id, `group[row]` its group representative,
    `previous_ids[row]` the id a previous release filed the row's listing under (only
    rows whose listing was filed under an id other than their own need be given).
    """
    members: dict[int, list[int]] = {}
    for row, rep in enumerate(group):
        if rep != row or row in previous_ids:
            members.setdefault(rep, []).append(row)
    owner = {own_ids[row]: group[row] for row in range(len(own_ids))}

    claims: list[tuple[int, str, str, int]] = []  # (-votes, previous id, tie, group)
    for rep, rows in members.items():
        votes = Counter(previous_ids[r] for r in rows if r in previous_ids)
        for previous_id, count in votes.items():
            if owner.get(previous_id, rep) != rep:
                continue  # another group owns that id as a listing's own id
            claims.append((-count, previous_id, min(own_ids[r] for r in rows), rep))
    chosen: dict[int, str] = {}
    taken: set[str] = set()
    for _, previous_id, _, rep in sorted(claims):
        if rep in chosen or previous_id in taken:
            continue
        chosen[rep] = previous_id
        taken.add(previous_id)

    smallest: dict[int, str] = {}
    for row, rep in enumerate(group):
        if rep not in chosen and (rep not in smallest or own_ids[row] < smallest[rep]):
            smallest[rep] = own_ids[row]
    return [chosen.get(rep) or smallest[rep] for rep in group]
