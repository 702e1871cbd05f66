"""Numbers that are no quantity because of the words around them.

Identifiers after "Pasal", "Nomor" or "level" (``units.json: not_quantity_before``),
ordinals ("ke-3"), dates next to a month, years, a group's name ("kelompok 40 persen
terbawah"), a denominator ("untuk 1 unit rumah"), counts of a list's parts and numbers
inside a URL or file name. Each rule marks the atom excluded rather than dropping it: the
range and bare-number stages still see it beside its neighbours (a year between the two
figures of a pair is passed over).
"""

from __future__ import annotations

import re
from functools import cache

from ekstrak.numbers import NumberSpan
from ekstrak.units import is_month, load_units, next_word

from .atom import _Atom, _prev_word
from .lexicon import _res


@cache
def _year_context() -> frozenset[str]:
    """Words after which a plain 4-digit number is a year ("tahun 2018", "Dibandingkan 2018
    penduduk miskin ...")."""
    return frozenset(load_units()["year_context_before"])


_WORD_END = re.compile(r"[ \t]*\w+")


def _group_position(text: str, end: int, hi: int, g: dict[str, list[str]]) -> tuple[str, bool]:
    """The word that places a percentage's group, past one group noun ("40 persen penduduk
    terbawah", "40 persen lapisan menengah"), and whether a group noun stood before it; "ke
    atas" and "ke bawah" read as one word (units.json ``group_share``)."""
    word, past_noun = next_word(text, end, hi), False
    if word in g["nouns"]:
        m = _WORD_END.match(text, end, hi)
        end, word = m.end() if m else end, next_word(text, m.end() if m else end, hi)
        past_noun = True
    if word == "ke":
        m = _WORD_END.match(text, end, hi)
        word = "ke " + next_word(text, m.end(), hi) if m else word
    return word, past_noun


def _names_a_group(text: str, lo: int, hi: int, a: _Atom, prev: str) -> bool:
    g = load_units()["group_share"]
    after, past_noun = _group_position(text, a.end, hi, g)
    headed = after in g["headed_positions"]
    if after not in g["superlatives"] and after not in g["positions"] and not headed:
        return False
    if prev in g["heads"] or (a.unit == "%" and (after in g["positions"] or (headed and past_noun))):
        return True
    # ... or one word before it: "kelompok masyarakat 40 persen terendah"
    i = a.start
    while i > lo and text[i - 1] in " \t":
        i -= 1
    return bool(prev) and _prev_word(text, lo, i - len(prev)) in g["heads"]


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
    elif a.unit in u["kind_nouns"] and a.value_max is None:
        a.excluded = True  # "harus memenuhi 3 kriteria", "5 bidang yakni ...": kinds (R 38)
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
