"""Crawl a batch of sources in one child process and read back what each answered.

A crawl process that crashes, hangs or is killed costs the sources it had not answered
yet: each becomes a failed source with the reason; the run goes on. Sources of one host
always share a batch, so per-host politeness holds across processes too.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipeline.crawl.plans import MULTI_REQUEST_PLATFORMS
from pipeline.state import SourceState, conditional_headers, load_state
from pipeline.types import CrawlSummary, Fetched
from schemas.sources import SourceConfig

#: A little longer than spiders.settings.CLOSESPIDER_TIMEOUT, so Scrapy closes first.
HARD_TIMEOUT_SECONDS = 960

_PR_SET_PDEATHSIG = 1
_prctl = (
    getattr(ctypes.CDLL(None, use_errno=True), "prctl", None) if sys.platform == "linux" else None
)


def die_with_parent() -> None:
    """In the crawl child before exec: Linux kills it when the run that started it dies
    (kill -9 included), so no crawl outlives its run."""
    if _prctl is not None:
        _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def plan_batches(
    sources: list[SourceConfig], urls: dict[str, str], processes: int
) -> list[list[SourceConfig]]:
    """Split sources into at most `processes` batches, never splitting a host's sources."""
    by_host: dict[str, list[SourceConfig]] = defaultdict(list)
    for source in sources:
        by_host[urlsplit(urls[source.id]).netloc.lower()].append(source)
    batches: list[list[SourceConfig]] = [[] for _ in range(max(1, min(processes, len(by_host))))]
    for group in sorted(by_host.values(), key=len, reverse=True):
        min(batches, key=len).extend(group)
    return [b for b in batches if b]


def read_fetched(out_dir: Path, source: SourceConfig, url: str, error: str | None) -> Fetched:
    """What the crawl recorded for `source`; a failure naming `error` if nothing was."""
    path = out_dir / f"{source.id}.json"
    if path.is_file():
        return Fetched.from_json(path.read_text(encoding="utf-8"))
    return Fetched(
        source_id=source.id,
        url=url,
        public_url=source.url if source.is_local else url,
        fetched_at=datetime.now(UTC).isoformat(),
        error=error or "no response recorded (crawl closed before reaching it)",
    )


def part_documents(
    state_dir: Path | None, source: SourceConfig, state: SourceState | None
) -> dict[str, dict[str, Any]]:
    """Per request name of a multi-request source: last night's validators, stored copy and
    sha256, so the spider can ask conditionally and reuse what has not changed."""
    if state_dir is None or state is None or source.platform not in MULTI_REQUEST_PLATFORMS:
        return {}
    documents: dict[str, dict[str, Any]] = {}
    for name, known in state.parts.items():
        cached = state.part_file(state_dir, source.id, name)
        if cached is None:
            continue
        headers = {}
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        documents[name] = {**known, "headers": headers, "cached": str(cached)}
    return documents


def crawl_batch(
    sources: list[SourceConfig],
    urls: dict[str, str],
    work_dir: Path,
    state_dir: Path | None = None,
    *,
    name: str = "batch",
    http_cache_dir: Path | None = None,
    timeout: float = HARD_TIMEOUT_SECONDS,
    settings: dict[str, Any] | None = None,
) -> CrawlSummary:
    """Fetch every source of the batch in one Scrapy process; payloads land in work_dir.

    With `state_dir`, a source whose last payload is still trusted is asked conditionally
    (If-None-Match / If-Modified-Since) and may answer 304. `settings` override Scrapy's
    (tests shorten DOWNLOAD_TIMEOUT and the retry backoff).
    """
    crawl_dir = work_dir / "crawl"
    out_dir = work_dir / "fetched"
    crawl_dir.mkdir(parents=True, exist_ok=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    entries = []
    for source in sources:
        state = load_state(state_dir, source) if state_dir is not None else None
        entries.append(
            {
                "source": source.model_dump(mode="json"),
                "url": urls[source.id],
                "headers": conditional_headers(state),
                "parts": part_documents(state_dir, source, state),
            }
        )
    batch_path = crawl_dir / f"{name}.json"
    batch_path.write_text(json.dumps(entries), encoding="utf-8")
    stats_path = crawl_dir / f"{name}.stats.json"
    log_path = crawl_dir / f"{name}.log"
    command = [
        sys.executable, "-m", "spiders.crawl",
        "--batch", str(batch_path),
        "--out", str(out_dir),
        "--stats", str(stats_path),
    ]  # fmt: skip
    if http_cache_dir is not None:
        command += ["--http-cache-dir", str(http_cache_dir)]
    if settings:
        command += ["--settings", json.dumps(settings)]
    started = time.monotonic()
    error: str | None = None
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with log_path.open("w", encoding="utf-8") as log:
        try:
            completed = subprocess.run(
                command,
                stdout=log,
                stderr=subprocess.STDOUT,
                timeout=timeout,
                env=env,
                check=False,
                preexec_fn=die_with_parent,
            )
            if completed.returncode != 0:
                # relative to the data dir: the reason is published, local paths are not
                error = (
                    f"crawl process exited with {completed.returncode} "
                    f"(see work/crawl/{log_path.name})"
                )
        except subprocess.TimeoutExpired:
            error = f"crawl killed after {timeout:.0f}s"
    summary = CrawlSummary(
        source_ids=[s.id for s in sources],
        fetched=[read_fetched(out_dir, s, urls[s.id], error) for s in sources],
        seconds=time.monotonic() - started,
        error=error,
    )
    if stats_path.exists():
        summary.stats = json.loads(stats_path.read_text(encoding="utf-8"))
    return summary
