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
    if pattern.lower() == pattern:
        return pattern  # no character with another lower case (most lexicon patterns)
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


def _class_end(p: str, i: int) -> int:
    """The index of the "]" that closes the class opened at ``p[i]`` ("]" right after "["
    or "[^" is a member, not its end), or ``len(p)``."""
    n = len(p)
    i += 2 if p.startswith("[^", i) else 1
    i += 1 if p.startswith("]", i) else 0
    while i < n and p[i] != "]":
        i += 2 if p[i] == "\\" else 1
    return i


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
        if c == "[":
            i = _class_end(p, i)
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


_MAY_CAPTURE = re.compile(r"\((?!\?)|\(\?P<")


def _captures(p: str) -> bool:
    """Whether ``p`` has a capturing group (its number depends on where it stands)."""
    if _MAY_CAPTURE.search(p) is None:
        return False  # no opening of one at all, escaped or not: no need to read it through
    i, n = 0, len(p)
    while i < n:
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(p, i)
        elif c == "(" and (not p.startswith("(?", i) or p.startswith("(?P<", i)):
            return True
        i += 1
    return False


def _head(a: str) -> str | None:
    """The first item of an alternative when it is a literal word character or a
    lookbehind, such as a moved boundary (the items :func:`_trie` groups by); None
    otherwise."""
    if a.startswith(("(?<!", "(?<=")):
        close = _alternatives(a, 4)[1]
        return a[: close + 1] if close < len(a) else None
    c = a[:1]
    return c if c.isalnum() and a[1:2] not in _QUANTIFIERS else None


def _unwrapped(a: str) -> str:
    """``(?:x)`` standing alone as an alternative is ``x``."""
    if not a.startswith("(?:"):
        return a
    inner, close = _alternatives(a, 3)
    return _unwrapped(inner[0]) if len(inner) == 1 and close == len(a) - 1 else a


# A group spread over what follows it repeats that: not for a long rest.
_SPREAD_MAX = 1000


def _spread(a: str) -> list[str]:
    """One alternative as the alternatives it stands for, each opening with a letter where
    that is possible: a leading boundary moved behind the letter (as :func:`literal_first`
    does), a leading group spread over the rest ("(?:ter|di)sasar" -> "tersasar|disasar":
    tried in the same order, so the same match)."""
    a = _unwrapped(a)
    boundary = a.startswith("\\b")
    rest = a[2:] if boundary else a
    if not rest.startswith("(?:"):
        return [_literal_first_alt(a)] if boundary else [a]
    inner, close = _alternatives(rest, 3)
    tail = rest[close + 1 :]
    if (close >= len(rest) or tail[:1] in _QUANTIFIERS or _captures(a)
            or len(inner) * len(tail) > _SPREAD_MAX):
        return [a]
    lead = "\\b" if boundary else ""
    return [x for alt in inner for x in _spread(lead + alt + tail)]


def _trie(alts: list[str]) -> list[str]:
    """Alternatives with their common first items factored out, letter by letter (the
    alternatives as given when they do not all open with a letter or one boundary)."""
    spread = [x for a in alts for x in _spread(a)]
    heads = [_head(a) for a in spread]
    if None in heads:
        return alts
    if len(set(heads)) == 1:  # "m(?<!\w.)aunya|m(?<!\w.)embidik": one head, order kept
        h = heads[0]
        return [h + _grouped(_trie([a[len(h) :] for a in spread]))]  # type: ignore[arg-type]
    if any(h.startswith("(?<") for h in heads) or _captures("|".join(spread)):  # type: ignore[union-attr]
        # A zero-width head may match where a letter does, and moving a capturing group
        # renumbers it: the order must stay.
        return alts
    # Alternatives starting with different letters never match at the same position: in
    # groups by first letter (each group in its own order) they find the same matches.
    by_letter: dict[str, list[str]] = {}
    for h, a in zip(heads, spread, strict=True):
        by_letter.setdefault(h, []).append(a[1:])  # type: ignore[index]
    return [h + _grouped(_trie(rest)) for h, rest in by_letter.items()]


def _grouped(alts: list[str]) -> str:
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def letter_trie(pattern: str, flags: int = 0) -> str:
    r"""``pattern`` with the words of its first alternation factored letter by letter:
    ``d(?<!\w.)ipatok|m(?<!\w.)ematok|d(?<!\w.)itarget`` ->
    ``d(?<!\w.)i(?:patok|target)|m(?<!\w.)ematok``.

    The same matches, and the same groups: only alternatives that start with different
    letters change places, and not where a capturing group would be renumbered. ``re``
    tries every alternative of an alternation in turn at each position it skips to; in
    letter groups it tries one letter's words (the cue lists run 1.5-2.5x faster).
    The top-level alternatives are factored (a leading group of alternatives spread over
    what follows it first, see :func:`_spread`), or those of a capturing group the pattern
    opens with; a verbose pattern is left as it is.
    """
    if flags & re.VERBOSE or _VERBOSE_FLAG.search(pattern):
        return pattern
    alts, end = _alternatives(pattern, 0)
    if end != len(pattern):
        return pattern
    k = _group_open(pattern, 0)
    if len(alts) == 1 and k and k != 3:
        # A capturing group opens the pattern: its own alternatives, each in its place.
        inner, close = _alternatives(pattern, k)
        if close >= len(pattern) or _captures("|".join(inner)):
            return pattern
        return pattern[:k] + "|".join(_trie(inner)) + pattern[close:]
    return "|".join(_trie(alts))


def compile_lower(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a case-insensitive lexicon pattern to run on :func:`lower_text` output
    (its leading word boundaries placed for speed, :func:`literal_first`, and its first
    alternation factored, :func:`letter_trie`).

    ``flags`` must not include ``re.IGNORECASE`` (that is what this replaces).
    """
    if flags & re.IGNORECASE:
        raise ValueError("compile_lower replaces IGNORECASE; do not pass it")
    return re.compile(letter_trie(literal_first(lower_pattern(pattern), flags), flags), flags)
