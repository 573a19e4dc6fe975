"""Site spiders for HTML directories: configuration of `HtmlTableSpider`, nothing more."""

from __future__ import annotations

from typing import ClassVar

from spiders.platforms.html_table import HtmlTableSpider


class CedarValleySpider(HtmlTableSpider):
    """Cedar Valley Intergroup (the embedded demo, demo/html/cedar-valley-meetings.html):
    one table per day under an <h2> day heading, codes spelled out in a <dl> legend."""

    platform = "html_cedar_valley"
    name = "html_cedar_valley"
    table_selector = "table.meetings"
    legend_selector = "dl.legend"
    types_legend: ClassVar[dict[str, str]] = {"H": "X", "SP-ESP": "S", "ONL": "ONL"}
