"""Records stage: one :class:`Record` per title/body QUANTITY mention (SPEC section 3).

Each slot is decided from the words around the number, using the cue lexicon in
``data/records.json``:

- indicator/concept: the first indicator rule whose unit class fits and whose
  cues match the clause before the number or the noun phrase after it;
- kind: a change verb before the number with no "menjadi/hingga/dari…" between;
- status: the nearest target/estimate cue before the number in the sentence
  (a "dari X menjadi Y" baseline stays actual);
- place: the sentence's places (one, or the lowest of a chain of levels), else the
  place the paragraph is about (carried over from earlier paragraphs), else the
  article's main place;
- time: the DATE of the number's clause, else of the sentence head; change
  records run from the comparison date to the reference date; baselines get none;
- programme: a programme named in the sentence, or pointed back to ("Dari dana ini").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .models import Evidence, Mention, Place, QuantityNorm, Record, TimeNorm
from .segment import Segmentation

_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class _Rule:
    indicator: str
    units: frozenset[str]
    left: re.Pattern[str] | None
    right: re.Pattern[str] | None
    any: re.Pattern[str] | None


@dataclass(frozen=True)
class _Lexicon:
    left_window: int
    right_window: int
    unit_class: dict[str, str]
    rules: tuple[_Rule, ...]
    change_verbs: re.Pattern[str]
    level_breakers: re.Pattern[str]
    change_after: re.Pattern[str]
    target: re.Pattern[str]
    estimate: re.Pattern[str]
    baseline_before: re.Pattern[str]
    baseline_after: re.Pattern[str]
    comparison_before: re.Pattern[str]
    inherit: re.Pattern[str]
    pointer_back: re.Pattern[str]
    groups: re.Pattern[str]
    programmes: tuple[tuple[str, re.Pattern[str]], ...]


def _alt(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), _FLAGS) if patterns else None


@cache
def _lexicon() -> _Lexicon:
    raw: dict[str, Any] = json.loads(
        resources.files("ekstrak.data").joinpath("records.json").read_text("utf-8")
    )
    unit_class = {u: cls for cls, units in raw["unit_classes"].items() for u in units}
    rules = tuple(
        _Rule(
            indicator=r["indicator"],
            units=frozenset(r["units"]),
            left=_alt(r.get("left", [])),
            right=_alt(r.get("right", [])),
            any=_alt(r.get("any", [])),
        )
        for r in raw["indicators"]
    )
    return _Lexicon(
        left_window=raw["left_window"],
        right_window=raw["right_window"],
        unit_class=unit_class,
        rules=rules,
        change_verbs=re.compile(raw["change_verbs"], _FLAGS),
        level_breakers=re.compile(raw["level_breakers"], _FLAGS),
        change_after=re.compile(raw["change_after"], _FLAGS),
        target=re.compile(raw["target_cues"], _FLAGS),
        estimate=re.compile(raw["estimate_cues"], _FLAGS),
        baseline_before=re.compile(raw["baseline_before"], _FLAGS),
        baseline_after=re.compile(raw["baseline_after"], _FLAGS),
        comparison_before=re.compile(raw["comparison_before"], _FLAGS),
        inherit=re.compile(raw["time_inherit_connectives"], _FLAGS),
        pointer_back=re.compile(raw["pointer_back"], _FLAGS),
        groups=_alt(raw["groups"]) or re.compile(r"(?!)"),
        programmes=tuple((p["name"], _alt(p["patterns"])) for p in raw["programmes"]),  # type: ignore[misc]
    )


_WORD = re.compile(r"\S+")


def _last_words(s: str, n: int) -> str:
    words = _WORD.findall(s)
    return " ".join(words[-n:])


def _right_phrase(s: str, n: int) -> str:
    """Words after the span up to the first clause punctuation."""
    cut = re.split(r"[,;:.()]|\s[-–]\s", s, maxsplit=1)[0]
    return " ".join(_WORD.findall(cut)[:n])


def _unit_classes(unit: str, lex: _Lexicon) -> set[str]:
    base = unit.split("/")[0]
    cls = lex.unit_class.get(base)
    out = {"any"}
    if cls:
        out.add(cls)
    if cls in ("household", "person", "worker", "house", "project", "model", "village") or (
        cls is None and base not in ("%", "pp", "point", "times")
    ):
        out.add("count")
    if cls is None:
        out.add("other")
    return out


def _indicator(left: str, right: str, unit: str, lex: _Lexicon) -> tuple[str, str]:
    classes = _unit_classes(unit, lex)
    for rule in lex.rules:
        if not rule.units & classes:
            continue
        for pat, where in ((rule.left, left), (rule.right, right), (rule.any, left + " | " + right)):
            if pat is None:
                continue
            m = None
            for m in pat.finditer(where):
                pass  # the last (nearest) match names the concept best
            if m is not None:
                return rule.indicator, m.group(0).strip()
    return "other", ""


def _concept(indicator: str, cue: str, left: str, right: str, unit: str) -> str:
    """What is measured, as written: the counted noun phrase or the cue phrase."""
    noun = " ".join(right.split()[:4]).strip(" ,.;:")
    if cue and cue != "." and len(cue) > 3:
        return cue.lower()
    if noun:
        return noun
    return unit


@dataclass
class _Ctx:
    text: str
    seg: Segmentation
    by_sentence: dict[int, list[Mention]]


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    s = start
    for m in re.finditer(r";", text[start:end]):
        out.append((s, start + m.start()))
        s = start + m.end()
    out.append((s, end))
    return out


def _time_of(m: Mention, sent_start: int, sent_end: int, ctx: _Ctx, lex: _Lexicon
             ) -> tuple[TimeNorm | None, TimeNorm | None]:
    """(reference time, comparison time) of a quantity within its sentence."""
    text = ctx.text
    dates = [d for d in ctx.by_sentence.get(m.sentence or -1, []) if d.type == "DATE"]
    if not dates:
        return None, None
    comparison = [d for d in dates if lex.comparison_before.search(text[max(sent_start, d.start - 60) : d.start])]
    ref_dates = [d for d in dates if d not in comparison]
    clauses = _clauses(text, sent_start, sent_end)
    mine = next(c for c in clauses if c[0] <= m.start <= c[1])

    def pick(cands: list[Mention], lo: int, hi: int) -> Mention | None:
        inside = [d for d in cands if lo <= d.start < hi]
        before = [d for d in inside if d.end <= m.start]
        if before:
            return before[-1]
        after = [d for d in inside if d.start >= m.end]
        return after[0] if after else None

    ref = pick(ref_dates, *mine) or pick(ref_dates, *clauses[0])
    cmp_ = pick(comparison, *mine)
    ref_t = ref.norm if ref is not None and isinstance(ref.norm, TimeNorm) else None
    cmp_t = cmp_.norm if cmp_ is not None and isinstance(cmp_.norm, TimeNorm) else None
    return ref_t, cmp_t


def _places_in(mentions: list[Mention]) -> list[Place]:
    out: list[Place] = []
    for m in mentions:
        if m.type == "PLACE" and isinstance(m.norm, Place):
            if not any(p.name.lower() == m.norm.name.lower() for p in out):
                out.append(m.norm)
    return out


_LEVEL_RANK = {"country": 0, "region": 1, "province": 2, "regency": 3, "city": 3,
               "district": 4, "commune": 5, "village": 6}


def _sentence_place(places: list[Place]) -> Place | None:
    """One place, or the lowest of a chain of levels; several of one level share a parent."""
    if not places:
        return None
    if len(places) == 1:
        return places[0]
    ranks = [_LEVEL_RANK.get(p.level or "", 9) for p in places]
    if len(set(ranks)) == len(ranks):
        return places[ranks.index(max(ranks))]
    # A list of same-level places: the statistic is about a unit holding them all,
    # which is a higher-level place of the sentence if it names one.
    lowest = max(ranks)
    higher = [p for p, r in zip(places, ranks) if r < lowest]
    if higher:
        return higher[-1]
    return None


def _paragraph_places(ctx: _Ctx) -> dict[int, Place | None]:
    """The place each paragraph is about: its most named place, else the previous one's."""
    per_para: dict[int, list[Mention]] = {}
    for s in ctx.seg.sentences:
        per_para.setdefault(s.paragraph, []).extend(ctx.by_sentence.get(s.index, []))
    out: dict[int, Place | None] = {}
    current: Place | None = None
    for p in ctx.seg.paragraphs:
        if p.kind not in ("title", "body"):
            continue
        names: dict[str, tuple[int, int, Place]] = {}
        for i, m in enumerate(per_para.get(p.index, [])):
            if m.type == "PLACE" and isinstance(m.norm, Place):
                key = m.norm.name.lower()
                cnt, first, pl = names.get(key, (0, i, m.norm))
                names[key] = (cnt + 1, first, pl)
        if names:
            best = max(names.values(), key=lambda t: (t[0], -t[1]))
            current = best[2]
        out[p.index] = current
    return out


