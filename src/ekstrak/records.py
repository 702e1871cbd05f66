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

import bisect
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any, NamedTuple

from .casefold import compile_lower, lower_article
from .dates import day_names
from .models import Evidence, Mention, Place, QuantityNorm, Record, TimeNorm
from .numbers import load_numbers, parse_words
from .places import (
    LEVEL_RANK,
    article_country,
    canonical_place,
    common_parent,
    country_place,
    is_dateline,
    main_place,
    place_key,
)
from .segment import Segmentation


@dataclass(frozen=True)
class _Rule:
    indicator: str
    units: frozenset[str]
    left: re.Pattern[str] | None
    right: re.Pattern[str] | None
    fallback: bool
    weight: float


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
    inherit_previous: re.Pattern[str]
    own_verb_after: re.Pattern[str]
    present: re.Pattern[str]
    anaphora: re.Pattern[str]
    allocation: re.Pattern[str]
    actual_override: re.Pattern[str]
    purpose: re.Pattern[str]
    bullet: re.Pattern[str]
    pointer_back: re.Pattern[str]
    groups: re.Pattern[str]
    national: re.Pattern[str]
    national_not: re.Pattern[str]
    national_hint: re.Pattern[str]
    programme_hint: str
    share_of: dict[str, str]
    rate_of_previous: re.Pattern[str]
    place_list_gap: re.Pattern[str]
    baseline_end: re.Pattern[str]
    time_pointer: re.Pattern[str]
    change_duration: re.Pattern[str]
    date_right_after: re.Pattern[str]
    example_places: re.Pattern[str]
    generic_province: re.Pattern[str]
    anaphoric_place: re.Pattern[str]
    anaphoric_levels: dict[str, str]
    overview_provinces: int
    per_unit_other: frozenset[str]
    capped_other: frozenset[str]
    time_denominators: frozenset[str]
    programme_mask: list[str]
    concept_lead: frozenset[str]
    concept_stop: frozenset[str]
    respectively: re.Pattern[str]
    composition_share: re.Pattern[str]
    within_before: re.Pattern[str]
    terms: re.Pattern[str]
    will: re.Pattern[str]
    receiving_after: re.Pattern[str]
    conversion_gap: re.Pattern[str]
    figure_list_gap: re.Pattern[str]
    place_locator_gap: re.Pattern[str]
    date_then_level: re.Pattern[str]
    speech_date: re.Pattern[str]
    from_to: re.Pattern[str]
    duration_months: dict[str, int]
    programmes: tuple[tuple[str, re.Pattern[str]], ...]


def _alt(patterns: list[str]) -> re.Pattern[str] | None:
    return compile_lower("|".join(f"(?:{p})" for p in patterns)) if patterns else None


