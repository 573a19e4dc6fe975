"""The MAT stage with its decision cache: the same table as tagging every row, less work.

The reference is the per-row way (the engine on every row, reviews and queue over dicts);
the stage must give the same rows, queue and counts from the first night on, take every
decision of an unchanged night from the cache, and drop the cache when the rules change.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.carry.forward import carry_forward
from pipeline.mat import cache as cache_module
from pipeline.mat.cache import DECISION_KEY_SQL, DecisionCache, rules_modules, version_of
from pipeline.mat.queue import build_queue
from pipeline.mat.reviews import Review, apply_reviews
from pipeline.mat.stage import tag_table
from pipeline.mat.tagging import listing_text_hash, tag_rows
from pipeline.types import Tagged
from schemas.tables import MEETINGS_SCHEMA
from tests.release_builders import FIRST_NIGHT, demo_batches


@pytest.fixture(scope="module")
def carried(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's carried meetings, with one listing's text repeated under other ids."""
    work = tmp_path_factory.mktemp("carry")
    _, batches = demo_batches()
    path = Path(carry_forward(batches, None, FIRST_NIGHT, work / "carried.parquet").meetings_path)
    table = pq.read_table(path)
    copies = table.slice(0, 3)
    ids = pa.array([f"copy-{n}" for n in range(3)])
    copies = copies.set_column(table.schema.get_field_index("meeting_id"), "meeting_id", ids)
    pq.write_table(pa.concat_tables([table, copies]), path)
    return path


def reviews_for(carried: Path) -> list[Review]:
    rows = pq.read_table(carried).to_pylist()
    friendly = next(r for r in tag_rows(rows) if r["mat_status"] == "friendly")
    other = rows[5]
    return [
        Review(friendly["meeting_id"], "restricted", "no chairing", "Sam", "2026-11-24",
               listing_text_hash(friendly), "mat.csv", 2),
        Review(other["meeting_id"], "unfriendly", "said so", "Ann", "2026-11-24",
               "000000000000", "mat.csv", 3),  # text changed since
        Review("gone", "friendly", "old", "Ann", "2026-01-01", None, "mat.csv", 4),
    ]  # fmt: skip


def reference(carried: Path, reviews: list[Review]) -> tuple[list[dict[str, Any]], list[Any]]:
    """Every row through the engine, then the reviews and the queue over dicts."""
    rows = tag_rows(pq.read_table(carried).to_pylist())
    outcome = apply_reviews(rows, reviews)
    # stale rows (a stale root server of the demo export) are never new, as in the stage
    stale = {r["meeting_id"] for r in outcome.meetings if r["stale"]}
    queue = build_queue(
        outcome.meetings, previous_ids=stale, text_changed=set(outcome.text_changed)
    )
    return outcome.meetings, [[r["meeting_id"], r["queue_reason"]] for r in queue]


def tag(carried: Path, work: Path, reviews: list[Review], cache: Path | None) -> Tagged:
    work.mkdir(parents=True, exist_ok=True)
    return tag_table(carried, work / "tagged.parquet", work / "queue.csv", reviews, cache)


def published(path: Path) -> list[dict[str, Any]]:
    return pq.read_table(path).select(MEETINGS_SCHEMA.names).cast(MEETINGS_SCHEMA).to_pylist()


