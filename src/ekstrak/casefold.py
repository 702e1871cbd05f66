"""Case-insensitive lexicon patterns, run on lower-cased text.

Python's ``re`` cannot use its fast first-character scan for an ``IGNORECASE`` alternation
of words, so such a cue pattern costs 3-9x more per sentence than the same pattern
written in lower case and run on lower-cased text. The lexicons stay as they are written
(any case, read as case-insensitive); :func:`compile_lower` lower-cases a pattern's
literals (never its escapes, group names or flags) and :func:`lower_text` lower-cases the
text without changing its length, so match offsets still index the original text.
"""

from __future__ import annotations

import re


def _lower_char(c: str) -> str:
    low = c.lower()
    return low if len(low) == 1 else c


def lower_text(text: str) -> str:
    """``text.lower()`` with the same length (characters whose lower case is longer stay)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(map(_lower_char, text))


_last: tuple[str, str] = ("", "")


def lower_article(text: str) -> str:
    """:func:`lower_text` of an article, remembered for the next call with the same object.

    The per-sentence matchers get the whole article text with each sentence's bounds; this
    lower-cases it once per article, not once per sentence (identity, not content: two
    equal articles are two computations, and nothing is kept beyond the last article).
    """
    global _last
    last_text, last_low = _last  # one read: safe if another thread replaces it meanwhile
    if last_text is text:
        return last_low
    low = lower_text(text)
    _last = (text, low)
    return low


def lower_pattern(pattern: str) -> str:
    """``pattern`` with its literal characters lower-cased, for use on :func:`lower_text`.

    Escapes (``\\S``, ``\\B``, ``\\N{...}``), named groups (``(?P<Name>``, ``(?P=Name)``)
    and inline flags (``(?aiLmsux)``) are copied unchanged.
    """
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            j = i + 2
            if pattern.startswith("N{", i + 1):
                j = pattern.index("}", i) + 1
            out.append(pattern[i:j])
            i = j
        elif pattern.startswith("(?P<", i) or pattern.startswith("(?P=", i):
            j = pattern.index(">" if pattern[i + 3] == "<" else ")", i) + 1
            out.append(pattern[i:j])
            i = j
        elif pattern.startswith("(?", i) and i + 2 < n and pattern[i + 2].isalpha():
            j = i + 2
            while j < n and (pattern[j].isalpha() or pattern[j] == "-"):
                j += 1
            out.append(pattern[i:j])
            i = j
        else:
            out.append(_lower_char(c))
            i += 1
    return "".join(out)


def compile_lower(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a case-insensitive lexicon pattern to run on :func:`lower_text` output.

    ``flags`` must not include ``re.IGNORECASE`` (that is what this replaces).
    """
    if flags & re.IGNORECASE:
        raise ValueError("compile_lower replaces IGNORECASE; do not pass it")
    return re.compile(lower_pattern(pattern), flags)
