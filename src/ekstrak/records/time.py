"""time: the period a statistic refers to (SPEC section 3).

The DATE of the figure's clause, else of the sentence head; a level written right after
a date ("dibandingkan Maret 2023 yang masih 14,17 persen") is at that date; a change runs
from its comparison date (or its baseline's, or a stated duration) to the reference
date; a baseline ("dari X pada Maret 2023 menjadi ...") gets its own date; a sentence with
no date takes the period in force (the article model), and rules, loan terms and
amounts per recipient take none.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import TYPE_CHECKING

from ..models import Mention, Place, TimeNorm
from ..numbers import parse_words
from .lexicon import Lexicon, base_unit, classes_of, one_recipients_amount
from .place import depth

if TYPE_CHECKING:
    from .article import ArticleModel, Frame
    from .figure import Figure
    from .kind import KindDecision


def resolve_time(f: Figure, frame: Frame, model: ArticleModel, kd: KindDecision, status: str,
                 indicator: str, lex: Lexicon) -> tuple[TimeNorm | None, str]:
    """(time, why) of one figure."""
    text, m = model.text, f.m
    # An allocation or a target is for its whole year ("dari pagu APBN 2020 Rp71,190
    # triliun", "dari target 2020 sebesar Rp190 triliun"), even in a clause dated to a day.
    finer = indicator not in lex.period_budgets and status == "actual"
    ref, cmp_ = time_of(m, frame, text, lex, finer=finer)
    why = "rule:clause-date" if ref is not None else "rule:no-date"
    own_before = kd.level_date  # found by the kind resolver
    if kd.kind == "level" and own_before is not None and isinstance(own_before.norm, TimeNorm):
        ref, cmp_, why = own_before.norm, None, "rule:date-then-level"
    time: TimeNorm | None
    if kd.baseline:
        time, why = _baseline_time(f, frame, kd, lex, ref), "rule:baseline-date"
    elif ref is None and (not frame.ref_dates or _only_baseline_dates(f, frame, model.text, lex)
                          or _dates_past_contrast(f, frame, text, lex)) \
            and (status == "actual" or frame.connective or _plan_in_period(f, frame, lex)):
        time, why = _period_in_force(f, frame, kd, indicator, lex, model.release,
                                     model.period_from_stamp)
    else:
        time = ref
    if time is None and frame.items.time is not None and not frame.dates and frame.is_item:
        time, why = frame.items.time, "rule:list-introduction"
    if (kd.kind == "level" and not kd.baseline and time is not None and time.start
            and time.end and time.start < time.end and _from_to_target(f, frame, text, lex)):
        # "pada tahun 2021-2024, ... menurun dari 7,80% menjadi 4,16%": the new level is
        # at the period's end (its baseline at its start, _baseline_time).
        time, why = TimeNorm(start=time.end, end=time.end), "rule:from-to-span-end"
    if kd.kind == "change":
        time, why = _change_span(f, frame, time, cmp_, status, why, text, lex)
        if why == "rule:end-only" and time is not None and time.end and not _quoted(f):
            # (a quote restates a change, often against another baseline: "\"Garis
            # kemiskinan naik sebesar 4,16 persen, yaitu dari Rp 530.382 menjadi ...\"")
            start = _earlier_level_date(f, time.end, lex)
            if start is not None:
                time, why = TimeNorm(start=start, end=time.end), "rule:earlier-date"
    elif (indicator in lex.flow_indicators and time is not None and time.start == time.end
          and "pct" not in classes_of(f.q.unit)):
        time, why = _flow_span(frame, time, why, lex)
    if kd.kind == "level":
        time, why = _level_reach(f, frame, model, kd, status, time, why, lex)
    prev = f.prev_rec
    if (prev is not None and f.prev_q is not None
            and (prev.why or {}).get("time") == "rule:date-then-level"
            and kd.kind == "level"
            and lex.same_figure_gap.fullmatch(text[f.prev_q.end : m.start].strip())):
        # "posisi Maret 2018 sebanyak 198.510 jiwa atau 16,81%": the same level, another unit
        time, why = prev.time, "rule:date-then-level"
    if (kd.kind == "change" and prev is not None and f.prev_q is not None
            and lex.same_figure_gap.fullmatch(text[f.prev_q.end : m.start].strip())):
        span = _span_before(f)
        if span is not None:
            time, why = span, "rule:same-change"
    return time, why


def _dates_past_contrast(f: Figure, frame: Frame, text: str, lex: Lexicon) -> bool:
    """Every date of the sentence opens a contrasting clause after the figure ("Nias
    Selatan yakni 37,66%, sedangkan 2004 sebesar 32,15%"): the figure has none of its own."""
    return all(_opens_contrast(f.m, d, text, lex) for d in frame.ref_dates)


def _opens_contrast(m: Mention, d: Mention, text: str, lex: Lexicon) -> bool:
    """The date ``d`` opens a contrasting clause after the figure ``m`` (", sedangkan 2004
    sebesar ...", ", sementara pada tahun 2004 ..."): it is that clause's own. A date that
    ends a parallel clause ("..., sedangkan di perdesaan 11,39 persen pada Maret 2024")
    is both clauses'."""
    return d.start >= m.end and lex.contrast_clause.search(text, m.end, d.start) is not None


def _span_before(f: Figure) -> TimeNorm | None:
    """The span of the change a figure restates in another unit: the change before it
    ("menurun sebanyak 7,29 ribu orang atau 0,66 persen"), or the from-to pair it ends
    ("dari 19,1 persen (2021) turun menjadi 14,9 persen atau 4,2 persen")."""
    prev = f.sent_records[-1]
    if prev.kind == "change":
        return prev.time if prev.time is not None and prev.time.start else None
    base = f.sent_records[-2] if len(f.sent_records) > 1 else None
    if (base is None or base.kind != "level" or (base.why or {}).get("kind") != "rule:baseline"
            or base.time is None or prev.time is None or base.unit != prev.unit):
        return None
    start, end = base.time.start, prev.time.end
    return TimeNorm(start=start, end=end) if start and end and start < end else None


def _level_reach(f: Figure, frame: Frame, model: ArticleModel, kd: KindDecision, status: str,
                 time: TimeNorm | None, why: str, lex: Lexicon) -> tuple[TimeNorm | None, str]:
    """What a level's own words say of its time: a total counted "sejak X" (R 11), or the
    previous year's level ("dibandingkan tahun sebelumnya yang sebanyak 20.249 desa")."""
    if not kd.baseline and status == "actual" and "/" not in f.q.unit \
            and "pct" not in classes_of(f.q.unit):
        time, why = _since_span(f, frame, model, time, why, lex)
    if (time is not None and time.start and time.start == time.end
            and why != "rule:previous-year"  # already the year before
            and (lex.year_before_left.search(f.before) or lex.year_before_right.match(f.after))):
        earlier = _year_earlier(time.start)
        time, why = TimeNorm(start=earlier, end=earlier), "rule:year-before"
    return time, why


def _since_span(f: Figure, frame: Frame, model: ArticleModel, time: TimeNorm | None, why: str,
                lex: Lexicon) -> tuple[TimeNorm | None, str]:
    """R 11: a total counted "sejak X" runs from X to the clause's later date ("sejak 2017
    lalu hingga tahun 2020 sudah mencapai 6.171 unit") or, with none, to the publication
    year of a stamped page ("Sejak 2021, ... 1.247 rumah" in October 2024: 2021-2024)."""
    lo = frame.sent.start
    since = next(((d.start, d.norm.start) for d in frame.dates + frame.comparison_dates
                  if d.end <= f.m.start and isinstance(d.norm, TimeNorm) and d.norm.start
                  and lex.since_before.search(model.text, max(lo, d.start - 30), d.start)), None)
    if since is None:
        return time, why
    at, start = since
    # The sentence's own later date ("hingga tahun 2020"), else the publication year.
    own = [d.norm.end for d in frame.dates if d.start > at
           and isinstance(d.norm, TimeNorm) and d.norm.end and d.norm.end > start]
    published = model.seg.published
    end = (max(own) if own else published[:4] if published and published[:4] > start
           else time.end if time is not None and time.end and time.end > start else None)
    return (TimeNorm(start=start, end=end), "rule:since-span") if end else (time, why)


def _year_earlier(iso: str) -> str:
    """The same point a year earlier ("2023-03" -> "2022-03"); 29 February becomes the 28th."""
    year = str(int(iso[:4]) - 1)
    rest = "-02-28" if iso[4:] == "-02-29" else iso[4:]
    return year + rest


def _flow_span(frame: Frame, time: TimeNorm, why: str, lex: Lexicon) -> tuple[TimeNorm, str]:
    """A count of what happened over the from-to span its sentence states ("turun dari 15,9%
    pada tahun 2012 menjadi 9,1% pada tahun 2016, artinya 6 juta orang telah lepas dari
    kemiskinan") is over that span, not at its end."""
    first = _from_to_first(frame, lex)
    if first is not None and time.end and first < time.end:
        return TimeNorm(start=first, end=time.end), "rule:flow-over-span"
    return time, why


def _from_to_first(frame: Frame, lex: Lexicon) -> str | None:
    """The earliest date of a from-to sentence ("dari X pada 2012 menjadi Y pada 2016")."""
    if not lex.from_to.search(frame.text):
        return None
    return min((r.start for r in frame.references if r.start), default=None)


def _plan_in_period(f: Figure, frame: Frame, lex: Lexicon) -> bool:
    """A plan or target with no date of its own is for the period in force of its paragraph
    when that is one year or month ("pada tahun 2021 ini ... akan digunakan Rp 9,6 miliar"),
    and for the whole article's period when that is one year (a story of one year's
    programme: "... rehabilitasi rumah pada 2019." then "Kami akan merehabilitasi 417 unit");
    not the article's month or day, which a plan may lie beyond, nor a programme's span of
    years (an effect a project is expected to have within 2021-2024 is not measured over the
    span; seed lang-son); a yearly rate ("mengurangi 4 persen ... per tahun") holds for no
    one period."""
    period = frame.inherited
    if period is None or period.start != period.end or f.q.unit.endswith("/year"):
        return False
    # ... unless the plan says it is for this year ("anggaran untuk RTLH tahun ini"): with
    # no date stamp to resolve it (R 29), this year is the article's.
    return (not frame.from_article or len(period.start or "") == 4
            or lex.this_year.search(frame.text) is not None)


def release_period(f: Figure, frame: Frame, model: ArticleModel, place: Place | None,
                   time: TimeNorm | None, why: str, lex: Lexicon) -> tuple[TimeNorm | None, str]:
    """R 22, once the figure's place is known: an undated figure of a release takes the
    semester the release reported (``Frame.release``). A regency table in a province's
    release is another schedule, and a definition ("bila pengeluarannya di bawah US$1,9")
    or a yearly rate is no figure of the period: they stay undated."""
    if (time is None and why == "rule:period-in-force" and frame.release is not None
            and not _below_article(place, model) and not f.q.unit.endswith("/year")
            and lex.conditional.search(frame.masked) is None):
        return frame.release, "rule:release-period"
    if (why == "rule:article-period" and model.release and time is not None
            and time == model.headline_period and len(time.end or "") == 7
            and _below_article(place, model)):
        # ... when the headline gave the release's semester (a year holds for all)
        return None, "rule:regency-table"
    return time, why


def _below_article(place: Place | None, model: ArticleModel) -> bool:
    """The figure's place is a regency (or smaller) below the article's main place. Ranked
    provinces in a national release are not."""
    main = model.place
    return (place is not None and main is not None and place.level not in _RANKED_LEVELS
            and depth(place.level) > depth(main.level))


_RANKED_LEVELS = ("country", "region", "province")


def _only_baseline_dates(f: Figure, frame: Frame, text: str, lex: Lexicon) -> bool:
    owned = baseline_dates(f.m, frame, text, lex)
    return bool(owned) and all(d.start in owned for d in frame.dates)


def _from_to_target(f: Figure, frame: Frame, text: str, lex: Lexicon) -> bool:
    """The figure is the "menjadi Y" of a "dari X menjadi Y" in its sentence."""
    m = lex.from_to_target.search(text, frame.sent.start, f.m.start)
    return m is not None and lex.from_to.search(text, frame.sent.start, f.m.start) is not None


def _baseline_time(f: Figure, frame: Frame, kd: KindDecision, lex: Lexicon,
                   ref: TimeNorm | None = None) -> TimeNorm | None:
    """"dari 14,17 persen pada Maret 2023 menjadi ...": the baseline's own date when one
    stands before "menjadi", else the start of the from-to span pointed back to, else the
    start of the period the sentence speaks of ("pada tahun 2021-2024 ... dari 7,80%
    menjadi 4,16%"), else none (seed call 57)."""
    to = lex.baseline_end.search(f.after)
    limit = f.m.end + (to.start() if to else 0)
    own = ([d for d in frame.dates if f.m.end <= d.start < limit]
           or ([kd.dated] if kd.dated else []))
    time = own[0].norm if own and isinstance(own[0].norm, TimeNorm) else None
    if time is None and frame.prev_span is not None:
        time = frame.prev_span[0]
    span = ref if ref is not None or frame.dates else frame.inherited
    if time is None and span is not None and span.start and span.end and span.start < span.end:
        time = TimeNorm(start=span.start, end=span.start)
    return time


def _period_in_force(f: Figure, frame: Frame, kd: KindDecision, indicator: str, lex: Lexicon,
                     release: bool = False, from_stamp: bool = False
                     ) -> tuple[TimeNorm | None, str]:
    """A sentence with no date of its own: the period in force, unless it holds with no
    period (loan terms, rules and amounts per recipient, B 47) or speaks of now."""
    # One recipient's money with no period of its own is a support rate (B 47): "Rp 300
    # ribu" that each KPM gets is no figure of the story's year.
    recipient_rate = (indicator == "other" and "money" in classes_of(f.q.unit)
                      and one_recipients_amount(f.q.unit, f.q.value, f.left, lex))
    # a rating or extent that describes a thing ("sambungan listrik 450 VA", a region's km2)
    # holds with no period (R 71)
    dimension = f.q.unit.split("/")[0] in lex.dimension_units
    rule = recipient_rate or dimension or bool(lex.terms.search(frame.masked))
    # "Setahun sebelumnya, angkanya 28,1 persen", "dari Rp421.560 setahun sebelumnya": the
    # figure is at another time, which no DATE names.
    # ("menjadi 11,03 persen dari sebelumnya 11,34 persen": the earlier time is the next
    # figure's, the baseline's.)
    later = lex.relative_time.search(f.right)
    relative = bool(lex.relative_time.search(f.before) or lex.relative_time.match(
        f.after.lstrip(" ,")[:40]) or (later and not lex.baseline_relative.search(
            f.right, 0, later.start())))
    # An amount per person, per month or per round taken from the whole article's period
    # is a standard or a story's income, not a figure of that period (B 47) - but a
    # statistics office's poverty line is one (R 22).
    standard = (frame.from_article and "/" in f.q.unit
                and not (release and indicator == "poverty_line"))
    previous_year = relative and lex.previous_year_before.search(f.before) is not None
    compared_year = relative and lex.year_before_left.search(f.before) is not None
    # "Dibandingkan tahun sebelumnya, ... berkurang 250 jiwa": a change up to the period in
    # force from a year before it (_change_span), so that period, relative word or not
    year_on_year = (relative and kd.kind == "change" and frame.inherited is not None
                    and lex.change_from_year_before.search(frame.text) is not None)
    if ((previous_year or compared_year) and frame.inherited is not None
            and frame.inherited.end and not frame.present):
        # "Sementara itu, di tahun sebelumnya ada sebanyak 33.902 desa" after "sampai Oktober
        # 2023": the year before the period in force; compared with it ("11,69 persen per
        # Maret 2024. Angka itu lebih kecil dari tahun sebelumnya, yakni 12,18 persen"): the
        # same point a year earlier
        year = (_year_earlier(frame.inherited.end) if compared_year
                else str(int(frame.inherited.end[:4]) - 1))
        time, why = TimeNorm(start=year, end=year), "rule:previous-year"
    elif not year_on_year and (
            (frame.present and not (frame.from_article and from_stamp)) or rule or relative
            or standard):
        # "Saat ini masih ada ..." is now, not a date of the body ("saat ini" keeps no
        # period, R 61); on a page whose body dates no figure the stamp's year is the
        # story's present (R 60)
        time, why = None, "rule:no-period"
    else:
        time = frame.inherited
        why = "rule:article-period" if frame.from_article else "rule:period-in-force"
        if (frame.from_article and indicator in lex.yearly_indicators and time is not None
                and time.start == time.end and len(time.start or "") == 7):
            # a fiscal year's budget, a year's village status: the year of the story's month
            time = TimeNorm(start=(time.start or "")[:4], end=(time.start or "")[:4])
    span = frame.prev_span
    if span is not None and not frame.present:
        why = "rule:from-to-pointed-back"
        time = (TimeNorm(start=span[0].start, end=span[-1].end) if kd.kind == "change"
                else span[-1])
    return time, why


def _change_span(f: Figure, frame: Frame, time: TimeNorm | None, cmp_: TimeNorm | None,
                 status: str, why: str, text: str, lex: Lexicon) -> tuple[TimeNorm | None, str]:
    """A change runs from what it compares with to its reference time."""
    if time is None and cmp_ is not None and (frame.inherited or frame.release) is not None:
        # "Dibandingkan Maret 2022, jumlahnya turun X": up to the period in force, or to the
        # semester a release reported ("Namun, jika dibandingkan dengan angka di September
        # 2021, ... penurunan sebesar 0,14 persen poin" in a September 2022 release)
        time = frame.inherited or frame.release
    if time is None:
        if cmp_ is not None:
            return TimeNorm(start=cmp_.start, end=None), "rule:comparison-only"
        return None, why
    if cmp_ is not None:
        start, end = cmp_.start, time.end
        if start and end and start > end:
            start, end = end, start  # a span never runs backwards
        return TimeNorm(start=start, end=end), "rule:comparison-span"
    if time.start != time.end:
        return time, why  # a stated span
    if status != "actual":
        # A planned change "for 2025" is within that year, unless its baseline is dated
        # ("menurunkan ... 0,11 persen dari 7,61 persen pada 2023 menjadi 7,5 persen pada 2024")
        since = _from_baseline(_baseline_date_after(f, frame, text, lex), time)
        return (since, "rule:baseline-span") if since is not None else (time, why)
    # An observed change with no stated baseline: only its end is known, unless a duration
    # says how far back it starts ("dalam setahun"), the sentence runs from an earlier date
    # ("turun dari X pada 2021 menjadi Y pada 2024, atau rata-rata Z per tahun"), or it
    # happened within the period ("Sepanjang 2024, ... turun 4,8 persen").
    sent_start = frame.sent.start
    between = _between_levels(f, frame, text, lex)
    if between is not None:
        return between, "rule:between-levels"
    first = _from_to_first(frame, lex)
    if within_period(f.m, frame.dates, text, sent_start, lex):
        return time, "rule:within-period"
    since = _from_baseline(_baseline_date_after(f, frame, text, lex)
                           or _bracketed_date_after(f, frame, text, lex), time)
    if since is not None:
        # "turun sebesar 0,23 persen dari 0,86 persen pada tahun 2021": from the baseline's date
        return since, "rule:baseline-span"
    if first is not None and time.end:
        if first < time.end:
            return TimeNorm(start=first, end=time.end), "rule:from-to-span"
        last = max((r.end for r in frame.references if r.end), default=None)
        if last is not None and first < last and time.end == first:
            # "menurun 0,58 juta orang (dari 14,16 juta pada Maret 2023 menjadi 13,58 juta
            # pada Maret 2024)": the change spans the from-to pair that follows it.
            return TimeNorm(start=first, end=last), "rule:from-to-span"
    start = duration_start(frame.text, time.end, lex)
    if start is None and (first := _level_in_force_start(frame, time.end, lex)) is not None:
        return TimeNorm(start=first, end=time.end), "rule:from-level-in-force"
    if (start is None and why == "rule:clause-date" and time.end and len(time.end) == 4
            and not lex.from_to.search(frame.text) and not _until(frame, text, lex)):
        # "pertumbuhan ekonomi Jateng pada 2018 sebesar 5,27 persen": a change its own
        # sentence dates to a year happened within that year (a semester's change is
        # against a baseline the sentence does not name)
        return time, "rule:within-year"
    if start is None and (first := _span_in_force_start(frame, time.end)) is not None:
        return TimeNorm(start=first, end=time.end), "rule:span-in-force"
    if start is None and time.end and lex.change_from_year_before.search(frame.text):
        # "turun 0,31 persen dari periode sebelumnya": from the same point a year earlier
        return TimeNorm(start=_year_earlier(time.end), end=time.end), "rule:year-on-year"
    return TimeNorm(start=start, end=time.end), ("rule:duration" if start else "rule:end-only")


def _earlier_level_date(f: Figure, end: str, lex: Lexicon) -> str | None:
    """The start of a change whose baseline no date states: the latest date, of the change's
    grain and before its end, of a level of its unit the story gave just before it ("Pada
    tahun 2022 ... 101.638 keluarga. ... pada tahun 2023 menurun jadi 91.887 keluarga. ...
    penurunan sebanyak 9.751 keluarga": 2022..2023); a date no figure of the unit has (a
    regent's first year, a programme's launch) is none."""
    unit = base_unit(f.q.unit)
    dates = [r.time.start for r in f.records_within(lex.earlier_level_window)
             if r.kind == "level" and base_unit(r.unit) == unit and r.time is not None
             and r.time.start and r.time.start == r.time.end
             and len(r.time.start) == len(end) and r.time.start < end]
    return max(dates, default=None)


def _quoted(f: Figure) -> bool:
    """The figure stands inside a quotation (an odd number of quotation marks before it in
    its sentence)."""
    return sum(f.before.count(q) for q in _QUOTE_MARKS) % 2 == 1


_QUOTE_MARKS = ('"', "\u201c", "\u201d")


def _from_baseline(since: TimeNorm | None, time: TimeNorm) -> TimeNorm | None:
    """The span from a baseline's date to the change's end, when the baseline is earlier."""
    if since is not None and since.start and time.end and since.start < time.end:
        return TimeNorm(start=since.start, end=time.end)
    return None


def _between_levels(f: Figure, frame: Frame, text: str, lex: Lexicon) -> TimeNorm | None:
    """"pada September 2022 sebesar 4,90 persen turun 0,23 persen menjadi 4,67 persen pada
    Maret 2023": a change right after one level and before the new one ("menjadi") runs
    from the first level's date to the second's, the sentence's earliest and latest."""
    prev = f.prev_q
    if (prev is None or prev.end <= frame.sent.start or lex.becomes_after.match(f.after) is None
            or lex.level_before_change.match(text[prev.end:f.m.start]) is None):
        return None
    starts = [r.start for r in frame.references if r.start]
    ends = [r.end for r in frame.references if r.end]
    if not starts or not ends or min(starts) >= max(ends):
        return None
    return TimeNorm(start=min(starts), end=max(ends))


def _level_in_force_start(frame: Frame, end: str | None, lex: Lexicon) -> str | None:
    """"Desa maju tahun 2019 lalu berjumlah 107 desa. Tahun ini menjadi 202 desa atau naik
    sebesar 88,79 persen": a change in a sentence that states the new level ("menjadi")
    runs from the earlier point in force, the old level's date, to its own date; not when
    the sentence spells out the old level too ("dari Rp 506.000 menjadi Rp 515.600")."""
    period = frame.inherited
    if (not end or period is None or not period.start or period.start != period.end
            or not period.start < end or lex.new_level_word.search(frame.text) is None
            or lex.from_to.search(frame.text)):
        return None
    return period.start


def _span_in_force_start(frame: Frame, end: str | None) -> str | None:
    """"dari 13,10 persen pada Maret 2021 menjadi 12,53 persen pada September 2021. Secara
    jumlah, ... turun sebanyak 0,73 juta orang pada September 2021": a change ending where
    the span just spoken of ends runs over that span; its start, if so."""
    if frame.recent_span is None or not end:
        return None
    first, last = frame.recent_span[0].start, frame.recent_span[-1].end
    return first if first and last == end and first < end else None


def _until(frame: Frame, text: str, lex: Lexicon) -> bool:
    """A date of the sentence is where something runs up to ("sampai dengan Tahun 2024")."""
    return any(lex.until_before.search(text, max(frame.sent.start, d.start - 30), d.start)
               for d in frame.dates)


def _baseline_date_after(f: Figure, frame: Frame, text: str, lex: Lexicon) -> TimeNorm | None:
    """The date of a baseline written after a change ("... dari 0,86 persen pada tahun 2021")."""
    for d in frame.dates:
        if d.start > f.m.end and isinstance(d.norm, TimeNorm) and lex.baseline_then_date.fullmatch(
                text, f.m.end, d.start):
            return d.norm
    return None


def _bracketed_date_after(f: Figure, frame: Frame, text: str, lex: Lexicon) -> TimeNorm | None:
    """"naik 0,27 persen poin menjadi 4,53 persen (4,26 persen pada Maret 2019)": the
    change runs from the bracketed earlier value's date, or a compared one after it."""
    clause_end = next(c[1] for c in frame.clauses if c[0] <= f.m.start <= c[1])
    bracketed = bracketed_baseline_dates(frame, text, lex)
    # ... or from the date compared with after the new value ("turun 0,57 poin menjadi
    # 12,72% dari yang bulan Maret 2023 sebesar 13,29%")
    later = {d.start for d in frame.comparison_dates} | bracketed
    d = next((d for d in frame.dates if f.m.end < d.start < clause_end and d.start in later),
             None)
    return d.norm if d is not None and isinstance(d.norm, TimeNorm) else None


def is_comparison(d: Mention, text: str, sent_start: int, lex: Lexicon) -> bool:
    """A point date introduced as a comparison ("dibandingkan dengan tahun 2023"); a range
    introduced by "dari" ("Dari tahun 2026 hingga 2030") is a period."""
    return (isinstance(d.norm, TimeNorm) and d.norm.start == d.norm.end
            and lex.comparison_before.search(text[max(sent_start, d.start - 60) : d.start]) is not None)


def weekday_at(d: Mention, text: str, lo: int, lex: Lexicon) -> re.Match[str] | None:
    """The weekday written at or just before the date ("Senin (1/7)"), not before ``lo``."""
    return lex.speech_date.search(text, max(lo, d.start - 12), min(d.end, d.start + 8))


def cut_off_before(pos: int, text: str, lo: int, lex: Lexicon) -> bool:
    """A cut-off word ("per", "sampai dengan") ends right before ``pos``."""
    return lex.as_of_before.search(text, max(lo, pos - 20), pos) is not None


def is_speech_date(d: Mention, text: str, sent_start: int, lex: Lexicon) -> bool:
    """When something was said ("kata ... di Kupang, Senin, (17/7/2023)") or an event took
    place ("menghadiri Hari Pers Nasional 2018"), not a period of the figures."""
    day = weekday_at(d, text, sent_start, lex)
    # "Sampai dengan Rabu (10/7/2024) ... masih ada 6.774 rumah": a cut-off, not a speech;
    # "Sebelumnya, Jumat (17/02/2023) lalu Dinas Sosial membagikan ...": the event's day
    if day is not None and (cut_off_before(day.start(), text, sent_start, lex)
                            or (lex.day_opens_sentence.match(text, sent_start, day.start())
                                and not lex.clock_after_date.match(text, d.end))):
        day = None
    return (day is not None
            or lex.event_date.search(text, max(sent_start, d.start - 60), d.start) is not None)


def within_period(m: Mention, dates: list[Mention], text: str, sent_start: int, lex: Lexicon
                  ) -> bool:
    """The date before ``m`` in its sentence is introduced as a span the change happened
    within ("Sepanjang 2024", "Selama tahun 2023")."""
    d = _last_before(dates, m.start)
    return d is not None and lex.within_before.search(text, max(sent_start, d.start - 25),
                                                      d.start) is not None


def date_right_after(m: Mention, dates: list[Mention], text: str, lex: Lexicon
                      ) -> Mention | None:
    """The first date after ``m`` when it is written right after it ("1,46 pada Maret 2024")."""
    d = _first_from(dates, m.end)
    if d is None or not lex.date_right_after.search(text[m.end : d.start]):
        return None
    # "sebesar 2,92%, pada 2022 turun menjadi 2,36%": the date opens the next clause; so
    # does one after a figure dated right before it ("di 2022 di angka 30,1 persen di 2023
    # justru naik di 32,7 persen")
    dated_before = _dated_before(m, dates, text)
    if ("," in text[m.end : d.start] or dated_before) and _opens_clause(text, d.end, lex):
        return None
    if dated_before and lex.figure_after_date.match(text, d.end):
        # "tahun 2021 61,77 persen tahun 2022 64,21 persen": pairs of a date and its figure
        return None
    return d


def _first_from(dates: list[Mention], pos: int) -> Mention | None:
    """The first of ``dates`` (in text order) starting at or after ``pos``: a table sentence
    holds thousands of figures and dates, so a search, not a scan."""
    i = bisect_left(dates, pos, key=attrgetter("start"))
    return dates[i] if i < len(dates) else None


def _last_before(dates: list[Mention], pos: int) -> Mention | None:
    """The last of ``dates`` ending at or before ``pos`` (dates never overlap: in text order
    they are sorted by their ends too)."""
    i = bisect_right(dates, pos, key=attrgetter("end"))
    return dates[i - 1] if i else None


def _dated_before(m: Mention, dates: list[Mention], text: str) -> bool:
    """A date stands a few words before ``m`` with no figure between ("di 2022 di angka")."""
    d = _last_before(dates, m.start)
    if d is None:
        return False
    gap = text[d.end : m.start]
    return len(gap.split()) <= 3 and not any(ch.isdigit() or ch in ",;." for ch in gap)


def _opens_clause(text: str, pos: int, lex: Lexicon) -> bool:
    """A change or amount word and a figure follow ``pos`` within a few words, with no
    clause mark between: what stands before ``pos`` opens that clause."""
    tail = text[pos : pos + 80]
    digit = next((i for i, ch in enumerate(tail) if ch.isdigit()), -1)
    head = tail[:digit].lstrip(" \t,") if digit >= 0 else ""
    words = head.split()
    return (0 < len(words) <= 8 and not any(ch in head for ch in ",;.\n(")
            and any(w in lex.date_opens_clause for w in words))


def date_after_figure(m: Mention, frame: Frame, text: str, lex: Lexicon,
                      dates: list[Mention] | None = None) -> Mention | None:
    """The date written right after ``m`` or after the figure it is one with ("26,80
    persen atau 912,2 ribu jiwa pada September 2020", "24,79 juta orang (9,22 persen) pada
    September 2019"): one level in two units has one date."""
    cands = frame.dates if dates is None else dates
    cur, opened = m, False
    for q in frame.quantities:
        if q.start < cur.end:
            continue
        own = date_right_after(cur, cands, text, lex)
        if own is not None and own.start <= q.start:
            break
        gap = text[cur.end : q.start].strip()
        if not lex.same_figure_gap.fullmatch(gap):
            return None
        cur, opened = q, opened or gap.startswith("(")
    else:
        own = date_right_after(cur, cands, text, lex)
    # "menjadi 4,53 persen (4,26 persen pada Maret 2019)": a date inside the bracket is
    # the aside's alone.
    if own is not None and cur is not m and opened and ")" not in text[cur.end : own.start]:
        return None
    return own


def time_of(m: Mention, frame: Frame, text: str, lex: Lexicon, finer: bool = True
            ) -> tuple[TimeNorm | None, TimeNorm | None]:
    """(reference time, comparison time) of a quantity within its sentence (``finer``: a
    day or month of the clause inside the period picked wins)."""
    dates = frame.dates
    if not dates:
        return None, None
    # A comparison date is a point ("dibandingkan dengan tahun 2023"); a range
    # introduced by "dari" ("Dari tahun 2026 hingga 2030") is a period.
    comparison, ref_dates = frame.comparison_dates, frame.ref_dates
    clauses = frame.clauses
    mine = next(c for c in clauses if c[0] <= m.start <= c[1])

    def pick(cands: list[Mention], lo: int, hi: int) -> Mention | None:
        inside = [d for d in cands if lo <= d.start < hi]
        before = [d for d in inside if d.end <= m.start]
        if before:
            return before[-1]
        after = [d for d in inside if d.start >= m.end]
        # "37,66% atau 102.072 jiwa, sedangkan 2004 sebesar 32,15%": a date past a contrast
        # belongs to the clause it opens, not to the figures before it
        if after and _opens_contrast(m, after[0], text, lex):
            return None
        return after[0] if after else None

    # The figure's own date, written right after it or its twin ("1,46 pada Maret 2024"),
    # comes first. A date written right after a baseline ("turun dari 3.791.500 pada Maret
    # 2023") is that baseline's own: the figure it is compared with is at the period in force.
    own = date_after_figure(m, frame, text, lex, ref_dates)
    owned = baseline_dates(m, frame, text, lex)
    ref_dates = [d for d in ref_dates if d.start not in owned]
    ref = (own if own is not None and mine[0] <= own.start < mine[1] else None) \
        or pick(ref_dates, *mine) or pick(ref_dates, *clauses[0])
    if finer:
        ref = _finer_in_clause(ref, ref_dates, mine)
    # A comparison usually follows its number ("turun X dibandingkan Maret 2023 dan
    # turun Y terhadap Maret 2022"): take the first one after the number, before the
    # next quantity, else the nearest one before it.
    nxt = min((q.start for q in frame.quantities if q.start > m.start), default=mine[1])
    following = [d for d in comparison if m.end <= d.start < min(nxt, mine[1])]
    cmp_ = following[0] if following else pick(
        [d for d in comparison if d.end <= m.start], *mine)
    ref_t = ref.norm if ref is not None and isinstance(ref.norm, TimeNorm) else None
    if (ref is not None and ref_t is not None and ref_t.end and ref_t.start != ref_t.end
            and lex.cut_off_before.search(text, max(frame.sent.start, ref.start - 30), ref.start)):
        # "sampai akhir triwulan II/2019, ... telah menggerakkan dana": at the period's end
        ref_t = TimeNorm(start=ref_t.end, end=ref_t.end)
    cmp_t = cmp_.norm if cmp_ is not None and isinstance(cmp_.norm, TimeNorm) else None
    return ref_t, cmp_t


def _finer_in_clause(ref: Mention | None, dates: list[Mention], clause: tuple[int, int]
                     ) -> Mention | None:
    """A day or month of the clause inside the period picked ("Per Selasa (17/5) jumlah
    penerima ... pada bulan Mei mencapai 406.788 KPM"): the figure stands as of that day."""
    if ref is None or not isinstance(ref.norm, TimeNorm) or ref.norm.start != ref.norm.end:
        return ref
    inside = f"{ref.norm.start}-"  # "2022-05-17" lies in "2022-05"
    finer = [d for d in dates if clause[0] <= d.start < clause[1]
             and isinstance(d.norm, TimeNorm) and d.norm.start == d.norm.end
             and (d.norm.start or "").startswith(inside)]
    return finer[0] if len(finer) == 1 else ref


def baseline_dates(m: Mention, frame: Frame, text: str, lex: Lexicon) -> set[int]:
    """Starts of the dates written right after another figure of the sentence that stands
    as a baseline ("dari Y pada Maret 2023")."""
    owned = _owned_dates(frame, text, lex)[0]
    return {d for q, d in owned.items() if q != m.start}


def bracketed_baseline_dates(frame: Frame, text: str, lex: Lexicon) -> set[int]:
    """Starts of the dates of bracketed earlier values ("menjadi 4,53 persen (4,26 persen
    pada Maret 2019)"): asides, never the period the sentence speaks of."""
    return _owned_dates(frame, text, lex)[1]


def baseline_owned_dates(frame: Frame, text: str, lex: Lexicon) -> set[int]:
    """Starts of the dates written right after a baseline ("turun dari 9,36 persen pada
    Maret 2023") or a bracketed earlier value: the dates of values before, never the
    period a release reports."""
    return set(_owned_dates(frame, text, lex)[0].values())


def _owned_dates(frame: Frame, text: str, lex: Lexicon) -> tuple[dict[int, int], set[int]]:
    """Once per sentence: quantity start -> the start of its own date, for baselines; and
    which of those dates belong to a bracketed one."""
    cached: tuple[dict[int, int], set[int]] | None = frame.__dict__.get("_baseline_dates")
    if cached is None:
        owned: dict[int, int] = {}
        bracketed: set[int] = set()
        last_owned_end = -1  # the end of the last baseline's date
        for q in frame.quantities:
            d = date_after_figure(q, frame, text, lex)
            if d is None:
                continue
            lo = max(frame.sent.start, q.start - 12)
            if ")" in text[q.end : d.start]:
                continue  # "24,79 juta orang (9,22 persen) pada September 2019": the pair's
            if _PAREN_BEFORE.search(text, lo, q.start):
                owned[q.start] = d.start
                bracketed.add(d.start)
            elif (text[q.end : d.start].strip() == "("
                  # "kini 7,76 persen dari sebelumnya 8,06 persen (2022)": a date in
                  # brackets right after a figure is that figure's own
                  or lex.baseline_before.search(text, lo, q.start)
                  # "menurun dari 0,315 pada Maret 2021 dan 0,319 di September 2020": a
                  # second baseline coordinated with the first
                  or (last_owned_end >= 0
                      and lex.baseline_and_gap.fullmatch(text, last_owned_end, q.start)
                      is not None)):
                owned[q.start] = d.start
            else:
                continue
            last_owned_end = d.end
        cached = frame.__dict__["_baseline_dates"] = (owned, bracketed)
    return cached


_PAREN_BEFORE = re.compile(r"\(\s*$")


def duration_start(sentence: str, end: str | None, lex: Lexicon) -> str | None:
    """Start of a change "dalam setahun" / "dalam enam bulan" / "dalam 4 tahun terakhir"
    ending at ``end`` ("2024-03" and a year give "2023-03"); None when not stated."""
    m = lex.change_duration.search(sentence)
    if m is None or end is None:
        return None
    unit = m.group("u1") or m.group("u2") or m.group("u3")
    if m.group("u1") or m.group("u3"):  # "setahun"; "dibandingkan tahun sebelumnya"
        n = 1.0
    else:
        word = m.group("n")
        n = float(word) if word.isdigit() else (parse_words([word]) or 0.0)
    if n != int(n) or not 0 < n <= 50:
        return None
    months = int(n) * lex.duration_months[unit]
    parts = end.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return str(year - months // 12) if months % 12 == 0 else None
    total = year * 12 + int(parts[1]) - 1 - months
    return "-".join([f"{total // 12:04d}", f"{total % 12 + 1:02d}", *parts[2:]])
