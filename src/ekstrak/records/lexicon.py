"""The cue lexicon of the records stage (``data/records.json``) and small text helpers
shared by the slot resolvers."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ..casefold import compile_lower
from ..dates import day_names


@dataclass(frozen=True)
class Rule:
    indicator: str
    units: frozenset[str]
    left: re.Pattern[str] | None
    right: re.Pattern[str] | None
    fallback: bool
    weight: float


@dataclass(frozen=True)
class Lexicon:
    left_window: int
    right_window: int
    subject_words: int
    unit_class: dict[str, str]
    rules: tuple[Rule, ...]
    change_verbs: re.Pattern[str]
    level_breakers: re.Pattern[str]
    change_after: re.Pattern[str]
    compared_level_after: re.Pattern[str]
    level_with: re.Pattern[str]
    target: re.Pattern[str]
    estimate: re.Pattern[str]
    baseline_before: re.Pattern[str]
    baseline_after: re.Pattern[str]
    comparison_before: re.Pattern[str]
    inherit: re.Pattern[str]
    time_pointer_opening: re.Pattern[str]
    inherit_previous: re.Pattern[str]
    own_verb_after: re.Pattern[str]
    present: re.Pattern[str]
    change_amount: re.Pattern[str]
    baseline_then_date: re.Pattern[str]
    event_date: re.Pattern[str]
    negated_will: re.Pattern[str]
    planned_after: re.Pattern[str]
    previous_year_before: re.Pattern[str]
    date_opens_clause: frozenset[str]
    speech_place: re.Pattern[str]
    reported_that: re.Pattern[str]
    budgeted: re.Pattern[str]
    speech_place_after: re.Pattern[str]
    comparison_then_amount: re.Pattern[str]
    told_place_before: re.Pattern[str]
    national_figure_cue: re.Pattern[str]
    national_level_clause: re.Pattern[str]
    since_before: re.Pattern[str]
    change_nouns: re.Pattern[str]
    noun_amount: re.Pattern[str]
    yearly_change_units: frozenset[str]
    amount_word_end: re.Pattern[str]
    same_figure_gap: re.Pattern[str]
    goes_on_openers: re.Pattern[str]
    ranking_openers: re.Pattern[str]
    breakdown_openers: re.Pattern[str]
    place_item_openers: re.Pattern[str]
    place_item_lead: re.Pattern[str]
    place_item_gap: re.Pattern[str]
    denominator_gap: re.Pattern[str]
    relative_time: re.Pattern[str]
    anaphora: re.Pattern[str]
    opens_on_previous: re.Pattern[str]
    statistic_pronoun: re.Pattern[str]
    points_forward: re.Pattern[str]
    list_announcer: re.Pattern[str]
    list_announcer_tail: re.Pattern[str]
    level_before_change: re.Pattern[str]
    restated_after: re.Pattern[str]
    verb_to_level: re.Pattern[str]
    becomes_after: re.Pattern[str]
    new_level_word: re.Pattern[str]
    from_word: re.Pattern[str]
    allocation: re.Pattern[str]
    actual_override: re.Pattern[str]
    purpose: re.Pattern[str]
    bullet: re.Pattern[str]
    label_item: re.Pattern[str]
    pointer_back: re.Pattern[str]
    groups: re.Pattern[str]
    national: re.Pattern[str]
    national_not: re.Pattern[str]
    national_hint: re.Pattern[str]
    national_institutions: re.Pattern[str]
    programme_hint: str
    programme_heads: frozenset[str]
    programme_not_defined: frozenset[str]
    share_of: dict[str, str]
    rate_of_previous: re.Pattern[str]
    in_percent_terms: re.Pattern[str]
    population_share: re.Pattern[str]
    population_share_after: re.Pattern[str]
    place_list_gap: re.Pattern[str]
    baseline_end: re.Pattern[str]
    from_to_target: re.Pattern[str]
    time_pointer: re.Pattern[str]
    day_opens_sentence: re.Pattern[str]
    clock_after_date: re.Pattern[str]
    breakdown_of_total: re.Pattern[str]
    baseline_relative: re.Pattern[str]
    reversed_baseline: re.Pattern[str]
    verb_to_baseline: re.Pattern[str]
    spelt_out_change: re.Pattern[str]
    as_of_before: re.Pattern[str]
    cut_off_before: re.Pattern[str]
    house_stock: re.Pattern[str]
    house_waiting: re.Pattern[str]
    staff_counted: re.Pattern[str]
    recipient_units: frozenset[str]
    poor_share: re.Pattern[str]
    poor_word: re.Pattern[str]
    poor_share_spread: re.Pattern[str]
    this_year: re.Pattern[str]
    budget_nouns: re.Pattern[str]
    recipient_before: re.Pattern[str]
    spending_verbs: re.Pattern[str]
    conversion_opener: re.Pattern[str]
    source_aside: re.Pattern[str]
    designated_before: re.Pattern[str]
    year_before_left: re.Pattern[str]
    year_before_right: re.Pattern[str]
    change_from_year_before: re.Pattern[str]
    figure_after_date: re.Pattern[str]
    population_total_before: re.Pattern[str]
    population_before_noun: re.Pattern[str]
    population_noun: re.Pattern[str]
    household_scale: dict[str, float]
    shared_amount_min: dict[str, float]
    count_then_amount: re.Pattern[str]
    relative_before: re.Pattern[str]
    amount_then_count: re.Pattern[str]
    house_work: re.Pattern[str]
    change_duration: re.Pattern[str]
    date_right_after: re.Pattern[str]
    example_places: re.Pattern[str]
    ranking_frame: re.Pattern[str]
    figure_after_place: re.Pattern[str]
    generic_province: re.Pattern[str]
    contrast_clause: re.Pattern[str]
    central_rule: re.Pattern[str]
    ministry_voice: re.Pattern[str]
    own_place_words: re.Pattern[str]
    bound_before: re.Pattern[str]
    bound_reach: int
    ranking_remark: re.Pattern[str]
    locating_clause: re.Pattern[str]
    ranked_figure_after: re.Pattern[str]
    capital_datelines: frozenset[str]
    ministry_aside_namings: int
    anaphoric_place: re.Pattern[str]
    level_word_before: re.Pattern[str]
    baseline_and_gap: re.Pattern[str]
    anaphoric_levels: dict[str, str]
    bare_levels: dict[str, str]
    counted_place_levels: dict[str, tuple[str, ...]]
    held_count_slack: float
    held_per_village: dict[str, float]
    held_per_level: dict[str, dict[str, float]]
    bare_level_before: re.Pattern[str]
    compared_level: re.Pattern[str]
    comparative: re.Pattern[str]
    release_source: re.Pattern[str]
    survey_round: re.Pattern[str]
    area_split: re.Pattern[str]
    conditional: re.Pattern[str]
    overview_provinces: int
    overview_top_share: int
    article_period_share: float
    one_sentence_gap: int
    baseline_reach: int
    rate_of_previous_gap: int
    compared_level_ratio: float
    level_after_verb_gap: float
    change_in_brackets: re.Pattern[str]
    earlier_level_window: int
    growth_subject: re.Pattern[str]
    growth_rate_words: int
    growth_gap_words: int
    growth_verbs: frozenset[str]
    growth_breakers: frozenset[str]
    national_ranking: re.Pattern[str]
    national_after: re.Pattern[str]
    national_share_before: re.Pattern[str]
    national_ranking_reach: int
    national_share_reach: int
    start_before: re.Pattern[str]
    places_total_before: re.Pattern[str]
    level_after_verb_window: int
    from_to_pair_gap: int
    relative_change_tolerance: float
    relative_change_window: int
    per_unit_other: frozenset[str]
    capped_other: frozenset[str]
    flow_indicators: frozenset[str]
    yearly_indicators: frozenset[str]
    dimension_units: frozenset[str]
    period_budgets: frozenset[str]
    money_only: frozenset[str]
    programme_budget: frozenset[str]
    fund_share_before: re.Pattern[str]
    concept_generic: frozenset[str]
    concept_aux: frozenset[str]
    concept_purpose: frozenset[str]
    concept_verb: re.Pattern[str]
    stated_cause: re.Pattern[str]
    stated_result: re.Pattern[str]
    where_counted: re.Pattern[str]
    group_break: re.Pattern[str]
    average_count_units: frozenset[str]
    relative_change_units: frozenset[str]
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
    change_opener: re.Pattern[str]
    until_before: re.Pattern[str]
    conversion_gap: re.Pattern[str]
    poverty_threshold: re.Pattern[str]
    own_locative: re.Pattern[str]
    from_value: re.Pattern[str]
    per_recipient_before: re.Pattern[str]
    country_name_heads: frozenset[str]
    group_canonical: dict[str, str]
    figure_list_gap: re.Pattern[str]
    place_locator_gap: re.Pattern[str]
    date_then_level: re.Pattern[str]
    speech_date: re.Pattern[str]
    from_to: re.Pattern[str]
    duration_months: dict[str, int]
    programmes: tuple[tuple[str, re.Pattern[str]], ...]


def alt(patterns: list[str]) -> re.Pattern[str] | None:
    return compile_lower("|".join(f"(?:{p})" for p in patterns)) if patterns else None


# One-pattern fields whose records.json key has another name; every other field typed as a
# pattern is compiled case-insensitively from the key of its own name.
_PATTERN_RENAMED = {
    "target": "target_cues", "estimate": "estimate_cues", "inherit": "time_inherit_connectives",
    "present": "present_cues", "allocation": "allocation_verbs",
    "actual_override": "actual_overrides", "purpose": "purpose_before",
    "national": "national_cues", "terms": "terms_cues", "will": "will_cues",
}
# Pattern fields built some other way (below).
_BUILT_PATTERNS = frozenset({"bullet", "groups", "speech_date", "speech_place_after"})


def _fields_typed(annotation: str) -> list[str]:
    """The Lexicon fields with this type annotation (a string: annotations are postponed)."""
    return [f.name for f in fields(Lexicon) if f.type == annotation]


@cache
def lexicon() -> Lexicon:
    raw: dict[str, Any] = json.loads(
        resources.files("ekstrak.data").joinpath("records.json").read_text("utf-8")
    )
    unit_class = {u: cls for cls, units in raw["unit_classes"].items() for u in units}
    rules = tuple(
        Rule(
            indicator=r["indicator"],
            units=frozenset(r["units"]),
            # "any" cues count on both sides: fold them into each side's pattern.
            left=alt(r.get("left", []) + r.get("any", [])),
            right=alt(r.get("right", []) + r.get("any", [])),
            fallback=bool(r.get("fallback")),
            weight=float(r.get("weight", 1.0)),
        )
        for r in raw["indicators"]
    )
    return Lexicon(
        household_scale={k: float(v) for k, v in raw["household_scale"].items()},
        shared_amount_min={k: float(v) for k, v in raw["shared_amount_min"].items()},
        unit_class=unit_class,
        rules=rules,
        bullet=re.compile(raw["bullet"], re.MULTILINE),
        groups=alt(raw["groups"]) or re.compile(r"(?!)"),
        programme_hint=raw["programme_hint"],
        share_of=raw["share_of"],
        anaphoric_levels=raw["anaphoric_levels"],
        bare_levels=raw["bare_levels"],
        counted_place_levels={k: tuple(v) for k, v in raw["counted_place_levels"].items()},
        held_per_village={k: float(v) for k, v in raw["held_per_village"].items()},
        held_per_level={k: {u: float(n) for u, n in v.items()}
                        for k, v in raw["held_per_level"].items()},
        programme_mask=raw["programme_mask"],
        # Sets of words or codes, and numbers: the field has the records.json key's name.
        **{key: frozenset(raw[key]) for key in _fields_typed("frozenset[str]")},
        **{key: int(raw[key]) for key in _fields_typed("int")},
        **{key: float(raw[key]) for key in _fields_typed("float")},
        duration_months=raw["duration_months"],
        group_canonical=raw["group_canonical"],
        speech_date=compile_lower(r"\b(?:" + "|".join(map(re.escape, day_names())) + r")\b"),
        # "di Ambon, Senin (17/1/2022)": the weekday after a place's locator chain
        speech_place_after=compile_lower(
            r"\s*,\s*(?:" + "|".join(map(re.escape, day_names())) + r")\b"),
        **{name: compile_lower(_with_words(raw[_PATTERN_RENAMED.get(name, name)], raw))
           for name in _fields_typed("re.Pattern[str]") if name not in _BUILT_PATTERNS},
        programmes=tuple((p["name"], alt(p["patterns"])) for p in raw["programmes"]),  # type: ignore[misc]
    )


_WORD_LIST_REF = re.compile(r"\{([a-z_]+)\}")


def _with_words(pattern: str, raw: dict[str, Any]) -> str:
    """A pattern may name a word list of records.json as ``{key}`` (written once, used by
    several patterns: ``{bare_change_verbs}``): the list's alternation stands there."""
    return _WORD_LIST_REF.sub(
        lambda m: ("|".join(map(re.escape, raw[m.group(1)]))
                   if isinstance(raw.get(m.group(1)), list) else m.group(0)), pattern)


