"""Which cues could match a sentence at all, from the literal text each one needs.

Most of a sentence's cues cannot match it: "explicit-exclusion" needs one of its few
hundred phrases, and a sentence about keytags holds none of them. Python's `re` finds
that out only by trying the pattern at every position. Every match of a pattern holds at
least one of a set of literal strings that can be read off the parsed pattern
(`required`), so a cue whose strings are all absent from a sentence is skipped without
running it (`LiteralIndex.possible`).

The skip is exact: a cue is skipped only when its pattern cannot match. A pattern whose
strings cannot be read (a case-insensitive one, an alternative made of classes alone) is
always run. Speed only: the decisions are the same with or without it.

Reading the strings off the cues' patterns takes seconds, so they are read once and kept
in `cue_strings.json` beside this module, each cue's entry under a hash of its pattern. A
cue whose pattern changed since (its hash differs) is always run until the file is
written again: `python -m pipeline.mat.literals` (tests/test_mat_literals.py fails while
the file is behind the cues).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from pipeline.mat.dispatch import (
    REPEATS,
    ZERO_WIDTH,
    dispatch,
    emit_trie,
    split_alternatives,
    trie_of,
)

_ATOMIC = getattr(sre_constants, "ATOMIC_GROUP", None)
#: Strings are cut to this many characters (a string's head is needed as much as the
#: string): short heads keep the trie, and its compiling, small.
HEAD = 8
#: Joined strings are kept while there are at most this many.
_MAX_EXACT = 64

Needs = frozenset[str]
#: The strings of the cues, as `python -m pipeline.mat.literals` last wrote them.
TABLE_PATH = Path(__file__).with_name("cue_strings.json")


def _better(a: Needs | None, b: Needs | None) -> Needs | None:
    """The more selective of two sufficient sets: longer shortest string, then fewer."""
    if a is None or b is None:
        return a if b is None else b
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _exact(op: Any, value: Any) -> set[str] | None:
    """Every string one element can match, when they are few; None otherwise."""
    if op is sre_constants.LITERAL:
        return {chr(value)}
    if op in ZERO_WIDTH:  # a lookaround or an anchor consumes nothing
        return {""}
    if op is sre_constants.SUBPATTERN:
        _, add_flags, _, body = value
        return None if add_flags & re.IGNORECASE else _exact_sequence(body)
    if op is sre_constants.BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            strings = _exact_sequence(branch)
            if strings is None:
                return None
            union |= strings
            if len(union) > _MAX_EXACT:
                return None
        return union
    if op in REPEATS:
        low, high, body = value
        strings = _exact_sequence(body)
        if strings is None or (low, high) != (0, 1):
            return None
        return strings | {""}
    if (  # "[oa]": a class of a few letters
        op is sre_constants.IN
        and 0 < len(value) <= 4
        and all(item_op is sre_constants.LITERAL for item_op, _ in value)
    ):
        return {chr(code) for _, code in value}
    return None


def _exact_sequence(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    strings: set[str] = {""}
    for op, value in items:
        more = _exact(op, value)
        if more is None:
            return None
        strings = {a + b for a in strings for b in more}
        if len(strings) > _MAX_EXACT:
            return None
    return strings


def _run(strings: set[str] | None) -> Needs | None:
    """A run of exactly known elements as a sufficient set, when none of it is empty."""
    if not strings or "" in strings:
        return None
    return frozenset(strings)


def _needs(items: Iterable[tuple[Any, Any]]) -> Needs | None:
    """A set of strings one of which every match of the sequence holds; None if unknown.

    Consecutive elements whose strings are few are joined ("(?:it|this) is" gives "it is"
    and "this is"), which is far more selective than either part alone."""
    best: Needs | None = None
    run: set[str] | None = None
    for op, value in items:
        if op is sre_constants.ASSERT:  # zero width, and its text is in the sentence too
            best = _better(best, _needs(value[1]))
            continue
        exact = _exact(op, value)
        if exact is not None:
            joined = {a + b for a in (run or {""}) for b in exact}
            if len(joined) <= _MAX_EXACT:
                run = joined
                continue
            best = _better(best, _run(run))
            run = exact
            continue
        best = _better(best, _run(run))
        run = None
        found: Needs | None = None
        if op is sre_constants.SUBPATTERN:
            _, add_flags, _, body = value
            if not add_flags & re.IGNORECASE:
                found = _needs(body)
        elif op is sre_constants.BRANCH:
            union: set[str] = set()
            for branch in value[1]:
                needs = _needs(branch)
                if needs is None:
                    union.clear()
                    break
                union |= needs
            found = frozenset(union) or None
        elif op in REPEATS:
            low, _, body = value
            found = _needs(body) if low >= 1 else None
        elif op is _ATOMIC:
            found = _needs(value)
        best = _better(best, found)
    return _better(best, _run(run))


def required(pattern: re.Pattern[str]) -> Needs | None:
    """Strings one of which every match of `pattern` holds; None when none can be read."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _needs(sre_parse.parse(pattern.pattern, pattern.flags))


def pattern_hash(pattern: re.Pattern[str]) -> str:
    """What a table entry was read from: the pattern's text and flags."""
    return hashlib.sha256(f"{pattern.flags}:{pattern.pattern}".encode()).hexdigest()[:20]


