"""Tokens as the matcher reads them, and whether a stretch of text is written in capitals.

A token carries its name key and its case. The tokens of a line are computed once
(``_line_tokens``, cached) and sliced per sentence, with whether each continues the name
before it (a name's words are joined by a space or a hyphen); ASCII text takes a faster
plain ``re`` path. A sentence or a page written in capitals (``_shouting``) turns off the
guard that reads all-caps words as acronyms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise, product
from typing import NamedTuple

import regex

from .keys import _KEYS, _TOKEN_RE, _tok_key

# Gaps allowed inside one name: spaces, or a hyphen ("Ba Ria-Vung Tau", "Ba Ria - Vung Tau").
_NAME_GAP_RE = regex.compile(r"[ \t\u00a0]{1,2}|[ \t]?-[ \t]?")
# _NAME_GAP_RE matches a finite set of short strings: a set lookup answers the same.
_NAME_GAPS = frozenset(g for n in (1, 2, 3) for g in map("".join, product(" \t\u00a0-", repeat=n))
                       if _NAME_GAP_RE.fullmatch(g))
# _TOKEN_RE on ASCII text (no marks there, and the only letters and digits are these).
_ASCII_TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)*")


class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    key: str
    cap: bool      # starts with an upper-case letter
    upper: bool    # all capitals, two letters or more (abbreviation, dateline)


@lru_cache(maxsize=256)
def _line_tokens(text: str, start: int, end: int) -> tuple[list[_Tok], list[bool]]:
    """Tokens of one line, and whether each continues the name its predecessor is in."""
    toks = _tokens(text, start, end)
    gaps = _NAME_GAPS
    joined = [False] + [text[a.end : b.start] in gaps for a, b in pairwise(toks)]
    return toks, joined


_new_tok = tuple.__new__  # builds a _Tok without the NamedTuple's Python-level __new__


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    if text[start:end].isascii():
        return _ascii_tokens(text, start, end)
    keys = _KEYS
    out = []
    for m in _TOKEN_RE.finditer(text, start, end):
        t = m.group()
        k = keys.get(t)  # inlined _tok_key lookup: this loop is the matcher's hot path
        if k is None:
            k = _tok_key(t)
        s, e = m.span()
        out.append(_new_tok(_Tok, (s, e, t, k, t[0].isupper(), len(t) > 1 and t.isupper())))
    return out


def _ascii_tokens(text: str, start: int, end: int) -> list[_Tok]:
    """:func:`_tokens` of an ASCII stretch: the plain ``re`` pattern is faster, and a token's
    key is its lower case (nothing to fold)."""
    # One comprehension, the match read once per token: this runs over every word of every
    # article (the document pass tokenises the whole text).
    return [_new_tok(_Tok, (m.start(), m.end(), t, t.lower(), t[0].isupper(),
                            len(t) > 1 and t.isupper()))
            for m in _ASCII_TOKEN_RE.finditer(text, start, end) for t in (m.group(),)]


def _text_lines(text: str) -> Iterable[list[_Tok]]:
    """The tokens of the whole text, line by line: no token crosses a line break, and the
    matcher then finds each line's tokens computed already (:func:`_line_tokens`)."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield _line_tokens(text, start, end)[0]
        start = end + 1


# A stretch of text is written in capitals when no word of it has three lower-case letters
# in a row ("Rp" and "km" may stay lower-case on such a page) and it has this many capital
# letters at least: a sentence alone needs 40; on a page in capitals any sentence will do
# ("8. ACEH 804.530 ORANG"). (Text in ordinary case fails at its first lower-case word: the
# test costs next to nothing.)
_LOWER_RUN_RE = regex.compile(r"\p{Ll}{3}")
_UPPER_RE = regex.compile(r"\p{Lu}")
_SHOUT_SENTENCE = 40
_SHOUT_ITEM = 1


def _capitals(text: str, start: int, end: int, min_letters: int) -> bool:
    return (_LOWER_RUN_RE.search(text, start, end) is None
            and len(_UPPER_RE.findall(text, start, end)) >= min_letters)


@lru_cache(maxsize=4)
def _page_in_capitals(text: str) -> bool:
    return _capitals(text, 0, len(text), _SHOUT_SENTENCE)


def _shouting(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is written in capitals (a shouted headline, a page in capitals),
    not a sentence with a few acronyms."""
    return _capitals(text, start, end, _SHOUT_SENTENCE) or (
        _capitals(text, start, end, _SHOUT_ITEM) and _page_in_capitals(text))
