"""Units after (or currency before) a number, from the lexicon in ``data/units.json``.

Unit policy (SPEC section 4), tried in this order right after the number:

1. percentage points ("poin persen", "persen poin", "pp"), then "%"/"persen";
2. "poin" (``point``; ``quantities`` turns it into ``pp`` after a percentage);
3. currencies written after the amount ("juta VND", "dong", "rupiah", "dolar AS");
4. "kali"/"kali lipat"/"lipat" (``times``; ``quantities`` decides ratio vs frequency);
5. duration words ("tahun", "bulan" ...): reported so the caller can drop the number;
6. a classifier ("ekor", "unit", "buah" ...) plus its noun: a known noun keeps its
   code ("unit RTLH" -> house), otherwise the unit is the lower-case phrase ("ekor sapi");
7. a counted noun from the lexicon: SPEC codes (``household``, ``village`` ...) or,
   for ``text_nouns``, the noun itself ("pasien"). Longest phrase wins ("rumah
   tangga" over "rumah", "rumah sakit" is not a house); a ``[code, n]`` entry keeps
   only its first n words in the span ("proyek infrastruktur" -> "proyek");
8. fallback, only when the caller allows it (digits, vague plurals): a following
   lower-case word that is not a function word, month, or verb form
   (me-/ber-/ter-/di- prefixes) is an unknown counted noun and its text is the unit.
   Capitalised words never qualify (names: "Program 135 Desa Wisata").

Rates: a "/" rate glued to the unit ("10%/tahun", "VND/rumah tangga") is inside the
span; rate words after it ("per kapita per bulan", "setiap tahunnya", "sebulan")
are outside the span. "setiap/tiap X" counts as a rate for money and percentages
only (an area "seluas 45 hektar ... setiap tahun" is not hectare/year).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from ekstrak.numbers import DATA_DIR, WS

UnitKind = Literal[
    "currency", "percent", "pp", "point", "times", "duration", "noun", "text", "fallback"
]


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A unit found at a position: its code, span end and what sort of unit it is."""

    code: str
    end: int
    kind: UnitKind


@cache
def load_units() -> dict[str, Any]:
    with open(DATA_DIR / "units.json", encoding="utf-8") as f:
        return json.load(f)


def _alt(words: Any) -> str:
    """Regex alternation of phrases, longest first; a space in a phrase matches any run of
    whitespace."""
    return "|".join(
        re.escape(w).replace(r"\ ", WS + "+") for w in sorted(words, key=len, reverse=True)
    )


def _key(s: str) -> str:
    return " ".join(s.lower().split())


alternation = _alt  # for the other stages' lexicon patterns


def _word(alts: str) -> str:
    # Word-bounded phrase; "%" and "$" have no word boundary of their own.
    return rf"(?:{alts})(?![\w])"


def _code_and_head(value: str | list[Any]) -> tuple[str, int]:
    """A unit table value: "code", or ["code", n] when only the first n words of the phrase
    belong in the span ("rumah tidak layak huni" -> "rumah", "kali lipat" -> "kali")."""
    return (value, 0) if isinstance(value, str) else (value[0], int(value[1]))


def _head_end(m: re.Match[str], n: int) -> int:
    """End of the span: the whole match, or its first ``n`` words."""
    if not n:
        return m.end()
    words = list(re.finditer(r"\S+", m.group(0)))
    return m.start() + words[min(n, len(words)) - 1].end()


