"""Learned slot decisions (issue 12): classifiers for ``indicator`` and ``status`` and rankers
that pick a record's ``time`` and ``place`` among the candidates the article model offers.

The models are trained by ``scripts/train_slots.py`` (``make train``, scikit-learn) and
shipped as small JSON files under ``data/slots/`` (vocabulary and coefficients). Inference
is a dot product over a figure's sparse, binary features (numpy, which spaCy brings), so the
core install needs no scikit-learn.

Modes (:data:`MODES`): ``rules`` (the resolvers alone), ``model`` (the models decide the four
slots), ``combined`` (the model's choice where its probability reaches a threshold tuned on
the dev splits, else the rule's). The mode comes from ``parse_article(..., slots=)``, else
``EKSTRAK_SLOTS``, else the default the training chose on the dev splits.
Each record also gets a ``confidence``: the precision on the dev splits of its decision path
(:func:`confidence`).
"""

from __future__ import annotations

import json
import math
import operator
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import repeat
from typing import TYPE_CHECKING, Any

import numpy

from ..models import Mention, Place, Record, TimeNorm
from ..places import canonical_place, is_dateline, place_key
from .lexicon import WORDS, base_unit, classes_of, last_digit

if TYPE_CHECKING:
    from .article import ArticleModel, Frame
    from .figure import Figure
    from .kind import KindDecision

MODES = ("rules", "model", "combined")
SLOTS = ("indicator", "status", "time", "place")
#: Slots whose ``why`` makes up a record's decision path (all of records strict).
PATH_SLOTS = ("indicator", "kind", "status", "time", "place")
#: Used when the shipped calibration names no default (a fresh checkout before ``make train``).
FALLBACK_MODE = "rules"
#: A decision path seen fewer times than this on dev backs off to per-slot precisions.
MIN_PATH = 10

Features = dict[str, float]
TimeKey = tuple[str | None, str | None]

_mode: ContextVar[str | None] = ContextVar("ekstrak_slots_mode", default=None)
_models: ContextVar[SlotModels | None] = ContextVar("ekstrak_slot_models", default=None)
_collector: ContextVar[list[Decision] | None] = ContextVar("ekstrak_slot_collector", default=None)


# --- linear models -------------------------------------------------------------------------

