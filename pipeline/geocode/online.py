"""An online geopy geocoder behind geopy's RateLimiter, for what the gazetteer placed coarsely.

Politeness comes first: requests are spaced by the service's policy (Nominatim: one a
second, a real user agent), a night asks at most `max_requests`, and after a run of
failures the service is left alone until the next night. A failed call (a 429 that
outlasts the retries, a time-out, an answer that is not what the API promises) loses
nothing: the meeting keeps the gazetteer's placement and the error is counted, not cached.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from geopy.exc import (
    GeocoderParseError,
    GeocoderRateLimited,
    GeocoderTimedOut,
    GeopyError,
)
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import get_geocoder_for_service

from pipeline.geocode.cache import Answer
from pipeline.geocode.policy import (
    DEFAULT_POLICY,
    MAX_CONSECUTIVE_ERRORS,
    SERVICE_POLICIES,
    ServicePolicy,
)
from schemas.geocoder import GeocoderConfig


class GeocoderConfigError(ValueError):
    """A `[geocoder]` table that cannot make a geocoder (an API key variable unset, ...)."""


@dataclass
class Query:
    """One address to ask for: its cache key, the text sent, and its country (ISO alpha-2)."""

    address_key: str
    text: str
    country: str | None


# --- what each service says about its own precision -----------------------------------


def _nominatim(raw: dict[str, Any]) -> str | None:
    kind, category = raw.get("type"), raw.get("class") or raw.get("category")
    rank = raw.get("place_rank")
    if kind in {"house", "building"} or category == "building" or (rank or 0) >= 30:
        return "rooftop"
    if category == "highway" or (rank is not None and 26 <= rank <= 29):
        return "street"
    if kind == "postcode" or raw.get("addresstype") == "postcode":
        return "postal_code"
    if category in {"place", "boundary"} and kind in {
        "city", "town", "village", "hamlet", "suburb", "administrative", "municipality",
    }:  # fmt: skip
        return "city"
    return None


def _pelias(raw: dict[str, Any]) -> str | None:
    props = raw.get("properties") or {}
    layer, accuracy = props.get("layer"), props.get("accuracy")
    if layer in {"address", "venue"}:
        return "rooftop" if accuracy == "point" else "street"
    if layer == "street":
        return "street"
    if layer == "postalcode":
        return "postal_code"
    if layer in {"locality", "localadmin", "borough", "neighbourhood"}:
        return "city"
    return None


def _google(raw: dict[str, Any]) -> str | None:
    location_type = (raw.get("geometry") or {}).get("location_type")
    types = set(raw.get("types") or [])
    if location_type == "ROOFTOP":
        return "rooftop"
    if location_type == "RANGE_INTERPOLATED" or "route" in types:
        return "street"
    if "postal_code" in types:
        return "postal_code"
    if "locality" in types:
        return "city"
    return None


#: Services whose answers say how precise they are. For any other service the stage rates
#: the answer like a feed's coordinates (by distance to the postal and town centroids),
#: never better than `street`: rooftop is only taken from a geocoder that says so.
PRECISION_READERS: dict[str, Callable[[dict[str, Any]], str | None]] = {
    "nominatim": _nominatim,
    "pelias": _pelias,
    "geocodeearth": _pelias,
    "google": _google,
    "googlev3": _google,
}


def precision_of(service: str, raw: object) -> str | None:
    reader = PRECISION_READERS.get(service)
    if reader is None or not isinstance(raw, dict):
        return None
    return reader(raw)


# --- the geocoder ---------------------------------------------------------------------


def effective_policy(config: GeocoderConfig) -> ServicePolicy:
    """The service's policy, tightened or loosened by the config within what it allows."""
    policy = SERVICE_POLICIES.get(config.service, DEFAULT_POLICY)
    public = config.domain is None or config.domain == policy.public_domain
    delay = policy.min_delay_seconds
    if config.min_delay_seconds is not None:
        delay = (
            max(config.min_delay_seconds, policy.min_delay_seconds)
            if public
            else config.min_delay_seconds
        )
    budget = policy.max_requests if config.max_requests is None else config.max_requests
    if public:
        budget = min(budget, policy.max_requests)
    return ServicePolicy(
        min_delay_seconds=delay,
        needs_user_agent=policy.needs_user_agent,
        public_domain=policy.public_domain,
        max_requests=budget,
    )


