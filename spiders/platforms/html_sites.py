"""Site readers for HTML directories: configuration of `HtmlTableSite`, nothing more.

A new site is a subclass here (selectors, labels, a legend, `_parse_<field>` hooks where
its page is odd), its platform name in `schemas.sources.HTML_PLATFORMS`, and a test on a
saved page. The crawl stores the page like any payload; normalize reads it with the site.
"""

from __future__ import annotations

from typing import ClassVar

from spiders.platforms.html_table import HtmlTableSite


class CedarValleySite(HtmlTableSite):
    """Cedar Valley Intergroup (the embedded demo, demo/html/cedar-valley-meetings.html):
    one table per day under an <h2> day heading, codes spelled out in a <dl> legend."""

    platform = "html_cedar_valley"
    table_selector = "table.meetings"
    legend_selector = "dl.legend"
    types_legend: ClassVar[dict[str, str]] = {"H": "X", "SP-ESP": "S", "ONL": "ONL"}


#: platform -> the site reader of its sources' pages.
HTML_SITES: dict[str, type[HtmlTableSite]] = {site.platform: site for site in (CedarValleySite,)}
