"""Held-set ablation of the learned slots with today's code: ``make held-sets``.

``make prospective`` judges past session ends on later pages, but it can only judge models
that existed then. This asks the same question of today's code: for each hold point in
``ablation/held_sets.json`` the slot models are trained (as ``make train`` does, without
cross-validation) on every dev page *but* the real-extra sets from that point on, and those
held sets are then parsed in each configuration below. The models never saw the held pages;
the rules have seen the older of them (they are dev sets), so the comparison leans towards
the rules. Configurations (``combined`` thresholds; 1.01 never lets the model decide):

- ``rules``; ``indicator-model`` (the indicator from the model always);
- ``status@T``: as ``indicator-model``, and the status model where its probability reaches T;
- ``status@T/cued``: the same, but the status model leaves the rule's default ("actual" for
  want of any cue, ``rule:default``) alone and decides only where a rule read a cue;
- ``status-only@T`` and ``status-only@T/cued``: the status model beside the rules'
  indicator (what ``combined`` is when the prospective ablation gives the indicator model no
  win);
- ``indicator-no-cue``, ``status@T/no-cue`` and ``status@T/cued/no-cue``: as the three above
  with the indicator model, but the indicator model decides only where the rules found no
  cue (``rule:unit-fallback``; ``make train --indicator-model no-cue``);
- ``model``: every learned slot from the models.

Writes ``ablation/held-sets-results.json``, which ``scripts/train_slots.py`` reads to set the
status threshold of ``combined``. Needs the real texts; only aggregate figures are read.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

# scripts beside this one (run as ``python scripts/held_sets.py``, their folder is on the path)
import train_slots as ts
from prospective import f1
from train_slots import CUED, NEVER, NO_CUE

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "ablation" / "held_sets.json"
OUT = ROOT / "ablation" / "held-sets-results.json"
STATUS_THRESHOLDS = (0.0, 0.6, 0.75, 0.9)


Config = tuple[str, dict[str, float] | None, dict[str, list[str]], dict[str, list[str]]]


def configs() -> dict[str, Config]:
    """name -> (mode, combined thresholds, keep_rule, model_paths)."""
    never = {"indicator": NEVER, "status": NEVER, "time": NEVER, "place": NEVER}
    out: dict[str, Config] = {
        "rules": ("rules", None, {}, {}),
        "indicator-model": ("combined", {**never, "indicator": 0.0}, {}, {}),
        "indicator-no-cue": ("combined", {**never, "indicator": 0.0}, {}, NO_CUE),
    }
    for t in STATUS_THRESHOLDS:
        both = {**never, "indicator": 0.0, "status": t}
        out[f"status@{t}"] = ("combined", both, {}, {})
        out[f"status@{t}/cued"] = ("combined", both, CUED, {})
        out[f"status@{t}/no-cue"] = ("combined", both, {}, NO_CUE)
        out[f"status@{t}/cued/no-cue"] = ("combined", both, CUED, NO_CUE)
    for t in STATUS_THRESHOLDS:  # the status model beside the rules' indicator
        out[f"status-only@{t}"] = ("combined", {**never, "status": t}, {}, {})
        out[f"status-only@{t}/cued"] = ("combined", {**never, "status": t}, CUED, {})
    out["model"] = ("model", None, {}, {})
    return out


def score_held(real: Path, seeds: Path, held: list[str], left_out: frozenset[str] = frozenset()
               ) -> dict[str, dict[str, int]]:
    from ekstrak import parse_article, read_text
    from ekstrak.evaluate import evaluate, load_gold, load_split
    from ekstrak.records.learned import using

    docs = ts.load_docs(real, seeds, frozenset(held) | left_out)
    examples = [e for d in docs for e in ts.collect(d)[0]]
    base = ts.fit(examples)
    gold = {}
    for split in held:
        gold.update(load_gold(ROOT / "gold", load_split(ROOT / "gold", split)))
    texts = {g: read_text(real / f"{g}.txt") for g in gold}
    out = {}
    for name, (mode, thresholds, keep, paths) in configs().items():
        models = dataclasses.replace(base, thresholds=thresholds or {}, keep_rule=keep,
                                     model_paths=paths)
        with using(mode, models):
            preds = {g: parse_article(t, id=g) for g, t in texts.items()}
        c = evaluate(gold, preds, texts).totals().records_strict
        out[name] = {"tp": c.tp, "pred": c.pred, "gold": c.gold}
    return out


def hold_points(dev_splits: list[str], firsts: list[str], left_out: frozenset[str] | set[str]
                ) -> tuple[list[str], list[list[str]]]:
    """The hold points whose first set is still there, and the real-extra sets each holds
    (from its first on), the ``left_out`` sets (kept unseen altogether) never among them."""
    extras = [s for s in dev_splits if s.startswith("real-extra") and s not in left_out]
    kept = [f for f in firsts if f in extras]
    return kept, [extras[extras.index(first):] for first in kept]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--real", type=Path, default=Path(
        os.environ.get("EKSTRAK_REAL_TEXTS") or ROOT.parent / "real-texts"))
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="hold points scored at once (default: one per core)")
    ts.add_hold_option(ap)
    args = ap.parse_args()
    if not args.real.is_dir():
        print(f"held-sets: no real texts at {args.real} (see ../shared/real/README.md)")
        return 1
    from ekstrak.evaluate import real_dev_splits

    firsts, helds = hold_points(real_dev_splits(ROOT / "gold"),
                                json.loads(SPEC.read_text("utf-8"))["first_held"], args.hold)
    rows = []
    # Each hold point trains and scores in a process of its own, one per core.
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(score_held, args.real, args.seeds, held, args.hold)
                   for held in helds]
        for first, held, future in zip(firsts, helds, futures, strict=True):
            scores = future.result()
            rows.append({"first_held": first, "sets": held, "records": scores["rules"]["gold"],
                         "scores": {k: {**v, "f1": f1(v)} for k, v in scores.items()}})
            print(f"held from {first} ({len(held)} sets, {scores['rules']['gold']} records): "
                  + ", ".join(f"{k} {f1(v):.3f}" for k, v in scores.items()), flush=True)
    args.out.write_text(json.dumps({"configs": {k: list(v) for k, v in configs().items()},
                                    "hold_points": rows}, indent=1) + "\n", "utf-8")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
