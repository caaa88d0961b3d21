"""Shared set-up for the end-to-end tests: Debian's Chromium driven by Playwright (never a downloaded browser)."""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def chromium_path():
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        message = "Debian's chromium is not installed (apt-get install chromium); `make test` installs it."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def artifact(name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / name
