"""URLs of a BMLT root server's semantic API, built the way its operators ask.

Every request names the caller with `callingApp=` (browsers and some HTTP stacks cannot
set a User-Agent, so the BMLT project asks for both), a search can be limited to service
bodies, and results are sorted by id so paged answers neither repeat nor skip meetings
(bmlt-enabled/aggregator docs/responsible-use.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from urllib.parse import urlencode, urlsplit, urlunsplit

#: What allpaths calls itself in `callingApp=`.
CALLING_APP = "allpaths"

CLIENT_INTERFACE = "client_interface/json/"


def root_url(url: str) -> str:
    """A root server's base URL from any URL under it (a client_interface URL, a page)."""
    parts = urlsplit(url.strip())
    path = parts.path
    marker = path.find("client_interface")
    if marker >= 0:
        path = path[:marker]
    if not path.endswith("/"):
        path += "/"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def semantic_url(
    root: str,
    switcher: str,
    params: Sequence[tuple[str, str]] = (),
    *,
    calling_app: str = CALLING_APP,
) -> str:
    """`<root>client_interface/json/?switcher=...&...&callingApp=...`."""
    query = urlencode([("switcher", switcher), *params, ("callingApp", calling_app)])
    return f"{root_url(root)}{CLIENT_INTERFACE}?{query}"


def search_results_url(
    root: str,
    service_body_ids: Iterable[str | int] = (),
    *,
    recursive: bool = True,
    calling_app: str = CALLING_APP,
) -> str:
    """GetSearchResults for the whole server, or for some service bodies (and below them)."""
    params: list[tuple[str, str]] = [("services[]", str(i)) for i in service_body_ids]
    if params and recursive:
        params.append(("recursive", "1"))
    params.append(("sort_keys", "id_bigint"))
    return semantic_url(root, "GetSearchResults", params, calling_app=calling_app)


def formats_url(root: str, *, calling_app: str = CALLING_APP) -> str:
    return semantic_url(root, "GetFormats", calling_app=calling_app)


def service_bodies_url(root: str, *, calling_app: str = CALLING_APP) -> str:
    return semantic_url(root, "GetServiceBodies", calling_app=calling_app)


def server_info_url(root: str, *, calling_app: str = CALLING_APP) -> str:
    return semantic_url(root, "GetServerInfo", calling_app=calling_app)
