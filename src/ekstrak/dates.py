"""DATE mentions and date stamps (SPEC section 2, DATE).

Rules find the candidate spans and normalise them to ``TimeNorm`` themselves;
dateparser is only a lazy fallback for odd date-stamp formats in
``find_published`` (never ``search_dates`` on running text: it turns "12,2%"
into a date and splits "2026 hingga 2030").

Decisions (see also data/dates.json):
- "tahun", "periode", "pada", "tanggal", "bulan" stay outside the span; period
  modifiers stay inside ("akhir tahun 2024") and do not change the norm.
- A day name joined to a written date is inside ("Selasa, 18 Januari 2022");
  a parenthesised dateline date is the parentheses only ("Senin (13/1)" ->
  "(13/1)"), as in the SPEC example "(11/12)".
- Yearless dates ("(13/1)", "2 September", "bulan Maret", a bare day name) are
  resolved against ``published``; without it they keep ``TimeNorm(None, None)``.
- The year of a regulation ("Nomor 6 Tahun 2014", "No. 23/2014") is part of its
  identifier, not a time, so it is not a DATE.
- A bare 4-digit number followed by a counted noun, scale word or unit is a
  quantity ("2025 rumah tangga") unless a year cue precedes it ("pada tahun").
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from importlib import resources
from typing import Any

from ekstrak.casefold import letter_trie, literal_first, lower_text
from ekstrak.models import Mention, TimeNorm

# (year, month, day) with missing parts as None.
_YMD = tuple[int | None, int | None, int | None]

# How far after the publication date a yearless date may lie before it is
# taken to be last year's ("(30/12)" in a story of 2 January).
_FUTURE_SLACK = timedelta(days=60)


@functools.cache
def _lexicon() -> dict[str, Any]:
    raw = resources.files("ekstrak").joinpath("data/dates.json").read_text(encoding="utf-8")
    lx = {k: v for k, v in json.loads(raw).items() if not k.startswith("_")}
    # Before a month name a person's title makes it a name ("Ibu Mei ini berkata"): the
    # titles are the place lexicon's, which keeps names out of places the same way.
    places = resources.files("ekstrak").joinpath("data/places_lexicon.json").read_text("utf-8")
    lx["person_titles"] = frozenset(json.loads(places)["person_titles"])
    return lx


def day_names() -> list[str]:
    """Weekday names of the dates lexicon, lower case ("senin", "jum'at", ...)."""
    return list(_lexicon()["days"])


def _alt(words: list[str] | dict[str, Any]) -> str:
    """Regex alternation of literal words, longest first so 'sampai dengan' beats 'sampai'."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _months() -> dict[str, int]:
    """Month names and their short forms -> month number (built once: the date scanner and
    the line joiner ask for it per match and per line; read, never changed)."""
    lx = _lexicon()
    return {**lx["months"], **lx["month_abbreviations"]}


def starts_with_year(text: str, start: int, end: int) -> bool:
    """A year (1900-2099) opens ``text[start:end]``, a whole number of its own, no date's or
    code's first part ("2016 penduduk", "2016yaitu"; not "2024-07-01", "2016/2017")."""
    return _YEAR_START.match(text, start, end) is not None


_YEAR_START = re.compile(r"(?:19|20)\d\d(?![\d/-])")


def is_month_name(word: str) -> bool:
    """A month's name, full ("September") or written short ("Sept")."""
    return word.rstrip(".").lower() in _months()


def _month_alt(lx: dict[str, Any]) -> str:
    # Abbreviations may carry a dot, but only when a number follows ("Des. 2024"),
    # so a sentence-final "Jan." keeps its full stop outside the span.
    return rf"(?:{_alt(lx['months'])}|(?:{_alt(lx['month_abbreviations'])})(?:\.(?=\s*\d))?)"


@dataclass(frozen=True)
class _Patterns:
    expr: re.Pattern[str]
    single: re.Pattern[str]
    bare_day: re.Pattern[str]
    day_name_any: re.Pattern[str]
    anchor: re.Pattern[str]
    anchor_word: re.Pattern[str]
    relative: re.Pattern[str]
    modifier_before: re.Pattern[str]
    prev_word: re.Pattern[str]
    next_word: re.Pattern[str]
    decree: re.Pattern[str]
    this_year: re.Pattern[str]
    this_year_lead: re.Pattern[str]
    time: re.Pattern[str]
    stamp_rest: re.Pattern[str]


_LEAD = r"(?<![\w/@#])(?<!\d[.,:\u2013-])(?<![A-Za-z]-)"
_TRAIL = r"(?!\w)(?![.,:]\d)(?!\s*%)"
_YEAR = r"\d{4}"


