"""One mapper per platform: a source's record to the common fields (`CommonFields`).

Each module keeps its platform's key variants as data and does only that platform's
conversions; the shared builder (ids, attendance, defaults, one meeting per day,
rejects, counters) is the same for all. BMLT's mapper also takes the server's format list.
"""

from __future__ import annotations

from pipeline.normalize.mappers import bmlt, html, meeting_guide
from pipeline.normalize.mappers.common import CommonFields, UnmappableRecord

#: platform -> mapper for platforms whose records need nothing beyond themselves.
#: BMLT (`bmlt`, `bmlt_export`) is mapped by `bmlt.map_record(raw, counters, formats)`.
SIMPLE_MAPPERS = {
    "meeting_guide": meeting_guide.map_record,
    "html": html.map_record,
}

__all__ = ["SIMPLE_MAPPERS", "CommonFields", "UnmappableRecord", "bmlt", "html", "meeting_guide"]
