"""The command line: parse, schema, evaluate (table, --json keys, --errors, --per-article)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from conftest import ROOT, SEEDS, need_shared

from ekstrak.cli import cli


def test_parse_prints_article_json(tmp_path: Path) -> None:
    f = tmp_path / "berita-1.txt"
    f.write_text("Judul Berita Kemiskinan\nTingkat kemiskinan turun menjadi 3,36% pada 2024.\n", "utf-8")
    res = CliRunner().invoke(cli, ["parse", str(f)])
    assert res.exit_code == 0, res.output
    art = json.loads(res.output)
    assert art["id"] == "berita-1"
    assert art["title"] == "Judul Berita Kemiskinan"
    assert [r["value"] for r in art["records"]] == [3.36]


def test_parse_reports_unreadable_file(tmp_path: Path) -> None:
    f = tmp_path / "rusak.txt"
    f.write_bytes(b"\xff\xfe\xfa bukan utf-8")  # a UTF-16 mark, then an odd number of bytes
    res = CliRunner().invoke(cli, ["parse", str(f)])
    assert res.exit_code == 1
    assert "rusak.txt" in res.output and "not valid utf-16" in res.output


def test_schema_is_the_article_json_schema() -> None:
    res = CliRunner().invoke(cli, ["schema"])
    schema = json.loads(res.output)
    assert schema["title"] == "Article"
    assert {"Mention", "Record", "QuantityNorm", "Place", "TimeNorm"} <= set(schema["$defs"])


def test_evaluate_needs_pred_or_corpus() -> None:
    res = CliRunner().invoke(cli, ["evaluate", str(ROOT / "gold")])
    assert res.exit_code == 2


def test_evaluate_json_report(tmp_path: Path) -> None:
    need_shared(SEEDS)
    out = tmp_path / "report.json"
    res = CliRunner().invoke(
        cli,
        ["evaluate", str(SEEDS / "gold"), "--corpus", str(SEEDS), "--json", str(out),
         "--per-article", "--errors"],
    )
    assert res.exit_code == 0, res.output
    assert "records strict" in res.output and "matching:" in res.output
    d = json.loads(out.read_text())
    assert {"mentions", "quantity", "slot_accuracy", "records_strict"} <= set(d)
    for key in ("QUANTITY.strict", "PLACE.partial", "DATE.strict"):
        assert set(d["mentions"][key]) >= {"precision", "recall", "f1", "tp", "pred", "gold"}
    assert d["quantity"]["gold"] == 47
    assert set(d["per_article"]) == {"lang-son-2025", "thai-nguyen-2025"}


def test_evaluate_reads_batch_output(tmp_path: Path) -> None:
    need_shared(SEEDS)
    runner = CliRunner()
    res = runner.invoke(cli, ["batch", str(SEEDS), "-o", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    res = runner.invoke(cli, ["evaluate", str(SEEDS / "gold"), str(tmp_path / "out" / "articles.jsonl")])
    assert res.exit_code == 0 and "quantity (record pairs)" in res.output
