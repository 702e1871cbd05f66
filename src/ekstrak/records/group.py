"""group: a sub-population that is not a place ("etnis minoritas", "perdesaan")."""

from __future__ import annotations

import re

from .figure import Figure
from .lexicon import Lexicon

# A group word right after the figure is its own ("12,38 persen di perkotaan dan 11,81
# persen di perdesaan"): within this many characters, before lex.group_break.
_AFTER_REACH = 30


def resolve_group(f: Figure, lex: Lexicon) -> str | None:
    """The group word written for the figure, lower-cased, in the BPS spelling: right after
    it, else the last one since the figure before it, else the first in its window."""
    m = _own_group(f, lex) or lex.groups.search(f.left + " " + f.right)
    if m is None:
        return None
    word = " ".join(m.group(0).lower().split())
    return lex.group_canonical.get(word, word)


def _own_group(f: Figure, lex: Lexicon) -> re.Match[str] | None:
    after = lex.groups.search(f.right, 0, _AFTER_REACH)
    if after is not None and not lex.group_break.search(f.right, 0, after.start()):
        return after
    if f.prev_q is None:
        return None
    # The words since the figure before it (the window is programme-masked and ends at
    # the figure): "... 2,72 ribu orang, dan di perdesaan naik sebesar 5,89 ribu orang".
    lo = max(0, len(f.left) - (f.m.start - f.prev_q.end))
    last = None
    for last in lex.groups.finditer(f.left, lo):  # noqa: B007 - the last one is wanted
        pass
    return last
