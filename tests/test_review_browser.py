"""The review page in a real headless browser (Debian's chromium + chromedriver, Selenium).

A batch over three corpus articles and one hostile article is rendered with the
project gold; the page is opened, a record clicked, the filter and sort used, and a
screenshot saved to out/test-review/ (EKSTRAK_TEST_OUT overrides the folder).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT

from ekstrak.batch import run_batch
from ekstrak.evaluate import load_gold
from ekstrak.review import article_rows, build_review

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[dev]')")
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

ARTICLES = ("vn-01", "id-03", "vn-05")
HOSTILE = (
    "Berita <script>window.__pwned = 1</script> Uji\n"
    'Di Provinsi Lang Son <img src=x onerror="window.__pwned = 2"> tingkat kemiskinan '
    "turun menjadi 3,5 persen pada tahun 2024 &amp; </script><b>tebal</b>.\n"
)


def _find(*names: str) -> str | None:
    for n in names:
        p = shutil.which(n) if "/" not in n else (n if Path(n).exists() else None)
        if p:
            return p
    return None


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    chrome = _find("chromium", "chromium-browser", "google-chrome")
    driver = _find("chromedriver", "/usr/lib/chromium/chromedriver")
    if chrome is None or driver is None:
        pytest.skip("no headless browser: install Debian's chromium and chromium-driver "
                    "(apt-get install -y chromium chromium-driver); .ci/run does when it can")
    opts = Options()
    opts.binary_location = chrome
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1600,900", "--hide-scrollbars"):
        opts.add_argument(arg)
    # An explicit driver path: Selenium Manager would otherwise try the network.
    d = webdriver.Chrome(service=Service(executable_path=driver), options=opts)
    yield d
    d.quit()


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("review")
    corpus = tmp / "corpus"
    corpus.mkdir()
    for aid in ARTICLES:
        shutil.copy(ROOT / "corpus" / f"{aid}.txt", corpus / f"{aid}.txt")
    (corpus / "hostile.txt").write_text(HOSTILE, "utf-8")
    res = run_batch([str(corpus)], tmp / "out", progress=False)
    assert res.failed == 0
    html = tmp / "review.html"
    st = build_review(tmp / "out", html, corpus=corpus, gold_dir=ROOT / "gold")
    assert st.articles == 4 and st.with_text == 4 and st.gold_articles == 3
    return {"html": html, "out": tmp / "out", "corpus": corpus, "stats": st}


def _rows(browser) -> list:  # type: ignore[no-untyped-def]
    return browser.find_elements(By.CSS_SELECTOR, "#tbody tr")


def test_review_page_in_chromium(browser, page) -> None:  # type: ignore[no-untyped-def]
    from ekstrak.evaluate import load_predictions

    arts = load_predictions(page["out"])
    gold = load_gold(ROOT / "gold", ARTICLES)
    aid = "vn-01"
    text = (page["corpus"] / f"{aid}.txt").read_text("utf-8")
    rows = article_rows(arts[aid], gold[aid])

    browser.get(page["html"].as_uri() + f"#{aid}")
    # The list: every article with its counts.
    items = browser.find_elements(By.CSS_SELECTOR, "#list li")
    assert sorted(li.get_attribute("data-id") for li in items) == sorted((*ARTICLES, "hostile"))
    assert browser.find_element(By.CSS_SELECTOR, "#list li.current").get_attribute("data-id") == aid
    # The text with its mentions highlighted by type.
    shown = browser.find_element(By.ID, "text").text
    assert shown.split() == text.split()
    for typ in ("QUANTITY", "PLACE", "DATE"):
        n = sum(m.type == typ for m in arts[aid].mentions)
        assert n and browser.find_elements(By.CSS_SELECTOR, f"#text .m-{typ}")
    # The table: one row per record, gold misses and spurious records marked as paired.
    assert len(_rows(browser)) == len(rows)
    missed = sum(r["match"] == "missed" for r in rows)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#tbody tr.r-missed")) == missed
    assert missed + sum(r["match"] != "missed" for r in rows) == len(rows)

    # Click the record whose evidence lies furthest down: its span is marked and scrolled to.
    last = max(range(len(rows)), key=lambda i: rows[i]["s"])
    pane = browser.find_element(By.ID, "textpane")
    assert browser.execute_script("return arguments[0].scrollTop", pane) == 0
    browser.find_element(By.CSS_SELECTOR, f'#tbody tr[data-row="{last}"]').click()
    marked = browser.find_elements(By.CSS_SELECTOR, "#text .ev-active")
    assert marked
    assert "".join(e.get_attribute("textContent") for e in marked) == text[rows[last]["s"]:rows[last]["e"]]
    assert "selected" in browser.find_element(By.CSS_SELECTOR, f'#tbody tr[data-row="{last}"]').get_attribute("class")
    assert browser.execute_script("return arguments[0].scrollTop", pane) > 0
    in_view = browser.execute_script(
        "const r = arguments[0].getBoundingClientRect(), p = arguments[1].getBoundingClientRect();"
        "return r.top >= p.top && r.bottom <= p.bottom;", marked[0], pane)
    assert in_view

    # Sort by value: ascending, then descending on a second click.
    def value_head():  # type: ignore[no-untyped-def]
        return browser.find_element(By.CSS_SELECTOR, '#thead th[data-key="value"]')  # redrawn per sort

    value_head().click()
    order = [int(tr.get_attribute("data-row")) for tr in _rows(browser)]
    assert [rows[i]["v"] for i in order] == sorted(r["v"] for r in rows)
    assert value_head().get_attribute("class") == "asc"
    value_head().click()
    order = [int(tr.get_attribute("data-row")) for tr in _rows(browser)]
    assert [rows[i]["v"] for i in order] == sorted((r["v"] for r in rows), reverse=True)
    assert value_head().get_attribute("class") == "desc"

    # Filter by text, then by match.
    ind = "poverty_rate"
    box = browser.find_element(By.ID, "filter")
    box.send_keys(ind)
    visible = _rows(browser)
    want = [r for r in rows if any(ind in str(r[k] or "") for k in ("indicator", "concept"))]
    assert 0 < len(visible) == len(want) < len(rows)
    assert all(ind in tr.text or ind in (tr.get_attribute("title") or "") for tr in visible)
    box.clear()
    box.send_keys(" ")  # clear() fires no input event
    assert len(_rows(browser)) == len(rows)
    Select(browser.find_element(By.ID, "matchfilter")).select_by_value("missed")
    assert len(_rows(browser)) == missed
    assert all("r-missed" in tr.get_attribute("class") for tr in _rows(browser))
    Select(browser.find_element(By.ID, "matchfilter")).select_by_value("")

    out = Path(os.environ.get("EKSTRAK_TEST_OUT", ROOT / "out" / "test-review"))
    out.mkdir(parents=True, exist_ok=True)
    browser.find_element(By.CSS_SELECTOR, f'#tbody tr[data-row="{last}"]').click()
    assert browser.save_screenshot(str(out / "review.png"))
    assert (out / "review.png").stat().st_size > 10_000


def test_review_page_keeps_markup_inert(browser, page) -> None:  # type: ignore[no-untyped-def]
    browser.get(page["html"].as_uri() + "#hostile")
    assert browser.execute_script("return window.__pwned === undefined")
    assert not browser.find_elements(By.CSS_SELECTOR, "#text script, #text img, #text b")
    shown = browser.find_element(By.ID, "text").get_attribute("textContent")
    assert shown == HOSTILE
    assert browser.find_element(By.ID, "arttitle").text.startswith("Berita <script>")
    # The page itself loaded: its own script ran and listed every article.
    assert len(browser.find_elements(By.CSS_SELECTOR, "#list li")) == 4
