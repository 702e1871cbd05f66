"""Train the learned slot decisions (issue 12): ``make train``.

Data: the gold records of the own dev split, ``real-dev`` and every ``real-extra*`` set (texts in ``$EKSTRAK_REAL_TEXTS``
or ``../real-texts``; skipped when absent) and the seeds (``../shared/seeds``). Never a test
split. Each gold record is matched to the predicted figure with the same evidence span
(gold records with none are skipped); the figure's features and candidates come from
:mod:`ekstrak.records.learned` while the rules parse the article.

Models (scikit-learn ``LogisticRegression``, lbfgs, fixed seed): a multinomial classifier for
``indicator``; binary ``candidate == gold`` models that rank the ``time`` and ``place``
candidates (argmax). Written as JSON (vocabulary and coefficients) to
``src/ekstrak/data/slots/`` with ``MODEL_CARD.md``.

Cross-validation by article (5 folds) gives out-of-fold decisions: the ``combined`` thresholds
are tuned on them, the three modes are scored on the dev splits with every article parsed by
a model that never saw it, the default mode is the best of those, and the confidence table
(precision of each decision path) is measured on those parses.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from ekstrak import parse_article, read_text
from ekstrak.evaluate import (
    STRICT_SLOTS,
    evaluate,
    load_gold,
    load_split,
    pair_records,
    real_dev_splits,
    slot_equal,
)
from ekstrak.models import Article, GoldArticle
from ekstrak.pipeline import get_nlp
from ekstrak.places import place_key
from ekstrak.records.learned import (
    MODES,
    PATH_SLOTS,
    Decision,
    Features,
    Linear,
    SlotModels,
    confidence,
    path_key,
    path_of,
    using,
)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "ekstrak" / "data" / "slots"
SEED = 20251204
FOLDS = 5
NEVER = 1.01  # a combined threshold no probability reaches: the rule decides
#: The rule paths a ``/cued`` status configuration of the held sets leaves to the rule.
CUED = {"status": ["rule:default"]}
# ``--indicator-model no-cue``: the indicator model decides only where the rules found no cue
# (their guess from the unit alone): SlotModels.model_paths
NO_CUE = {"indicator": ["rule:unit-fallback"]}
# the prospective and held-set configurations of each --indicator-model choice
INDICATOR_CONFIG = {"on": "indicator-model", "no-cue": "indicator-no-cue"}
C = {"indicator": 1.0, "status": 1.0, "time": 1.0, "place": 1.0}
MIN_COUNT = 2  # a feature seen in fewer training rows is dropped
DIGITS = 5  # coefficients are stored rounded to this many decimals
# Indicator weights smaller than this are set to zero: 70 % of them, so scoring a figure
# touches a third of the (feature, class) pairs (inference speed, issue 12's bench floor).
PRUNE = 0.02


@dataclass
class Doc:
    set: str  # "dev" | "real-dev" | "seeds"
    gold: GoldArticle
    text: str


@dataclass
class Example:
    article: str
    decision: Decision
    indicator: str  # gold
    status: str
    time: tuple[str | None, str | None]
    place: str | None


def load_docs(real: Path | None, seeds: Path | None, hold: frozenset[str] = frozenset()
              ) -> list[Doc]:
    """The training articles: own dev, real-dev + real-extra, seeds (those whose texts are
    here); not the sets in ``hold`` (new pages kept unseen until their first score)."""
    gold_dir = ROOT / "gold"
    docs = [Doc("dev", g, read_text(ROOT / "corpus" / f"{g.id}.txt"))
            for g in load_gold(gold_dir, load_split(gold_dir, "dev")).values()]
    if real is not None and real.is_dir():
        # The real dev pages: real-dev and every real-extra set (each scored once before any
        # tuning, then dev). The test splits (real-test, real-holdout) are never read.
        for split in (s for s in real_dev_splits(gold_dir) if s not in hold):
            docs += [Doc("real-dev", g, read_text(real / f"{g.id}.txt"))
                     for g in load_gold(gold_dir, load_split(gold_dir, split)).values()
                     if (real / f"{g.id}.txt").exists()]
    if seeds is not None and (seeds / "gold").is_dir():
        docs += [Doc("seeds", g, read_text(seeds / f"{g.id}.txt"))
                 for g in load_gold(seeds / "gold").values() if (seeds / f"{g.id}.txt").exists()]
    return docs


def collect(doc: Doc) -> tuple[list[Example], int]:
    """Examples of one article (and how many gold records had no figure with their span)."""
    get_nlp()  # built (with its warm-up parse) before anything is collected
    decisions: list[Decision] = []
    with using(mode="rules", collect=decisions):
        parse_article(doc.text, id=doc.gold.id)
    by_span = {(d.start, d.end): d for d in decisions}
    out, skipped = [], 0
    for g in doc.gold.records:
        d = by_span.get((g.evidence.start, g.evidence.end))
        if d is None:
            skipped += 1
            continue
        t = (g.time.start, g.time.end) if g.time else (None, None)
        out.append(Example(doc.gold.id, d, g.indicator, g.status, t, place_key(g.place)))
    return out, skipped


# --- fitting -------------------------------------------------------------------------------

def _fit(rows: list[Features], y: list[Any], c: float, seed: int, prune: float = 0.0) -> Linear:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        for k in r:
            counts[k] += 1
    rows = [{k: v for k, v in r.items() if counts[k] >= MIN_COUNT} for r in rows]
    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    clf = LogisticRegression(C=c, max_iter=5000, random_state=seed)
    clf.fit(x, y)
    return export(clf, vec.get_feature_names_out(), prune=prune)


def export(clf: Any, names: Any, digits: int = DIGITS, prune: float = 0.0) -> Linear:
    """A fitted LogisticRegression as a :class:`Linear` (weights rounded, those under
    ``prune`` in size set to zero, features left with none dropped)."""
    coef = clf.coef_
    weights = {}
    for j, name in enumerate(names):
        row = [round(float(coef[k, j]), digits) for k in range(coef.shape[0])]
        row = [w if abs(w) >= prune else 0.0 for w in row]
        if any(row):
            weights[str(name)] = row
    return Linear(classes=[str(c) for c in clf.classes_], weights=weights,
                  intercept=[round(float(b), digits) for b in clf.intercept_])


def _ranker_rows(examples: list[Example], slot: str) -> tuple[list[Features], list[int]]:
    rows, y = [], []
    for e in examples:
        cands = getattr(e.decision, slot)
        gold = getattr(e, slot)
        if not any(k == gold for k, _ in cands):
            continue  # the gold value is no candidate: nothing to rank
        for k, feats in cands:
            rows.append(feats)
            y.append(int(k == gold))
    return rows, y


def fit(examples: list[Example], seed: int = SEED) -> SlotModels:
    """The four models trained on ``examples``."""
    out = SlotModels()
    out.indicator = _fit([e.decision.indicator for e in examples],
                         [e.indicator for e in examples], C["indicator"], seed, PRUNE)
    out.status = _fit([e.decision.status for e in examples],
                      [e.status for e in examples], C["status"], seed, PRUNE)
    for slot in ("time", "place"):
        rows, y = _ranker_rows(examples, slot)
        setattr(out, slot, _fit(rows, y, C[slot], seed))
    return out


def decide(models: SlotModels, e: Example) -> dict[str, tuple[Any, float]]:
    """The models' choice for each slot of one example, with its probability."""
    assert models.indicator and models.status and models.time and models.place
    out: dict[str, tuple[Any, float]] = {}
    for slot in ("indicator", "status"):
        clf: Linear = getattr(models, slot)
        best, p = clf.best(getattr(e.decision, slot))
        out[slot] = (clf.classes[best], p)
    for slot in ("time", "place"):
        ranker: Linear = getattr(models, slot)
        scored = [(ranker.positive(f), -i, k) for i, (k, f) in enumerate(getattr(e.decision, slot))]
        p, _, k = max(scored, key=lambda s: (s[0], s[1]))
        out[slot] = (k, p)
    return out


