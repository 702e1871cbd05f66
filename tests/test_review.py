"""The review page without a browser: data it carries, escaping, agreement with the evaluator."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from ekstrak import parse_article
from ekstrak.cli import cli
from ekstrak.evaluate import load_gold, score_article
from ekstrak.models import Article, Evidence, Place, Record, TimeNorm
from ekstrak.review import article_rows, fmt_time, fmt_value, script_json


def _rec(value: float, unit: str = "%", **kw) -> Record:  # type: ignore[no-untyped-def]
    return Record(indicator=kw.pop("indicator", "poverty_rate"), value=value, unit=unit,
                  evidence=Evidence(start=kw.pop("start", 0), end=kw.pop("end", 4)), **kw)


@pytest.mark.parametrize(
    ("record", "shown"),
    [
        (_rec(3.36), "3.36"),
        (_rec(1149183000000.0, "VND"), "1,149,183,000,000"),
        (_rec(30e6, "VND", value_max=50e6), "30,000,000–50,000,000"),
        (_rec(63000, "household", qualifier="more_than"), ">63,000"),
        (_rec(1860000, "person", qualifier="about"), "~1,860,000"),
    ],
)
def test_values_read_as_written(record: Record, shown: str) -> None:
    assert fmt_value(record) == shown


@pytest.mark.parametrize(
    ("time", "shown"),
    [(TimeNorm(start="2024", end="2024"), "2024"), (TimeNorm(start="2021", end="2025"), "2021–2025"),
     (None, ""), (TimeNorm(start=None, end="2025"), "?–2025")],
)
def test_times_read_as_written(time: TimeNorm | None, shown: str) -> None:
    assert fmt_time(time) == shown


@pytest.mark.parametrize(
    "text",
    ["</script><script>alert(1)</script>", "a <!-- b", "x & y > z", "line\u2028sep", "<img src=x onerror=1>"],
)
def test_script_json_cannot_close_its_element(text: str) -> None:
    s = script_json({"t": text})
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s
    assert json.loads(s) == {"t": text}


def test_rows_pair_as_the_evaluator_does() -> None:
    gold = load_gold(ROOT / "gold", ["vn-01", "id-03"])
    for gid, g in gold.items():
        text = (ROOT / "corpus" / f"{gid}.txt").read_text("utf-8")
        art = parse_article(text, id=gid)
        art.records = art.records[1:]  # one miss at least
        rows = article_rows(art, g)
        errors = score_article(art, g, text).errors
        by = {k: sum(e["error"] == k for e in errors) for k in ("missed", "spurious", "wrong_slots")}
        assert sum(r["match"] == "missed" for r in rows) == by["missed"] >= 1
        assert sum(r["match"] == "spurious" for r in rows) == by["spurious"]
        # 'slots' also counts a differing qualifier, which records-strict ignores.
        assert sum(r["match"] == "slots" for r in rows) >= by["wrong_slots"]
        assert len(rows) == len(art.records) + by["missed"]


def test_gold_differences_are_shown_under_the_slot() -> None:
    g = _rec(5.0, place=Place(name="Lang Son"), time=TimeNorm(start="2024", end="2024"))
    p = _rec(5.0, place=Place(name="Lạng Sơn", level="province"), time=TimeNorm(start="2023", end="2023"),
             indicator="other")
    from ekstrak.models import GoldArticle

    (row,) = article_rows(Article(id="a", records=[p]), GoldArticle(id="a", records=[g]))
    assert row["match"] == "slots"
    assert row["gold"] == {"indicator": "poverty_rate", "time": "2024"}  # place equal once folded


def test_review_command_writes_one_inert_file(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "berita.txt").write_text(
        "Judul <script>alert('x')</script>\nTingkat kemiskinan turun menjadi 3,36% pada 2024.\n", "utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["batch", str(corpus), "-o", str(out)]).exit_code == 0
    html = tmp_path / "review.html"
    res = CliRunner().invoke(cli, ["review", str(out), "-o", str(html), "--corpus", str(corpus)])
    assert res.exit_code == 0, res.output
    assert "1 articles (1 with text), 1 records" in res.output
    page = html.read_text("utf-8")
    # Only the page's own three script elements; no address outside the file.
    assert len(re.findall(r"<script", page, flags=re.I)) == 3
    assert "alert" in page and "<script>alert" not in page
    assert not re.search(r"(src|href)=[\"']?(https?:)?//", page)
    data = json.loads(re.search(r'<script id="data" type="application/json">(.*?)</script>', page,
                                flags=re.S).group(1))
    assert data[0]["text"].startswith("Judul <script>")
    assert [r["value"] for r in data[0]["rows"]] == ["3.36"]


def test_review_without_text_says_so(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.jsonl").write_text(Article(id="hilang", records=[_rec(2.0)]).model_dump_json() + "\n")
    res = CliRunner().invoke(cli, ["review", str(out), "-o", str(tmp_path / "r.html")])
    assert res.exit_code == 0
    assert "1 articles without text: pass --corpus DIR" in res.output


def test_review_needs_batch_output(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["review", str(tmp_path), "-o", str(tmp_path / "r.html")])
    assert res.exit_code == 2 and "articles.jsonl" in res.output