@cache
def _lex() -> dict[str, Any]:
    u = load_units()
    nouns: dict[str, tuple[str, int]] = {}
    for k, v in u["counted_nouns"].items():
        nouns[_key(k)] = _code_and_head(v)
    for k in u["text_nouns"]:
        nouns.setdefault(_key(k), (_key(k), 0))
    rate_nouns = {_key(k): v for k, v in u["rate_nouns"].items()}
    for k, (code, _n) in nouns.items():
        if k not in u["text_nouns"]:
            rate_nouns.setdefault(k, code)
    # Exchange rates: "Rp9.107 per dolar AS" -> IDR/USD.
    for k, code in u["currency_suffix"].items():
        rate_nouns.setdefault(_key(k), code)
    stop = {w.lower() for w in u["stop_words"]} | set(u["duration"])
    months = set(u["months"])
    nya = re.escape(u["enclitic"])
    # a word ends here, or the enclitic follows and ends it ("persennya", "unitnya")
    word_end = r"(?:(?![\w])|(?=" + nya + r"(?![\w])))"
    return {
        "nouns": nouns,
        "rate_nouns": rate_nouns,
        "stop": stop,
        "months": months,
        "classifiers": set(u["classifiers"]),
        "fillers": frozenset(u["fillers"]),
        "classifier_nouns": {c: re.compile(r"\b(?:" + "|".join(map(re.escape, ws)) + r")\b", re.I)
                             for c, ws in u["classifier_nouns_before"].items()},
        "pp": re.compile(WS + "*" + _word(_alt(u["percent_points"])), re.I),
        # "tercatat 21,76 persennya adalah ...": "-nya" stays outside the span
        "pct": re.compile(WS + "*(?:" + _alt(u["percent"]) + r")" + word_end, re.I),
        "point": re.compile(WS + "*" + _word(_alt(u["points"])), re.I),
        "cur": re.compile(WS + "*" + _word(_alt(u["currency_suffix"])), re.I),
        "times": re.compile(WS + "*" + _word(_alt(u["times"])), re.I),
        "dur": re.compile(WS + "*" + _word(_alt(u["duration"])), re.I),
        # "20 unitnya dari dana Baznas": the enclitic "-nya" stays outside the span
        "noun": re.compile(WS + "*(?:" + _alt(nouns) + r")" + word_end, re.I),
        "word": re.compile(WS + r"*([A-Za-z][A-Za-z-]*[A-Za-z]|[A-Za-z])(?![\w])"),
        "prefix": re.compile(
            r"(?<![A-Za-z])(?:" + _alt(u["currency_prefix"]) + r")" + WS + r"*\Z", re.I
        ),
        # "zakatRp7,6 miliar": a prefix a scraper glued to the word before it, told by its
        # capital after a lower-case letter (read case-sensitively)
        "glued_prefix": re.compile(
            r"(?<=[a-z])(?:" + "|".join(sorted({re.escape(form) for k in u["currency_prefix"]
                                                  if k[:1].isalpha()
                                                  for form in (k.upper(), k[0].upper() + k[1:])},
                                                 key=len, reverse=True))
            + r")" + WS + r"*\Z"),
        "cscale": re.compile(
            WS + r"*(" + _alt(load_currency_scales()) + r")(?![A-Za-z])"
        ),
        # "/kapita", and the glued "/perkapita", "/perbulan" (per written on the noun)
        "slash": re.compile(
            WS + "*/" + WS + "*(?:per-?)?(" + _alt(rate_nouns) + r")(?![\w])"
            + r"(?:" + WS + r"+(?:" + _alt(u["rate_noun_modifiers"]) + r")(?![\w]))?", re.I),
        "slash_any": re.compile(WS + "*/" + WS + r"*[A-Za-z]"),
        # "1,9 US dollar PPP (purchasing power parity) per kapita": the tag's gloss too
        # "2.800.000 dong Vietnam (VND) per bulan": the code in brackets before the rate
        "bracket_code": re.compile(
            r"\(" + WS + "*(?:" + _alt(sorted(set(u["currency_suffix"].values()))) + r")" + WS
            + r"*\)" + WS + "*"),
        "amount_tag": re.compile(r"(?:" + _alt(u["amount_tags"]) + r")(?![\w])" + WS + "*"
                                 + r"(?:\([^\W\d][^()\d\n]{0,40}\)" + WS + "*)?"),
        # "per rumah tangga miskin per bulan": the noun's modifier is part of the rate.
        "rate_per": re.compile(
            WS + r"*(?:" + _alt(u["rate_prefixes"]) + r")" + WS + r"*-?" + WS + "*"
            + r"(" + _alt(rate_nouns) + r")(?![\w])"
            + r"(?:" + WS + r"+(?:" + _alt(u["rate_noun_modifiers"]) + r")(?![\w]))?", re.I
        ),
        # (after any rate prefix: "Rp1 juta untuk setiap ahli waris", "untuk setiap
        # nasabah": whatever is allotted to, it is what the amount is per)
        "rate_per_any": re.compile(
            WS + r"*(?:" + _alt(u["rate_prefixes"]) + r")" + WS
            + r"+((?:(?:\d{1,2}|" + _alt(u["counted_period_numbers"]) + r")" + WS
            + r"+(?:" + _alt(u["counted_period_nouns"]) + r")|[a-z]{2,})(?![\w]))"),
        "rate_flow": re.compile(
            WS + r"*(?:" + _alt(u["flow_rate_prefixes"]) + r")" + WS + "+"
            + r"(" + _alt(rate_nouns) + r")(?:" + nya + r")?(?![\w])", re.I
        ),
        # not "per orang tahun ini", "per kapita tahun 2023": a date, not the rate
        "bare_time": re.compile(
            WS + r"+(" + _alt(u["bare_time_nouns"]) + r")(?![\w-])(?!" + WS + r"+(?:"
            + _alt(u["bare_time_not_before"]) + r")(?![\w-])|" + WS + r"+\d)", re.I),
        "rate_word": re.compile(WS + r"*(" + _alt(u["rate_words"]) + r")(?![\w])"
                                r"(?!" + WS + r"+(?:" + _alt(u["rate_words_not_before"]) + r")(?![\w]))", re.I),
        # "88 juta orang per tahun 2010", "per Maret 2024", "per hari ini": "per" before a
        # date says "as of"
        "as_of_date": re.compile(WS + r"+(?:(?:19|20)\d\d|" + _alt(u["months"] + u["as_of_words"])
                                + r")(?![\w])", re.I),
        "late_flow": re.compile(
            WS + r"*(?:(?!(?:" + _alt(u["late_flow_gap_stop"]) + r")(?![\w-]))[a-z][a-z-]*" + WS
            + r"+){0,4}(?:(?:" + _alt(u["flow_rate_prefixes"] + u["rate_prefixes"]) + r")" + WS
            + r"+(?P<n>" + _alt(u["late_flow_nouns"]) + r")|[a-z]+/(?P<s>"
            + _alt(u["late_flow_nouns"]) + r")|(?:" + _alt(u["late_flow_within_lead"]) + r")" + WS
            + r"+(?P<w>" + _alt(u["late_flow_within"]) + r")"
            # "10 Kilogram beras perbulan": "per" glued to the time noun
            + r"|(?P<g>" + _alt([w for w, c in u["rate_words"].items()
                                 if w.startswith("per") and c in u["late_flow_nouns"].values()])
            + r"))(?![\w-])(?!" + WS + r"+(?:"
            + _alt(u["late_flow_not_after"]) + r"))"),
        "time_rates": frozenset(u["late_flow_nouns"].values()),
        "verbish": re.compile(r"^(?:me[mn]\w{3,}|meng\w+|meny\w+|ber\w{3,}|ter\w{3,}|di\w{4,}|memper\w+|diper\w+)$"),
    }


