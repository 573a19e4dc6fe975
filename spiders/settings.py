"""Scrapy settings for every allpaths crawl: polite by default.

Intergroup sites are run by volunteers on small hosting plans. We obey robots.txt, say who
we are and how to reach us, keep one request at a time per host and let AutoThrottle
slow down further when a server is slow. One process crawls many sources (a batch), so
politeness is per host inside it, while different hosts are fetched side by side.
"""

from __future__ import annotations

from pipeline.limits import DOWNLOAD_MAXSIZE, DOWNLOAD_WARNSIZE  # noqa: F401 - Scrapy settings

BOT_NAME = "allpaths"
SPIDER_MODULES = ["spiders.platforms"]
NEWSPIDER_MODULE = "spiders.platforms"

CONTACT_URL = "https://github.com/allpaths-data/allpaths"
USER_AGENT = f"allpaths/0.1 (+{CONTACT_URL}; open recovery-meeting directory data)"

ROBOTSTXT_OBEY = True
#: Requests in flight across all hosts of a batch; each host still gets one at a time.
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
DOWNLOAD_TIMEOUT = 60
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_ENABLED = True
RETRY_TIMES = 2
#: 401 and 403 are not here: a feed its owner restricted is respected, never retried.
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
#: The n-th retry waits RETRY_BACKOFF_BASE * 2**(n-1) s, at most RETRY_BACKOFF_MAX; a
#: server's Retry-After, when it gives one, is waited out instead, up to
#: pipeline.limits.RETRY_AFTER_MAX_SECONDS (spiders/retry_after.py).
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 60.0
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "spiders.retry_after.RetryAfterMiddleware": 550,
}
# DOWNLOAD_MAXSIZE / DOWNLOAD_WARNSIZE (imported above, figures in pipeline/limits.py)
# bound every body, also after gzip decompression: a gzip bomb is refused at the limit,
# never read whole into memory.

#: The download slot of `local:` sources (our own loopback server for the demo and
#: fixtures): one request at a time, no politeness delay towards ourselves.
LOCAL_SLOT = "allpaths-local"
DOWNLOAD_SLOTS = {LOCAL_SLOT: {"concurrency": 1, "delay": 0.0}}

# The HTTP cache is off for nightly runs (we want today's listings) and turned on with
# `allpaths run --http-cache DIR` for development and replay; HTTPCACHE_DIR must then
# be absolute because there is no scrapy.cfg project root.
HTTPCACHE_ENABLED = False
HTTPCACHE_EXPIRATION_SECS = 0
HTTPCACHE_IGNORE_HTTP_CODES = [500, 502, 503, 504, 408, 429]

# One broken site must never hold the night: the crawl closes itself after this long,
# and pipeline/crawl/process.py kills the process a little later if it has not.
CLOSESPIDER_TIMEOUT = 900

# A batch of hundreds of hosts needs no more threads than the default DNS pool.
REACTOR_THREADPOOL_MAXSIZE = 20
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