@dataclass
class Linear:
    """A logistic model over sparse features: one weight row per class (multinomial), or a
    single row for a binary model (the probability of the positive class)."""

    classes: list[str]
    weights: dict[str, list[float]]
    intercept: list[float]

    def __post_init__(self) -> None:
        # A binary model's weights as plain floats (the rankers score every candidate); a
        # multinomial model's as (class, weight) pairs without the zeros (most are pruned).
        self._w1 = {k: w[0] for k, w in self.weights.items()} if self.binary else {}
        self._pairs = {k: tuple((i, w) for i, w in enumerate(row) if w)
                       for k, row in self.weights.items()} if not self.binary else {}
        # Three classes (status): each name's whole row, added class by class in
        # :meth:`scores` (a pruned 0.0 adds nothing: the same floats as the pairs).
        self._rows3 = ({k: tuple(row) for k, row in self.weights.items()}
                       if len(self.intercept) == 3 else {})
        # The same weights as one matrix, the intercept its row 0: a figure's scores are the
        # sum of its rows, added row after row (numpy reduces the first axis in order), so
        # the floats are those of the loop in :meth:`scores`, at a fraction of its time.
        if not self.binary:
            self._row = {k: i for i, k in enumerate(self.weights, 1)}
            self._matrix = numpy.array([self.intercept, *self.weights.values()], dtype=float)

    @property
    def binary(self) -> bool:
        return len(self.intercept) == 1

    def scores(self, feats: Features) -> list[float]:
        if self.binary:
            return [self._score1(feats)]
        # Added one feature at a time, in the features' order, so that each class's sum is
        # the same float whatever the Python version (``sum`` compensates from 3.12 on).
        if _binary(feats) and not self._rows3:  # all of ours
            # the rows of the known names (a feature's row is never 0, the intercept's)
            rows = [0, *filter(None, map(self._row.get, feats))]
            return self._matrix.take(rows, axis=0).sum(axis=0).tolist()  # type: ignore[no-any-return]
        # Three classes (status): a loop costs less than numpy's call overhead.
        if self._rows3 and _binary(feats):
            get3 = self._rows3.get
            a, b, c = self.intercept
            for name in feats:
                row = get3(name)
                if row is not None:
                    a += row[0]
                    b += row[1]
                    c += row[2]
            return [a, b, c]
        out = list(self.intercept)
        get = self._pairs.get
        for name, value in feats.items():
            pairs = get(name)
            if pairs is None:
                continue
            if value == 1.0:  # binary features (all of ours): w * 1.0 is w, skip the product
                for i, w in pairs:
                    out[i] += w
            else:
                for i, w in pairs:
                    out[i] += w * value
        return out

    def _score1(self, feats: Features) -> float:
        w = self._w1
        return self.intercept[0] + sum([w[k] * v for k, v in feats.items() if k in w])

    def proba(self, feats: Features) -> list[float]:
        """Class probabilities (``predict_proba`` of scikit-learn's LogisticRegression)."""
        s = self.scores(feats)
        if self.binary:
            p = _sigmoid(s[0])
            return [1.0 - p, p]
        top = max(s)
        exps = [math.exp(v - top) for v in s]
        total = sum(exps)
        return [e / total for e in exps]

    def best(self, feats: Features) -> tuple[int, float]:
        """The most probable class (the first of equals) and its probability: what
        :meth:`proba` gives at its argmax, without the whole list."""
        s = self.scores(feats)
        top = max(s)
        i = s.index(top)
        return i, 1.0 / sum([math.exp(v - top) for v in s])

    def positive(self, feats: Features) -> float:
        return _sigmoid(self._score1(feats))

    def positives(self, many: Iterable[Features]) -> list[float]:
        """:meth:`positive` of each feature set, in one call (a ranker scores every
        candidate of every figure; the sums are the same as :meth:`_score1`'s)."""
        w, b = self._w1, self.intercept[0]
        known, weight = w.__contains__, w.__getitem__
        # binary features (all of ours): w * 1.0 is w, so the same terms without the product
        return [_sigmoid(b + sum(map(weight, filter(known, feats)) if _binary(feats)
                             else [w[k] * v for k, v in feats.items() if k in w]))
                for feats in many]

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Linear:
        return cls(classes=list(d["classes"]), weights=d["weights"], intercept=d["intercept"])

    def to_json(self) -> dict[str, Any]:
        return {"classes": self.classes, "intercept": self.intercept, "weights": self.weights}


def _binary(feats: Features) -> bool:
    """Every value is 1.0 (a name present), as in all the features made here."""
    return all(map(operator.eq, feats.values(), repeat(1.0)))


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


@dataclass
class SlotModels:
    """The four models, the combined-mode thresholds and the confidence tables."""

    indicator: Linear | None = None
    status: Linear | None = None
    time: Linear | None = None
    place: Linear | None = None
    thresholds: dict[str, float] = field(default_factory=dict)
    #: ``combined``: the rule decisions (by their ``why``) a slot's model leaves alone; it
    #: neither scores nor decides there (status: "rule:default", where the held sets show
    #: its overrides cost more than they fix).
    keep_rule: dict[str, list[str]] = field(default_factory=dict)
    #: ``combined``: where a slot lists rule paths here, its model decides only on those (the
    #: indicator model only where the rules found no cue, ``rule:unit-fallback``: the figures
    #: it helps most, at a fifth of the cost of scoring every figure).
    model_paths: dict[str, list[str]] = field(default_factory=dict)
    calibration: dict[str, Any] = field(default_factory=dict)  # mode -> confidence table
    default: str = FALLBACK_MODE