def folds_of(ids: list[str], k: int, seed: int) -> dict[str, int]:
    order = sorted(set(ids))
    random.Random(seed).shuffle(order)
    return {a: i % k for i, a in enumerate(order)}


def tune_thresholds(oof: list[tuple[Example, dict[str, tuple[Any, float]]]]) -> dict[str, Any]:
    """Per slot, the threshold on the model's probability that makes ``combined`` most
    accurate on the out-of-fold decisions (model's choice at or above it, else the rule's)."""
    out: dict[str, Any] = {}
    grid = [i / 20 for i in range(21)] + [1.01]
    for slot in ("indicator", "status", "time", "place"):
        best = None
        for t in grid:
            right = sum(
                (choice if p >= t else e.decision.rule[slot]) == getattr(e, slot)
                for e, d in oof for choice, p in [d[slot]])
            # On a tie the higher threshold wins: the model decides only where it earns it
            # (at 1.01 it never does, and its candidates are not even built at run time).
            if best is None or right >= best[1]:
                best = (t, right)
        assert best is not None
        rule_right = sum(e.decision.rule[slot] == getattr(e, slot) for e, _ in oof)
        model_right = sum(d[slot][0] == getattr(e, slot) for e, d in oof)
        out[slot] = {"threshold": best[0], "n": len(oof), "rules": rule_right,
                     "model": model_right, "combined": best[1]}
    return out


