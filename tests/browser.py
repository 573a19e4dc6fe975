"""Headless Chromium for page tests: Debian's browser driven by Playwright.

Playwright's own browser download is unreachable here, so the tests drive the system's
`/usr/bin/chromium` (Debian package `chromium`). When it is missing the fixture installs
it with apt-get (CI runs as root); it skips, saying why, only when that is impossible.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip


def chromium_path() -> str | None:
    """The system Chromium, installed with apt-get when missing and possible."""
    found = shutil.which("chromium")
    if found:
        return found
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        return None
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]):
        try:
            subprocess.run(command, env=env, capture_output=True, timeout=900, check=True)
        except (subprocess.SubprocessError, OSError):
            return None
    return shutil.which("chromium")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A launched headless Chromium (Playwright Browser), shared by a module's tests."""
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')"
    )
    path = chromium_path()
    if path is None:
        pytest.skip("no chromium: not on PATH and apt-get could not install it (needs root)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()
