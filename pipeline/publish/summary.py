"""A night in a few lines of Markdown, from its release's manifest.

The flow publishes it as a Prefect markdown artifact (key `allpaths-night`), so whoever
watches the Prefect UI sees what the night did (counts, changes, each source's health,
the MAT decisions and where the time went) without opening the release. Source errors
are quoted from the manifest, which holds only scrubbed text; pipes and line breaks are
escaped so a message cannot break the table.
"""

from __future__ import annotations

from typing import Any

#: The artifact's key in Prefect: every night's summary is a version of the same artifact.
ARTIFACT_KEY = "allpaths-night"


def cell(value: object) -> str:
    """A Markdown table cell: None empty, pipes and newlines escaped, long text cut."""
    text = "" if value is None else str(value)
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= 120 else text[:119] + "…"


def age(hours: float | None) -> str:
    if hours is None:
        return "no data"
    return f"{hours:.0f} h" if hours < 48 else f"{hours / 24:.1f} days"


def night_summary(manifest: dict[str, Any], release_path: str | None = None) -> str:
    """The Markdown summary of the release whose manifest this is."""
    counts = manifest["counts"]
    changes = counts.get("changes", {})
    lines = [
        f"# allpaths release {manifest['version']}",
        "",
        f"Previous release: {manifest.get('previous_version') or 'none (first release)'}."
        + (f" Folder: `{release_path}`." if release_path else ""),
        "",
        "| meetings | stale | dropped | rejects | sources | added | changed | removed |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| {counts['meetings']} | {counts['stale_meetings']} "
        f"| {counts.get('dropped_meetings', 0)} | {counts['rejects']} | {counts['sources']} "
        f"| {changes.get('added', 0)} | {changes.get('changed', 0)} "
        f"| {changes.get('removed', 0)} |",
        "",
        "## Sources",
        "",
        "| source | status | fetched | valid | rejected | stale | nights stale | dropped "
        "| age of data | reused | error |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|---|---|",
    ]
    for source_id, s in manifest.get("sources", {}).items():
        lines.append(
            f"| {cell(source_id)} | {cell(s['status'])} | {s['fetched']} | {s['valid']} "
            f"| {s['rejected']} | {s['stale']} | {s.get('stale_nights', 0)} "
            f"| {s.get('dropped', 0)} | {age(s.get('data_age_hours'))} "
            f"| {'yes' if s.get('reused') else ''} | {cell(s.get('error'))} |"
        )
    mat = manifest.get("mat", {})
    cache = manifest.get("mat_cache", {})
    lines += [
        "",
        "## MAT",
        "",
        ", ".join(f"{status} {n}" for status, n in sorted(mat.items())) or "no meetings",
        "",
    ]
    deciders = manifest.get("mat_decided_by", {})
    if deciders:
        lines.append(
            "Decided by: " + ", ".join(f"{who} {n}" for who, n in sorted(deciders.items())) + "."
        )
    if cache:
        lines.append(
            f"Decisions: {cache.get('listings', 0)} distinct listings, "
            f"{cache.get('from_cache', 0)} from the cache, {cache.get('decided', 0)} decided "
            f"by the engine (rules {cache.get('rules_version', '-')})."
        )
    queue = manifest.get("review_queue", {}).get("rows")
    reviews = manifest.get("reviews", {})
    if queue is not None:
        lines.append(
            f"Review queue: {queue} rows; reviews applied {reviews.get('applied', 0)}, "
            f"orphaned {len(reviews.get('orphaned', []))}."
        )
    carry = manifest.get("carry")
    if carry:
        lines += [
            "",
            "## Carry-forward",
            "",
            f"Policy: failed sources stay stale for {carry['max_stale_nights']} nights; "
            f"held back below {carry['held_back_ratio']:.0%} of at least "
            f"{carry['held_back_min_previous']} meetings.",
        ]
        if carry.get("dropped"):
            lines.append(
                "Dropped tonight: "
                + ", ".join(f"{cell(k)} ({v})" for k, v in carry["dropped"].items())
                + "."
            )
        if carry.get("held_back"):
            lines.append("Held back: " + ", ".join(cell(k) for k in carry["held_back"]) + ".")
        if carry.get("accepted_drops"):
            lines.append(
                "Drops accepted: "
                + ", ".join(f"{cell(k)} ({v})" for k, v in carry["accepted_drops"].items())
                + "."
            )
    timings = manifest.get("timings", {})
    if timings:
        lines += [
            "",
            "## Timings (s)",
            "",
            " · ".join(f"{stage} {seconds:.1f}" for stage, seconds in timings.items()),
        ]
    return "\n".join(lines) + "\n"