# --- scoring and confidence ----------------------------------------------------------------

def record_outcomes(pred: Article, gold: GoldArticle) -> list[tuple[Any, bool, dict[str, bool]]]:
    """Each predicted record: (record, strictly right, slot -> right) — unpaired ones are wrong."""
    pairs = dict(pair_records(pred.records, gold.records))
    out = []
    for i, r in enumerate(pred.records):
        gi = pairs.get(i)
        slots = {s: gi is not None and slot_equal(s, r, gold.records[gi]) for s in STRICT_SLOTS}
        out.append((r, gi is not None and all(slots.values()), slots | {"paired": gi is not None}))
    return out


def confidence_table(outcomes: list[tuple[Any, bool, dict[str, bool]]]) -> dict[str, Any]:
    """Precision of each decision path, per-slot precision of each slot's path among paired
    records, and the pairing precision."""
    paths: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    slots: dict[str, dict[str, list[int]]] = {s: defaultdict(lambda: [0, 0]) for s in PATH_SLOTS}
    prior = {s: [0, 0] for s in PATH_SLOTS}
    paired = [0, 0]
    for r, strict, ok in outcomes:
        p = paths[path_of(r.why)]
        p[0] += strict
        p[1] += 1
        paired[0] += ok["paired"]
        paired[1] += 1
        if not ok["paired"]:
            continue
        for s in PATH_SLOTS:
            c = slots[s][path_key(r.why, s)]
            c[0] += ok[s]
            c[1] += 1
            prior[s][0] += ok[s]
            prior[s][1] += 1
    return {"paths": dict(paths), "slots": {s: dict(v) for s, v in slots.items()},
            "slot_prior": prior, "paired": paired}


