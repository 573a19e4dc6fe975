"""The published meetings table checked against the contract once, at publish.

The checks are derived from the pydantic model `schemas.meeting.Meeting` (the contract):
a required field may not be null, a `Literal` field holds one of its values, a `ge`/`le`
bound holds. They run as one DuckDB scan of meetings.parquet instead of validating
every row as a Python object in every stage. A violation is a bug upstream, so the
release is refused, naming the column, the rule, how many rows and one example.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from annotated_types import Ge, Le

from pipeline.duck import connect, sql_text
from schemas.meeting import Meeting


class ContractViolation(ValueError):
    """Rows of the meetings table that break the data contract."""


@dataclass(frozen=True)
class Check:
    column: str
    rule: str
    failing: str  # SQL condition true for a violating row


def _literal_values(annotation: Any) -> tuple[Any, ...] | None:
    if get_origin(annotation) is Literal:
        return get_args(annotation)
    if get_origin(annotation) in (typing.Union, types.UnionType):
        for arg in get_args(annotation):
            values = _literal_values(arg)
            if values is not None:
                return values
    return None


def _optional(annotation: Any) -> bool:
    return get_origin(annotation) in (typing.Union, types.UnionType) and type(None) in get_args(
        annotation
    )


def contract_checks() -> list[Check]:
    checks: list[Check] = []
    for name, field in Meeting.model_fields.items():
        column = f'"{name}"'
        if not _optional(field.annotation):
            checks.append(Check(name, "not null", f"{column} IS NULL"))
        values = _literal_values(field.annotation)
        if values is not None:
            allowed = ", ".join(sql_text(str(v)) for v in values)
            checks.append(Check(name, f"one of {values}", f"{column} NOT IN ({allowed})"))
        for bound in field.metadata:
            if isinstance(bound, Ge):
                checks.append(Check(name, f">= {bound.ge}", f"{column} < {bound.ge}"))
            if isinstance(bound, Le):
                checks.append(Check(name, f"<= {bound.le}", f"{column} > {bound.le}"))
    return checks


CHECKS = contract_checks()


def check_meetings(path: Path) -> None:
    """Raise `ContractViolation` when any row of meetings.parquet breaks the contract."""
    db = connect()
    source = f"read_parquet({sql_text(str(path))})"
    counts = ", ".join(f"count(*) FILTER (WHERE {c.failing})" for c in CHECKS)
    row = db.execute(f"SELECT {counts} FROM {source}").fetchone() or ()
    problems = []
    for check, failing in zip(CHECKS, row, strict=True):
        if failing:
            example = db.execute(
                f"SELECT meeting_id FROM {source} WHERE {check.failing} LIMIT 1"
            ).fetchone()
            problems.append(
                f"{check.column} must be {check.rule}: {failing} row(s), e.g. "
                f"{example[0] if example else '?'}"
            )
    db.close()
    if problems:
        raise ContractViolation(f"{path.name} breaks the data contract: " + "; ".join(problems))
