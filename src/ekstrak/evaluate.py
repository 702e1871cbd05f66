"""Evaluate stage: score predicted Articles against hand-labelled gold files (SPEC section 7).

- Mentions, per type and overall, ``strict`` (same type, start, end) and
  ``partial`` (same type, overlapping spans).
- Quantities: a predicted and a gold record pair up when the unit is equal and
  value (and value_max) agree within a relative 0.1 %; one-to-one, and where several
  could pair, the nearest evidence offset wins (ties to the earlier one).
- Slot accuracy over paired records: indicator, kind, status, qualifier, place
  (name compared case/diacritic-insensitively after expanding province
  abbreviations, level ignored), time (start and end equal).
- Records strict: a pair whose indicator, kind, status, place and time all match.
- Further slots (not in records strict): ``group`` and ``programme`` accuracy (equal after
  case and diacritic folding; both empty counts as equal), and ``concept`` as the mean
  token F1 of predicted against gold concept over paired records.
Micro-averaged over all articles.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .models import Article, GoldArticle, Mention, Record, TimeNorm
from .places import fold as places_fold
from .places import place_key

MATCHING_RULE = (
    "records pair when unit is equal and value/value_max agree within 0.1% (relative), "
    "one-to-one, nearest evidence offset first; mentions strict = same type+start+end, "
    "partial = same type+overlap; records strict = pair with indicator, kind, status, "
    "place (case/diacritic-insensitive, abbreviations expanded, level ignored) and time equal; "
    "micro-averaged"
)
SLOTS = ("indicator", "kind", "status", "qualifier", "place", "time")
STRICT_SLOTS = ("indicator", "kind", "status", "place", "time")
MENTION_TYPES = ("QUANTITY", "PLACE", "DATE")
EXTRA_SLOTS = ("group", "programme")
SPLITS_FILE = "splits.json"


class EvalInputError(ValueError):
    """A gold folder or prediction file that cannot be used, with the file and the reason."""


def _why(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        e = exc.errors()[0]
        where = ".".join(str(x) for x in e["loc"]) or "top level"
        return f"{e['msg'].lower()} at {where}"
    return str(exc).splitlines()[0]


@dataclass
class Count:
    """True positives against the predicted and gold totals."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: Count) -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "pred": self.pred,
            "gold": self.gold,
        }


def fold(s: str) -> str:
    """Lower-case ASCII fold: diacritics removed, đ → d, spaces collapsed."""
    return " ".join(places_fold(s).lower().split())


def time_key(t: TimeNorm | None) -> tuple[str | None, str | None]:
    if t is None:
        return (None, None)
    return (t.start, t.end)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    return abs(a - b) <= 0.001 * max(abs(a), abs(b))


def records_pair(p: Record, g: Record) -> bool:
    return p.unit == g.unit and _close(p.value, g.value) and _close(p.value_max, g.value_max)


def slot_equal(slot: str, p: Record, g: Record) -> bool:
    if slot in EXTRA_SLOTS:
        return fold(getattr(p, slot) or "") == fold(getattr(g, slot) or "")
    if slot == "place":
        return place_key(p.place) == place_key(g.place)
    if slot == "time":
        return time_key(p.time) == time_key(g.time)
    return getattr(p, slot) == getattr(g, slot)


def concept_f1(pred: str, gold: str) -> float:
    """Token F1 of two concepts (bags of folded words); two empty concepts agree."""
    a, b = fold(pred).split(), fold(gold).split()
    if not a or not b:
        return float(a == b)
    common = sum(min(a.count(w), b.count(w)) for w in set(a))
    if not common:
        return 0.0
    prec, rec = common / len(a), common / len(b)
    return 2 * prec * rec / (prec + rec)