def _data_file(name: str) -> Any:
    return resources.files("ekstrak") / "data" / "slots" / name


@cache
def shipped_models() -> SlotModels:
    """The models shipped in ``data/slots/`` (none, before the first ``make train``)."""
    out = SlotModels()
    for slot in SLOTS:
        f = _data_file(f"{slot}.json")
        if f.is_file():
            setattr(out, slot, Linear.from_json(json.loads(f.read_text("utf-8"))))
    f = _data_file("calibration.json")
    if f.is_file():
        cal = json.loads(f.read_text("utf-8"))
        out.thresholds = cal.get("thresholds", {})
        out.keep_rule = cal.get("keep_rule", {})
        out.model_paths = cal.get("model_paths", {})
        out.calibration = cal.get("confidence", {})
        out.default = cal.get("default", FALLBACK_MODE)
    return out


def active_models() -> SlotModels:
    return _models.get() or shipped_models()


def slots_mode(mode: str | None = None) -> str:
    """The mode in force: the argument, else :func:`using`'s, else ``EKSTRAK_SLOTS``, else the
    default chosen on the dev splits."""
    mode = mode or _mode.get() or os.environ.get("EKSTRAK_SLOTS", "").strip().lower() or None
    if mode is None:
        mode = active_models().default
    if mode not in MODES:
        raise ValueError(f"slots mode {mode!r}: use one of {', '.join(MODES)}")
    return mode


@contextmanager
def using(mode: str | None = None, models: SlotModels | None = None,
          collect: list[Decision] | None = None) -> Iterator[None]:
    """Parse with this mode / these models, and append each figure's :class:`Decision` to
    ``collect`` (training)."""
    if mode is not None:
        slots_mode(mode)  # validate early
    tokens = [(_mode, _mode.set(mode)), (_models, _models.set(models)),
              (_collector, _collector.set(collect))]
    try:
        yield
    finally:
        for var, tok in reversed(tokens):
            var.reset(tok)  # type: ignore[attr-defined]


# --- what one figure offers the models -----------------------------------------------------

@dataclass
class Decision:
    """One figure's features and candidates (what the models see), and what was decided."""

    start: int
    end: int
    rule: dict[str, Any] = field(default_factory=dict)  # slot -> rule's value (comparable key)
    indicator: Features = field(default_factory=dict)
    status: Features = field(default_factory=dict)
    time: list[tuple[TimeKey, Features]] = field(default_factory=list)
    place: list[tuple[str | None, Features]] = field(default_factory=list)


#: how far back (characters) the indicator model looks for the record before a figure that
#: opens its sentence
NEAR_WINDOW = 300


def _bucket(n: int) -> str:
    for lim in (0, 10, 30, 80, 200):
        if n <= lim:
            return str(lim)
    return "far"


def indicator_features(f: Figure, model: ArticleModel, kd: KindDecision, rule: str, why: str
                       ) -> Features:
    """Words around the figure, its counted noun, unit class, change verb, the rule's call."""
    # The names are gathered in order and made a dict at once: a name met twice keeps its
    # first place, as when set one by one (the order fixes how the scores are summed).
    names = _window_names(f, 3)
    span = model.text[f.m.start : f.m.end]
    # the counted noun written in the span, after its last digit
    names += [f"n:{w}" for w in WORDS.findall(span, last_digit(span) + 1)]
    unit = f.q.unit
    names += _unit_features(unit)
    if kd.verb:  # a change verb in the last six words before the figure (read by the kind)
        names.append("verb")
    base = base_unit(unit)
    names += (f"rule:{rule}", f"why:{why}", f"rule|u:{rule}|{base}")
    names += _previous_figure(f, base)
    return dict.fromkeys(names, 1.0)