def _programme(sentence: str, lex: _Lexicon) -> str | None:
    for name, pat in lex.programmes:
        if pat.search(sentence):
            return name
    return None


def build_records(
    text: str, seg: Segmentation, mentions: list[Mention], article_place: Place | None
) -> list[Record]:
    """Records for every QUANTITY mention of the title and body."""
    lex = _lexicon()
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.sentence is not None:
            by_sentence.setdefault(m.sentence, []).append(m)
    ctx = _Ctx(text=text, seg=seg, by_sentence=by_sentence)
    para_place = _paragraph_places(ctx)
    records: list[Record] = []
    prev_programme: str | None = None
    prev_time: dict[int, TimeNorm | None] = {}
    last_sentence_time: TimeNorm | None = None
    last_para = -1

    for sent in seg.scored_sentences():
        stext = sent.text
        sent_mentions = by_sentence.get(sent.index, [])
        programme = _programme(stext, lex)
        if programme is None and lex.pointer_back.search(stext):
            programme = prev_programme
        quantities = [m for m in sent_mentions if m.type == "QUANTITY"]
        sent_dates = [m for m in sent_mentions if m.type == "DATE"]
        place = _sentence_place(_places_in(sent_mentions)) or para_place.get(sent.paragraph) or article_place
        # Time carried from the previous sentence: within a paragraph, or across one
        # when the sentence opens with a connective ("Oleh karena itu, ...").
        connective = bool(lex.inherit.search(stext))
        inherited = last_sentence_time if (sent.paragraph == last_para or connective) else None

        for m in quantities:
            if not isinstance(m.norm, QuantityNorm):
                continue
            q = m.norm
            before = text[sent.start : m.start]
            after = text[m.end : sent.end]
            left = _last_words(re.split(r";", before)[-1], lex.left_window)
            right = _right_phrase(after, lex.right_window)
            indicator, cue = _indicator(left, right, q.unit, lex)
            # "terhitung X%" after a count is the rate of that count.
            if re.search(r"terhitung\s*$|mencakup\s*(?:lebih\s+dari\s+)?$", left, _FLAGS) and records:
                prev = records[-1].indicator
                indicator = {"poor_households": "poverty_rate",
                             "near_poor_households": "near_poverty_rate",
                             "poor_people": "poverty_rate"}.get(prev, indicator)

            near_left = _last_words(before, 6)
            kind = "level"
            verb = None
            for verb in lex.change_verbs.finditer(near_left):
                pass
            if verb is not None and not lex.level_breakers.search(near_left[verb.end() :]):
                kind = "change"
            if lex.change_after.search(after):
                kind = "change"

            baseline = bool(lex.baseline_before.search(before) and lex.baseline_after.search(after))
            status = "actual"
            if not baseline:
                cues = [(c.start(), "target") for c in lex.target.finditer(before)]
                cues += [(c.start(), "estimate") for c in lex.estimate.finditer(before)]
                if cues:
                    status = max(cues)[1]

            ref, cmp_ = _time_of(m, sent.start, sent.end, ctx, lex)
            time: TimeNorm | None
            if baseline:
                time = None
            elif ref is None and not sent_dates and status == "actual":
                time = inherited
            elif ref is None and not sent_dates and connective:
                time = inherited
            else:
                time = ref
            if kind == "change" and time is not None:
                if cmp_ is not None:
                    time = TimeNorm(start=cmp_.start, end=time.end)
                elif time.start == time.end:
                    time = TimeNorm(start=None, end=time.end)
            elif kind == "change" and cmp_ is not None:
                time = TimeNorm(start=cmp_.start, end=None)

            group_m = lex.groups.search(left + " " + right)
            records.append(
                Record(
                    indicator=indicator,
                    concept=_concept(indicator, cue, left, right, q.unit),
                    value=q.value,
                    value_max=q.value_max,
                    unit=q.unit,
                    qualifier=q.qualifier,
                    kind=kind,  # type: ignore[arg-type]
                    status=status,  # type: ignore[arg-type]
                    place=place,
                    group=group_m.group(0).lower() if group_m else None,
                    time=time,
                    programme=programme,
                    evidence=Evidence(sentence=sent.index, start=m.start, end=m.end),
                )
            )
        if programme:
            prev_programme = programme
        if sent_dates:
            refs = [d for d in sent_dates if isinstance(d.norm, TimeNorm)]
            last_sentence_time = refs[0].norm if refs else last_sentence_time  # type: ignore[assignment]
        elif sent.paragraph != last_para and not connective:
            last_sentence_time = None
        prev_time[sent.index] = last_sentence_time
        last_para = sent.paragraph
    return records
