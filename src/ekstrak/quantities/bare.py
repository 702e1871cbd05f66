"""Bare numbers: which of them are quantities, and whose unit they take.

A number without a unit is kept only when its noun is shared or elided: it takes the unit
of the figure it pairs or lists with (``neighbours``), else the one its own clause says it
counts (``clause``), else, with a scale word or its share beside it, what this sentence or
the one before counted. Any other bare number is no QUANTITY, and so is one the excerpt's
end cuts (GUIDELINES R 27).
"""

from __future__ import annotations

from ekstrak.units import load_units

from .atom import _Atom, _neighbour
from .clause import _from_clause
from .lexicon import _res
from .neighbours import _from_neighbour


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