#: Words as the slots read them: letters only, no digits or underscores.
WORDS = re.compile(r"[^\W\d_]+")

_BRACKETED_ABBREVIATION = re.compile(r"\([^\W\d_][\w.-]{0,11}\)")
_CLAUSE_END = re.compile(r"[,;:.()]|\s[-–]\s")


# ``str.split()`` cuts at exactly the characters ``\s`` matches (its words are the ``\S+``
# matches); with a maxsplit it stops after the words wanted, but hands back the rest of the
# text as one more string (a copy): :func:`last_words` splits a tail for that reason.
def last_words(s: str, n: int) -> str:
    """The last ``n`` (>= 1) whitespace-separated words of ``s``, joined by single spaces.

    Read from a tail of ``s`` that grows until it holds ``n`` whole words: a split of the
    whole string would copy all that stands before them, for every figure of a sentence
    (quadratic on a table of thousands of figures in one sentence)."""
    size = 64 * n
    while True:
        tail = s[-size:] if size < len(s) else s
        parts = tail.rsplit(None, n)
        if tail is s or len(parts) > n:  # n whitespace runs found: the last n words are whole
            return " ".join(parts[-n:])
        size *= 4


def right_phrase(s: str, n: int) -> str:
    """Words after the span up to the first clause punctuation. An abbreviation in brackets
    ("200 kepala keluarga (KK) dari kalangan miskin menerima ...") restates the noun before
    it and ends no clause."""
    cut = _CLAUSE_END.split(_BRACKETED_ABBREVIATION.sub("", s), maxsplit=1)[0]
    return " ".join(cut.split(None, n)[:n])


