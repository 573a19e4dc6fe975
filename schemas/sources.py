"""The sources file: which listings to crawl, and the defaults their feeds lack.

A maintainer edits this file by hand, so every mistake must come back as one sentence
naming the file and the entry, never as a pydantic traceback.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from schemas.carry import CarryConfig
from schemas.files import read_user_text
from schemas.geocoder import GeocoderConfig
from schemas.vocab import FELLOWSHIPS, canonical_fellowship

#: HTML directory sites, one platform per site (its reader: spiders/platforms/html_sites.py).
HTML_PLATFORMS: tuple[str, ...] = ("html_cedar_valley",)
#: Platforms with a spider. Kept here (not imported from spiders/) so the schema has no
#: dependency on Scrapy; a test checks it matches the spider registry.
KNOWN_PLATFORMS: tuple[str, ...] = ("meeting_guide", "bmlt", "bmlt_export", *HTML_PLATFORMS)

#: URLs with this scheme name a file beside the sources file, served over HTTP by a local
#: server for the length of the crawl (the embedded demo and test fixtures use it).
LOCAL_SCHEME = "local:"

SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class SourcesFileError(ValueError):
    """A sources file that cannot be used, with the file and entry named."""


class SourceConfig(BaseModel):
    """One source as the sources file declares it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, Field(min_length=1, max_length=64)]
    platform: str
    url: str
    fellowship: str = "other"
    timezone: str | None = None
    country: Annotated[str | None, Field(min_length=2, max_length=2)] = None
    #: `bmlt` only: crawl just these service bodies (and those below them), not the server
    service_body_ids: tuple[Annotated[str, Field(pattern=r"^\d{1,12}$")], ...] = ()
    enabled: bool = True
    name: str | None = None
    #: Dedupe keeps the listing of the highest-priority source when several list one
    #: meeting (higher wins). Unset: by platform, a source closer to the group first
    #: (`pipeline/dedupe/rules.py` DEFAULT_PRIORITY_BY_PLATFORM: an area's own Meeting
    #: Guide feed or HTML directory 50, a BMLT server 40, NA's aggregator export 10).
    priority: Annotated[int | None, Field(ge=0, le=1000)] = None

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not SLUG.match(value):
            raise ValueError("must be a slug: lower-case letters, digits, '-' or '_'")
        return value

    @field_validator("platform")
    @classmethod
    def _known_platform(cls, value: str) -> str:
        if value not in KNOWN_PLATFORMS:
            raise ValueError(f"unknown platform {value!r} (known: {', '.join(KNOWN_PLATFORMS)})")
        return value

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not (value.startswith(("http://", "https://")) or value.startswith(LOCAL_SCHEME)):
            raise ValueError(f"url must be http(s):// or {LOCAL_SCHEME}<path>, got {value!r}")
        return value

    @field_validator("fellowship")
    @classmethod
    def _fellowship(cls, value: str) -> str:
        canonical = canonical_fellowship(value)
        if canonical is None:
            raise ValueError(f"unknown fellowship {value!r} (known: {', '.join(FELLOWSHIPS)})")
        return canonical

    @field_validator("timezone")
    @classmethod
    def _iana(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"timezone must be an IANA name such as America/Chicago, got {value!r}"
            ) from None
        return value

    @field_validator("country")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        return value.upper() if value else None

    @property
    def is_local(self) -> bool:
        return self.url.startswith(LOCAL_SCHEME)

    @property
    def local_path(self) -> str:
        return self.url.removeprefix(LOCAL_SCHEME).lstrip("/")


class SourcesFile(BaseModel):
    """A parsed sources file, remembering where it lives so `local:` URLs resolve beside it."""

    model_config = ConfigDict(frozen=True)

    path: Path
    sources: tuple[SourceConfig, ...]
    geocoder: GeocoderConfig = GeocoderConfig()
    carry: CarryConfig = CarryConfig()

    @property
    def enabled(self) -> tuple[SourceConfig, ...]:
        return tuple(s for s in self.sources if s.enabled)

    @property
    def base_dir(self) -> Path:
        return self.path.parent


def _describe_error(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item["loc"]) or "entry"
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "unknown key (allowed: " + ", ".join(SourceConfig.model_fields) + ")"
        parts.append(f"{where}: {message}")
    return "; ".join(parts)


def _toml_kind(value: object) -> str:
    kinds = {str: "a string", int: "a number", float: "a number", bool: "true/false",
             list: "an array"}  # fmt: skip
    return kinds.get(type(value), "a date or time")


def load_sources(path: Path) -> SourcesFile:
    """Read and validate a sources file; raise `SourcesFileError` naming file and entry."""
    text = read_user_text(path, "sources file", error=SourcesFileError)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SourcesFileError(f"{path}: not valid TOML: {exc}") from None
    unknown = set(document) - {"source", "geocoder", "carry"}
    if unknown:
        raise SourcesFileError(
            f"{path}: unknown top-level key(s) {sorted(unknown)}; list sources as [[source]] tables"
        )
    entries = document.get("source", [])
    if not isinstance(entries, list):
        raise SourcesFileError(
            f"{path}: source is {_toml_kind(entries)}, not a list of [[source]] tables"
        )
    if not entries:
        raise SourcesFileError(f"{path}: no [[source]] entries")
    sources: list[SourceConfig] = []
    seen: dict[str, int] = {}
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise SourcesFileError(
                f"{path}: source #{number} is {_toml_kind(entry)}, not a table; "
                "write each source as a [[source]] table of keys"
            )
        label = f"source #{number}" + (f" (id {entry.get('id')!r})" if "id" in entry else "")
        try:
            source = SourceConfig.model_validate(entry)
        except ValidationError as exc:
            raise SourcesFileError(f"{path}: {label}: {_describe_error(exc)}") from None
        if source.id in seen:
            raise SourcesFileError(
                f"{path}: {label}: duplicate id {source.id!r} "
                f"(first used by source #{seen[source.id]})"
            )
        seen[source.id] = number
        sources.append(source)
    try:
        geocoder = GeocoderConfig.model_validate(document.get("geocoder", {}))
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'geocoder'}: "
            + e["msg"].removeprefix("Value error, ")
            for e in exc.errors()
        )
        raise SourcesFileError(f"{path}: [geocoder]: {problems}") from None
    carry = _carry_table(path, document.get("carry", {}))
    return SourcesFile(path=path.resolve(), sources=tuple(sources), geocoder=geocoder, carry=carry)


def _carry_table(path: Path, table: object) -> CarryConfig:
    """The `[carry]` policy table (schemas/carry.py); a mistake names the file and key."""
    if not isinstance(table, dict):
        raise SourcesFileError(f"{path}: carry is {_toml_kind(table)}, not a [carry] table")
    try:
        return CarryConfig.model_validate(table)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'carry'}: "
            + (
                "unknown key (allowed: " + ", ".join(CarryConfig.model_fields) + ")"
                if e["type"] == "extra_forbidden"
                else e["msg"].removeprefix("Value error, ")
            )
            for e in exc.errors()
        )
        raise SourcesFileError(f"{path}: [carry]: {problems}") from None
