"""`allpaths`: the command line of the pipeline.

allpaths run [--sources FILE] [--data-dir DIR] [--reviews PATH] [--http-cache DIR]
allpaths tag < listings.jsonl > decisions.jsonl
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from pipeline.mat.reviews import ReviewFileError, load_reviews
from pipeline.nightly import DEFAULT_REVIEWS, DEFAULT_SOURCES
from pipeline.publish.lock import DataDirError
from schemas.sources import SourcesFileError, load_sources


def sources_table(manifest: dict[str, object]) -> Table:
    table = Table(title=f"release {manifest['version']}")
    for column in ("source", "status", "fetched", "valid", "rejected", "stale", "error"):
        table.add_column(
            column,
            justify="right" if column in {"fetched", "valid", "rejected", "stale"} else "left",
        )
    sources = manifest["sources"]
    assert isinstance(sources, dict)
    for source_id, stats in sources.items():
        table.add_row(
            source_id,
            stats["status"],
            str(stats["fetched"]),
            str(stats["valid"]),
            str(stats["rejected"]),
            str(stats["stale"]),
            (stats["error"] or "")[:60],
        )
    return table


def command_run(args: argparse.Namespace) -> int:
    from flows.nightly import nightly  # Prefect is imported only for commands that need it

    console = Console()
    try:  # check the hand-edited files before Prefect starts, for a one-line error
        load_sources(args.sources)
        load_reviews(args.reviews)
    except (SourcesFileError, ReviewFileError) as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        return 2
    try:
        release = nightly(
            sources_path=args.sources.resolve(),
            data_dir=args.data_dir.resolve(),
            http_cache_dir=args.http_cache.resolve() if args.http_cache else None,
            reviews_path=args.reviews.resolve() if args.reviews else None,
        )
    except (SourcesFileError, ReviewFileError, DataDirError) as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        return 2
    manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
    console.print(sources_table(manifest))
    counts = manifest["counts"]
    console.print(
        f"{counts['meetings']} meetings ({counts['stale_meetings']} stale), "
        f"{counts['rejects']} rejects; changes {counts['changes']}"
    )
    reviews = manifest["reviews"]
    console.print(
        f"MAT: {manifest['mat']}; reviews applied {reviews['applied']}, "
        f"orphaned {len(reviews['orphaned'])}, text changed {len(reviews['text_changed'])}; "
        f"review queue {manifest['review_queue']['rows']} rows"
    )
    console.print(f"release: {release}")
    return 0


def command_serve(args: argparse.Namespace) -> int:
    from flows.nightly import serve_nightly

    parameters: dict[str, object] = {
        "sources_path": str(args.sources.resolve()),
        "data_dir": str(args.data_dir.resolve()),
    }
    if args.reviews:
        parameters["reviews_path"] = str(args.reviews.resolve())
    serve_nightly(args.cron, args.timezone, parameters)
    return 0


def command_tag(args: argparse.Namespace) -> int:
    from pipeline.mat.jsonl import bounded_lines, tag_lines

    for line in tag_lines(bounded_lines(sys.stdin)):
        sys.stdout.write(line + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="allpaths", description="Recovery-meeting open data pipeline"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="crawl, normalize and publish a release")
    run.add_argument(
        "--sources",
        type=Path,
        default=DEFAULT_SOURCES,
        help="sources file (TOML); default: the embedded demo sources",
    )
    run.add_argument(
        "--data-dir",
        type=Path,
        default=Path("data"),
        help="where releases are written (default: ./data)",
    )
    run.add_argument(
        "--reviews",
        type=Path,
        default=None,
        help=f"review file or folder of *.csv (default: {DEFAULT_REVIEWS} when present)",
    )
    run.add_argument(
        "--http-cache",
        type=Path,
        default=None,
        help="enable Scrapy's HTTP cache in this folder (development, replay)",
    )
    run.set_defaults(handler=command_run)

    serve = commands.add_parser(
        "serve",
        help="serve the nightly flow on a schedule (needs a Prefect server: PREFECT_API_URL)",
    )
    serve.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    serve.add_argument("--data-dir", type=Path, default=Path("data"))
    serve.add_argument("--reviews", type=Path, default=None)
    serve.add_argument("--cron", default="15 3 * * *", help="when to run (default: 03:15 daily)")
    serve.add_argument("--timezone", default="UTC", help="IANA zone the cron is read in")
    serve.set_defaults(handler=command_serve)

    tag = commands.add_parser(
        "tag",
        help="MAT-tag JSON Lines listings from stdin, one decision a line on stdout",
        description="Reads listings (id, fellowship, name, group_name, notes, types, "
        "location_name) as JSON Lines on stdin; writes id, mat_status, mat_confidence, "
        "mat_evidence, mat_needs_review per line, in order.",
    )
    tag.set_defaults(handler=command_tag)
    return parser


def quiet_prefect_defaults() -> None:
    """No telemetry from an offline pipeline; users may still override in their env."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "allpaths")
    logging.getLogger("allpaths").setLevel(logging.INFO)  # pipeline progress lines


def main(argv: list[str] | None = None) -> int:
    quiet_prefect_defaults()
    args = build_parser().parse_args(argv)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
