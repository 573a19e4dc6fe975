"""The literal prefilter (`pipeline/mat/literals.py`) never skips a cue that could match.

A cue is skipped only when none of the strings read off its pattern is in the sentence, so
a skipped cue must find nothing. Hypothesis builds patterns from the constructions the
vocabularies use and texts from their words; the real cues are checked on every sentence
of the labelled sets that names MAT.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.mat.dispatch import dispatch
from pipeline.mat.frame import _CUE_TEXT, _ORDERED_CUES
from pipeline.mat.guard import BENIGN, BENIGN_ALTERNATION
from pipeline.mat.lexicon import CUES, TRIGGERS, fold
from pipeline.mat.literals import (
    Alternation,
    LiteralIndex,
    pattern_hash,
    read_table,
    required,
    table_entry,
)
from tests.test_mat_dispatch import ATOMS as DISPATCH_ATOMS
from tests.test_mat_dispatch import WORDS

FIXTURES = Path(__file__).parent / "fixtures" / "mat"
#: The constructions of the dispatch tests, and those only the prefilter reads: a repeat
#: of one or more, a negative lookbehind, a positive lookahead, a case-insensitive group.
ATOMS = st.one_of(
    DISPATCH_ATOMS,
    st.sampled_from(WORDS).map(lambda w: f"(?:{re.escape(w)} )+"),
    st.just(r"(?<!only )"),
    st.just(r"(?=chip)"),
    st.just(r"(?i:chip)"),
)
ALTERNATIVE = st.lists(ATOMS, min_size=1, max_size=4).map(" ".join)
TEXT = st.lists(st.sampled_from([*WORDS, "12", "x", ",", "CHIP"]), max_size=14).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALTERNATIVE, min_size=1, max_size=20), st.lists(TEXT, min_size=1, max_size=8))
def test_a_skipped_pattern_finds_nothing(alternatives: list[str], texts: list[str]) -> None:
    pattern = re.compile(rf"(?<![\w§])(?:{dispatch('|'.join(alternatives))})(?![\w]|'\w)")
    index = LiteralIndex({"cue": pattern})
    for text in texts:
        if "cue" not in index.possible(text):
            assert pattern.search(text) is None, (pattern.pattern, text)


def test_strings_are_read_off_the_pattern() -> None:
    assert required(re.compile("(?:ab|cd)e")) == {"abe", "cde"}
    assert required(re.compile("[xy]z")) == {"xz", "yz"}
    assert required(re.compile("a(?:bc)?d")) == {"ad", "abcd"}
    assert required(re.compile("(?:chip )+x")) == {"chip "}
    assert required(re.compile(r"(?=chips?)\w+")) == {"chip", "chips"}
    assert required(re.compile(r"(?<![\w§])(?:it|this) is(?![\w])")) == {"it is", "this is"}


def test_patterns_whose_strings_cannot_be_read_always_run() -> None:
    assert required(re.compile(r"\w+")) is None
    assert required(re.compile("(?:abc)?")) is None
    assert required(re.compile("(?i)methadone")) is None
    assert required(re.compile(r"(?:abc|\w)")) is None
    assert required(re.compile("(?:abc|[xy])")) == {"abc", "x", "y"}
    index = LiteralIndex({"any": re.compile(r"\w+"), "abc": re.compile("abc")})
    assert index.possible("xyz") == {"any"}
    assert index.possible("xabcz") == {"any", "abc"}


def test_short_and_long_sentences_are_read() -> None:
    index = LiteralIndex({"two": re.compile("ok"), "long": re.compile("keytag")})
    assert index.possible("") == set()
    assert index.possible("ok") == {"two"}
    assert index.possible("x" * 2_000 + " keytag") == {"long"}


def test_no_real_cue_is_skipped_where_it_matches() -> None:
    """Every cue, on every field of the labelled sets that names MAT."""
    checked = 0
    for path in sorted(FIXTURES.glob("*.jsonl"))[::5]:  # a fifth of the sets: time
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            for text in (row.get("notes"), row.get("name")):
                if not isinstance(text, str) or not TRIGGERS.search(scan := fold(text)):
                    continue
                possible = _CUE_TEXT.possible(scan)
                for cue in _ORDERED_CUES:
                    if cue.id not in possible:
                        assert cue.pattern.search(scan) is None, (cue.id, path.name, text)
                checked += 1
    assert checked > 3_000


def test_the_shipped_table_is_read_from_the_cues_as_they_are() -> None:
    """`python -m pipeline.mat.literals` writes it; a cue changed since would always run."""
    table = read_table()
    patterns = {cue.id: cue.pattern for cue in CUES} | BENIGN_ALTERNATION.patterns
    assert sorted(table) == sorted(patterns)
    for name, pattern in patterns.items():
        assert table[name] == table_entry(pattern), (
            f"{name}: run `python -m pipeline.mat.literals` after changing a cue or a benign phrase"
        )
    assert len(_CUE_TEXT.always) < 5  # nearly every cue is prefiltered
    assert len(BENIGN_ALTERNATION.index.always) < 5


def test_a_cue_changed_since_the_table_was_written_always_runs() -> None:
    pattern = re.compile("keytag")
    stale = {"cue": {"hash": pattern_hash(re.compile("chip")), "strings": ["chip"]}}
    assert LiteralIndex({"cue": pattern}, stale).possible("no keytag") == {"cue"}
    current = {"cue": {"hash": pattern_hash(pattern), "strings": ["keytag"]}}
    assert LiteralIndex({"cue": pattern}, current).possible("a chip") == set()
    assert LiteralIndex({"cue": pattern}, {}).possible("a chip") == {"cue"}


@settings(max_examples=300, deadline=None)
@given(st.lists(ALTERNATIVE, min_size=1, max_size=20), st.lists(TEXT, min_size=1, max_size=8))
def test_an_alternation_run_phrase_by_phrase_finds_the_same_spans(
    alternatives: list[str], texts: list[str]
) -> None:
    """`Alternation.spans` skips the phrases a sentence cannot hold and finds the rest as
    the whole alternation's `finditer` would (empty matches go to the whole pattern)."""
    source = "|".join(alternatives)
    alternation = Alternation(source, "t/")
    for text in texts:
        assert alternation.spans(text) == tuple(m.span() for m in re.finditer(source, text)), (
            source,
            text,
        )


def test_the_benign_phrases_are_found_as_one_pattern_would_find_them() -> None:
    """Every sentence of a fifth of the labelled sets, and one where two phrases overlap."""
    checked = 0
    for path in sorted(FIXTURES.glob("*.jsonl"))[2::5]:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            text = row.get("notes")
            if isinstance(text, str):
                scan = fold(text)
                assert BENIGN_ALTERNATION.spans(scan) == tuple(
                    m.span() for m in BENIGN.finditer(scan)
                ), (path.name, text)
                checked += 1
    assert checked > 3_000
    overlapping = "whether you're on methadone or not, the only requirement is a desire to stop"
    assert BENIGN_ALTERNATION.spans(overlapping) == tuple(
        m.span() for m in BENIGN.finditer(overlapping)
    )
    assert BENIGN_ALTERNATION.spans(overlapping)