def reliability(outcomes: list[tuple[Any, bool, dict[str, bool]]], table: dict[str, Any]
                ) -> list[dict[str, Any]]:
    bins: dict[int, list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for r, strict, _ in outcomes:
        c = confidence(r.why, table) or 0.0
        b = bins[min(int(c * 5), 4)]
        b[0] += strict
        b[1] += 1
        b[2] += c
    return [{"bin": f"{k / 5:.1f}-{(k + 1) / 5:.1f}", "records": int(v[1]),
             "mean_confidence": round(v[2] / v[1], 3), "strictly_right": round(v[0] / v[1], 3)}
            for k, v in sorted(bins.items())]


def scores(report: Any) -> dict[str, float]:
    d = report.as_dict()
    out = {s: d["slot_accuracy"][s]["accuracy"] for s in STRICT_SLOTS}
    out["records_strict_f1"] = d["records_strict"]["f1"]
    out["paired"] = d["quantity"]["tp"]
    return out


# --- the run -------------------------------------------------------------------------------

def f1_counts(c: dict[str, int]) -> float:
    """Records strict F1 of ``{"tp", "pred", "gold"}`` counts."""
    return 2 * c["tp"] / (c["pred"] + c["gold"]) if c["pred"] + c["gold"] else 0.0


class HeldChoice(NamedTuple):
    """What the held sets say of the status model (:func:`held_status_threshold`)."""

    threshold: float
    keep_rule: dict[str, list[str]]
    reason: str
    everywhere: bool = False  # it beat the configuration without it at every hold point


def held_status_threshold(results: dict[str, Any] | None, with_indicator: bool = True,
                          no_cue: bool = False) -> HeldChoice:
    """The status threshold of ``combined`` from ``make held-sets``
    (``scripts/held_sets.py``): the ``status@T`` (or ``status@T/cued``, which leaves the rule's
    default alone) that does best, pooled over the hold points, where it beats the same
    configuration without the status model; else the status model never decides. With
    ``with_indicator`` false, the ``status-only@T`` configurations against the rules alone
    (the indicator model has no say); with ``no_cue``, the ``status@T/no-cue`` ones against
    ``indicator-no-cue`` (the indicator model only where the rules found no cue). Returns
    (threshold, keep_rule, why)."""
    points = (results or {}).get("hold_points") or []
    prefix, base_name = ("status@", "indicator-model") if with_indicator else (
        "status-only@", "rules")
    if with_indicator and no_cue:
        base_name = "indicator-no-cue"

    def candidate(name: str) -> bool:
        return name.startswith(prefix) and name.endswith("/no-cue") == (with_indicator and no_cue)

    if not points or base_name not in points[0]["scores"] or not any(
            map(candidate, points[0]["scores"])):
        return HeldChoice(NEVER, {}, "no held-set results: the status model never decides")

    def pooled(name: str) -> float:
        return f1_counts({k: sum(p["scores"][name][k] for p in points)
                          for k in ("tp", "pred", "gold")})

    def threshold(name: str) -> float:
        return float(name.split("@")[1].split("/")[0])

    base = pooled(base_name)
    # on a tie the higher threshold, then the model on fewer paths: it decides only where
    # it earns it
    best = max((n for n in points[0]["scores"] if candidate(n)),
               key=lambda n: (pooled(n), threshold(n), "/cued" in n))
    if pooled(best) <= base:
        return HeldChoice(NEVER, {}, f"status model no better on held sets ({pooled(best):.3f} "
                                     f"against {base:.3f}): it never decides")
    t = threshold(best)
    keep = dict(CUED) if "/cued" in best else {}
    where = " where a rule read a cue (not on rule:default)" if keep else ""
    everywhere = all(f1_counts(p["scores"][best]) > f1_counts(p["scores"][base_name])
                     for p in points)
    return HeldChoice(t, keep, (
        f"status model at p >= {t}{where} on held sets: {pooled(best):.3f} against "
        f"{base:.3f} with {base_name.replace('-', ' ')} alone ({len(points)} hold points"
        f"{', better at each' if everywhere else ''})"), everywhere)


def prospective_verdict(results: dict[str, Any] | None, config: str = "indicator-model"
                        ) -> dict[str, Any] | None:
    """What ``make prospective`` (``scripts/prospective.py``) found. Where the indicator
    model, with the rules' time and place, beat the rules alone at every session end on the
    real pages labelled after it, ``combined`` takes the indicator from the model and is the
    default; where it did not, the rules keep the indicator (and the default). Time and place
    stay with the rules either way (their rankers never won there). ``config`` is the
    configuration judged (``indicator-no-cue``: the model only where the rules found no cue).
    None without results (the cross-validated choice stands)."""
    ends = (results or {}).get("session_ends") or []
    if not ends or any(config not in e["scores"] for e in ends):
        return None
    gains = [_indicator_gain(e, config) for e in ends]
    shown = ", ".join(f"{e['session']}: {g:+.3f}" for e, g in zip(ends, gains, strict=True))
    won = min(gains) > 0
    return {"thresholds": {"indicator": 0.0 if won else NEVER, "time": NEVER, "place": NEVER},
            "default": "combined" if won else "rules",
            "reason": (f"indicator model{' where the rules found no cue' if config != 'indicator-model' else ''} "
                       f"{'beat' if won else 'did not beat'} the rules at "
                       f"{'all ' if won else 'every one of the '}{len(ends)} session ends on "
                       f"later pages (F1 gains by session end {shown})"),
            "session_ends": prospective_verdict_rows(results or {})}


def _indicator_gain(end: dict[str, Any], config: str = "indicator-model") -> float:
    return float(end["scores"][config]["f1"] - end["scores"]["rules"]["f1"])


def prospective_verdict_rows(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each session end's F1 per configuration (the model card's table)."""
    return [{"session": e["session"], "commit": e["commit"], "records": e["records"],
             **{k: v["f1"] for k, v in e["scores"].items()}}
            for e in results.get("session_ends") or []]


def train(docs: list[Doc], seed: int = SEED, folds: int = FOLDS, log=print,  # type: ignore[no-untyped-def]
          fast_modes: set[str] | frozenset[str] = frozenset(MODES),
          prospective: dict[str, Any] | None = None, held: dict[str, Any] | None = None,
          status_model: bool = True, indicator_model: str = "on"
          ) -> tuple[SlotModels, dict[str, Any]]:
    """Final models plus everything measured by cross-validation (the model card's facts)."""
    t0 = time.perf_counter()
    per_doc: dict[str, list[Example]] = {}
    skipped = 0
    for d in docs:
        per_doc[d.gold.id], s = collect(d)
        skipped += s
    examples = [e for d in docs for e in per_doc[d.gold.id]]
    log(f"{len(docs)} articles, {len(examples)} figures matched to gold, {skipped} gold records "
        f"without a figure of the same span (skipped)")
    fold_of = folds_of([d.gold.id for d in docs], folds, seed)
    fold_models = {}
    oof = []
    for k in range(folds):
        train_ex = [e for e in examples if fold_of[e.article] != k]
        fold_models[k] = fit(train_ex, seed)
        oof += [(e, decide(fold_models[k], e)) for e in examples if fold_of[e.article] == k]
    tuning = tune_thresholds(oof)
    thresholds = {s: v["threshold"] for s, v in tuning.items()}
    keep_rule: dict[str, list[str]] = {}
    model_paths: dict[str, list[str]] = {}
    no_cue = indicator_model == "no-cue"
    verdict = prospective_verdict(prospective, INDICATOR_CONFIG.get(indicator_model,
                                                                    "indicator-model"))
    if verdict is not None:
        # Unseen pages judge the rules fairly where the folds cannot (the rules were written
        # against the dev pages): the model decides the indicator where it won there, the
        # rules time and place, and the status model where the held sets say it helps.
        if indicator_model == "off" and verdict["thresholds"]["indicator"] < NEVER:
            verdict["thresholds"]["indicator"] = NEVER
            verdict["reason"] += ("; but off in combined (--indicator-model off: scoring every "
                                  "figure takes combined under the speed floor)")
        with_indicator = verdict["thresholds"]["indicator"] < NEVER
        if with_indicator and no_cue:
            model_paths = dict(NO_CUE)
        status_t, keep_rule, status_reason, everywhere = held_status_threshold(
            held, with_indicator, no_cue)
        if not status_model and status_t < NEVER:
            status_t, keep_rule, status_reason, everywhere = NEVER, {}, (
                f"{status_reason}; but off in combined (--status-model off: its cost takes "
                "combined under the speed floor)"), False
        thresholds = {**verdict["thresholds"], "status": status_t}
        verdict["status"] = status_reason
        if not with_indicator and everywhere:
            # the rules with the status model did better than the rules alone at every
            # hold point: that is the default (where it keeps the speed floor)
            verdict["default"] = "combined"
        log(f"prospective: {verdict['reason']}; {status_reason}; combined thresholds {thresholds}")
    log("out-of-fold decisions (rules / model / combined right, of n): " + "; ".join(
        f"{s} {v['rules']}/{v['model']}/{v['combined']} of {v['n']} (t={v['threshold']})"
        for s, v in tuning.items()))
    # Every dev article parsed in each mode by the models of the fold that did not see it.
    preds: dict[str, dict[str, Article]] = {m: {} for m in MODES}
    for d in docs:
        for mode in MODES:
            fm = fold_models[fold_of[d.gold.id]]
            fm.thresholds, fm.keep_rule, fm.model_paths = thresholds, keep_rule, model_paths
            with using(mode=mode, models=fm):
                preds[mode][d.gold.id] = parse_article(d.text, id=d.gold.id)
    cv: dict[str, dict[str, Any]] = {}
    sets = {"dev": ["dev"], "real-dev": ["real-dev"], "dev+real-dev": ["dev", "real-dev"],
            "seeds": ["seeds"]}
    for mode in MODES:
        cv[mode] = {}
        for name, members in sets.items():
            gold = {d.gold.id: d.gold for d in docs if d.set in members}
            if gold:
                cv[mode][name] = scores(evaluate(gold, preds[mode]))
    dev_ids = [d for d in docs if d.set in ("dev", "real-dev")]
    key = "dev+real-dev"
    best = max(MODES, key=lambda m: (cv[m][key]["records_strict_f1"], m == "rules"))
    # The default is the best of the modes that keep the speed floor (see ``--fast-modes``).
    default = max((m for m in MODES if m in fast_modes),
                  key=lambda m: (cv[m][key]["records_strict_f1"], m == "rules"))
    if verdict is not None and verdict["default"] in fast_modes:
        default = verdict["default"]
    tables, rel = {}, {}
    for mode in MODES:
        outcomes = [o for d in dev_ids for o in record_outcomes(preds[mode][d.gold.id], d.gold)]
        tables[mode] = confidence_table(outcomes)
        rel[mode] = reliability(outcomes, tables[mode])
    final = fit(examples, seed)
    final.thresholds, final.calibration, final.default = thresholds, tables, default
    final.keep_rule, final.model_paths = keep_rule, model_paths
    facts = {
        "seed": seed, "folds": folds, "articles": {s: sum(d.set == s for d in docs)
                                                   for s in ("dev", "real-dev", "seeds")},
        "examples": len(examples), "skipped_gold_records": skipped,
        "rows": {"time": len(_ranker_rows(examples, "time")[1]),
                 "place": len(_ranker_rows(examples, "place")[1])},
        "candidate_recall": {
            s: round(sum(any(k == getattr(e, s) for k, _ in getattr(e.decision, s))
                         for e in examples) / max(len(examples), 1), 4) for s in ("time", "place")},
        "tuning": tuning, "cv": cv, "default": default, "best_on_dev": best,
        "prospective": verdict,
        "fast_modes": sorted(fast_modes), "reliability": rel,
        "seconds": round(time.perf_counter() - t0, 1),
    }
    return final, facts


def write(models: SlotModels, facts: dict[str, Any], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for slot in ("indicator", "status", "time", "place"):
        lin: Linear = getattr(models, slot)
        (out / f"{slot}.json").write_text(json.dumps(lin.to_json(), separators=(",", ":"),
                                                     sort_keys=True) + "\n")
    cal = {"default": models.default, "thresholds": models.thresholds,
           "keep_rule": models.keep_rule, "model_paths": models.model_paths,
           "confidence": models.calibration, "cv": facts["cv"]}
    (out / "calibration.json").write_text(json.dumps(cal, separators=(",", ":"), sort_keys=True)
                                          + "\n")
    sizes = {p.name: p.stat().st_size for p in sorted(out.glob("*.json"))}
    (out / "MODEL_CARD.md").write_text(model_card(models, facts, sizes))


def model_card(models: SlotModels, facts: dict[str, Any], sizes: dict[str, int]) -> str:
    import sklearn

    a = facts["articles"]
    lines = [
        "# Learned slot decisions: model card",
        "",
        "Written by `scripts/train_slots.py` (`make train`); do not edit by hand.",
        "",
        "## Data",
        "",
        f"Gold records of {a['dev']} own dev articles, {a['real-dev']} `real-dev` + `real-extra` web pages and "
        f"{a['seeds']} seed articles (never a test split). Each gold record is matched to the "
        "predicted figure with the same evidence span: "
        f"{facts['examples']} matched, {facts['skipped_gold_records']} gold records skipped "
        "(no figure with that span).",
        f"Ranker rows (candidates of figures whose gold value is a candidate): time "
        f"{facts['rows']['time']}, place {facts['rows']['place']}. The gold value is among the "
        f"candidates for {facts['candidate_recall']['time']:.1%} of figures (time) and "
        f"{facts['candidate_recall']['place']:.1%} (place).",
        "",
        "## Models",
        "",
        f"scikit-learn {sklearn.__version__} `LogisticRegression` (lbfgs, L2, C={C}), seed "
        f"{facts['seed']}; features seen in fewer than {MIN_COUNT} rows dropped; coefficients "
        f"rounded to {DIGITS} decimals; indicator and status weights under {PRUNE} set to zero (all "
        "figures below are measured with them so). Applied by `ekstrak.records.learned` in plain Python.",
        "",
        "- `indicator.json`: multinomial classifier over "
        f"{len(models.indicator.classes)} codes. Features: lower-cased words of the left window "  # type: ignore[union-attr]
        "(and the last three by position), words of the right window, the counted noun in the "
        "span, base unit, rate or not, unit classes, a change verb before the figure, the "
        "rule's indicator and its `why`.",
        "- `status.json`: classifier over the statuses (actual, target, estimate). Features: "
        "words of the left window (and the last four by position), words of the right window, "
        "base unit, rate or not, unit classes, the kind and indicator decided before, the "
        "rule's status and its `why`.",
        "- `time.json`: binary model of candidate == gold time; the figure takes the "
        "best-scoring candidate. Candidates: each DATE of the sentence, comparison-to-reference "
        "spans and end-only spans for changes, the period in force, the pointed-back from-to "
        "span (start, end, whole), the list introduction's time, the release's semester, the "
        "span of the sentence before, the year of each dated candidate, the page's stamp "
        "(day, month, year), headline period and the years its dates name most and last, "
        "none, the rule's choice. Features: source (and source with the rule's `why`, and with "
        "whether the sentence is dated, speaks of now and the status), before/after, distance "
        "bucket, same clause, comparison date, kind, status, granularity, equals the rule's "
        "choice (and with the rule's `why`).",
        "- `place.json`: the same for place. Candidates: each PLACE mention of the sentence "
        "(canonical), the sentence's own place, the place in force, the article's place, the "
        "country, none, the rule's choice. Features: level, source, before/after, distance, "
        "same clause, kept by the rules or not, dateline, same country, equals the rule's choice.",
        "",
        "Sizes: " + ", ".join(f"`{k}` {v / 1024:.0f} KB" for k, v in sizes.items()) + ".",
        "",
        "## Cross-validated dev scores",
        "",
        f"{facts['folds']}-fold cross-validation by article: every article is parsed by models "
        "trained without it. Slot accuracy over paired records; records strict F1.",
        "",
        "| mode | set | indicator | kind | status | place | time | records strict F1 |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for mode, by_set in facts["cv"].items():
        for name, s in by_set.items():
            lines.append(f"| {mode} | {name} | " + " | ".join(
                f"{s[k]:.3f}" for k in (*STRICT_SLOTS, "records_strict_f1")) + " |")
    t = facts["tuning"]
    pv = facts.get("prospective")
    if pv:
        lines += [
            "",
            "## Prospective ablation (what set the thresholds and the default)",
            "",
            "The folds above are in-sample for the rules, which were written against these "
            "pages. `make prospective` scores each listed session end (its code and its shipped "
            "models) on the real pages labelled after it, which neither had seen: "
            f"{pv['reason']}. So `combined` takes the indicator "
            f"{'from the model always' if pv['thresholds']['indicator'] < NEVER else 'from the rules'}"
            f" and time and place from the rules; status: {pv.get('status', 'rules')} "
            "(`make held-sets`).",
            "",
            "| session end | records | rules | model | combined (then) | indicator-model |",
            "|---|---:|---:|---:|---:|---:|",
            *[f"| {e['session']} ({e['commit']}) | {e['records']} | {e['rules']:.3f} | "
              f"{e['model']:.3f} | {e['combined']:.3f} | {e['indicator-model']:.3f} |"
              for e in pv["session_ends"]],
        ]
    lines += [
        "",
        f"Best records strict F1 on dev + real-dev: **{facts['best_on_dev']}**. Default mode (the "
        f"best of the modes that keep the speed floor, {', '.join(facts['fast_modes'])}): "
        f"**{facts['default']}**.",
        "",
        "## Thresholds of `combined`",
        "",
        "Tuned on the out-of-fold decisions (figures matched to gold): the model's choice "
        "when its probability reaches the threshold, else the rule's.",
        "",
        "| slot | threshold | rules right | model right | combined right | of |",
        "|---|---:|---:|---:|---:|---:|",
        *[f"| {s} | {v['threshold']} | {v['rules']} | {v['model']} | {v['combined']} | {v['n']} |"
          for s, v in t.items()],
        "",
        "Shipped thresholds (" + ("the unseen-page ablations above" if pv else "these") + "): "
        + ", ".join(f"{k} {v}" for k, v in sorted(models.thresholds.items()))
        + (". Rule paths a model leaves alone (`keep_rule`): " + "; ".join(
            f"{k}: {', '.join(v)}" for k, v in sorted(models.keep_rule.items()))
           if models.keep_rule else "")
        + (". Rule paths a model decides on alone (`model_paths`): " + "; ".join(
            f"{k}: {', '.join(v)}" for k, v in sorted(models.model_paths.items()))
           if models.model_paths else "") + ".",
        "",
        "## Confidence",
        "",
        "`Record.confidence` is the precision, on the cross-validated parses of own dev + "
        "real-dev, of the record's decision path (the `why` of indicator, time and place; a "
        "model decision bucketed by its probability); a path seen fewer than 10 times backs "
        "off to pairing precision times the per-slot precisions of its five strict slots. "
        "Reliability on the same parses (records binned by confidence):",
        "",
        "| mode | bin | records | mean confidence | strictly right |",
        "|---|---|---:|---:|---:|",
    ]
    for mode, rows in facts["reliability"].items():
        lines += [f"| {mode} | {r['bin']} | {r['records']} | {r['mean_confidence']:.3f} | "
                  f"{r['strictly_right']:.3f} |" for r in rows]
    lines.append("")
    return "\n".join(lines)


def add_hold_option(ap: argparse.ArgumentParser) -> None:
    """``--hold`` (default ``$EKSTRAK_HOLD``): the real-extra sets left out, as a frozenset.
    make train, make prospective and make held-sets read it alike, so that new pages stay
    unseen by every choice until the session's end."""
    ap.add_argument("--hold", default=os.environ.get("EKSTRAK_HOLD", ""),
                    type=lambda v: frozenset(filter(None, v.split(","))),
                    help="real-extra sets to leave out (comma-separated): new pages kept "
                         "unseen until they have been scored")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--real", type=Path, default=Path(
        os.environ.get("EKSTRAK_REAL_TEXTS") or ROOT.parent / "real-texts"))
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--fast-modes", default=",".join(MODES),
                    help="modes that keep the speed floor of make bench (>= 0.40 of spaCy's "
                         "tokenisation, side by side); the default is the best of these on dev")
    ap.add_argument("--prospective", type=Path, default=ROOT / "ablation" / "prospective-results.json",
                    help="scripts/prospective.py's results: where the indicator model beat the "
                         "rules on later pages at every session end, combined is that and the "
                         "default")
    ap.add_argument("--held", type=Path, default=ROOT / "ablation" / "held-sets-results.json",
                    help="scripts/held_sets.py's results: the status threshold of combined")
    ap.add_argument("--status-model", choices=("on", "off"), default="on",
                    help="let the status model decide in combined where the held sets say it "
                         "helps (off: trained and shipped for model mode, but combined leaves "
                         "status to the rules, for speed)")
    ap.add_argument("--indicator-model", choices=("on", "no-cue", "off"), default="on",
                    help="let the indicator model decide in combined where the prospective "
                         "ablation says it wins (no-cue: only on the figures where the rules "
                         "found no cue, judged by the indicator-no-cue configuration; off: "
                         "trained and shipped for model mode, but combined leaves the "
                         "indicator to the rules, for speed)")
    add_hold_option(ap)
    args = ap.parse_args(argv)
    if not args.real.is_dir():
        print(f"note: no real texts in {args.real}: training without real-dev", file=sys.stderr)
    docs = load_docs(args.real, args.seeds, args.hold)
    prospective = (json.loads(args.prospective.read_text("utf-8"))
                   if args.prospective.is_file() else None)
    held = json.loads(args.held.read_text("utf-8")) if args.held.is_file() else None
    models, facts = train(docs, args.seed, fast_modes=set(args.fast_modes.split(",")),
                          prospective=prospective, held=held,
                          status_model=args.status_model == "on",
                          indicator_model=args.indicator_model)
    write(models, facts, args.out)
    print(f"default mode: {facts['default']}; written to {args.out} ({facts['seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
