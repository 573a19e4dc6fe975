"""The Prefect servers the tests and the CLI start send no telemetry (issue: offline)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_test_session_turns_prefect_telemetry_off() -> None:
    """conftest sets it before any test server starts; the servers inherit it."""
    from prefect.settings import get_current_settings

    assert os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] == "false"
    assert not get_current_settings().server.analytics_enabled


def test_the_cli_turns_prefect_telemetry_off_in_a_clean_environment() -> None:
    """`allpaths` sets the default in its own process, so `make run` sends none."""
    env = {k: v for k, v in os.environ.items() if k not in {"PREFECT_SERVER_ANALYTICS_ENABLED",
                                                           "DO_NOT_TRACK"}}  # fmt: skip
    code = (
        "from flows.cli import quiet_prefect_defaults; quiet_prefect_defaults(); "
        "from prefect.settings import get_current_settings; "
        "print(get_current_settings().server.analytics_enabled)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"
