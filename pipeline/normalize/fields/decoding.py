"""Bytes of a feed to text, with every invalid byte counted, never replaced silently.

For the payload reader: a feed with a few broken bytes is still read (each becomes
U+FFFD), but the count goes into the source's stats as `feed/invalid_bytes`, so a
maintainer sees that the source's encoding is off. The declared charset (HTTP
Content-Type) is used when Python knows it; otherwise UTF-8, the JSON default.
"""

from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass
from typing import Any

_ERRORS = "allpaths-count-invalid"
_state = threading.local()


def _count_and_replace(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    _state.invalid += error.end - error.start
    return "\ufffd", error.end


codecs.register_error(_ERRORS, _count_and_replace)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    invalid_bytes: int


def codec_of(declared: str | None) -> str:
    """The codec to read a body with: the declared charset when known, else UTF-8."""
    if declared:
        try:
            name = codecs.lookup(declared.strip().strip("\"'")).name
        except LookupError:
            return "utf-8"
        return "utf-8-sig" if name == "utf-8" else name
    return "utf-8-sig"


def decode_counted(body: bytes, declared: str | None = None) -> Decoded:
    """`body` as text; bytes invalid in its encoding become U+FFFD and are counted."""
    encoding = codec_of(declared)
    _state.invalid = 0
    text = body.decode(encoding, errors=_ERRORS)
    return Decoded(text=text, encoding=encoding, invalid_bytes=_state.invalid)


def charset_of(content_type: str | None) -> str | None:
    """The `charset=` parameter of an HTTP Content-Type header, if it declares one."""
    if not content_type:
        return None
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")
#: A JSON escape of a UTF-16 surrogate: the only way one reaches a parsed feed.
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def replace_lone_surrogates(value: Any) -> tuple[Any, int]:
    """`value` (parsed JSON) with every lone surrogate in a string or key made U+FFFD.

    JSON lets a feed escape half a character (`"\\ud800"`); Python keeps it, but no file
    format can store it, so a writer or exporter would fail on it and lose the record.
    Iterative, so a deeply nested value costs no recursion.
    """
    count = 0

    def fixed(text: str) -> str:
        nonlocal count
        text, n = _SURROGATE.subn("\ufffd", text)
        count += n
        return text

    if isinstance(value, str):
        return fixed(value), count
    root = [value]
    stack: list[list[Any] | dict[Any, Any]] = [root]
    while stack:
        container = stack.pop()
        if isinstance(container, list):
            for index, item in enumerate(container):
                if isinstance(item, str):
                    container[index] = fixed(item)
                elif isinstance(item, list | dict):
                    stack.append(item)
        else:
            for key in list(container):
                item = container[key]
                if isinstance(key, str) and _SURROGATE.search(key):
                    del container[key]
                    key = fixed(key)
                    container[key] = item
                if isinstance(item, str):
                    container[key] = fixed(item)
                elif isinstance(item, list | dict):
                    stack.append(item)
    return root[0], count