def pair_records(pred: list[Record], gold: list[Record]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index); nearest evidence offset first."""
    candidates = [
        (abs(p.evidence.start - g.evidence.start), g.evidence.start, p.evidence.start, pi, gi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if records_pair(p, g)
    ]
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, _, pi, gi in candidates:
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        pairs.append((pi, gi))
    return sorted(pairs, key=lambda x: gold[x[1]].evidence.start)


@dataclass
class ArticleScore:
    """Counts for one article, plus the error listing."""

    id: str
    mentions: dict[str, Count] = field(default_factory=dict)
    quantity: Count = field(default_factory=Count)
    slots: dict[str, Count] = field(default_factory=dict)
    records_strict: Count = field(default_factory=Count)
    concept_f1: float = 0.0  # summed over paired records
    errors: list[dict[str, Any]] = field(default_factory=list)
    # Per indicator code: a predicted record counts for its own code, a gold record for its
    # code, and a pair whose two records carry the same code is a true positive for it
    # (indicator) and, when records-strict too, for the strict figure.
    indicators: dict[str, Count] = field(default_factory=dict)
    indicators_strict: dict[str, Count] = field(default_factory=dict)


def _mention_counts(pred: list[Mention], gold: list[Mention]) -> dict[str, Count]:
    out: dict[str, Count] = {}
    for typ in (*MENTION_TYPES, "ALL"):
        ps = [m for m in pred if typ == "ALL" or m.type == typ]
        gs = [m for m in gold if typ == "ALL" or m.type == typ]
        strict = {(m.type, m.start, m.end) for m in gs}
        out[f"{typ}.strict"] = Count(
            tp=sum((m.type, m.start, m.end) in strict for m in ps), pred=len(ps), gold=len(gs)
        )
        # Partial: one-to-one greedy over overlapping spans of the same type.
        used: set[int] = set()
        tp = 0
        for m in ps:
            for j, g in enumerate(gs):
                if j not in used and g.type == m.type and m.start < g.end and g.start < m.end:
                    used.add(j)
                    tp += 1
                    break
        out[f"{typ}.partial"] = Count(tp=tp, pred=len(ps), gold=len(gs))
    return out


def _describe(r: Record, text: str | None) -> dict[str, Any]:
    d = r.model_dump(mode="json", exclude_none=True)
    if text is not None:
        d["text"] = text[r.evidence.start : r.evidence.end]
    return d


def score_article(pred: Article, gold: GoldArticle, text: str | None = None) -> ArticleScore:
    """Score one predicted article against its gold file."""
    sc = ArticleScore(id=gold.id)
    # Without the article text, a predicted record's evidence reads from its own mention.
    pred_text = {(m.start, m.end): m.text for m in pred.mentions}
    if gold.mentions is not None:
        sc.mentions = _mention_counts(pred.mentions, gold.mentions)
    pairs = pair_records(pred.records, gold.records)
    sc.quantity = Count(tp=len(pairs), pred=len(pred.records), gold=len(gold.records))
    sc.slots = {s: Count(pred=len(pred.records), gold=len(gold.records))
                for s in (*SLOTS, *EXTRA_SLOTS)}
    for side, recs in (("pred", pred.records), ("gold", gold.records)):
        for r in recs:
            for table in (sc.indicators, sc.indicators_strict):
                c = table.setdefault(r.indicator, Count())
                setattr(c, side, getattr(c, side) + 1)
    strict = 0
    for pi, gi in pairs:
        p, g = pred.records[pi], gold.records[gi]
        wrong = [s for s in (*SLOTS, *EXTRA_SLOTS) if not slot_equal(s, p, g)]
        for s in sc.slots:
            if s not in wrong:
                sc.slots[s].tp += 1
        sc.concept_f1 += concept_f1(p.concept, g.concept)
        if p.indicator == g.indicator:
            sc.indicators[p.indicator].tp += 1
        if not any(s in STRICT_SLOTS for s in wrong):
            strict += 1
            sc.indicators_strict[p.indicator].tp += 1
        if wrong:
            sc.errors.append(
                {
                    "article": gold.id,
                    "error": ("wrong_slots" if any(s in STRICT_SLOTS for s in wrong)
                              else "wrong_extra"),
                    "slots": {s: [_slot_str(s, p), _slot_str(s, g)] for s in wrong},
                    "concept": [p.concept, g.concept],
                    "text": _evidence_text(g, text),
                    "start": g.evidence.start,
                }
            )
    sc.records_strict = Count(tp=strict, pred=len(pred.records), gold=len(gold.records))
    paired_p = {pi for pi, _ in pairs}
    paired_g = {gi for _, gi in pairs}
    for gi, g in enumerate(gold.records):
        if gi not in paired_g:
            sc.errors.append(
                {"article": gold.id, "error": "missed", "record": _describe(g, None),
                 "text": _evidence_text(g, text), "start": g.evidence.start}
            )
    for pi, p in enumerate(pred.records):
        if pi not in paired_p:
            sc.errors.append(
                {"article": gold.id, "error": "spurious", "record": _describe(p, None),
                 "text": _evidence_text(p, text)
                 or pred_text.get((p.evidence.start, p.evidence.end), ""),
                 "start": p.evidence.start}
            )
    sc.errors.sort(key=lambda e: e["start"])
    return sc


def _evidence_text(r: Record, text: str | None) -> str:
    """The evidence span from the article text, else the gold file's ``evidence.text``."""
    if text is not None:
        return text[r.evidence.start : r.evidence.end]
    return str((r.evidence.model_extra or {}).get("text") or "")


def _slot_str(slot: str, r: Record) -> Any:
    if slot == "place":
        return r.place.name if r.place else None
    if slot == "time":
        return list(time_key(r.time))
    return getattr(r, slot)


