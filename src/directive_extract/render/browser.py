"""Headless Chromium settings for looking at rendered pages (tests, screenshots), offline."""

from __future__ import annotations

import shutil

#: Flags for a root, offline, headless Chromium: no sandbox, no GPU, no background network.
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def chromium_path() -> str:
    """Debian's chromium (``apt-get install chromium``)."""
    return shutil.which("chromium") or "/usr/bin/chromium"
