"""scripts/compare_code.py: split choice and what it prints of test splits (no parsing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import load_script


def _mod():  # type: ignore[no-untyped-def]
    return load_script("compare_code")


def test_test_splits_never_list_an_article() -> None:
    m = _mod()
    base = {"real-dev": {"r001": [3, 5, 5, 5]}, "real-test": {"r002": [1, 4, 4, 4]}}
    head = {"real-dev": {"r001": [4, 5, 5, 5]}, "real-test": {"r002": [2, 4, 4, 4]}}
    rows = m.article_changes(base, head)
    assert len(rows) == 1 and rows[0].startswith("r001") and "3 -> 4" in rows[0]


def test_splits_with_missing_texts_are_skipped_with_the_reason(tmp_path: Path) -> None:
    m = _mod()
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "splits.json").write_text(json.dumps({"dev": ["a1"], "real-dev": ["r1"],
                                                  "real-extra2": ["x1"], "real-extra": ["y1"]}))
    corpus, real = tmp_path / "corpus", tmp_path / "real"
    corpus.mkdir()
    real.mkdir()
    (corpus / "a1.txt").write_text("x")
    (real / "x1.txt").write_text("x")
    (real / "y1.txt").write_text("x")
    run, skipped = m.choose_splits("dev-all", gold, real, corpus)
    assert run == ["dev", "real-extra", "real-extra2"]  # numbered sets in their order
    assert skipped == [f"skip real-dev: 1 of 1 texts missing in {real}"]
    with pytest.raises(SystemExit, match="not in"):
        m.choose_splits("nope", gold, real, corpus)


def test_pooled_line_is_records_strict_f1() -> None:
    m = _mod()
    out = m.line("x", (3, 4, 4, 4))  # P = R = 0.75
    assert "F1 0.750" in out and "3 /      4" in out
