"""scripts/real_texts.py: the plan of look-ups and the sha256-checked write (no network)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import load_script


def _mod():  # type: ignore[no-untyped-def]
    return load_script("real_texts")


TEXT = ' date 2024-02 Jumlah penduduk miskin 25,22 juta orang.\n"Kutipan" \u2013 akhir'
ROWS = [
    {"id": "r900", "url": "u1", "query": "q one", "sha256": hashlib.sha256(TEXT.encode()).hexdigest()},
    {"id": "r901", "url": "u2", "query": "q one", "sha256": "0" * 64},
    {"id": "r902", "url": "u3", "query": "q two", "sha256": "1" * 64},
]


def test_put_writes_only_the_listed_text_exactly(tmp_path: Path) -> None:
    m = _mod()
    literal = json.dumps(TEXT)  # as the search answer shows it: quotes and escapes
    assert m.put("r900", literal, ROWS, tmp_path) == "r900: ok"
    assert (tmp_path / "r900.txt").read_bytes() == TEXT.encode("utf-8")  # no newline added
    with pytest.raises(ValueError, match="r901: sha256"):
        m.put("r901", literal, ROWS, tmp_path)
    assert not (tmp_path / "r901.txt").exists()  # a wrong copy is never written
    with pytest.raises(ValueError, match="not in any sources.tsv"):
        m.put("r999", literal, ROWS, tmp_path)
    with pytest.raises(ValueError, match="not a JSON string literal"):
        m.put("r900", TEXT, ROWS, tmp_path)  # unescaped text is refused, not guessed at


def test_plan_groups_missing_rows_by_query_and_deals_them_out(tmp_path: Path) -> None:
    m = _mod()
    (tmp_path / "r900.txt").write_bytes(TEXT.encode("utf-8"))
    groups = m.missing_groups(ROWS, tmp_path)
    assert {q: [r["id"] for r in g] for q, g in groups.items()} == {"q one": ["r901"],
                                                                    "q two": ["r902"]}
    parts = m.split_groups(list(groups.values()), 2)
    assert sorted(len(p) for p in parts) == [1, 1]


def test_every_listed_real_page_has_an_id_url_query_and_sha256() -> None:
    rows = _mod().sources()
    if not rows:
        pytest.skip("no sources lists found")
    assert all(r["id"] and r["url"] and r["query"] and len(r["sha256"]) == 64 for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)  # one text per id across all lists


def test_sets_select_lists_and_ranges_expand() -> None:
    m = _mod()
    assert m.parse_sets("real, real-holdout,real-extra1..3") == {
        "real", "real-holdout", "real-extra", "real-extra2", "real-extra3"}
    with pytest.raises(ValueError, match="a range is"):
        m.parse_sets("real-extra..5")
    rows = m.sources(sets={"real-holdout"})
    every = m.sources()
    if not every:
        pytest.skip("no sources lists found")
    assert 0 < len(rows) < len(every)
