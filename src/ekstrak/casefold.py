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


_QUANTIFIERS = frozenset("?*+{")
_VERBOSE_FLAG = re.compile(r"\(\?[a-zA-Z-]*x")


def _group_open(p: str, i: int) -> int:
    """Length of the opening of a plain group at ``p[i]`` ("(?:", "(", "(?P<name>"); 0 for
    anything else (a lookaround, inline flags, a comment, no group)."""
    if not p.startswith("(", i):
        return 0
    if p.startswith("(?:", i):
        return 3
    if p.startswith("(?P<", i):
        return p.index(">", i) + 1 - i
    return 1 if not p.startswith("(?", i) else 0


def _alternatives(p: str, i: int) -> tuple[list[str], int]:
    """The alternatives of ``p`` from ``i`` up to the ")" that closes their group (or the
    end), and the index of that ")" (``len(p)`` at the end)."""
    out: list[str] = []
    depth, start, n = 0, i, len(p)
    while i < n:
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: "]" right after "[" or "[^" is a member, not its end
            i += 2 if p.startswith("[^", i) else 1
            i += 1 if p.startswith("]", i) else 0
            while i < n and p[i] != "]":
                i += 2 if p[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                break
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(p[start:i])
            start = i + 1
        i += 1
    out.append(p[start:i])
    return out, i


def _literal_first_alt(a: str) -> str:
    """One alternative with its leading ``\\b`` moved behind the literal it stands before."""
    boundary = a.startswith("\\b")
    rest = a[2:] if boundary else a
    c = rest[:1]
    if boundary and c.isascii() and (c.isalnum() or c == "_") and rest[1:2] not in _QUANTIFIERS:
        # Before a word character, a boundary is the absence of one right before it.
        return c + r"(?<!\w.)" + rest[1:]
    k = _group_open(rest, 0)
    if not k:
        return a
    inner, close = _alternatives(rest, k)
    if close >= len(rest) or (boundary and rest[close + 1 : close + 2] in _QUANTIFIERS):
        return a  # an optional group could match nothing: the boundary must stay outside
    lead = "\\b" if boundary else ""
    return (rest[:k] + "|".join(_literal_first_alt(lead + x) for x in inner)
            + rest[close:])


def _leading_group(a: str) -> tuple[int, list[str]] | None:
    """(length of the opening, alternatives) of an unquantified group ``a`` starts with."""
    k = _group_open(a, 0)
    if not k:
        return None
    inner, close = _alternatives(a, k)
    if close >= len(a) or a[close + 1 : close + 2] in _QUANTIFIERS:
        return None
    return k, inner


def _first_is_literal(a: str) -> bool:
    """``a`` starts with a literal word character, a one-alternative "(?:...)" (re reads it
    inline) included."""
    group = _leading_group(a)
    if group is not None:
        k, inner = group
        return k == 3 and len(inner) == 1 and _first_is_literal(inner[0])
    c = a[:1]
    return c.isascii() and (c.isalnum() or c == "_") and a[1:2] not in _QUANTIFIERS


def _skips_ahead(alts: list[str]) -> bool:
    """``re`` can skip to the first characters of a match of these alternatives: it looks
    through groups that open the pattern, then needs each alternative of the first
    alternation to start with a literal (CPython's ``_get_charset_prefix``)."""
    if len(alts) == 1:
        group = _leading_group(alts[0])
        if group is not None:
            return _skips_ahead(group[1])
    return all(map(_first_is_literal, alts))


def literal_first(pattern: str, flags: int = 0) -> str:
    """``pattern`` with each leading word boundary before a literal word character moved
    behind that character: ``\\bkpm\\b`` -> ``k(?<!\\w.)pm\\b``, ``\\b(?:akan|kini)\\b`` ->
    ``(?:a(?<!\\w.)kan|k(?<!\\w.)ini)\\b``.

    The same matches: before a word character a boundary means no word character right
    before it (or none at all), and a boundary in front of a group holds in front of each
    of its alternatives. But ``re`` skips ahead to the characters that can start a match
    only when every top-level alternative starts with a literal; a leading ``\\b`` makes it
    try the whole pattern at every position (the cue patterns run 2-3x faster).
    Verbose patterns (where whitespace and "#" are syntax) are left as they are, and so is
    a pattern some alternative of which would still start otherwise (nothing to gain).
    """
    if flags & re.VERBOSE or _VERBOSE_FLAG.search(pattern):
        return pattern
    alts, end = _alternatives(pattern, 0)
    if end != len(pattern):
        return pattern  # an unbalanced ")": let re report it
    moved = [_literal_first_alt(a) for a in alts]
    # Worth it only when re can then skip ahead, and could not before: otherwise it tries
    # every position anyway, and the lookbehinds cost a little more.
    return "|".join(moved) if _skips_ahead(moved) and not _skips_ahead(alts) else pattern


def compile_lower(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a case-insensitive lexicon pattern to run on :func:`lower_text` output
    (its leading word boundaries placed for speed, :func:`literal_first`).

    ``flags`` must not include ``re.IGNORECASE`` (that is what this replaces).
    """
    if flags & re.IGNORECASE:
        raise ValueError("compile_lower replaces IGNORECASE; do not pass it")
    return re.compile(literal_first(lower_pattern(pattern), flags), flags)
