"""Annotation tools: gold -> Label Studio / doccano -> gold is lossless, corrections come back."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS, need_shared

from ekstrak.annotate import (
    DOCCANO_META,
    DOCCANO_TASKS,
    LS_CONFIG,
    LS_TASKS,
    gold_from_ls_task,
    label_studio_config,
)
from ekstrak.cli import cli
from ekstrak.models import GoldArticle

RECORD_SLOTS = ("indicator", "concept", "value", "value_max", "unit", "qualifier", "kind", "status",
                "place", "group", "time", "programme", "evidence")


def _gold_files(gold_dir: Path) -> dict[str, dict[str, Any]]:
    return {p.stem: json.loads(p.read_text("utf-8")) for p in sorted(gold_dir.glob("*.json"))
            if p.name != "splits.json"}


def _leaves(x: Any, y: Any, where: tuple) -> int:
    """Assert x == y leaf by leaf (same keys at every level); the number of leaves back."""
    if isinstance(x, dict):
        assert isinstance(y, dict) and set(x) == set(y), where
        return sum(_leaves(x[k], y[k], (*where, k)) for k in x)
    if isinstance(x, list):
        assert isinstance(y, list) and len(x) == len(y), where
        return sum(_leaves(a, b, (*where, i)) for i, (a, b) in enumerate(zip(x, y, strict=True)))
    assert type(x) is type(y) and x == y, where
    return 1


def compare_field_by_field(a: dict[str, Any], b: dict[str, Any]) -> dict[str, int]:
    """Assert two gold files equal field by field (mentions with norms, records with every
    slot, article place); the mentions, records and leaf fields compared come back."""
    n = {"mentions": 0, "records": 0, "fields": 0}
    assert set(a) == set(b), a["id"]
    n["fields"] += _leaves(a.get("place"), b.get("place"), (a["id"], "place"))
    am, bm = a.get("mentions") or [], b.get("mentions") or []
    assert len(am) == len(bm), a["id"]
    for x, y in zip(am, bm, strict=True):
        n["fields"] += _leaves(x, y, (a["id"], "mention", x["start"]))
        n["mentions"] += 1
    assert len(a["records"]) == len(b["records"]), a["id"]
    for x, y in zip(a["records"], b["records"], strict=True):
        assert set(RECORD_SLOTS) - {"group"} <= set(x)
        n["fields"] += _leaves(x, y, (a["id"], "record", x["evidence"]["start"]))
        n["records"] += 1
    return n


def _round_trip(gold_dir: Path, texts: Path, fmt: str, tmp: Path, drop_meta: bool = False) -> dict[str, int]:
    exp, back = tmp / f"export-{fmt}", tmp / f"gold-{fmt}"
    r = CliRunner().invoke(cli, ["gold", "export", str(gold_dir), "--texts", str(texts), "--format", fmt,
                                 "-o", str(exp)])
    assert r.exit_code == 0, r.output
    assert (exp / LS_CONFIG).exists()
    args = ["gold", "import", "--format", fmt, "-o", str(back)]
    if fmt == "label-studio":
        args.insert(2, str(exp / LS_TASKS))
    else:
        src = exp / DOCCANO_TASKS
        if drop_meta:  # a tool that drops unknown keys: the side file carries them
            lines = [json.loads(ln) for ln in src.read_text("utf-8").splitlines()]
            src = tmp / "stripped.jsonl"
            src.write_text("".join(json.dumps({"text": ln["text"], "label": ln["label"]}) + "\n"
                                   for ln in lines), "utf-8")
            args += ["--meta", str(exp / DOCCANO_META)]
        args.insert(2, str(src))
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0, r.output
    orig, new = _gold_files(gold_dir), _gold_files(back)
    assert sorted(orig) == sorted(new)
    tot = {"files": len(orig), "mentions": 0, "records": 0, "fields": 0}
    for gid in orig:
        assert orig[gid] == new[gid]
        for k, v in compare_field_by_field(orig[gid], new[gid]).items():
            tot[k] += v
        GoldArticle.model_validate(new[gid])
    return tot


@pytest.mark.parametrize("fmt", ["label-studio", "doccano"])
def test_round_trip_is_lossless_on_the_seeds(fmt: str, tmp_path: Path) -> None:
    need_shared(SEEDS)
    tot = _round_trip(SEEDS / "gold", SEEDS, fmt, tmp_path)
    print(f"seeds {fmt}: {tot}")
    assert tot["files"] == 2 and tot["mentions"] == 99 and tot["records"] == 47


@pytest.mark.parametrize("fmt", ["label-studio", "doccano"])
def test_round_trip_is_lossless_on_the_project_gold(fmt: str, tmp_path: Path) -> None:
    tot = _round_trip(ROOT / "gold", ROOT / "corpus", fmt, tmp_path)
    print(f"project gold {fmt}: {tot}")
    gold = _gold_files(ROOT / "gold")
    assert tot["files"] == len(gold) >= 44
    assert tot["mentions"] == sum(len(g.get("mentions") or []) for g in gold.values()) > 2000
    assert tot["records"] == sum(len(g["records"]) for g in gold.values()) > 1000


@pytest.mark.parametrize("fmt", ["label-studio", "doccano"])
def test_round_trip_is_lossless_on_the_real_gold(fmt: str, tmp_path: Path) -> None:
    texts = Path(os.environ.get("EKSTRAK_REAL_TEXTS", ROOT.parent / "real-texts"))
    ids = [p.stem for p in (ROOT / "gold" / "real").glob("*.json")]
    missing = [i for i in ids if not (texts / f"{i}.txt").exists()]
    if not texts.is_dir() or not ids or missing:
        pytest.skip(f"real texts not (all) re-created in {texts}, {len(missing)} missing "
                    "(see ../shared/real/README.md)")
    tot = _round_trip(ROOT / "gold" / "real", texts, fmt, tmp_path)
    print(f"real gold {fmt}: {tot}")
    assert tot["files"] == len(list((ROOT / "gold" / "real").glob("*.json")))


def test_doccano_metadata_from_the_side_file(tmp_path: Path) -> None:
    tot = _round_trip(ROOT / "gold", ROOT / "corpus", "doccano", tmp_path, drop_meta=True)
    assert tot["files"] >= 44


def _ls_export(tmp_path: Path, src: Path, texts: Path) -> list[dict[str, Any]]:
    r = CliRunner().invoke(cli, ["gold", "export", str(src), "--texts", str(texts), "--format",
                                 "label-studio", "-o", str(tmp_path / "ls")])
    assert r.exit_code == 0, r.output
    return json.loads((tmp_path / "ls" / LS_TASKS).read_text("utf-8"))


def test_corrections_made_in_label_studio_come_back(tmp_path: Path) -> None:
    (task,) = [t for t in _ls_export(tmp_path, ROOT / "gold", ROOT / "corpus")
               if t["data"]["article_id"] == "vn-01"]
    orig = json.loads((ROOT / "gold" / "vn-01.json").read_text("utf-8"))
    text = task["data"]["text"]
    res = task["annotations"][0]["result"]
    # As Label Studio writes it back: its own region ids, an annotation on the task.
    ids = {r["id"]: f"LS{i:04d}" for i, r in enumerate(res)}
    for r in res:
        r["id"] = ids[r["id"]]
    # 1) the first record relabelled and its status corrected
    first = next(r for r in res if r["from_name"] == "record")
    first["value"]["labels"] = ["budget_disbursed"]
    for r in res:
        if r["id"] == first["id"] and r["from_name"] == "status":
            r["value"]["choices"] = ["estimate"]
    # 2) the second record deleted (all its results)
    second = [r for r in res if r["from_name"] == "record"][1]
    res[:] = [r for r in res if r["id"] != second["id"]]
    # 3) a new PLACE mention drawn without a norm, 4) a slot edited in the JSON box
    s = text.index("Rabu")
    assert all(m["start"] != s for m in orig["mentions"])
    res.append({"id": "newone", "from_name": "mention", "to_name": "text", "type": "labels",
                "value": {"start": s, "end": s + 4, "text": "Rabu", "labels": ["DATE"]}})
    slots = next(r for r in res if r["from_name"] == "slots" and r["id"] == first["id"])
    d = json.loads(slots["value"]["text"][0])
    d["programme"] = "Program 1719"
    slots["value"]["text"] = [json.dumps(d)]
    task["annotations"] = [{"id": 7, "result": res, "was_cancelled": False}]

    got = gold_from_ls_task(task)
    assert got["records"][0]["indicator"] == "budget_disbursed"
    assert got["records"][0]["status"] == "estimate"
    assert got["records"][0]["programme"] == "Program 1719"
    assert len(got["records"]) == len(orig["records"]) - 1
    assert got["records"][1] == orig["records"][2]
    assert len(got["mentions"]) == len(orig["mentions"]) + 1
    assert [m for m in got["mentions"] if m["start"] == s] == [
        {"type": "DATE", "start": s, "end": s + 4, "text": "Rabu", "norm": None}]
    assert [m for m in got["mentions"] if m["start"] != s] == orig["mentions"]


def test_predictions_go_out_as_label_studio_predictions(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a1.txt").write_text(
        "Kemiskinan Lang Son\nPada tahun 2024, tingkat kemiskinan Provinsi Lang Son adalah 3,36%.\n", "utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["batch", str(corpus), "-o", str(out)]).exit_code == 0
    # A confidence on the record, as the reliability work writes it.
    line = json.loads((out / "articles.jsonl").read_text("utf-8"))
    line["records"][0]["confidence"] = 0.83
    (out / "articles.jsonl").write_text(json.dumps(line) + "\n", "utf-8")
    (task,) = _ls_export(tmp_path, out, corpus)
    assert "annotations" not in task
    (pred,) = task["predictions"]
    assert pred["model_version"].startswith("ekstrak ")
    rec = [r for r in pred["result"] if r["from_name"] == "record"]
    assert [r["value"]["labels"] for r in rec] == [["poverty_rate"]]
    assert rec[0]["score"] == 0.83 and pred["score"] == 0.83
    got = gold_from_ls_task(task)
    GoldArticle.model_validate(got)
    assert got["records"][0]["value"] == 3.36 and got["records"][0]["evidence"]["text"] == "3,36%"
    assert "confidence" not in got["records"][0] and "why" not in got["records"][0]
    assert {m["type"] for m in got["mentions"]} == {"PLACE", "DATE", "QUANTITY"}


def test_label_studio_config_names_every_control_the_tasks_use() -> None:
    xml = label_studio_config(["poverty_rate", "made_up_code"])
    import xml.etree.ElementTree as ET

    root = ET.fromstring(xml)
    names = {e.get("name") for e in root.iter() if e.get("name")}
    assert names == {"mention", "record", "text", "norm", "kind", "status", "slots", "place"}
    labels = {e.get("value") for e in root.iter("Label")}
    assert {"QUANTITY", "PLACE", "DATE", "poverty_rate", "other", "made_up_code"} <= labels


def test_one_region_with_both_label_sets_gives_a_mention_and_a_record() -> None:
    text = "Angka kemiskinan 3,36% pada 2024."
    val = {"start": 17, "end": 22, "text": "3,36%"}
    task = {"data": {"text": text, "article_id": "x"}, "annotations": [{"result": [
        {"id": "a", "from_name": "mention", "type": "labels", "value": {**val, "labels": ["QUANTITY"]}},
        {"id": "a", "from_name": "record", "type": "labels", "value": {**val, "labels": ["poverty_rate"]}},
        {"id": "a", "from_name": "norm", "type": "textarea",
         "value": {"start": 17, "end": 22, "text": ['{"value": 3.36, "unit": "%"}']}},
        {"id": "a", "from_name": "slots", "type": "textarea",
         "value": {"start": 17, "end": 22, "text": ['{"value": 3.36, "unit": "%"}']}},
    ]}]}
    got = gold_from_ls_task(task)
    assert got["mentions"] == [{"type": "QUANTITY", "start": 17, "end": 22, "text": "3,36%",
                                "norm": {"value": 3.36, "unit": "%"}}]
    assert got["records"] == [{"indicator": "poverty_rate", "value": 3.36, "unit": "%",
                               "evidence": {"start": 17, "end": 22, "text": "3,36%"}}]
    GoldArticle.model_validate(got)


def test_a_broken_json_box_names_the_article(tmp_path: Path) -> None:
    task = {"data": {"text": "Angka 3,36%.", "article_id": "berita-7"}, "annotations": [{"result": [
        {"id": "a", "from_name": "record", "type": "labels",
         "value": {"start": 6, "end": 11, "labels": ["poverty_rate"]}},
        {"id": "a", "from_name": "slots", "type": "textarea",
         "value": {"start": 6, "end": 11, "text": ['{"value": 3.36, unit: "%"}']}},
    ]}]}
    f = tmp_path / "export.json"
    f.write_text(json.dumps([task]), "utf-8")
    r = CliRunner().invoke(cli, ["gold", "import", str(f), "--format", "label-studio", "-o", str(tmp_path / "g")])
    assert r.exit_code == 1
    assert "item 1 (berita-7): JSONDecodeError" in r.output
