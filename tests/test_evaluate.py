"""The evaluator: pairing rule, slot accuracy, strict records, mention scores, loaders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEEDS, need_shared

from ekstrak.evaluate import (
    evaluate,
    fold,
    load_gold,
    load_predictions,
    pair_records,
    place_key,
    score_article,
)
from ekstrak.models import Article, Evidence, GoldArticle, Mention, Place, Record, TimeNorm


def rec(value: float, unit: str = "%", start: int = 0, **kw: object) -> Record:
    base = dict(indicator="poverty_rate", concept="", value=value, unit=unit,
                evidence=Evidence(start=start, end=start + 3))
    base.update(kw)
    return Record.model_validate(base)


def test_pairing_needs_same_unit_and_value_within_tolerance() -> None:
    gold = [rec(3.36, start=10), rec(2.66, start=30)]
    pred = [rec(3.3633, start=11), rec(2.66, "pp", start=30)]
    pairs = pair_records(pred, gold)
    assert pairs == [(0, 0)]  # 0.1% relative tolerance holds; pp != %


def test_pairing_is_one_to_one_nearest_offset() -> None:
    gold = [rec(5.0, start=10), rec(5.0, start=100)]
    pred = [rec(5.0, start=98)]
    assert pair_records(pred, gold) == [(0, 1)]


def test_value_max_must_agree() -> None:
    assert pair_records([rec(1.0, value_max=1.5)], [rec(1.0)]) == []
    assert pair_records([rec(1.0, value_max=1.5)], [rec(1.0, value_max=1.5)]) == [(0, 0)]


def test_place_comparison_folds_and_expands_abbreviations() -> None:
    assert place_key(Place(name="NTT")) == place_key(Place(name="Nusa Tenggara Timur", level="province"))
    assert place_key(Place(name="Lạng Sơn")) == place_key(Place(name="lang son"))
    # one place whichever way a page splits or joins its name (session 44)
    assert place_key(Place(name="Gunung Kidul")) == place_key(Place(name="Gunungkidul"))
    assert place_key(Place(name="Bandarlampung")) == place_key(Place(name="Bandar Lampung"))
    assert fold("Đắk Lắk") == "dak lak"


def test_strict_records_and_slots() -> None:
    place = Place(name="Lang Son", level="province", country="VN")
    g = GoldArticle(id="a", records=[
        rec(3.36, start=0, place=place, time=TimeNorm(start="2024", end="2024")),
        rec(2.66, start=20, kind="change", place=place, time=TimeNorm(start="2023", end="2024")),
        rec(922, "house", start=40, indicator="houses_built"),
    ])
    p = Article(id="a", records=[
        rec(3.36, start=0, place=Place(name="LANG SON"), time=TimeNorm(start="2024", end="2024")),
        rec(2.66, start=20, kind="level", place=place, time=TimeNorm(start="2023", end="2024")),
        rec(7, "house", start=60, indicator="houses_built"),
    ])
    d = evaluate({"a": g}, {"a": p}).as_dict()
    assert d["quantity"]["tp"] == 2 and d["quantity"]["pred"] == 3 and d["quantity"]["gold"] == 3
    assert d["records_strict"]["tp"] == 1
    assert d["slot_accuracy"]["kind"]["accuracy"] == 0.5
    assert d["slot_accuracy"]["place"]["accuracy"] == 1.0
    errors = evaluate({"a": g}, {"a": p}).totals().errors
    assert sorted(e["error"] for e in errors) == ["missed", "spurious", "wrong_slots"]


def test_mentions_strict_and_partial() -> None:
    gm = [Mention(type="QUANTITY", start=0, end=10, text="x" * 10),
          Mention(type="PLACE", start=20, end=28, text="Lang Son")]
    pm = [Mention(type="QUANTITY", start=0, end=8, text="x" * 8),
          Mention(type="PLACE", start=20, end=28, text="Lang Son")]
    d = evaluate({"a": GoldArticle(id="a", mentions=gm, records=[])},
                 {"a": Article(id="a", mentions=pm)}).as_dict()
    assert d["mentions"]["QUANTITY.strict"]["tp"] == 0
    assert d["mentions"]["QUANTITY.partial"]["tp"] == 1
    assert d["mentions"]["PLACE.strict"]["f1"] == 1.0
    assert d["mentions"]["ALL.strict"]["tp"] == 1


def test_missing_prediction_counts_as_missed() -> None:
    g = GoldArticle(id="a", records=[rec(1.0)])
    rep = evaluate({"a": g}, {})
    assert rep.missing_predictions == ["a"]
    assert rep.as_dict()["quantity"]["recall"] == 0.0


def test_gold_files_of_the_seeds_load() -> None:
    need_shared(SEEDS)
    gold = load_gold(SEEDS / "gold")
    assert set(gold) == {"lang-son-2025", "thai-nguyen-2025"}
    assert sum(len(g.records) for g in gold.values()) == 47
    for name, g in gold.items():
        text = (SEEDS / f"{name}.txt").read_text("utf-8")
        assert g.mentions is not None
        for m in g.mentions:
            assert text[m.start : m.end] == m.text
        kinds = {type(m.norm).__name__ for m in g.mentions}
        assert kinds == {"QuantityNorm", "Place", "TimeNorm"}


def test_gold_scored_against_itself_is_perfect() -> None:
    need_shared(SEEDS)
    gold = load_gold(SEEDS / "gold")
    preds = {k: Article(id=k, mentions=g.mentions or [], records=g.records) for k, g in gold.items()}
    d = evaluate(gold, preds).as_dict()
    assert d["records_strict"]["f1"] == 1.0
    assert d["mentions"]["ALL.strict"]["f1"] == 1.0


def test_load_predictions_folder_and_jsonl(tmp_path: Path) -> None:
    a = Article(id="x", records=[rec(1.0)])
    (tmp_path / "x.json").write_text(a.model_dump_json())
    assert load_predictions(tmp_path)["x"].records[0].value == 1.0
    jl = tmp_path / "articles.jsonl"
    jl.write_text(a.model_dump_json() + "\n" + Article(id="y").model_dump_json() + "\n")
    assert set(load_predictions(jl)) == {"x", "y"}
    assert set(load_predictions(tmp_path)) == {"x", "y"}  # a folder with articles.jsonl uses it


def test_project_gold_files_are_consistent() -> None:
    """Every gold file of the project: offsets match its corpus text, one record per body quantity."""
    from conftest import ROOT

    gold_dir, corpus = ROOT / "gold", ROOT / "corpus"
    files = sorted(p for p in gold_dir.glob("*.json") if p.name != "splits.json")
    if not files:
        pytest.skip("no project gold files yet")
    for p in files:
        g = GoldArticle.model_validate_json(p.read_text("utf-8"))
        text = (corpus / f"{g.id}.txt").read_text("utf-8")
        spans = {}
        for m in g.mentions or []:
            assert text[m.start : m.end] == m.text, (g.id, m.text)
            if m.type == "QUANTITY":
                spans[(m.start, m.end)] = m.norm
        for r in g.records:
            assert (r.evidence.start, r.evidence.end) in spans, (g.id, r.evidence)
            n = spans[(r.evidence.start, r.evidence.end)]
            assert (n.value, n.value_max, n.unit, n.qualifier) == (r.value, r.value_max, r.unit, r.qualifier)
    splits = json.loads((gold_dir / "splits.json").read_text()) if (gold_dir / "splits.json").exists() else None
    if splits:
        assert not set(splits["dev"]) & set(splits["test"])


@pytest.mark.parametrize(
    ("pred", "gold", "f1"),
    [
        ("penduduk miskin", "jumlah penduduk miskin", 0.8),
        ("Penduduk Miskin", "penduduk miskin", 1.0),
        ("", "", 1.0),
        ("%", "tingkat kemiskinan", 0.0),
        ("", "rumah tangga miskin", 0.0),
    ],
)
def test_concept_token_f1(pred: str, gold: str, f1: float) -> None:
    from ekstrak.evaluate import concept_f1

    assert concept_f1(pred, gold) == pytest.approx(f1)


def test_group_and_programme_are_scored_beside_records_strict() -> None:
    g = rec(9.03, start=10)
    p = g.model_copy(update={"group": "perdesaan", "programme": None})
    g2 = g.model_copy(update={"group": None, "programme": "PKH"})
    sc = score_article(Article(id="a", records=[p]), GoldArticle(id="a", records=[g2]))
    assert sc.records_strict.tp == 1  # the further slots do not change records strict
    assert sc.slots["group"].tp == 0 and sc.slots["programme"].tp == 0
    assert sc.errors[0]["error"] == "wrong_extra"


def test_per_indicator_figures() -> None:
    # gold: two poverty rates and one household count; pred: one rate right, one rate
    # labelled income (pairs on value, wrong indicator), one household count with the wrong
    # time (indicator right, not strict), and one spurious figure.
    gold = GoldArticle(id="a", records=[
        rec(3.36, start=10), rec(2.66, start=40),
        rec(900.0, "household", start=80, indicator="poor_households"),
    ])
    pred = Article(id="a", records=[
        rec(3.36, start=10), rec(2.66, start=40, indicator="income"),
        rec(900.0, "household", start=80, indicator="poor_households",
            time=TimeNorm(start="2024", end="2024")),
        rec(7.0, "times", start=120, indicator="other"),
    ])
    d = evaluate({"a": gold}, {"a": pred}).as_dict()
    per = d["per_indicator"]
    assert sorted(per) == ["income", "other", "poor_households", "poverty_rate"]
    assert (per["poverty_rate"]["tp"], per["poverty_rate"]["pred"], per["poverty_rate"]["gold"]) == (1, 1, 2)
    assert per["poverty_rate"]["precision"] == 1.0 and per["poverty_rate"]["recall"] == 0.5
    assert (per["income"]["tp"], per["income"]["pred"], per["income"]["gold"]) == (0, 1, 0)
    assert per["poor_households"]["tp"] == 1 and per["poor_households"]["strict"]["tp"] == 0
    assert per["other"]["precision"] == 0.0
    # The per-indicator counts add up to the overall figures, which they leave unchanged.
    assert sum(c["pred"] for c in per.values()) == d["quantity"]["pred"] == 4
    assert sum(c["gold"] for c in per.values()) == d["quantity"]["gold"] == 3
    assert sum(c["tp"] for c in per.values()) == d["slot_accuracy"]["indicator"]["tp"] == 2
    assert sum(c["strict"]["tp"] for c in per.values()) == d["records_strict"]["tp"] == 1
