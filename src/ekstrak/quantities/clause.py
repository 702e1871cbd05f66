"""A bare number's unit from its own words or clause, when no neighbour gives one.

The scale twin of the figure before it, money in miliar without its currency, the counted
noun a bracketed list or a share introduces, a share whose "persen" was dropped, an
elided noun ("jumlah rumah tangga ... adalah 417"), the clause's subject ("penduduk
miskinnya naik sekitar 5,6 ribu"), an index value ("Gini Ratio 0,321") or a count of poor
people in a clause about poverty. Each reader looks back a bounded window, never over a
whole long sentence per figure.
"""

from __future__ import annotations

import re

from ekstrak.numbers import WS
from ekstrak.places import LEVEL_RANK
from ekstrak.units import UnitMatch, load_units, noun_at

from .atom import _Atom, _neighbour
from .lexicon import _index_cues, _res, _stock_units


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
    intro = (_list_intro_noun(text, lo, atoms, i, country)
             or _noun_after_share(text, atoms, i, country) or _count_before_share(lo, atoms, i, text))
    if intro is not None:
        a.unit, a.kind = intro, "noun"
        return True
    if _share_subject(text, prev_end, a) or _zero_rate(text, prev_end, a):
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


def _count_before_share(lo: int, atoms: list[_Atom], i: int, text: str) -> str | None:
    """A bare count followed by its share ("Dari 5.204 desa di Papua, sebanyak 4.049 atau
    77,81 persen", "Jayawijaya sebesar 67.720 jiwa atau 30,84%, Kabupaten Puncak Jaya
    sebanyak 35.180 atau 26,53%"): it counts what the sentence's last counted figure
    before it counts."""
    a, share = atoms[i], _neighbour(atoms, i, 1)
    if (share is None or share.excluded or share.kind != "percent" or a.num.scale != 1.0
            or a.value != int(a.value) or a.value_max is not None):
        return None
    if _res()["share_gap_count_share"].fullmatch(text, a.end, share.start) is None:
        return None
    counted = next((b for b in reversed(atoms[:i]) if not b.excluded and b.start >= lo
                    and b.kind != "percent"), None)
    if counted is None or counted.kind != "noun" or counted.unit is None:
        return None
    # only places, shares and count words between: "penerima bantuan mencapai 4.049" after
    # "Dari 50 desa" counts something else
    gap = _res()["share_gap_count_list"].fullmatch(text, counted.end, a.start)
    return counted.unit if gap is not None else None


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


def _bare_decimal(text: str, a: _Atom) -> bool:
    """A number with decimals and no scale word; "103,00" is one though its value is whole."""
    if a.num.scale != 1.0:
        return False
    return a.num.value != int(a.num.value) or _res()["zero_decimals"].search(
        text, a.num.start, a.num.end) is not None


_SPACES = re.compile(r"\s+")


_WORD = re.compile(r"\w+")