def _previous_figure(f: Figure, base: str) -> tuple[str, ...]:
    """What the record before the figure measures: its sentence's previous record, else the
    article's nearest within :data:`NEAR_WINDOW` characters. A rate after a count ("56.000
    orang atau 4,2 persen") or the next item of a breakdown reads from it (session 41: +0.6%
    of the held figures right, out of sample at 15 hold points). Training reads the rules'
    indicators there (collection parses in ``rules`` mode), ``combined`` the indicators as
    decided, the model's own among them: the hold points judged it so."""
    prev = f.prev_rec
    if prev is not None:
        return f"prev:{prev.indicator}", f"prev|u:{prev.indicator}|{base}"
    near = next(f.records_within(NEAR_WINDOW), None)
    return (f"near:{near.indicator}",) if near is not None else ()


def status_features(f: Figure, kd: KindDecision, indicator: str, rule: str, why: str
                    ) -> Features:
    """Words around the figure (a plan's "akan", "target", "rencana"; a fact's "telah"),
    its unit, kind and indicator, the rule's call."""
    names = _window_names(f, 4)
    names += _unit_features(f.q.unit)
    names += (f"kind:{kd.kind}", f"ind:{indicator}", f"rule:{rule}", f"why:{why}")
    return dict.fromkeys(names, 1.0)


def _window_names(f: Figure, last: int) -> list[str]:
    """The left window's words as a bag and the ``last`` ones by position (nearest first),
    then the right window's words: what both classifiers read around a figure."""
    left = f.left_words
    names = [f"l:{w}" for w in left]
    names += [f"l{i}:{w}" for i, w in enumerate(reversed(left[-last:]), 1)]
    names += [f"r:{w}" for w in f.right_words]
    return names


@lru_cache(maxsize=256)
def _unit_features(unit: str) -> tuple[str, ...]:
    """The features of a unit, which the lexicon fixes: base unit, rate, unit classes."""
    # Sorted: a frozenset's order changes with the process's hash seed, and the order of the
    # features is the order the scores are summed in, so the floats (and a near tie) would too.
    return (f"u:{base_unit(unit)}", f"rate:{'/' in unit}",
            *(f"c:{c}" for c in sorted(classes_of(unit))))


def _time_key(t: TimeNorm | None) -> TimeKey:
    return (None, None) if t is None else (t.start, t.end)


def _gran(v: str | None) -> str:
    return "none" if v is None else ("year", "month", "day")[min(v.count("-"), 2)]


def time_candidates(f: Figure, frame: Frame, kd: KindDecision, status: str,
                    rule: TimeNorm | None, rule_why: str, model: ArticleModel | None = None
                    ) -> list[tuple[TimeNorm | None, Features]]:
    """The periods a figure may refer to, each with its features."""
    m, kind = f.m, kd.kind
    clause = next(c for c in frame.clauses if c[0] <= m.start <= c[1])
    # Each candidate gathers its feature names in order; they become a dict at the end
    # (a name met twice keeps its first place, as when set one by one).
    cands: dict[TimeKey, tuple[TimeNorm | None, list[str]]] = {}

    def add(t: TimeNorm | None, source: str, extra: Iterable[str] = ()) -> None:
        key = _time_key(t)
        cand = cands.get(key)
        if cand is None:
            cands[key] = cand = (t, [])
        cand[1].extend(_source_names(source, kind))
        cand[1].extend(_source_context(source, rule_why, bool(frame.dates), frame.present, status))
        cand[1].extend(extra)

    change = kind == "change"
    refs: list[TimeNorm] = []
    compared: list[TimeNorm] = []
    # Both were judged before with the same arguments: the date written right after the
    # figure by the kind (date_right_after), the comparison dates by the frame (is_comparison).
    right_after = kd.dated
    compared_ids = {id(d) for d in frame.comparison_dates}
    for d in frame.dates:
        if not isinstance(d.norm, TimeNorm):
            continue
        cmp_ = id(d) in compared_ids
        before = d.end <= m.start
        dist = m.start - d.end if before else d.start - m.end
        add(d.norm, "date-cmp" if cmp_ else "date",
            _date_names(before, _bucket(dist), clause[0] <= d.start < clause[1], cmp_, kind,
                        d is right_after))
        (compared if cmp_ else refs).append(d.norm)
    if frame.inherited is not None:
        refs.append(frame.inherited)
        add(frame.inherited, "inherited")
    if change:
        for ref in refs:
            add(TimeNorm(start=None, end=ref.end), "end-only")
            for c in compared:
                add(TimeNorm(start=c.start, end=ref.end), "cmp-span")
    if frame.prev_span:
        span = frame.prev_span
        add(span[0], "prev-start")
        add(span[-1], "prev-end")
        add(TimeNorm(start=span[0].start, end=span[-1].end), "prev-span")
    if frame.items.time is not None:
        add(frame.items.time, "list", (f"item:{frame.is_item}",))
    _add_page_periods(add, cands, frame, model)
    add(None, "none")
    add(rule, "rule")
    rule_key = _time_key(rule)
    shared = _time_shared(kind, status, bool(frame.dates), frame.present, frame.connective)
    out = []
    for key, (t, names) in cands.items():
        names += shared
        names += _time_tail(key == rule_key, rule_why, key)
        out.append((t, dict.fromkeys(names, 1.0)))
    return out


