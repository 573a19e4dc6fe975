"""`allpaths`: the command line of the pipeline.

allpaths run [--sources FILE] [--data-dir DIR] [--reviews PATH] [--http-cache DIR]
             [--dask [ADDRESS]] [--geocoder NAME] [--max-stale-nights N]
             [--accept-drop SOURCE ...]
allpaths tag < listings.jsonl > decisions.jsonl
allpaths discover URL
allpaths releases | diff OLD NEW | verify [RELEASE] | prune --keep N | report [RELEASE]
allpaths why-merged MEETING_ID [--data-dir DIR] [--release DIR]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from pipeline.publish.lock import DataDirError
from pipeline.workspace import DEFAULT_REVIEWS, DEFAULT_SOURCES
from schemas.geocoder import with_service
from schemas.sources import SourcesFile, SourcesFileError, load_sources


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
    invoked_at = time.time()
    from flows.nightly import nightly  # Prefect is imported only for commands that need it
    from flows.runners import with_task_runner
    from pipeline.lifeline import start_lifeline
    from pipeline.maintainers import MAINTAINER_FILE_ERRORS, load_maintainer_files

    # what a run stops on with one sentence and exit 2: the user's files and data dir
    run_errors: tuple[type[Exception], ...] = (
        SourcesFileError, DataDirError, *MAINTAINER_FILE_ERRORS,
    )  # fmt: skip
    console = Console()
    reviews = args.reviews or (DEFAULT_REVIEWS if DEFAULT_REVIEWS.is_dir() else None)
    try:  # check the hand-edited files before Prefect starts, for a one-line error
        sources = load_sources(args.sources)
        with_service(sources.geocoder, args.geocoder)
        check_carry_options(args, sources)
        load_maintainer_files(reviews)
    except (SourcesFileError, ValueError) as exc:  # every file error is a ValueError
        console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        return 2
    try:
        # start_lifeline: Prefect's temporary server and every crawl die with this run
        with start_lifeline(), with_task_runner(nightly, args.dask) as night:
            release = night(
                sources_path=args.sources.resolve(),
                data_dir=args.data_dir.resolve(),
                http_cache_dir=args.http_cache.resolve() if args.http_cache else None,
                reviews_path=args.reviews.resolve() if args.reviews else None,
                invoked_at=invoked_at,
                geocoder=args.geocoder,
                **carry_options(args),
            )
    except run_errors as exc:
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
    geocode, dedupe = manifest["geocode"], manifest["dedupe"]
    console.print(
        f"geocode: {geocode['in_person']} in person, by precision {geocode['precision']}; "
        f"source coordinates fixed {geocode['source_fixed']}; dedupe: "
        f"{dedupe['listings_in']} listings -> {dedupe['meetings_out']} meetings, "
        f"{dedupe['pairs_near_threshold']} pairs near the threshold"
    )
    console.print(f"release: {release}")
    return 0


# --- carry-forward options of `run` (policy: pipeline/carry/policy.py) ----------------


def carry_options(args: argparse.Namespace) -> dict[str, object]:
    """The flow's carry parameters from `--max-stale-nights` and `--accept-drop`."""
    options: dict[str, object] = {}
    if args.max_stale_nights is not None:
        options["max_stale_nights"] = args.max_stale_nights
    if args.accept_drop:
        options["accept_drop"] = list(args.accept_drop)
    return options


def check_carry_options(args: argparse.Namespace, sources: SourcesFile) -> None:
    """Raise SourcesFileError (a CarryPolicyError) for an option naming no source."""
    from pipeline.carry.policy import CarryPolicy

    CarryPolicy.of(
        sources, max_stale_nights=args.max_stale_nights, accept_drop=args.accept_drop or ()
    )


def add_carry_options(run: argparse.ArgumentParser) -> None:
    run.add_argument(
        "--max-stale-nights",
        type=int,
        default=None,
        metavar="N",
        help="nights a failed source's meetings stay, stale, before they are dropped "
        "(default: the sources file's [carry] max_stale_nights, else 7)",
    )
    run.add_argument(
        "--accept-drop",
        action="append",
        default=None,
        metavar="SOURCE",
        help="publish this source's sharp drop instead of holding it back (repeatable)",
    )


# --- end carry-forward options ------------------------------------------------------------


def command_serve(args: argparse.Namespace) -> int:
    from flows.nightly import serve_nightly

    parameters: dict[str, object] = {
        "sources_path": str(args.sources.resolve()),
        "data_dir": str(args.data_dir.resolve()),
    }
    if args.reviews:
        parameters["reviews_path"] = str(args.reviews.resolve())
    if args.geocoder:
        parameters["geocoder"] = args.geocoder
    serve_nightly(args.cron, args.timezone, parameters)
    return 0