def queued(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [[r["meeting_id"], r["queue_reason"]] for r in csv.DictReader(handle)]


def test_the_stage_tags_like_the_engine_row_by_row(carried: Path, tmp_path: Path) -> None:
    reviews = reviews_for(carried)
    rows, queue = reference(carried, reviews)
    tagged = tag(carried, tmp_path / "n1", reviews, tmp_path / "state")
    assert published(Path(tagged.meetings_path)) == rows
    assert queued(Path(tagged.queue_path)) == queue and tagged.queue_rows == len(queue)
    statuses: dict[str, int] = {}
    for row in rows:
        statuses[row["mat_status"]] = statuses.get(row["mat_status"], 0) + 1
    assert tagged.mat == statuses
    assert tagged.reviews["applied"] == 2
    assert [o["meeting_id"] for o in tagged.reviews["orphaned"]] == ["gone"]
    assert tagged.reviews["text_changed"] == [reviews[1].meeting_id]
    # each distinct listing decided once, the three copies included
    assert tagged.cache["rows"] == len(rows)
    assert tagged.cache["decided"] == tagged.cache["listings"] < len(rows) - 2
    assert tagged.cache["from_cache"] == tagged.cache["rows_from_cache"] == 0


def test_an_unchanged_night_decides_nothing_again(carried: Path, tmp_path: Path) -> None:
    reviews = reviews_for(carried)
    state = tmp_path / "state"
    first = tag(carried, tmp_path / "n1", reviews, state)
    second = tag(carried, tmp_path / "n2", reviews, state)
    assert second.cache["decided"] == 0
    assert second.cache["from_cache"] == first.cache["listings"]
    assert second.cache["rows_from_cache"] == first.cache["rows"]
    assert published(Path(second.meetings_path)) == published(Path(first.meetings_path))
    assert queued(Path(second.queue_path)) == queued(Path(first.queue_path))
    assert [p.name for p in (state).iterdir()] == [
        f"decisions-{second.cache['rules_version']}.parquet"
    ]


def test_a_cached_decision_is_what_the_stage_publishes(carried: Path, tmp_path: Path) -> None:
    """The cache is really read: a decision planted under a listing's key comes out."""
    state = tmp_path / "state"
    tag(carried, tmp_path / "n1", [], state)
    (path,) = state.iterdir()
    decisions = pq.read_table(path).to_pylist()
    (key,) = duckdb.sql(
        f"SELECT {DECISION_KEY_SQL} FROM read_parquet('{carried}') LIMIT 1"
    ).fetchall()
    for row in decisions:
        if row["decision_key"] == key[0]:
            row.update(mat_status="unfriendly", mat_evidence=["planted"], mat_decided_by="rule")
    pq.write_table(pa.Table.from_pylist(decisions, schema=pq.read_schema(path)), path)
    tagged = tag(carried, tmp_path / "n2", [], state)
    first_row = published(Path(tagged.meetings_path))[0]
    assert (first_row["mat_status"], first_row["mat_evidence"]) == ("unfriendly", ["planted"])


def test_new_rules_are_never_served_old_decisions(
    carried: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = tmp_path / "state"
    first = tag(carried, tmp_path / "n1", [], state)
    monkeypatch.setattr(cache_module, "rules_version", lambda: "feedfacefeedface")
    second = tag(carried, tmp_path / "n2", [], state)
    assert second.cache["from_cache"] == 0
    assert second.cache["decided"] == first.cache["listings"]
    assert second.cache["replaced_versions"] == 1
    assert [p.name for p in state.iterdir()] == ["decisions-feedfacefeedface.parquet"]


def test_the_rules_version_follows_the_rules_content(tmp_path: Path) -> None:
    modules = rules_modules()
    for name in ("engine", "frame", "guard", "lexicon", "rules", "scope", "tagging"):
        assert f"pipeline.mat.{name}" in modules
    assert "schemas.vocab" in modules
    copies = {}
    for name, path in modules.items():
        copies[name] = tmp_path / path.name
        shutil.copyfile(path, copies[name])
    assert version_of(copies) == version_of(modules) == cache_module.rules_version()
    lexicon = copies["pipeline.mat.lexicon"]
    lexicon.write_text(lexicon.read_text().replace("methadone", "methadone|metadona", 1))
    assert version_of(copies) != version_of(modules)


def test_a_retrained_learned_reader_is_a_new_rules_version(tmp_path: Path) -> None:
    modules = rules_modules()
    assert "pipeline.mat.learned.reading" in modules
    weights = tmp_path / "weights.npz"
    shutil.copyfile(cache_module.RULES_DATA[0], weights)
    assert version_of(modules, (weights,)) == version_of(modules)
    weights.write_bytes(weights.read_bytes() + b"\0")
    assert version_of(modules, (weights,)) != version_of(modules)


def test_the_key_reads_exactly_what_the_engine_reads() -> None:
    def key(**fields: Any) -> str:
        row = {"fellowship": "NA", "name": "Hope", "group_name": None, "notes": "MAT ok",
               "location_name": "Church", "source_types": [], "types": ["O"],
               "meeting_id": "a"} | fields  # fmt: skip
        db = duckdb.connect()
        db.register(
            "listing",
            pa.Table.from_pylist([row], schema=pa.schema([MEETINGS_SCHEMA.field(n) for n in row])),
        )
        ((found,),) = db.sql(f"SELECT {DECISION_KEY_SQL} FROM listing").fetchall()
        return str(found)

    base = key()
    assert key(meeting_id="b") == base  # the id is not read
    assert key(source_types=["O"], types=["X"]) == base  # source_types before types
    assert key(source_types=None) == base
    for field, value in (
        ("fellowship", "AA"),
        ("name", "Hope!"),
        ("group_name", ""),
        ("notes", "MAT  ok"),
        ("location_name", None),
        ("types", ["C"]),
    ):
        assert key(**{field: value}) != base, field  # fmt: skip
    assert key(name="a", notes="b") != key(name="ab", notes=None)


def test_no_cache_folder_keeps_nothing(carried: Path, tmp_path: Path) -> None:
    tagged = tag(carried, tmp_path / "n1", [], None)
    assert tagged.cache["enabled"] is False and tagged.cache["decided"] > 0
    assert DecisionCache(tmp_path / "state").exists() is False
