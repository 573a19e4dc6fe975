"""The hostile corpus (tests/fixtures/hostile/): one test per case, saying what happens.

Each docstring is the outcome the README's Reliability section lists.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections import Counter
from datetime import time as clock
from pathlib import Path

import pytest

from pipeline.mat.jsonl import MAX_LINE_CHARS
from pipeline.mat.reviews import ReviewFileError, load_reviews
from pipeline.normalize.fields.decoding import decode_counted
from pipeline.normalize.fields.scrub import EMAIL_REMOVED, PHONE_REMOVED
from pipeline.normalize.fields.text import TEXT_LIMITS
from schemas.sources import SourcesFileError, load_sources
from tests.conftest import FIXTURES, make_source
from tests.helpers import Normalized, by_own_id, normalize_data
from tests.privacy import personal_data_in

HOSTILE = FIXTURES / "hostile"


def normalize_fixture(name: str, **source: object) -> Normalized:
    data = json.loads((HOSTILE / name).read_text(encoding="utf-8"))
    return normalize_data(make_source(**source), data)


@pytest.fixture(scope="module")
def personal() -> Normalized:
    return normalize_fixture("personal-data.json")


# --- privacy ------------------------------------------------------------------------


def test_phone_in_names_is_removed(personal: Normalized) -> None:
    """Phones in name, group and location name are replaced by "[phone removed]"."""
    (meeting,) = by_own_id(personal, "name-phone")
    assert meeting.name == f"Call Mike at {PHONE_REMOVED} group"
    assert meeting.group_name == f"Jenny {PHONE_REMOVED} Group"
    assert meeting.location_name == f"Ask Sue {PHONE_REMOVED} Hall"


def test_every_phone_form_in_notes_is_removed(personal: Normalized) -> None:
    """5551234567, (555)987-6543, 867-5309, +44 and +33 forms all go from the notes."""
    (meeting,) = by_own_id(personal, "notes-phones")
    assert meeting.notes is not None
    for number in ("5551234567", "987-6543", "867-5309", "7946 0958", "42 68 53 00"):
        assert number not in meeting.notes
    assert meeting.notes.count(PHONE_REMOVED) == 5


def test_obfuscated_emails_are_removed(personal: Normalized) -> None:
    """ "[at]", " at ... dot " and "(at)(dot)" emails go like plain ones."""
    (meeting,) = by_own_id(personal, "notes-phones")
    assert meeting.notes is not None and meeting.notes.count(EMAIL_REMOVED) == 3
    assert "example" not in meeting.notes


def test_meeting_ids_passcodes_and_links_are_kept(personal: Normalized) -> None:
    """A meeting id, a passcode and a Zoom link are how a group is joined: kept."""
    (meeting,) = by_own_id(personal, "zoom-keeps-ids")
    assert meeting.notes == (
        "Meeting ID: 812 3456 7890 Passcode: 555 1234 https://zoom.us/j/5551234567"
    )


def test_conference_url_loses_credentials(personal: Normalized) -> None:
    """`user:password@` is dropped from conference_url; the rest of the link stays."""
    (meeting,) = by_own_id(personal, "zoom-keeps-ids")
    assert meeting.conference_url == "https://zoom.us/j/81234567890?pwd=abc"
    assert personal.counters["privacy/credentials_removed"] == 1


def test_email_slug_is_hashed(personal: Normalized) -> None:
    """An email used as a slug is published as a stable `p-<hash>` id."""
    (meeting,) = [m for m in personal.meetings if m.name == "Email As Slug"]
    assert meeting.source_meeting_id.startswith("p-") and "@" not in meeting.source_meeting_id
    again = normalize_fixture("personal-data.json")
    assert meeting.meeting_id in {m.meeting_id for m in again.meetings}


def test_reject_reason_does_not_quote_personal_values(personal: Normalized) -> None:
    """A time holding an email is rejected with the email removed from the reason."""
    (reject,) = [r for r in personal.rejects if "time" in r.reason]
    assert reject.reason == f"time '{EMAIL_REMOVED}' is not a time of day"


def test_reject_payload_drops_contact_keys(personal: Normalized) -> None:
    """cell, sms, secretary, contact_* keys are dropped; the dial-in stays; text scrubbed."""
    (reject,) = [r for r in personal.rejects if r.source_meeting_id == "bad-day-contacts"]
    payload = json.loads(reject.raw_payload)
    assert not {"cell", "sms", "secretary", "contact_2_email"} & set(payload)
    assert payload["conference_phone"] == "+1 646 558 8656"
    assert payload["notes"] == f"Text Jane {PHONE_REMOVED}"
    assert reject.reason == "day 'someday' is not a weekday"


def test_nothing_personal_in_any_published_field(personal: Normalized) -> None:
    """No email or personal phone, by phonenumbers, in any text of meetings or rejects."""
    texts = [v for m in personal.meetings for v in m.model_dump().values() if isinstance(v, str)]
    texts += [v for r in personal.rejects for v in (r.reason, r.source_meeting_id or "")]
    assert [(t, personal_data_in(t)) for t in texts if personal_data_in(t)] == []


# --- quieter wrongs -----------------------------------------------------------------


def test_control_and_bidi_characters_are_stripped_and_counted() -> None:
    """NUL, escape, bell, bidi overrides and isolates, zero-width space: gone, counted."""
    batch = normalize_fixture("invisible-characters.json")
    names = {m.source_meeting_id: (m.name, m.group_name) for m in batch.meetings}
    assert names["nul-name"] == ("Serenity Group", None)
    assert names["bidi-name"] == ("Hope evil Group", "ZeroWidth Isolate")
    assert names["escape-name"][0] == "Bell and Esc[31m Group"
    assert batch.counters["field/name/control_chars_removed"] == 5
    assert batch.counters["field/group_name/control_chars_removed"] == 3


def test_start_at_2400_moves_to_the_next_day() -> None:
    """`24:00` starts on the next day at 00:00 (Saturday wraps to Sunday), counted."""
    batch = normalize_fixture("midnight-2400.json")
    (saturday,) = by_own_id(batch, "saturday-2400")
    assert (saturday.day, saturday.start_time) == (0, clock(0, 0))
    twice = by_own_id(batch, "two-days-2400")
    assert sorted(m.day for m in twice) == [2, 4]
    (ends,) = by_own_id(batch, "ends-2400")
    assert (ends.day, ends.end_time) == (2, clock(0, 0))  # an end time moves no day
    assert batch.counters["field/time/24h_next_day"] == 2


def test_one_slug_on_three_days_says_what_is_wrong() -> None:
    """The first record is kept; the others are rejected as a duplicate id, not "same day"."""
    batch = normalize_fixture("one-slug-three-days.json")
    assert [m.day for m in batch.meetings] == [1]
    assert len(batch.rejects) == 2
    for reject in batch.rejects:
        assert "same day" not in reject.reason
        assert reject.reason.startswith("duplicate id: source id 'same-slug' is already used by")


def test_invalid_bytes_are_counted() -> None:
    """Bytes that are not UTF-8 become U+FFFD and are counted, never replaced silently."""
    decoded = decode_counted((HOSTILE / "feed-invalid-utf8.json").read_bytes())
    assert decoded.invalid_bytes == 3
    assert json.loads(decoded.text)[0]["name"] == "Caf\ufffd Serenity"
    latin = decode_counted("Café".encode("latin-1"), declared="ISO-8859-1")
    assert (latin.text, latin.invalid_bytes) == ("Café", 0)


# --- bounded work -------------------------------------------------------------------


def test_sixty_thousand_character_note_is_cut_and_counted() -> None:
    """A 60,000-character note is cut to the notes limit, the cut counted, in little time."""
    note = "Call sue@example.org " + "serenity " * 6_700
    data = [{"slug": "long", "name": "Long", "day": 1, "time": "19:00", "notes": note}]
    started = time.monotonic()
    batch = normalize_data(make_source(), data)
    elapsed = time.monotonic() - started
    (meeting,) = batch.meetings
    assert meeting.notes is not None and len(meeting.notes) <= TEXT_LIMITS["notes"]
    assert meeting.notes.startswith(f"Call {EMAIL_REMOVED}")
    assert batch.counters["field/notes/truncated"] == 1
    assert elapsed < 30  # a sanity bound only; the target is in benchmarks/bench_hostile.py


def run_tag(stdin: str) -> list[dict[str, object]]:
    completed = subprocess.run(
        [sys.executable, "-m", "flows.cli", "tag"],
        input=stdin, capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    return [json.loads(line) for line in completed.stdout.splitlines()]


def test_tag_survives_a_fifty_megabyte_line() -> None:
    """`allpaths tag`: a 50 MB line gets an error line; the lines after it are tagged."""
    huge = json.dumps({"id": "huge", "notes": "methadone welcome " * 2_800_000})
    out = run_tag(huge + "\n" + json.dumps({"id": "after", "notes": "MAT friendly"}) + "\n")
    assert out[0] == {
        "id": None, "line": 1,
        "error": f"line is longer than {MAX_LINE_CHARS:,} characters; not read",
    }  # fmt: skip
    assert (out[1]["id"], out[1]["mat_status"]) == ("after", "friendly")


def test_tag_survives_a_deeply_nested_line() -> None:
    """`allpaths tag`: JSON nested 100,000 deep gets an error line; the rest are tagged."""
    deep = "[" * 100_000 + "]" * 100_000
    out = run_tag(deep + "\n" + json.dumps({"id": "after"}) + "\n")
    assert out[0]["error"] == "not readable: JSON nested too deeply"
    assert out[1]["id"] == "after"


def test_tag_cuts_long_notes_as_the_nightly_run_does() -> None:
    """A note over the notes limit is cut before tagging and named under `truncated`."""
    note = "MAT friendly. " + "x" * 500_000
    (out,) = run_tag(json.dumps({"id": "n", "notes": note}) + "\n")
    assert (out["mat_status"], out["truncated"]) == ("friendly", ["notes"])


# --- user files ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("sources-latin1.toml", "sources-latin1.toml:5: is not UTF-8 (byte 0xe9)"),
        ("sources-binary.toml", "sources-binary.toml:3: is a binary file (NUL byte)"),
        ("sources-mistyped.toml", "source #1 is a number, not a table"),
        ("sources-entry-mistyped.toml", "source #1 (id 'x'): url: Input should be a valid"),
    ],
)
def test_bad_sources_file_is_one_sentence(name: str, message: str) -> None:
    """A sources file that is not UTF-8, binary or mistyped: one sentence, file (and line)."""
    with pytest.raises(SourcesFileError) as caught:
        load_sources(HOSTILE / name)
    assert message in str(caught.value) and str(HOSTILE / name) in str(caught.value)


def test_sources_key_that_is_not_a_list_of_tables(tmp_path: Path) -> None:
    """`source = "x"` says what `source` is and what it should be."""
    path = tmp_path / "sources.toml"
    path.write_text('source = "https://example.org/feed"\n')
    with pytest.raises(SourcesFileError, match=r"source is a string, not a list of \[\[source"):
        load_sources(path)


def test_sources_file_with_a_200_kb_field(tmp_path: Path) -> None:
    """A 200 KB value names the file and line instead of reaching the parser."""
    path = tmp_path / "sources.toml"
    path.write_text('[[source]]\nid = "a"\nname = "' + "x" * 200_000 + '"\n')
    with pytest.raises(SourcesFileError, match=r"sources.toml:3: line is 200,009 characters"):
        load_sources(path)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("reviews-latin1.csv", "reviews-latin1.csv:2: is not UTF-8 (byte 0xe9)"),
        ("reviews-binary.csv", "reviews-binary.csv:1: is a binary file (NUL byte)"),
    ],
)
def test_bad_review_file_is_one_sentence(name: str, message: str) -> None:
    """A review file that is not UTF-8 or is binary: one sentence with file and line."""
    with pytest.raises(ReviewFileError, match=re.escape(message)):
        load_reviews(HOSTILE / name)


def test_review_file_with_a_200_kb_field(tmp_path: Path) -> None:
    """A 200 KB reason, on one line or spread over quoted lines, names file and line."""
    header = "meeting_id,mat_status,reason,reviewer,reviewed_on,text_hash\n"
    one_line = tmp_path / "one.csv"
    one_line.write_text(header + "m1,friendly," + "x" * 200_000 + ",Sam,2026-11-20,\n")
    with pytest.raises(ReviewFileError, match=r"one.csv:2: line is 200,0\d\d characters"):
        load_reviews(one_line)
    many = tmp_path / "many.csv"
    many.write_text(header + 'm1,friendly,"' + ("y" * 9_000 + "\n") * 23 + '",Sam,2026-11-20,\n')
    with pytest.raises(ReviewFileError, match=r"many.csv:\d+: not readable as CSV: field larger"):
        load_reviews(many)


def test_counters_name_every_privacy_fix(personal: Normalized) -> None:
    """Every removal is counted in the source's stats (sources.parquet, manifest)."""
    counted = Counter({k: v for k, v in personal.counters.items() if k.startswith("privacy/")})
    assert counted["privacy/phone_removed"] >= 8
    assert counted["privacy/email_removed"] >= 3
    assert counted["privacy/source_id_hashed"] == 1