def _add_page_periods(add: Any, cands: dict[TimeKey, Any], frame: Frame,
                      model: ArticleModel | None) -> None:
    """The periods beyond the sentence's own dates (session 40): the release's semester, the
    span of the sentence before, the year of each dated candidate so far (``cands``: how a
    reader often states "per 30 April 2024") and the page's own periods."""
    if frame.release is not None:
        add(frame.release, "release")
    if frame.recent_span:
        add(TimeNorm(start=frame.recent_span[0].start, end=frame.recent_span[-1].end),
            "recent-span")
    for start, end in list(cands):
        if start and end and (len(start) > 4 or len(end) > 4):
            add(TimeNorm(start=start[:4], end=end[:4]), "year-of")
    if model is not None:
        for t, source in model.anchor_times:
            add(t, source)


# The feature names below depend on a few small values only: made once, not per candidate.

@lru_cache(maxsize=512)
def _date_names(before: bool, dist: str, clause: bool, cmp_: bool, kind: str, right_after: bool
                ) -> tuple[str, ...]:
    """A date's features as a time candidate: where it stands from the figure, its role."""
    pos = "before" if before else "after"
    names = (f"pos:{pos}", f"dist:{dist}", f"clause:{clause}", f"cmp:{cmp_}",
             f"pos|kind:{pos}|{kind}")
    return (*names, "right-after") if right_after else names


@lru_cache(maxsize=256)
def _source_names(source: str, kind: str) -> tuple[str, str]:
    return f"src:{source}", f"src|kind:{source}|{kind}"


@lru_cache(maxsize=2048)
def _source_context(source: str, rule_why: str, dated: bool, present: bool, status: str
                    ) -> tuple[str, str]:
    """A time candidate's source beside what the rule did and what the sentence dates: when a
    page-level period (its stamp, its main year) holds a figure depends on both."""
    return f"src|why:{source}|{rule_why}", f"src|ctx:{source}|{dated}|{present}|{status}"


@lru_cache(maxsize=256)
def _time_shared(kind: str, status: str, dated: bool, present: bool, connective: bool
                 ) -> tuple[str, ...]:
    """The features every time candidate of a figure shares."""
    return (f"kind:{kind}", f"status:{status}", f"dated:{dated}", f"present:{present}",
            f"connective:{connective}")