def command_tag(args: argparse.Namespace) -> int:
    from pipeline.mat.jsonl import bounded_lines, tag_lines

    for line in tag_lines(bounded_lines(sys.stdin)):
        sys.stdout.write(line + "\n")
    return 0


# --- discover: which platform a site speaks -------------------------------------------


def command_discover(args: argparse.Namespace) -> int:
    from pipeline.discover import discover

    found = discover(args.url)
    print(f"{args.url}: {found.detail}")
    if found.platform is None:
        return 1
    print(found.sources_entry())
    return 0


def add_discover(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    discover = commands.add_parser(
        "discover",
        help="say which platform a URL speaks and print a sources entry for it",
        description="Probes a BMLT root server (GetServerInfo), the URL itself (Meeting "
        "Guide feed, aggregator export manifest) and a 12 Step Meeting List site's feed.",
    )
    discover.add_argument("url", help="a site, a feed URL or a BMLT root server URL")
    discover.set_defaults(handler=command_discover)


# --- why-merged (dedupe) ---------------------------------------------------------------


def command_why_merged(args: argparse.Namespace) -> int:
    from pipeline.dedupe.why import NoPairScores, explain, release_folder

    try:
        folder = release_folder(args.data_dir, args.release)
        lines = explain(folder, args.meeting_id)
    except NoPairScores as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


def add_why_merged(commands: argparse._SubParsersAction) -> None:
    why = commands.add_parser(
        "why-merged",
        help="show the dedupe pair scores behind a meeting (merged or kept apart)",
    )
    why.add_argument("meeting_id")
    why.add_argument("--data-dir", type=Path, default=Path("data"))
    why.add_argument(
        "--release", type=Path, default=None, help="a release folder (default: latest)"
    )
    why.set_defaults(handler=command_why_merged)


# --- end why-merged ----------------------------------------------------------------------


# --- geocoder choice (run, serve) --------------------------------------------------------


def add_geocoder_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--geocoder",
        default=None,
        metavar="NAME",
        help="a geopy geocoder (nominatim, arcgis, pelias, googlev3, ...) refining the offline "
        "gazetteer, or 'offline'; replaces the sources file's [geocoder] service and keeps "
        "its other keys (user_agent, domain, api_key_env)",
    )


