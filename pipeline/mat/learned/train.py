"""Train the learned reader on the labelled sets already read, and write its weights.

    python -m pipeline.mat.learned.train [--check]

Training data are the labelled listings under tests/fixtures/mat/ that the rules have been
tuned on or that have been read (`TRAINED_ON` in `sets.py`); the unread blind sets stay out,
so their figures still measure text nobody here tuned on. The fit is a multinomial logistic
regression (L2, L-BFGS from scipy) over `features.py`'s vectors: deterministic, so `--check`
retrains and fails if the committed weights are stale.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import optimize, sparse

from pipeline.mat.learned.features import listing_text, ngram_counts, weighted
from pipeline.mat.learned.model import STATUSES, WEIGHTS_PATH, LearnedModel
from pipeline.mat.learned.sets import FIXTURES, training_files
from pipeline.mat.rules import LEARNED


def _rows(files: list[Path]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for path in files:
        with path.open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return rows


def _text(row: dict[str, object]) -> str:
    types = row.get("types") or []
    return listing_text(
        row.get("fellowship"),  # type: ignore[arg-type]
        row.get("name"),  # type: ignore[arg-type]
        row.get("group_name"),  # type: ignore[arg-type]
        row.get("notes"),  # type: ignore[arg-type]
        [str(t) for t in types] if isinstance(types, list) else [str(types)],
    )


def fit(rows: list[dict[str, object]]) -> LearnedModel:
    """The model for these labelled rows."""
    width = 1 << LEARNED.hash_bits
    counts = [ngram_counts(_text(r)) for r in rows]
    df: Counter[int] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(rows)
    idf = np.ones(width, dtype=np.float64)
    seen = np.fromiter(df.keys(), dtype=np.int64, count=len(df))
    idf[seen] = [math.log((1 + n) / (1 + df[int(k)])) + 1.0 for k in seen]
    data, indices, indptr = [], [], [0]
    for c in counts:
        index, values = weighted(c, idf)  # the very vectors `model.py` reads at run time
        order = np.argsort(index)
        indices.append(index[order])
        data.append(values[order])
        indptr.append(indptr[-1] + len(c))
    x = sparse.csr_matrix(
        (np.concatenate(data), np.concatenate(indices), np.array(indptr)), shape=(n, width)
    )
    y = np.array([STATUSES.index(str(r["label"])) for r in rows])
    onehot = np.zeros((n, len(STATUSES)))
    onehot[np.arange(n), y] = 1.0
    k = len(STATUSES)
    used = np.unique(x.indices)  # fit only the buckets the data touch: fewer unknowns
    xu = x[:, used].tocsr()

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[: k * len(used)].reshape(len(used), k)
        b = theta[k * len(used) :]
        z = xu @ w + b
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        p = np.exp(logp)
        value = -LEARNED.c * float((onehot * logp).sum()) + 0.5 * float((w * w).sum())
        grad_z = LEARNED.c * (p - onehot)
        grad_w = xu.T @ grad_z + w
        return value, np.concatenate([np.asarray(grad_w).ravel(), grad_z.sum(axis=0)])

    theta0 = np.zeros(k * len(used) + k)
    result = optimize.minimize(
        loss, theta0, jac=True, method="L-BFGS-B", options={"maxiter": 3000, "maxcor": 20}
    )
    weights = np.zeros((width, k), dtype=np.float32)
    weights[used] = result.x[: k * len(used)].reshape(len(used), k)
    bias = result.x[k * len(used) :].astype(np.float32)
    return LearnedModel(weights=weights, bias=bias, idf=idf.astype(np.float32))


def fingerprint(files: list[Path]) -> str:
    """SHA-256 over the training files' names and bytes, in order."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the weights are stale")
    parser.add_argument(
        "--fixtures", type=Path, default=FIXTURES, help="folder of labelled sets (*.jsonl)"
    )
    args = parser.parse_args(argv)
    files = training_files(args.fixtures)
    if not files:
        print(f"no labelled sets in {args.fixtures}", file=sys.stderr)
        return 2
    trained_on = fingerprint(files)
    if args.check:
        current = LearnedModel.load()
        if current.trained_on != trained_on:
            print(
                f"stale: the weights were trained on {current.trained_on[:16]}, the read sets are"
                f" now {trained_on[:16]}; run python -m pipeline.mat.learned.train"
            )
            return 1
        print(f"OK: the weights are current ({len(files)} read sets, {trained_on[:16]})")
        return 0
    rows = _rows(files)
    model = fit(rows)
    model.trained_on = trained_on
    model.save(WEIGHTS_PATH)
    print(f"trained on {len(rows)} listings from {len(files)} sets -> {WEIGHTS_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