@lru_cache(maxsize=4096)
def _time_tail(eq: bool, rule_why: str, key: TimeKey) -> tuple[str, ...]:
    """A time candidate's last features: whether the rule chose it, its granularity."""
    return (f"eq-rule:{eq}", f"eq-rule|why:{eq}|{rule_why}",
            f"gran:{_gran(key[0])}|{_gran(key[1])}", f"point:{key[0] == key[1]}")


@lru_cache(maxsize=4096)
def _name_key(name: str) -> str | None:
    return place_key(Place(name=name))


def _place_key(p: Place | None) -> str | None:
    """:func:`ekstrak.places.place_key`, cached by name (it depends on the name only)."""
    return None if p is None else _name_key(p.name)


class ParsePlaces:
    """The places of one parse under their canonical names, with their keys, found once per
    place: every figure offers the article's place and the country again, a sentence's
    figures its places (and an abbreviation's canonical copy is a pydantic copy)."""

    def __init__(self) -> None:
        # id -> (the place, held so that its id stays its own; canonical place; key)
        self._seen: dict[int, tuple[Place, Place, str | None]] = {}

    def __call__(self, p: Place) -> tuple[Place, str | None]:
        hit = self._seen.get(id(p))
        if hit is None:
            c = canonical_place(p)
            hit = self._seen[id(p)] = (p, c, _place_key(c))
        return hit[1], hit[2]


def place_candidates(m: Mention, frame: Frame, model: ArticleModel, rule: Place | None,
                     rule_why: str, places: ParsePlaces | None = None
                     ) -> list[tuple[Place | None, Features]]:
    """The places a figure may be about, each with its features (``places``: the parse's)."""
    canonical = places or ParsePlaces()
    clause = next(c for c in frame.clauses if c[0] <= m.start <= c[1])
    # As for time: names gathered in order per candidate, a dict at the end.
    cands: dict[str | None, tuple[Place | None, list[str]]] = {}

    def add(p: Place | None, source: str, extra: Iterable[str] = ()) -> None:
        key = None
        if p is not None:
            p, key = canonical(p)
        cand = cands.get(key)
        if cand is None:
            cands[key] = cand = (p, [f"lvl:{p.level if p else 'none'}"])
        cand[1].append(f"src:{source}")
        cand[1].extend(extra)

    kept = {id(x) for x in frame.place_mentions}
    named = [x for x in frame.mentions if x.type == "PLACE" and isinstance(x.norm, Place)]
    para_start = model.seg.paragraphs[frame.sent.paragraph].start
    for x in named:
        before = x.end <= m.start
        extra = _mention_names(before, _bucket(m.start - x.end if before else x.start - m.end),
                               clause[0] <= x.start < clause[1], id(x) in kept,
                               is_dateline(model.text, x, para_start))
        add(x.norm, "mention", extra)  # type: ignore[arg-type]
    if m.start in frame.respective:
        add(frame.respective[m.start], "respective")
    for p, source in ((frame.own_place, "own"), (frame.fallback_place, "fallback"),
                      (model.place, "article"), (model.country, "country")):
        if p is not None:
            add(p, source)
    add(None, "none")
    add(rule, "rule")
    rule_key = _place_key(rule)
    country = model.country.country if model.country else None
    n_places, own = min(len(named), 3), frame.own_place is not None
    out = []
    for key, (p, names) in cands.items():
        names += _place_tail(n_places, own, key == rule_key, rule_why,
                             p is not None and p.country == country)
        out.append((p, dict.fromkeys(names, 1.0)))
    return out


@lru_cache(maxsize=256)
def _mention_names(before: bool, dist: str, clause: bool, kept: bool, dateline: bool
                   ) -> tuple[str, ...]:
    """A place mention's features as a candidate: where it stands from the figure, its role."""
    pos = "before" if before else "after"
    names = (f"pos:{pos}", f"dist:{dist}", f"clause:{clause}", f"kept:{kept}",
             f"pos|dist:{pos}|{dist}")
    return (*names, "dateline") if dateline else names


