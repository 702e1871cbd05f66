"""group: a sub-population that is not a place ("etnis minoritas", "perdesaan")."""

from __future__ import annotations

from .figure import Figure
from .lexicon import Lexicon


def resolve_group(f: Figure, lex: Lexicon) -> str | None:
    """The first group word in the figure's window, lower-cased."""
    m = lex.groups.search(f.left + " " + f.right)
    return m.group(0).lower() if m else None
