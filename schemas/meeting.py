"""The normalized meeting: the row every consumer of the dataset reads.

Field names and types are the data contract of DESIGN.md; `pipeline/publish` derives the
Parquet schema from `MEETING_COLUMNS`, and a test keeps docs/data-contract.md in step.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.2.0"

Attendance = Literal["in_person", "online", "hybrid"]
Status = Literal["active", "temporarily_closed", "inactive"]
GeoPrecision = Literal["rooftop", "street", "postal_code", "city", "none"]
MatStatus = Literal["friendly", "restricted", "unfriendly", "unknown"]
MAT_STATUSES: tuple[str, ...] = get_args(MatStatus)


class Meeting(BaseModel):
    """One meeting on one weekday at one time."""

    model_config = ConfigDict(extra="forbid")

    meeting_id: str
    source_id: str
    source_meeting_id: str
    source_url: str
    also_listed_in: list[str] = Field(default_factory=list)
    fellowship: str
    name: str
    group_name: str | None = None
    day: int | None = Field(default=None, ge=0, le=6)
    start_time: time | None = None
    end_time: time | None = None
    timezone: str
    timezone_source: Literal["source", "coordinates", "source_default"]
    attendance: Attendance
    status: Status
    types: list[str] = Field(default_factory=list)
    source_types: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    location_name: str | None = None
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    formatted_address: str | None = None
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    geo_precision: GeoPrecision = "none"
    geo_source: str | None = None
    #: What the geocoder that placed the meeting matched; never replaces formatted_address.
    geocoded_address: str | None = None
    conference_url: str | None = None
    conference_provider: Literal["zoom", "google_meet", "teams", "other"] | None = None
    notes: str | None = None
    mat_status: MatStatus = "unknown"
    mat_confidence: float = Field(default=0.0, ge=0, le=1)
    mat_needs_review: bool = False
    mat_evidence: list[str] = Field(default_factory=list)
    mat_decided_by: str | None = None
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    stale: bool = False
    updated_at: datetime | None = None


MEETING_COLUMNS: tuple[str, ...] = tuple(Meeting.model_fields)


class Reject(BaseModel):
    """A record that could not become a meeting, kept with its reason so nothing is lost."""

    model_config = ConfigDict(extra="forbid")

    source_id: str
    source_meeting_id: str | None
    source_url: str
    reason: str
    raw_payload: str
    fetched_at: datetime
