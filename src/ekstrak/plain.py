"""The text the stages read, and the way back to the text as given.

Scraped and typeset pages carry characters a reader never sees: zero-width spaces and joiners,
soft hyphens, direction marks, byte-order marks inside the text ("kemis\\u00adkinan",
"1.2\\u200b00 orang"), no-break and thin spaces (HTML's ``&nbsp;``), and runs of spaces
("Rp900 ribu  per tahun"); scrapers leave HTML entities ("Rp&nbsp;1,5&nbsp;juta") and
Markdown ("**9,03 persen**", "## Judul"). The stages read words and figures by their
characters, so each of these would split a word or cut a figure from its unit.
:func:`plain_text` drops the invisible characters and the Markdown markers, reads every run
of spaces as one plain space, an entity as its character and a full-width form as ASCII;
:class:`PlainText` maps each offset in that text back to the text as given, so an Article
still quotes and indexes what the user passed in.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

#: Spaces other than the plain one: no-break, Ogham, en/em, figure, thin, hair, narrow
#: no-break, medium mathematical and ideographic spaces.
OTHER_SPACES = ("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                "\u200a\u202f\u205f\u3000")
#: One for one, each read as a plain space (the segmenter applies this alone to a Doc's
#: text, where offsets may not move).
PLAIN_SPACES = str.maketrans(dict.fromkeys(OTHER_SPACES, " "))
OTHER_SPACES_RE = re.compile(f"[{OTHER_SPACES}]")
# Invisible format characters: soft hyphen, zero-width space/non-joiner/joiner, direction
# marks and embeddings, word joiner and invisible operators, byte-order mark.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e" \
    "\u2060\u2061\u2062\u2063\u2064\ufeff"
# Full-width forms of ASCII ("１２３", "％"), which input methods for East Asian scripts type:
# one for one, the ASCII character.
_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
# A lone surrogate: half of an emoji's UTF-16 pair cut by a scraper, kept by ``json.loads``
# ("\\ud83d" alone); no UTF-8 text holds one, and spaCy's string store refuses it. One for
# one, the replacement character.
_SURROGATES = dict.fromkeys(range(0xD800, 0xE000), 0xFFFD)
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")  # escaped: the pattern holds none itself
#: Read one for one: other spaces as a plain space, full-width forms as ASCII, a lone
#: surrogate as U+FFFD.
ONE_FOR_ONE = {**PLAIN_SPACES, **_FULL_WIDTH, **_SURROGATES}
#: Whether a text has any character :data:`ONE_FOR_ONE` reads (most have none: the search is
#: a tenth of the translation's cost).
ONE_FOR_ONE_RE = re.compile(f"[{OTHER_SPACES}\uff01-\uff5e" r"\ud800-\udfff]")
# HTML's no-break space left as an entity by a scraper that did not decode it
# ("Rp&nbsp;1,5&nbsp;juta"); it is a space like the others.
_SPACE_ENTITY = "&nbsp;|&#160;|&#[xX]0*[aA]0;"
_SPACE = f" |{_SPACE_ENTITY}"
# What changes (after the one-for-one reading): a run of two or more spaces or invisible
# characters, one invisible character, or one space entity; any other HTML entity ("&amp;",
# "&#8211;"), read as the character it names; Markdown's bold markers around words
# ("**9,03 persen**", "__Rp 1 juta__") and its heading and quote markers at a line's start
# ("## Judul", "> kutipan"), which scrapers that write Markdown leave; a hyphen and line
# break inside a word. A lone plain space is left alone, and so are tabs (they part a
# table's cells) and line breaks (paragraphs).
_CHANGE_RE = re.compile(
    # (the look-ahead names every change's first character: the search skips the rest of
    # the text at the speed of one character test, four times faster than the alternation)
    f"(?=[ \\t&*_#>\\-{INVISIBLE}])"
    f"(?:(?:{_SPACE}|[{INVISIBLE}]){{2,}}|[{INVISIBLE}]|{_SPACE_ENTITY}"
    "|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<mark>(?<![*\s])\*\*(?!\*)|(?<!\*)\*\*(?=[^\s*])"
    r"|(?<![_\w])__(?=[^\s_])|(?<=[^\s_])__(?![_\w])"
    r"|^[ \t]{0,3}(?:\#{1,6}|>)[ \t]+"
    # a word hyphenated at a line's end by a wrapper ("men-\njadi"): one word again
    r"|(?<=[^\W\d_]{2})-[ \t]*\r?\n[ \t]*(?=[^\W\d_A-Z]{2})))",
    re.MULTILINE,
)
_SPACE_RE = re.compile(_SPACE)


@dataclass(frozen=True)
class PlainText:
    """``text`` as the stages read it, with the map back to ``given``.

    The map is piecewise: from plain offset ``starts[i]`` on, an offset ``p`` stands for
    ``p + shifts[i]`` in the given text (each dropped character or shortened run of spaces
    starts a new piece)."""

    given: str
    text: str
    starts: list[int] = field(default_factory=list)
    shifts: list[int] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.text is not self.given

    def offset(self, p: int) -> int:
        """The given text's offset of the character at plain offset ``p``."""
        i = bisect_right(self.starts, p) - 1
        return p + (self.shifts[i] if i >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The given text's span of the plain span ``start:end``: from its first character to
        just after its last, so a shortened run or a dropped character inside it is covered."""
        if end <= start:
            at = self.offset(start) if start < len(self.text) else len(self.given)
            return at, at
        return self.offset(start), self.offset(end - 1) + 1

    def restore(self, article: Any) -> None:
        """Move every offset of an Article parsed from :attr:`text` onto :attr:`given`, and
        quote the given text again (a lone surrogate as U+FFFD, one for one: no UTF-8 file or
        JSON output can hold one)."""
        given = quotable(self.given)
        for p in article.paragraphs:
            p.start, p.end = self.span(p.start, p.end)
        for s in article.sentences:
            s.start, s.end = self.span(s.start, s.end)
            s.text = given[s.start : s.end]
        for m in article.mentions:
            m.start, m.end = self.span(m.start, m.end)
            m.text = given[m.start : m.end]
        for r in article.records:
            r.evidence.start, r.evidence.end = self.span(r.evidence.start, r.evidence.end)


def quotable(text: str) -> str:
    """``text`` with each lone surrogate read as U+FFFD (the same length: offsets hold)."""
    return text.translate(_SURROGATES) if _SURROGATE_RE.search(text) else text


def plain_text(given: str) -> PlainText:
    """The text as the stages read it (see the module's notes), with the map back."""
    text = given.translate(ONE_FOR_ONE) if ONE_FOR_ONE_RE.search(given) else given
    starts: list[int] = []
    shifts: list[int] = []
    parts: list[str] = []
    kept = shift = 0  # copied up to offset ``kept``; the shift in force there

    def piece(at: int, new: int) -> None:  # from plain offset ``at`` on, shift by ``new``
        nonlocal shift
        if new != shift:
            starts.append(at)
            shifts.append(new)
            shift = new

    for m in _CHANGE_RE.finditer(text):
        a, b = m.span()
        rep, anchor = _replacement(m)
        if rep == m.group():
            continue  # an entity HTML does not know: left as written
        at = a - shift  # the change's plain offset
        parts += (text[kept:a], rep)
        kept = b
        if rep:  # the first character kept stands for ``anchor``, the rest follow it
            piece(at, anchor - at)
            at += len(rep)
        piece(at, b - at)
    if parts:
        parts.append(text[kept:])
        return PlainText(given, "".join(parts), starts, shifts)
    return PlainText(given, given if text == given else text)


def _replacement(m: re.Match[str]) -> tuple[str, int]:
    """What a change reads as, and the given offset its first character stands for."""
    if m.group("entity"):
        return html.unescape(m.group()), m.start()
    if m.group("mark") is not None:
        return "", m.start()
    space = _SPACE_RE.search(m.string, m.start(), m.end())
    return (" ", space.start()) if space else ("", m.start())