@lru_cache(maxsize=256)
def _place_tail(n_places: int, own: bool, eq: bool, rule_why: str, same_country: bool
                ) -> tuple[str, ...]:
    """A place candidate's last features: the figure's (shared), whether the rule chose it."""
    return (f"n-places:{n_places}", f"own:{own}", f"eq-rule:{eq}",
            f"eq-rule|why:{eq}|{rule_why}", f"same-country:{same_country}")


# --- the hook the assembler calls ----------------------------------------------------------

class SlotHook:
    """Lets the models decide (or watch, when collecting) the three slots of each figure."""

    def __init__(self, mode: str, models: SlotModels, collect: list[Decision] | None) -> None:
        self.mode, self.models, self.collect = mode, models, collect
        self.current: Decision | None = None
        self.places = ParsePlaces()  # a hook serves one parse

    def _decides(self, slot: str, p: float) -> bool:
        if self.mode == "model":
            return True
        return self.mode == "combined" and p >= self.models.thresholds.get(slot, 1.01)

    def indicator(self, f: Figure, model: ArticleModel, kd: KindDecision, indicator: str,
                  why: str) -> tuple[str, str]:
        if self._rule_stands("indicator", why):
            return indicator, why  # nothing the model may decide (collecting runs ``rules``)
        feats = indicator_features(f, model, kd, indicator, why)
        if self.collect is not None:
            self.current = Decision(f.m.start, f.m.end, rule={"indicator": indicator},
                                    indicator=feats)
            self.collect.append(self.current)
        clf = self.models.indicator
        if clf is None or self.mode == "rules":
            return indicator, why
        best, p = clf.best(feats)  # the first of equals, as max(key=) chose
        if self._decides("indicator", p):
            choice = clf.classes[best]
            return choice, _model_why("indicator", p, why if choice == indicator else "")
        return indicator, why

    def status(self, f: Figure, kd: KindDecision, indicator: str, status: str, why: str
               ) -> tuple[str, str]:
        kept = self._kept("status", why)
        if self._idle("status") or (kept and self.collect is None):
            return status, why  # nothing to collect, nothing the model may decide
        feats = status_features(f, kd, indicator, status, why)
        if self.current is not None:
            self.current.rule["status"] = status
            self.current.status = feats
        clf = self.models.status
        if clf is None or self.mode == "rules" or kept:
            return status, why
        best, p = clf.best(feats)
        if self._decides("status", p):
            choice = clf.classes[best]
            return choice, _model_why("status", p, why if choice == status else "")
        return status, why

    def _kept(self, slot: str, why: str) -> bool:
        """In ``combined``, the rule's decision stands on this path (:attr:`SlotModels.keep_rule`,
        :attr:`SlotModels.model_paths`)."""
        if self.mode != "combined":
            return False
        only = self.models.model_paths.get(slot)
        return why in self.models.keep_rule.get(slot, ()) or (only is not None and why not in only)

    def _rule_stands(self, slot: str, why: str) -> bool:
        """Nothing the model of ``slot`` may decide on this figure: it is idle, or the rule's
        path is kept (the indicator, time and place hooks return the rule's value at once;
        the status hook still collects where its rule is kept)."""
        return self._idle(slot) or self._kept(slot, why)

    def _idle(self, slot: str) -> bool:
        """The model of ``slot`` can never decide here: skip building its candidates."""
        return (self.collect is None and self.mode != "model"
                and self.models.thresholds.get(slot, 1.01) > 1.0)

    def time(self, f: Figure, frame: Frame, kd: KindDecision, status: str, time: TimeNorm | None,
             why: str, model: ArticleModel | None = None) -> tuple[TimeNorm | None, str]:
        if self._rule_stands("time", why):
            return time, why
        cands = time_candidates(f, frame, kd, status, time, why, model)
        if self.current is not None:
            self.current.rule["time"] = _time_key(time)
            self.current.time = [(_time_key(t), feats) for t, feats in cands]
        return self._rank("time", self.models.time, cands, time, why)

    def place(self, m: Mention, frame: Frame, model: ArticleModel, place: Place | None,
              why: str) -> tuple[Place | None, str]:
        if self._rule_stands("place", why):
            self.current = None
            return place, why
        cands = place_candidates(m, frame, model, place, why, self.places)
        if self.current is not None:
            self.current.rule["place"] = _place_key(place)
            self.current.place = [(_place_key(p), feats) for p, feats in cands]
            self.current = None
        return self._rank("place", self.models.place, cands, place, why)

    def _rank(self, slot: str, ranker: Linear | None, cands: list[tuple[Any, Features]],
              rule: Any, why: str) -> tuple[Any, str]:
        if ranker is None or self.mode == "rules":
            return rule, why
        scored = ranker.positives([feats for _, feats in cands])
        p = max(scored)
        i = scored.index(p)  # the first of equals
        if self._decides(slot, p):
            # candidate 0 may be the rule's own choice under another name: compare by key
            agrees = "eq-rule:True" in cands[i][1]
            return cands[i][0], _model_why(slot, p, why if agrees else "")
        return rule, why