def last_digit(s: str) -> int:
    """Index of the last digit in ``s`` (-1 without one), read from the end, where it is."""
    i = len(s) - 1
    while i >= 0 and not s[i].isdigit():
        i -= 1
    return i


@lru_cache(maxsize=512)
def rules_for(unit: str) -> tuple[tuple[tuple[int, Rule], ...], str | None]:
    """The cue rules that fit a unit (with their order), and its fallback indicator."""
    classes = classes_of(unit)
    fits = [(i, r) for i, r in enumerate(lexicon().rules) if r.units & classes]
    fallback = next((r.indicator for _, r in fits if r.fallback), None)
    return tuple((i, r) for i, r in fits if not r.fallback), fallback


@lru_cache(maxsize=512)
def classes_of(unit: str) -> frozenset[str]:
    lex = lexicon()
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
    if cls == "money" and unit.split("/")[1:] in (["person", "month"], ["person", "day"]):
        out.add("money_per_person")  # "Rp582.932/kapita/bulan": BPS's per-capita amounts
    return frozenset(out)


def clauses_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``;``-separated clauses of ``text[start:end]``: (start, end) offsets."""
    out = []
    s = start
    while (semi := text.find(";", s, end)) >= 0:
        out.append((s, semi))
        s = semi + 1
    out.append((s, end))
    return out


def blank(m: re.Match[str]) -> str:
    """Spaces for a match (``re.sub``): what stands around it keeps its offsets."""
    return " " * len(m.group(0))


def masked_text(text: str) -> str:
    """Programme names blanked out, so "Program Target Nasional" is no target cue; the
    same object when the text names no programme."""
    if not _programme_hint().search(text):
        return text  # most sentences name no programme: skip the big pattern
    return _all_programmes().sub(blank, text)


@cache
def _programme_hint() -> re.Pattern[str]:
    """Words every programme pattern contains at least one of (a cheap pre-check)."""
    return compile_lower(lexicon().programme_hint)


@cache
def _all_programmes() -> re.Pattern[str]:
    lex = lexicon()
    return compile_lower("|".join(
        [f"(?:{p.pattern})" for _, p in lex.programmes] + [f"(?:{p})" for p in lex.programme_mask]))


def per_recipient(unit: str, lex: Lexicon) -> bool:
    """The unit is a rate per anything but time ("IDR/village", "VND/household/year")."""
    return any(part not in lex.time_denominators for part in unit.split("/")[1:])


def recipient_written(unit: str, left: str, lex: Lexicon) -> bool:
    """The amount is written as one recipient's: a rate per anything but time ("Rp1,3 miliar
    per desa"), or the recipient written before it ("masing-masing KPM menerima Rp 300
    ribu", "tiap desa akan mendapat ...")."""
    return per_recipient(unit, lex) or lex.per_recipient_before.search(left) is not None


def below_household_scale(unit: str, value: float, lex: Lexicon) -> bool:
    """An amount no larger than what one household gets or pays ("bantuan Rp 20 juta")."""
    return value < lex.household_scale.get(unit, 0.0)


def one_recipients_amount(unit: str, value: float, left: str, lex: Lexicon) -> bool:
    """Money one recipient gets, as the indicator rules read it (rule:per-recipient,
    rule:household-scale)."""
    return recipient_written(unit, left, lex) or below_household_scale(unit, value, lex)


def base_unit(unit: str) -> str:
    """The unit without rates; percentage points count as percent."""
    base = unit.split("/")[0]
    return "%" if base == "pp" else base
