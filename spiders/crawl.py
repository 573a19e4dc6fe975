"""Crawl a batch of sources in this process: `python -m spiders.crawl --batch FILE --out DIR`.

Twisted's reactor cannot restart, so `pipeline/crawl/process.py` starts a process per
batch, not per source: hundreds of sources share one Scrapy process, whose per-domain
concurrency, AutoThrottle and robots.txt keep the crawl polite to every host at once.
Each source's response lands in `--out` (see spiders/payload.py); Scrapy's stats go to
`--stats`.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from spiders.payload import read_batch
from spiders.platforms import SPIDERS


def crawl_settings(
    http_cache_dir: Path | None, overrides: dict[str, Any] | None = None
) -> Settings:
    settings = Settings()
    settings.setmodule("spiders.settings", priority="project")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    if http_cache_dir is not None:
        settings.set("HTTPCACHE_ENABLED", True, priority="cmdline")
        settings.set("HTTPCACHE_DIR", str(http_cache_dir.resolve()), priority="cmdline")
    return settings


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, int | float | str | bool) or value is None:
        return value
    return str(value)


def run(
    batch: Path,
    out_dir: Path,
    stats_path: Path,
    http_cache_dir: Path | None = None,
    overrides: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Crawl every source of `batch`, one crawler per spider class, all in one reactor."""
    platforms: dict[type[scrapy.Spider], list[str]] = defaultdict(list)
    for entry in read_batch(batch):
        spider_class = SPIDERS[entry.source.platform]
        if entry.source.platform not in platforms[spider_class]:
            platforms[spider_class].append(entry.source.platform)
    process = CrawlerProcess(crawl_settings(http_cache_dir, overrides), install_root_handler=True)
    crawlers = []
    for spider_class, names in platforms.items():
        crawler = process.create_crawler(spider_class)
        process.crawl(crawler, batch=str(batch), out_dir=str(out_dir), platforms=",".join(names))
        crawlers.append(crawler)
    process.start()
    stats: dict[str, Any] = {}
    for crawler in crawlers:
        for key, value in (crawler.stats.get_stats() if crawler.stats else {}).items():
            if isinstance(value, int | float) and isinstance(stats.get(key), int | float):
                stats[key] += value
            else:
                stats[key] = value
    stats = _jsonable(stats)
    stats_path.write_text(json.dumps(stats, indent=2, sort_keys=True), encoding="utf-8")
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--batch", required=True, type=Path, help="JSON list of sources")
    parser.add_argument("--out", required=True, type=Path, help="folder for the payloads")
    parser.add_argument("--stats", required=True, type=Path)
    parser.add_argument("--http-cache-dir", type=Path)
    parser.add_argument(
        "--settings", type=json.loads, default={}, help="JSON object of Scrapy settings"
    )
    args = parser.parse_args(argv)
    run(args.batch, args.out, args.stats, args.http_cache_dir, args.settings)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