def _list_intro_noun(text: str, lo: int, atoms: list[_Atom], i: int, country: str | None
                     ) -> str | None:
    """"Berikut data KPM di kabupaten kota : Balangan (6.713), Banjar (19.545)", "penduduk
    miskin ekstrem tersebar di Kota Pangkalpinang (3.225) serta Kabupaten Bangka (1.717)",
    "75 KPM, terdiri dari Kecamatan Parigi 2, Mangunjaya 6": a bare number that is an item of
    a list of named items (bracketed after a name, or a name then the number) counts what the
    list's introduction counted, when no figure of the list has a unit: the count the
    introduction follows, else its first counted noun (not a place noun)."""
    a = atoms[i]
    if not (_named_item(text, lo, a) and any(
            _named_item(text, lo, b) for b in (_neighbour(atoms, i, -1), _neighbour(atoms, i, 1))
            if b is not None and not b.excluded)):
        return None
    window = load_units()["list_intro_window"]
    intro = None
    for m in _res()["list_intro"].finditer(text, max(lo, a.start - window), a.start):
        intro = m
    if intro is None or any(b.unit is not None and not b.excluded
                            and intro.start() < b.start < a.start for b in atoms):
        return None
    total = next((b for b in reversed(atoms) if not b.excluded and b.end <= intro.start()
                  and b.start >= lo), None)
    if (total is not None and total.kind == "noun" and total.unit is not None
            and not any(ch.isdigit() for ch in text[total.end:intro.start()])
            and intro.start() - total.end <= 12):
        return total.unit  # "75 KPM, terdiri dari ...": the parts of that total
    pos = max(lo, intro.start() - window)
    if pos > lo:  # from the first whole word of the window
        nxt = _SPACES.search(text, pos, intro.start())
        pos = nxt.end() if nxt is not None else intro.start()
    while pos < intro.start():
        um = noun_at(text, pos, intro.start(), country)
        if um is not None and um.kind == "noun" and um.code not in LEVEL_RANK:
            return um.code
        nxt = _SPACES.search(text, pos, intro.start())
        if nxt is None:
            return None
        pos = nxt.end()
    return None


def _named_item(text: str, lo: int, a: _Atom) -> bool:
    """``a`` stands as a list item after a name: "Balangan (6.713)" or "Mangunjaya 6,"."""
    res = _res()
    window = text[max(lo, a.start - 60):a.start]
    if text.startswith(")", a.end):
        return res["bracket_item"].search(window) is not None
    return (res["name_before_item"].search(window) is not None
            and res["item_end"].match(text, a.end) is not None)


def _governed(subject: str, text: str, lo: int, a: _Atom) -> bool:
    """A word of the ``subject`` pattern stands in the 90 characters before the bare ``a``
    with no figure between: it governs ``a``."""
    last = None
    for m in _res()[subject].finditer(text, max(lo, a.start - 90), a.start):
        last = m
    return last is not None and not any(ch.isdigit() for ch in text[last.end():a.start])


def _share_subject(text: str, lo: int, a: _Atom) -> bool:
    """A bare decimal below 100 that the word for a percentage governs, with no figure
    between (units.json ``share_subject``): the writer dropped "persen"."""
    return _bare_decimal(text, a) and a.value < 100 and _governed("share_subject", text, lo, a)


def _zero_rate(text: str, lo: int, a: _Atom) -> bool:
    """A bare zero that a rate's subject governs, with no figure between (units.json
    ``zero_rate_subject``: "kemiskinan ekstrem ini harus nol"): zero percent; not an index's
    ("indeks kedalaman kemiskinan itu, semakin mendekati 0", points)."""
    return (a.value == 0 and a.value_max is None and _governed("zero_rate_subject", text, lo, a)
            and _index_cues().search(text, max(lo, a.start - 90), a.start) is None)


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
    if _index_fraction(text, a):
        return True
    # "... Indeks Kedalaman Kemiskinan (P1) untuk perkotaan sebesar 1,021. Sedangkan di
    # perdesaan ..., yaitu mencapai 2,228": a sentence that goes on from the one before
    # (units.json ``continues_previous``) is about its index.
    if clause_start != lo or _res()["continues_previous"].match(text, lo) is None:
        return False
    prev_start = max(0, text.rfind("\n", 0, lo) + 1, lo - 160)
    return _index_cues().search(text, prev_start, lo) is not None


_FRACTION3 = re.compile(r"0[.,]\d{3}")


def _index_fraction(text: str, a: _Atom) -> bool:
    """"0,417" with an index cue a few sentences before (units.json ``index_fraction_window``):
    a list of places' Gini ratios going on past the sentence that names the ratio."""
    if _FRACTION3.fullmatch(text, a.num.start, a.num.end) is None:
        return False
    window = load_units()["index_fraction_window"]
    return _index_cues().search(text, max(0, a.start - window), a.start) is not None


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
