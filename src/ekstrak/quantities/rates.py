"""Rates shared between amounts: one rate written once for several of them.

"2,8 juta dong (sekitar Rp1,8 juta) per bulan" gives the rate to both amounts; so do a
from-to pair, contrasted amounts of one currency, a converted amount, a level and the
earlier level it is compared with, and the parts of an amount split in one sentence. Only
within one sentence, and never between amounts of different magnitude ("Rp4,4 miliar
atau sekitar Rp15 juta per unit" is a total broken down).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from ekstrak.units import rate_phrase

from .atom import _Atom
from .lexicon import _res

# Units whose after-rates include "setiap/tiap X" (flows of money or shares).
_FLOW_KINDS = {"currency", "percent", "pp"}


# ... and counted nouns, coded or as written, but for stocks ("45 hektar ... setiap tahun").
_NOUN_KINDS = {"noun", "text", "fallback"}


def _share_rate_with_parts(qs: list[_Atom], after: list[list[str]], cue_start: int,
                           cue_end: int) -> None:
    """The parts of an amount split in one sentence take the rate written on the whole: the
    whole stands before the composition cue ("Rp582.932/kapita/bulan dengan komposisi ..."),
    its parts after it. A rate inside the breakdown ("dengan rincian ... Rp50 juta per unit,
    sehingga total Rp267,3 miliar") is no whole's."""
    whole = next((i for i, a in enumerate(qs) if a.kind == "currency" and a.end <= cue_start
                  and (a.rates or after[i])), None)
    if whole is None:
        return
    rate = [*qs[whole].rates, *after[whole]]
    for i, a in enumerate(qs):
        if a.start >= cue_end and a.kind == "currency" and a.unit == qs[whole].unit \
                and not a.rates and not after[i]:
            after[i] = list(rate)


def _propagate_rates(text: str, qs: list[_Atom], after: list[list[str]]) -> None:
    # "2,8 juta dong (sekitar Rp1,8 juta) per bulan": the rate belongs to both amounts; so
    # does one written on the converted amount ("USD 1,9 atau setara Rp10.739/orang/hari").
    chain, parallel, listed = _res()["chain"], _res()["parallel_rate"], _res()["list_rate"]
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
            linked = chained or (p.unit == q.unit and (
                parallel.fullmatch(text, p.end, q.start) is not None
                or (listed.fullmatch(text, p.end, q.start) is not None
                    and _restated(p.value, q.value, 10.0))))
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
    # (one magnitude: "Rp5 juta per unit dan untuk pengawasan Rp2 miliar" is another thing)
    _share_forward(text, qs, after, _res()["contrast_rate"],
                   lambda p, q: p.kind == q.kind == "currency" and p.unit == q.unit
                   and _restated(p.value, q.value, 10.0))
    _share_down_a_list(text, qs, after, listed)
    _rate_to_compared_level(text, qs, after)
    # "2.200.000 VND per bulan, atau sekitar Rp1,4 juta": the converted amount after a rate
    # written on the first takes it too (issue class 5).
    _share_forward(text, qs, after, chain,
                   lambda p, q: p.kind == q.kind == "currency" and p.unit != q.unit)


def _share_down_a_list(text: str, qs: list[_Atom], after: list[list[str]],
                       listed: re.Pattern[str]) -> None:
    """"Rp90 juta per unit, BSI Rp115 juta, BAS Rp105 juta, dan PT Mon Jambe sekitar Rp100
    juta": the rate written on a list's first amount goes down the list, item by item, while
    each is of the same currency and magnitude and writes no rate of its own."""
    for j in range(len(qs) - 1):
        p, q = qs[j], qs[j + 1]
        if not after[j] or after[j + 1] or q.rates or p.kind != "currency" \
                or q.kind != "currency" or p.unit != q.unit or not _restated(p.value, q.value, 10.0):
            continue
        written = rate_phrase(text, p.end, q.start, flow=True)
        gap_start = written[1] if written[0] else p.end
        if listed.fullmatch(text, gap_start, q.start):
            after[j + 1] = list(after[j])


def _restated(a: float, b: float, ratio: float = 1.2) -> bool:
    """Two values close enough to be one amount written twice (rounded: "Rp1,5 juta atau
    Rp1.500.000"); with a larger ``ratio``, two amounts of one magnitude."""
    lo, hi = sorted((abs(a), abs(b)))
    return hi == 0 or (lo > 0 and hi / lo <= ratio)


def _share_forward(text: str, qs: list[_Atom], after: list[list[str]], gap: re.Pattern[str],
                   pair: Callable[[_Atom, _Atom], bool]) -> None:
    """Each amount that writes no rate takes the rate written after the amount before it,
    where ``pair`` holds for the two and ``gap`` is all that stands between that rate and it."""
    for j in range(len(qs) - 1):
        p, q = qs[j], qs[j + 1]
        # (a rate inside the first amount's span counts: "Rp483.667/kapita/bulan dan untuk
        # daerah pedesaan sebesar Rp445.815")
        rate = after[j] or (p.rates if p.kind == "currency" else [])
        if rate and not after[j + 1] and not q.rates and pair(p, q):
            rate_end = rate_phrase(text, p.end, q.start, flow=True)[1] if after[j] else p.end
            if (rate_end > p.end or not after[j]) and gap.fullmatch(text, rate_end, q.start):
                after[j + 1] = list(rate)


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
