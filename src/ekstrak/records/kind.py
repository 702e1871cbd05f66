"""kind: a level or a change (SPEC section 3), and whether a level is a baseline.

A change verb before the number with no "menjadi/hingga/dari ..." between ("turun 0,33
persen poin"), or a comparative after it ("lebih tinggi"); a figure coordinated with the
one before it shares its kind; "dari X menjadi Y" makes X the level before (a baseline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Mention, QuantityNorm
from ..numbers import find_numbers
from .article import ArticleModel, Frame
from .figure import Figure
from .lexicon import Lexicon, classes_of, last_words
from .time import date_right_after


@dataclass
class KindDecision:
    kind: str  # "level" | "change"
    baseline: bool  # "dari X menjadi Y": X is the level before
    dated: Mention | None  # a date written right after the figure ("1,46 pada Maret 2024")
    verb: bool  # a change verb stands before the figure
    coordinated: bool  # "..., X dan Y": shares the statement of the figure before
    why: str
    level_date: Mention | None = None  # "dibandingkan Maret 2023 yang sebesar 7,29 persen"


def resolve_kind(f: Figure, frame: Frame, model: ArticleModel, lex: Lexicon) -> KindDecision:
    text, m = model.text, f.m
    dated = date_right_after(m, frame.dates, text, lex)
    baseline = _is_baseline(f, frame, dated, lex)
    kind, why, verb = _verb_kind(f.before, lex)
    dated_level = next((d for d in reversed(frame.dates) if d.end <= m.start and (
        lex.date_then_level.search(text[d.end : m.start])
        or (d in frame.comparison_dates
            and not lex.since_before.search(text, max(0, d.start - 30), d.start)
            and lex.comparison_then_amount.search(text[d.end : m.start])))), None)
    if dated_level is not None:
        # "menurun dibandingkan Maret 2023 yang sebesar 7,29 persen": the level at that date
        kind, why = "level", "rule:date-then-level"
    elif lex.year_before_left.search(f.before):
        # "mengalami penurunan dibandingkan tahun sebelumnya mencapai 5,02 persen": the level
        # of the year before, which no DATE names
        kind, why = "level", "rule:year-before-level"
    if lex.change_after.search(f.after):
        kind, why = "change", "rule:comparative-after"
    coordinated = _coordinated(f, text, lex)
    prev = f.prev_rec
    if coordinated and prev is not None and verb is None and dated_level is None:
        # (not the level compared with: "naik 0,83 poin, dibandingkan September 2015
        # sebesar 5,06 persen")
        kind, why = prev.kind, "rule:coordinated"
    if (kind == "level" and prev is not None and prev.kind == "change" and f.prev_q is not None
            and prev.unit != f.q.unit and dated_level is None
            and lex.same_figure_gap.fullmatch(text[f.prev_q.end : m.start].strip())):
        # "menurun sebanyak 7,29 ribu orang atau 0,66 persen": the change in another unit
        kind, why = "change", "rule:restated-change"
    if kind == "change" and why == "rule:change-verb" and (
            _compared_level(f, frame, text, lex) or lex.level_with.search(f.before[-40:])):
        kind, why = "level", "rule:compared-level"
    if kind == "change":
        kind, why = _level_after_all(f, why, lex)
    if kind == "change" and why in ("rule:change-verb", "rule:change-noun") and _growth_rate(f, lex):
        # "PDRB Kabupaten Pemalang mampu tumbuh 5,11 persen": the growth rate is the
        # statistic itself, a level of its quarter or year (R 72)
        kind, why = "level", "rule:growth-rate"
    if kind == "change" and lex.from_value.search(f.before):
        # "mengalami penurunan dari yang sebelumnya 12,18 juta orang", "naik dari pagu
        # sebelumnya Rp 138 miliar": the value it changed from, a level
        kind, why = "level", "rule:changed-from"
    if (kind == "change" and prev is not None and (prev.why or {}).get("kind") == "rule:baseline"
            and f.prev_q is not None and lex.verb_to_level.match(text[f.prev_q.end : m.start])):
        # "Pontianak dari 19,7 persen turun 16,7 persen": the verb stands for "menjadi"
        kind, why = "level", "rule:from-to-verb"
    if kind == "level" and verb is not None and _difference_of_pair(f, frame, text, lex):
        # "turun sampai 0,39 persen dari 13,76 persen ... menjadi 13,37 persen": the
        # figure is the gap between the pair that follows it, so a change
        kind, why = "change", "rule:difference-of-pair"
    if kind == "level" and not baseline:
        kind, why = _unit_kind(f.q.unit, frame.masked, kind, why, lex)
    if baseline:
        kind, why = "level", "rule:baseline"
    return KindDecision(kind, baseline, dated, verb is not None, coordinated, why, dated_level)


def _growth_rate(f: Figure, lex: Lexicon) -> bool:
    """A percentage that is the growth rate of an economy or a sector (records.json
    ``growth_subject``: the subject and its growth word close before the figure, nothing
    between them that makes it a change of the rate or of a count)."""
    if "pct" not in classes_of(f.q.unit):
        return False
    tail = last_words(f.before, lex.growth_rate_words)
    subject = None
    for subject in lex.growth_subject.finditer(tail):  # noqa: B007 - the last one is wanted
        pass
    if subject is None:
        return False
    rest = tail[subject.end() :]
    words = rest.split()
    if "," in rest or len(words) > lex.growth_gap_words or lex.growth_breakers & set(words):
        return False
    changes = [v.group(0) for v in lex.change_verbs.finditer(rest)]
    if any(v not in lex.growth_verbs for v in changes):
        return False
    return bool(changes) or subject.group(0).startswith("pertumbuhan")


def _verb_kind(before: str, lex: Lexicon) -> tuple[str, str, re.Match[str] | None]:
    """(kind, why, the change verb) from the last six words before the figure: a change
    verb or noun with the size right after it."""
    near_left = last_words(before, 6)
    kind, why = "level", "rule:no-change-cue"
    verbs = list(lex.change_verbs.finditer(near_left))
    verb = verbs[-1] if verbs else None
    between = near_left[verb.end() :] if verb is not None else ""
    # "lebih tinggi dari persentase Provinsi 4,4 persen": the figure compared with, a level
    compared = (verb is not None and lex.comparative.match(verb.group(0)) is not None
                and lex.compared_level.search(between) is not None)
    if verb is not None and not compared and (not lex.level_breakers.search(between)
                                              or lex.change_amount.match(between)
                                              or (lex.change_nouns.fullmatch(verb.group(0))
                                                  and lex.noun_amount.fullmatch(between))):
        # "turun 0,33 persen poin", "naik sebanyak 0,15 juta", "penurunan angka kemiskinan
        # mencapai 4,39%" (what a change noun reaches is its size)
        kind, why = "change", "rule:change-verb"
    if verb is None and _change_noun_amount(before, lex):
        kind, why = "change", "rule:change-noun"  # "kenaikan persentase ... sebesar 0,12 poin"
    return kind, why, verb


def _is_baseline(f: Figure, frame: Frame, dated: Mention | None, lex: Lexicon) -> bool:
    """"dari X menjadi Y": X is the level before. So is "turun dari X pada Maret 2023" with
    no "menjadi" (the date right after X is its own), the X of "menjadi Y dari sebelumnya
    X", and "Sumba Timur 23.3 turun menjadi 20.9 persen" with no "dari" - unless a date of
    its own stands before it ("pada Maret 2022 sebesar 23,50 persen naik menjadi 24,54
    persen" is the level at that date)."""
    if (lex.baseline_before.search(f.before)
            and (lex.baseline_after.search(f.after) or dated is not None)
            or lex.reversed_baseline.search(f.before)):
        return True
    return (lex.verb_to_baseline.match(f.after) is not None
            and not any(d.end <= f.m.start for d in frame.dates))


def _compared_level(f: Figure, frame: Frame, text: str, lex: Lexicon) -> bool:
    """"meningkat pada Maret 2023 sebesar 107,52 dibandingkan September 2022 sebesar 105,97":
    the level compared with follows, of the figure's unit and at least half its size (a
    change is small beside the level it changes: "turun 0,21 persen poin dibandingkan Maret
    2023 sebesar 9,36 persen" stays a change)."""
    nxt = next((q for q in frame.quantities if q.start >= f.m.end), None)
    if (nxt is None or not isinstance(nxt.norm, QuantityNorm) or nxt.norm.unit != f.q.unit
            or not lex.compared_level_after.match(text[f.m.end:nxt.start])):
        return False
    return abs(f.q.value) >= lex.compared_level_ratio * abs(nxt.norm.value)


def _level_after_all(f: Figure, why: str, lex: Lexicon) -> tuple[str, str]:
    """A change verb's figure that is a level all the same: the next level with its "menjadi"
    left out, or a figure with its own change in brackets ("24,9 persen (turun 5,7 poin)")."""
    if why == "rule:change-verb" and _level_again(f, lex):
        return "level", "rule:level-again"
    if lex.change_in_brackets.match(f.after):
        return "level", "rule:level-before-change"
    return "change", why


def _level_again(f: Figure, lex: Lexicon) -> bool:
    """"turun lagi 33.500 atau 9,2 persen" after a level of 33.970: a change verb's figure
    within a few percent of the article's last level of its unit is the next level, its
    "menjadi" left out (records.json ``level_after_verb_gap``)."""
    last = next((r for r in f.records_within(lex.level_after_verb_window)
                 if r.unit == f.q.unit and r.kind == "level"), None)
    if last is None or not last.value:
        return False
    gap = abs(f.q.value - last.value)
    return 0 < gap <= lex.level_after_verb_gap * abs(last.value)


def _unit_kind(unit: str, masked: str, kind: str, why: str, lex: Lexicon) -> tuple[str, str]:
    """What the unit says of a level that is no baseline."""
    if unit.split("/")[0] == "pp":
        # Percentage points measure a difference between two rates (SPEC section 4).
        return "change", "rule:points-difference"
    if unit in lex.yearly_change_units and lex.change_verbs.search(masked) is not None:
        # "melebihi target 4-5% per tahun" in a sentence of a falling rate: a share per year
        # where something changes is the yearly size of the change
        return "change", "rule:yearly-change"
    return kind, why


_NO_NUMBER = re.compile(r"[^\d]*")


def _difference_of_pair(f: Figure, frame: Frame, text: str, lex: Lexicon) -> bool:
    """The next two figures of the sentence are a from-to pair ("dari A ... menjadi B") of
    the figure's unit whose difference is the figure, to its rounding."""
    after = [q for q in frame.quantities if q.start >= f.m.end][:2]
    if len(after) != 2:
        return False
    a, b = (q.norm for q in after)
    if not isinstance(a, QuantityNorm) or not isinstance(b, QuantityNorm):
        return False
    unit = f.q.unit.replace("pp", "%")
    if a.unit != unit or b.unit != unit:
        return False
    if (lex.from_word.search(text, f.m.end, after[0].start) is None
            or lex.new_level_word.search(text, after[0].end, after[1].start) is None):
        return False
    gap = abs(a.value - b.value)
    return abs(gap - f.q.value) <= max(0.011, 0.01 * f.q.value)


def _change_noun_amount(before: str, lex: Lexicon) -> bool:
    """A change noun a few words further back, with the amount word right before the figure
    and no other figure between ("kenaikan persentase penduduk miskin di daerah perkotaan
    sebesar 0,12 persen poin")."""
    near = last_words(before, 10)
    nouns = list(lex.change_nouns.finditer(near))
    amount = lex.amount_word_end.search(near)
    if not nouns or amount is None or amount.start() < nouns[-1].end():
        return False
    # the words between the noun and the amount word: "menjadi", a comma ... start a level
    between = near[nouns[-1].end() : amount.start()]
    # ... and no figure, in digits or words ("program peningkatan ratusan rumah ... mencapai
    # Rp 9,6 miliar": the amount is not the size of the change)
    return (_NO_NUMBER.fullmatch(between) is not None
            and not lex.level_breakers.search(between)
            and not find_numbers(between, 0, len(between)))


_NEW_PREDICATE = re.compile(r"\bme\w{4,}")
_COORDINATION = re.compile(r"[^;.]*?(?:\bdan\b|,)[^;.]*")


def _coordinated(f: Figure, text: str, lex: Lexicon) -> bool:
    """", X dan Y": the figure continues the statement of the one before it."""
    if f.prev_q is None or f.prev_rec is None:
        return False
    between = text[f.prev_q.end : f.m.start]
    return (
        not lex.change_verbs.search(between)
        # a new predicate ("dan menghasilkan ...") starts a new statement
        and not _NEW_PREDICATE.search(between)
        and _COORDINATION.fullmatch(between) is not None
        and len(between) < 80
    )
