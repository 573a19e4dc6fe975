"""Run a source's crawl in its own process and read back what it yielded.

A crawl that crashes, hangs or is killed becomes a failed source with a reason; it never
takes the run down with it.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from pipeline.types import CrawlResult
from schemas.raw import CRAWL_ITEM, FeedProblem, RawRecord
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


def read_items(path: Path) -> list[RawRecord | FeedProblem]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [CRAWL_ITEM.validate_json(line) for line in handle if line.strip()]


def run_crawl(
    source: SourceConfig,
    url: str,
    work_dir: Path,
    *,
    http_cache_dir: Path | None = None,
    timeout: float = HARD_TIMEOUT_SECONDS,
) -> CrawlResult:
    """Crawl `url` for `source` in a subprocess; items and stats land in `work_dir`."""
    work_dir.mkdir(parents=True, exist_ok=True)
    items_path = work_dir / f"{source.id}.items.jsonl"
    stats_path = work_dir / f"{source.id}.stats.json"
    log_path = work_dir / f"{source.id}.crawl.log"
    command = [
        sys.executable, "-m", "spiders.crawl",
        "--source", source.model_dump_json(),
        "--url", url,
        "--items", str(items_path),
        "--stats", str(stats_path),
    ]  # fmt: skip
    if http_cache_dir is not None:
        command += ["--http-cache-dir", str(http_cache_dir)]
    started = time.monotonic()
    result = CrawlResult(source_id=source.id, url=url)
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
                result.error = f"crawl process exited with {completed.returncode} (see {log_path})"
        except subprocess.TimeoutExpired:
            result.error = f"crawl killed after {timeout:.0f}s"
    result.seconds = time.monotonic() - started
    result.items = read_items(items_path)
    if stats_path.exists():
        result.stats = json.loads(stats_path.read_text(encoding="utf-8"))
    return result
