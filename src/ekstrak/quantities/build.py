"""Building one number's atom: its currency, unit or counted noun, and its exclusions.

``_atom`` reads what is written around a number from ``ekstrak.numbers``: a currency
prefix and scale word ("Rp 1,8 juta"), a unit or counted noun ("9 ribu lebih
masyarakat"), "/" rates, a share word ("setengah dari"), "kali" as a ratio or a frequency;
then it mends the evident number (``scale``) and applies the context exclusions
(``exclusions``). A number with no unit here is bare; ``bare`` may give it one later.
"""

from __future__ import annotations

from ekstrak.numbers import NumberSpan, progress_pair
from ekstrak.units import (
    UnitMatch,
    currency_prefix,
    currency_scale,
    load_units,
    match_unit,
    next_word,
    noun_at,
    rate_words,
    slash_rates,
)

from .atom import _Atom, _prev_word
from .exclusions import _context_exclusions
from .lexicon import _qual, _res
from .scale import _comma_for_thousands, _dot_for_decimal_comma, _most_people, _redundant_scale


def _bare_dash(text: str, end: int, hi: int, unit: str | None) -> bool:
    """A rupiah dash typed with no comma before it ("Rp346.466- per kapita"): a dash right
    after a rupiah amount with a rate, a stop or nothing after it; a dash before a second
    amount is a range ("Rp10 juta-Rp15 juta", "US$10 juta-US$15 juta")."""
    if unit != "IDR" or not text.startswith("-", end) or end + 1 > hi:
        return False
    rest = text[end + 1 : end + 12].lstrip(" ")
    return (rest[:1] in ("", "/", "\n", ",", ".", ";", ")")
            or bool(rate_words(text, end + 1, hi, flow=True)))


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
        elif _bare_dash(text, a.end, hi, a.unit):
            a.end += 1  # "Rp346.466- per kapita per bulan": the dash typed without its comma
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
    _dot_for_decimal_comma(text, n, a, country)
    _redundant_scale(text, n, a, country)
    _context_exclusions(text, lo, hi, a)
    if a.end > hi:
        a.excluded = True
    return a


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