def table_entry(pattern: re.Pattern[str]) -> dict[str, object]:
    """One cue's entry: its pattern's hash, and its strings cut to their heads (or None)."""
    texts = required(pattern)
    heads = None if texts is None else sorted({text[:HEAD] for text in texts})
    return {"hash": pattern_hash(pattern), "strings": heads}


def read_table(path: Path = TABLE_PATH) -> dict[str, dict[str, object]]:
    """The table as written, or an empty one (every cue then always runs)."""
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return table if isinstance(table, dict) else {}


class LiteralIndex:
    """The strings of named patterns, found in one pass over a sentence.

    The strings are compiled into one pattern shaped as their trie, tried at every position
    of the sentence (a lookahead, so matches may overlap). At a position it follows the one
    path the sentence spells and stops at the deepest string on it; every shorter string on
    that path is a prefix of it, so each string carries the names of its prefixes too.

    A name whose table entry is missing, or was read from another pattern, always runs."""

    def __init__(
        self,
        patterns: dict[str, re.Pattern[str]],
        table: dict[str, dict[str, object]] | None = None,
    ) -> None:
        if table is None:
            table = {name: table_entry(pattern) for name, pattern in patterns.items()}
        needed: dict[str, list[str] | None] = {}
        for name, pattern in patterns.items():
            entry = table.get(name) or {}
            strings = entry.get("strings")
            current = entry.get("hash") == pattern_hash(pattern)
            needed[name] = (
                [str(t) for t in strings] if current and isinstance(strings, list) else None
            )
        self.always: frozenset[str] = frozenset(n for n, texts in needed.items() if not texts)
        names: dict[str, set[str]] = {}
        for name, texts in needed.items():
            for text in texts or ():
                names.setdefault(text, set()).add(name)
        trie = trie_of(names)
        #: each string -> the names of every string that is a prefix of it (itself too)
        self._names: dict[str, frozenset[str]] = {}
        self._close(trie, frozenset(), names)
        self._scanner = re.compile(f"(?=({emit_trie(trie)}))") if names else None

    def _close(
        self, node: dict[str, Any], above: frozenset[str], names: dict[str, set[str]]
    ) -> None:
        if "" in node:
            above = above | names[node[""]]
            self._names[node[""]] = above
        for char, child in node.items():
            if char:
                self._close(child, above, names)

    def possible(self, scan: str) -> set[str]:
        """The names of the patterns that could match `scan`."""
        found = set(self.always)
        if self._scanner is not None:
            table = self._names
            for text in set(self._scanner.findall(scan)):
                found |= table[text]
        return found


class Alternation:
    """A long alternation run one alternative at a time, each only in the sentences that
    hold one of its strings (`guard.BENIGN`: 850 phrases, some ten possible in a sentence).

    `spans` finds what the whole alternation's `finditer` finds: the leftmost position where
    any alternative matches, and there the first alternative in order that matches, then on
    from its end. An alternative that cannot match changes neither, so skipping those is
    exact. An empty match (which `finditer` treats specially) hands the sentence to the
    whole pattern.

    Each alternative's strings are kept in the table under `prefix` and its number."""

    def __init__(
        self, source: str, prefix: str, table: dict[str, dict[str, object]] | None = None
    ) -> None:
        self.whole = re.compile(dispatch(source))
        #: each alternative by its table name, in the alternation's order
        self.patterns = {
            f"{prefix}{i:04d}": re.compile(a) for i, a in enumerate(split_alternatives(source))
        }
        self.index = LiteralIndex(self.patterns, table)

    def spans(self, text: str) -> tuple[tuple[int, int], ...]:
        """The spans of the alternation's matches in `text`, in order."""
        possible = self.index.possible(text)
        patterns = [p for name, p in self.patterns.items() if name in possible]
        found: list[tuple[int, int]] = []
        ahead = [p.search(text) for p in patterns]  # each alternative's next match
        while any(m is not None for m in ahead):
            start = min(m.start() for m in ahead if m is not None)
            # the first alternative in order that matches at the leftmost position wins
            match = next(m for p in patterns if (m := p.match(text, start)) is not None)
            if match.end() == start:
                return tuple(m.span() for m in self.whole.finditer(text))
            found.append(match.span())
            ahead = [
                m if m is None or m.start() >= match.end() else p.search(text, match.end())
                for m, p in zip(ahead, patterns, strict=True)
            ]
        return tuple(found)


def write_table(patterns: dict[str, re.Pattern[str]], path: Path = TABLE_PATH) -> int:
    """Read every pattern's strings and write the table; returns how many strings."""
    table = {name: table_entry(pattern) for name, pattern in sorted(patterns.items())}
    path.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return sum(len(s) for e in table.values() if isinstance(s := e["strings"], list))


def main() -> None:
    from pipeline.mat.guard import BENIGN_ALTERNATION
    from pipeline.mat.lexicon import CUES

    patterns = {cue.id: cue.pattern for cue in CUES}
    patterns.update(BENIGN_ALTERNATION.patterns)
    count = write_table(patterns)
    print(
        f"{count:,} strings of {len(CUES)} cues and {len(BENIGN_ALTERNATION.patterns)} "
        f"benign phrases -> {TABLE_PATH}"
    )


if __name__ == "__main__":
    main()