def load_currency_scales() -> dict[str, float]:
    from ekstrak.numbers import load_numbers

    return load_numbers()["currency_scales"]


def currency_prefix(text: str, num_start: int, lo: int) -> tuple[int, str] | None:
    """A currency written before the number ("Rp", "Rp.", "US$", "USD"): (its start, code)."""
    window = text[max(lo, num_start - 8):num_start]
    m = _lex()["prefix"].search(window) or _lex()["glued_prefix"].search(window)
    if m is None:
        return None
    raw = m.group(0).strip().lower()
    code = load_units()["currency_prefix"].get(raw) or load_units()["currency_prefix"].get(raw.rstrip("."))
    if code is None:
        return None
    return num_start - len(window) + m.start(), code


def currency_scale(text: str, pos: int, end: int) -> tuple[int, float] | None:
    """A one-letter scale valid only after a currency prefix: "Rp 5 M", "Rp2,5T"."""
    m = _lex()["cscale"].match(text, pos, end)
    if m is None:
        return None
    return m.end(), float(load_currency_scales()[m.group(1)])


def noun_at(text: str, pos: int, end: int, country: str | None = None) -> UnitMatch | None:
    """A lexicon counted noun starting at ``pos`` (after optional spaces)."""
    lx = _lex()
    m = lx["noun"].match(text, pos, end)
    if m is None:
        return None
    phrase = _key(m.group(0))
    u, after = load_units(), m.end()
    if (len(phrase) < u["enclitic_min_noun"]
            and text[after:after + len(u["enclitic"])].lower() == u["enclitic"]):
        return None  # "hanya", "punya": a word of its own, not "ha" + "-nya"
    code, n = lx["nouns"][phrase]
    override = u["country_overrides"].get(country or "", {})
    code = override.get(phrase, code)
    stop = _head_end(m, n)
    kind: UnitKind = "text" if code == phrase and phrase in u["text_nouns"] else "noun"
    return UnitMatch(code, stop, kind)


