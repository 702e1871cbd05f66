"""Gold labels of the real web pages (gold/real, gold/real-extra): consistent with their texts
and the splits.

The texts themselves are third-party and never committed; they are re-created into
``../real-texts`` (or ``$EKSTRAK_REAL_TEXTS``) as ``../shared/real/README.md`` says.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import ROOT, load_script

GOLD = ROOT / "gold" / "real"
SPLITS = json.loads((ROOT / "gold" / "splits.json").read_text("utf-8"))
# Every extra real set and the holdout: one folder each, named as its split.
EXTRA_SPLITS = sorted(k for k in SPLITS if k.startswith("real-extra") or k == "real-holdout")
TEXTS = Path(os.environ.get("EKSTRAK_REAL_TEXTS", ROOT.parent / "real-texts"))


def _files() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


def _extra_files() -> list[Path]:
    return sorted(p for k in EXTRA_SPLITS for p in (ROOT / "gold" / k).glob("*.json"))


def test_real_splits_are_disjoint_and_cover_the_gold_files() -> None:
    splits = json.loads((ROOT / "gold" / "splits.json").read_text("utf-8"))
    dev, test = set(splits["real-dev"]), set(splits["real-test"])
    assert dev and test and not dev & test
    labelled = {p.stem for p in _files()}
    assert labelled <= dev | test, labelled - (dev | test)


@pytest.mark.parametrize("split", EXTRA_SPLITS)
def test_extra_splits_list_exactly_their_gold_files(split: str) -> None:
    splits, folder = SPLITS, ROOT / "gold" / split
    ids = set(splits[split])
    assert ids == {p.stem for p in folder.glob("*.json")}
    others = set().union(*(set(v) for k, v in splits.items() if k != split))
    assert not ids & others
    listed = [line.split("\t", 1)[0] for line in
              (folder / "sources.tsv").read_text("utf-8").splitlines()[1:]]
    assert sorted(listed) == sorted(ids)


def test_real_gold_files_match_their_texts() -> None:
    if not _files():
        pytest.skip("no gold/real files yet")
    if not TEXTS.is_dir():
        pytest.skip(f"real texts not re-created in {TEXTS} (see ../shared/real/README.md)")
    mod = load_script("check_gold")
    present = [p for p in _files() + _extra_files() if (TEXTS / f"{p.stem}.txt").exists()]
    if not present:
        pytest.skip(f"none of the labelled real texts is in {TEXTS}")
    problems = [msg for p in present for msg in mod.check_file(p, TEXTS)]
    assert problems == []
