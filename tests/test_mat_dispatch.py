"""First-character dispatch (`pipeline/mat/dispatch.py`) matches what the alternation matched.

The cues and the benign phrases are compiled through `dispatch`; a dispatched pattern must
find the same spans, in the same order, as the alternation it came from. Hypothesis builds
alternations from the constructions the vocabularies use (optional words, groups, classes,
lookarounds, repeats, alternatives of unknown first character) and texts from their words.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.mat.dispatch import dispatch, first_chars, split_alternatives, trie_search

WORDS = ["no", "not", "only", "one", "chair", "chip", "share", "sin", "solo", "a", "an", "§"]

ATOMS = st.one_of(
    st.sampled_from(WORDS).map(re.escape),
    st.sampled_from(WORDS).map(lambda w: f"(?:{re.escape(w)} )?"),
    st.lists(st.sampled_from(WORDS), min_size=2, max_size=4).map(
        lambda ws: "(?:" + "|".join(map(re.escape, ws)) + ")"
    ),
    st.just(r"\w+"),
    st.just(r"[cs]h\w*"),
    st.just(r"(?<=no )"),
    st.just(r"(?!only)"),
    st.just(r"(?: \w+){0,2}"),
    st.just(r"\d{1,2}"),
)
ALTERNATIVE = st.lists(ATOMS, min_size=1, max_size=4).map(" ".join)
TEXT = st.lists(st.sampled_from([*WORDS, "12", "x", ","]), max_size=14).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALTERNATIVE, min_size=12, max_size=30), st.lists(TEXT, min_size=1, max_size=8))
def test_dispatch_finds_the_same_spans(alternatives: list[str], texts: list[str]) -> None:
    pattern = "|".join(alternatives)
    original, dispatched = re.compile(pattern), re.compile(dispatch(pattern))
    for text in texts:
        assert [m.span() for m in original.finditer(text)] == [
            m.span() for m in dispatched.finditer(text)
        ], (pattern, text)


def test_split_alternatives_respects_groups_classes_and_escapes() -> None:
    assert split_alternatives(r"a(?:b|c)|[|]d|e\|f|g") == ["a(?:b|c)", "[|]d", r"e\|f", "g"]


def test_first_characters_see_through_optional_and_zero_width_parts() -> None:
    assert first_chars(r"(?:the |our )?only") == {"t", "o"}
    assert first_chars(r"(?<![\w])chip") == {"c"}
    assert first_chars(r"\w+ du mois") is None
    assert first_chars(r"(?:a )?") is None  # can match nothing
    assert first_chars(r"(?i:chip)") is None  # "CHIP" too (found by the literal tests)


def test_short_alternations_and_names_a_caller_reads_are_left_alone() -> None:
    assert dispatch("a|b") == "a|b"
    named = "|".join(f"(?P<g{i}>x{i})" for i in range(20))
    assert dispatch(named) == named


BACK_REFERENCES = st.lists(
    st.sampled_from(
        [
            r"(?:your|their) (?P<t>date|time) is (?:your|their) (?P=t)",
            r"(?:tu|su) (?P<f>fecha|tiempo) es (?:tu|su) (?P=f)",
            r"(?P<w>\w+) is (?P=w)",
        ]
    ),
    min_size=1,
    max_size=3,
)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(ALTERNATIVE, min_size=12, max_size=24),
    BACK_REFERENCES,
    st.lists(TEXT, min_size=1, max_size=4),
)
def test_back_references_survive_being_copied_into_groups(
    alternatives: list[str], references: list[str], texts: list[str]
) -> None:
    """An alternative copied into several groups gets its named groups renamed per copy."""
    # each name once in the original, as the vocabularies have it
    unique = list(dict.fromkeys(references))
    pattern = "|".join([*alternatives, *unique])
    original, dispatched = re.compile(pattern), re.compile(dispatch(pattern))
    for text in [
        *texts,
        "your date is your date",
        "their time is your time",
        "su fecha es tu fecha",
        "share is share",
    ]:
        assert [m.span() for m in original.finditer(text)] == [
            m.span() for m in dispatched.finditer(text)
        ], (pattern, text)


def test_the_cue_with_back_references_is_dispatched() -> None:
    """equal-treatment's tautologies ("your date is your date") once kept the whole cue out
    of dispatch, and it cost a fifth of the cold tagging time (session 20)."""
    from pipeline.mat.lexicon import CUES

    cue = next(c for c in CUES if c.id == "equal-treatment")
    assert "(?P=taut_" in cue.pattern.pattern
    assert cue.pattern.pattern.count("(?=") > 10


PLAIN = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(PLAIN, PLAIN, ALTERNATIVE), min_size=12, max_size=40),
    st.lists(TEXT, min_size=1, max_size=8),
)
def test_a_trie_of_the_plain_words_matches_where_the_alternation_matched(
    alternatives: list[str], texts: list[str]
) -> None:
    """`trie_search` is for yes/no searches (`lexicon.TRIGGERS`): the same texts match."""
    pattern = "|".join(alternatives)
    original, trie = re.compile(pattern), re.compile(trie_search(pattern))
    for text in texts:
        assert (original.search(text) is None) == (trie.search(text) is None), (pattern, text)


def test_a_trie_shares_the_heads_of_its_words_and_keeps_the_rest_in_order() -> None:
    words = "|".join(["dose", "dosing", "dosis", "doctor", *(f"w{i}" for i in range(10))])
    assert trie_search(words + r"|metha\b|mara\b").startswith(
        "(?:do(?:ctor|s(?:e|i(?:ng|s)))|w(?:0|"
    )
    assert trie_search(words + r"|metha\b|mara\b").endswith(r"|metha\b|mara\b")
    assert trie_search("a|b|c") == "a|b|c"  # a short list is left alone
