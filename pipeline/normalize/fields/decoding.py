"""Bytes of a feed to text, with every invalid byte counted, never replaced silently.

For the payload reader: a feed with a few broken bytes is still read (each becomes
U+FFFD), but the count goes into the source's stats as `feed/invalid_bytes`, so a
maintainer sees that the source's encoding is off. The declared charset (HTTP
Content-Type) is used when Python knows it; otherwise UTF-8, the JSON default.
"""

from __future__ import annotations

import codecs
import threading
from dataclasses import dataclass

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