def fallback_noun(text: str, pos: int, end: int) -> UnitMatch | None:
    """An unknown lower-case counted noun (see module docstring, rule 8)."""
    lx = _lex()
    m = lx["word"].match(text, pos, end)
    if m is None:
        return None
    w = m.group(1)
    if not w[0].islower() or len(w) < 3:
        return None
    lw = w.lower()
    if lw in lx["stop"] or lw in lx["months"] or lx["verbish"].match(lw) or lw.endswith(load_units()["enclitic"]):
        return None
    return UnitMatch(lw, m.end(), "fallback")


@cache
def _kind_of_code() -> dict[str, str]:
    """Unit code -> the kind the unit tables give it (percent, pp, point, currency, times)."""
    u = load_units()
    out: dict[str, str] = {}
    for table, kind in (("percent_points", "pp"), ("percent", "percent"), ("points", "point"),
                        ("currency_suffix", "currency"), ("currency_prefix", "currency"),
                        ("times", "times")):
        for value in u[table].values():
            out.setdefault(_code_and_head(value)[0], kind)
    return out


def unit_kind(code: str) -> str:
    """The kind of a unit code as the tables give it; a counted noun otherwise."""
    return _kind_of_code().get(code, "noun")


def match_unit(
    text: str, pos: int, end: int, *, fallback: bool, country: str | None = None
) -> UnitMatch | None:
    """The unit written right after a number ending at ``pos`` (rules in the module docstring)."""
    lx = _lex()
    u = load_units()
    for key, table, kind in (
        ("pp", "percent_points", "pp"),
        ("pct", "percent", "percent"),
        ("point", "points", "point"),
        ("cur", "currency_suffix", "currency"),
        ("times", "times", "times"),
    ):
        m = lx[key].match(text, pos, end)
        if m is not None:
            # "2,7 kali lipat": ["times", 1] keeps one head word in the span (R 12).
            code, n = _code_and_head(u[table][_key(m.group(0))])
            return UnitMatch(code, _head_end(m, n), kind)  # type: ignore[arg-type]
    if lx["dur"].match(text, pos, end):
        m = lx["dur"].match(text, pos, end)
        assert m is not None
        return UnitMatch("duration", m.end(), "duration")
    w = lx["word"].match(text, pos, end)
    if w is not None and w.group(1).lower() in lx["classifiers"]:
        clf = w.group(1).lower()
        nxt = noun_at(text, w.end(), end, country)
        if nxt is not None:
            return nxt if nxt.kind == "noun" else UnitMatch(
                clf + " " + nxt.code, nxt.end, "text"
            )
        fb = fallback_noun(text, w.end(), end)
        if fb is not None:
            return UnitMatch(clf + " " + fb.code, fb.end, "text")
        return UnitMatch(_noun_before(text, pos, clf), w.end(), "text")
    if w is not None and w.group(1).lower() in lx["fillers"]:
        # "165.890 jumlah penduduk": the noun after the filler, or no unit at all; a label's
        # one digit ("kuartal 3 jumlah penduduk", "Kecamatan 2 jumlah ...") counts nothing
        many = pos >= 2 and text[pos - 2].isdigit()
        return noun_at(text, w.end(), end, country) if many else None
    noun = noun_at(text, pos, end, country)
    if noun is not None:
        return noun
    if w is not None:
        typo = _percent_typos().get(w.group(1).lower())
        if typo is not None:
            return UnitMatch(typo, w.end(), "pp" if typo == "pp" else "percent")
    if fallback:
        return fallback_noun(text, pos, end)
    return None


