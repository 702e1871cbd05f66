"""Name keys: how a written name becomes the key the gazetteer is sorted and looked up by.

A key is the name's tokens folded to ASCII (diacritics and "đ" dropped, typographic quotes
and dashes made plain), lower-cased and joined by single spaces. ``scripts/build_gazetteer.py``
writes the shipped file with the same :func:`name_key`, so build and lookup cannot drift
apart. Token keys are remembered in one plain dict (``_KEYS``, shared with ``tokens``): the
matcher asks for the same few thousand words article after article.
"""

from __future__ import annotations

import unicodedata

import regex

_TOKEN_RE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019][\p{L}\p{M}]+)*")
_PUNCT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2013": "-", "\u2014": "-"})


def fold(s: str) -> str:
    """ASCII without diacritics (đ -> d), typographic quotes and dashes made plain."""
    s = s.translate(_PUNCT)
    if s.isascii():
        return s
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


_KEYS: dict[str, str] = {}  # token -> its key; a plain dict (cheaper than lru_cache), cleared when large


def _tok_key(tok: str) -> str:
    k = _KEYS.get(tok)
    if k is None:
        if len(_KEYS) > 200_000:
            _KEYS.clear()  # unbounded vocabularies (hostile input) must not grow memory
        k = _KEYS[tok] = fold(tok).lower()
    return k


def name_key(name: str) -> str:
    """Lookup key of a name: folded lower-case tokens joined by single spaces."""
    return " ".join(_tok_key(m.group()) for m in _TOKEN_RE.finditer(name))
