"""How the review page scales: build time, file size and browser timings for N articles.

    .venv/bin/python benchmarks/review_page.py [N]     # default 300

The corpus/ articles are copied under new ids until there are N, parsed with
``run_batch``, and the page is built with the project gold (the copies of a gold
article are paired with it). With chromium and chromedriver present, the page is
opened headless: time until its script has listed every article, and the median
time to open one article (text highlighted, table drawn).
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from ekstrak.batch import run_batch
from ekstrak.review import build_review

ROOT = Path(__file__).resolve().parents[1]


def main(n: int = 300) -> None:
    work = Path(tempfile.mkdtemp(prefix="ekstrak-review-"))
    corpus, gold = work / "corpus", work / "gold"
    corpus.mkdir()
    gold.mkdir()
    src = sorted((ROOT / "corpus").glob("*.txt"))
    for i in range(n):
        f = src[i % len(src)]
        aid = f.stem if i < len(src) else f"{f.stem}-copy{i // len(src)}"
        shutil.copy(f, corpus / f"{aid}.txt")
        g = ROOT / "gold" / f"{f.stem}.json"
        if g.exists():
            (gold / f"{aid}.json").write_text(g.read_text("utf-8").replace(
                f'"id": "{f.stem}"', f'"id": "{aid}"', 1), "utf-8")
    t = time.perf_counter()
    run_batch([str(corpus)], work / "out", progress=False)
    t_batch = time.perf_counter() - t
    t = time.perf_counter()
    st = build_review(work / "out", work / "review.html", corpus=corpus, gold_dir=gold)
    t_build = time.perf_counter() - t
    print(f"{st.articles} articles, {st.records} records, {st.missed} missed, {st.spurious} spurious")
    print(f"batch {t_batch:.1f} s; page built in {t_build:.2f} s; {st.bytes / 1e6:.2f} MB")
    chrome, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if chrome and driver:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service

        opts = Options()
        opts.binary_location = chrome
        for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
            opts.add_argument(a)
        d = webdriver.Chrome(service=Service(executable_path=driver), options=opts)
        try:
            t = time.perf_counter()
            d.get((work / "review.html").as_uri())
            listed = d.execute_script("return document.querySelectorAll('#list li').length")
            t_load = time.perf_counter() - t
            ids = d.execute_script("return DATA.map(a => a.id)")
            opens = []
            for aid in ids[:: max(1, len(ids) // 40)]:
                ms = d.execute_script(
                    "const t = performance.now(); location.hash = arguments[0]; show(arguments[0]);"
                    "return performance.now() - t;", aid)
                opens.append(ms)
            print(f"chromium: loaded and listed {listed} articles in {t_load:.2f} s; "
                  f"opening an article: median {statistics.median(opens):.1f} ms, "
                  f"max {max(opens):.1f} ms ({len(opens)} opened)")
        finally:
            d.quit()
    else:
        print("chromium/chromedriver not found: browser timings skipped")
    shutil.rmtree(work)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
