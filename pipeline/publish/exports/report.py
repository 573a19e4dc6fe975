"""report.html: what a night did, at a glance, in one file that works offline.

Counts by fellowship, attendance and MAT status; each source's health (fetched, valid,
rejected, stale, held back, nights stale, meetings dropped, age of its data); the
changes since the previous release; the MAT-friendly meetings with the evidence that
decided them; dedupe (listings merged, each source's duplicate rate, pairs near the
threshold); and a map drawn as inline SVG. No script, stylesheet, font or tile is loaded
from anywhere: the page has no script of its own, a Content-Security-Policy forbids any,
and every string that came from a feed is escaped, so a meeting named `<script>` is
shown, never run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, time
from html import escape
from pathlib import Path
from typing import Any

from pipeline.publish.exports.release_tables import connect_release, records
from pipeline.publish.exports.svg_map import MapPoint, render_map

FILE_NAME = "report.html"
#: At most this many change rows are listed; the counts above them are always complete.
CHANGES_LISTED = 500
DAY_NAMES = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

STYLE = """
body{font-family:system-ui,sans-serif;margin:1.5rem auto;max-width:70rem;padding:0 1rem;
color:#1d1d1d}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5rem 0}td,th{padding:.2rem .6rem;text-align:left;
border-bottom:1px solid #eee;vertical-align:top}td.n,th.n{text-align:right;
font-variant-numeric:tabular-nums}
.cards{display:flex;flex-wrap:wrap;gap:.8rem}.card{border:1px solid #ccc;border-radius:6px;
padding:.5rem .9rem}.card b{display:block;font-size:1.4rem}
.counts{display:flex;flex-wrap:wrap;gap:2rem}.map{width:100%;max-width:800px;height:auto;
border:1px solid #ccc}.status-failed,.status-held_back{color:#b00020;font-weight:bold}
ul.evidence{margin:0;padding-left:1rem}small{color:#555}
"""


def esc(value: object) -> str:
    """Text for HTML: None is empty, everything else escaped (quotes too)."""
    return "" if value is None else escape(str(value), quote=True)


def clock(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def when(day: int | None, start: time | None) -> str:
    if day is None:
        return "by appointment"
    return f"{DAY_NAMES[day]} {clock(start)}".strip()


def age(since: datetime | None, now: datetime | None) -> str:
    if since is None or now is None:
        return "no data"
    hours = (now - since).total_seconds() / 3600
    return f"{hours:.0f} h" if hours < 48 else f"{hours / 24:.1f} days"


def table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], numeric: Sequence[str] = (),
    css_id: str = "",
) -> str:  # fmt: skip
    """An HTML table; a header named in `numeric` is right-aligned. Every cell is escaped."""
    head = "".join(f'<th class="{"n" if h in numeric else ""}">{esc(h)}</th>' for h in headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="{"n" if h in numeric else ""}">{esc(v)}</td>'
            for h, v in zip(headers, row, strict=True)
        )
        + "</tr>"
        for row in rows
    )
    id_attribute = f' id="{esc(css_id)}"' if css_id else ""
    return f"<table{id_attribute}><tr>{head}</tr>{body}</table>"


def count_table(connection: Any, column: str) -> str:
    rows = records(
        connection,
        f"SELECT coalesce({column}, '(none)') AS k, count(*) AS n FROM meetings "
        "GROUP BY ALL ORDER BY n DESC, k",
    )
    cells = "".join(
        f'<tr data-key="{esc(r["k"])}"><td>{esc(r["k"])}</td><td class="n">{r["n"]}</td></tr>'
        for r in rows
    )
    return (
        f'<div><h3>{esc(column.replace("_", " "))}</h3><table id="by-{esc(column)}">'
        f'<tr><th>{esc(column)}</th><th class="n">meetings</th></tr>{cells}</table></div>'
    )


def summary_cards(totals: dict[str, Any]) -> str:
    cards = [
        ("meetings", totals["meetings"]), ("stale", totals["stale"]),
        ("MAT-friendly", totals["friendly"]), ("rejects", totals["rejects"]),
        ("sources", totals["sources"]), ("dropped", totals["dropped"]),
        ("added", totals["added"]),
        ("changed", totals["changed"]), ("removed", totals["removed"]),
    ]  # fmt: skip
    return (
        '<div class="cards">'
        + "".join(
            f'<div class="card" id="card-{esc(name.lower())}"><b>{esc(value)}</b>{esc(name)}</div>'
            for name, value in cards
        )
        + "</div>"
    )


def source_health(connection: Any, release_time: datetime | None) -> str:
    rows = records(
        connection,
        """
        SELECT s.source_id, s.name, s.status, s.fetched, s.valid, s.rejected, s.stale,
               s.error, coalesce(s.stale_nights, 0) AS stale_nights,
               coalesce(s.dropped, 0) AS dropped,
               s.data_as_of AS source_as_of, max(m.last_seen) AS newest_seen
        FROM sources AS s LEFT JOIN meetings AS m USING (source_id)
        GROUP BY ALL ORDER BY s.source_id
        """,
    )
    headers = ["source", "name", "status", "fetched", "valid", "rejected", "stale",
               "held back", "nights stale", "dropped", "age of data", "error"]  # fmt: skip
    numeric = {"fetched", "valid", "rejected", "stale", "held back", "nights stale", "dropped"}
    body = []
    for r in rows:
        held = r["stale"] if r["status"] == "held_back" else 0
        cells = [
            r["source_id"], r["name"], r["status"], r["fetched"], r["valid"], r["rejected"],
            r["stale"], held, r["stale_nights"], r["dropped"],
            age(r["source_as_of"] or r["newest_seen"], release_time), r["error"],
        ]  # fmt: skip
        body.append(
            f'<tr data-source="{esc(r["source_id"])}">'
            + "".join(
                f'<td class="{"n" if h in numeric else ""}'
                f'{" status-" + esc(r["status"]) if h == "status" else ""}"'
                f' data-col="{esc(h)}">{esc(v)}</td>'
                for h, v in zip(headers, cells, strict=True)
            )
            + "</tr>"
        )
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    return f'<table id="sources"><tr>{head}</tr>{"".join(body)}</table>'


def changes_section(connection: Any) -> str:
    rows = records(
        connection,
        f"""
        SELECT change, source_id, name, array_to_string(fields, ', ') AS fields
        FROM changes ORDER BY change, source_id, name, meeting_id LIMIT {CHANGES_LISTED}
        """,
    )
    if not rows:
        return "<p id='no-changes'>No changes since the previous release.</p>"
    per_source = records(
        connection,
        """
        SELECT source_id,
               count(*) FILTER (WHERE change = 'added') AS added,
               count(*) FILTER (WHERE change = 'changed') AS changed,
               count(*) FILTER (WHERE change = 'removed') AS removed
        FROM changes GROUP BY ALL ORDER BY source_id
        """,
    )
    summary = table(
        ["source", "added", "changed", "removed"],
        ([r["source_id"], r["added"], r["changed"], r["removed"]] for r in per_source),
        numeric=("added", "changed", "removed"),
        css_id="changes-by-source",
    )
    listed = table(
        ["change", "source", "name", "fields"],
        ([r["change"], r["source_id"], r["name"], r["fields"]] for r in rows),
        css_id="changes",
    )
    more = (
        f"<p><small>First {CHANGES_LISTED} listed; changes.parquet has them all.</small></p>"
        if len(rows) == CHANGES_LISTED
        else ""
    )
    return f"{summary}<details><summary>Every change</summary>{listed}{more}</details>"


def mat_section(connection: Any) -> str:
    rows = records(
        connection,
        """
        SELECT name, fellowship, source_id, day, start_time, timezone, attendance,
               mat_confidence, mat_decided_by, mat_evidence, stale
        FROM meetings WHERE mat_status = 'friendly'
        ORDER BY fellowship, name, day NULLS LAST, start_time, meeting_id
        """,
    )
    if not rows:
        return "<p>No meeting is tagged MAT-friendly in this release.</p>"
    body = "".join(
        "<tr>"
        f"<td>{esc(r['name'])}{' <small>(stale)</small>' if r['stale'] else ''}</td>"
        f"<td>{esc(r['fellowship'])}</td><td>{esc(r['source_id'])}</td>"
        f"<td>{esc(when(r['day'], r['start_time']))} <small>{esc(r['timezone'])}</small></td>"
        f"<td>{esc(r['attendance'])}</td><td class='n'>{r['mat_confidence']:.2f}</td>"
        f"<td>{esc(r['mat_decided_by'])}</td><td><ul class='evidence'>"
        + "".join(f"<li>{esc(e)}</li>" for e in r["mat_evidence"] or [])
        + "</ul></td></tr>"
        for r in rows
    )
    head = "".join(
        f"<th>{h}</th>"
        for h in (
            "name",
            "fellowship",
            "source",
            "when",
            "attendance",
            "confidence",
            "decided by",
            "evidence",
        )
    )
    return f'<table id="mat-friendly"><tr>{head}</tr>{body}</table>'


#: At most this many merged rows and near-threshold pairs are listed in the report.
DEDUPE_LISTED = 200

#: Every listing of a published row: the kept one and those in also_listed_in, by source.
_MEMBERS = """
WITH members AS (
    SELECT meeting_id, source_id AS source FROM meetings
    UNION ALL
    SELECT meeting_id, split_part(listing, ':', 1) AS source
    FROM (SELECT meeting_id, unnest(also_listed_in) AS listing FROM meetings)
), per_row AS (SELECT meeting_id, count(DISTINCT source) AS sources FROM members GROUP BY 1)
"""


def _has_table(connection: Any, name: str) -> bool:
    found = connection.execute(
        "SELECT count(*) FROM duckdb_views() WHERE view_name = ?", [name]
    ).fetchall()
    return bool(found[0][0])


def dedupe_section(connection: Any) -> str:
    """Listings merged into one row per meeting: counts, each source's duplicate rate, the
    merged rows and the pairs near the threshold (`allpaths why-merged` explains any)."""
    if not _has_table(connection, "merges"):
        return "<p id='no-dedupe'>This release was published without dedupe.</p>"
    totals = records(
        connection,
        _MEMBERS
        + """
        SELECT (SELECT count(*) FROM members) AS listings,
               (SELECT count(*) FROM meetings) AS meetings,
               (SELECT count(*) FROM meetings WHERE len(also_listed_in) > 0) AS merged_rows,
               (SELECT count(*) FROM merges
                WHERE decision IN ('merged', 'forced by review')) AS pairs_merged,
               (SELECT count(*) FROM merges WHERE near_threshold) AS near_threshold,
               (SELECT count(*) FROM merges WHERE decision LIKE '%review%') AS reviewed
        """,
    )[0]
    cards = "".join(
        f'<div class="card" id="dedupe-{esc(key.replace("_", "-"))}"><b>{esc(value)}</b>'
        f"{esc(key.replace('_', ' '))}</div>"
        for key, value in totals.items()
    )
    per_source = records(
        connection,
        _MEMBERS
        + """
        SELECT m.source, count(*) AS listings,
               count(*) FILTER (WHERE p.sources > 1) AS also_elsewhere
        FROM members m JOIN per_row p USING (meeting_id) GROUP BY m.source ORDER BY m.source
        """,
    )
    rates = table(
        ["source", "listings", "also listed elsewhere", "duplicate rate"],
        (
            [
                r["source"],
                r["listings"],
                r["also_elsewhere"],
                f"{r['also_elsewhere'] / r['listings']:.1%}" if r["listings"] else "",
            ]
            for r in per_source
        ),
        numeric=("listings", "also listed elsewhere", "duplicate rate"),
        css_id="dedupe-sources",
    )
    merged = records(
        connection,
        f"""
        SELECT meeting_id, name, source_id, array_to_string(also_listed_in, ', ') AS others
        FROM meetings WHERE len(also_listed_in) > 0
        ORDER BY name, meeting_id LIMIT {DEDUPE_LISTED}
        """,
    )
    merged_table = table(
        ["meeting_id", "name", "kept from", "also listed in"],
        ([r["meeting_id"], r["name"], r["source_id"], r["others"]] for r in merged),
        css_id="dedupe-merged",
    )
    near = records(
        connection,
        f"""
        SELECT listing_l, listing_r, match_probability, decision FROM merges
        WHERE near_threshold ORDER BY match_probability DESC, listing_l, listing_r
        LIMIT {DEDUPE_LISTED}
        """,
    )
    near_table = (
        table(
            ["listing", "other listing", "probability", "decision"],
            (
                [r["listing_l"], r["listing_r"], f"{r['match_probability']:.3f}", r["decision"]]
                for r in near
            ),
            numeric=("probability",),
            css_id="dedupe-near",
        )
        if near
        else "<p>No pair scored near the threshold.</p>"
    )
    return (
        f'<div class="cards">{cards}</div>{rates}'
        f"<details><summary>Merged meetings (first {DEDUPE_LISTED})</summary>{merged_table}"
        f"</details><h3>Pairs near the threshold</h3>{near_table}"
        "<p><small><code>allpaths why-merged MEETING_ID</code> shows the pair scores of any "
        "row; <code>reviews/merges.csv</code> forces or forbids a merge.</small></p>"
    )


def map_section(connection: Any) -> str:
    rows = records(
        connection,
        """
        SELECT longitude, latitude, name, mat_status, stale FROM meetings
        WHERE latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY meeting_id
        """,
    )
    points = [
        MapPoint(r["longitude"], r["latitude"], r["name"], r["mat_status"], r["stale"])
        for r in rows
    ]
    return render_map(points) + (
        f"<p><small>{len(points)} meetings with coordinates; hollow points are stale.</small></p>"
    )


TOTALS_QUERY = """
SELECT
    (SELECT count(*) FROM meetings) AS meetings,
    (SELECT count(*) FROM meetings WHERE stale) AS stale,
    (SELECT count(*) FROM meetings WHERE mat_status = 'friendly') AS friendly,
    (SELECT count(*) FROM rejects) AS rejects,
    (SELECT count(*) FROM sources) AS sources,
    (SELECT coalesce(sum(dropped), 0) FROM sources) AS dropped,
    (SELECT count(*) FROM changes WHERE change = 'added') AS added,
    (SELECT count(*) FROM changes WHERE change = 'changed') AS changed,
    (SELECT count(*) FROM changes WHERE change = 'removed') AS removed,
    (SELECT max(last_seen) FROM meetings) AS release_time
"""


def render_report(folder: Path) -> tuple[str, dict[str, int]]:
    """The page for the release in `folder`, and the totals it shows."""
    version = folder.name.removeprefix(".partial-")
    with connect_release(folder) as connection:
        totals = records(connection, TOTALS_QUERY)[0]
        release_time = totals.pop("release_time")
        sections = [
            ("Summary", summary_cards(totals)),
            (
                "Meetings by fellowship, attendance and MAT status",
                '<div class="counts">'
                + "".join(
                    count_table(connection, c) for c in ("fellowship", "attendance", "mat_status")
                )
                + "</div>",
            ),
            ("Source health", source_health(connection, release_time)),
            ("Changes since the previous release", changes_section(connection)),
            ("MAT-friendly meetings and their evidence", mat_section(connection)),
            ("Dedupe (listings merged into one meeting)", dedupe_section(connection)),
            ("Map", map_section(connection)),
        ]
    body = "".join(
        f'<section id="section-{esc(title.split()[0].lower())}">'
        f"<h2>{esc(title)}</h2>{html}</section>"
        for title, html in sections
    )
    page = (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>allpaths release {esc(version)}</title><style>{STYLE}</style></head><body>"
        f"<h1>allpaths release {esc(version)}</h1>"
        f"<p><small>Data as of {esc(release_time)}. Files: meetings.parquet, "
        "meeting-guide.json, meetings.geojson, manifest.json.</small></p>"
        f"{body}</body></html>\n"
    )
    return page, {key: int(value) for key, value in totals.items()}


def write_report(folder: Path) -> dict[str, int]:
    """Write `folder/report.html`; return the totals it shows."""
    page, totals = render_report(folder)
    (folder / FILE_NAME).write_text(page, encoding="utf-8")
    return totals
