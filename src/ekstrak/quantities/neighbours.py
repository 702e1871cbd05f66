"""A bare number's unit from a figure beside it: pairs, parts, parallels and lists.

"dari 117 menjadi 52 rumah tangga", "dari 117 rumah tangga menjadi 52", "21 di
antaranya", "35.680 penduduk miskin di kota, 42.030 ada di desa", "Parigi Moutong dengan
17.138 keluarga, Donggala dengan 10.105", bracketed lists ("TTS (119,51 ribu), Sumba Barat
Daya (101,40 ribu)") and a count with its share ("3.604 atau 66,6% desa"). The linking
words are lexicon data (``units.json: shared_noun``); the donor's scale goes with its unit.
"""

from __future__ import annotations

import math

from ekstrak.units import load_units, noun_at

from .atom import _Atom, _neighbour, _prev_word
from .lexicon import _res


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
    if prv is not None and _restates(text, prv, a):
        return prv  # "sekitar Rp.200 miliar (200.405.000.000)": the amount written in full
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
    if prv.kind in ("noun", "text") and _noun_elided_in_list(text, prv, a):
        return prv  # "1.501 rumah rusak berat, 3.487 rusak sedang, dan 4.731 rumah ..."
    return _item_head(text, lo, atoms, i)


def _noun_elided_in_list(text: str, prv: _Atom, a: _Atom) -> bool:
    """The bare ``a`` is a list item whose counted noun is elided: the word after it is the
    word that followed the noun of the item before ("1.501 rumah rusak berat, 3.487 rusak
    sedang": both count damaged houses)."""
    res = _res()
    gap = res["elided_gap"].fullmatch(text, prv.end, a.start)
    if gap is None:
        return False
    mine = res["first_word"].match(text, a.end)
    theirs = res["first_word"].match(text, prv.end)
    return (mine is not None and theirs is not None
            and mine.group(1).lower() == theirs.group(1).lower())


def _item_head(text: str, lo: int, atoms: list[_Atom], i: int) -> _Atom | None:
    """The count the list item before the bare ``atoms[i]`` opened with, when that item went on
    to its share ("Pagaralam 13.270 jiwa dengan persentase 9,40 persen, OKU Timur 72.889 dengan
    persentase 10,60 persen"): the next item's first number counts the same."""
    if i < 2:
        return None
    share, head, res = atoms[i - 1], atoms[i - 2], _res()
    if (share.excluded or share.kind != "percent" or head.excluded
            or head.kind not in ("noun", "text") or head.unit is None):
        return None
    tail = text[head.end:share.start]
    if len(tail) > 40 or any(ch.isdigit() or ch in ",;" for ch in tail):
        return None
    if not (res["name_item_gap"].fullmatch(text, share.end, atoms[i].start)
            and res["name_before"].search(text, max(lo, head.start - 40), head.start)):
        return None
    return head


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


def _restates(text: str, prv: _Atom, a: _Atom) -> bool:
    """The bare ``a`` in brackets right after the amount ``prv`` writes it out in full: its
    digits lead as the amount's do ("Rp.200 miliar (200.405.000.000)"; a page that wrote
    "Rp1,838 miliar (1.838.055.000.000)" restates it too, off by its scale word)."""
    if (prv.excluded or prv.kind != "currency" or prv.value <= 0 or a.value < 1000
            or text[prv.end:a.start].strip(" \t") != "(" or not text.startswith(")", a.end)):
        return False
    off = math.log10(a.value / prv.value)
    return abs(off - round(off)) < 0.01


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
    if prv is None or prv.excluded or prv.unit is None:
        return False
    # ... or by a share ("turun dari sebesar 9,52% di tahun 2021, menjadi 2,78 di tahun
    # 2022"), for a bare decimal below a hundred
    share = (prv.kind == "percent" and a.num.value != int(a.num.value) and a.value < 100
             and a.num.scale == 1.0)
    if prv.kind not in ("noun", "text") and not share:
        return False
    res = _res()
    if share and res["share_gap_share_pair"].fullmatch(text, prv.end, a.start) is None:
        return False  # "... dari 6,2 persen, sedangkan jumlah anggota ... menjadi 3,8": another
    if res["pair_far"].fullmatch(text, prv.end, a.start) is None:
        return False
    if _prev_word(text, max(0, prv.start - 40), prv.start) in load_units()["pair_far"]["locative_before"]:
        return False
    return res["pair_measure"].search(text, prv.end, a.start) is None


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
