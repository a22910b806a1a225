"""The page of `actlint serve` in a real browser (headless Chromium): an act dropped as text,
DOCX or PDF shows each finding at its place, the list filters, explains and downloads, and
the keyboard alone reaches every finding.

Set ACTLINT_SCREENSHOT=docs/serve.png to write the README's screenshot of the page."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLE, FIXTURES, run_actlint
from tests.serving import Server, served, zip_bomb

CHROMIUM = "/usr/bin/chromium"
DOCUMENTS = FIXTURES / "documents" / "converted"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip

if not os.path.exists(CHROMIUM):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{CHROMIUM} is missing: the page's browser tests cannot run", pytrace=False)
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)

if os.environ.get("CI") == "true":
    from playwright import sync_api  # CI installs it with the test extra: never skipped there
else:
    sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with served(tmp_path_factory.mktemp("serve")) as running:
        yield running


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=ARGS,
            accept_downloads=True, viewport={"width": 1366, "height": 900},
        )  # fmt: skip
        yield context
        context.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    opened = browser.new_page()
    opened.set_default_timeout(20_000)
    yield opened
    opened.close()


def drop(page: Any, server: Server, path: Path | None = None, *, lang: str = "fr") -> None:
    """Open the page, choose the file and send it; wait for the result."""
    page.goto(f"{server.url}/?lang={lang}")
    page.set_input_files("#file", str(path))
    page.click("#submit")
    page.wait_for_load_state()


def highlight_of(page: Any, code: str) -> str:
    """The text highlighted for the first finding of rule ``code``."""
    index = page.get_attribute(f'li.finding[data-code="{code}"]', "data-index")
    marks = page.locator(f'mark.hl[data-findings~="{index}"] .hl-text')
    return "".join(marks.all_inner_texts())


@pytest.mark.parametrize(
    ("path", "row"),
    [
        (EXAMPLE, "58"),
        (DOCUMENTS / "decision-2026-92-lens.docx", "§ 39"),
        (DOCUMENTS / "decision-2026-92-lens.pdf", "p. 1, l. 42"),
    ],
    ids=["text", "docx", "pdf"],
)
def test_the_vat_error_is_highlighted_on_its_amount(page: Any, server: Server, path: Path,
                                                    row: str) -> None:  # fmt: skip
    drop(page, server, path)
    assert highlight_of(page, "VAT001") == "3 321,27 € TTC"
    index = page.get_attribute('li.finding[data-code="VAT001"]', "data-index")
    gutter = page.locator(f"#at-{index}").locator("xpath=ancestor::div[@class='row']/span[1]")
    assert gutter.inner_text() == row
    first = page.locator("li.finding").first
    assert first.get_attribute("data-code") == "VAT001"  # the only error comes first
    assert page.locator("li.finding").count() == 7
    assert page.inner_text("#summary-number") == "2026-92"
    assert page.inner_text("#summary-date") == "11 mai 2026"
    assert "Pierre MAZURE" in page.inner_text("#summary-signatory")
    chain = page.locator("#summary-chain li").all_inner_texts()
    assert chain[1].startswith("arrêté n° 2026-631 du 31 mars 2026")
    assert chain[2].startswith("délibération du 22 mars 2026")
    assert "3\u202f321,27 € TTC" in page.inner_text("#summary-amounts")


def test_pasted_text_is_checked_and_the_highlight_explains_itself(page: Any,
                                                                   server: Server) -> None:  # fmt: skip
    page.goto(server.url + "/")
    page.fill("#text", EXAMPLE.read_text(encoding="utf-8"))
    page.click("#submit")
    page.wait_for_load_state()
    assert highlight_of(page, "VAT001") == "3 321,27 € TTC"
    index = page.get_attribute('li.finding[data-code="VAT001"]', "data-index")
    mark = page.locator(f"#at-{index}")
    tip = page.locator("#" + mark.get_attribute("aria-describedby"))
    assert not tip.is_visible()
    mark.hover()
    assert tip.is_visible()
    said = tip.inner_text()
    assert "montant TTC incohérent" in said and "TTC attendu : 3 321,26 €" in said
    assert "CGI, art. 266, 267 et 278" in said


def test_filters_hide_findings_and_their_highlights(page: Any, server: Server) -> None:
    drop(page, server, EXAMPLE)
    visible = page.locator("li.finding:visible")
    page.uncheck('input[data-filter="severity"][value="info"]')
    assert visible.count() == 3
    assert page.inner_text("#shown-count") == "3"
    page.uncheck('input[data-filter="family"][value="VAT"]')
    assert [item.get_attribute("data-code") for item in visible.all()] == ["DAT003", "EXE003"]
    index = page.get_attribute('li.finding[data-code="VAT001"]', "data-index")
    assert "off" in (page.get_attribute(f"#at-{index}", "class") or "")
    page.check('input[data-filter="severity"][value="info"]')
    page.check('input[data-filter="family"][value="VAT"]')
    assert visible.count() == 7


def test_the_explanation_is_explain_s(page: Any, server: Server) -> None:
    drop(page, server, EXAMPLE)
    page.click('li.finding[data-code="VAT001"] a.explain')
    page.wait_for_load_state()
    expected = run_actlint("explain", "VAT001").stdout
    assert page.inner_text("#explanation").strip() == expected.strip()


def test_reports_download(page: Any, server: Server, tmp_path: Path) -> None:
    drop(page, server, EXAMPLE)
    with page.expect_download() as html:
        page.click("#download-html")
    report = Path(html.value.path()).read_text(encoding="utf-8")
    assert html.value.suggested_filename == "actlint-decision-2026-92-lens.html"
    for shown in ("Rapport de relecture", "décision", "2026-92", "11 mai 2026", "VAT001",
                  "CGI, art. 266, 267 et 278", "@media print", "actlint version"):  # fmt: skip
        assert shown in report, shown
    assert len(re.findall(r"<li class=\"(error|warning|info)\">", report)) == 7
    with page.expect_download() as findings:
        page.click("#download-json")
    expected = json.loads(
        run_actlint("check", "--no-cache", "--format", "json", str(EXAMPLE)).stdout
    )
    expected["files"][0]["path"] = EXAMPLE.name
    assert json.loads(Path(findings.value.path()).read_text(encoding="utf-8")) == expected
    with page.expect_download() as log:
        page.click("#download-sarif")
    sarif = json.loads(Path(log.value.path()).read_text(encoding="utf-8"))
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]].count("VAT001") == 1


def test_the_keyboard_alone_reaches_every_finding(page: Any, server: Server) -> None:
    drop(page, server, EXAMPLE)
    links = {a.get_attribute("href") for a in page.locator("a.goto").all()}
    marks = {m.get_attribute("id") for m in page.locator("mark[data-focusable]").all()}
    assert len(links) == 7 and marks
    reached: set[str] = set()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"  # first: skip link
    for _ in range(120):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "(() => { const e = document.activeElement;"
            " return e.id || e.getAttribute('href') || e.tagName; })()"
        )
        reached.add(focused)
        if links | marks <= reached:
            break
    assert links <= reached and marks <= reached
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # the focus is visible
    page.focus('li.finding[data-code="VAT001"] a.goto')
    page.keyboard.press("Enter")
    index = page.get_attribute('li.finding[data-code="VAT001"]', "data-index")
    assert page.evaluate("document.activeElement.id") == f"at-{index}"
    tip = page.locator("#" + page.get_attribute(f"#at-{index}", "aria-describedby"))
    assert tip.is_visible()  # the message shows on focus, not only on hover


def test_the_page_switches_to_english(page: Any, server: Server) -> None:
    drop(page, server, EXAMPLE)
    assert page.get_attribute("html", "lang") == "fr"
    page.click("a.switch")
    page.wait_for_load_state()
    assert page.get_attribute("html", "lang") == "en"
    assert "Findings" in page.inner_text("#findings-title")
    message = page.inner_text('li.finding[data-code="VAT001"] .msg')
    assert message.startswith("TTC amount disagrees")


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("bombe.docx", zip_bomb, "dépasse les limites de lecture"),
        ("scan.pdf", lambda: b"\x00\x01binary" * 50_000, "Document illisible"),
        (
            "gros.txt",
            lambda: b"Vu le code. " * (50 * 1024 * 1024 // 12),
            "dépasse la taille admise",
        ),
        ("image.bin", lambda: bytes(range(256)) * 1000, "n'est pas un texte"),
    ],
    ids=["zip-bomb", "fake-pdf", "50-mb", "binary"],
)
def test_hostile_files_get_a_message_and_the_server_serves_on(
    page: Any, server: Server, tmp_path: Path, name: str, content: Any, said: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content())
    drop(page, server, path)
    assert said in page.inner_text('[role="alert"]')
    drop(page, server, EXAMPLE)
    assert highlight_of(page, "VAT001") == "3 321,27 € TTC"


def test_screenshot_for_the_readme(page: Any, server: Server) -> None:
    """Writes the README's picture of the page when ACTLINT_SCREENSHOT names a file."""
    target = os.environ.get("ACTLINT_SCREENSHOT")
    if not target:
        pytest.skip("ACTLINT_SCREENSHOT is not set")
    page.set_viewport_size({"width": 1280, "height": 1160})
    drop(page, server, EXAMPLE)
    index = page.get_attribute('li.finding[data-code="VAT001"]', "data-index")
    page.evaluate(  # the act's text scrolled to the error, its message shown
        """(id) => { const mark = document.getElementById(id);
        const text = document.getElementById("act-text");
        text.scrollTop += mark.getBoundingClientRect().top - text.getBoundingClientRect().top - 130;
        mark.focus({preventScroll: true}); window.scrollTo(0, 0); }""",
        f"at-{index}",
    )
    page.screenshot(path=target)
    assert os.path.getsize(target) > 10_000
