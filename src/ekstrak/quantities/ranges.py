"""Ranges: two numbers joined by a dash, "hingga", "sampai" or "antara X dan Y".

A range gives one atom with ``value_max``; the first number inherits the second's scale
and unit ("30-50 juta", "Rp5–10 juta"). A range must increase, and by less than a factor
of 100; hyphenated digits that form no range ("18-01-2022", "0812-3456") and numbers
glued to digits by a hyphen are excluded.
"""

from __future__ import annotations

from .atom import _Atom
from .lexicon import _res


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
