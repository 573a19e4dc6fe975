"""Rows of HTML directory pages (spiders/platforms/html_table.py) to common fields.

The table spider already shapes a row like a Meeting Guide object, with the site's
codes translated through its legend in `types` and the codes as printed kept in
`source_types`; this mapper reads it with the Meeting Guide keys and restores the
site's own codes as the originals.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from pipeline.normalize.fields.types import split_codes
from pipeline.normalize.mappers import meeting_guide
from pipeline.normalize.mappers.common import CommonFields


def map_record(
    raw: Mapping[str, Any], counters: Counter[str], context: object = None
) -> CommonFields:
    fields = meeting_guide.map_record(raw, counters)
    printed = split_codes(raw.get("source_types"))
    if printed:
        fields.types.source_types = printed
    return fields
