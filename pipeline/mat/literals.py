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
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_REPEATS = {
    sre_constants.MAX_REPEAT,
    sre_constants.MIN_REPEAT,
    getattr(sre_constants, "POSSESSIVE_REPEAT", sre_constants.MAX_REPEAT),
}
_ATOMIC = getattr(sre_constants, "ATOMIC_GROUP", None)
#: Strings are indexed by their first this many characters.
_KEY = 3

Needs = frozenset[str]
#: The key of every position of a sentence of up to 1,000 characters, sliced in C.
_SLICES = tuple(slice(i, i + _KEY) for i in range(1_000))


def _better(a: Needs | None, b: Needs | None) -> Needs | None:
    """The more selective of two sufficient sets: longer shortest string, then fewer."""
    if a is None or b is None:
        return a if b is None else b
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _needs(items: Iterable[tuple[Any, Any]]) -> Needs | None:
    """A set of strings one of which every match of the sequence holds; None if unknown."""
    best: Needs | None = None
    run: list[str] = []
    for op, value in items:
        if op is sre_constants.LITERAL:
            run.append(chr(value))
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
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
        elif op in _REPEATS:
            low, _, body = value
            found = _needs(body) if low >= 1 else None
        elif op is _ATOMIC:
            found = _needs(value)
        elif op is sre_constants.ASSERT:  # a lookaround's text is in the sentence too
            found = _needs(value[1])
        best = _better(best, found)
    if run:
        best = _better(best, frozenset({"".join(run)}))
    return best


def required(pattern: re.Pattern[str]) -> Needs | None:
    """Strings one of which every match of `pattern` holds; None when none can be read."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _needs(sre_parse.parse(pattern.pattern, pattern.flags))


class LiteralIndex:
    """The strings of named patterns, indexed by their first characters."""

    def __init__(self, patterns: dict[str, re.Pattern[str]]) -> None:
        self.always: frozenset[str] = frozenset(
            name for name, p in patterns.items() if required(p) is None
        )
        self._short: list[tuple[str, str]] = []
        self._index: dict[str, list[tuple[str, str]]] = {}
        for name, pattern in patterns.items():
            for text in sorted(required(pattern) or ()):
                if len(text) < _KEY:
                    self._short.append((text, name))
                else:
                    self._index.setdefault(text[:_KEY], []).append((text, name))

    def possible(self, scan: str) -> set[str]:
        """The names of the patterns that could match `scan`."""
        found = set(self.always)
        for text, name in self._short:
            if name not in found and text in scan:
                found.add(name)
        count = len(scan) - _KEY + 1
        if count > len(_SLICES):
            keys = {scan[i : i + _KEY] for i in range(count)}
        else:
            keys = set(map(scan.__getitem__, _SLICES[: max(count, 0)]))
        index = self._index
        for key in index.keys() & keys:
            for text, name in index[key]:
                if name not in found and text in scan:
                    found.add(name)
        return found
