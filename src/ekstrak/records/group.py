"""group: a sub-population that is not a place ("etnis minoritas", "perdesaan")."""

from __future__ import annotations

from .figure import Figure
from .lexicon import Lexicon


def resolve_group(f: Figure, lex: Lexicon) -> str | None:
    """The first group word in the figure's window, lower-cased, in the BPS spelling."""
    m = lex.groups.search(f.left + " " + f.right)
    if m is None:
        return None
    word = " ".join(m.group(0).lower().split())
    return lex.group_canonical.get(word, word)