def _point(p: str, lx: dict[str, Any]) -> str:
    """One time point; group names carry prefix ``p`` so two points fit one regex."""
    month = _month_alt(lx)
    day_name = _alt(lx["days"])
    mod = _alt(lx["modifiers"])
    year_word = _alt(lx["year_words"])
    period = _alt(lx["sub_year_periods"])
    ordinal = _alt(lx["ordinals"])
    numbers = _alt(lx["number_words"])
    first_months = _alt(lx["first_months_words"]).replace(r"\ ", r"\s+")
    return (
        rf"(?:(?P<{p}dn>{day_name}),?\s+(?=\d))?"
        r"(?:"
        # 18/01/2022, 18-01-2022, 18.01.2022 (day first, one separator)
        rf"(?P<{p}nd>\d{{1,2}})(?P<{p}ns>[/.-])(?P<{p}nm>\d{{1,2}})(?P={p}ns)(?P<{p}ny>{_YEAR})"
        # ISO 2022-01-18
        rf"|(?P<{p}iy>{_YEAR})-(?P<{p}im>\d{{2}})-(?P<{p}id>\d{{2}})"
        # January 18, 2022
        rf"|(?P<{p}m2>{month})\s+(?P<{p}d2>\d{{1,2}}),?\s+(?P<{p}y2>{_YEAR})"
        # [akhir] [18] Januari [2022]
        rf"|(?:(?P<{p}mod>{mod})\s+)?(?:(?P<{p}d>\d{{1,2}})\s+)?(?P<{p}m>{month})(?:\s*(?P<{p}y>{_YEAR}))?"
        # sembilan bulan pertama tahun 2024
        rf"|(?P<{p}fm>{numbers}|\d{{1,2}})\s+(?:{first_months})\s+(?:(?:{year_word})\.?\s+)?(?P<{p}fy>{_YEAR})"
        # semester I 2024, Triwulan III-2024, Q3/2024
        rf"|(?P<{p}per>{period})\s*(?P<{p}ord>{ordinal})(?!\w)"
        rf"(?:\s*[/-]\s*|\s+(?:(?:{year_word})\.?\s+)?)(?P<{p}py>{_YEAR})"
        # [akhir [tahun]] 2024, 2024/2025, 2024/25, 2019-20
        rf"|(?:(?P<{p}ymod>{mod})\s+(?:(?:{year_word})\.?\s+)?)?(?P<{p}yy>{_YEAR})"
        rf"(?:/(?P<{p}yy2>{_YEAR}|\d{{2}})(?!\d)|[-\u2013](?P<{p}yy3>\d{{2}})(?!\d))?"
        r")"
    )


@functools.cache
def _patterns() -> _Patterns:
    lx = _lexicon()
    words = [c for c in lx["range_connectors"] if c[0].isalpha()]
    dashes = "".join(re.escape(c) for c in lx["range_connectors"] if not c[0].isalpha())
    year_word = _alt(lx["range_inner_words"])
    # "2015--2022": a doubled hyphen (typed for an en dash) is one connector.
    conn = rf"(?:\s*[{dashes}]{{1,2}}\s*|\s+(?:{_alt(words)})\s+)(?:(?:{year_word})\s+)?"
    month = _month_alt(lx)
    paren = (
        r"\(\s*(?P<pd>\d{1,2})/(?P<pm>\d{1,2})(?:/(?P<py>\d{4}|\d{2}))?\s*\)"
    )
    # "Januari, Februari dan Maret tahun 2023", "Juni dan Juli 2025": a list of months that
    # the last one's year closes is the span from the first to the last
    joins = _alt(lx["month_list_joins"])
    listed = (rf"(?P<ml>{month})(?P<ml_rest>(?:\s*,\s*{month})*)"
              rf"(?:\s*,\s*(?:(?:{joins}|{_alt(words)})\s+)?|\s+(?:{joins})\s+)"
              rf"(?P<mlb>{month})\s+(?:(?:{_alt(lx['year_words'])})\s+)?(?P<mly>{_YEAR})")
    expr = (
        rf"{_LEAD}(?:{paren}"
        rf"|{listed}"
        rf"|{_point('a', lx)}(?P<rng>{conn}{_point('b', lx)})?"
        rf"|(?P<dd>\d{{1,2}}){conn}(?=\d{{1,2}}\s+{month}){_point('c', lx)}"
        rf"){_TRAIL}"
    )
    flags = re.IGNORECASE
    # Day names alone are matched case-sensitively: "minggu" is also "week".
    day_names = "|".join(
        re.escape(d[0].upper() + d[1:]) for d in sorted(lx["days"], key=len, reverse=True)
    )
    starters = letter_trie(literal_first(r"\b(?:" + _alt(sorted(_starters())) + ")"))
    time_zone = _alt(lx["time_zones"])
    stamp = _alt(lx["stamp_words"])
    return _Patterns(
        expr=re.compile(expr, flags),
        single=re.compile(rf"{_LEAD}{_point('a', lx)}{_TRAIL}", flags),
        bare_day=re.compile(rf"(?<!\w)(?P<dn>{day_names})(?!\w)"),
        day_name_any=re.compile(rf"(?<!\w)(?:{_alt(lx['days'])})(?!\w)", flags),
        # Run on lower-cased text, so no IGNORECASE: that makes it four times faster.
        # Two scans whose starts together are those of "\(|(?<!\d)\d|(?<!\w)(?:starters)...":
        # a starter word holds no digit or "(". Each opens with what re can skip ahead to (a
        # class; letters, see casefold.letter_trie); the one alternation could not.
        anchor=re.compile(r"[(\d](?<!\d\d)"),
        anchor_word=re.compile(rf"(?:{starters})(?![^\W\d_])"),
        relative=re.compile(  # on lower-cased text, like anchor
            rf"(?<!\w)(?:{_alt(lx['relative']).replace(chr(92) + ' ', chr(92) + 's+')})(?!\w)"
        ),
        modifier_before=re.compile(rf"(?<!\w)(?:{_alt(lx['modifiers'])})\s+$", flags),
        prev_word=re.compile(r"([\w$.']+)\W*$"),
        next_word=re.compile(r"\s*([\w%]+)"),
        decree=re.compile(
            rf"(?:{_alt(lx['decree_number_words'])})\s*[\w./-]+\s+(?:{_alt(lx['year_words'])})\s+$",
            flags,
        ),
        # the year first: a scan that starts at a digit, not at every word of a long text
        this_year=re.compile(r"(?<!\d)((?:19[89]|20\d)\d)\s+ini(?!\w)", flags),
        this_year_lead=re.compile(rf"(?<!\w)(?:{_alt(lx['this_year_lead_words'])})\s+\Z", flags),
        time=re.compile(
            rf"(?<!\d)\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?(?:\s*(?:{time_zone})\b(?:\s*[+-]\s*\d{{1,2}})?)?",
            flags,
        ),
        stamp_rest=re.compile(rf"(?:\b(?:{stamp}|{time_zone})\b|[\s|,:;/\u2022\u00b7()\[\]\u2013\u2014.+-])+", flags),
    )


