"""`allpaths why-merged MEETING_ID`: the pair scores behind one published row.

Reads `merges.parquet` of a release (the latest by default): every scored pair that
involves the meeting, merged or not, with the match weight, probability, decision and
the level of each comparison, so a webmaster can see why their listing was folded into
another row, or why it stayed apart.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.publish.releases import latest_release_path

MERGES_FILE = "merges.parquet"


class NoPairScores(LookupError):
    """No release, no merges.parquet, or no pair involving the meeting."""


def release_folder(data_dir: Path, release: Path | None = None) -> Path:
    folder = release or latest_release_path(data_dir)
    if folder is None:
        raise NoPairScores(f"{data_dir}: no release yet (data/latest.json is missing)")
    if not (folder / MERGES_FILE).exists():
        raise NoPairScores(f"{folder}: no {MERGES_FILE} in this release")
    return folder


def pairs_of(folder: Path, meeting_id: str) -> list[dict[str, object]]:
    """Pairs whose merged row is `meeting_id` or that name it, strongest first."""
    table = pq.read_table(folder / MERGES_FILE)
    hit = pc.or_kleene(
        pc.or_kleene(
            pc.equal(table["merged_into"], meeting_id), pc.equal(table["meeting_id_l"], meeting_id)
        ),
        pc.equal(table["meeting_id_r"], meeting_id),
    )
    rows = table.filter(pc.fill_null(hit, False)).to_pylist()
    return sorted(rows, key=lambda r: -(r["match_weight"] or float("inf")))


def explain(folder: Path, meeting_id: str) -> list[str]:
    """Lines for the terminal; raises `NoPairScores` when the meeting has none."""
    rows = pairs_of(folder, meeting_id)
    if not rows:
        raise NoPairScores(
            f"no pair scores for {meeting_id} in {folder.name}: it was compared with no other "
            "listing (nothing else on its weekday, hour and place)"
        )
    merged = [r for r in rows if r["merged_into"] == meeting_id]
    listings = sorted({str(r[k]) for r in merged for k in ("listing_l", "listing_r")})
    lines = [f"{meeting_id} in release {folder.name}: {len(listings) or 1} listing(s)"]
    lines += [f"  {listing}" for listing in listings]
    for row in rows:
        weight = row["match_weight"]
        score = (
            f"weight {weight:+.2f}, probability {row['match_probability']:.3f}"
            if isinstance(weight, float)
            else "not scored"
        )
        near = ", near the threshold" if row["near_threshold"] else ""
        lines.append(
            f"{row['listing_l']}  ~  {row['listing_r']}: {row['decision']} ({score}{near})"
        )
        levels = row["levels"]
        if isinstance(levels, list) and levels:
            lines.append("    " + "  ".join(str(level) for level in levels))
    return lines
