"""`allpaths tag`: JSON Lines in, one decision a line out, in order; bad lines never crash."""

from __future__ import annotations

import json
import subprocess
import sys

from pipeline.mat.jsonl import tag_lines


def run_tag(stdin: str) -> list[dict[str, object]]:
    completed = subprocess.run(
        [sys.executable, "-m", "flows.cli", "tag"],
        input=stdin, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    return [json.loads(line) for line in completed.stdout.splitlines()]


def test_tag_command_end_to_end() -> None:
    lines = [
        json.dumps({"id": "a", "fellowship": "Narcotics Anonymous", "notes": "MAT friendly"}),
        "{not json",
        json.dumps({"id": 7, "fellowship": "MARA", "name": None, "notes": None, "types": None}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "c", "fellowship": "Al-Anon", "notes": "Methadone welcome"}),
        json.dumps({"id": "d"}),
    ]
    out = run_tag("\n".join(lines) + "\n")
    assert len(out) == 6
    assert out[0] == {
        "id": "a", "mat_status": "friendly", "mat_confidence": 0.85,
        "mat_evidence": ['notes:attend=allowed:mat-friendly:"MAT friendly"'], "mat_needs_review": False,
    }  # fmt: skip
    assert out[1]["line"] == 2 and str(out[1]["error"]).startswith("not JSON")
    assert (out[2]["id"], out[2]["mat_status"]) == (7, "friendly")
    assert out[3]["error"] == "expected a JSON object, got list"
    assert (out[4]["id"], out[4]["mat_status"]) == ("c", "unknown")
    assert (out[5]["id"], out[5]["mat_status"], out[5]["mat_evidence"]) == ("d", "unknown", [])


def test_blank_lines_are_skipped_and_order_kept() -> None:
    out = [json.loads(line) for line in tag_lines(["", '{"id": 1}', "  ", '{"id": 2}'])]
    assert [o["id"] for o in out] == [1, 2]


def test_tag_help_says_what_each_output_field_means() -> None:
    """A newcomer's trial (session 21): `--help` named the fields but not their meaning."""
    completed = subprocess.run(
        [sys.executable, "-m", "flows.cli", "tag", "--help"],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    text = completed.stdout
    for words in (
        "mat_status", "restricted  may attend, but sharing, service or clean time is limited",
        "mat_confidence", "0.9 or above", "mat_evidence", 'field:slot=value:rule:"clause"',
        "mat_needs_review", "| allpaths tag",
    ):  # fmt: skip
        assert words in text, words
