"""Turn a listing's words into the hashed, weighted n-gram vector the learned reader reads.

Why hashing: the reader must load fast and stay small in the repository, and a hashed
vocabulary needs no word list beside the weights. `zlib.crc32` is used because Python's
own `hash()` changes between processes, and the same words must land in the same bucket at
training time and in every nightly run. Accents are kept ("metadona", "méthadone") and
case is folded; n-grams of one to three words carry the short phrases ("no one is
turned away", "hasta que") that single words lose.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable

import numpy as np

from pipeline.mat.rules import LEARNED

_WORD = re.compile(r"\w+")


def listing_text(
    fellowship: str | None,
    name: str | None,
    group_name: str | None,
    notes: str | None,
    types: Iterable[str],
) -> str:
    """The words the learned reader sees: what the rules read, never the location."""
    parts = [name or "", group_name or "", notes or "", " ".join(types)]
    return " | ".join(parts) + " fell_" + (fellowship or "").lower()


def ngram_counts(text: str, longest: int = LEARNED.longest_ngram) -> Counter[int]:
    """Bucket counts of the text's word n-grams (1 to `longest` words)."""
    words = _WORD.findall(text.lower())
    mask = (1 << LEARNED.hash_bits) - 1
    counts: Counter[int] = Counter()
    for n in range(1, longest + 1):
        for i in range(len(words) - n + 1):
            gram = " ".join(words[i : i + n])
            counts[zlib.crc32(gram.encode("utf-8")) & mask] += 1
    return counts


def weighted(counts: Counter[int], idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sublinear term frequency times inverse document frequency, L2-normalised:
    (bucket indices, values)."""
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    index = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    tf = np.fromiter(
        (1.0 + math.log(c) for c in counts.values()), dtype=np.float64, count=len(counts)
    )
    values = tf * idf[index]
    norm = float(np.sqrt(values @ values))
    return index, values / norm if norm else values
