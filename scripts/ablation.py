"""Ablation of the slot deciders (issue 12): ``make ablation``.

For each mode (rules | model | combined), per-slot accuracy and records strict F1 on the own
dev and test splits, on real-dev and every real-extra set (dev), on real-test and real-holdout (test; those need the real texts:
``$EKSTRAK_REAL_TEXTS`` or ``../real-texts``; skipped with a note when absent). Only aggregate
figures are printed. The shipped models were trained on the dev splits, so their dev columns
are in-sample; the cross-validated dev figures that chose the default are printed after.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from ekstrak import parse_article, read_text
from ekstrak.evaluate import STRICT_SLOTS, evaluate, load_gold, load_split, real_dev_splits
from ekstrak.records.learned import MODES, shipped_models, using

ROOT = Path(__file__).resolve().parents[1]
# Own dev and test, every real dev set, then the two real test splits.
SPLITS = ("dev", "test", *real_dev_splits(ROOT / "gold"), "real-test", "real-holdout")
COLUMNS = (*STRICT_SLOTS, "records strict F1")


def split_scores(split: str, texts: Path, mode: str) -> dict[str, float] | None:
    gold = load_gold(ROOT / "gold", load_split(ROOT / "gold", split))
    preds = {}
    for gid in gold:
        f = texts / f"{gid}.txt"
        if not f.exists():
            return None
        with using(mode=mode):
            preds[gid] = parse_article(read_text(f), id=gid)
    d = evaluate(gold, preds).as_dict()
    out = {s: d["slot_accuracy"][s]["accuracy"] for s in STRICT_SLOTS}
    out["records strict F1"] = d["records_strict"]["f1"]
    out["records"] = len(gold) and d["records_strict"]["gold"]
    return out


def table(rows: list[tuple[str, str, dict[str, float]]]) -> str:
    lines = ["| mode | split | " + " | ".join(COLUMNS) + " |",
             "|---|---|" + "---:|" * len(COLUMNS)]
    for mode, split, s in rows:
        lines.append(f"| {mode} | {split} | " + " | ".join(f"{s[c]:.3f}" for c in COLUMNS) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--real", type=Path, default=Path(
        os.environ.get("EKSTRAK_REAL_TEXTS") or ROOT.parent / "real-texts"))
    ap.add_argument("--json", type=Path, help="Also write the figures here.")
    args = ap.parse_args(argv)
    rows = []
    for split in SPLITS:
        texts = args.real if split.startswith("real") else ROOT / "corpus"
        if not texts.is_dir():
            print(f"skip {split}: no texts in {texts} (set EKSTRAK_REAL_TEXTS)", file=sys.stderr)
            continue
        for mode in MODES:
            s = split_scores(split, texts, mode)
            if s is None:
                print(f"skip {split}: some texts missing in {texts}", file=sys.stderr)
                break
            rows.append((mode, split, s))
    models = shipped_models()
    print("## Shipped models on each split (dev columns are in-sample: the models were "
          "trained on them)\n")
    print(table(rows))
    cv = json.loads((Path(__file__).resolve().parents[1] / "src" / "ekstrak" / "data" / "slots"
                     / "calibration.json").read_text()).get("cv", {})
    print("\n## Cross-validated dev figures (every article parsed by models trained "
          "without it); the default is the best records strict F1 on dev+real-dev\n")
    cv_rows = [(mode, name, {**s, "records strict F1": s["records_strict_f1"]})
               for mode, by_set in cv.items() for name, s in by_set.items() if name != "seeds"]
    print(table(cv_rows))
    print(f"\ndefault mode: {models.default}; combined thresholds: {models.thresholds}")
    if args.json:
        args.json.write_text(json.dumps({"shipped": rows, "cv": cv}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