# Lexicon fields that are one case-insensitive pattern each: field -> records.json key.
_PATTERN_KEYS = {
    "change_verbs": "change_verbs", "level_breakers": "level_breakers",
    "change_after": "change_after", "target": "target_cues", "estimate": "estimate_cues",
    "baseline_before": "baseline_before", "baseline_after": "baseline_after",
    "comparison_before": "comparison_before", "inherit": "time_inherit_connectives",
    "inherit_previous": "inherit_previous", "own_verb_after": "own_verb_after",
    "present": "present_cues", "anaphora": "anaphora",
    "allocation": "allocation_verbs", "actual_override": "actual_overrides",
    "purpose": "purpose_before", "pointer_back": "pointer_back",
    "national": "national_cues", "national_not": "national_not", "national_hint": "national_hint",
    "rate_of_previous": "rate_of_previous", "place_list_gap": "place_list_gap",
    "baseline_end": "baseline_end", "time_pointer": "time_pointer",
    "change_duration": "change_duration", "date_right_after": "date_right_after",
    "example_places": "example_places", "generic_province": "generic_province",
    "anaphoric_place": "anaphoric_place", "place_locator_gap": "place_locator_gap",
    "date_then_level": "date_then_level", "respectively": "respectively",
    "figure_list_gap": "figure_list_gap", "composition_share": "composition_share",
    "within_before": "within_before", "terms": "terms_cues",
    "will": "will_cues", "receiving_after": "receiving_after",
    "conversion_gap": "conversion_gap",
    "from_to": "from_to",
}


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
            # "any" cues count on both sides: fold them into each side's pattern.
            left=_alt(r.get("left", []) + r.get("any", [])),
            right=_alt(r.get("right", []) + r.get("any", [])),
            fallback=bool(r.get("fallback")),
            weight=float(r.get("weight", 1.0)),
        )
        for r in raw["indicators"]
    )
    return _Lexicon(
        left_window=raw["left_window"],
        right_window=raw["right_window"],
        unit_class=unit_class,
        rules=rules,
        bullet=re.compile(raw["bullet"], re.MULTILINE),
        groups=_alt(raw["groups"]) or re.compile(r"(?!)"),
        programme_hint=raw["programme_hint"],
        share_of=raw["share_of"],
        anaphoric_levels=raw["anaphoric_levels"],
        overview_provinces=int(raw["overview_provinces"]),
        per_unit_other=frozenset(raw["per_unit_other"]),
        capped_other=frozenset(raw["capped_other"]),
        time_denominators=frozenset(raw["time_denominators"]),
        programme_mask=raw["programme_mask"],
        concept_lead=frozenset(raw["concept_lead"]),
        concept_stop=frozenset(raw["concept_stop"]),
        duration_months=raw["duration_months"],
        speech_date=compile_lower(r"\b(?:" + "|".join(map(re.escape, day_names())) + r")\b"),
        **{field: compile_lower(raw[key]) for field, key in _PATTERN_KEYS.items()},
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


@lru_cache(maxsize=512)
def _rules_for(unit: str) -> tuple[tuple[tuple[int, _Rule], ...], str | None]:
    """The cue rules that fit a unit (with their order), and its fallback indicator."""
    classes = _classes_of(unit)
    fits = [(i, r) for i, r in enumerate(_lexicon().rules) if r.units & classes]
    fallback = next((r.indicator for _, r in fits if r.fallback), None)
    return tuple((i, r) for i, r in fits if not r.fallback), fallback


@lru_cache(maxsize=512)
def _classes_of(unit: str) -> frozenset[str]:
    lex = _lexicon()
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
    return frozenset(out)


def _indicator(left: str, right: str, unit: str, lex: _Lexicon) -> tuple[str, str]:
    """The indicator whose cue stands nearest the number (distance in characters)."""
    best: tuple[float, int, str, str] | None = None
    rules, fallback = _rules_for(unit)
    for order, rule in rules:
        if rule.left is not None:
            last = None
            for last in rule.left.finditer(left):  # noqa: B007 - the last match is wanted
                pass
            if last is not None:
                cand = ((len(left) - last.end()) * rule.weight, order, rule.indicator,
                        last.group(0).strip())
                if best is None or cand < best:
                    best = cand
        if rule.right is not None:
            m = rule.right.search(right)
            if m is not None:
                cand = (m.start() * rule.weight, order, rule.indicator, m.group(0).strip())
                if best is None or cand < best:
                    best = cand
    if best is not None:
        return best[2], best[3]
    return fallback or "other", ""


_SCALE_WORDS = frozenset(w.lower() for w in load_numbers()["scales"])
_CONCEPT_WORD = re.compile(r"[^\W\d_][\w-]*|\d\S*|[^\w\s]")


def _content_run(words: list[str], lex: _Lexicon, limit: int) -> list[str]:
    """The leading words of ``words`` up to a stop word, a digit or punctuation."""
    out: list[str] = []
    for w in words[:limit]:
        if w in lex.concept_stop or not w[0].isalpha() or any(ch.isdigit() for ch in w):
            break
        if out and w.startswith("me") and len(w) >= 6:
            break  # a verb ("memulai usaha") starts the predicate, not the noun phrase
        out.append(w)
    return out


def _concept(cue: str, before: str, span: str, after: str, lex: _Lexicon) -> str:
    """What is measured, as written (lower-cased): the rule's cue grown to its noun phrase,
    else the counted noun phrase in and after the span; never a unit code."""
    # The counted noun inside the span ("549 rumah", "3,9 juta orang") and its modifiers.
    digit = max((i for i, ch in enumerate(span) if ch.isdigit()), default=-1)
    inside = [w for w in _CONCEPT_WORD.findall(span[digit + 1 :].lower())
              if w.isalpha() and w not in _SCALE_WORDS]
    noun = _content_run(inside + _CONCEPT_WORD.findall(after.lower()), lex, 6) if inside else []
    cue = cue.lower().strip()
    if len(cue) > 3:
        left_words = _CONCEPT_WORD.findall(before.lower())
        cue_words = _CONCEPT_WORD.findall(cue)
        # Where the cue stands in the words before the number: grow it there.
        at = next((i for i in range(len(left_words) - len(cue_words), -1, -1)
                   if left_words[i : i + len(cue_words)] == cue_words), None)
        if at is not None:
            lead = at
            while lead > 0 and at - lead < 3 and left_words[lead - 1] in lex.concept_lead:
                lead -= 1
            tail = _content_run(left_words[at + len(cue_words) :], lex, 3)
            cue_words = left_words[lead:at] + cue_words + tail
        while cue_words and cue_words[0] in lex.concept_stop:
            cue_words = cue_words[1:]  # "dari total pagu": the phrase, not its preposition
        phrase = " ".join(cue_words)
        if noun and (len(cue_words) == 1 or all(w in lex.concept_stop for w in cue_words)):
            return " ".join(noun)  # a verb or preposition cue ("membantu", "kepada") names less
        if noun and phrase in " ".join(noun):
            return " ".join(noun)  # "549 rumah tidak layak huni": the noun phrase holds the cue
        return phrase
    if not noun:
        noun = _content_run(_CONCEPT_WORD.findall(after.lower()), lex, 4)
    return " ".join(noun)


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


def _is_comparison(d: Mention, text: str, sent_start: int, lex: _Lexicon) -> bool:
    """A point date introduced as a comparison ("dibandingkan dengan tahun 2023"); a range
    introduced by "dari" ("Dari tahun 2026 hingga 2030") is a period."""
    return (isinstance(d.norm, TimeNorm) and d.norm.start == d.norm.end
            and lex.comparison_before.search(text[max(sent_start, d.start - 60) : d.start]) is not None)


def _reference_dates(dates: list[Mention], text: str, sent_start: int, lex: _Lexicon
                     ) -> list[TimeNorm]:
    """The periods a sentence speaks of: not what it compares with ("dibandingkan Maret
    2024") nor when something was said ("Senin (1/7)")."""
    return [d.norm for d in dates if isinstance(d.norm, TimeNorm)
            and not _is_comparison(d, text, sent_start, lex)
            and not lex.speech_date.search(text, max(sent_start, d.start - 12),
                                           min(d.end, d.start + 8))]


def _within_period(m: Mention, dates: list[Mention], text: str, sent_start: int, lex: _Lexicon
                  ) -> bool:
    """The date before ``m`` in its sentence is introduced as a span the change happened
    within ("Sepanjang 2024", "Selama tahun 2023")."""
    d = next((d for d in reversed(dates) if d.end <= m.start), None)
    return d is not None and lex.within_before.search(text, max(sent_start, d.start - 25),
                                                      d.start) is not None


def _date_right_after(m: Mention, dates: list[Mention], text: str, lex: _Lexicon
                      ) -> Mention | None:
    """The first date after ``m`` when it is written right after it ("1,46 pada Maret 2024")."""
    d = next((d for d in dates if d.start >= m.end), None)
    return d if d is not None and lex.date_right_after.search(text[m.end : d.start]) else None


def _time_of(m: Mention, sent_start: int, sent_end: int, ctx: _Ctx, lex: _Lexicon
             ) -> tuple[TimeNorm | None, TimeNorm | None]:
    """(reference time, comparison time) of a quantity within its sentence."""
    text = ctx.text
    dates = [d for d in ctx.by_sentence.get(-1 if m.sentence is None else m.sentence, []) if d.type == "DATE"]
    if not dates:
        return None, None
    # A comparison date is a point ("dibandingkan dengan tahun 2023"); a range
    # introduced by "dari" ("Dari tahun 2026 hingga 2030") is a period.
    comparison = [d for d in dates if _is_comparison(d, text, sent_start, lex)]
    ref_dates = [d for d in dates if d not in comparison]
    clauses = _clauses(text, sent_start, sent_end)
    mine = next(c for c in clauses if c[0] <= m.start <= c[1])

    def pick(cands: list[Mention], lo: int, hi: int) -> Mention | None:
        inside = [d for d in cands if lo <= d.start < hi]
        own = _date_right_after(m, inside, text, lex)
        if own is not None:
            return own  # "1,46 pada Maret 2024"
        before = [d for d in inside if d.end <= m.start]
        if before:
            return before[-1]
        after = [d for d in inside if d.start >= m.end]
        return after[0] if after else None

    ref = pick(ref_dates, *mine) or pick(ref_dates, *clauses[0])
    # A comparison usually follows its number ("turun X dibandingkan Maret 2023 dan
    # turun Y terhadap Maret 2022"): take the first one after the number, before the
    # next quantity, else the nearest one before it.
    nxt = min((q.start for q in ctx.by_sentence.get(-1 if m.sentence is None else m.sentence, [])
               if q.type == "QUANTITY" and q.start > m.start), default=mine[1])
    following = [d for d in comparison if m.end <= d.start < min(nxt, mine[1])]
    cmp_ = following[0] if following else pick(
        [d for d in comparison if d.end <= m.start], *mine)
    ref_t = ref.norm if ref is not None and isinstance(ref.norm, TimeNorm) else None
    cmp_t = cmp_.norm if cmp_ is not None and isinstance(cmp_.norm, TimeNorm) else None
    return ref_t, cmp_t


def _places_in(mentions: list[Mention], datelines: set[int]) -> list[Place]:
    out: list[Place] = []
    for m in mentions:
        if m.type == "PLACE" and isinstance(m.norm, Place) and m.start not in datelines:
            if not any(p.name.lower() == m.norm.name.lower() for p in out):
                out.append(m.norm)
    # A region beside a smaller place only situates it ("provinsi di Delta Mekong").
    if any(p.level not in ("country", "region") for p in out):
        out = [p for p in out if p.level != "region"]
    return out


def _locators(text: str, places: list[Mention], lex: _Lexicon) -> set[int]:
    """Starts of places that only locate the smaller place written right before them
    ("Kabupaten Timor Tengah Selatan (TTS), Nusa Tenggara Timur"; "desa Huoi Lech di
    komune Nam Ke, distrik Muong Nhe")."""
    out: set[int] = set()
    for a, b in pairwise(sorted(places, key=lambda p: p.start)):
        if text[a.end : b.start].strip() == "(" and text.startswith(")", b.end):
            out.add(b.start)  # "Kabupaten Kupang, Nusa Tenggara Timur (NTT)": the same place
            continue
        la, lb = a.norm.level, b.norm.level  # type: ignore[union-attr]
        if (la and lb and lb not in ("country", "region") and _depth(lb) < _depth(la)
                and lex.place_locator_gap.match(text, a.end, b.start)):
            out.add(b.start)
    return out


def _respective_places(text: str, start: int, end: int, places: list[Mention],
                       quantities: list[Mention], lex: _Lexicon) -> dict[int, Place]:
    """"Distrik Yen Minh dan Quan Ba masing-masing mencatat 31,4 persen dan 28,9 persen":
    the n figures listed after "masing-masing" go, in order, to the n places listed before
    it. Quantity start -> place; empty when the counts differ."""
    out: dict[int, Place] = {}
    for cue in lex.respectively.finditer(text, start, end):
        before = [g for g in _place_groups(text, [p for p in places if p.end <= cue.start()])
                  if len(g) > 1]
        if not before:
            continue
        group = before[-1]
        figures: list[Mention] = []
        for q in quantities:
            if q.start < cue.end():
                continue
            if figures and not lex.figure_list_gap.fullmatch(text, figures[-1].end, q.start):
                break
            figures.append(q)
        if len(figures) == len(group):
            out.update({q.start: p.norm for q, p in zip(figures, group, strict=True)})  # type: ignore[misc]
    return out


def _depth(level: str | None) -> int:
    """How far down the administrative tree a level is (unknown levels deepest)."""
    return -LEVEL_RANK.get(level or "", 0)


def _place_groups(text: str, places: list[Mention]) -> list[list[Mention]]:
    """Place mentions grouped into lists ("Van Quan, Binh Gia", "Sumba dan Sabu")."""
    groups: list[list[Mention]] = []
    for m in places:
        if groups:
            last = groups[-1][-1]
            if (
                isinstance(last.norm, Place) and isinstance(m.norm, Place)
                and last.norm.level == m.norm.level
                and _lexicon().place_list_gap.match(text[last.end : m.start]) is not None
            ):
                groups[-1].append(m)
                continue
        groups.append([m])
    return groups


def _quantity_place(
    m: Mention, text: str, places: list[Mention], clause: tuple[int, int]
) -> tuple[bool, Place | None]:
    """(decided, place) of one quantity from the places of its sentence: the place
    written nearest before it in its clause (else after it); a list of places of one
    level stands for the unit holding them, which is a higher place of the sentence
    if it names one, else undecided."""
    if not places:
        return False, None
    lo, hi = clause
    # A country or region named beside a sub-national place describes it ("Nghe An,
    # provinsi terluas di Vietnam", "Kon Tum di Dataran Tinggi Tengah"): the statistic
    # is about the smaller place.
    if any(p.norm.level not in ("country", "region") and lo <= p.start < hi for p in places):  # type: ignore[union-attr]
        places = [p for p in places if p.norm.level not in ("country", "region")]  # type: ignore[union-attr]
    groups = _place_groups(text, places)

    def nearest() -> list[Mention] | None:
        before = [g for g in groups if g[-1].end <= m.start]
        after = [g for g in groups if g[0].start >= m.end]
        for cands, pick in ((before, -1), (after, 0)):
            inside = [g for g in cands if lo <= g[0].start < hi]
            if inside:
                return inside[pick]
        if before:
            return before[-1]
        return after[0] if after else None

    g = nearest()
    if g is None:
        return False, None
    if len(g) == 1:
        return True, g[0].norm  # type: ignore[return-value]
    level = _depth(g[0].norm.level)  # type: ignore[union-attr]
    higher = [p for p in places if _depth(p.norm.level) < level]  # type: ignore[union-attr]
    if higher:
        return True, higher[-1].norm  # type: ignore[return-value]
    parent = common_parent([p.norm for p in g])  # type: ignore[misc]
    return (True, parent) if parent is not None else (False, None)


def _sentence_place(places: list[Place]) -> Place | None:
    """One place, or the lowest of a chain of levels; several of one level share a parent."""
    if not places:
        return None
    if len(places) == 1:
        return places[0]
    ranks = [_depth(p.level) for p in places]
    if len(set(ranks)) == len(ranks):
        return places[ranks.index(max(ranks))]
    # A list of same-level places: the statistic is about a unit holding them all,
    # which is a higher-level place of the sentence if it names one.
    lowest = max(ranks)
    higher = [p for p, r in zip(places, ranks, strict=True) if r < lowest]
    if higher:
        # "Di provinsi Kon Tum, distrik ..., sedangkan di provinsi Lai Chau, distrik ...":
        # the higher places decide, by the same rule.
        return higher[0] if len(higher) == 1 else _sentence_place(higher)
    return common_parent([p for p, r in zip(places, ranks, strict=True) if r == lowest])


class _SentenceCues(NamedTuple):
    masked: str  # lower-cased sentence, programme names blanked
    national: bool  # speaks of the whole country
    programme: str | None  # the programme it names


def sentence_cues(text: str, seg: Segmentation) -> list[_SentenceCues]:
    """Cues of each scored sentence. :func:`article_place` and :func:`build_records` both
    need them: compute them once per article and pass them to both."""
    lex = _lexicon()
    low = lower_article(text)
    out = []
    for sent in seg.scored_sentences():
        stext = low[sent.start : sent.end]
        masked = _masked(stext)
        # Only a sentence with a programme name has anything masked.
        programme = (next((name for name, pat in lex.programmes if pat.search(stext)), None)
                     if masked != stext else None)
        out.append(_SentenceCues(masked, _is_national(masked, lex), programme))
    return out


def _masked(text: str) -> str:
    """Programme names blanked out, so "Program Target Nasional" is no target cue; the
    same object when the text names no programme."""
    if not _programme_hint().search(text):
        return text  # most sentences name no programme: skip the big pattern
    return _all_programmes().sub(lambda m: " " * len(m.group(0)), text)


@cache
def _programme_hint() -> re.Pattern[str]:
    """Words every programme pattern contains at least one of (a cheap pre-check)."""
    return compile_lower(_lexicon().programme_hint)


@cache
def _all_programmes() -> re.Pattern[str]:
    lex = _lexicon()
    return compile_lower("|".join(
        [f"(?:{p.pattern})" for _, p in lex.programmes] + [f"(?:{p})" for p in lex.programme_mask]))


def _per_recipient(unit: str, lex: _Lexicon) -> bool:
    """The unit is a rate per anything but time ("IDR/village", "VND/household/year")."""
    return any(part not in lex.time_denominators for part in unit.split("/")[1:])


def _base_unit(unit: str) -> str:
    """The unit without rates; percentage points count as percent."""
    base = unit.split("/")[0]
    return "%" if base == "pp" else base


def _is_national(masked: str, lex: _Lexicon) -> bool:
    if not lex.national_hint.search(masked):
        return False
    cleaned = lex.national_not.sub(" ", masked)
    return lex.national.search(cleaned) is not None


def dateline_starts(text: str, seg: Segmentation, mentions: list[Mention]) -> set[int]:
    """Start offsets of PLACE mentions that are a paragraph's dateline."""
    para_start = {p.index: p.start for p in seg.paragraphs}
    sent_para = {s.index: s.paragraph for s in seg.sentences}
    out = set()
    for m in mentions:
        if m.type == "PLACE" and m.sentence is not None:
            if is_dateline(text, m, para_start[sent_para[m.sentence]]):
                out.add(m.start)
    return out


def article_place(
    text: str, seg: Segmentation, mentions: list[Mention], title_range: tuple[int, int] | None,
    cues: list[_SentenceCues] | None = None,
) -> Place | None:
    """The article's main place; datelines do not count, and an article that speaks
    of national figures more often than of its top place is about the country."""
    datelines = dateline_starts(text, seg, mentions)
    places = [m for m in mentions if m.type == "PLACE" and m.start not in datelines]
    best = main_place(text, places, title_range=title_range)
    # Where the story was filed says which country it is about, before cue counts.
    filed = [m.norm.country for m in mentions if m.start in datelines and isinstance(m.norm, Place)]
    country = country_place(filed[0] if filed and filed[0] else article_country(text))
    if country is None:
        return best
    national = sum(
        c.national for c in (cues if cues is not None else sentence_cues(text, seg))
    ) + sum(1 for m in places if isinstance(m.norm, Place) and m.norm.level == "country"
            and m.norm.country == country.country)
    if best is None:
        return country if national else None
    if best.level == "country":
        return best
    key = place_key(best)
    in_title = title_range is not None and any(
        title_range[0] <= m.start < title_range[1] for m in places
        if isinstance(m.norm, Place) and place_key(m.norm) == key)
    best_count = sum(1 for m in places if isinstance(m.norm, Place) and place_key(m.norm) == key)
    # A main place is named at least twice (or in the title); otherwise the story
    # is about the country as a whole.
    if best_count < 2 and not in_title:
        return country
    # An overview that names many provinces, none of them much ("Papua Pegunungan, Papua
    # Tengah, NTT, ... Jawa Timur"), is about the country.
    provinces = {place_key(m.norm) for m in places
                 if isinstance(m.norm, Place) and m.norm.level == "province"}
    if not in_title and len(provinces) >= _lexicon().overview_provinces and best_count <= 2:
        return country
    return country if national > best_count else best




def build_records(
    text: str, seg: Segmentation, mentions: list[Mention], article_place: Place | None,
    cues: list[_SentenceCues] | None = None,
) -> list[Record]:
    """Records for every QUANTITY mention of the title and body."""
    lex = _lexicon()
    written = text
    # Cue patterns are compiled for lower-cased text (see casefold); offsets are the same.
    text = lower_article(text)
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.sentence is not None:
            by_sentence.setdefault(m.sentence, []).append(m)
    ctx = _Ctx(text=text, seg=seg, by_sentence=by_sentence)
    datelines = dateline_starts(written, seg, mentions)
    para_of = {s.index: s.paragraph for s in seg.sentences}
    para_start = {p.index: p.start for p in seg.paragraphs}
    para_end = {p.index: p.end for p in seg.paragraphs}
    bullet_status: str | None = None
    bullet_time: TimeNorm | None = None
    bullet_intro = ""  # the words of the line introducing a list, for its items' indicator
    status_para = -1
    country = country_place(article_country(written))
    records: list[Record] = []
    prev_programme: str | None = None
    last_sentence_time: TimeNorm | None = None
    last_sentence_times: list[TimeNorm] = []  # reference dates of that sentence, in order
    last_para = last_time_para = -1
    # The place the text is about so far: the last sentence that named one
    # (a list of same-level places names none). A place named in a paragraph's
    # first sentence is its topic and carries into the next paragraphs; one named
    # in passing later on holds for the rest of its paragraph only.
    current_place: Place | None = None
    last_at_level: dict[str, Place] = {}  # the place of each level named last
    topic_place: Place | None = None
    first_in_para = True

    if cues is None:
        cues = sentence_cues(written, seg)
    for sent, sent_cues in zip(seg.scored_sentences(), cues, strict=True):
        stext = text[sent.start : sent.end]
        sent_mentions = by_sentence.get(sent.index, [])
        programme = sent_cues.programme
        if programme is None and lex.pointer_back.search(stext):
            programme = prev_programme
        quantities = [m for m in sent_mentions if m.type == "QUANTITY"]
        sent_dates = [m for m in sent_mentions if m.type == "DATE"]
        if sent.paragraph != last_para:
            current_place = topic_place
            first_in_para = True
        # Places named as examples ("seperti Muong Nhe, Nam Po dan Tua Chua") are not
        # where the sentence's figures are.
        skip = datelines | {
            m.start for m in sent_mentions
            if m.type == "PLACE" and lex.example_places.search(text, sent.start, m.start)
        }
        named = [m for m in sent_mentions if m.type == "PLACE" and isinstance(m.norm, Place)
                 and m.start not in skip]
        # A higher place right after a smaller one only locates it ("Kabupaten Kupang, NTT").
        ignored = skip | _locators(text, named, lex)
        own_place = _sentence_place(_places_in(sent_mentions, ignored))
        masked = sent_cues.masked
        if own_place is None and country is not None and sent_cues.national:
            own_place = country
        ana = lex.anaphoric_place.search(stext) if own_place is None else None
        if ana is not None and lex.anaphoric_levels.get(ana.group(1)) in last_at_level:
            # "di provinsi itu", "kabupaten tersebut": the place of that level named last
            own_place = last_at_level[lex.anaphoric_levels[ana.group(1)]]
        elif (own_place is None and article_place is not None and article_place.level == "province"
                and lex.generic_province.search(stext)):
            own_place = article_place  # "provinsi telah membangun ...": the article's province
        for m in named:
            if m.norm.level:  # type: ignore[union-attr]
                last_at_level[m.norm.level] = m.norm  # type: ignore[union-attr,index,assignment]
        if own_place is not None:
            current_place = own_place
            if first_in_para:
                # A region only situates ("di Pulau Jawa"): it does not become the topic of
                # the paragraphs that follow.
                topic_place = own_place if own_place.level != "region" else None
        first_in_para = False
        fallback_place = current_place or article_place
        place_mentions = [m for m in named if m.start not in ignored]
        clauses = _clauses(text, sent.start, sent.end)
        # Time carried from the previous sentence: within a paragraph, or across one
        # when the sentence opens with a connective ("Oleh karena itu, ...").
        connective = bool(lex.inherit.search(stext))
        # "pada periode tersebut", "Pada periode yang sama": an explicit pointer back to
        # the last period, which may stand in an earlier paragraph.
        pointer = not sent_dates and bool(lex.time_pointer.search(stext))
        inherited = (
            last_sentence_time
            if connective or pointer or last_time_para == sent.paragraph
            else None
        )
        # The same from-to period ("dari X pada Maret 2023 menjadi Y pada Maret 2024"):
        # a baseline takes its start, a "menjadi" value its end, a change the span.
        # A sentence parallel to the one before it ("... turun dari X pada akhir 2021 menjadi
        # Y pada akhir 2023. Di kalangan rumah tangga Khmer, angkanya turun dari X' menjadi
        # Y'.") takes that sentence's years too.
        parallel = (not sent_dates and last_time_para == sent.paragraph
                    and lex.from_to.search(stext) is not None)
        prev_span = (sorted(last_sentence_times, key=lambda t: t.start or t.end or "")
                     if (pointer or parallel) and len(last_sentence_times) > 1 else None)
        present = bool(lex.present.search(stext))
        anaphoric = bool(lex.anaphora.search(stext))
        if sent.paragraph != status_para:
            # A line ending in ":" introduces a list: its items share its status.
            pt = text[para_start[sent.paragraph] : para_end[sent.paragraph]]
            if not lex.bullet.match(pt):
                bullet_status = None
                bullet_time = None
                bullet_intro = ""
                if pt.rstrip().endswith(":"):
                    mp = _masked(pt)
                    bullet_intro = _last_words(mp.rstrip().rstrip(":"), lex.left_window)
                    bullet_status = ("estimate" if lex.estimate.search(mp)
                                     else "target" if lex.target.search(mp) else None)
                    # "Beberapa prioritas provinsi hingga 2030:": the items' time too.
                    bullet_time = next(iter(_reference_dates(sent_dates, text, sent.start, lex)), None)
            status_para = sent.paragraph
        sent_records: list[Record] = []
        prev_q: Mention | None = None
        respective = _respective_places(text, sent.start, sent.end, place_mentions, quantities, lex)
        # Status cues of the sentence, found once: (offset in the sentence, status).
        estimates = [c.start() for c in lex.estimate.finditer(masked)]
        status_cues = sorted(
            [(c.start(), "target") for c in lex.target.finditer(masked)]
            + [(p, "estimate") for p in estimates]
            # "akan" plans, unless a forecast opened the sentence ("Ekonom memperkirakan
            # angka kemiskinan ... akan berada di kisaran ...").
            + [(c.start(), "estimate" if estimates and estimates[0] < c.start() else "target")
               for c in lex.will.finditer(masked)]
        )
        cue_pos = [c[0] for c in status_cues]

        for m in quantities:
            if not isinstance(m.norm, QuantityNorm):
                continue
            q = m.norm
            before = text[sent.start : m.start]
            after = text[m.end : sent.end]
            # Programme names are blanked in ``masked``: a long name counts as no words, so
            # the cue before it stays in the window ("Total modal yang dialokasikan untuk
            # Program Target Nasional ... mencapai X").
            left = _last_words(re.split(r";", masked[: m.start - sent.start])[-1], lex.left_window)
            right = _right_phrase(after, lex.right_window)
            indicator, cue = _indicator(left, right, q.unit, lex)
            if not cue:
                # No cue around the span: the counted noun phrase inside it may be one
                # ("21.436 keluarga penerima manfaat").
                span = text[m.start : m.end]
                digit = max((i for i, ch in enumerate(span) if ch.isdigit()), default=-1)
                if digit >= 0 and span[digit + 1 :].strip():
                    inside, inside_cue = _indicator(
                        left, _right_phrase(span[digit + 1 :] + after, lex.right_window), q.unit, lex)
                    if inside_cue:
                        indicator, cue = inside, inside_cue
            if indicator in lex.capped_other and q.qualifier in ("at_most", "at_least"):
                indicator = "other"  # "paling banyak 25 persen dari Dana Desa": a rule
            if indicator in lex.per_unit_other and _per_recipient(q.unit, lex):
                indicator = "other"  # "Rp1,3 miliar per desa": support per recipient
            prev_rec = sent_records[-1] if sent_records else None
            if (prev_rec is not None and lex.inherit_previous.search(left)
                    and not lex.own_verb_after.search(after)):
                # "..., di mana ... adalah 417", "termasuk 8.300 ...", "yang separuhnya ...":
                # a part or share of the previous statistic.
                base = q.unit.split("/")[0]
                same = [r for r in sent_records if r.unit.split("/")[0] == base]
                indicator = (
                    same[-1].indicator if same
                    else lex.share_of.get(prev_rec.indicator, prev_rec.indicator)
                )
            if (prev_rec is not None and prev_q is not None and "money" in _classes_of(q.unit)
                    and "money" in _classes_of(prev_rec.unit)
                    and q.unit.split("/")[0] != prev_rec.unit.split("/")[0]
                    and lex.conversion_gap.fullmatch(text, prev_q.end, m.start)):
                indicator = prev_rec.indicator  # "137.664 miliar VND (sekitar Rp86 triliun)"
            # "terhitung X%" / "mencakup X%" after a count is the rate of that count.
            if prev_rec is not None and q.unit == "%" and lex.rate_of_previous.search(left):
                indicator = lex.share_of.get(prev_rec.indicator, indicator)
            if (not cue and indicator == "other" and bullet_intro
                    and lex.bullet.match(text, para_start[sent.paragraph])):
                # "Lima provinsi dengan tingkat kemiskinan ekstrem tertinggi adalah:" then
                # "1. Papua Pegunungan – 11,47 persen": the item measures what the list names.
                indicator, cue = _indicator(bullet_intro, "", q.unit, lex)
            if not cue and indicator == "other":
                # No cue of its own ("Angka itu turun dari 1,12 persen", "... dan
                # turun 0,51 persen poin"): it continues the last statistic of the
                # same unit in the paragraph.
                # "Angka itu ..." reaches back across a paragraph break too.
                base = _base_unit(q.unit)
                for r in reversed(records):
                    if para_of.get(r.evidence.sentence) != sent.paragraph and not anaphoric:
                        break
                    if _base_unit(r.unit) == base:
                        indicator = r.indicator
                        break

            # "dari X menjadi Y": X is the level before. So is "turun dari X pada Maret 2023"
            # with no "menjadi": the date right after X is its own.
            dated = _date_right_after(m, sent_dates, text, lex)
            baseline = bool(lex.baseline_before.search(before)
                            and (lex.baseline_after.search(after) or dated is not None))
            near_left = _last_words(before, 6)
            kind = "level"
            verbs = list(lex.change_verbs.finditer(near_left))
            verb = verbs[-1] if verbs else None
            if verb is not None and not lex.level_breakers.search(near_left[verb.end() :]):
                kind = "change"
            if lex.change_after.search(after):
                kind = "change"
            between = text[prev_q.end : m.start] if prev_q is not None else ""
            coordinated = (
                prev_q is not None
                and prev_rec is not None
                and not lex.change_verbs.search(between)
                # a new predicate ("dan menghasilkan ...") starts a new statement
                and not re.search(r"\bme\w{4,}", between)
                and re.fullmatch(r"[^;.]*?(?:\bdan\b|,)[^;.]*", text[prev_q.end : m.start]) is not None
                and len(text[prev_q.end : m.start]) < 80
            )
            if coordinated and prev_rec is not None and verb is None:
                kind = prev_rec.kind
            if baseline:
                kind = "level"
            if (kind == "change" and q.unit == "%" and not cue and indicator == "other"
                    and prev_rec is not None):
                indicator = prev_rec.indicator  # "Rp503,2 triliun, naik 2 persen dibandingkan ..."
            if kind == "level" and q.unit == "%" and lex.composition_share.search(right):
                # "61 persen rumah tangga miskin adalah warga etnis Khmer" says who the poor
                # are; "100% orang miskin telah diberikan kartu asuransi" who was reached.
                indicator = "beneficiaries" if lex.receiving_after.search(right) else "other"

            status = "actual"
            if not baseline:
                rel = m.start - sent.start
                k = bisect.bisect_left(cue_pos, rel)
                if k:
                    status = status_cues[k - 1][1]  # the nearest cue before the number
                elif "money" not in _classes_of(q.unit) and (
                    lex.allocation.search(masked, 0, rel) and lex.purpose.search(left)
                    and not lex.actual_override.search(masked, 0, rel)
                ):
                    status = "target"  # outputs an allocation is meant to pay for
                elif coordinated and prev_rec is not None and prev_rec.status == "target" \
                        and "money" not in _classes_of(q.unit):
                    status = "target"  # "..., termasuk 2.100 rumah ... dan ... 4.500 keluarga"
                elif bullet_status is not None and lex.bullet.match(text, para_start[sent.paragraph]):
                    status = bullet_status
                elif anaphoric and records:
                    status = records[-1].status

            ref, cmp_ = _time_of(m, sent.start, sent.end, ctx, lex)
            own_before = next((d for d in reversed(sent_dates) if d.end <= m.start
                               and lex.date_then_level.search(text[d.end : m.start])), None)
            if kind == "level" and own_before is not None and isinstance(own_before.norm, TimeNorm):
                ref, cmp_ = own_before.norm, None  # "dibandingkan Maret 2023 yang masih 14,17 persen"
            time: TimeNorm | None
            if baseline:
                # "dari 14,17 persen pada Maret 2023 menjadi ...": the baseline's own
                # date when one stands before "menjadi", else none (seed call 57).
                to = lex.baseline_end.search(after)
                limit = m.end + (to.start() if to else 0)
                own = [d for d in sent_dates if m.end <= d.start < limit] or ([dated] if dated else [])
                time = own[0].norm if own and isinstance(own[0].norm, TimeNorm) else None
                if time is None and prev_span is not None:
                    time = prev_span[0]
            elif ref is None and not sent_dates and (status == "actual" or connective):
                # Loan terms, rules and amounts per recipient hold with no period of their
                # own: they do not take the period of the sentences around them (B 47).
                per_recipient = (indicator == "other" and "money" in _classes_of(q.unit)
                                 and _per_recipient(q.unit, lex))
                rule = per_recipient or bool(lex.terms.search(masked))
                time = None if present or rule else inherited
                if prev_span is not None and not present:
                    time = (TimeNorm(start=prev_span[0].start, end=prev_span[-1].end)
                            if kind == "change" else prev_span[-1])
            else:
                time = ref
            if (time is None and bullet_time is not None and not sent_dates
                    and lex.bullet.match(text, para_start[sent.paragraph])):
                time = bullet_time  # an item of a list whose introduction states the time
            if kind == "change" and time is None and cmp_ is not None and inherited is not None:
                # "Dibandingkan Maret 2022, jumlahnya turun X": up to the period in force.
                time = inherited
            if kind == "change" and time is not None:
                if cmp_ is not None:
                    time = TimeNorm(start=cmp_.start, end=time.end)
                elif time.start == time.end and status == "actual":
                    # An observed change with no stated baseline: only its end is known,
                    # unless a duration says how far back it starts ("dalam setahun"), the
                    # sentence runs from an earlier date ("turun dari X pada 2021 menjadi Y
                    # pada 2024, atau rata-rata Z per tahun"), or it happened within the
                    # period ("Sepanjang 2024, ... turun 4,8 persen").
                    # A planned change "for 2025" is the change within that year.
                    refs = _reference_dates(sent_dates, text, sent.start, lex)
                    first = min((r.start for r in refs if r.start), default=None)
                    if _within_period(m, sent_dates, text, sent.start, lex):
                        pass
                    elif (lex.from_to.search(stext) and first is not None and time.end
                            and first < time.end):
                        time = TimeNorm(start=first, end=time.end)
                    else:
                        time = TimeNorm(start=_duration_start(stext, time.end, lex), end=time.end)
            elif kind == "change" and cmp_ is not None:
                time = TimeNorm(start=cmp_.start, end=None)

            clause = next(c for c in clauses if c[0] <= m.start <= c[1])
            decided, qplace = _quantity_place(m, text, place_mentions, clause)
            if m.start in respective:
                decided, qplace = True, respective[m.start]
            if not decided:
                qplace = own_place if own_place is not None and not place_mentions else fallback_place
            place = canonical_place(qplace) if qplace is not None else None
            group_m = lex.groups.search(left + " " + right)
            concept = _concept(cue, text[sent.start : m.start], written[m.start : m.end],
                               written[m.end : sent.end], lex)
            if not concept and indicator != "other":
                # A figure that continues an earlier statistic measures what that one did.
                concept = next((r.concept for r in reversed(records) if r.indicator == indicator), "")
            rec = Record(
                indicator=indicator,
                concept=concept,
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
            records.append(rec)
            sent_records.append(rec)
            prev_q = m
        if programme:
            prev_programme = programme
        if sent_dates:
            # The period the sentence speaks of, not what it compares with ("turun ...
            # dibandingkan Maret 2024" leaves the period in force unchanged).
            refs = _reference_dates(sent_dates, text, sent.start, lex)
            if refs:
                last_sentence_time = refs[0]
                last_sentence_times = refs
                last_time_para = sent.paragraph
        last_para = sent.paragraph
    return _title_from_body(records, seg)


def _duration_start(sentence: str, end: str | None, lex: _Lexicon) -> str | None:
    """Start of a change "dalam setahun" / "dalam enam bulan" / "dalam 4 tahun terakhir"
    ending at ``end`` ("2024-03" and a year give "2023-03"); None when not stated."""
    m = lex.change_duration.search(sentence)
    if m is None or end is None:
        return None
    unit = m.group("u1") or m.group("u2")
    if m.group("u1"):
        n = 1.0
    else:
        word = m.group("n")
        n = float(word) if word.isdigit() else (parse_words([word]) or 0.0)
    if n != int(n) or not 0 < n <= 50:
        return None
    months = int(n) * lex.duration_months[unit]
    parts = end.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return str(year - months // 12) if months % 12 == 0 else None
    total = year * 12 + int(parts[1]) - 1 - months
    return "-".join([f"{total // 12:04d}", f"{total % 12 + 1:02d}", *parts[2:]])


def _title_from_body(records: list[Record], seg: Segmentation) -> list[Record]:
    """A headline figure repeats a body statistic: it takes that record's slots."""
    title = next((p for p in seg.paragraphs if p.kind == "title"), None)
    if title is None:
        return records
    out = []
    for r in records:
        if title.start <= r.evidence.start < title.end:
            twin = next(
                (b for b in records
                 if b.evidence.start >= title.end and b.unit == r.unit
                 and b.value == r.value and b.value_max == r.value_max),
                None,
            )
            if twin is not None:
                r = r.model_copy(update={k: getattr(twin, k) for k in (
                    "indicator", "concept", "kind", "status", "place", "group", "time",
                    "programme")})
        out.append(r)
    return out
