"""Print how often each comparison level occurs among labelled matches and non-matches.

    python -m tests.dedupe_calibrate

The m/u numbers in pipeline/dedupe/weights.py are rounded from this output (with one
added to every count, so no level is ever impossible). Only blocked pairs count: the
model's m and u are conditional on a pair being blocked together.
"""

from __future__ import annotations

from collections import Counter

from pipeline.dedupe.stage import candidate_pairs
from pipeline.dedupe.weights import COMPARISONS
from pipeline.publish.tables import meetings_table
from tests.dedupe_labels import LabelledPair, corpus_feeds, fixture_pairs


def level_counts(
    pairs: list[LabelledPair], universe: list
) -> tuple[dict[bool, Counter[str]], Counter[bool]]:
    unique = {m.meeting_id: m for m in universe}
    scored = candidate_pairs(meetings_table(unique.values()))
    levels = {
        frozenset((a, b)): lv
        for a, b, lv in zip(
            scored.column("meeting_id_l").to_pylist(),
            scored.column("meeting_id_r").to_pylist(),
            scored.column("levels").to_pylist(),
            strict=True,
        )
    }
    counts: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    blocked: Counter[bool] = Counter()
    for pair in pairs:
        found = levels.get(frozenset((pair.a.meeting_id, pair.b.meeting_id)))
        if found is None:
            continue
        blocked[pair.match] += 1
        for item in found:
            comparison, level, _ = item.rsplit(":", 2)
            counts[pair.match][f"{comparison}:{level}"] += 1
    return counts, blocked


def main() -> None:
    fixture = fixture_pairs()
    counts, blocked = level_counts(fixture, [m for p in fixture for m in (p.a, p.b)])
    corpus = corpus_feeds()
    if corpus is not None:
        more, more_blocked = level_counts(corpus.pairs, corpus.meetings + corpus.relisted)
        for label in (True, False):
            counts[label].update(more[label])
        blocked.update(more_blocked)
    print(f"blocked labelled pairs: {blocked[True]} matches, {blocked[False]} non-matches")
    for comparison in COMPARISONS:
        print(comparison.name)
        levels = [lv for lv in comparison.levels if not lv.is_null]
        keys = [f"{comparison.name}:{level.label}" for level in levels]
        seen = {label: sum(counts[label][k] for k in keys) for label in (True, False)}
        print(f"  (with data: {seen[True]} matches, {seen[False]} non-matches)")
        for level, key in zip(levels, keys, strict=True):
            m = (counts[True][key] + 1) / (seen[True] + len(levels))
            u = (counts[False][key] + 1) / (seen[False] + len(levels))
            print(f"  {level.label:28} m={m:.3f} (now {level.m})  u={u:.3f} (now {level.u})")


if __name__ == "__main__":
    main()