# --- the parser -------------------------------------------------------------------------


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
    run.add_argument(
        "--dask",
        nargs="?",
        const="local",
        default=None,
        metavar="ADDRESS",
        help="run tasks on Dask: a scheduler address (tcp://host:8786), or a local cluster "
        "when no address is given; the data dir must be storage every worker sees",
    )
    add_geocoder_option(run)
    add_carry_options(run)
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
    add_geocoder_option(serve)
    serve.set_defaults(handler=command_serve)

    tag = commands.add_parser(
        "tag",
        help="MAT-tag JSON Lines listings from stdin, one decision a line on stdout",
        description="Reads listings (id, fellowship, name, group_name, notes, types, "
        "location_name) as JSON Lines on stdin; writes id, mat_status, mat_confidence, "
        "mat_evidence, mat_needs_review per line, in order.",
        epilog=TAG_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    tag.set_defaults(handler=command_tag)
    add_discover(commands)
    add_release_commands(commands)
    add_why_merged(commands)
    return parser


#: What `allpaths tag` writes, for a reader of `--help` (README, "MAT tagging").
TAG_EPILOG = """\
output fields:
  mat_status        friendly    may attend, nothing limited (sharing, service, clean time)
                    restricted  may attend, but sharing, service or clean time is limited
                    unfriendly  attending denied or discouraged
                    unknown     nothing said about this meeting's policy
  mat_confidence    0 to 1; a friendly at 0.9 or above has been right at least 95 times
                    in 100 on blind sets nobody tuned on (the README's reliability table);
                    unknown is 0
  mat_evidence      lines of field:slot=value:rule:"clause", the deciding one first;
                    slot is attend, participate, service, clean_time, exclusion or
                    elsewhere (prior, learned, unread and mat lines say why a decision
                    was made or held back); a limit, where one is read, is always there
  mat_needs_review  true where a maintainer should look before the tag is trusted:
                    low confidence, an unread limiting word, a name or prior alone

example:
  echo '{"id": "1", "fellowship": "NA", "notes": "Methadone and Suboxone welcome."}' \\
    | allpaths tag
"""


# --- release commands: read what `run` published (logic in pipeline/publish/catalog.py) ---


def command_releases(args: argparse.Namespace) -> int:
    from pipeline.publish.catalog import list_releases

    summaries = list_releases(args.data_dir)
    if not summaries:
        print(f"no releases in {args.data_dir}")
        return 0
    table = Table(title=f"releases in {args.data_dir}")
    table.add_column("version", no_wrap=True)
    table.add_column("latest")
    for column in ("meetings", "stale", "rejects", "added", "changed", "removed", "MB"):
        table.add_column(column, justify="right")
    for r in summaries:
        changes = r.counts.get("changes", {})
        table.add_row(
            r.version,
            "yes" if r.latest else "",
            *(str(r.counts.get(k, "?")) for k in ("meetings", "stale_meetings", "rejects")),
            *(str(changes.get(k, "?")) for k in ("added", "changed", "removed")),
            f"{r.bytes / 1e6:.1f}",
        )
    Console(width=None if sys.stdout.isatty() else 120).print(table)
    return 0


def command_diff(args: argparse.Namespace) -> int:
    from pipeline.publish.catalog import diff_releases, resolve_release

    old = resolve_release(args.data_dir, args.old)
    new = resolve_release(args.data_dir, args.new)
    diff = diff_releases(old, new)
    for row in diff.rows[: args.limit]:
        fields = f"  [{', '.join(row['fields'])}]" if row["fields"] else ""
        print(f"{row['change']:8} {row['source_id']}  {row['meeting_id']}  {row['name']}{fields}")
    if len(diff.rows) > args.limit:
        print(f"... {len(diff.rows) - args.limit} more (--limit)")
    counts = {c: diff.count(c) for c in ("added", "changed", "removed")}
    print(f"{old.name} -> {new.name}: {counts}")
    return 0


def command_verify(args: argparse.Namespace) -> int:
    from pipeline.publish.catalog import resolve_release, verify_release

    release = resolve_release(args.data_dir, args.release)
    problems = verify_release(release)
    for problem in problems:
        print(f"MISMATCH {problem}")
    print(f"{release.name}: {'ok' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


def command_prune(args: argparse.Namespace) -> int:
    from pipeline.publish.catalog import prune_releases

    removed = prune_releases(args.data_dir, args.keep, dry_run=args.dry_run)
    verb = "would remove" if args.dry_run else "removed"
    for path in removed:
        print(f"{verb} {path}")
    print(f"{verb} {len(removed)} releases; kept the newest {args.keep} and the latest")
    return 0


def command_report(args: argparse.Namespace) -> int:
    from pipeline.publish.catalog import report_path

    print(report_path(args.data_dir, args.release).resolve())
    return 0


def add_release_commands(commands: argparse._SubParsersAction) -> None:
    """releases, diff, verify, prune, report: each reads the data dir's releases."""

    def with_data_dir(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument("--data-dir", type=Path, default=Path("data"))
        return parser

    releases = with_data_dir(commands.add_parser("releases", help="list releases with counts"))
    releases.set_defaults(handler=command_releases)

    diff = with_data_dir(commands.add_parser("diff", help="meetings changed between releases"))
    diff.add_argument("old", help="older release (version or path)")
    diff.add_argument("new", help="newer release (version or path)")
    diff.add_argument("--limit", type=int, default=200, help="rows to print (default 200)")
    diff.set_defaults(handler=command_diff)

    verify = with_data_dir(
        commands.add_parser("verify", help="check files against the manifest; exit 1 on mismatch")
    )
    verify.add_argument("release", nargs="?", help="version or path (default: latest)")
    verify.set_defaults(handler=command_verify)

    prune = with_data_dir(
        commands.add_parser("prune", help="remove old releases (never the latest)")
    )
    prune.add_argument("--keep", type=int, required=True, help="newest releases to keep")
    prune.add_argument("--dry-run", action="store_true", help="only say what would go")
    prune.set_defaults(handler=command_prune)

    report = with_data_dir(commands.add_parser("report", help="print the path of report.html"))
    report.add_argument("release", nargs="?", help="version or path (default: latest)")
    report.set_defaults(handler=command_report)


def no_telemetry() -> None:
    """No telemetry from an offline pipeline, nor from the Prefect servers its tests and
    benchmarks start; users may still override in their env."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")


def quiet_prefect_defaults() -> None:
    """The CLI's defaults: no telemetry, and the pipeline's progress lines in Prefect."""
    no_telemetry()
    os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "allpaths")
    logging.getLogger("allpaths").setLevel(logging.INFO)  # pipeline progress lines


def main(argv: list[str] | None = None) -> int:
    quiet_prefect_defaults()
    args = build_parser().parse_args(argv)
    from pipeline.publish.catalog import ReleaseNotFound

    try:
        return int(args.handler(args))
    except ReleaseNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
