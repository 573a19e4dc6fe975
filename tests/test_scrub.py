"""The one privacy scrubber and the text bounds: what goes, what stays, on any input.

Long adversarial inputs check that the answer is right at any size; how fast it comes is
measured in benchmarks/bench_hostile.py, not here.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.normalize.fields.privacy import is_personal_key, payload_json
from pipeline.normalize.fields.scrub import (
    EMAIL_REMOVED,
    PHONE_REMOVED,
    public_source_id,
    quote_value,
    scrub_text,
    scrub_url,
)
from pipeline.normalize.fields.text import clean_field, clean_text, remove_controls

#: Possessive and anchored at run starts, so the check itself is linear on long inputs.
PLAIN_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++\.[a-z]{2,}", re.IGNORECASE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call Mike at 555-123-4567", f"Call Mike at {PHONE_REMOVED}"),
        ("5551234567", PHONE_REMOVED),
        ("(555)987-6543 after 5", f"{PHONE_REMOVED} after 5"),
        ("Jenny 867-5309", f"Jenny {PHONE_REMOVED}"),
        ("+44 20 7946 0958", PHONE_REMOVED),
        ("+33 1 42 68 53 00", PHONE_REMOVED),
        ("sue [at] example.org", EMAIL_REMOVED),
        ("bob at example dot org", EMAIL_REMOVED),
        ("ann(at)example(dot)org!", f"{EMAIL_REMOVED}!"),
        ("Jane at jane.doe@example.org", f"Jane at {EMAIL_REMOVED}"),
        ("https://user:pw@zoom.us/j/1", "https://zoom.us/j/1"),
    ],
)
def test_personal_data_is_removed(text: str, expected: str) -> None:
    assert scrub_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We meet at St. Mark's. Meet at church.",
        "meet at St.Marks",
        "Meeting ID: 857 123 4567 Passcode: 555 1234",
        "PMI: 907 105 8823",
        "GSO #0358507",
        "https://zoom.us/j/5551234567?pwd=abc",
        "10804 119 Street, 7:00-8:30pm, since 1990-2000",
        "Room 101, 12 & 12 study, 24 hours",
    ],
)
def test_group_information_is_kept(text: str) -> None:
    assert scrub_text(text) == text


def test_region_reads_national_forms() -> None:
    """The source's country is the matcher's region: a London number in its own form."""
    assert scrub_text("Ring 020 7946 0958", "GB") == f"Ring {PHONE_REMOVED}"


def test_counts_by_kind() -> None:
    counters: Counter[str] = Counter()
    scrub_text("a@b.org 555-123-4567 https://u:p@x.org", counters=counters)
    assert counters == {
        "privacy/email_removed": 1,
        "privacy/phone_removed": 1,
        "privacy/credentials_removed": 1,
    }


def test_urls_lose_only_their_credentials() -> None:
    assert scrub_url("https://u:p@example.org:8443/feed?x=1#f") == (
        "https://example.org:8443/feed?x=1#f"
    )
    assert scrub_url("https://example.org/a@b") == "https://example.org/a@b"


def test_source_ids() -> None:
    assert public_source_id("sunrise-serenity") == "sunrise-serenity"
    hashed = public_source_id("mike@example.com")
    assert hashed == public_source_id("mike@example.com") and hashed.startswith("p-")
    assert public_source_id("555-123-4567").startswith("p-")  # type: ignore[union-attr]


def test_quoted_values_are_short_and_scrubbed() -> None:
    assert quote_value("mike@example.com") == f"'{EMAIL_REMOVED}'"
    assert len(quote_value("x" * 10_000)) <= 40
    assert quote_value(10**5000) == "a long number"
    assert quote_value([1, 2]) == "a JSON array"


@pytest.mark.parametrize(
    "key",
    ["cell", "sms", "secretary", "contact_1_name", "contact_2_email", "email", "phone",
     "cellPhone", "venmo", "gsr_phone", "mailing_address", "author", "last_contact"],
)  # fmt: skip
def test_personal_keys(key: str) -> None:
    assert is_personal_key(key)


@pytest.mark.parametrize(
    "key",
    ["conference_phone", "conference_url", "name", "notes", "location", "types", "updated",
     "website", "feedback_url", "formatted_address", "time_formatted"],
)  # fmt: skip
def test_group_keys(key: str) -> None:
    assert not is_personal_key(key)


def test_payload_keeps_dial_in_and_bounds_strings() -> None:
    payload = payload_json(
        {"conference_phone": "+1 646 558 8656", "notes": "x" * 9000, "cell": "1", "n": 10**200}
    )
    assert '"+1 646 558 8656"' in payload and '"cell"' not in payload
    assert "…[cut]" in payload and "[long number]" in payload


# --- properties ---------------------------------------------------------------------

emails = st.from_regex(r"[a-z][a-z0-9.]{0,12}[a-z]@[a-z]{2,10}\.(org|com|net)", fullmatch=True)


@given(st.text(max_size=300), emails, st.text(max_size=300))
def test_an_email_anywhere_is_removed(before: str, email: str, after: str) -> None:
    text = f"{before} {email} {after}"
    scrubbed = scrub_text(text) or ""
    assert email not in scrubbed


@given(st.text(max_size=500))
def test_scrubbed_text_has_no_plain_email(text: str) -> None:
    scrubbed = scrub_text(text) or ""
    assert not PLAIN_EMAIL.search(scrubbed) or PLAIN_EMAIL.search(text)


@given(st.text(max_size=400))
def test_cleaned_fields_are_bounded_and_free_of_controls(text: str) -> None:
    counters: Counter[str] = Counter()
    cleaned = clean_field(text * 20, "name", counters, kind="name")
    assert cleaned is None or (len(cleaned) <= 200 and remove_controls(cleaned)[1] == 0)


# --- long inputs: right answers at any size ----------------------------------------

ADVERSARIAL = [
    "a" * 200_000,
    "a@" * 100_000,
    "a@b." * 50_000,
    "a at " * 40_000,
    "x" * 20 + "[at]" + "y" * 200_000,
    "1 " * 100_000,
    "+1 " * 60_000,
    "https://" * 25_000,
    "a:b@" * 50_000,
    "<br" * 60_000,
    "<" + "p" * 200_000,
    "\n " * 100_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:6]))
def test_long_adversarial_text_is_scrubbed_and_cleaned(text: str) -> None:
    """Whole inputs are read to the end; at the notes limit, a contact after junk still goes."""
    assert not PLAIN_EMAIL.search(scrub_text(text) or "")
    assert clean_text(text) is not None or not text.strip()
    tail = " Call Mike 555-123-4567 or mike@example.org."
    scrubbed = scrub_text(text[: 4000 - len(tail)] + tail) or ""
    assert scrubbed.endswith(f" Call Mike {PHONE_REMOVED} or {EMAIL_REMOVED}.")


def test_long_email_local_part_is_still_found() -> None:
    assert scrub_text("x" * 100_000 + "@example.org") == EMAIL_REMOVED
