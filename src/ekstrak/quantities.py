"""QUANTITY mentions: a number with its scale word and unit or counted noun (SPEC section 2).

``find_quantities(text, start, end)`` looks at one sentence ``text[start:end]`` and
returns QUANTITY mentions with offsets into ``text``. Policy:

- Span: from the number, or from a currency prefix written before it ("Rp1,8 juta",
  "US$ 2,5 miliar"), to the end of the unit or the head of the counted noun; a "/"
  rate is inside, rate words after it are outside but go into the unit code.
  Qualifier words stay outside and go into ``qualifier``.
- Ranges ("30-50 juta", "1–1,5%", "6,5% hingga 7,5%", "antara X dan Y") give one
  quantity with ``value_max``; the first number inherits the second's scale and unit.
  A range must increase; "dari X menjadi Y" is never a range but two quantities.
- A number without a unit is kept only when the noun is shared or elided: the bare
  side of "dari 117 menjadi 52 rumah tangga" / "X dan Y rumah" takes the other's
  unit, and "jumlah <counted noun> ... adalah 417" takes that noun. Other bare
  numbers are not quantities.
- Not quantities: years, dates (next to a month), durations ("tiga tahun"),
  frequencies ("tiga kali dalam 10 tahun"), ordinals ("ke-3", "kedua"), identifiers
  after "Nomor/No./Pasal/Program/RT/pukul ..." (``units.json: not_quantity_before``),
  numbers in URLs, names ("Covid-19", "G20"), phone numbers, times of day.
- Number words count only with a lexicon unit ("dua produk", not "dua hal");
  unknown counted nouns are accepted after digits and vague plurals only.
- A rate written once after several amounts joined by "(sekitar ...)", "atau setara",
  "dan" applies to each of them (same sentence only).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

from ekstrak.models import Mention, QuantityNorm
from ekstrak.numbers import DATA_DIR, WS, NumberSpan, find_numbers, progress_pair, written_value
from ekstrak.places import LEVEL_RANK
from ekstrak.units import (
    UnitMatch,
    alternation,
    currency_prefix,
    currency_scale,
    is_month,
    load_units,
    match_unit,
    next_word,
    noun_at,
    rate_order,
    rate_phrase,
    rate_words,
    slash_rates,
    unit_kind,
)

# Units whose after-rates include "setiap/tiap X" (flows of money or shares).
_FLOW_KINDS = {"currency", "percent", "pp"}
# ... and counted nouns, coded or as written, but for stocks ("45 hektar ... setiap tahun").
_NOUN_KINDS = {"noun", "text", "fallback"}


@dataclass(slots=True)
class _Atom:
    num: NumberSpan
    start: int  # including a currency prefix
    end: int  # including unit and "/" rates
    value: float
    scale: float
    unit: str | None = None
    kind: str | None = None
    rates: list[str] = field(default_factory=list)  # "/" rates, inside the span
    value_max: float | None = None
    excluded: bool = False
    has_prefix: bool = False
    qualifier: str | None = None
    index: bool = False  # a bare index value ("Gini Ratio 0,321"), never "poin" after a share


@cache
def _qual() -> dict[str, Any]:
    with open(DATA_DIR / "qualifiers.json", encoding="utf-8") as f:
        q = json.load(f)
    words = sorted(q["before"], key=len, reverse=True)
    alt = alternation(words)
    after = sorted(q["after"], key=len, reverse=True)
    after_alt = alternation(after)
    fillers = alternation(q["fillers"])
    return {
        "before": {" ".join(k.split()): v for k, v in q["before"].items()},
        "after": {" ".join(k.split()): v for k, v in q["after"].items()},
        # "minimal sebanyak 23.100 ton": a filler word may sit between qualifier and number.
        "before_re": re.compile(
            rf"(?:(?<![\w-])(?:{alt})|±)(?:{WS}+(?:{fillers}))?[\s(]*\Z", re.I
        ),
        "fillers": frozenset(f.lower() for f in q["fillers"]),
        "after_re": re.compile(rf"{WS}+({after_alt})(?![\w])", re.I),
        "after_blockers": set(q["after_blockers"]),
    }


# One character of a gap that holds no other figure: anything but a digit, or a whole year
# ("32 perusahaan ... pada 2020, kemudian pada 2022 menjadi 93").
_NO_FIGURE = r"(?:[^\d]|(?<!\d)(?:19|20)\d\d(?!\d))"


@cache
def _res() -> dict[str, re.Pattern[str]]:
    units = load_units()
    shared = units["shared_noun"]
    months = alternation(units["months"])
    # "dari 208,53 ribu pada Maret 2022 menjadi ...": the date of the first figure.
    date_gap = (rf"(?:{WS}+(?:{alternation(shared['date_before'])})"
                rf"(?:{WS}+(?:{alternation(shared['date_unit'])}))?"
                # "pada Maret 2024", "pada 2024", and "pada Maret" (the year said elsewhere)
                rf"(?:{WS}+(?:{months})(?:{WS}+(?:19|20)\d\d)?|{WS}+(?:19|20)\d\d))?")
    # "2.800.000 dong Vietnam (VND) atau setara Rp1,8 juta": a bracketed currency code
    codes = "|".join(sorted(set(units["currency_suffix"].values())))
    # The start of a sentence that goes on with a list: up to two opening words
    # ("Setelahnya ada", "Selanjutnya,") and the next item's name ("Nusa Tenggara Barat").
    item_opener = rf"[\"“‘']?(?:[^\W\d_]{{1,30}},?{WS}){{0,2}}"
    item_name = rf"{item_opener}?[A-Z][\w'-]{{0,30}}(?:{WS}[A-Z][\w'-]{{0,30}}){{0,4}}"
    tags = "|".join(re.escape(t) for t in units["amount_tags"])
    return {
        "range": re.compile(
            rf"{WS}*[-–—]{WS}*|{WS}+(?:hingga|sampai(?:{WS}+dengan)?|s\.?d\.?|s/d){WS}+", re.I
        ),
        "and": re.compile(rf"{WS}+dan{WS}+", re.I),
        "bracket_item_gap": re.compile(
            rf"\){WS}*(?:,{WS}*|;{WS}*)?(?:(?:dan|serta){WS}+)?[^\d()\n]{{1,50}}\(", re.I),
        # "Lombok Timur 19,081 jiwa, kedua Lombok Tengah 11,072": items of a name and a number
        "name_item_gap": re.compile(
            # (the rest of the first item's noun phrase may stand before the comma: "Tarusan
            # 336 Sambungan Rumah (SR), Bayang 620")
            rf"(?:{WS}+[^\W\d_]{{1,20}}){{0,2}}(?:{WS}*\([^\W\d_]{{1,8}}\))?"
            rf"{WS}*[,;]{WS}*(?:(?:dan|serta){WS}+)?(?:(?:{alternation(units['list_ordinals'])})"
            rf"{WS}+)?(?:[A-Z][\w'-]{{0,30}}{WS}){{1,4}}"),
        "name_before": re.compile(rf"[A-Z][\w'-]{{0,30}}{WS}\Z"),
        # "... di atas rata-rata antara lain; Gorontalo sebesar 0,407": a list's opener
        "list_opener_end": re.compile(
            rf"\b(?:{alternation(units['list_openers'])}){WS}*\Z", re.I),
        # "Buton Utara 15 unit, Buton Tengah (15)": the list's first item written in full, the
        # next ones as a name and a bracketed number
        "named_item_gap": re.compile(
            rf"{WS}*[,;]{WS}*(?:(?:dan|serta){WS}+)?[A-Z][^\d()\n,;]{{0,48}}\("),
        # "Setelahnya ada Nusa Tenggara Barat (": a sentence that goes on with the bracketed
        # list the sentence before ended with
        "list_goes_on": re.compile(rf"{item_name}{WS}?\({WS}?"),
        # "Selanjutnya, Papua 0,396, ...": a name item that goes on with the list before
        "name_item_goes_on": re.compile(rf"{item_name}{WS}"),
        # "Kemudian, 11.281 di Kabupaten Kerinci": a count item at a place that goes on
        "place_item_goes_on": re.compile(item_opener),
        "demonstrative": re.compile(rf"\b(?:{alternation(shared['demonstratives'])})\b", re.I),
        "name_before_item": re.compile(rf"(?<![\w'-])[A-Z][\w'-]{{0,30}}{WS}\Z"),
        "item_end": re.compile(rf"{WS}*(?:[,.;]|dan\b|\Z)"),
        "at_place_after": re.compile(rf"{WS}+di{WS}+[A-Z]"),
        # "9 ribu lebih masyarakat miskin", "300 lebih warga", "800-an lebih pelajar"
        "more_before_noun": re.compile(rf"(?:-an)?{WS}+lebih{WS}+(?=[^\W\d])", re.I),
        "hyphen": re.compile(rf"{WS}*[-–—]{WS}*"),
        "percent": re.compile(r"%|\bpersen\b", re.I),
        "rate_subjects": re.compile(units["rate_subjects"], re.I),
        "rate_restated": re.compile(units["rate_restated"], re.I),
        "antara": re.compile(r"\bantara" + WS + r"+\Z", re.I),
        # Words that let a bare number share a neighbour's counted noun (units.json).
        # "sebesar 4,51 dan tahun 2021 sebesar 5,02 persen": a dated twin after the word
        "share_back": re.compile(
            rf"{date_gap}{WS}+(?:{alternation(shared['back'])})(?:{WS}+(?:di|pada))?"
            rf"(?:{WS}+tahun)?(?:{WS}+(?:19|20)\d\d(?:{WS}+yang)?"
            rf"{WS}+(?:{alternation(shared['copula'])}))?{WS}+", re.I),
        # "pada 2021 sebesar 7,99, 2022 turun menjadi 7,66 persen": a year list of levels
        "share_back_year": re.compile(
            rf",{WS}+(?:(?:pada|di){WS}+)?(?:tahun{WS}+)?(?:19|20)\d\d{WS}+"
            rf"(?:(?:{alternation(shared['change_words'])}){WS}+)?(?:menjadi|ke){WS}+", re.I),
        "share_fwd": re.compile(rf"{date_gap},?{WS}+(?:{alternation(shared['forward'])}){WS}+", re.I),
        "parallel_after": re.compile(
            rf"{WS}+(?:{alternation(shared['parallel_after'])})\b(?!{WS}*antara)", re.I),
        "parallel_gap": re.compile(
            rf"[^\d]{{0,80}}?(?:,|{WS}(?:{alternation(shared['parallel_gap'])}){WS})[^\d]{{0,20}}",
            re.I),
        "share_copula": re.compile(rf"{WS}{{1,3}}(?:{alternation(shared['share_copula'])})\b", re.I),
        "share_or": re.compile(rf"\b(?:{alternation(shared['share_with_percent'])})\b", re.I),
        # "10.470 KPM, turun 6.000": the change of the count just stated
        "change_after_count": re.compile(
            rf"(?:,{WS}*|{WS}+)(?:(?:atau|dan|yang){WS}+)?(?:{alternation(shared['change_words'])})"
            rf"(?:{WS}+(?:sebanyak|sebesar|sekitar|lagi|hampir))?{WS}+", re.I),
        "part_after": re.compile(rf"{WS}+(?:{alternation(shared['part_after'])})\b", re.I),
        "total_before": re.compile(rf"{WS}*(?:{alternation(shared['total_before'])}){WS}+", re.I),
        "jumlah": re.compile(r"\b(?:jumlah|total|banyaknya)\b", re.I),
        # ", Donggala dengan 10.105", "), Banggai: 7.207": the next place of a list, then
        # its figure (names are capitalised: read case-sensitively)
        "list_item_gap": re.compile(
            rf"\)?[ \t]*[,;][ \t]*(?:(?:{alternation(shared['parallel_gap'])})[ \t]+)?"
            r"(?:[A-Z][\w'-]*[ \t]+){0,3}[A-Z][\w'-]*"
            rf"[ \t]*(?::|{alternation(units['list_item_links'])})[ \t]*"),
        # "Balangan (6.713), Banjar (19.545)": a place's figure in brackets
        "bracket_item": re.compile(r"[A-Z][\w'-]*[ \t]*\([ \t]*\Z"),
        "share_subject": re.compile(rf"\b(?:{alternation(units['share_subject'])})\b", re.I),
        # two counts side by side: "12 kabupaten dan satu kota", "3 desa, satu kelurahan"
        "count_joined": re.compile(
            rf"{WS}*(?:,{WS}*)?(?:(?:{alternation(units['count_joins'])}){WS}+)?", re.I),
        "subject_gap": re.compile(
            rf"(?:{WS}+(?:{alternation(shared['subject_gap'])})){{1,4}}{WS}+\Z", re.I),
        "pair_far": re.compile(
            rf"{_NO_FIGURE}{{0,100}}?(?<![\w-])(?:{alternation(units['pair_far']['words'])}){WS}+",
            re.I),
        "pair_measure": re.compile(rf"\b(?:{alternation(units['pair_far']['measure_words'])})\b",
                                   re.I),
        # "Rp447.811 per kapita per bulan, dari Rp421.560": the earlier level after the rate
        "compared_level": re.compile(rf"(?<![\w-])(?:{alternation(units['compared_level'])})(?![\w-])",
                                     re.I),
        "zero_decimals": re.compile(r",0{1,2}\Z"),
        "ordinal_before": re.compile(units["ordinal_before"], re.I),
        "clause_break": re.compile(rf"[,;:]{WS}+[\"“‘']?"),
        # (from the run's first space only: no rescan of a long run of spaces)
        "share_after": re.compile(
            rf"(?<!{WS}){WS}*(?:\(|(?<={WS})(?:{alternation(units['share_after_joins'])}){WS}+)",
            re.I),
        "poverty_count": re.compile(units["poverty_count_cues"], re.I),
        "clause_opener": re.compile(
            rf"(?:(?:{alternation(units['clause_subject_openers'])}){WS}+){{1,2}}", re.I),
        "clause_verb_gap": re.compile(
            rf"{_NO_FIGURE}{{0,80}}?(?<![\w-])(?:{alternation(units['clause_subject_verbs'])}){WS}+",
            re.I),
        "breakdown_before": re.compile(units["breakdown_count"]["before"], re.I),
        "points_after": re.compile(units["breakdown_count"]["points_after"], re.I),
        # "806 orang, terdiri atas ...": a total its parts follow
        "parts_after_total": re.compile(rf"(?:{WS}*,)?{WS}*(?:{units['composition_cues']})", re.I),
        "continues_previous": re.compile(
            rf"[\"“”'‘’]?(?:{alternation(units['continues_previous'])})\b", re.I),
        "word_start": re.compile(r"(?<![\w-])\w"),
        "non_space": re.compile(r"\S"),
        # what may follow a figure the excerpt's end cuts: nothing, or the start of a word
        "cut_tail": re.compile(r"[ \t]*(?:[^\W\d_]{1,12}[ \t]*)?"),
        "started_tail": re.compile(r"[ \t]+(?:[^\W\d_]{1,12}[ \t]*)?"),
        "parallel_rate": re.compile(
            rf"(?:{WS}*,)?{WS}*(?:{alternation(shared['parallel_rate']['joins'])}){WS}+"
            rf"(?:[^\W\d]+{WS}+){{0,3}}?(?:{alternation(shared['parallel_rate']['copulas'])}){WS}+",
            re.I),
        "contrast_rate": re.compile(
            rf"(?:{WS}*,)?{WS}*(?:{alternation(shared['contrast_rate']['joins'])}){WS}+"
            rf"(?:{alternation(shared['contrast_rate']['for'])}){WS}+(?:[^\W\d]+{WS}+){{0,3}}?",
            re.I),
        # "US $ 1,9 PPP = Rp. 11.941 per kapita per hari": a tag of the first amount
        "chain": re.compile(
            r"[\s(,]*(?:(?:\((?:" + codes + r")\)|sekitar|kurang\s+lebih|atau|setara|dengan|sama\s+dengan|senilai|dan|"
            r"yaitu|yakni|~|±|=|" + tags + r")[\s(,]*)*",
            re.I,
        ),
        "money_anywhere": re.compile(
            rf"\b(?:{alternation(units['money_words_before'] + units['money_words_anywhere'])})\b",
            re.I),
        "money_before": re.compile(
            rf"\b(?:{alternation(units['money_words_before'])})\b[^\d]{{0,12}}\Z", re.I),
        "url": re.compile(r"://|www\.|@|\.(?:com|id|vn|net|org|html?|php)\b", re.I),
        "hyphen_digit_after": re.compile(r"[-–]\d"),
        "name_hyphen": re.compile(rf"[A-Za-z]{WS}+[-–]{WS}*\Z"),
    }


def find_quantities(
    text: str, start: int, end: int, country: str | None = None, carried: str | None = None,
    item: ListItem | None = None,
) -> list[Mention]:
    """QUANTITY mentions inside the sentence ``text[start:end]`` (offsets into ``text``).

    ``country`` ("ID"/"VN") only changes which level some counted place nouns mean
    ("kelurahan" is a village in Indonesia and a commune in Vietnam). ``carried`` is what
    the sentence before last counted (:func:`carried_count`): a bare "574,51 ribu" that
    nothing in its own sentence names goes on counting it. ``item`` is the unit and scale
    of the bracketed list item that sentence ended with (:func:`carried_item`): a sentence
    that opens with the next "Nusa Tenggara Barat (2,57)" goes on with that list.
    """
    nums = find_numbers(text, start, end)
    if not nums:
        return []
    atoms = [_atom(text, start, end, n, country) for n in nums]
    atoms = _merge_ranges(text, atoms)
    if item is not None:
        _list_goes_on(text, start, atoms, item)
    _resolve_bare(text, start, atoms, country, carried)
    quantities = [a for a in atoms if not a.excluded and a.unit is not None
                  and not _cut_at_end(text, a, "started_tail")]
    quantities = [a for i, a in enumerate(quantities) if not _one_priced(text, quantities, i)]
    if not quantities:
        return []
    _dropped_scale(quantities)
    # Whether the sentence has a percentage, or is about housing: read only when a "poin"
    # or a "unit" figure needs it (most sentences have neither).
    has_pct: bool | None = None
    index_at = -1  # where the sentence first names an index, if it names no rate
    after_rates: list[list[str]] = []
    for a in quantities:
        if a.unit == "point" and not a.index:
            if has_pct is None:
                has_pct = _rate_sentence(text, start, end)
                index_at = _index_named(text, start, end) if has_pct else -1
            # "poin" after a percentage, unless an index named before it moved ("IPM ...
            # 78,20, meningkat 0,84 poin (1,09 persen)": the percent is its growth)
            if has_pct and not 0 <= index_at < a.start:
                a.unit, a.kind = "pp", "pp"
        a.qualifier = _qualifier(text, start, end, a) or a.qualifier
        flow = a.kind in _FLOW_KINDS or (a.kind in _NOUN_KINDS and a.unit not in _stock_units())
        after_rates.append(rate_words(text, a.end, end, flow=flow) if a.kind != "times" else [])
    _propagate_rates(text, quantities, after_rates)
    # Parts to share a rate with need two amounts at least: most sentences are not searched.
    if len(quantities) > 1 and _composition_cues().search(text, start, end):
        _share_rate_with_parts(quantities, after_rates)
    out: list[Mention] = []
    housing: bool | None = None
    for a, extra in zip(quantities, after_rates, strict=True):
        parts = [a.unit or "", *a.rates, *extra]
        if a.unit == "unit":
            # "15 unit sekolah": the span ends at "unit", the noun after it says what
            # is counted; a bare "unit" in a story about housing counts houses.
            # (not across a comma: "4.493 unit, Kabupaten Banggai Kepulauan sebanyak ...")
            um = (noun_at(text, a.end + 1, end, country)
                  if a.end < end and text[a.end].isspace() else None)
            if um is not None and um.kind == "noun" and um.code != "unit":
                parts[0] = um.code
        if "unit" in parts and not _unit_things().match(text, a.end + 1, end):
            if housing is None:
                housing = _unit_things().search(text, start, end) is None and (
                    _house_context().search(text, start, end) is not None
                    or _housing_article(text))
            if housing:
                parts = ["house" if p == "unit" else p for p in parts]
        parts[1:] = rate_order(parts[1:])
        # "Rp582.932/kapita/orang": a rate written twice in other words is one rate, and so is
        # a noun written twice ("6.832 jiwa/orang", "18 desa / kelurahan").
        unit = "/".join(p for i, p in enumerate(parts) if i == 0 or p != parts[i - 1])
        out.append(
            Mention(
                type="QUANTITY",
                start=a.start,
                end=a.end,
                text=text[a.start:a.end],
                source="rule",
                norm=QuantityNorm(
                    value=written_value(a.value), unit=unit, qualifier=a.qualifier,
                    value_max=None if a.value_max is None else written_value(a.value_max),
                ),
            )
        )
    return out


# The whitespace characters but the newline (``[^\S\n]``; tests/test_quantities.py checks it).
_SPACE_NOT_NEWLINE = ("\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
                      "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def _prev_word(text: str, lo: int, pos: int) -> str:
    """The word (``[\\w./-]+``) right before ``pos`` with only spaces, no newline, between;
    within 40 characters and not before ``lo``; lower-cased, "" without one. Read back from
    ``pos``: a regex search would try each start in the window."""
    window = text[max(lo, pos - 40) : pos].rstrip(_SPACE_NOT_NEWLINE)
    i = len(window)
    while i and (window[i - 1].isalnum() or window[i - 1] in "_./-"):  # \w is isalnum or _
        i -= 1
    return window[i:].lower()


def _atom(text: str, lo: int, hi: int, n: NumberSpan, country: str | None) -> _Atom:
    a = _Atom(n, n.start, n.end, n.value, n.scale)
    pre = currency_prefix(text, n.start, lo)
    um: UnitMatch | None
    if pre is not None and n.kind in ("digits", "words"):
        a.start, a.unit, a.kind, a.has_prefix = pre[0], pre[1], "currency", True
        if n.scale == 1.0:
            cs = currency_scale(text, n.end, hi)
            if cs is not None:
                a.end, a.scale = cs[0], cs[1]
                a.value = n.base * cs[1]
        _stray_currency(text, hi, n, a, country)
        if text.startswith(",-", a.end) and a.end + 2 <= hi:
            a.end += 2  # "Rp582.932,-/kapita/bulan": the rupiah dash is part of the amount
        elif text.startswith(",/", a.end):
            a.end += 1  # "Rp1.961.091,/rumah tangga miskin/bulan": so is a stray comma (R 20)
    else:
        um = _noun_after_more(text, n, hi, country, a)
        if um is None:
            um = match_unit(text, n.end, hi, fallback=n.kind in ("digits", "vague"),
                            country=country)
        if n.kind == "fraction":
            _fraction(text, lo, hi, a, um, country)
        elif um is not None:
            a.unit, a.kind, a.end = um.code, um.kind, um.end
            if um.kind == "duration":
                a.excluded = True
            elif um.kind == "times" and not _is_ratio(text, lo, hi, a, um):
                a.excluded = True  # a frequency: "tiga kali dalam 10 tahun"
            elif n.kind == "words" and um.kind == "fallback":
                a.unit = a.kind = None
    if a.unit is not None and not a.excluded:
        codes, new_end, unknown = slash_rates(text, a.end, hi)
        if unknown and not codes:
            a.excluded = True  # "90/QD-TTg": a code
        elif codes:
            a.rates, a.end = codes, new_end
    elif _res()["url"].search(text, n.end, min(hi, n.end + 1)) or (
            text[n.end:n.end + 1] == "/" and progress_pair(text, n.start) is None):
        a.excluded = True
    _comma_for_thousands(text, n, a)
    _redundant_scale(text, n, a, country)
    _context_exclusions(text, lo, hi, a)
    if a.end > hi:
        a.excluded = True
    return a


_COMMA_GROUP = re.compile(r"\d{1,3},\d{3}")


def _one_priced(text: str, qs: list[_Atom], i: int) -> bool:
    """A count of one that an amount after it in its clause is for ("Satu unit rumah dengan
    anggaran Rp10 juta", "Jadi satu desa bisa menerima dana sekitar Rp 1,4 miliar"): the
    unit a price or allotment is given per, no statistic. Not one counted beside others
    ("12 kabupaten dan satu kota dengan nilai anggaran Rp148 miliar")."""
    a = qs[i]
    if a.value != 1 or a.value_max is not None or a.kind not in ("noun", "text"):
        return False
    nxt = qs[i + 1] if i + 1 < len(qs) else None
    if nxt is None or nxt.kind != "currency" or nxt.start - a.end > load_units()["one_priced_gap"]:
        return False
    if any(ch in ".;" for ch in text[a.end : nxt.start]):
        return False
    prv = qs[i - 1] if i else None
    return prv is None or prv.kind == "currency" or not _res()["count_joined"].fullmatch(
        text, prv.end, a.start)


def _dropped_scale(qs: list[_Atom]) -> None:
    """"dari 60,79 ribu orang pada Maret 2022 menjadi 59,19 orang": a count of whole people
    or households with decimals and no scale word, beside a count of the same noun in ribu
    or juta, lost its scale word (R 42: the evident number); it takes the other's scale
    where the two then agree within a factor of two."""
    whole = load_units()["comma_thousands"]["counts"]
    lost_from = load_units()["comma_thousands"]["lost_thousands_from"]
    for a in qs:
        if (a.scale != 1.0 or a.kind != "noun" or a.unit not in whole or a.value_max is not None
                or a.value == int(a.value)):
            continue
        donor = next((b for b in qs if b is not a and b.unit == a.unit and b.scale > 1.0
                      and 0.5 <= a.value * b.scale / b.value <= 2.0), None)
        if donor is not None:
            a.scale = donor.scale
            a.value = written_value(a.value * donor.scale)
        elif a.value >= lost_from:
            # "penduduk miskin ... sebanyak 28,52 jiwa, 2022 (29,45 jiwa)": tens of whole
            # people with decimals are a release's thousands (an average household is a few
            # people: "4,78 orang" stays an average).
            a.scale = 1000.0
            a.value = written_value(a.value * 1000.0)


def _comma_for_thousands(text: str, n: NumberSpan, a: _Atom) -> None:
    """"Rp334,631 per kapita" and "56,340 jiwa": with no scale word, a comma before three
    digits groups thousands, for a currency without cents or a whole count of people or
    households, or of places ("6,133 desa") (R 42: the value is the evident number). "4,780
    orang" per household (below 10) stays an average; "Rp47,255 triliun" has its scale word."""
    if (n.kind != "digits" or n.scale != 1.0 or a.unit is None
            or not _COMMA_GROUP.fullmatch(text, n.start, n.end)):
        return
    base = a.unit.split("/")[0]
    whole = load_units()["comma_thousands"]
    if (base in whole["currencies"] or base in whole["places"]
            or (base in whole["counts"] and a.value >= 10)):
        a.value = round(a.value * 1000)


def _redundant_scale(text: str, n: NumberSpan, a: _Atom, country: str | None) -> None:
    """"mencapai 1.134.740 juta jiwa", "383.530 ribu orang": a count written out in full with
    thousands groups and then a scale word, which would make it more people than the
    article's country has (the world, where the country is unknown). The writer put the
    scale word twice; the digits are the count (R 42: the evident number)."""
    if (n.kind != "digits" or n.scale == 1.0 or a.unit is None or n.base < 1000
            or n.base != int(n.base)):
        return
    if (a.value > _most_people(country)
            and _THOUSANDS_GROUP.search(text, n.start, n.end)
            and a.unit.split("/")[0] in load_units()["comma_thousands"]["counts"]):
        a.value, a.scale = n.base, 1.0


def _most_people(country: str | None) -> float:
    """More people than the article's country has (the world's, where it is unknown): no
    count of people or households can be that large (units.json ``most_people``)."""
    most = load_units()["comma_thousands"]["most_people"]
    return float(most.get(country or "", most["world"]))


_THOUSANDS_GROUP = re.compile(r"\d[.,]\d{3}")


def _fraction(
    text: str, lo: int, hi: int, a: _Atom, um: UnitMatch | None, country: str | None
) -> None:
    # A share word is a quantity with "-nya"/"dari", before a counted noun, or when qualified.
    after = text[a.num.end:a.num.end + 3].lower()
    nxt = next_word(text, a.num.end, hi)
    ok = (
        after == "nya"
        or nxt == "dari"
        or noun_at(text, a.num.end, hi, country) is not None
        or _qual()["before_re"].search(text, max(lo, a.start - 30), a.start) is not None
    )
    if um is not None and um.kind == "duration":
        ok = False  # "setengah jam"
    if ok:
        a.unit, a.kind = "%", "percent"
    else:
        a.excluded = True


def _is_ratio(text: str, lo: int, hi: int, a: _Atom, um: UnitMatch) -> bool:
    u = load_units()
    nxt = next_word(text, um.end, hi)
    if nxt in u["frequency_after"]:
        return False
    if um.code == "times" and text[a.num.start:a.num.end].lower().endswith("lipat"):
        return True
    if "lipat" in text[a.num.end:um.end].lower() or a.value != int(a.value):
        return True
    if nxt in u["times_after"]:
        return True
    if a.value > 10:
        return False  # "2.343 kali": a count of events, not a multiple
    prev = _prev_word(text, lo, a.start)
    return prev in u["times_before"]


@cache
def _year_context() -> frozenset[str]:
    """Words after which a plain 4-digit number is a year ("tahun 2018", "Dibandingkan 2018
    penduduk miskin ...")."""
    return frozenset(load_units()["year_context_before"])


def _names_a_group(text: str, lo: int, hi: int, a: _Atom, prev: str) -> bool:
    g = load_units()["group_share"]
    if next_word(text, a.end, hi) not in g["superlatives"]:
        return False
    if prev in g["heads"]:
        return True
    # ... or one word before it: "kelompok masyarakat 40 persen terendah"
    i = a.start
    while i > lo and text[i - 1] in " \t":
        i -= 1
    return bool(prev) and _prev_word(text, lo, i - len(prev)) in g["heads"]


def _stray_currency(text: str, hi: int, n: NumberSpan, a: _Atom, country: str | None) -> None:
    """"target Rp18,8 juta KPM", "Rp21 juta keluarga": millions of people or households
    are counted, not paid; the currency sign is a slip (R 42: the evident number). Only
    with a scale word, so "Rp 600 ribu per keluarga" and "Rp300.000 keluarga" keep theirs.
    "tahap pertama sebesar Rp 40 persen": a percent word after the number wins too."""
    if a.end > n.end:
        return
    um = match_unit(text, n.end, hi, fallback=False, country=country)
    if um is None:
        return
    units = load_units()
    counted = (um.kind == "noun" and um.code in units["comma_thousands"]["counts"]
               and n.scale != 1.0
               # "Anggaran Rp2 miliar rumah tangga miskin": money for them, not a count
               and n.value <= units["stray_currency_most"] * _most_people(country))
    if um.kind == "percent" or counted:
        a.start, a.unit, a.kind, a.end, a.has_prefix = n.start, um.code, um.kind, um.end, False


def _day_or_year(n: NumberSpan) -> bool:
    """The number could be a day of the month or a year as dates write them."""
    return n.plain_int and n.scale == 1.0 and (n.value <= 31 or n.n_digits == 4)


def _context_exclusions(text: str, lo: int, hi: int, a: _Atom) -> None:
    n = a.num
    u = load_units()
    prev = _prev_word(text, lo, a.start)
    if a.has_prefix:
        pass  # "level Rp9.100": an amount of money is never an identifier
    elif (prev in u["not_quantity_before"] or prev.rstrip(".") in u["not_quantity_before"]) \
            and a.unit != "%":
        a.excluded = True  # "Pasal 5", "level 3"; but "di level 19,48 persen" is a figure
    elif text[max(0, n.start - 3):n.start].lower() == "ke-" or (
            prev == "ke" and _res()["ordinal_before"].search(text, max(lo, n.start - 30), n.start)):
        a.excluded = True  # ordinal "ke-3", "peringkat ke 3"
    elif (is_month(prev) or is_month(next_word(text, n.end, hi))) and _day_or_year(n):
        # dates "17 Agustus", "Maret 2024"; not "rincian April 204.729.360 kg"
        a.excluded = True
    elif n.plain_int and n.n_digits == 4 and 1900 <= n.value <= 2100 and n.scale == 1.0:
        if a.unit is None or prev in _year_context() or a.kind == "fallback":
            a.excluded = True  # a year
    elif a.unit == "%" and _names_a_group(text, lo, hi, a, prev):
        a.excluded = True  # "kelompok 40 persen terbawah": a group's name
    elif a.value == 1.0 and a.kind == "noun" and prev in u["one_unit_before"]:
        a.excluded = True  # "jika satu keluarga ... 4 orang", "untuk 1 unit rumah": a denominator
    elif _res()["breakdown_before"].search(text, max(lo, n.start - 40), n.start):
        a.excluded = True  # "dibagi menjadi empat kelompok": a count of parts (R 38)
    elif a.unit == "point" and a.value == int(a.value) and _res()["points_after"].match(
            text[a.end:min(hi, a.end + 40)].lstrip(" \t,")):
        a.excluded = True  # "ada dua poin arahan": the items of a list (R 38)
    # Numbers inside a URL, e-mail or file name.
    s, e = n.start, n.end
    while s > lo and not text[s - 1].isspace():
        s -= 1
    while e < hi and not text[e].isspace():
        e += 1
    if _res()["url"].search(text, s, e):
        a.excluded = True


def _merge_ranges(text: str, atoms: list[_Atom]) -> list[_Atom]:
    res = _res()
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and a.end <= b.start:
            gap = text[a.end:b.start]
            hyphen = bool(res["hyphen"].fullmatch(gap))
            is_conn = bool(res["range"].fullmatch(gap)) or (
                bool(res["and"].fullmatch(gap))
                and res["antara"].search(text, max(0, a.start - 10), a.start) is not None
            )
            if is_conn:
                merged = _try_range(a, b)
                if merged is not None:
                    out.append(merged)
                    i += 2
                    continue
                if hyphen or (a.excluded and a.unit is None and b.unit is None):
                    # "18-01-2022", "0812-3456", "5-3": hyphenated digits that are no range;
                    # "desil 1 sampai 3": a range of labels is labels at both ends
                    a.excluded = b.excluded = True
        out.append(a)
        i += 1
    # A number glued by a hyphen to digits it could not form a range with is no quantity.
    for a in out:
        if a.value_max is None and res["hyphen_digit_after"].match(text, a.num.end):
            a.excluded = True
        s = a.num.start
        if s >= 2 and text[s - 1] in "-–" and text[s - 2].isdigit() and a.value_max is None:
            a.excluded = True
        if res["name_hyphen"].search(text, max(0, s - 6), s) and a.kind in (None, "fallback"):
            a.excluded = True  # "AK - 47", "GeoEye - 2": a name split by spaced hyphen
    return out


def _try_range(a: _Atom, b: _Atom) -> _Atom | None:
    if a.excluded or b.excluded:
        return None
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return None
    # "Rp5–10 juta", "Rp 800 juta-1,2 miliar": the currency written before the first number,
    # a scale after the second; otherwise a unit on the first number only is too odd to
    # guess ("Rp 1 juta - 2").
    prefixed = a.has_prefix and b.scale != 1.0
    if a.unit is not None and b.unit is None and not prefixed:
        return None
    unit_from = b if b.unit is not None else a
    lo = a.value
    if a.scale == 1.0 and b.scale != 1.0 and a.num.base * b.scale < b.value:
        lo = a.num.base * b.scale  # "30-50 juta", "Rp39 hingga Rp40 triliun": scale written once
    # A range increases, and by less than a factor of 100: "12,936-2941" is a quote shorthand.
    if not lo < b.value or (lo > 0 and b.value / lo > 100):
        return None
    return _Atom(a.num, a.start, b.end, lo, b.scale, unit_from.unit, unit_from.kind,
                 unit_from.rates, b.value, False, a.has_prefix)


def _resolve_bare(text: str, lo: int, atoms: list[_Atom], country: str | None,
                  carried: str | None = None) -> None:
    """Give each bare number the unit of the figure it pairs or lists with, else the one its
    clause says it counts, else (a number with a scale word) what the sentence before
    counted; a bare number that gets none is no QUANTITY."""
    prev_end = lo
    counts = load_units()["comma_thousands"]["counts"]
    counted: str | None = None  # what the sentence's last count with a scale word counts
    for i, a in enumerate(atoms):
        if a.excluded or a.unit is not None or a.num.kind == "fraction":
            if not a.excluded:
                prev_end = a.end
                counted = a.unit if a.unit in counts and a.scale >= 1000 else counted
            continue
        if (_from_neighbour(text, lo, atoms, i, country)
                or _from_clause(text, lo, prev_end, atoms, i, country)):
            prev_end = a.end
        elif ((a.scale >= 1000 or _count_with_share(text, atoms, i)) and a.value_max is None
              and (counted or carried) is not None and not _cut_at_end(text, a)):
            # "... penduduk miskinnya naik sekitar 5,6 ribu. Jumlahnya 574,51 ribu dari
            # yang awalnya 568,91 ribu": thousands of what the sentence before counted;
            # "menurun sebanyak 1,31 ribu orang ... dibanding September 2021 sebanyak 81,18
            # ribu": of what this one counted; "sebanyak 34.739 jiwa atau 9,28 persen. ...
            # menurunkan menjadi 33.970 atau 9,47 persen": a whole count with its share
            a.unit, a.kind = counted or carried, "noun"
            prev_end = a.end
        else:
            a.excluded = True
        if not a.excluded and a.unit in counts and a.scale >= 1000:
            counted = a.unit


def _count_with_share(text: str, atoms: list[_Atom], i: int) -> bool:
    """The bare ``atoms[i]`` is a whole count of a hundred or more with its share right after
    it ("33.970 atau 9,47 persen", "27.010 (4,68 persen)"): a count of what was counted
    before, not a loose number."""
    a, share = atoms[i], _neighbour(atoms, i, 1)
    if (share is None or share.excluded or share.kind != "percent" or a.value < 100
            or a.value != int(a.value)):
        return False
    return _res()["share_after"].fullmatch(text, a.end, share.start) is not None


def carried_count(found: list[Mention]) -> str | None:
    """What a sentence's last count of whole people, households or houses counts (units.json
    ``comma_thousands.counts``; a share after it, "81,18 ribu atau 6,38 persen", is passed
    over): the next sentence's bare thousands may go on counting it."""
    counts = load_units()["comma_thousands"]["counts"]
    for m in reversed(found):
        if isinstance(m.norm, QuantityNorm) and m.norm.unit in counts:
            return m.norm.unit
    return None


class ListItem(NamedTuple):
    """The last figure of a sentence that ends a list: the next sentence may go on with it."""

    unit: str
    scale: float
    shape: str  # "bracket" ("Alor (101,40 ribu)."), "name" ("Jawa Barat 0,406."),
    # or "place" ("8.739 KPM di Kabupaten Tebo.")


def carried_item(text: str, found: list[Mention]) -> ListItem | None:
    """The unit, scale and shape of a sentence's last figure when it is a list item: bracketed
    after a name ("Gorontalo (2,85).", "Alor (101,40 ribu)."), a bare number after a name
    ("... dan Jawa Barat 0,406."), or a count at a place ("8.739 KPM di Kabupaten Tebo.")."""
    last = found[-1] if found else None
    if last is None or not isinstance(last.norm, QuantityNorm):
        return None
    # (a short window before the span: a slice of all the text before it, per sentence,
    # would be quadratic on a page of thousands of sentences)
    res = _res()
    before = text[max(0, last.start - 32) : last.start]
    if before.rstrip(" \t").endswith("(") and text.startswith(")", last.end):
        shape = "bracket"
    elif (res["name_before_item"].search(before) and not any(c.isalpha() for c in last.text)
          and res["item_end"].match(text, last.end)):
        shape = "name"
    elif res["at_place_after"].match(text, last.end) and len(found) > 1:
        shape = "place"
    else:
        return None
    nums = find_numbers(text, last.start, last.end)
    return ListItem(last.norm.unit, nums[0].scale if nums else 1.0, shape)


def _list_goes_on(text: str, lo: int, atoms: list[_Atom], item: ListItem) -> None:
    """Give the sentence's first figure, a bare number in the shape of the list item the
    sentence before ended with, that item's unit and scale ("Setelahnya ada Nusa Tenggara
    Barat (2,57), Bengkulu (2,17)", "Selanjutnya, Papua 0,396, Sulawesi Tenggara 0,394",
    "Kemudian, 11.281 di Kabupaten Kerinci, 11.103 di Kabupaten Merangin"); the items after
    it follow it (:func:`_from_neighbour`)."""
    a = next((b for b in atoms if not b.excluded), None)
    if a is None or a.unit is not None or a.num.kind == "fraction" or a.value_max is not None:
        return
    res = _res()
    if item.shape == "bracket":
        goes_on = text.startswith(")", a.end) and res["list_goes_on"].fullmatch(text, lo, a.start)
    elif item.shape == "name":
        goes_on = (res["name_item_goes_on"].fullmatch(text, lo, a.start) is not None
                   and res["item_end"].match(text, a.end) is not None)
    else:
        goes_on = (res["place_item_goes_on"].fullmatch(text, lo, a.start) is not None
                   and res["at_place_after"].match(text, a.end) is not None)
    if not goes_on:
        return
    if a.scale == 1.0 and item.scale != 1.0:
        a.value, a.scale = a.num.base * item.scale, item.scale
    head, *rates = item.unit.split("/")
    a.unit, a.rates, a.kind = head, rates, unit_kind(head)
    a.index = head == "point"


def _share_unit(a: _Atom, donor: _Atom) -> None:
    """``a`` counts what ``donor`` counts, in its scale when ``a`` has none of its own."""
    a.unit, a.kind, a.rates = donor.unit, donor.kind, list(donor.rates)
    # ... but "72.600" after "78 ribu desa" is written in full already
    if a.scale == 1.0 and donor.scale != 1.0 and a.value_max is None and a.num.base < 1000:
        a.value, a.scale = a.num.base * donor.scale, donor.scale


def _pair_donor(text: str, lo: int, atoms: list[_Atom], i: int, nxt: _Atom | None,
                prv: _Atom | None) -> _Atom | None:
    """The figure a bare ``atoms[i]`` forms a pair, a part or a parallel clause with
    (units.json ``shared_noun``)."""
    a, res = atoms[i], _res()
    if (nxt is not None and not nxt.excluded and nxt.unit is not None
            and (res["share_back"].fullmatch(text, a.end, nxt.start)
                 or res["share_back_year"].fullmatch(text, a.end, nxt.start))):
        return nxt  # "dari 117 menjadi 52 rumah tangga"
    if nxt is not None and nxt.unit is not None and text[a.end:nxt.start] == "/":
        return nxt  # "menyelesaikan 482/574 rumah" (numbers admit only such pairs)
    if (prv is not None and not prv.excluded and prv.unit is not None
            and res["share_fwd"].fullmatch(text, prv.end, a.start)):
        return prv  # "dari 117 rumah tangga menjadi 52"
    bracketed = _before_bracket(text, atoms, i) or _after_bracket(text, atoms, i)
    if bracketed is not None:
        # "dari 51.026 desa (69,26 persen) menjadi 54.879", "naik dari 2.894 (3,93 persen)
        # tahun 2014 menjadi 5.559 desa"
        return bracketed
    part = _part_of(text, atoms, i)  # "..., dan 21 di antaranya"
    if part is not None or prv is None or prv.excluded or prv.unit is None:
        return part
    gap = text[prv.end:a.start]
    if ("," in gap and not any(ch.isdigit() for ch in gap)
            and res["total_before"].fullmatch(text, lo, prv.start)):
        return prv  # "Dari 146 rumah tangga di dusun ini, 58 ..."
    if (prv.kind in ("noun", "text") and res["parallel_after"].match(text, a.end)
            and res["parallel_gap"].fullmatch(text, prv.end, a.start)):
        return prv  # "35.680 penduduk miskin di kota, 42.030 ada di desa"
    if prv.kind in ("noun", "text") and res["change_after_count"].fullmatch(text, prv.end, a.start):
        return prv  # "menjadi 10.470 KPM, turun 6.000", "25,22 juta orang atau berkurang 680 ribu"
    if prv.kind in ("noun", "text") and res["list_item_gap"].fullmatch(text, prv.end, a.start):
        return prv  # "Parigi Moutong dengan 17.138 keluarga, Donggala dengan 10.105"
    if (prv.kind in ("noun", "text", "percent")
            and res["name_item_gap"].fullmatch(text, prv.end, a.start)
            and res["name_before"].search(text, max(lo, prv.start - 40), prv.start)):
        # "Lombok Timur 19,081 jiwa, kedua Lombok Tengah 11,072", "Sukoharjo 0,36 persen,
        # Boyolali 0,54, Kota Semarang 0,61 persen"
        return prv
    return None


def _from_neighbour(text: str, lo: int, atoms: list[_Atom], i: int, country: str | None
                    ) -> bool:
    """Give the bare ``atoms[i]`` the unit of a figure it pairs or lists with, if any."""
    a = atoms[i]
    nxt, prv = _neighbour(atoms, i, 1), _neighbour(atoms, i, -1)
    donor = _pair_donor(text, lo, atoms, i, nxt, prv)
    if (donor is None and prv is not None and not prv.excluded and prv.unit is not None
            and text.startswith(")", a.end)
            and (_res()["bracket_item_gap"].fullmatch(text, prv.end, a.start)
                 or _res()["named_item_gap"].fullmatch(text, prv.end, a.start))):
        # "TTS (119,51 ribu), Sumba Barat Daya (101,40 ribu)", "Sulawesi Tenggara (0,399)
        # dan Papua Barat (0,386)": a list of bracketed figures, of any unit
        _share_unit(a, prv)
        return True
    if donor is None and _pair_far(text, prv, a):
        donor = prv  # "menurun menjadi 28.766 desa dari tahun sebelumnya 33.902"
    if (donor is nxt and donor is not None and donor.kind == "percent"
            and _res()["share_or"].search(text, a.end, donor.start)):
        # "sebanyak 3.604 atau 66,6% desa", "752 atau 43,14% dari total 1.742 desa": the
        # count is of the noun the share is of, never a percentage itself.
        noun = _share_noun(text, atoms, i + 1, country)
        if noun is not None:
            a.unit, a.kind = noun, "noun"
            return True
        donor = None
    if donor is None or donor.kind in ("times", "point", "pp"):
        return False
    if a.scale >= 1e9 and donor.kind != "currency" and donor.scale < 1e9:
        # "sebanyak 13,6 miliar untuk 681 unit": billions of a small count are money (the
        # clause's currency, _money_without_currency), never that count
        return False
    _share_unit(a, donor)
    return True


def _from_clause(text: str, lo: int, prev_end: int, atoms: list[_Atom], i: int,
                 country: str | None) -> bool:
    """Give the bare ``atoms[i]`` the unit its own words or clause say it counts: the scale
    twin of the figure before it, money in miliar, an elided or subject noun, an index."""
    a = atoms[i]
    twin = _scale_twin(atoms, i)
    if twin is not None:
        a.unit, a.kind, a.rates = twin.unit, twin.kind, list(twin.rates)
        return True
    money = _money_without_currency(text, lo, a, atoms, country)
    if money is not None:
        a.unit, a.kind = money, "currency"
        return True
    if a.scale >= 1e9 and _res()["money_anywhere"].search(text, lo, a.start):
        return False  # money in a currency no country gives: no count either
    intro = _bracket_list_noun(text, lo, atoms, i, country) or _noun_after_share(
        text, atoms, i, country)
    if intro is not None:
        a.unit, a.kind = intro, "noun"
        return True
    if _share_subject(text, prev_end, a):
        a.unit, a.kind = "%", "percent"
        return True
    unit = (_elided_noun(text, prev_end, a.start, country)
            or _subject_noun(text, prev_end, a, country)
            or _clause_subject(text, max(lo, prev_end), a, country))
    if unit is not None:
        a.unit, a.kind = unit, "noun"
        return True
    if _is_index_value(text, lo, a) or _after_index_points(text, atoms, i):
        a.unit, a.kind, a.index = "point", "point", True
        return True
    if _poor_people_count(text, lo, a):
        a.unit, a.kind = "person", "noun"
        return True
    return False


def _poor_people_count(text: str, lo: int, a: _Atom) -> bool:
    """Thousands or millions of nothing written, in a clause about poverty (units.json
    ``poverty_count_cues``): "Angka Kemiskinan Ekstrem Tersisa 3,3 Juta"."""
    if not 1e3 <= a.scale <= 1e6 or a.num.kind != "digits":
        return False
    # the clause before the figure, within a window (no scan from the start of a huge one)
    lo = max(lo, a.start - _CLAUSE_WINDOW)
    breaks = [m.end() for m in _res()["clause_break"].finditer(text, lo, a.start)]
    start = breaks[-1] if breaks else lo
    return _res()["poverty_count"].search(text, start, a.start) is not None


_CLAUSE_WINDOW = 200


def _noun_after_share(text: str, atoms: list[_Atom], i: int, country: str | None) -> str | None:
    """The counted noun written after a bare count's bracketed share ("765.193 (4,3 persen)
    kartu masih dalam proses")."""
    a, share = atoms[i], _neighbour(atoms, i, 1)
    if share is None or share.excluded or share.kind != "percent":
        return None
    if text[a.end:share.start].strip(" \t") != "(" or not text.startswith(")", share.end):
        return None
    um = noun_at(text, share.end + 2, len(text), country) if text.startswith(") ", share.end) \
        else None
    return um.code if um is not None and um.kind == "noun" else None


def _before_bracket(text: str, atoms: list[_Atom], i: int) -> _Atom | None:
    """The counted figure before a bracketed share that stands between it and the bare
    ``atoms[i]`` ("dari 51.026 desa (69,26 persen) menjadi 54.879"): the pair's other side."""
    if i < 2:
        return None
    share, prv = atoms[i - 1], atoms[i - 2]
    if share.excluded or prv.excluded or prv.unit is None or prv.kind in ("percent", "pp"):
        return None
    if not text[prv.end:share.start].strip() == "(":
        return None
    rest = text[share.end:atoms[i].start].lstrip(" \t")  # ") menjadi "
    if not rest.startswith(")") or not _res()["share_fwd"].fullmatch(rest, 1):
        return None
    return prv


def _after_bracket(text: str, atoms: list[_Atom], i: int) -> _Atom | None:
    """The counted figure a bare ``atoms[i]`` pairs with across its own bracketed share
    ("naik dari 2.894 (3,93 persen) tahun 2014 menjadi 5.559 desa"): the pair's other side."""
    if i + 2 >= len(atoms):
        return None
    a, share = atoms[i], atoms[i + 1]
    nxt = _neighbour(atoms, i + 1, 1)
    if share.excluded or share.kind not in ("percent", "pp") or nxt is None or nxt.excluded:
        return None
    if nxt.kind not in ("noun", "text") or text[a.end:share.start].strip() != "(":
        return None
    close = text.find(")", share.end, nxt.start)  # the share's bracket, then the pair's word
    if (close < 0 or text[share.end:close].strip(" \t")
            or _res()["pair_far"].fullmatch(text, close + 1, nxt.start) is None):
        return None
    return nxt


def _part_of(text: str, atoms: list[_Atom], i: int) -> _Atom | None:
    """The total a bare part counts a share of: the last count before "N di antaranya",
    past amounts ("37 rumah tangga ... total hampir 1,9 miliar VND, dan 21 di antaranya"),
    or a count a composition cue follows, with the list's items between them ("806 orang,
    terdiri atas 616 bantuan lanjut usia, 20 dukungan keluarga, 120 untuk perawatan")."""
    a = atoms[i]
    before = [b for b in reversed(atoms[:i]) if not b.excluded and b.unit is not None]
    if not before:
        return None
    res = _res()
    if res["part_after"].match(text, a.end):
        return next((b for b in before if b.kind in ("noun", "text")), before[0])
    if not res["parallel_gap"].fullmatch(text, before[0].end, a.start):
        return None
    return next((b for b in before
                 if b.kind == "noun" and res["parts_after_total"].match(text, b.end)), None)


def _pair_far(text: str, prv: _Atom | None, a: _Atom) -> bool:
    """Whether the bare ``a`` ends a from/to pair begun by the counted ``prv`` earlier in
    the sentence, across words that name no other measure (units.json ``pair_far``)."""
    if prv is None or prv.excluded or prv.kind not in ("noun", "text") or prv.unit is None:
        return False
    res = _res()
    if res["pair_far"].fullmatch(text, prv.end, a.start) is None:
        return False
    if _prev_word(text, max(0, prv.start - 40), prv.start) in load_units()["pair_far"]["locative_before"]:
        return False
    return res["pair_measure"].search(text, prv.end, a.start) is None


def _scale_twin(atoms: list[_Atom], i: int) -> _Atom | None:
    """The figure a bare scaled number repeats ("3,704 juta jiwa di 2024, turun dari 2023
    yang sebesar 3,791 juta"): the previous figure, when it has the same scale word and
    counts a noun or an amount. Without a scale word a bare number is no twin."""
    a = atoms[i]
    prv = _neighbour(atoms, i, -1)
    if a.num.scale == 1.0 or a.value_max is not None or prv is None or prv.excluded:
        return None
    if prv.unit is None or prv.kind not in ("noun", "currency") or prv.num.scale != a.num.scale:
        return None
    return prv


def _money_without_currency(text: str, lo: int, a: _Atom, atoms: list[_Atom],
                            country: str | None) -> str | None:
    """An amount in miliar/triliun written without its currency ("senilai 15,8 triliun",
    "naik dari tahun lalu yang hanya 138 miliar" after "Rp 146 miliar"): the currency of
    the sentence's other amounts, else the country's after a money word."""
    if a.scale < 1e9 or a.value_max is not None:
        return None
    others = [b.unit for b in atoms if b is not a and not b.excluded and b.kind == "currency"]
    if others:
        return others[-1]
    cue = _res()["money_before"].search(text, max(lo, a.start - 30), a.start)
    # ... or, for billions (no count runs to billions), a money word anywhere before it in
    # its sentence ("bantuan keuangan ... untuk peningkatan RTLH sebanyak 13,6 miliar")
    cue = cue or (_res()["money_anywhere"].search(text, lo, a.start) if a.scale >= 1e9 else None)
    return load_units()["country_currency"].get(country or "") if cue is not None else None


def _neighbour(atoms: list[_Atom], i: int, step: int) -> _Atom | None:
    """The atom next to ``atoms[i]`` in direction ``step``, passing over years (a date
    between two figures of a pair: "dari 208,53 ribu pada Maret 2022 menjadi ...")."""
    j = i + step
    while 0 <= j < len(atoms):
        b = atoms[j]
        if not (b.excluded and b.num.plain_int and b.num.n_digits == 4):
            return b
        j += step
    return None


@cache
def _stock_units() -> frozenset[str]:
    return frozenset(load_units()["stock_units"])


@cache
def _house_context() -> re.Pattern[str]:
    return re.compile(load_units()["house_context"], re.IGNORECASE)


def _share_noun(text: str, atoms: list[_Atom], k: int, country: str | None) -> str | None:
    """The counted noun a share at ``atoms[k]`` is of: written right after it ("66,6% desa"),
    else the noun of the next count in the sentence ("43,14% dari total 1.742 desa")."""
    share = atoms[k]
    pos = share.end
    cop = _res()["share_copula"].match(text, pos)
    if cop is not None:
        pos = cop.end()  # "27,05% merupakan desa tertinggal"
    um = noun_at(text, pos, min(len(text), pos + 40), country)
    if um is not None and um.kind == "noun":
        return um.code
    nxt = next((b for b in atoms[k + 1:] if not b.excluded and b.kind == "noun"), None)
    if nxt is not None and _res()["total_before"].search(text, share.end, nxt.start):
        return nxt.unit
    return None


@cache
def _composition_cues() -> re.Pattern[str]:
    return re.compile(load_units()["composition_cues"], re.IGNORECASE)


def _share_rate_with_parts(qs: list[_Atom], after: list[list[str]]) -> None:
    """The parts of an amount split in one sentence take the rate written on the whole."""
    whole = next((i for i, a in enumerate(qs) if a.kind == "currency" and (a.rates or after[i])),
                 None)
    if whole is None:
        return
    rate = [*qs[whole].rates, *after[whole]]
    for i, a in enumerate(qs):
        if i != whole and a.kind == "currency" and a.unit == qs[whole].unit \
                and not a.rates and not after[i]:
            after[i] = list(rate)


@lru_cache(maxsize=8)  # asked once per sentence with a "unit": the article is read once
def _housing_article(text: str) -> bool:
    """An article about housing (a housing programme named at least twice): a bare 'unit'
    counts houses in any of its sentences ("DAK sebanyak 140 unit", issue class 6)."""
    houses = len(_house_context().findall(text))
    return houses >= 2 and houses > len(_unit_things().findall(text))


@cache
def _unit_things() -> re.Pattern[str]:
    return re.compile(load_units()["unit_things"], re.IGNORECASE)


def _rate_sentence(text: str, start: int, end: int) -> bool:
    """The sentence speaks of a rate, so its "poin" are percentage points: it has a %, or
    names a rate ("persentase", "pengangguran terbuka"), or the next sentence restates it in
    percent ("Yakni dari 10,98 persen menjadi 10,85 persen")."""
    res = _res()
    return (res["percent"].search(text, start, end) is not None
            or res["rate_subjects"].search(text, start, end) is not None
            or res["rate_restated"].match(text, end, end + 80) is not None)


def _index_named(text: str, start: int, end: int) -> int:
    """Where the sentence first names an index, when it names no rate; else -1 (one search
    per sentence, not one per figure)."""
    if _res()["rate_subjects"].search(text, start, end) is not None:
        return -1
    m = _index_cues().search(text, start, end)
    return m.start() if m else -1


@cache
def _index_cues() -> re.Pattern[str]:
    return re.compile(load_units()["index_cues"], re.IGNORECASE)


def _bare_decimal(text: str, a: _Atom) -> bool:
    """A number with decimals and no scale word; "103,00" is one though its value is whole."""
    if a.num.scale != 1.0:
        return False
    return a.num.value != int(a.num.value) or _res()["zero_decimals"].search(
        text, a.num.start, a.num.end) is not None


_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def _bracket_list_noun(text: str, lo: int, atoms: list[_Atom], i: int, country: str | None
                       ) -> str | None:
    """"Berikut data KPM di kabupaten kota : Balangan (6.713), Banjar (19.545), ...": the
    bracketed figures of a list of places after a colon count the first counted noun (not
    a place noun) of the list's introduction, when no figure of the list has a unit."""
    a = atoms[i]
    if not text.startswith(")", a.end):
        return None
    window = text[max(lo, a.start - 60):a.start]
    if _res()["bracket_item"].search(window) is None:
        return None
    colon = text.rfind(":", lo, a.start)
    if colon < 0 or any(b.unit is not None and not b.excluded and colon < b.start < a.start
                        for b in atoms):
        return None
    pos = lo
    while pos < colon:
        um = noun_at(text, pos, colon, country)
        if um is not None and um.kind == "noun" and um.code not in LEVEL_RANK:
            return um.code
        nxt = _SPACES.search(text, pos, colon)
        if nxt is None:
            return None
        pos = nxt.end()
    return None


def _share_subject(text: str, lo: int, a: _Atom) -> bool:
    """A bare decimal below 100 that the word for a percentage governs, with no figure
    between (units.json ``share_subject``): the writer dropped "persen"."""
    if not _bare_decimal(text, a) or a.value >= 100:
        return False
    last = None
    for m in _res()["share_subject"].finditer(text, max(lo, a.start - 90), a.start):
        last = m
    return last is not None and not any(ch.isdigit() for ch in text[last.end():a.start])


def _is_index_value(text: str, lo: int, a: _Atom) -> bool:
    """A bare decimal ("1,53") in a clause about an index is an index value."""
    if not _bare_decimal(text, a):
        return False
    semi = text.rfind(";", lo, a.start)
    if semi > lo and _res()["list_opener_end"].search(text, max(lo, semi - 20), semi):
        # "... angka rasio gini di atas rata-rata antara lain; Gorontalo sebesar 0,407": the
        # semicolon opens the list, it ends no clause
        semi = text.rfind(";", lo, semi)
    clause_start = max(semi + 1, lo, a.start - 120)
    if _index_cues().search(text, clause_start, a.start) is not None:
        return True
    # "... Indeks Kedalaman Kemiskinan (P1) untuk perkotaan sebesar 1,021. Sedangkan di
    # perdesaan ..., yaitu mencapai 2,228": a sentence that goes on from the one before
    # (units.json ``continues_previous``) is about its index.
    if clause_start != lo or _res()["continues_previous"].match(text, lo) is None:
        return False
    prev_start = max(0, text.rfind("\n", 0, lo) + 1, lo - 160)
    return _index_cues().search(text, prev_start, lo) is not None


def _after_index_points(text: str, atoms: list[_Atom], i: int) -> bool:
    """A bare decimal after a change in index points ("turun sebesar 0,008 poin dibanding
    Maret 2023 yang sebesar 0,348"): the index's own value."""
    return _bare_decimal(text, atoms[i]) and any(not b.excluded and b.kind == "point"
                                           for b in atoms[:i])


def _elided_noun(text: str, lo: int, pos: int, country: str | None) -> str | None:
    """Unit of "jumlah <counted noun> ... <number>" ("jumlah rumah tangga etnis minoritas adalah 417")."""
    lo = max(lo, pos - load_units()["elided_noun_window"])
    last = None
    for m in _res()["jumlah"].finditer(text, lo, pos):
        last = m
    if last is None:
        return None
    um = noun_at(text, last.end() + 1, pos, country)
    if um is None:
        # Allow one word in between: "jumlah total rumah tangga", "jumlah seluruh penduduk".
        w = re.compile(WS + r"+\S+").match(text, last.end(), pos)
        if w is not None:
            um = noun_at(text, w.end() + 1, pos, country)
    if um is None or um.kind != "noun":
        return None
    return um.code


def _cut_at_end(text: str, a: _Atom, tail: str = "cut_tail") -> bool:
    """A figure the excerpt's end cuts (GUIDELINES R 27): the text ends in the word it
    counts, one the lexicon does not know ("Kabupaten Buol 790 uni", "sebanyak 1.342 ruma"),
    or a bare number (no unit, scale word or currency sign) is followed by nothing but the
    start of a word ("bertambah 3.750 o", "Turun 530 "). With ``tail="cut_tail"`` a bare
    number that ends the text is cut too; with ``"started_tail"`` it stays, its unit shared
    with the figure it pairs with ("24.6 persen turun menjadi 24.1")."""
    res = _res()
    if a.kind == "fallback":
        return res["non_space"].search(text, a.end) is None
    bare = a.end <= a.num.end and a.num.scale == 1.0 and not a.has_prefix
    return bare and res[tail].fullmatch(text, a.end) is not None


def _subject_noun(text: str, lo: int, a: _Atom, country: str | None) -> str | None:
    """Unit of a bare number after its subject ("penduduk miskinnya naik sekitar 5,6 ribu"):
    the coded noun of one of the last few words, with only subject_gap words between. A
    number that ends the text may be cut off ("Penduduk miskin 26" at an excerpt's end)."""
    pos = a.start
    if _res()["non_space"].search(text, a.end) is None:  # not a slice of the rest per number
        return None
    lo = max(lo, pos - 60)
    starts = [m.start() for m in _res()["word_start"].finditer(text, lo, pos)][-6:]
    for s in reversed(starts):
        um = noun_at(text, s, pos, country)
        # a noun as written ("balita stunting sekitar 485.000") only for a count in digits
        text_ok = a.num.kind == "digits"
        # (a place level counts when no name follows it: "desa berkembang 1.159 (61,26
        # persen)", "Desa maju 127" - not "Kabupaten Siak 12")
        if um is not None and (um.kind == "noun" or (text_ok and um.kind == "text")) \
                and (um.code not in _stock_units()
                     or (um.code in LEVEL_RANK and not _level_before_name(text, um))):
            gap = text[um.end:pos]
            if um.code in LEVEL_RANK and _res()["demonstrative"].search(gap):
                return None  # "kota itu turun menjadi 9": that one town, no count of towns
            return um.code if _res()["subject_gap"].fullmatch(gap) else None
    return None


def _clause_subject(text: str, lo: int, a: _Atom, country: str | None) -> str | None:
    """Unit of a bare number that ends a clause opening with a counted noun ("Penduduk
    Miskin di Sumbar Bertambah, Per September 2022 Capai 343,82 Ribu"; units.json
    ``clause_subject_verbs``): the nearest clause start, at the sentence start or after a
    comma, whose first words are a coded noun."""
    res = _res()
    if res["non_space"].search(text, a.end) is None:  # cut off at the excerpt's end (R 27)
        return None
    starts = [lo, *(m.end() for m in res["clause_break"].finditer(text, lo, a.start))]
    for cs in reversed(starts):
        opener = res["clause_opener"].match(text, cs, a.start)
        um = noun_at(text, opener.end() if opener else cs, a.start, country)
        if um is None or um.kind != "noun":
            continue
        if _level_before_name(text, um):
            return None  # "Kabupaten Indragiri Hilir sebanyak 43,22 ribu": a place, no count
        if (res["clause_verb_gap"].fullmatch(text, um.end, a.start) is None
                or res["pair_measure"].search(text, um.end, a.start) is not None):
            return None
        return um.code
    return None


def _level_before_name(text: str, um: UnitMatch) -> bool:
    """A place-level noun followed by a capitalised word names that place ("Kabupaten
    Siak"); it counts nothing."""
    if um.code not in LEVEL_RANK:
        return False
    word = _res()["word_start"].search(text, um.end, um.end + 40)
    if word is None or not text[word.start()].isupper():
        return False
    # ... but a village status in a headline's capitals is a category ("Desa Mandiri")
    name = _WORD.match(text, word.start())
    return name is not None and name.group(0).lower() not in load_units()["level_categories"]


def _noun_after_more(text: str, n: NumberSpan, hi: int, country: str | None,
                     a: _Atom) -> UnitMatch | None:
    """"9 ribu lebih masyarakat": "lebih" between a count and its noun says more than it
    (SPEC's qualifier word); the noun after it is the unit. Not "300 lebih besar dari"."""
    if n.kind not in ("digits", "words"):
        return None
    m = _res()["more_before_noun"].match(text, n.end, hi)
    if m is None or next_word(text, m.end(), hi) in _qual()["after_blockers"]:
        return None
    um = match_unit(text, m.end(), hi, fallback=n.kind == "digits", country=country)
    if um is None or um.kind not in ("noun", "text", "fallback"):
        return None
    a.qualifier = "more_than"
    return um


def _qualifier(text: str, lo: int, hi: int, a: _Atom) -> str | None:
    q = _qual()
    m = q["before_re"].search(text, max(lo, a.start - 40), a.start)
    if m is not None:
        words = m.group(0).strip(" (").lower().split()
        if len(words) > 1 and words[-1] in q["fillers"]:
            words = words[:-1]  # "minimal sebanyak": the qualifier without its filler
        key = " ".join(words)
        if key in q["before"]:
            return q["before"][key]
    if a.kind != "times":
        m = q["after_re"].match(text, a.end, hi)
        if m is not None:
            word = next_word(text, m.end(), hi)
            phrase = " ".join(m.group(1).lower().split())
            # Only a lone "lebih" can be comparative ("500 petani lebih sejahtera").
            if phrase != "lebih" or word not in q["after_blockers"]:
                return q["after"][" ".join(m.group(1).lower().split())]
    if a.num.kind == "vague" or a.num.odd:
        return "more_than"
    return None


def _propagate_rates(text: str, qs: list[_Atom], after: list[list[str]]) -> None:
    # "2,8 juta dong (sekitar Rp1,8 juta) per bulan": the rate belongs to both amounts; so
    # does one written on the converted amount ("USD 1,9 atau setara Rp10.739/orang/hari").
    chain, parallel = _res()["chain"], _res()["parallel_rate"]
    for k in range(len(qs) - 1, 0, -1):
        rate = after[k] or (qs[k].rates if qs[k].kind == "currency" else [])
        if not rate:
            continue
        j = k - 1
        while j >= 0:
            p, q = qs[j], qs[j + 1]
            # ... and "menjadi 2,8 juta dong serta pendapatan perdesaan menjadi 2,2 juta dong
            # per orang per bulan": one currency in parallel clauses
            chained = chain.fullmatch(text, p.end, q.start) is not None
            linked = chained or (p.unit == q.unit and parallel.fullmatch(text, p.end, q.start))
            if after[j] or p.rates or not linked:
                break
            same = (p.kind == "currency" and qs[k].kind == "currency") or p.unit == qs[k].unit
            # "Rp4,4 miliar atau sekitar Rp15 juta per unit": one currency at another
            # magnitude is the total broken down, not the same amount restated
            if not same or (chained and p.unit == q.unit and not _restated(p.value, q.value)):
                break
            after[j] = list(rate)
            j -= 1
    # "dari Rp583.957 per kapita per bulan pada 2024, menjadi Rp602.564": the second of a
    # from-to pair takes the rate written on the first.
    _share_forward(text, qs, after, _res()["share_fwd"], lambda p, q: p.unit == q.unit)
    # "Rp 300 ribu per bulan, sedangkan yang sudah bersekolah Rp 200 ribu": contrasted
    # amounts of one currency, the second writing no rate, share the first's.
    _share_forward(text, qs, after, _res()["contrast_rate"],
                   lambda p, q: p.kind == q.kind == "currency" and p.unit == q.unit)
    _rate_to_compared_level(text, qs, after)
    # "2.200.000 VND per bulan, atau sekitar Rp1,4 juta": the converted amount after a rate
    # written on the first takes it too (issue class 5).
    _share_forward(text, qs, after, chain,
                   lambda p, q: p.kind == q.kind == "currency" and p.unit != q.unit)


def _restated(a: float, b: float) -> bool:
    """Two values close enough to be one amount written twice (rounded: "Rp1,5 juta atau
    Rp1.500.000")."""
    lo, hi = sorted((abs(a), abs(b)))
    return hi == 0 or (lo > 0 and hi / lo <= 1.2)


def _share_forward(text: str, qs: list[_Atom], after: list[list[str]], gap: re.Pattern[str],
                   pair: Callable[[_Atom, _Atom], bool]) -> None:
    """Each amount that writes no rate takes the rate written after the amount before it,
    where ``pair`` holds for the two and ``gap`` is all that stands between that rate and it."""
    for j in range(len(qs) - 1):
        p, q = qs[j], qs[j + 1]
        if after[j] and not after[j + 1] and not q.rates and pair(p, q):
            rate_end = rate_phrase(text, p.end, q.start, flow=True)[1]
            if rate_end > p.end and gap.fullmatch(text, rate_end, q.start):
                after[j + 1] = list(after[j])


def _rate_to_compared_level(text: str, qs: list[_Atom], after: list[list[str]]) -> None:
    """"Rp447.811 per kapita per bulan, dari Rp421.560", "Rp553.218 per kapita per bulan, naik
    2,07 persen dibandingkan Maret 2024 yang sebesar Rp541.999", "Rp 507.001 atau naik dari
    sebelumnya Rp 477.580 per kapita per bulan": a level and the earlier level it is
    compared with share the rate written on one of them, past figures of another kind (the
    change in percent) but no other figure of their own kind."""
    # (not shares: "turun 1,5 persen per tahun, dari 10 persen" is no yearly 10 percent)
    for kind in sorted({a.kind for a in qs if a.kind not in ("times", "percent", "pp", "point")}):
        _share_compared_rate(text, qs, after, [i for i, a in enumerate(qs) if a.kind == kind])


def _share_compared_rate(text: str, qs: list[_Atom], after: list[list[str]], same: list[int]
                         ) -> None:
    for j, k in pairwise(same):
        p, q = qs[j], qs[k]
        if p.unit != q.unit or p.rates or q.rates or bool(after[j]) == bool(after[k]):
            continue
        gap_start = rate_phrase(text, p.end, q.start, flow=True)[1] if after[j] else p.end
        gap = text[gap_start:q.start]
        if len(gap) <= 120 and "\n" not in gap and _res()["compared_level"].search(gap):
            if after[j]:
                after[k] = list(after[j])
            else:
                after[j] = list(after[k])
