"""The `[geocoder]` table of a sources file: which geocoder refines the offline gazetteer.

Absent, or `service = "offline"`, the night needs no network: the gazetteer places every
in-person meeting at its postal code or town. Any geopy service name (nominatim, arcgis,
pelias, googlev3, ...) adds an online pass for what the gazetteer placed coarsely, behind
geopy's RateLimiter at no faster than the service's policy allows.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

OFFLINE = "offline"

#: Services whose public instance bans anonymous clients: the config must say who asks.
NEEDS_USER_AGENT = frozenset({"nominatim", "photon"})


class GeocoderConfig(BaseModel):
    """How to reach an online geocoder; every key but `service` is optional."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    service: str = OFFLINE
    #: Identifies the project and a contact, e.g. "allpaths/0.1 (+https://example.org/contact)".
    user_agent: str | None = None
    #: A self-hosted instance, e.g. "nominatim.example.org" or "127.0.0.1:8080".
    domain: str | None = None
    scheme: Literal["http", "https"] | None = None
    #: The name of an environment variable holding the API key (never the key itself:
    #: sources files are committed).
    api_key_env: str | None = None
    timeout: float = Field(default=10.0, gt=0)
    #: Seconds between requests; never below the service's policy for its public host.
    min_delay_seconds: float | None = Field(default=None, ge=0)
    max_requests: int | None = Field(default=None, ge=0)
    max_retries: int = Field(default=2, ge=0, le=10)
    #: Extra keyword arguments for the geopy geocoder's constructor.
    options: dict[str, Any] = Field(default_factory=dict)

    @field_validator("service")
    @classmethod
    def _known_service(cls, value: str) -> str:
        value = value.strip().lower()
        if value == OFFLINE:
            return value
        from geopy.geocoders import SERVICE_TO_GEOCODER

        if value not in SERVICE_TO_GEOCODER:
            known = ", ".join([OFFLINE, *sorted(SERVICE_TO_GEOCODER)])
            raise ValueError(f"unknown geocoder service {value!r} (known: {known})")
        return value

    @model_validator(mode="after")
    def _user_agent_when_required(self) -> GeocoderConfig:
        if self.service in NEEDS_USER_AGENT:
            agent = (self.user_agent or "").strip()
            if not agent or agent.lower().startswith("geopy"):
                raise ValueError(
                    f"{self.service} needs user_agent naming your project and a contact "
                    "(its usage policy bans anonymous and default agents)"
                )
        return self

    @property
    def online(self) -> bool:
        return self.service != OFFLINE


def with_service(config: GeocoderConfig, service: str | None) -> GeocoderConfig:
    """`config` with its service replaced (`allpaths run --geocoder NAME`); as is for None.

    The sources file's other keys (user agent, domain, key variable) are kept, so a file
    can hold the settings while the command line switches the geocoder on or off. Raises
    ValueError with one sentence when the result is not a usable configuration.
    """
    if service is None:
        return config
    try:
        return GeocoderConfig.model_validate(
            {**config.model_dump(exclude_defaults=True), "service": service}
        )
    except ValidationError as exc:
        problems = "; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())
        raise ValueError(f"--geocoder {service}: {problems}") from None
