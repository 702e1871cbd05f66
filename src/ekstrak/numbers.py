"""Indonesian numbers: digit formats, number words, scale words, fractions, vague plurals.

Formats (SPEC section 2): "." groups thousands and "," is the decimal mark
("1.149.183" = 1149183, "12,2" = 12.2, "1.167 miliar" = 1.167e12). Foreign
styles are accepted only where they cannot be read the Indonesian way:
"1,234,567" (several comma groups of three) is English thousands and "10.5"
(one dot, not three digits after it) is an English decimal. Anything else that
looks like a number but is not one ("18.01.2022", "1.2.3") is rejected whole,
never read in part.

``find_numbers`` only finds number phrases and drops what is lexically not a
number of interest (digits glued to letters like "G20"/"Covid-19", phone-like
zero-led strings, "10:30", "11/12", "salah satu", "satu-satunya"). Context
decisions (years, dates, ordinals, units) belong to ``quantities``.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, Literal

from .casefold import compile_lower, lower_article

DATA_DIR = Path(__file__).parent / "data"

NumberKind = Literal["digits", "words", "vague", "fraction"]

# Inline whitespace only: a number phrase never spans a line break.
WS = r"[^\S\n]"


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """A number phrase in the text; ``value`` already includes any scale word."""

    start: int
    end: int
    value: float
    base: float  # the number before scale words: 1.149.183 in "1.149.183 juta"
    scale: float  # product of scale words, 1.0 when none
    kind: NumberKind
    plain_int: bool = False  # digits only, no separator: candidates for years/codes
    n_digits: int = 0
    # "6 ribuan", "300-an": a round figure and then some (qualifier more_than, GUIDELINES R 33)
    odd: bool = False


def written_value(value: float) -> float:
    """The value as the text wrote it: "64,49 juta" is 64490000.0, not the 64489999.99999999
    that 64.49 * 1e6 gives in binary floating point (15 significant digits, as written)."""
    return float(f"{value:.15g}")


@cache
def load_numbers() -> dict[str, Any]:
    with open(DATA_DIR / "numbers.json", encoding="utf-8") as f:
        return json.load(f)


def _alt(words: list[str] | Any) -> str:
    # Longest first so that alternation prefers "dua pertiga" over "dua".
    return "|".join(re.escape(w).replace(r"\ ", WS + "+") for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    d = load_numbers()
    scales = _alt(d["scales"])
    nya = re.escape(d["enclitic"])  # "jutanya", "separuhnya": outside the span
    word_vocab = (
        list(d["units"]) + list(d["se_words"]) + list(d["half_words"]) + list(d["scales"])
        + [d["teen_word"], d["tens_word"], d["hundreds_word"]]
    )
    words = _alt(word_vocab)
    master = (
        # A fraction followed by a scale word is a multiplier ("setengah juta"), not a share.
        rf"(?P<frac>\b(?:{_alt(d['fractions'])})(?={nya}\b|\b)(?!{WS}+(?:{scales}|persen)\b))"
        rf"|(?P<vague>\b(?:{_alt(d['vague'])})\b(?:{WS}+(?:{scales})\b)*)"
        rf"|(?P<dig>\d[\d.,]*\d|\d)(?P<dscale>(?:{WS}*(?:{scales})(?=(?:{nya})?\b))*)"
        rf"(?:(?P<odd>-an\b)|{WS}+(?P<oddscale>{_alt(d['odd_scales'])})\b)?"
        rf"|(?P<words>\b(?:{words})\b(?:{WS}+(?:{words})\b)*)"
    )
    # Where a master match can start: a digit after no digit, or a word of the number
    # vocabulary after a boundary (its first word, so that a phrase never hides a later
    # start; the words hold only letters and digits). re skips ahead in both scans; the
    # master alternation, opening with groups, is tried at every position.
    first_words = sorted({w.split()[0] for w in (*d["fractions"], *d["vague"], *word_vocab)})
    return {
        "master": compile_lower(master),  # run on lower-cased text: see casefold
        "digit_start": re.compile(r"\d(?<!\d\d)"),
        "word_start": compile_lower(r"\b(?:" + "|".join(map(re.escape, first_words)) + ")"),
        "scale": re.compile(rf"(?:{scales})", re.IGNORECASE),
        "leading_scales": re.compile(rf"(?:[ \t]*(?:{scales})\b)+", re.IGNORECASE),
        "word": re.compile(r"\S+"),
        "spaced_decimal_unit": re.compile(rf"{WS}*(?:{_alt(d['spaced_decimal_units'])})(?!\w)",
                                          re.IGNORECASE),
        "full_digits": re.compile(r"\d[\d.,]*\d|\d"),
        # the end of a number spelled out in brackets after its digits: the bracket, or the
        # currency named after the words ("Rp 150.000 (seratus lima puluh ribu rupiah)")
        # (from the run's first space only: no rescan of a long run of spaces)
        "spelled_end": re.compile(
            rf"(?<!{WS}){WS}*(?:(?:{_alt(d['spelled_currencies'])}){WS}*)?\)", re.IGNORECASE),
        "glued": re.compile(r"[A-Za-z]+"),
        # "1,5 persen-2 persen", "2,5 juta-3 juta": a hyphen after a figure's unit or scale
        "range_hyphen": re.compile(
            rf"\d{WS}*(?:{scales}|{_alt(d['range_end_words'])})-", re.IGNORECASE),
        # "192 miliar 953 juta": the rest of an amount written with a second scale word
        "second_scale": re.compile(rf"[ \t]+(\d{{1,3}})[ \t]+({scales})\b", re.IGNORECASE),
        # "menyelesaikan 482/574 rumah": done of planned, both counting the noun after
        "pair": re.compile(r"(?<![\w/.,])(\d{1,3}(?:\.\d{3})*)/(\d{1,3}(?:\.\d{3})*)(?=[ \t]+[^\W\d])"),
    }


def skip_scales(s: str) -> str:
    """``s`` without the scale words it opens with (" juta KPM" -> " KPM")."""
    m = _patterns()["leading_scales"].match(s)
    return s[m.end():] if m else s


def parse_digits(s: str) -> float | None:
    """Parse one digit token ("1.149.183", "12,2", "1,234,567", "10.5"); None if malformed."""
    if not s or not s[0].isdigit() or not s[-1].isdigit():
        return None
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        # The later separator is the decimal mark; the other must group thousands.
        dec, grp = ("," , ".") if s.rfind(",") > s.rfind(".") else (".", ",")
        intpart, _, frac = s.rpartition(dec)
        if dec in intpart or not _valid_groups(intpart.split(grp)):
            return None
        return float(intpart.replace(grp, "") + "." + frac)
    if has_dot or has_comma:
        sep = "." if has_dot else ","
        parts = s.split(sep)
        if len(parts) > 2 or (sep == "." and len(parts[1]) == 3 and parts[0] != "0"):
            # Thousands grouping: "1.167", "1.149.183", "1,234,567" (never "0.348", an
            # English decimal: no group starts with a lone zero).
            return float("".join(parts)) if _valid_groups(parts) else None
        # One separator, not a thousands group: a decimal ("12,2"; English "10.5").
        if sep == "," or len(parts[1]) != 3 or parts[0] == "0":
            return float(parts[0] + "." + parts[1])
        return None
    return float(s)


def _valid_groups(parts: list[str]) -> bool:
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 and p.isdigit() for p in parts[1:]) and parts[0].isdigit()


def parse_words(words: list[str]) -> float | None:
    """Value of a number-word sequence ("dua ratus lima puluh ribu", "satu setengah juta")."""
    d = load_numbers()
    units, se, halves, scales = d["units"], d["se_words"], d["half_words"], d["scales"]
    total = 0.0
    group = 0.0  # the part below the current scale word
    cur: float | None = None  # pending unit digit
    seen_any = False
    for raw in words:
        w = raw.lower()
        if w in units:
            if cur is not None:
                return None  # "dua tiga" is not a number
            cur = float(units[w])
        elif w in se:
            v = float(se[w])
            if v >= 1000:
                total += (group + (cur or 0.0)) * v if (group or cur) else v
                group, cur = 0.0, None
            else:
                group += v
        elif w in halves:
            # "setengah juta" = 0.5e6; "satu setengah" = 1.5.
            cur = (cur or 0.0) + halves[w]
        elif w == d["teen_word"]:
            if cur is None or cur >= 10:
                return None
            group += 10 + cur
            cur = None
        elif w == d["tens_word"]:
            if cur is None:
                return None
            group += cur * 10
            cur = None
        elif w == d["hundreds_word"]:
            if cur is None:
                return None
            group += cur * 100
            cur = None
        elif w in scales:
            base = group + (cur or 0.0)
            if base == 0 and not seen_any:
                return None  # a bare scale word is not a number
            if base == 0:
                total *= scales[w]  # "seribu triliun", "tiga ribu miliar"
            else:
                total += base * scales[w]
            group, cur = 0.0, None
        else:
            return None
        seen_any = True
    result = total + group + (cur or 0.0)
    return result if seen_any else None


def _scale_product(text: str) -> float:
    scales = load_numbers()["scales"]
    prod = 1.0
    for m in _patterns()["scale"].finditer(text):
        prod *= scales[m.group(0).lower()]
    return prod


def parse_number(s: str) -> float | None:
    """Parse a whole number phrase: "1.149.183 juta", "Rp"-less amounts, "dua ratus ribu"."""
    s = s.strip()
    m = _patterns()["master"].fullmatch(s)
    if m is None:
        return None
    spans = find_numbers(s, 0, len(s))
    if len(spans) != 1 or spans[0].start != 0 or spans[0].end != len(s):
        return None
    return spans[0].value


def find_numbers(text: str, start: int, end: int) -> list[NumberSpan]:
    """Number phrases inside ``text[start:end]``, with offsets into ``text``."""
    d = load_numbers()
    pats = _patterns()
    out: list[NumberSpan] = []
    # Every branch below reads the text case-insensitively; offsets are unchanged. (The
    # written case still tells a currency prefix glued to the word before it: "zakatRp7".)
    written, text = text, lower_article(text)
    for m in _master_matches(text, start, end, pats):
        if m.group("dig") is not None:
            ns = _digit_span(text, m, end, written)
            if ns is not None:
                out.append(ns)
        elif m.group("frac") is not None:
            out.append(
                NumberSpan(m.start(), m.end(), float(d["fractions"][_norm(m.group(0))]), 0.0, 1.0, "fraction")
            )
        elif m.group("vague") is not None:
            head = m.group(0).split()[0].lower()
            scale = _scale_product(m.group(0)[len(head):])
            v = float(d["vague"][head])
            out.append(NumberSpan(m.start(), m.end(), v * scale, v, scale, "vague"))
        else:
            out.extend(_word_spans(text, m))
    # A run of scale words ("1 juta juta juta ...") can multiply past float range: no number.
    out = [n for n in out if math.isfinite(n.value) and math.isfinite(n.base)]
    if not out:
        return out
    return _join_spaced_groups(text, _join_spaced_decimals(
        text, _join_spelled(text, _join_second_scales(text, out, end))))


def _join_spaced_groups(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """"Kabupaten Batang 1. 461 unit", "sebanyak 15. 698 KPM": a typed space after the
    thousands dot splits one count in two. One to three digits after a word of the same line
    (a list's "1." opens a line or follows its indent), a dot and one space, then three digits
    and a word: one number (GUIDELINES R 42)."""
    out: list[NumberSpan] = []
    for n in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == n.kind == "digits" and prev.plain_int
                and prev.scale == 1.0 and n.plain_int and n.scale == 1.0
                and n.start == prev.end + 2 and spaced_group_at(text, prev.end)):
            value = float(int(prev.base) * 1000 + int(text[n.start:n.end]))
            out[-1] = NumberSpan(prev.start, n.end, value, value, 1.0, "digits")
            continue
        out.append(n)
    return out


def spaced_group_at(text: str, dot: int) -> bool:
    """The dot at ``dot`` is a thousands dot typed with a space after it ("Batang 1. 461
    unit"): one to three digits before it, right after a word and one space, three digits and
    a word after it. The sentence splitter asks too: such a dot ends no sentence."""
    if _SPACED_GROUP_TAIL.match(text, dot) is None:
        return False
    j = dot
    while j > 0 and text[j - 1].isdigit():
        j -= 1
    # one space after the word: a list's "  2." after an unwrapped line is an item's number
    return 1 <= dot - j <= 3 and j > 1 and text[j - 1] in " \t" and text[j - 2].isalpha()


_SPACED_GROUP_TAIL = re.compile(r"\. \d{3}(?!\d|[.,]\d)[ \t]+[^\W\d_]")


def _join_spaced_decimals(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """"Rp 3, 6 miliar", "8, 11 ribu jiwa": a typed space after the decimal comma splits
    one amount in two. A whole number of one to three digits, a comma and one space, then
    one of one to three digits with a scale word: one amount, the decimal before the scale
    (GUIDELINES R 42: a malformed number is read as meant)."""
    out: list[NumberSpan] = []
    for n in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == n.kind == "digits" and prev.plain_int
                and prev.n_digits <= 3 and prev.scale == 1.0 and n.plain_int
                and (n.n_digits <= 3 and n.scale > 1.0 or _percent_decimal(text, n))
                and text[prev.end:n.start] == ", "):
            base = Decimal(f"{int(prev.base)}.{text[n.start:n.start + n.n_digits]}")
            out[-1] = NumberSpan(prev.start, n.end, float(base * Decimal(repr(n.scale))),
                                 float(base), n.scale, "digits")
            continue
        out.append(n)
    return out


def _percent_decimal(text: str, n: NumberSpan) -> bool:
    """``n`` has two digits and a percent word right after it ("17, 65 persen")."""
    return (n.n_digits == 2 and n.scale == 1.0
            and _patterns()["spaced_decimal_unit"].match(text, n.end) is not None)


def _join_spelled(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """"0 (nol) persen", "3 (tiga) unit rumah", "Rp 150.000,00 (seratus lima puluh ribu
    rupiah)": formal writing spells a number out in brackets after its digits, with its
    currency; the two are one number, and its unit follows the bracket."""
    out: list[NumberSpan] = []
    for n in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "digits" and n.kind == "words"
                and n.value == prev.value and text[prev.end:n.start].strip(" \t") == "("):
            close = _patterns()["spelled_end"].match(text, n.end)
            if close is not None:
                out[-1] = replace(prev, end=close.end())
                continue
        out.append(n)
    return out


def _master_matches(text: str, start: int, end: int, pats: dict[str, re.Pattern[str]]
                    ) -> list[re.Match[str]]:
    """``pats["master"].finditer(text, start, end)``, tried only where a match can start:
    the leftmost match from each start on, as finditer finds them (no match is empty)."""
    master = pats["master"]
    # ``start`` itself: a digit there starts a match even after a digit (no lookbehind).
    starts = sorted([start] + [m.start() for m in pats["digit_start"].finditer(text, start, end)]
                    + [m.start() for m in pats["word_start"].finditer(text, start, end)])
    out: list[re.Match[str]] = []
    pos = start
    for p in starts:
        if p < pos:
            continue
        m = master.match(text, p, end)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _join_second_scales(text: str, spans: list[NumberSpan], end: int) -> list[NumberSpan]:
    """"192 miliar 953 juta VND" (Vietnamese "192 tỷ 953 triệu") is one amount written with
    two scale words, the second smaller: one span, the sum (GUIDELINES R 58)."""
    out: list[NumberSpan] = []
    skip_to = -1
    for n in spans:
        if n.start < skip_to:
            continue  # the second part of an amount joined below
        m = (_patterns()["second_scale"].match(text, n.end, end)
             if n.kind == "digits" and n.scale > 1.0 else None)
        second = _scale_product(m.group(2)) if m is not None else 0.0
        if m is not None and second < n.scale:
            value = n.value + int(m.group(1)) * second
            n = NumberSpan(n.start, m.end(), value, value / n.scale, n.scale, "digits")
            skip_to = m.end()
        out.append(n)
    return out


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _digit_span(text: str, m: re.Match[str], end: int, written: str | None = None
                ) -> NumberSpan | None:
    tok = m.group("dig")
    s, e = m.start("dig"), m.end("dig")
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    pair = before == "/" and progress_pair(text, s) is not None
    if (before and before in "+#:/@_" and not pair) or (
            before == "-" and s >= 2 and text[s - 2].isalpha() and not _range_second(text, s)):
        return None  # "+62", "10:30", "11/12", "Covid-19", "II-2024"
    if (before.isalpha() and not _currency_glued(written or text, s)
            and not _word_glued(text, s)):
        return None  # "G20", "post927534", "H5N1"
    if after == ":" and e + 1 < len(text) and text[e + 1].isdigit():
        return None  # time of day "10:30"
    if after == "/" and e + 1 < len(text) and text[e + 1].isdigit() \
            and progress_pair(text, s) is None:
        return None  # dates and codes "11/12", "90/2020"
    if after.isalpha():
        g = _patterns()["glued"].match(text, e)
        word = g.group(0).lower() if g else ""
        if word not in load_numbers()["glued_suffixes"]:
            return None  # "2024an", "3G", "5x"
    if len(tok) >= 2 and tok[0] == "0" and tok[1].isdigit():
        return None  # zero-led strings are phone numbers, codes, "RT 05"
    if tok.isdigit() and len(tok) >= 10:
        return None  # IDs, phone numbers, account numbers
    base = parse_digits(tok)
    if base is None:
        return None
    scale = _scale_product(m.group("dscale")) if m.group("dscale") else 1.0
    stop = m.end("dscale") if m.group("dscale") else e
    odd = m.group("odd") is not None or m.group("oddscale") is not None
    if m.group("oddscale") is not None:  # "6 ribuan": about six thousand and then some
        scale *= load_numbers()["odd_scales"][m.group("oddscale")]
    if odd:
        stop = m.end()
    return NumberSpan(s, min(stop, end), base * scale, base, scale, "digits", tok.isdigit(), len(tok),
                      odd)


def progress_pair(text: str, pos: int) -> re.Match[str] | None:
    """The "482/574 rumah" pair (done of planned, as Vietnamese reports write it) that the
    number at ``pos`` belongs to: two whole counts, the first no larger, before a word. A
    share ("1/3 penduduk") has a small denominator, a date or a code no word after it."""
    lo = pos
    if pos > 0 and text[pos - 1] == "/":  # the second number: step back over the first
        lo = pos - 1
        while lo > 0 and (text[lo - 1].isdigit() or text[lo - 1] == "."):
            lo -= 1
    m = _patterns()["pair"].match(text, lo)
    if m is None:
        return None
    done, planned = parse_digits(m.group(1)), parse_digits(m.group(2))
    if done is None or planned is None or planned < _PAIR_MIN or done > planned or (
            "." not in m.group(2) and 1900 <= planned <= 2099):
        return None  # "Nomor 12/2021 tentang ...": a number of a year
    return m


_PAIR_MIN = 20  # the smallest "of planned" that is no denominator of a share


def _range_second(text: str, s: int) -> bool:
    """The number after "1,5 persen-" or "2,5 juta-": the second end of a range."""
    lo = max(0, s - 24)
    return any(m.end() == s for m in _patterns()["range_hyphen"].finditer(text, lo, s))


def _currency_glued(text: str, s: int) -> bool:
    # "Rp582.932", "US$5": letters before the digits must be a currency prefix.
    # The prefix starts after a space or a punctuation mark ("Rp10 juta-Rp15 juta",
    # "(Rp1,8 juta)"), or after a lower-case word a scraper glued to its capital
    # ("zakatRp7,6 miliar").
    j = s
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "$.") and s - j < 4:
        j -= 1
    if text[j:s].lower().rstrip(".") in _currency_prefixes():
        return True
    return any(text[k].isupper() and text[k - 1].islower()
               and text[k:s].lower().rstrip(".") in _currency_prefixes() for k in range(j + 1, s))


def _word_glued(text: str, s: int) -> bool:
    """The letters right before the digits at ``s`` are a whole word a scraper glued on
    ("atau13,04 persen"; numbers.json ``glued_prefixes``)."""
    j = s
    while j > 0 and text[j - 1].isalpha() and s - j <= 12:
        j -= 1
    if j > 0 and (text[j - 1].isalnum() or text[j - 1] in "_-/.@"):
        return False
    return text[j:s].lower() in _glued_prefixes()


@cache
def _glued_prefixes() -> frozenset[str]:
    return frozenset(load_numbers()["glued_prefixes"])


@cache
def _currency_prefixes() -> frozenset[str]:
    """The currency prefixes of units.json ("rp", "us$", "idr", ...), without a final dot."""
    with open(DATA_DIR / "units.json", encoding="utf-8") as f:
        return frozenset(k.rstrip(".") for k in json.load(f)["currency_prefix"])


def _word_spans(text: str, m: re.Match[str]) -> list[NumberSpan]:
    """Number-word phrases; a run that does not parse as one number yields nothing."""
    tokens = [(w.start(), w.end(), w.group(0)) for w in _patterns()["word"].finditer(m.group(0))]
    base_off = m.start()
    words = [t[2] for t in tokens]
    first = words[0].lower()
    s = base_off + tokens[0][0]
    e = base_off + tokens[-1][1]
    # "salah satu" (one of), "satu-satunya", "dua-duanya": not counts.
    prev = text[max(0, s - 6):s].lower()
    if prev.rstrip().endswith("salah") or (e < len(text) and text[e] == "-"):
        return []
    d = load_numbers()
    if len(words) == 1 and first in d["half_words"]:
        # Reached only before "persen" ("setengah persen" = 0.5 %); shares use the frac branch.
        return [NumberSpan(s, e, d["half_words"][first], d["half_words"][first], 1.0, "words")]
    v = parse_words(words)
    if v is None:
        return []
    scale = 1.0
    # Split trailing scale words off so that callers can inherit scales in ranges.
    k = len(words)
    while k > 1 and words[k - 1].lower() in d["scales"]:
        scale *= d["scales"][words[k - 1].lower()]
        k -= 1
    base = parse_words(words[:k]) if k < len(words) else v
    return [NumberSpan(s, e, v, base if base is not None else v, scale, "words")]
