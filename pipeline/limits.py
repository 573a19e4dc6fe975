"""Every bound a night keeps against hostile or broken sources, in one documented place.

Feeds are written by volunteers and served from small hosting plans. A feed that is
huge, slow, asks us to come back later, or makes a stage work forever must cost only
itself: its source fails with the reason and keeps its last good meetings (stale), and
the rest of the night goes on. The README's Reliability section lists these figures.
"""

from __future__ import annotations

MIB = 1024 * 1024

#: A response larger than this (after decompression) is refused: the crawl cancels the
#: download and the source fails with "response larger than the 64 MiB download limit".
#: The largest feed in the shared corpus is 2.3 MB; a national BMLT export ~30 MB.
DOWNLOAD_MAXSIZE = 64 * MIB
#: Above this, the crawl logs a warning naming the source (it is still read).
DOWNLOAD_WARNSIZE = 16 * MIB

#: A 429 or 503 with `Retry-After` is retried after that many seconds when it is at most
#: this long; a longer wait fails the source at once with the server's figure, rather
#: than holding the night for it.
RETRY_AFTER_MAX_SECONDS = 120.0

#: A source's normalization (reading its payload and mapping every record) stops after
#: this long; the source fails alone ("normalizing took longer than ...").
SOURCE_NORMALIZE_SECONDS = 300.0
#: The Prefect task that normalizes one source is cut off after this long, as a backstop
#: to the cooperative limit above (a reader that never returns control).
SOURCE_TASK_TIMEOUT_SECONDS = 600.0

#: Whole-table stages (carry forward, MAT tagging, changelog, publish) are cut off after
#: this long by Prefect; the run then fails and the last good release stays published.
STAGE_TIMEOUT_SECONDS = 3600.0
