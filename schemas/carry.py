"""The `[carry]` table of a sources file: how long a broken source's meetings are kept.

A volunteer's server that is down for a night must not erase a city's meetings, but a
server gone for good must not keep publishing meetings nobody has confirmed for weeks.
Every key is optional; the defaults below are the documented policy.

```toml
[carry]
max_stale_nights = 7          # a failed source's meetings stay, stale, this many nights
held_back_ratio = 0.5         # a source keeping less than this share of its meetings...
held_back_min_previous = 20   # ...of at least this many is held back until confirmed
```
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

#: Nights a failed source's last meetings are carried, stale, before they are dropped: a
#: week covers a long weekend or a holiday without the site's volunteer.
DEFAULT_MAX_STALE_NIGHTS = 7
#: A source that keeps less than this share of its last release's meetings is held back...
DEFAULT_HELD_BACK_RATIO = 0.5
#: ...when it had at least this many, so tiny sources can shrink freely.
DEFAULT_HELD_BACK_MIN_PREVIOUS = 20


class CarryConfig(BaseModel):
    """The carry-forward policy as the sources file states it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_stale_nights: int = Field(default=DEFAULT_MAX_STALE_NIGHTS, ge=0, le=366)
    held_back_ratio: float = Field(default=DEFAULT_HELD_BACK_RATIO, ge=0, le=1)
    held_back_min_previous: int = Field(default=DEFAULT_HELD_BACK_MIN_PREVIOUS, ge=0)