@dataclass
class Report:
    """Micro-averaged figures over all articles."""

    articles: list[ArticleScore]
    missing_predictions: list[str] = field(default_factory=list)

    def totals(self) -> ArticleScore:
        tot = ArticleScore(id="ALL")
        for a in self.articles:
            for k, c in a.mentions.items():
                tot.mentions.setdefault(k, Count()).add(c)
            tot.quantity.add(a.quantity)
            for k, c in a.slots.items():
                tot.slots.setdefault(k, Count()).add(c)
            tot.records_strict.add(a.records_strict)
            tot.concept_f1 += a.concept_f1
            for k, c in a.indicators.items():
                tot.indicators.setdefault(k, Count()).add(c)
            for k, c in a.indicators_strict.items():
                tot.indicators_strict.setdefault(k, Count()).add(c)
            tot.errors.extend(a.errors)
        return tot

    def as_dict(self, per_article: bool = False) -> dict[str, Any]:
        tot = self.totals()
        out = _score_dict(tot)
        out["matching_rule"] = MATCHING_RULE
        out["articles"] = len(self.articles)
        out["missing_predictions"] = self.missing_predictions
        if per_article:
            out["per_article"] = {a.id: _score_dict(a) for a in self.articles}
        return out


def _score_dict(sc: ArticleScore) -> dict[str, Any]:
    pairs = sc.quantity.tp
    slots = {}
    for s, c in sc.slots.items():
        d = c.as_dict()
        d["accuracy"] = round(c.tp / pairs, 4) if pairs else 0.0
        d["paired"] = pairs
        slots[s] = d
    return {
        "mentions": {k: c.as_dict() for k, c in sc.mentions.items()},
        "quantity": sc.quantity.as_dict(),
        "slot_accuracy": slots,
        "records_strict": sc.records_strict.as_dict(),
        "concept_token_f1": round(sc.concept_f1 / pairs, 4) if pairs else 0.0,
        # Per indicator code, sorted: P/R/F1 of records paired with the right indicator, and
        # "strict" the same for records strict.
        "per_indicator": {
            k: {**sc.indicators[k].as_dict(), "strict": sc.indicators_strict[k].as_dict()}
            for k in sorted(sc.indicators)
        },
    }


def load_gold(gold_dir: str | Path, ids: Iterable[str] | None = None) -> dict[str, GoldArticle]:
    """Gold files ``<id>.json`` of a folder (``splits.json`` is not a gold file).

    With ``ids`` (a split), files in sub-folders count too, so one ``splits.json`` can
    name the project's own articles and those under ``real/`` alike.
    Raises :class:`EvalInputError` naming the file for one that is not a gold file, and
    naming the folder when it holds none (or none of ``ids``).
    """
    wanted = set(ids) if ids is not None else None
    files = [p for p in sorted(Path(gold_dir).glob("*.json" if wanted is None else "**/*.json"))
             if p.name != SPLITS_FILE]
    out = {}
    for p in files:
        if wanted is not None and p.stem not in wanted:
            continue
        try:
            g = GoldArticle.model_validate_json(p.read_bytes())
        except (ValidationError, OSError) as exc:
            raise EvalInputError(f"{p}: not a gold file ({_why(exc)})") from exc
        if wanted is None or g.id in wanted:
            out[g.id] = g
    if not files:
        raise EvalInputError(f"{gold_dir}: no gold files (<id>.json files with id and records)")
    if not out:
        raise EvalInputError(f"{gold_dir}: none of its {len(files)} gold files is in the split")
    return out


def load_split(gold_dir: str | Path, split: str) -> list[str]:
    """Article ids of a named split listed in ``<gold_dir>/splits.json``."""
    p = Path(gold_dir) / SPLITS_FILE
    if not p.exists():
        raise FileNotFoundError(f"{p}: no splits file, cannot select split {split!r}")
    splits = json.loads(p.read_text("utf-8"))
    if split not in splits:
        raise KeyError(f"split {split!r} not in {p} (has: {', '.join(sorted(splits))})")
    return list(splits[split])


def real_dev_splits(gold_dir: str | Path) -> list[str]:
    """``real-dev`` and the ``real-extra*`` splits listed in ``<gold_dir>/splits.json``, in
    order: the real pages that may be tuned on (each scored once before any tuning)."""
    names = json.loads((Path(gold_dir) / SPLITS_FILE).read_text("utf-8"))
    extra = sorted((n for n in names if n.startswith("real-extra")),
                   key=lambda n: int(n.removeprefix("real-extra") or 1))
    return ["real-dev", *extra]


