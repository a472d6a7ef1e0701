"""Regenerate docs/sample-render.png: the HTML view of the sample notice, shot in headless Chromium.

Usage: python scripts/render_screenshot.py [--out docs/sample-render.png]
Needs Debian's chromium (apt-get install chromium) and the test extra (playwright).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from directive_extract.cli import main as cli
from directive_extract.render.browser import CHROMIUM_ARGS, chromium_path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "hanoimoi-ke-hoach-chuyen-doi-so-2020.txt"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "sample-render.png")
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "sample.html"
        if cli(["render", str(SAMPLE), "--date", "2020-10-15", "-o", str(page_path)]) != 0:
            return 1
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=chromium_path(), headless=True, args=list(CHROMIUM_ARGS)
            )
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(page_path.as_uri())
            page.click(".card >> nth=2")  # one directive selected, its spans outlined
            page.screenshot(path=str(a.out), full_page=True)
            browser.close()
    print(a.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
