"""Datelines: the place that opens a paragraph as where the story was filed ("KUPANG -",
"Jakarta (ANTARA) -", "Liputan6.com, Jakarta ..."), not what the story is about.

The matcher reads an upper-case dateline at a sentence's start (``_DATELINE_RE``);
:func:`is_dateline` tells the records stage that a place it found is one. Each optional
part of these patterns carries its own trailing whitespace: two adjacent optional runs of
whitespace split a long run in quadratically many ways (``scripts/audit_regexes.py``).
"""

from __future__ import annotations

from functools import cache

import regex

from ekstrak.models import Mention

from .lexicon import _lex

# A web outlet written before a dateline's city: "TEROPONGNEWS.COM, AMBON -", "Liputan6.com,
# Jakarta ...".
_WEB_DOMAIN = r"[A-Za-z][\w-]{0,24}\.(?i:com|co\.id|co|id|net)"  # "Liputan6.com", "KONTAN.CO.ID"
_WEB_OUTLET = _WEB_DOMAIN + r"[^\S\n]*,[^\S\n]*"
_DATELINE_RE = regex.compile(
    r"\s*(?:" + _WEB_OUTLET + r")?"
    r"(\p{Lu}[\p{Lu}\p{M}'.]+(?:[ -]\p{Lu}[\p{Lu}\p{M}'.]+){0,3})"
    r"\s*(?:,[^\n\u2013\u2014]{0,40}?|\([^)\n]{0,25}\))?\s*[\u2013\u2014-]+\s"
)


# The optional middle part carries its own trailing \s*: "\s*(?:X)?\s*" would split a
# whitespace run in quadratically many ways before failing.
# The outlet written before the city: "Liputan6.com, Jakarta -", "Berita Baru, Jakarta -".
_WEB_OUTLET_BEFORE_RE = regex.compile(r"[^\S\n]*" + _WEB_OUTLET)
# "KONTAN.CO.ID - JAKARTA. Program ...": the outlet first, a dash, then the city and a stop
_WEB_OUTLET_DASH_RE = regex.compile(
    r"[^\S\n]*" + _WEB_DOMAIN + r"[^\S\n]*[\u2013\u2014-]+[^\S\n]*")
_CITY_STOP_RE = regex.compile(r"[.,][^\S\n]")
_OUTLET_BEFORE_RE = regex.compile(r"[^\S\n]*[A-Z][\w.]{0,20}(?: [A-Z][\w.]{0,20}){0,2},[^\S\n]+")
# "KUPANG, KOMPAS.com -", "Jakarta (ANTARA) -", and the colon of "Jakarta: Badan Pusat
# Statistik ..." (a capital after it: "Jawa Barat: 7,62 persen" is a list item).
_DATELINE_TAIL_RE = regex.compile(
    r"\s*(?:(?:,[^\n\u2013\u2014|]{0,40}?|\([^)\n]{0,25}\))\s*)?(?:[\u2013\u2014-]+|\|)\s"
    # (not a list line's label and its figure: "Kulon Progo – 15,62% (71.480 orang)")
    r"(?!\s*(?:Rp\.?\s*)?\d)"
    r"|:[^\S\n]+(?=[A-Z])")


_DATELINE_PREFIX_MAX = 80  # an outlet before a dateline is a few words ("Liputan6.com, ")


@cache
def _level_before() -> regex.Pattern[str]:
    """"KOTA BANDUNG, indoartnews.com -", "Kabupaten Bogor -": the level word of a city or a
    regency (places_lexicon.json ``level_words``; an abbreviation may take a dot: "Kab."),
    written before the dateline's name."""
    level_words = _lex().level_words
    words = [w for w, spec in level_words.items()
             if any(v in ("city", "regency") for v in spec.values())]
    alt = "|".join(regex.escape(w) + (r"\.?" if level_words[w].get("abbr") else "")
                   for w in sorted(words, key=len, reverse=True))
    return regex.compile(r"[^\S\n]*(?:" + alt + r")[^\S\n]+", regex.IGNORECASE)


def is_dateline(text: str, mention: Mention, line_start: int) -> bool:
    """A place that opens a paragraph as its dateline ("KUPANG -", "Jakarta (ANTARA) -"):
    where the story was filed, not what it is about."""
    if mention.start - line_start > _DATELINE_PREFIX_MAX:
        return False  # deep in its line (and no scan of a long line per place)
    if _WEB_OUTLET_BEFORE_RE.fullmatch(text, line_start, mention.start) is not None:
        return True  # "Liputan6.com, Jakarta Badan Pusat Statistik ...": no dash needed
    if (_WEB_OUTLET_DASH_RE.fullmatch(text, line_start, mention.start) is not None
            and (_CITY_STOP_RE.match(text, mention.end) is not None
                 # "TendaBesar.Com - Jakarta - Rapat Terbatas ...": the city's own dash
                 or _DATELINE_TAIL_RE.match(text, mention.end) is not None)):
        return True
    return (
        (not text[line_start : mention.start].strip()
         or _level_before().fullmatch(text, line_start, mention.start) is not None
         or _OUTLET_BEFORE_RE.fullmatch(text, line_start, mention.start) is not None
         or _lex().outlet_before.fullmatch(text, line_start, mention.start) is not None)
        and _DATELINE_TAIL_RE.match(text, mention.end) is not None
    )
