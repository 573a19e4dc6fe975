"""A BMLT server's format list: what each local format key or id means, by world id.

Keys are per server and per language ("WC" in New York, "Beh" in Berlin), and two servers
in one aggregator export may use the same key for different formats, so a meeting's
formats are resolved by id first (`format_shared_id_list`), by key second, and within
the meeting's own root server when the list spans several.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pipeline.normalize.fields.types import FormatRef
from pipeline.normalize.mappers.common import KeyVariants, first

#: A format object's keys as GetFormats, the database and exports spell them.
FORMAT_KEYS: KeyVariants = {
    "id": ("id", "shared_id_bigint", "shared_id", "format_id"),
    "key": ("key_string", "key"),
    "world_id": ("world_id", "worldid_mixed", "world_id_mixed"),
    "name": ("name_string", "name"),
    "lang": ("lang", "lang_enum"),
    "type": ("format_type_enum", "type"),
    "root_server_id": ("root_server_id", "rootServerId"),
}


@dataclass(frozen=True)
class BmltFormat:
    id: str | None
    key: str
    world_id: str | None = None
    name: str | None = None
    lang: str | None = None
    type: str | None = None
    root_server_id: str | None = None

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> BmltFormat | None:
        """A format object as a server sends it; None when it has no key (unusable)."""
        key = first(value, FORMAT_KEYS, "key")
        if key is None:
            return None

        def text(name: str) -> str | None:
            found = first(value, FORMAT_KEYS, name)
            return str(found).strip() if found is not None else None

        return cls(
            id=text("id"),
            key=str(key).strip(),
            world_id=text("world_id"),
            name=text("name"),
            lang=text("lang"),
            type=text("type"),
            root_server_id=text("root_server_id"),
        )


def split_list(value: object) -> list[str]:
    """A comma-separated BMLT list ("O,B,WC"); empty parts kept out."""
    if value is None:
        return []
    return [part.strip() for part in str(value).split(",") if part.strip()]


class FormatCatalog:
    """Formats indexed by (root server, id) and (root server, key); None = any server."""

    def __init__(self, formats: Iterable[BmltFormat]) -> None:
        self.by_id: dict[tuple[str | None, str], BmltFormat] = {}
        self.by_key: dict[tuple[str | None, str], BmltFormat] = {}
        self.by_folded_key: dict[tuple[str | None, str], BmltFormat] = {}
        self.count = 0
        for fmt in formats:
            self.count += 1
            for root in {fmt.root_server_id, None}:
                if fmt.id is not None:
                    self.by_id.setdefault((root, fmt.id), fmt)
                self.by_key.setdefault((root, fmt.key), fmt)
                self.by_folded_key.setdefault((root, fmt.key.casefold()), fmt)

    @classmethod
    def from_json(cls, data: object) -> FormatCatalog:
        """From GetFormats (a list), a search answer's `formats`, or an export's list."""
        if isinstance(data, Mapping):
            data = data.get("formats", [])
        if not isinstance(data, list):
            raise ValueError(f"format list is a JSON {type(data).__name__}, not an array")
        parsed = (BmltFormat.from_json(f) for f in data if isinstance(f, Mapping))
        return cls(f for f in parsed if f is not None)

    def merged(self, other: FormatCatalog) -> FormatCatalog:
        """This list with another's entries added (GetFormats plus a search's `formats`)."""
        return FormatCatalog([*self.formats(), *other.formats()])

    def formats(self) -> list[BmltFormat]:
        return list({id(f): f for f in (*self.by_id.values(), *self.by_key.values())}.values())

    def _lookup(
        self, table: dict[tuple[str | None, str], BmltFormat], root: str | None, value: str
    ) -> BmltFormat | None:
        return table.get((root, value)) or (table.get((None, value)) if root else None)

    def resolve(
        self, keys: object, ids: object, root_server_id: str | None = None
    ) -> list[FormatRef]:
        """A meeting's `formats` and `format_shared_id_list` as format references.

        Ids are used when they line up with the keys one for one; a key or id the list
        does not hold comes back with `known=False` so it is kept and counted.
        """
        key_list, id_list = split_list(keys), split_list(ids)
        if not key_list:  # a trimmed answer may carry only the ids
            found = [self._lookup(self.by_id, root_server_id, i) for i in id_list]
            return [self._ref(f.key if f else i, f) for i, f in zip(id_list, found, strict=True)]
        paired = len(id_list) == len(key_list)
        refs: list[FormatRef] = []
        for index, key in enumerate(key_list):
            fmt = self._lookup(self.by_id, root_server_id, id_list[index]) if paired else None
            fmt = (
                fmt
                or self._lookup(self.by_key, root_server_id, key)
                or self._lookup(self.by_folded_key, root_server_id, key.casefold())
            )
            refs.append(self._ref(key, fmt))
        return refs

    @staticmethod
    def _ref(key: str, fmt: BmltFormat | None) -> FormatRef:
        if fmt is None:
            return FormatRef(key=key, known=False)
        return FormatRef(key=key, world_id=fmt.world_id or None, name=fmt.name, type=fmt.type)
