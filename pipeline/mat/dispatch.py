"""First-character dispatch for the long alternations of the vocabularies.

Python's `re` tries every alternative of an alternation at every position of a sentence.
The benign phrases and the largest cues hold hundreds of alternatives, nearly all of
which can only start with a few known letters. `dispatch` regroups such an alternation
behind one-character lookaheads, so that at each position only the alternatives that can
start with that character are tried.

The result matches exactly what the original matches, in the same order: the group of a
character holds, in their original order, every alternative that can start with it
(those whose first character cannot be known go into every group), and a last group
holds those alone for any other character. Only top-level alternatives are regrouped.

An alternative copied into several groups keeps its back-references: its named groups are
numbered per copy ("your (?P<taut>date) is your (?P=taut)", `_numbered`). A pattern with
a group name no back-reference uses is left alone, since a caller may read that name
(`lastgroup`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

#: A character class wider than this is treated as "any first character".
_MAX_CLASS = 64
#: Alternations shorter than this are left alone: dispatch would cost more than it saves.
_MIN_ALTERNATIVES = 12
_NAME = re.compile(r"\(\?P<(\w+)>")
_NAME_OR_REFERENCE = re.compile(r"\(\?P(?:<(\w+)>|=(\w+)\))")

#: Parser ops that consume nothing, and the repeats (shared with `literals.py`).
ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
REPEATS = {
    sre_constants.MAX_REPEAT,
    sre_constants.MIN_REPEAT,
    getattr(sre_constants, "POSSESSIVE_REPEAT", sre_constants.MAX_REPEAT),
}


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern: "|" outside groups and classes."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _charset(items: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, value in items:
        if op is sre_constants.LITERAL:
            chars.add(chr(value))
        elif op is sre_constants.RANGE:
            low, high = value
            if high - low > _MAX_CLASS:
                return None
            chars.update(chr(c) for c in range(low, high + 1))
        else:  # a category (\w, \d), a negation
            return None
    return chars if len(chars) <= _MAX_CLASS else None


def _first(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """The characters a sequence can start with (None: any), and whether it can be empty."""
    found: set[str] = set()
    for op, value in items:
        if op in ZERO_WIDTH:
            continue
        if op is sre_constants.LITERAL:
            return found | {chr(value)}, False
        if op is sre_constants.IN:
            chars = _charset(value)
            return (None, False) if chars is None else (found | chars, False)
        if op is sre_constants.SUBPATTERN:
            if value[1] & re.IGNORECASE:  # "(?i:chip)" starts with "C" too
                return None, False
            sub, nullable = _first(list(value[-1]))
        elif op is sre_constants.BRANCH:
            sub, nullable = set(), False
            for branch in value[1]:
                chars, empty = _first(list(branch))
                if chars is None:
                    return None, False
                sub |= chars
                nullable = nullable or empty
        elif op in REPEATS:
            low, _, body = value
            sub, empty = _first(list(body))
            nullable = low == 0 or empty
        else:  # any character, a back-reference, a conditional
            return None, False
        if sub is None:
            return None, False
        found |= sub
        if not nullable:
            return found, False
    return found, True


def first_chars(alternative: str) -> set[str] | None:
    """The characters an alternative can start with; None when any could."""
    try:
        chars, nullable = _first(list(sre_parse.parse(alternative)))
    except re.error:
        return None
    return None if nullable else chars


def dispatch(pattern: str) -> str:
    """The same alternation, grouped by first character (see the module docstring)."""
    alternatives = split_alternatives(pattern)
    if len(alternatives) < _MIN_ALTERNATIVES:
        return pattern
    names = set(_NAME.findall(pattern))
    if any(f"(?P={name})" not in pattern for name in names):
        return pattern  # a name only a caller reads: numbering copies would hide it
    firsts = [first_chars(a) for a in alternatives]
    chars = sorted({c for f in firsts if f is not None for c in f})
    groups = []
    for char in chars:
        members = [a for a, f in zip(alternatives, firsts, strict=True) if f is None or char in f]
        groups.append(f"(?={re.escape(char)})(?:{'|'.join(members)})")
    unknown = [a for a, f in zip(alternatives, firsts, strict=True) if f is None]
    if unknown:
        known = "".join(re.escape(c) for c in chars)
        groups.append(f"(?![{known}])(?:{'|'.join(unknown)})" if known else "|".join(unknown))
    grouped = "|".join(groups)
    return _numbered(grouped) if names else grouped


def _numbered(pattern: str) -> str:
    """Each named group defined once: every copy's names get a number, and the
    back-references follow the definition before them."""
    serial = 0
    current: dict[str, str] = {}

    def rename(match: re.Match[str]) -> str:
        nonlocal serial
        if match.group(1) is not None:
            serial += 1
            current[match.group(1)] = f"{match.group(1)}_{serial}"
            return f"(?P<{current[match.group(1)]}>"
        return f"(?P={current[match.group(2)]})"

    return _NAME_OR_REFERENCE.sub(rename, pattern)


def trie_of(texts: Iterable[str]) -> dict[str, Any]:
    """The strings as a trie of nested dicts: each key the next character, and the key ""
    holding the string that ends there (`emit_trie`, `literals.LiteralIndex`)."""
    trie: dict[str, Any] = {}
    for text in texts:
        node = trie
        for char in text:
            node = node.setdefault(char, {})
        node[""] = text
    return trie


def emit_trie(node: dict[str, Any]) -> str:
    """The trie below `node` as a pattern that prefers the longest string. A node's key
    "" marks the end of a string; every other key is the next character."""
    branches = [re.escape(char) + emit_trie(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


#: A character that makes an alternative more than a plain string.
_SPECIAL = re.compile(r"[\\.^$*+?{}\[\]|()]")


def trie_search(pattern: str) -> str:
    """A pattern only ever searched for whether it matches, with its plain-string
    alternatives ("moud", "reduccion de danos") folded into one trie ahead of the rest.

    Python's `re` tries the alternatives of an alternation one after another at each
    position; a trie tries one branch per character, which halves the cost of a long list
    of words (`lexicon.TRIGGERS`, run on every field of every listing). Whether the pattern
    matches a text is unchanged; which match it finds first is not, so it is for yes/no
    searches only."""
    alternatives = split_alternatives(pattern)
    plain = [a for a in alternatives if a and not _SPECIAL.search(a)]
    if len(plain) < _MIN_ALTERNATIVES:
        return pattern
    rest = (a for a in alternatives if a not in plain)
    return "|".join([emit_trie(trie_of(plain)), *rest])