@cache
def _percent_typos() -> dict[str, str]:
    """Misspelt percent words ("pesen", "peresen", "persenpoin") -> their code: every string
    one edit (a letter dropped, added, changed, or two swapped) from a percent word of six
    letters or more, written with its spaces left out; real words are kept out."""
    u = load_units()
    spelt = ((k.replace(" ", ""), v) for table in ("percent", "percent_points")
             for k, v in u[table].items())
    words = {k: v for k, v in spelt if len(k) >= 6 and k.isalpha()}
    letters = "abcdefghijklmnopqrstuvwxyz"
    out: dict[str, str] = {}
    for word, code in words.items():
        for i in range(len(word) + 1):
            for c in letters:
                out.setdefault(word[:i] + c + word[i:], code)  # a letter added
            if i < len(word):
                out.setdefault(word[:i] + word[i + 1:], code)  # dropped
                for c in letters:
                    out.setdefault(word[:i] + c + word[i + 1:], code)  # changed
            if i < len(word) - 1:
                out.setdefault(word[:i] + word[i + 1] + word[i] + word[i + 2:], code)  # swapped
    # "persenpoin" is "persen poin" with its space left out
    out.update({w: c for w, c in words.items() if w not in u["percent"]})
    for real in (*(k.lower() for k in u["percent"]), *u["percent_typo_not"]):
        out.pop(real, None)
    return out


_NOUN_BEFORE_WINDOW = 120  # characters back, within the sentence


def _noun_before(text: str, pos: int, clf: str) -> str:
    """"yaitu 80 ekor" after "memelihara sapi": the classifier counts the noun named last
    before it in the sentence ("ekor sapi"); the classifier alone when none is named."""
    pattern = _lex()["classifier_nouns"].get(clf)
    if pattern is None:
        return clf
    lo = max(0, pos - _NOUN_BEFORE_WINDOW)
    stop = max(text.rfind(".", lo, pos), text.rfind("\n", lo, pos))
    found = None
    for found in pattern.finditer(text, stop + 1, pos):  # noqa: B007 - the last one is wanted
        pass
    return f"{clf} {found.group(0).lower()}" if found is not None else clf


def rate_order(codes: list[str]) -> list[str]:
    """Rate codes in SPEC's order: what an amount is per (a person, a household, a house),
    then the period: "per bulan per keluarga" and "per keluarga per bulan" are both
    ``IDR/household/month``, as "/bulan/kapita" is ``/person/month``."""
    times = _lex()["time_rates"]
    return sorted(codes, key=times.__contains__)  # stable: each group keeps its order


def slash_rates(text: str, pos: int, end: int) -> tuple[list[str], int, bool]:
    """Rates glued with "/" ("/rumah tangga", "/kapita/bulan"): (codes, new end, unknown_slash).

    ``unknown_slash`` is True when a "/" is followed by letters that are no rate
    ("90/QD-TTg"): the number is then a code, not a quantity.
    """
    lx = _lex()
    codes: list[str] = []
    while True:
        m = lx["slash"].match(text, pos, end)
        if m is None:
            break
        codes.append(lx["rate_nouns"][_key(m.group(1))])
        pos = m.end()
    unknown = lx["slash_any"].match(text, pos, end) is not None
    return codes, pos, unknown


def rate_words(text: str, pos: int, end: int, *, flow: bool) -> list[str]:
    """Rate words after a quantity ("per kapita per bulan", "setiap tahunnya"); outside the span."""
    return rate_phrase(text, pos, end, flow=flow)[0]


def rate_phrase(text: str, pos: int, end: int, *, flow: bool) -> tuple[list[str], int]:
    """The rate words after a quantity (see :func:`rate_words`) and where they end."""
    codes: list[str] = []
    p: int | None = _rate_start(text, pos, end)
    while p is not None:
        pos, p = p, _next_rate(text, p, end, codes, flow)
    return codes, pos