@functools.cache
def _starters() -> frozenset[str]:
    """Lower-case words a DATE span may start with (besides digits and '(')."""
    lx = _lexicon()
    words = [*lx["months"], *lx["month_abbreviations"], *lx["days"], *lx["sub_year_periods"],
             *lx["number_words"], *(m.split("-")[0] for m in lx["modifiers"])]
    return frozenset(w.lower() for w in words)


def _year_ok(y: int) -> bool:
    lo, hi = _lexicon()["year_window"]
    return lo <= y <= hi


def _year2(y: int, yy: str) -> int:
    """Second year of '2024/25' or a 2-digit year in '(13/1/25)'."""
    return int(yy) if len(yy) == 4 else (y // 100) * 100 + int(yy)


@dataclass
class _Point:
    start: _YMD
    end: _YMD
    bare_year: bool = False  # a lone 4-digit number: subject to the quantity guard
    weak_month: bool = False  # a month name alone: needs context to be a date
    # Read for the records' times but not a DATE mention: a weekday alone (R 5), a relative
    # or yearless date on a page with no date stamp (R 29, R 47).
    hidden: bool = False


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if y is not None and not _year_ok(y):
        return False
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None:
        if m is None or not 1 <= d <= 31:
            return False
        try:
            date(y if y is not None else 2000, m, d)  # 2000 is a leap year: 29/2 stays valid
        except ValueError:
            return False
    return True


def _point_of(g: dict[str, str | None], p: str) -> _Point | None:
    """Normalise the captured groups of one point (prefix ``p``)."""
    lx = _lexicon()

    def get(name: str) -> str:
        return g.get(p + name) or ""

    def month_no(word: str) -> int:
        return _months()[word.rstrip(".").lower()]

    if get("ny"):
        ymd: _YMD = (int(get("ny")), int(get("nm")), int(get("nd")))
        return _Point(ymd, ymd) if _valid(*ymd) else None
    if get("iy"):
        ymd = (int(get("iy")), int(get("im")), int(get("id")))
        return _Point(ymd, ymd) if _valid(*ymd) else None
    if get("m2"):
        ymd = (int(get("y2")), month_no(get("m2")), int(get("d2")))
        return _Point(ymd, ymd) if _valid(*ymd) else None
    if get("m"):
        y = int(get("y")) if get("y") else None
        d = int(get("d")) if get("d") else None
        ymd = (y, month_no(get("m")), d)
        if not _valid(*ymd):
            return None
        alone = y is None and d is None
        # An abbreviation needs a number beside it ("Jan 2024", "5 Des").
        if alone and get("m").rstrip(".").lower() in lx["month_abbreviations"]:
            return None
        return _Point(ymd, ymd, weak_month=alone and not get("mod"))
    if get("fm"):
        y = int(get("fy"))
        raw = get("fm").lower()
        n = int(raw) if raw.isdigit() else lx["number_words"][raw]
        if not _year_ok(y) or not 1 <= n <= 12:
            return None
        return _Point((y, 1, None), (y, n, None))
    if get("per"):
        y = int(get("py"))
        size = lx["sub_year_periods"][get("per").lower()]
        n = lx["ordinals"][get("ord").lower()]
        if not _year_ok(y) or n * size > 12:
            return None
        return _Point((y, (n - 1) * size + 1, None), (y, n * size, None))
    if get("yy"):
        y = int(get("yy"))
        second = get("yy2") or get("yy3")
        if second:
            y2 = _year2(y, second)
            if not (_year_ok(y) and _year_ok(y2) and y < y2 <= y + 50):
                return None
            return _Point((y, None, None), (y2, None, None))
        if not _year_ok(y):
            return None
        bare = not get("ymod") and not get("dn")
        return _Point((y, None, None), (y, None, None), bare_year=bare)
    return None


def _resolve(ymd: _YMD, published: date | None, past: bool = False) -> _YMD:
    """Give a yearless (month[, day]) point the year that puts it nearest before ``published``.

    Up to ``_FUTURE_SLACK`` after it is allowed ("pada 20 Februari mendatang")
    unless the text says the date is past ("Maret lalu").
    """
    y, m, d = ymd
    if y is not None or m is None or published is None:
        return ymd
    y = published.year
    candidate = date(y, m, d or 1)
    if candidate > published + (timedelta(0) if past else _FUTURE_SLACK):
        y -= 1
    if d is not None and not _valid(y, m, d):  # 29/2 in a non-leap year
        return (None, m, d)
    return (y, m, d)


def _fmt(ymd: _YMD) -> str | None:
    y, m, d = ymd
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _key(ymd: _YMD, hi: bool) -> tuple[int, int, int]:
    y, m, d = ymd
    fill = 99 if hi else 0
    return (y or 0, m if m is not None else fill, d if d is not None else fill)


def _month_list(g: dict[str, str | None]) -> _Point | None:
    """The span of a list of months closed by one year ("Juni dan Juli 2025")."""
    months = _months()
    first, last = (months[(g[k] or "").rstrip(".").lower()] for k in ("ml", "mlb"))
    year = int(g["mly"] or 0)
    two_apart = "," not in (g["ml_rest"] or "") and last - first > 1
    if first >= last or two_apart or not _year_ok(year):
        return None
    return _Point((year, first, None), (year, last, None))


def _range(left: _Point, right: _Point) -> _Point | None:
    """Join two points; the left one borrows the month/year it leaves out ('18-20 Januari 2022')."""
    ly, lm, ld = left.start
    ry, rm, _ = right.start
    if lm is None and ly is None:  # a bare day: "18" of "18-20 Januari 2022"
        if ld is None or rm is None:
            return None
        lm = rm
    if ly is None and right.end[0] is not None:
        ly = right.end[0]
        if lm is not None and rm is not None and lm > rm:  # Desember-Februari 2025
            ly -= 1
    start = (ly, lm, ld)
    if not _valid(*start):
        return None
    if (ly is None) != (right.end[0] is None):  # "2024 - 5 Maret": no common frame
        return None
    if ly is not None and _key(start, False) > _key(right.end, True):
        return None
    return _Point(start, right.end)


def _prev_word(text: str, pos: int) -> str:
    m = _patterns().prev_word.search(text, max(0, pos - 30), pos)
    return m.group(1).lower() if m else ""


def _next_word(text: str, pos: int) -> str:
    m = _patterns().next_word.match(text, pos)
    return m.group(1).lower() if m else ""


def _is_quantity(text: str, s: int, e: int) -> bool:
    """A lone 4-digit number that is an amount, a code or a regulation's year."""
    lx = _lexicon()
    prev = _prev_word(text, s)
    if _patterns().decree.search(text, max(0, s - 40), s):
        return True
    if prev in lx["quantity_preceders"] or prev.rstrip(".") in lx["quantity_preceders"]:
        return True
    if prev in lx["year_cues_before"]:
        return False
    # "0812 2025 3344": digit groups joined by single spaces are a phone or account number.
    # ("2022 2,15 ribu jiwa" is a year and its figure: a decimal or grouped number after it
    # is no group of the same run)
    if _DIGIT_RUN.search(text, max(0, s - 2), s) or _DIGIT_GROUP_AFTER.match(text, e):
        return True
    return _next_word(text, e) in lx["quantity_followers"]


def _parse_pub(published: str | None) -> date | None:
    if not published:
        return None
    try:
        if len(published) == 4:  # a year only (an undated page, infer_year): its end
            return date(int(published), 12, 31)
        if len(published) == 7:  # a stamp to the month ("2022-09"): late in that month
            return date(int(published[:4]), int(published[5:7]), 28)
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


_SPACE_COMMA = re.compile(r"[\s,]*")


def _scan(text: str, start: int, end: int, pub: date | None, exact: bool = True,
          stamped: bool = True) -> list[tuple[int, int, _Point]]:
    """All DATE candidates in text[start:end] as (start, end, normalised point).

    With only the year of the page known (``exact`` false), a day name or "bulan ini"
    stays unresolved; a yearless month or day-month takes that year.
    """
    pats = _patterns()
    found: list[tuple[int, int, _Point]] = []
    pos = start
    # Anchored matches at plausible starts only (a digit, "(", a month, day or
    # period word): the big alternation tried at every position is far slower.
    low = lower_text(text[start:end])  # same length, so offsets carry over
    anchors = sorted([m.start() for m in pats.anchor.finditer(low)]
                     + [m.start() for m in pats.anchor_word.finditer(low)])
    for anchor in anchors:
        c = start + anchor
        if c < pos:
            continue
        m = pats.expr.match(text, c, end)
        if m is None:
            continue
        g = m.groupdict()
        listed = _month_list(g) if g["ml"] else None
        if g["ml"] and listed is None:
            # two months apart ("Maret dan September 2024", a release's two semesters) are
            # two points: read the first one alone
            m = pats.expr.match(text, c, m.end("ml"))
            if m is None:
                continue
            g = m.groupdict()
        s, e, point = _read_date(m, g, listed, text, end, pub, stamped)
        if point is None:
            continue
        found.append((s, e, point))
        pos = e
    found.extend(_bare_days(text, start, end, pub if exact else None, found))
    found.extend(
        r for r in _relatives(text, start, low, pub, exact, stamped)
        if not any(fs < r[1] and r[0] < fe for fs, fe, _ in found)
    )
    found.sort(key=lambda t: t[0])
    return found


def _read_date(m: re.Match[str], g: dict[str, str | None], listed: _Point | None, text: str,
               end: int, pub: date | None, stamped: bool) -> tuple[int, int, _Point | None]:
    """One match of the date expression: its span and point (None: no date after all)."""
    s, e = m.start(), m.end()
    if g["pd"]:
        point = _paren_point(g, text, s, pub)
        if point is not None and not g["py"] and not stamped:
            point = replace(point, hidden=True)  # "Selasa (8/11)", no stamp: R 47
        if not _lexicon()["paren_span_includes_parentheses"]:
            s, e = m.start("pd"), m.end("py") if g["py"] else m.end("pm")
        return s, e, point
    if g["ml"]:
        return s, e, listed
    if g["dd"]:
        right = _point_of(g, "c")
        if right is not None and right.start[1] is not None:
            return s, e, _range(_Point((None, None, int(g["dd"])), (None, None, None)), right)
        return s, e, None
    return _read_point(m, g, text, end, stamped)


def _read_point(m: re.Match[str], g: dict[str, str | None], text: str, end: int,
                stamped: bool) -> tuple[int, int, _Point | None]:
    """A point or a range of points ("Maret 2024", "2021-2024", "Januari hingga Maret 2025")."""
    lx = _lexicon()
    s, e = m.start(), m.end()
    left = _point_of(g, "a")
    point = left
    if g["rng"] is not None:
        right = _point_of(g, "b")
        point = _range(left, right) if left and right else None
        if point is None and left is not None:
            # Not a valid range ("2025-2021"): keep the left point alone.
            single = _patterns().single.match(text, s, end)
            if single is not None:
                e, point = single.end(), left
    if point is not None and point.weak_month:
        # "bulan Maret", "pada Mei"; on a stamped page also "Mei ini", "April lalu"
        # (not "Ibu Mei ini")
        prev = _prev_word(text, s)
        if prev not in lx["month_cues_before"] and (
                not stamped or _next_word(text, e) not in lx["month_cues_after"]
                or prev in lx["person_titles"]):
            point = None
    if point is not None and point.bare_year and _is_quantity(text, s, e):
        point = None
    if g["adn"]:
        # "Selasa, 15 Januari 2019": the weekday stays outside the span (R 5).
        s = _SPACE_COMMA.match(text, m.end("adn")).end()
    return s, e, point


def _paren_point(g: dict[str, str | None], text: str, s: int, pub: date | None) -> _Point | None:
    """'(13/1)' or '(13/1/2025)'; a yearless one must follow a day name ('Senin (13/1)')."""
    d, mth, year = int(g["pd"] or 0), int(g["pm"] or 0), g["py"]
    if year:
        y = int(year) if len(year) == 4 else 2000 + int(year)
        ymd: _YMD = (y, mth, d)
        return _Point(ymd, ymd) if _valid(*ymd) else None
    lx = _lexicon()
    prev = _prev_word(text, s)
    if prev not in lx["days"] and prev not in lx["day_name_cues_before"]:
        return None
    if not _valid(None, mth, d):
        return None
    ymd = _resolve((None, mth, d), pub)
    return _Point(ymd, ymd)


def _bare_days(
    text: str, start: int, end: int, pub: date | None, taken: list[tuple[int, int, _Point]]
) -> list[tuple[int, int, _Point]]:
    """ANTARA-style day names: 'di Jakarta, Rabu, mengatakan', 'pada Senin lalu'."""
    lx = _lexicon()
    out: list[tuple[int, int, _Point]] = []
    for m in _patterns().bare_day.finditer(text, start, end):
        s, e = m.span()
        follow = _SPACE_COMMA.match(text, e).end()
        if any(ts <= s < te or ts == follow for ts, te, _ in taken):
            continue  # inside a date, or the weekday of the date after it ("Selasa, 18 Januari")
        before = text[max(0, s - 2) : s]
        prev = _prev_word(text, s)
        if not (before.endswith(", ") or prev in lx["day_name_cues_before"]):
            continue
        after = text[e : e + 1]
        nxt = _next_word(text, e)
        if not (after in {",", ".", ";", ""} or nxt in lx["day_name_parts_after"]
                or nxt in lx["day_name_future_after"]):
            continue
        ymd: _YMD = (None, None, None)
        if pub is not None:
            diff = (pub.weekday() - lx["days"][m.group("dn").lower()]) % 7
            if nxt in lx["day_name_future_after"]:
                day = pub + timedelta(days=(7 - diff) % 7 or 7)
            else:
                day = pub - timedelta(days=diff)
            ymd = (day.year, day.month, day.day)
        out.append((s, e, _Point(ymd, ymd, hidden=True)))
    return out


def _relatives(text: str, start: int, low: str, pub: date | None, exact: bool = True,
               stamped: bool = True) -> list[tuple[int, int, _Point]]:
    """'tahun ini', 'tahun lalu', 'akhir bulan depan' against the publication date.

    ``low`` is text[start:end] lower-cased.
    """
    lx = _lexicon()
    out: list[tuple[int, int, _Point]] = []
    pats = _patterns()
    for m in pats.relative.finditer(low):
        s, e = start + m.start(), start + m.end()
        mod = pats.modifier_before.search(text, max(start, s - 20), s)
        if mod is not None:  # "akhir tahun lalu": the modifier joins the span
            s = mod.start()
        prev = _prev_word(text, s)
        if prev in lx["relative_blockers_before"] or prev.isdigit():
            continue
        unit, offset = lx["relative"][" ".join(m.group(0).lower().split())]
        ymd: _YMD = (None, None, None)
        if pub is not None and unit == "year":
            ymd = (pub.year + offset, None, None)
        elif pub is not None and exact:
            months = pub.year * 12 + pub.month - 1 + offset
            ymd = (months // 12, months % 12 + 1, None)
        out.append((s, e, _Point(ymd, ymd, hidden=not stamped)))
    return out


def _month_of_relative_year(text: str, points: Iterable[tuple[int, int, _Point]]
                            ) -> list[tuple[int, int, _Point]]:
    """"Maret tahun ini", "September tahun lalu": one date, the month of that year."""
    out: list[tuple[int, int, _Point]] = []
    for s, e, point in points:
        if out:
            ps, pe, prev = out[-1]
            y, m = point.end[0], point.end[1]
            if (prev.start == prev.end and prev.end[0] is None and prev.end[1] is not None
                    and point.start == point.end and y is not None and m is None
                    and not text[pe:s].strip()):
                ymd = (y, prev.end[1], prev.end[2])
                out[-1] = (ps, e, _Point(ymd, ymd, hidden=point.hidden))
                continue
        out.append((s, e, point))
    return out


@functools.cache
def _year_then_month() -> re.Pattern[str]:
    """The gap between a year and a yearless month that takes it ("2023 per Maret")."""
    words = _alt(_lexicon()["year_then_month"])
    return re.compile(rf"[^\S\n]*(?:,[^\S\n]*)?(?:(?:{words})[^\S\n]+)?(?:bulan[^\S\n]+)?")


def find_dates(text: str, start: int, end: int, published: str | None = None,
               stamped: bool = True, hidden: set[tuple[int, int]] | None = None
               ) -> list[Mention]:
    """DATE mentions inside text[start:end]; offsets index ``text``.

    ``published`` (ISO date) resolves yearless dates such as "(13/1)"; ``stamped`` says it
    is the page's own date stamp, not one inferred from its body. The spans of dates that
    place figures but are no DATE mention (a weekday alone, R 5; a relative date with no
    stamp, R 29; a yearless date with no stamp, R 47, or whose year nothing gives, R 66)
    are added to ``hidden`` when given.
    """
    pub = _parse_pub(published)
    past_words = _lexicon()["past_words_after"]
    future_words = _lexicon()["future_words_after"]
    mentions: list[Mention] = []
    year_before: tuple[int, int] | None = None  # (end, year) of the last year-only DATE
    scanned = _month_of_relative_year(text, _scan(text, start, end, pub,
                                                  exact=len(published or "") != 4,
                                                  stamped=stamped and published is not None))
    for s, e, point in scanned:
        if point.hidden and hidden is not None:
            hidden.add((s, e))
        if (year_before is not None and point.start == point.end and point.end[0] is None
                and point.end[1] is not None and s - year_before[0] <= 24
                and _year_then_month().fullmatch(text, year_before[0], s)):
            # "Tahun 2023 per Maret": the month of the year written just before it
            ymd = (year_before[1], point.end[1], point.end[2])
            point = _Point(ymd, ymd, point.bare_year, point.weak_month, point.hidden)
        y, m, _d = point.end
        year_before = (e, y) if point.start == point.end and y is not None and m is None else None
        after = _next_word(text, e)
        month_only = point.end[1] is not None and point.end[2] is None
        past = after in past_words or (month_only and after not in future_words)
        last = _resolve(point.end, pub, past)
        first = last if point.start == point.end else _resolve(point.start, pub, True)
        if point.start[0] is None and first[0] is not None and last[0] is not None:
            # A yearless range shares the end's year ("Maret hingga Mei").
            y = last[0] - (_key(point.start, False) > _key(point.end, True))
            first = (y, first[1], first[2])
        if ((first[0] is None and last[0] is None) or (not stamped and point.end[0] is None)) \
                and hidden is not None:
            # A yearless date on a page with no stamp ("Selasa (8/11)", "pada Maret"; R 47),
            # or one nothing on the page gives a year ("per 28 September"; R 66): the records
            # read it, no DATE mention lists it
            hidden.add((s, e))
        mentions.append(
            Mention(
                type="DATE",
                start=s,
                end=e,
                text=text[s:e],
                source="rule",
                norm=TimeNorm(start=_fmt(first), end=_fmt(last)),
            )
        )
    return mentions


@functools.cache
def _weekday_date_re() -> re.Pattern[str]:
    """"Selasa (17/5)", and "Selasa pagi (26 Agustus)" with the month named."""
    lx = _lexicon()
    days, parts = _alt(lx["days"]), _alt(lx["day_parts"])
    return re.compile(
        rf"\b({days})\b[ ,]{{0,3}}(?:(?:{parts})[ ,]{{1,3}})?\(?(\d{{1,2}})"
        rf"(?:/(\d{{1,2}})|\s+({_alt(lx['months'])})(?!\s*\d))\)?(?![/\d])", re.I)


def _weekday_dates(text: str) -> list[tuple[int, int, int]]:
    """(weekday, day, month) of the yearless weekday dates of a page."""
    months = _months()
    return [(_lexicon()["days"][m.group(1).lower()], int(m.group(2)),
             int(m.group(3)) if m.group(3) else months[m.group(4).lower()])
            for m in _weekday_date_re().finditer(text)]


_YEAR_IN_TEXT = re.compile(r"(?<![\d.,])(?:19[89]\d|20\d\d)(?![\d.,]\d)")


def infer_year(text: str) -> str | None:
    """A page with no publication date: the date its own dates point to, to resolve
    yearless and relative dates (R 29: the time then comes from the body). As an ISO date,
    or as a year ("2024") where only the year is known:

    - the one year the page names that fits every weekday-dated short date ("Selasa (17/5)"),
      else the year after the latest or before the earliest named, where it fits;
    - else the latest full date written as the reporter dates a line ("Senin (1/8/2024)",
      "Jumat, 26 Maret 2025");
    - else the year the page calls this one ("pada tahun 2019 ini", "di 2023 ini");
    - else the page's only year ("Tahun ini ... 2024").
    """
    # not a regulation's year ("Peraturan Menteri ... Nomor 8 tahun 2022"): no time
    decree = _patterns().decree
    named = {int(m.group(0)): bool(decree.search(text, max(0, m.start() - 40), m.start()))
             for m in _YEAR_IN_TEXT.finditer(text)}
    years = sorted(y for y, is_decree in named.items() if not is_decree)
    dated = _weekday_dates(text)
    if dated:
        fits = _fitting_years(years, dated)
        if len(fits) == 1:
            return str(fits[0])
        if not fits and named:
            # No year it names fits: a page is seldom older than the year after the latest
            # year it names, a regulation's included ("Perpres 125 tahun 2022 ... Selasa
            # (18/7)" is 2023), unless that year is still to come (a target "2030": no page
            # read today is from 2031)
            after = max(named) + 1
            if after <= date.today().year and _fitting_years([after], dated):
                return str(after)
            # ... or the year before the earliest, where that is a target still ahead of the
            # reporter ("Target kita, pada 2020 seluruh warga miskin tercover" on "Senin (9/9)":
            # 2019)
            before = min(named) - 1
            if _fitting_years([before], dated):
                return str(before)
    own = _own_dates(text)
    if own:
        return max(own).isoformat()
    # "Pada tahun 2019 ini, Pemkab ... menargetkan": the page says which year is this year
    pats = _patterns()
    current = [int(m.group(1)) for m in pats.this_year.finditer(text)
               if pats.this_year_lead.search(text, max(0, m.start() - 30), m.start())]
    if current:
        return str(max(current))
    return str(years[0]) if len(years) == 1 else None


def _fitting_years(years: Iterable[int], dated: list[tuple[int, int, int]]) -> list[int]:
    fits = []
    for year in years:
        try:
            if all(date(year, mo, d).weekday() == wd for wd, d, mo in dated):
                fits.append(year)
        except ValueError:
            continue
    return fits


@functools.cache
def _own_date_re() -> re.Pattern[str]:
    """A line's own date: in brackets with its year, or after a weekday name."""
    days = _alt(_lexicon()["days"])
    months = _month_alt(_lexicon())
    return re.compile(
        rf"\((\d{{1,2}})/(\d{{1,2}})/(\d{{4}}|\d{{2}})\)"
        rf"|\b(?:{days})\b,? \(?(\d{{1,2}}) ({months}) ((?:19|20)\d\d)\b", re.I)


def _own_dates(text: str) -> list[date]:
    out = []
    for m in _own_date_re().finditer(text):
        if m.group(1):
            d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            y = 2000 + y if y < 100 else y
        else:
            d, mo, y = int(m.group(4)), _months().get(m.group(5).lower().rstrip('.'), 0), int(m.group(6))
        if _year_ok(y) and _valid(y, mo, d):
            out.append(date(y, mo, d))
    return out


# A date stamp's ISO timestamp "2025-01-14T10:30:00+07:00": split date from time.
_ISO_T = re.compile(r"(\d{4}-\d{2}-\d{2})T(?=\d)")

_DIGIT_RUN = re.compile(r"\d $| \d")
_DIGIT_GROUP_AFTER = re.compile(r" \d+(?!\d|[.,]\d)")
_DIGIT = re.compile(r"\d")
_NUMERIC_DATE = re.compile(r"\d{1,4}([/.-])\d{1,2}\1\d{1,4}")

# Only the head of a line is read for a dateline ("Jakarta, Senin (13/1/2025) - ...").
_HEAD = 120


# A stamp line with a two-digit year ("26/02/25", "26/02/25 09:40"): day, month, year of
# this century. Only as a whole line: in running text "1/2/25" may be anything.
_SHORT_STAMP = re.compile(
    r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[A-Z]{3,4})?)?")


def _short_stamp(line: str) -> str | None:
    m = _SHORT_STAMP.fullmatch(line.strip())
    if m is None:
        return None
    d, mo, y = (int(g) for g in m.groups())
    try:
        return date(2000 + y, mo, d).isoformat()
    except ValueError:
        return None


def find_published(line: str) -> str | None:
    """The ISO date (YYYY-MM-DD) of a date-stamp or dateline line, or None."""
    short = _short_stamp(line)
    if short is not None:
        return short
    head = _ISO_T.sub(r"\1 ", line[:_HEAD])
    for _, _, point in _scan(head, 0, len(head), None):
        if all(v is not None for v in point.start):
            return _fmt(point.start)
    return _dateparser_fallback(head)


def _dateparser_fallback(line: str) -> str | None:
    """Odd stamp formats ('14-Jan-2025') on short lines only; dateparser is slow to import."""
    stripped = line.strip()
    if len(stripped) > 60 or not re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", stripped):
        return None
    # Only lines with a month name or a full numeric date: "1/2 2024" is no stamp.
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", stripped)}
    if not words & _months().keys() and not _NUMERIC_DATE.search(stripped):
        return None
    import dateparser  # lazy: about half a second to import

    parsed = dateparser.parse(
        stripped,
        languages=["id", "en"],
        settings={
            "REQUIRE_PARTS": ["day", "month", "year"],
            "DATE_ORDER": "DMY",
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if parsed is None or not _year_ok(parsed.year):
        return None
    return parsed.date().isoformat()


_STAMP_PREFIX = re.compile(r"^[A-Z][A-Z0-9 .'&-]{1,30}?\s*[|\u2022\u00b7\u2013\u2014-]\s*(?=\S)")


def is_date_stamp_line(line: str) -> bool:
    """True for a line that is only a date stamp: day name, date, time, zone, separators."""
    stripped = line.strip()
    if not stripped or len(stripped) > 100:
        return False
    if _short_stamp(stripped) is not None:
        return True
    if _DIGIT.search(stripped) is None:
        # A stamp needs a day, and a day is only ever read from digits: most short lines
        # have none and need no scan.
        return False
    pats = _patterns()
    # "DIEN BIEN | Sabtu, 07/09/2024 | 14:30": a place or site name in capitals may lead.
    stripped = _STAMP_PREFIX.sub("", stripped)
    work = _ISO_T.sub(r"\1 ", stripped)
    found = [(s, e) for s, e, p in _scan(work, 0, len(work), None) if p.start[2] is not None]
    if not found:
        return False
    for s, e in reversed(found):
        work = work[:s] + " " + work[e:]
    work = pats.time.sub(" ", work)
    work = pats.day_name_any.sub(" ", work)
    return pats.stamp_rest.fullmatch(work) is not None or not work.strip()


def year_of(norm: TimeNorm | None) -> int | None:
    """The reference year of a time: the end year of an interval ('2021-2025' -> 2025)."""
    if norm is None:
        return None
    value = norm.end or norm.start
    return int(value[:4]) if value and value[:4].isdigit() else None
