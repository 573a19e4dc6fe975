"""The guard every file a user hands the pipeline passes before it is parsed.

Sources and review files are edited by hand, saved by spreadsheets in odd encodings, and
sometimes are not the file the user meant (a PDF, a 50 MB export). Each of those must
come back as one sentence naming the file, and the line where there is one, never as a
traceback from tomllib, csv or the decoder.
"""

from __future__ import annotations

from pathlib import Path

#: Largest file read (bytes); a sources or review file is a few kilobytes.
MAX_FILE_BYTES = 5_000_000
#: Longest line (characters): far above any real entry, far below what stalls a parser.
MAX_LINE_CHARS = 10_000


class UserFileError(ValueError):
    """A user's file that cannot be read, with the file (and line) named."""


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def read_user_text(
    path: Path,
    kind: str,
    *,
    error: type[ValueError] = UserFileError,
    max_line_chars: int = MAX_LINE_CHARS,
) -> str:
    """The text of a hand-edited file, UTF-8 (a BOM is allowed), checked to be text.

    `kind` names the file in messages ("sources file", "review file"); `error` is the
    exception type the caller's users already catch.
    """
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise error(f"{path}: is not a file")
        if size > MAX_FILE_BYTES:
            raise error(
                f"{path}: {size:,} bytes is too large for a {kind} "
                f"(at most {MAX_FILE_BYTES:,}); is it the right file?"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise error(f"{path}: no such {kind}") from None
    except IsADirectoryError:
        raise error(f"{path}: is a folder, not a {kind}") from None
    except PermissionError:
        raise error(f"{path}: cannot be read (permission denied)") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise error(f"{path}:1: is UTF-16; save the {kind} as UTF-8")
    if b"\x00" in data:
        line = _line_of(data, data.index(b"\x00"))
        raise error(f"{path}:{line}: is a binary file (NUL byte), not a {kind}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = _line_of(data, exc.start)
        raise error(
            f"{path}:{line}: is not UTF-8 (byte 0x{data[exc.start]:02x}); save the {kind} as UTF-8"
        ) from None
    for number, line_text in enumerate(text.splitlines(), start=1):
        if len(line_text) > max_line_chars:
            raise error(
                f"{path}:{number}: line is {len(line_text):,} characters long "
                f"(at most {max_line_chars:,} in a {kind})"
            )
    return text