def _rate_start(text: str, pos: int, end: int) -> int:
    """Where the rate words may start: past spaces, an amount's tag ("US$ 1,9 PPP per hari"),
    a currency code in brackets, a closing bracket ("2,8 juta dong (sekitar Rp1,8 juta) per
    bulan"), an opening one before the rate ("Rp 5.100 (per liter)") or a comma before a time rate ("setara Rp 1,4 juta, per bulan")."""
    lx = _lex()
    p = pos
    while p < end and (text[p].isspace() and text[p] != "\n"):
        p += 1
    tag = lx["amount_tag"].match(text, p, end)
    if tag is not None:
        p = tag.end()
    code_tag = lx["bracket_code"].match(text, p, end) if p < end and text[p] == "(" else None
    if code_tag is not None:
        p = code_tag.end()
    if p < end and text[p] == ")":
        p += 1
    elif p < end and text[p] == "(" and lx["rate_per"].match(text, p + 1, end) is not None:
        p += 1  # a rate in brackets: "Rp 5.100 (per liter)", "Rp 150 ribu (per bulan)"
    elif p < end and text[p] == ",":
        m = lx["rate_per"].match(text, p + 1, end)
        if m is not None and lx["rate_nouns"][_key(m.group(1))] in lx["time_rates"] \
                and not lx["as_of_date"].match(text, m.end(), end):
            p += 1
    return p


def _next_rate(text: str, p: int, end: int, codes: list[str], flow: bool) -> int | None:
    """Read the next rate at ``p`` into ``codes``: where it ends, or None when none follows."""
    lx = _lex()
    m = lx["rate_per"].match(text, p, end)
    if m is not None:
        return _per_rate(text, m, end, codes)
    m = lx["rate_word"].match(text, p, end)
    if m is not None:
        codes.append(load_units()["rate_words"][m.group(1).lower()])
        return m.end()
    if flow:
        m = lx["rate_flow"].match(text, p, end)
        if m is not None:
            codes.append(lx["rate_nouns"][_key(m.group(1))])
            return m.end()
        if not any(c in lx["time_rates"] for c in codes):
            m = lx["late_flow"].match(text, p, end)
            if m is not None:
                u = load_units()
                noun = m.group("n") or m.group("s")
                codes.append(u["late_flow_nouns"][noun.lower()] if noun
                             else u["rate_words"][m.group("g").lower()] if m.group("g")
                             else u["late_flow_within"][" ".join(m.group("w").lower().split())])
                return m.end()
    m = lx["rate_per_any"].match(text, p, end)
    if m is not None and not codes:
        w = " ".join(m.group(1).lower().split())  # "per  tiga bulan": one space
        if w not in lx["stop"] and w not in lx["months"]:
            codes.append(w)
            return m.end()
    return None


def _per_rate(text: str, m: re.Match[str], end: int, codes: list[str]) -> int | None:
    """A "per X" rate, with a "/Y" glued after it ("per keluarga/bulan") or the month whose
    "per" was left out ("Rp489.954 per kapita bulan"); none when "per" says "as of" a date."""
    lx = _lex()
    code = lx["rate_nouns"][_key(m.group(1))]
    if code in lx["time_rates"] and lx["as_of_date"].match(text, m.end(), end):
        return None
    codes.append(code)
    p = m.end()
    slash = lx["slash"].match(text, p, end)
    if slash is not None:
        codes.append(lx["rate_nouns"][_key(slash.group(1))])
        p = slash.end()
    bare = lx["bare_time"].match(text, p, end)
    if bare is not None and codes[-1] in load_units()["bare_time_after_rates"]:
        codes.append(load_units()["bare_time_nouns"][bare.group(1).lower()])
        p = bare.end()
    return p


def next_word(text: str, pos: int, end: int) -> str:
    """The lower-case word right after ``pos`` (skipping inline spaces), or ''."""
    m = _lex()["word"].match(text, pos, end)
    return m.group(1).lower() if m else ""


def is_month(word: str) -> bool:
    return word.lower() in _lex()["months"]
