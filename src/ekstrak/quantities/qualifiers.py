"""Qualifier words: "sekitar", "lebih dari", "hampir" and the like around a figure.

They stay outside the span and go into ``QuantityNorm.qualifier`` (``data/qualifiers.json``):
before the number, optionally with a filler ("minimal sebanyak 23.100 ton"), or after its
unit ("500 petani lebih"), where a lone "lebih" followed by an adjective is a comparative,
no qualifier. Vague and odd numbers ("ratusan", "1.000-an") are "more than".
"""

from __future__ import annotations

from ekstrak.units import next_word

from .atom import _Atom
from .lexicon import _qual


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
