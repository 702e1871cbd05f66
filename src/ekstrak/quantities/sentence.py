"""What the whole sentence or article says about its figures' final units.

Whether the sentence speaks of a rate (its "poin" are percentage points) or names an
index, whether the article is about housing (a bare "unit" counts houses), and whether a
count of one is the unit an amount is priced per ("Satu unit rumah dengan anggaran Rp10
juta"), no statistic. The sentence and article are read at most once per sentence, and only
when a figure needs it: most sentences have no "poin" and no "unit".
"""

from __future__ import annotations

from functools import lru_cache

from ekstrak.units import load_units

from .atom import _Atom
from .lexicon import _house_context, _index_cues, _res, _unit_things


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


@lru_cache(maxsize=8)  # asked once per sentence with a "unit": the article is read once
def _housing_article(text: str) -> bool:
    """An article about housing (a housing programme named at least twice): a bare 'unit'
    counts houses in any of its sentences ("DAK sebanyak 140 unit", issue class 6)."""
    houses = len(_house_context().findall(text))
    return houses >= 2 and houses > len(_unit_things().findall(text))


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
