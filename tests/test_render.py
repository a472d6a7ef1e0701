"""The HTML view, rendered in headless Chromium (Debian's chromium, driven by Playwright)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from directive_extract.cli import main
from directive_extract.render import marks, render
from directive_extract.render.browser import CHROMIUM_ARGS, chromium_path
from tests.conftest import SAMPLE

CHROMIUM = chromium_path()


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Chromium is needed: apt-get install chromium (as .ci/run does)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=list(CHROMIUM_ARGS))
        yield b
        b.close()


def test_page_is_self_contained_and_escaped(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Giao Bộ Y tế <script>alert('x')</script> rà soát & báo cáo trước ngày 15/12/2020.\n"
    doc = pipeline(text, document_date=dt.date(2020, 10, 15))
    html = render(text, doc)
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "http://" not in html and "https://" not in html and "<link" not in html


def test_sample_page_in_chromium(browser, pipeline, sample_text: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline(sample_text, document_date=dt.date(2020, 10, 15))
    out = tmp_path / "sample.html"
    assert main(["render", str(SAMPLE), "--date", "2020-10-15", "-o", str(out)]) == 0
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(out.as_uri())
    # the text is shown whole, and only one script runs (ours)
    shown = page.eval_on_selector("#text", "e => e.textContent")
    assert shown == sample_text
    assert page.eval_on_selector_all("script", "s => s.length") == 1
    # every directive's spans are highlighted: each mark has segments carrying its id and role
    by_directive: dict[str, set[str]] = {}
    for m in marks(doc):
        by_directive.setdefault(m.directive, set()).add(m.role)
    assert len(by_directive) == len(doc.directives) >= 5
    for did, roles in by_directive.items():
        got = page.evaluate(
            "id => [...document.querySelectorAll('.seg[data-d]')].filter(s => s.dataset.d.split(' ')"
            ".includes(id)).flatMap(s => s.dataset.r.split(' '))",
            did,
        )
        assert roles <= set(got), (did, roles, set(got))
    # clicking a card highlights exactly that directive's spans
    target = next(d for d in doc.directives if d.addressees and d.deadline)
    page.click(f'.card[data-id="{target.id}"]')
    lit = page.evaluate("() => [...document.querySelectorAll('.seg.hl')].map(s => s.textContent).join('')")
    assert target.addressees[0].text in lit and target.deadline is not None and target.deadline.text in lit
    assert page.eval_on_selector(f'.card[data-id="{target.id}"]', "c => c.classList.contains('active')")
    # the filter hides the cards of other addressees
    name = target.addressees[0].name
    page.select_option("#filter", name)
    visible = page.evaluate(
        "() => [...document.querySelectorAll('.card:not(.hidden)')].map(c => c.dataset.id)"
    )
    assert target.id in visible
    assert all(name in [a.name for a in d.addressees] for d in doc.directives if d.id in visible)
    page.select_option("#filter", "")
    page.screenshot(path=str(tmp_path / "sample.png"), full_page=True)
    assert (tmp_path / "sample.png").stat().st_size > 10_000
    page.close()


def test_review_file_statuses_and_json_results(tmp_path: Path) -> None:
    review = tmp_path / "sample.review.yaml"
    assert main(["review", "export", str(SAMPLE), "--date", "2020-10-15", "-o", str(review)]) == 0
    text = review.read_text(encoding="utf-8")
    review.write_text(text.replace("status: pending", "status: accepted", 1), encoding="utf-8")
    page = tmp_path / "review.html"
    assert main(["render", str(review), "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.count('class="status s-accepted"') == 1 and html.count('class="status s-pending"') >= 5
    result = tmp_path / "sample.json"
    assert main(["extract", str(SAMPLE), "--date", "2020-10-15", "-o", str(result)]) == 0
    from_json = tmp_path / "json.html"
    assert main(["render", str(result), "-o", str(from_json)]) == 0
    assert from_json.read_text(encoding="utf-8").count('class="card"') >= 5