def build_geocoder(config: GeocoderConfig) -> Any:
    """The geopy geocoder the config names, with its user agent, host and key."""
    kwargs: dict[str, Any] = {"timeout": config.timeout, **config.options}
    if config.user_agent:
        kwargs["user_agent"] = config.user_agent
    if config.domain:
        kwargs["domain"] = config.domain
    if config.scheme:
        kwargs["scheme"] = config.scheme
    if config.api_key_env:
        key = os.environ.get(config.api_key_env)
        if not key:
            raise GeocoderConfigError(
                f"[geocoder] api_key_env names {config.api_key_env}, which is not set"
            )
        kwargs["api_key"] = key
    try:
        return get_geocoder_for_service(config.service)(**kwargs)
    except TypeError as exc:
        raise GeocoderConfigError(f"[geocoder] {config.service}: {exc}") from None


def _timed_out(exc: BaseException | None) -> bool:
    """A time-out anywhere in the chain (geopy's requests adapter reports a read time-out,
    after urllib3's own retries, as GeocoderUnavailable)."""
    while exc is not None:
        if isinstance(exc, GeocoderTimedOut | TimeoutError) or "Timeout" in type(exc).__name__:
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _error_kind(exc: BaseException) -> str:
    if isinstance(exc, GeocoderRateLimited):
        return "rate_limited"
    if _timed_out(exc):
        return "timeout"
    if isinstance(exc, GeocoderParseError | KeyError | TypeError | ValueError | IndexError):
        return "malformed"
    return "service_error"


@dataclass
class OnlineRun:
    """One night's use of the service: its answers and what it cost."""

    answers: dict[str, Answer] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)
    failed: set[str] = field(default_factory=set)


class OnlineGeocoder:
    """Asks one geopy service about addresses, politely, never raising for a bad answer."""

    def __init__(self, config: GeocoderConfig, geocoder: Any | None = None) -> None:
        self.config = config
        self.name = config.service
        self.policy = effective_policy(config)
        self._geocoder = geocoder if geocoder is not None else build_geocoder(config)
        self._geocode = RateLimiter(
            self._geocoder.geocode,
            min_delay_seconds=self.policy.min_delay_seconds,
            max_retries=config.max_retries,
            error_wait_seconds=max(2 * self.policy.min_delay_seconds, 0.5),
            swallow_exceptions=False,
        )

    def _ask(self, query: Query) -> Answer:
        extra: dict[str, Any] = {"exactly_one": True}
        if self.name == "nominatim" and query.country:
            extra["country_codes"] = query.country.lower()
        location = self._geocode(query.text, **extra)
        if location is None:
            return Answer(query.address_key, found=False)
        lat, lon = float(location.latitude), float(location.longitude)
        if not (math.isfinite(lat) and math.isfinite(lon)) or abs(lat) > 90 or abs(lon) > 180:
            raise ValueError(f"coordinates out of range: {lat}, {lon}")
        if lat == 0 and lon == 0:  # geopy's reading of a place with no lat/lon at all
            raise ValueError("answer without coordinates")
        return Answer(
            query.address_key,
            found=True,
            latitude=lat,
            longitude=lon,
            precision=precision_of(self.name, location.raw),
            formatted_address=location.address or None,
        )

    def run(self, queries: list[Query]) -> OnlineRun:
        """Ask for each query in turn, within the night's budget and error allowance."""
        run = OnlineRun()
        consecutive_errors = 0
        for number, query in enumerate(queries):
            if number >= self.policy.max_requests:
                run.counts["skipped_budget"] += len(queries) - number
                break
            if consecutive_errors >= MAX_CONSECUTIVE_ERRORS:
                run.counts["skipped_unavailable"] += len(queries) - number
                break
            run.counts["requests"] += 1
            try:
                answer = self._ask(query)
            except (GeopyError, KeyError, TypeError, ValueError, IndexError) as exc:
                run.counts[f"error/{_error_kind(exc)}"] += 1
                run.failed.add(query.address_key)
                consecutive_errors += 1
                continue
            consecutive_errors = 0
            run.counts["found" if answer.found else "not_found"] += 1
            run.answers[query.address_key] = answer
        return run
