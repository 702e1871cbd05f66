#!/usr/bin/env python3
"""Compare two versions of the code on the gold splits: ``compare_code.py --base REV``.

Each version (a git revision, checked out into a temporary worktree, or a source folder;
``--head`` defaults to this checkout's ``src``) parses the texts of the chosen splits in a
child process of its own; the gold is this checkout's for both, so a gold mend moves both
sides alike. Prints records strict (right / gold / predicted, F1) and QUANTITY pairs per
split and pooled for each side, then, for dev splits only, every article whose count of
right records or of predicted records differs. Test splits (``test``, ``real-test``,
``real-holdout``) print aggregate figures only, never an article (GUIDELINES: read only
aggregate figures of test splits).

Splits: a comma list, or ``dev-all`` (own dev, real-dev and every real-extra set whose texts
exist), ``held-out`` (the three test splits). Real texts come from ``$EKSTRAK_REAL_TEXTS`` or
``../real-texts``; a split whose texts are missing is skipped with the reason.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from ekstrak.evaluate import real_dev_splits

ROOT = Path(__file__).resolve().parent.parent
TEST_SPLITS = frozenset({"test", "real-test", "real-holdout"})

# Run in the child with PYTHONPATH set to one version's src: per-article counts as JSON.
_CHILD = r"""
import json, sys
from pathlib import Path
from ekstrak import parse_article, read_text
from ekstrak.evaluate import evaluate, load_gold, load_split
from ekstrak.records.learned import using
gold_dir, real, corpus, mode = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
out = {}
for split in sys.argv[5].split(","):
    ids = load_split(gold_dir, split)
    texts = real if split.startswith("real") else corpus
    gold = load_gold(gold_dir, ids)
    with using(mode=mode):
        preds = {i: parse_article(read_text(texts / f"{i}.txt"), id=i) for i in ids}
    rep = evaluate(gold, preds)
    out[split] = {a.id: [a.records_strict.tp, a.records_strict.gold, a.records_strict.pred,
                         a.quantity.tp] for a in rep.articles}
print(json.dumps(out))
"""


def choose_splits(spec: str, gold_dir: Path, real: Path, corpus: Path) -> tuple[list[str], list[str]]:
    """(splits to run, reasons for the ones skipped)."""
    names = json.loads((gold_dir / "splits.json").read_text("utf-8"))
    if spec == "dev-all":
        wanted = ["dev", *real_dev_splits(gold_dir)]
    elif spec == "held-out":
        wanted = ["test", "real-test", "real-holdout"]
    else:
        wanted = [s for s in spec.split(",") if s]
    run, skipped = [], []
    for s in wanted:
        if s not in names:
            raise SystemExit(f"split {s!r} is not in {gold_dir / 'splits.json'}")
        texts = real if s.startswith("real") else corpus
        missing = [i for i in names[s] if not (texts / f"{i}.txt").exists()]
        if missing:
            skipped.append(f"skip {s}: {len(missing)} of {len(names[s])} texts missing in {texts}")
        else:
            run.append(s)
    return run, skipped


def score(src: Path, splits: list[str], real: Path, mode: str) -> dict[str, dict[str, list[int]]]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    res = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT / "gold"), str(real),
                          str(ROOT / "corpus"), mode, ",".join(splits)],
                         env=env, capture_output=True, text=True, check=False)
    if res.returncode:
        raise SystemExit(f"{src}: the evaluation failed:\n{res.stderr[-2000:]}")
    return json.loads(res.stdout)


def totals(per_article: dict[str, list[int]]) -> tuple[int, int, int, int]:
    tp, gold, pred, qtp = (sum(v[k] for v in per_article.values()) for k in range(4))
    return tp, gold, pred, qtp


def line(name: str, t: tuple[int, int, int, int]) -> str:
    tp, gold, pred, qtp = t
    f1 = 2 * tp / (gold + pred) if gold + pred else 0.0
    return f"{name:18s} records strict {tp:6d} / {gold:6d} (pred {pred:6d})  F1 {f1:.3f}  QUANTITY pairs {qtp:6d}"


def article_changes(base: dict[str, dict[str, list[int]]], head: dict[str, dict[str, list[int]]]
                    ) -> list[str]:
    """Dev articles whose right or predicted record count differs (never a test split's)."""
    rows = []
    for split, arts in head.items():
        if split in TEST_SPLITS:
            continue
        for aid, h in arts.items():
            b = base[split][aid]
            if (b[0], b[2]) != (h[0], h[2]):
                rows.append(f"{aid:10s} {split:16s} right {b[0]} -> {h[0]}  predicted {b[2]} -> {h[2]}")
    return rows


def _source(rev_or_dir: str, tmp: Path) -> Path:
    """A source folder as given, or a revision checked out into a temporary worktree."""
    p = Path(rev_or_dir)
    if p.is_dir():
        return p / "src" if (p / "src" / "ekstrak").is_dir() else p
    dest = tmp / "base"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(dest),
                    rev_or_dir], check=True, capture_output=True)
    return dest / "src"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True, help="git revision or source folder")
    ap.add_argument("--head", default=str(ROOT / "src"), help="source folder (default: src)")
    ap.add_argument("--splits", default="dev-all", help="comma list, dev-all or held-out")
    ap.add_argument("--slots", default="combined", choices=("rules", "model", "combined"))
    ap.add_argument("--real", type=Path, default=Path(
        os.environ.get("EKSTRAK_REAL_TEXTS") or ROOT.parent / "real-texts"))
    args = ap.parse_args(argv)
    splits, skipped = choose_splits(args.splits, ROOT / "gold", args.real, ROOT / "corpus")
    for s in skipped:
        print(s, file=sys.stderr)
    if not splits:
        print("nothing to compare", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        base_src = _source(args.base, Path(tmp))
        try:
            base = score(base_src, splits, args.real, args.slots)
        finally:
            if base_src.parent == Path(tmp) / "base":
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                                str(base_src.parent)], capture_output=True, check=False)
    head = score(Path(args.head), splits, args.real, args.slots)
    for name, res in (("base", base), ("head", head)):
        print(f"== {name} ({args.slots})")
        for s in splits:
            print(line(s, totals(res[s])))
        pooled = {f"{s}/{a}": v for s in splits for a, v in res[s].items()}
        print(line(f"pooled ({len(splits)})", totals(pooled)))
    rows = article_changes(base, head)
    print(f"== dev articles that changed: {len(rows)}")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