def _model_why(slot: str, p: float, agreed: str) -> str:
    """"model:time(p=0.87)", and " = rule:clause-date" when the rule chose the same."""
    return f"model:{slot}(p={p:.2f})" + (f" = {agreed}" if agreed else "")


def collected() -> list[Decision] | None:
    """The list this parse appends its :class:`Decision` s to (training), if any."""
    return _collector.get()


def slot_hook() -> SlotHook | None:
    """The hook for this parse; None when the rules decide alone and nothing is collected."""
    collect = _collector.get()
    mode = slots_mode()
    if mode == "rules" and collect is None:
        return None
    return SlotHook(mode, active_models(), collect)


# --- confidence ----------------------------------------------------------------------------

def path_key(why: dict[str, str] | None, slot: str) -> str:
    """A slot's decision path: the rule's name, or the model bucketed by its probability
    (and whether the rule chose the same)."""
    return _path_key((why or {}).get(slot, ""))


@lru_cache(maxsize=4096)
def _path_key(w: str) -> str:
    m = re.match(r"model:(\w+)\(p=([\d.]+)\)(?: = (\S+))?", w)
    if m is None:
        return w
    p = float(m.group(2))
    bucket = "0.9" if p >= 0.9 else "0.7" if p >= 0.7 else "0.5" if p >= 0.5 else "low"
    return f"model:{m.group(1)}@{bucket}" + (f"={m.group(3)}" if m.group(3) else "!=rule")


def path_of(why: dict[str, str] | None) -> str:
    return " ".join(path_key(why, s) for s in ("indicator", "status", "time", "place"))


def confidence(why: dict[str, str] | None, table: dict[str, Any]) -> float | None:
    """Precision on dev of the record's decision path (indicator, time, place); a path seen
    fewer than :data:`MIN_PATH` times backs off to the product of per-slot precisions."""
    if not table:
        return None
    right, n = table["paths"].get(path_of(why), (0, 0))
    if n >= MIN_PATH:
        return round(right / n, 3)
    prob = 1.0
    for slot in PATH_SLOTS:
        r, k = table["slots"][slot].get(path_key(why, slot), (0, 0))
        # unseen or rare: shrink toward the slot's overall precision
        r0, k0 = table["slot_prior"][slot]
        prob *= (r + 5 * r0 / max(k0, 1)) / (k + 5)
    return round(min(1.0, max(0.0, prob)), 3)


def fill_confidence(records: list[Record]) -> list[Record]:
    """Records with ``confidence`` set from the shipped table of the mode in force."""
    table = active_models().calibration.get(slots_mode(), {})
    if not table:
        return records
    for r in records:
        r.confidence = confidence(r.why, table)
    return records
