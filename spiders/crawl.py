"""Run one source's crawl in this process: `python -m spiders.crawl --source JSON ...`.

Twisted's reactor cannot restart, so `pipeline/crawl/process.py` starts one process per crawl
(as All The Places does); a broken site then costs only its own process.
Items go to a JSON Lines file, Scrapy's stats to a JSON file beside it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from schemas.sources import SourceConfig
from spiders.platforms import SPIDERS


def crawl_settings(items_path: Path, http_cache_dir: Path | None) -> Settings:
    settings = Settings()
    settings.setmodule("spiders.settings", priority="project")
    settings.set(
        "FEEDS",
        {
            items_path.resolve().as_uri(): {
                "format": "jsonlines",
                "encoding": "utf8",
                "overwrite": True,
            }
        },
        priority="cmdline",
    )
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
    source: SourceConfig,
    url: str,
    items_path: Path,
    stats_path: Path,
    http_cache_dir: Path | None = None,
) -> dict[str, Any]:
    spider_class = SPIDERS[source.platform]
    items_path.parent.mkdir(parents=True, exist_ok=True)
    items_path.write_text("", encoding="utf-8")
    process = CrawlerProcess(crawl_settings(items_path, http_cache_dir), install_root_handler=True)
    crawler = process.create_crawler(spider_class)
    process.crawl(crawler, source=source.model_dump_json(), url=url)
    process.start()
    stats = _jsonable(crawler.stats.get_stats() if crawler.stats else {})
    stats_path.write_text(json.dumps(stats, indent=2, sort_keys=True), encoding="utf-8")
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", required=True, help="the source's config as JSON")
    parser.add_argument("--url", required=True, help="the URL to fetch (local: URLs resolved)")
    parser.add_argument("--items", required=True, type=Path)
    parser.add_argument("--stats", required=True, type=Path)
    parser.add_argument("--http-cache-dir", type=Path)
    args = parser.parse_args(argv)
    run(
        SourceConfig.model_validate_json(args.source),
        args.url,
        args.items,
        args.stats,
        args.http_cache_dir,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
