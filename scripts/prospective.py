"""Prospective ablation of the slot deciders: ``make prospective``.

The cross-validated dev figures of ``make train`` cannot judge the rules against the models
fairly: the rules were written against those very pages, so their dev figures are
in-sample. This script asks the fair question instead. For each session end listed in
``ablation/prospective.json`` it checks out that commit (code *and* shipped models) into a
temporary git worktree and scores it on the real-extra sets labelled after it, pages that
neither its rules nor its models had seen, with today's gold. Configurations:

- ``rules``: the rules alone;
- ``model``: every indicator, time and place from the models;
- ``combined``: as shipped at that commit (its cross-validated thresholds);
- ``indicator-model``: the indicator from the model always, time and place from the rules;
- ``indicator-no-cue``: the indicator from the model only where the rules found no cue
  (their guess from the unit alone, ``rule:unit-fallback``), as ``combined`` ships it since
  session 33 (the model scores a fifth of the figures).

Writes ``ablation/prospective-results.json`` (read by ``scripts/train_slots.py`` to set the
combined thresholds and the default mode) and prints a table. Needs the git history and the
real texts (``$EKSTRAK_REAL_TEXTS`` or ``../real-texts``); only aggregate figures are read.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

# the script beside this one (run as ``python scripts/prospective.py``, its folder is on the
# path): a combined threshold no probability reaches
from train_slots import NEVER, NO_CUE, add_hold_option, f1_counts

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "ablation" / "prospective.json"
OUT = ROOT / "ablation" / "prospective-results.json"
CONFIGS = {
    "rules": ("rules", None, None),
    "model": ("model", None, None),
    "combined": ("combined", None, None),
    "indicator-model": ("combined", {"indicator": 0.0, "time": NEVER, "place": NEVER}, None),
    "indicator-no-cue": ("combined", {"indicator": 0.0, "time": NEVER, "place": NEVER}, NO_CUE),
}

# Run inside the old commit's interpreter (PYTHONPATH=<worktree>/src): only APIs that every
# listed session end has (parse_article, evaluate, shipped_models, using, and the hook's
# indicator(self, f, model, kd, indicator, why), which decides only on the configuration's
# rule paths where it names some: older ends have no SlotModels.model_paths).
CHILD = r"""
import dataclasses, json, sys
from pathlib import Path
from ekstrak import parse_article
from ekstrak.evaluate import evaluate, load_gold, load_split
from ekstrak.records import learned
from ekstrak.records.learned import shipped_models, using
gold_dir, texts_dir, configs, splits = sys.argv[1], Path(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4:]
base = shipped_models()
hook_indicator = learned.SlotHook.indicator
paths = None
def indicator(self, f, model, kd, indicator, why):
    if paths is not None and why not in paths.get("indicator", [why]):
        return indicator, why
    return hook_indicator(self, f, model, kd, indicator, why)
learned.SlotHook.indicator = indicator
out = {}
# a configuration's own thresholds replace the shipped ones, and its paths any shipped ones
scoped = {"model_paths": {}} if hasattr(base, "model_paths") else {}
for name, (mode, thresholds, paths) in configs.items():
    models = dataclasses.replace(base, thresholds=thresholds, **scoped) if thresholds else base
    tp = pred = n_gold = 0
    for split in splits:
        gold = load_gold(gold_dir, load_split(gold_dir, split))
        texts = {g: (texts_dir / f"{g}.txt").read_text("utf-8") for g in gold}
        with using(mode, models):
            preds = {g: parse_article(t, id=g) for g, t in texts.items()}
        c = evaluate(gold, preds, texts).totals().records_strict
        tp, pred, n_gold = tp + c.tp, pred + c.pred, n_gold + c.gold
    out[name] = {"tp": tp, "pred": pred, "gold": n_gold}
print(json.dumps(out))
"""


def later_sets(first: str, names: list[str]) -> list[str]:
    """The real-extra sets numbered from ``first`` on ("real-extra" itself is number 1)."""
    def num(n: str) -> int:
        return int(n.removeprefix("real-extra") or 1)
    return sorted((n for n in names if n.startswith("real-extra") and num(n) >= num(first)),
                  key=num)


def judged_ends(ends: list[dict], names: list[str], held: frozenset[str] | set[str]
                ) -> list[tuple[dict, list[str]]]:
    """Each session end with the later sets it is judged on, the ``held`` sets left out (new
    pages kept unseen until the session's end); an end with none left is not judged."""
    names = [n for n in names if n not in held]
    return [(end, sets) for end in ends if (sets := later_sets(end["first_unseen"], names))]


def add_worktree(commit: str, work: Path) -> Path:
    """A checkout of ``commit`` under ``work`` (one at a time: git locks its records)."""
    tree = work / commit
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(tree),
                    commit], check=True, capture_output=True)
    return tree


def score_commit(tree: Path, splits: list[str], texts: Path) -> dict[str, dict]:
    """Every mode's record counts of the checkout ``tree`` (its code and shipped models)."""
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "PYTHONHASHSEED": "0"}
    env.pop("EKSTRAK_SLOTS", None)
    configs = json.dumps(CONFIGS)
    done = subprocess.run([sys.executable, "-c", CHILD, str(ROOT / "gold"), str(texts), configs,
                           *splits], env=env, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def f1(c: dict) -> float:
    """The F1 a results file records (three decimals)."""
    return round(f1_counts(c), 3)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", type=Path, default=Path(os.environ.get(
        "EKSTRAK_REAL_TEXTS", ROOT.parent / "real-texts")))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="session ends scored at once (default: one per core)")
    add_hold_option(ap)
    args = ap.parse_args()
    if not args.texts.is_dir():
        print(f"prospective: no real texts at {args.texts} (see ../shared/real/README.md)")
        return 1
    names = list(json.loads((ROOT / "gold" / "splits.json").read_text("utf-8")))
    spec = json.loads(SPEC.read_text("utf-8"))
    rows = []
    judged = judged_ends(spec["session_ends"], names, args.hold)
    ends = [end for end, _ in judged]
    try:
        with tempfile.TemporaryDirectory(prefix="ekstrak-prospective-") as tmp:
            trees = [add_worktree(end["commit"], Path(tmp)) for end in ends]
            later = [sets for _, sets in judged]
            # Each session end scores in a process of its own, one per core.
            with ThreadPoolExecutor(max_workers=args.jobs) as pool:
                futures = [pool.submit(score_commit, tree, splits, args.texts)
                           for tree, splits in zip(trees, later, strict=True)]
                for end, splits, future in zip(ends, later, futures, strict=True):
                    scores = future.result()
                    rows.append({**end, "sets": splits, "records": scores["rules"]["gold"],
                                 "scores": {k: {**v, "f1": f1(v)} for k, v in scores.items()}})
                    print(f"session {end['session']} ({end['commit']}) on {len(splits)} later "
                          f"sets, {scores['rules']['gold']} records: " + ", ".join(
                              f"{k} {f1(v):.3f}" for k, v in scores.items()), flush=True)
    finally:  # the temporary worktrees are gone: drop git's records of them
        subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], check=False)
    args.out.write_text(json.dumps({"configs": {k: list(v) for k, v in CONFIGS.items()},
                                    "session_ends": rows}, indent=1) + "\n", "utf-8")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
