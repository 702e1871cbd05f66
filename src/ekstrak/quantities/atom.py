"""One figure as the quantity stage sees it, and small readers shared by its modules.

An ``_Atom`` is a number with what the stages decided about it: its span (currency prefix,
unit and "/" rates included), value and scale, unit and kind, range end, qualifier, and
whether it is excluded. The stages mend atoms in place, so one sentence's list of atoms
is the working state from numbers to mentions. ``_prev_word`` and ``_neighbour`` read
the word before a figure and the figure beside one, passing over years.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ekstrak.numbers import NumberSpan


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
