"""Load the learned reader's weights and read one listing with them.

The weights are a file in this package (`weights.npz`), written by `train.py` from the
labelled sets already read; nothing is learned at run time, so a night's tags depend only
on the commit. A listing's probabilities are a softmax over four statuses; the sentence the
reader leans on most is found by reading each sentence alone, so a reviewer sees which
words carried the guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from pipeline.mat.learned.features import ngram_counts, weighted

STATUSES = ("friendly", "restricted", "unfriendly", "unknown")
WEIGHTS_PATH = Path(__file__).with_name("weights.npz")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


@dataclass
class LearnedModel:
    """Weights (bucket x status), bias (status), idf (bucket), and what it was trained on."""

    weights: np.ndarray
    bias: np.ndarray
    idf: np.ndarray
    trained_on: str = field(default="")

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float16),
            bias=self.bias.astype(np.float32),
            idf=self.idf.astype(np.float16),
            trained_on=np.array(self.trained_on),
        )

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> LearnedModel:
        with np.load(path) as data:
            return cls(
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
                idf=data["idf"].astype(np.float32),
                trained_on=str(data["trained_on"]),
            )

    def probabilities(self, text: str) -> np.ndarray:
        """P(status) for the text, in `STATUSES` order."""
        index, values = weighted(ngram_counts(text), self.idf)
        z = self.bias + values.astype(np.float32) @ self.weights[index]
        z = z - z.max()
        p = np.exp(z)
        return p / p.sum()

    def leaning_sentence(self, text: str, status: str) -> str:
        """The sentence that, read alone, gives `status` the highest probability."""
        k = STATUSES.index(status)
        sentences = [s.strip() for s in _SENTENCE.findall(text) if len(s.strip()) > 3]
        if not sentences:
            return text.strip()
        return max(sentences, key=lambda s: float(self.probabilities(s)[k]))


@lru_cache(maxsize=1)
def learned_model() -> LearnedModel:
    """The committed model, loaded once per process."""
    return LearnedModel.load()