def load_predictions(pred: str | Path) -> dict[str, Article]:
    """Predicted Articles from a folder of ``<id>.json`` or an ``articles.jsonl`` file.

    Raises :class:`EvalInputError` naming the file (and line) that is not an Article.
    """
    p = Path(pred)
    out: dict[str, Article] = {}
    if p.is_dir():
        jsonl = p / "articles.jsonl"
        if jsonl.exists():
            return load_predictions(jsonl)
        for f in sorted(p.glob("*.json")):
            try:
                a = Article.model_validate_json(f.read_bytes())
            except (ValidationError, OSError) as exc:
                raise EvalInputError(f"{f}: not a predicted Article ({_why(exc)})") from exc
            out[a.id] = a
        return out
    try:
        with p.open("rb") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        a = Article.model_validate_json(line)
                    except ValidationError as exc:
                        raise EvalInputError(
                            f"{p}, line {n}: not a predicted Article ({_why(exc)})") from exc
                    out[a.id] = a
    except OSError as exc:
        raise EvalInputError(f"{p}: cannot be read ({exc.strerror or exc})") from exc
    return out


def evaluate(
    gold: dict[str, GoldArticle],
    pred: dict[str, Article],
    texts: dict[str, str] | None = None,
) -> Report:
    """Score every gold article; a gold article without prediction counts as all missed."""
    scores = []
    missing = []
    for gid, g in gold.items():
        a = pred.get(gid)
        if a is None:
            missing.append(gid)
            a = Article(id=gid)
        scores.append(score_article(a, g, (texts or {}).get(gid)))
    return Report(articles=scores, missing_predictions=missing)


def format_table(report: Report) -> str:
    """The SPEC section 7 table as plain text."""
    d = report.as_dict()
    lines = [f"ekstrak evaluation over {d['articles']} articles (micro-averaged)"]
    lines.append(f"matching: {MATCHING_RULE}")
    if d["missing_predictions"]:
        lines.append(f"no prediction for: {', '.join(d['missing_predictions'])}")
    hdr = f"{'':28s}{'P':>7s}{'R':>7s}{'F1':>7s}{'tp':>6s}{'pred':>6s}{'gold':>6s}"
    lines.append(hdr)

    def row(name: str, c: dict[str, Any]) -> str:
        return (
            f"{name:28s}{c['precision']:7.3f}{c['recall']:7.3f}{c['f1']:7.3f}"
            f"{c['tp']:6d}{c['pred']:6d}{c['gold']:6d}"
        )

    for typ in (*MENTION_TYPES, "ALL"):
        for mode in ("strict", "partial"):
            key = f"{typ}.{mode}"
            if key in d["mentions"]:
                lines.append(row(f"mentions {key}", d["mentions"][key]))
    lines.append(row("quantity (record pairs)", d["quantity"]))
    lines.append(row("records strict", d["records_strict"]))
    lines.append(f"slot accuracy over {d['quantity']['tp']} paired records:")
    acc = d["slot_accuracy"]
    lines.append(
        "  " + "  ".join(f"{s} {acc[s]['accuracy'] if s in acc else 0.0:.3f}" for s in SLOTS)
    )
    lines.append(
        "further slots (not in records strict):  "
        + "  ".join(f"{s} {d['slot_accuracy'][s]['accuracy']:.3f}" for s in EXTRA_SLOTS)
        + f"  concept token F1 {d['concept_token_f1']:.3f}"
    )
    return "\n".join(lines)


def format_indicators(report: Report) -> str:
    """Per indicator code: records paired with the right code, and records strict."""
    d = report.as_dict()["per_indicator"]
    lines = [f"{'indicator':24s}{'P':>7s}{'R':>7s}{'F1':>7s}{'tp':>6s}{'pred':>6s}{'gold':>6s}"
             f"{'strict F1':>11s}"]
    for code, c in d.items():
        lines.append(f"{code:24s}{c['precision']:7.3f}{c['recall']:7.3f}{c['f1']:7.3f}"
                     f"{c['tp']:6d}{c['pred']:6d}{c['gold']:6d}{c['strict']['f1']:11.3f}")
    return "\n".join(lines)


def format_errors(report: Report) -> str:
    out = []
    for e in report.totals().errors:
        if e["error"] in ("wrong_slots", "wrong_extra"):
            detail = "; ".join(f"{s}: pred={v[0]!r} gold={v[1]!r}" for s, v in e["slots"].items())
        else:
            r = e["record"]
            detail = (
                f"{r.get('indicator')} {r.get('value')} {r.get('unit')} "
                f"kind={r.get('kind')} status={r.get('status')}"
            )
        out.append(f"{e['article']}@{e['start']} {e['error']:11s} {e['text']!r}: {detail}")
    return "\n".join(out)
