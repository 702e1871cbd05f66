"""The article model: everything the slot resolvers need, built once per article.

One pass over the scored sentences reads what carries from sentence to sentence — the
place the text is about (a paragraph's topic, the place of each level named last), the
period in force (a sentence's dates, a from-to span, a pointer back), the list a line
introduces, the programme in force — and leaves one :class:`Frame` per sentence. The
resolvers read frames; nothing else carries state across sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from typing import NamedTuple

from ..casefold import lower_article
from ..models import Mention, Place, QuantityNorm, TimeNorm
from ..places import article_country, country_place
from ..segment import Segmentation, Sentence
from .lexicon import WORDS, Lexicon, clauses_of, last_words, lexicon, masked_text
from .place import (
    dateline_starts,
    depth,
    figure_between,
    locators,
    merge_joint_regions,
    places_in,
    respective_places,
    sentence_place,
)
from .time import (
    baseline_owned_dates,
    bracketed_baseline_dates,
    cut_off_before,
    is_comparison,
    is_speech_date,
    weekday_at,
)


class SentenceCues(NamedTuple):
    masked: str  # lower-cased sentence, programme names blanked
    national: bool  # speaks of the whole country
    programme: str | None  # the programme it names
    institution: bool = False  # a national institution speaks ("Kemensos", "BPS mencatat")


def sentence_cues(text: str, seg: Segmentation) -> list[SentenceCues]:
    """Cues of each scored sentence. :func:`article_place` and :func:`build_records` both
    need them: compute them once per article and pass them to both."""
    lex = lexicon()
    low = lower_article(text)
    defined = defined_programmes(text, lex)
    out = []
    for sent in seg.scored_sentences():
        stext = low[sent.start : sent.end]
        masked = masked_text(stext)
        # Only a sentence with a programme name has anything masked.
        programme = (next((name for name, pat in lex.programmes if pat.search(stext)), None)
                     if masked != stext else None)
        if programme is None and defined[0] is not None:
            found = defined[0].search(stext)
            programme = defined[1][" ".join(found.group(0).split())] if found else None
        # The hint words hold the institutions' too: most sentences need neither pattern.
        hint = lex.national_hint.search(masked) is not None
        out.append(SentenceCues(masked, hint and is_national(masked, lex), programme,
                                hint and lex.national_institutions.search(masked) is not None))
    return out


def is_national(masked: str, lex: Lexicon) -> bool:
    if not lex.national_hint.search(masked):
        return False
    cleaned = lex.national_not.sub(" ", masked)
    return lex.national.search(cleaned) is not None


class SentenceDates(NamedTuple):
    """A sentence's DATEs that place figures, each judged once per article."""

    dates: list[Mention]  # those that resolve to a time, except when something was said
    comparison: list[Mention]  # ... introduced as a comparison ("dibandingkan Maret 2023")
    references: list[Mention]  # ... the others: the periods the sentence speaks of


def sentence_dates(sent_mentions: list[Mention], text: str, sent_start: int, lex: Lexicon
                   ) -> SentenceDates:
    """Each DATE judged once; the frame, the period in force and the slots all read it."""
    # A date that resolves to no time ("Rabu", "Februari" with no year known) places nothing,
    # nor does the date something was said or an event held ("Hari Pers Nasional 2018").
    dates = [m for m in sent_mentions if m.type == "DATE" and isinstance(m.norm, TimeNorm)
             and (m.norm.start or m.norm.end)
             and not is_speech_date(m, text, sent_start, lex)]
    comparison: list[Mention] = []
    references: list[Mention] = []
    for d in dates:
        (comparison if is_comparison(d, text, sent_start, lex) else references).append(d)
    return SentenceDates(dates, comparison, references)


def times_of(dates: list[Mention]) -> list[TimeNorm]:
    """The times of DATE mentions, in order."""
    return [d.norm for d in dates if isinstance(d.norm, TimeNorm)]


@dataclass
class ListFrame:
    """A line ending in ":" (or a paragraph ending in "Inilah deretan ...") introduces a list:
    its items share its status, time and noun."""

    status: str | None = None
    time: TimeNorm | None = None
    intro: str = ""  # the last words of the introducing line
    programme: str | None = None  # the programme the introduction names


@dataclass
class Frame:
    """One scored sentence as the slot resolvers see it."""

    sent: Sentence
    text: str  # the lower-cased sentence
    masked: str  # ... with programme names blanked
    programme: str | None  # named in the sentence, or pointed back to ("Dari dana ini")
    quantities: list[Mention]
    dates: list[Mention]  # the DATEs that place figures (see :class:`SentenceDates`)
    comparison_dates: list[Mention]
    ref_dates: list[Mention]
    mentions: list[Mention]
    # place
    own_place: Place | None  # the place the sentence names (or the country, for a national one)
    fallback_place: Place | None  # the place the text is about so far, else the article's
    place_mentions: list[Mention]  # the places that may hold a figure of the sentence
    respective: dict[int, Place]  # "X dan Y masing-masing A dan B": quantity start -> place
    clauses: list[tuple[int, int]]
    # time
    inherited: TimeNorm | None  # the period in force from an earlier sentence
    release: TimeNorm | None  # the semester a release reported last, further back (R 22)
    from_article: bool  # ... which is the whole article's period, not a nearby sentence's
    prev_span: list[TimeNorm] | None  # the from-to dates of the sentence pointed back to
    # the from-to or compared dates of the sentence just before (its paragraph, or a
    # one-sentence line right above): the span a change with no baseline continues
    recent_span: list[TimeNorm] | None
    connective: bool  # opens with a connective that carries the period ("Oleh karena itu")
    present: bool  # speaks of now ("saat ini")
    anaphoric: bool  # "Angka itu ..."
    # list
    items: ListFrame
    is_item: bool  # the sentence is an item of a list ("1. Papua – 2,58 persen")

    @property
    def references(self) -> list[TimeNorm]:
        """The periods the sentence speaks of, in order."""
        return times_of(self.ref_dates)

    @cached_property
    def status_cues(self) -> list[tuple[int, str]]:
        """(offset in the sentence, status) of each status cue, in order; only sentences
        with a figure need them, so they are read on first use."""
        return _status_cues(self.masked, lexicon())

    @cached_property
    def status_offsets(self) -> list[int]:
        """The offsets of :attr:`status_cues`, for bisecting."""
        return [c[0] for c in self.status_cues]

    @cached_property
    def breaks_down(self) -> bool:
        """A ranking line, an urban/rural breakdown ("Sebanyak 8.160 orang ada di perkotaan,
        dan 97.370 di perdesaan") or a line of a breakdown by place ("Kecamatan Ipuh 0,9
        persen atau 152 dari 19.311 jiwa", "Sementara Nabire sebanyak 9.267 jiwa"): its
        cue-less figures go on with the statistic it breaks down. Read once per sentence."""
        lex = lexicon()
        return (lex.ranking_openers.match(self.text) is not None
                or lex.breakdown_openers.match(self.text) is not None
                or lex.place_item_openers.match(self.text) is not None
                or self._opens_with_place_item(lex)
                or lex.area_split.search(self.text) is not None)

    def _opens_with_place_item(self, lex: Lexicon) -> bool:
        """The sentence opens with a place and its figure ("Sementara Nabire sebanyak 9.267
        jiwa, Paniai 4.045 jiwa")."""
        place = next((m for m in self.mentions if m.type == "PLACE"), None)
        if place is None or not self.quantities or self.quantities[0].start < place.end:
            return False
        lo = self.sent.start
        return (lex.place_item_lead.fullmatch(self.text, 0, place.start - lo) is not None
                and lex.place_item_gap.fullmatch(self.text, place.end - lo,
                                                 self.quantities[0].start - lo) is not None)


@dataclass
class ArticleModel:
    """The article as the slots see it: its text, places, periods and sentence frames."""

    written: str  # the input text
    text: str  # lower-cased, same offsets
    seg: Segmentation
    place: Place | None  # the article's main place
    country: Place | None  # the country the article is about
    para_of: dict[int, int]  # sentence index -> paragraph index
    frames: list[Frame]
    para_sizes: Counter[int] = field(default_factory=Counter)  # paragraph -> its sentences
    release: bool = False  # it names the statistics office: it retells a release (R 22)
    headline_period: TimeNorm | None = None  # the article's period, found in title and lead
    period_from_stamp: bool = False  # ... or its publication year: the body dates no figure
    headings: tuple[int, ...] = ()  # the indices of its section-heading paragraphs
    # the abbreviations it defines ("garis kemiskinan (GK)"): a pattern of them, lower-cased,
    # and each one's long form; what the indicator cues read in a figure's windows
    abbreviations: tuple[re.Pattern[str] | None, dict[str, str]] = (None, {})

    @cached_property
    def anchor_times(self) -> list[tuple[TimeNorm, str]]:
        """The periods the whole page offers a figure that no sentence dates: its publication
        day, month and year, its headline period, and the year its dates name most and the
        latest they name (each with its source name). What the learned time ranker may choose
        beside the sentence's own dates (the rules read them through the period in force)."""
        out: list[tuple[TimeNorm, str]] = []
        pub = self.seg.published
        if pub:
            for n, name in ((4, "pub-year"), (7, "pub-month"), (10, "pub-day")):
                if len(pub) >= n:
                    out.append((TimeNorm(start=pub[:n], end=pub[:n]), name))
        if self.headline_period is not None:
            out.append((self.headline_period, "headline"))
        # (a date's start and end once each, in order: a set's order would hang on the hash
        # seed, and the first of equally common years wins)
        years = Counter(t[:4] for fr in self.frames for d in fr.dates
                        if isinstance(d.norm, TimeNorm)
                        for t in dict.fromkeys((d.norm.start, d.norm.end)) if t)
        if years:
            year = years.most_common(1)[0][0]
            out.append((TimeNorm(start=year, end=year), "main-year"))
            latest = max(years)
            out.append((TimeNorm(start=latest, end=latest), "latest-year"))
        return out


@dataclass
class _Carry:
    """What one sentence leaves for the next while the model is built."""

    last_para: int = -1
    time: TimeNorm | None = None  # the period the last dated sentence spoke of
    times: list[TimeNorm] = field(default_factory=list)  # all its reference dates, in order
    compared: list[TimeNorm] = field(default_factory=list)  # the dates it compared with
    time_para: int = -1
    time_para_single: bool = False  # the paragraph that set the time is one sentence
    current_place: Place | None = None
    topic_place: Place | None = None
    # the place last named at each level, and after each level word ("kecamatan" -> Ia Pet),
    # and where each place was last named
    last_at_level: dict[str, Place] = field(default_factory=dict)
    last_by_word: dict[str, Place] = field(default_factory=dict)
    last_named: dict[str, int] = field(default_factory=dict)
    programme: str | None = None
    list_para: int = -1
    items: ListFrame = field(default_factory=ListFrame)
    article_period: TimeNorm | None = None  # the period the whole article speaks of
    one_year: TimeNorm | None = None  # ... else the one year all its dates lie in
    reported: TimeNorm | None = None  # the last period a dated sentence reported
    latest_semester: TimeNorm | None = None  # the latest month any sentence reports


def build_article_model(
    text: str, seg: Segmentation, mentions: list[Mention], article_place: Place | None,
    cues: list[SentenceCues] | None = None, datelines: set[int] | None = None,
) -> ArticleModel:
    """The article model: one pass over the scored sentences."""
    lex = lexicon()
    low = lower_article(text)
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.sentence is not None:
            by_sentence.setdefault(m.sentence, []).append(m)
    model = ArticleModel(
        written=text, text=low, seg=seg, place=article_place,
        # The country of the article's main place where it has one (cue counts can tie).
        country=country_place((article_place.country if article_place else None)
                              or article_country(text)),
        para_of={s.index: s.paragraph for s in seg.sentences}, frames=[],
        para_sizes=Counter(s.paragraph for s in seg.sentences),
        headings=tuple(p.index for p in seg.paragraphs if p.kind == "heading"),
    )
    if datelines is None:
        datelines = dateline_starts(text, seg, mentions)
    para_bounds = {p.index: (p.start, p.end) for p in seg.paragraphs}
    carry = _Carry()
    if cues is None:
        cues = sentence_cues(text, seg)
    sentences = seg.scored_sentences()
    dates = [sentence_dates(by_sentence.get(sent.index, []), low, sent.start, lex)
             for sent in sentences]
    model.release = lex.release_source.search(low) is not None
    model.abbreviations = defined_abbreviations(text)
    carry.article_period = _article_period(dates, sentences, low, model.release, lex)
    if carry.article_period is None:
        model.headline_period = _headline_period(dates, sentences, seg, low, lex)
        carry.article_period = model.headline_period
    carry.one_year = _one_year(dates) if carry.article_period is None else None
    # With no stamp, the reporter's latest full date ("ujar Kepala Bappelitbangda ..., Selasa
    # 5 November 2024") dates the story (R 47)
    reporter = None if seg.published else _reporter_date(mentions)
    if carry.article_period is None and carry.one_year is None and reporter is not None:
        carry.one_year = _reporters_year(dates, reporter)
    published = seg.published if _stamped_only(seg.published, dates) else None
    if published is None and not seg.published and not any(d.references for d in dates):
        published = reporter  # ... and the body dates no figure: all of it
    if carry.article_period is None and published:
        # a page whose body names no period speaks of its publication year (R 60)
        year = published[:4]
        carry.article_period = TimeNorm(start=year, end=year)
        model.period_from_stamp = True
    if model.release:
        carry.latest_semester = _latest_month(dates)
    for sent, sent_cues, sent_dates in zip(sentences, cues, dates, strict=True):
        frame = _frame(model, sent, sent_cues, by_sentence.get(sent.index, []), sent_dates,
                       datelines, para_bounds, carry, lex)
        model.frames.append(frame)
        if frame.programme:
            carry.programme = frame.programme
        if frame.dates:
            _carry_periods(frame, carry, model, lex)
        elif _goes_on_one_liner(frame, carry, model):
            carry.time_para = sent.paragraph
        carry.last_para = sent.paragraph
    return model


def _goes_on_one_liner(frame: Frame, carry: _Carry, model: ArticleModel) -> bool:
    """An undated one-sentence paragraph with figures that took the period of the
    one-liners just before it (R 45): it arrives at that period too, so the next one-liners
    may take it in turn ("Selanjutnya, Kabupaten Aceh Singkil 29,6 persen, ..." after three
    lines of the same ranking)."""
    return (bool(frame.quantities) and not frame.from_article and frame.inherited is not None
            and frame.inherited == carry.time and carry.time_para_single
            and frame.inherited.start == frame.inherited.end
            and carry.time_para < frame.sent.paragraph
            and model.para_sizes[frame.sent.paragraph] == 1)


def _carry_periods(frame: Frame, carry: _Carry, model: ArticleModel, lex: Lexicon) -> None:
    """What a dated sentence leaves for the next: the period it speaks of, not what it
    compares with ("turun ... dibandingkan Maret 2024" leaves the period in force unchanged),
    nor a bracketed earlier value's ("menjadi 4,53 persen (4,26 persen pada Maret 2019)"),
    which is an aside; and the semester it reports."""
    low, sent = model.text, frame.sent
    aside = bracketed_baseline_dates(frame, low, lex) if "(" in frame.text else set()
    refs = times_of([d for d in frame.ref_dates if d.start not in aside])
    # The semester a release reports, not a baseline's ("turun dari 9,36 persen pada Maret
    # 2023"): what the release's further figures take (R 22).
    owned = baseline_owned_dates(frame, low, lex)
    reported = times_of([d for d in frame.ref_dates if d.start not in owned | aside])
    if not refs and aside and frame.inherited is not None and not frame.from_article:
        refs = [frame.inherited]  # it speaks of the period it took over
    elif refs and not reported and frame.inherited is not None:
        # "... di perdesaan yang menurun dari 0,315 pada Maret 2021 dan 0,319 di September
        # 2020": only the levels before are dated; the period in force stays the one reported
        refs = []
    if refs:
        carry.time, carry.times, carry.time_para = refs[0], refs, sent.paragraph
        carry.compared = times_of(frame.comparison_dates)
    if reported:
        # the latest it reports ("pada September 2022 jumlahnya X, sedangkan pada Maret 2023
        # menjadi Y" reports March 2023)
        carry.reported = max(reported, key=lambda t: _period_end(t.end or t.start))
        carry.time_para_single = model.para_sizes[sent.paragraph] == 1


# An abbreviation defined in brackets after its long form: "(GK)", "(ASLUT)", "(Lisdes)"; a
# statistic's abbreviation has six letters at most, a programme's may have eight.
_DEFINED = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_STATISTIC_ABBREVIATION_MAX = 6


def defined_programmes(text: str, lex: Lexicon) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Programmes the article defines that the lexicon does not know: a long form opening
    with a programme word, spelt by its abbreviation in brackets ("Asistensi Sosial Lanjut
    Usia Telantar (ASLUT)", "Listrik Desa (Lisdes)"). One pattern finding either form in
    lower-cased text (one search per sentence however many are defined), and the name, the
    long form as written, of each lower-cased form."""
    names: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        abbr = m.group(1).lower()
        if abbr in lex.programme_not_defined or abbr in names:
            continue
        words = WORDS.findall(text, max(0, m.start() - 90), m.start())[-8:]
        for k in range(len(words) - 1, -1, -1):
            head = words[k].lower()
            two = " ".join(words[k : k + 2]).lower()
            if (head in lex.programme_heads or two in lex.programme_heads) and _spells(
                    abbr, [w.lower() for w in words[k:]]):
                long_form = " ".join(words[k:])
                if masked_text(long_form.lower()) == long_form.lower():  # the lexicon's own
                    names[abbr] = names[long_form.lower()] = long_form
                break
    if not names:
        return None, {}
    forms = sorted(names, key=len, reverse=True)
    pat = re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms)
                     + r")\b")
    return pat, names


def _spells(abbr: str, words: list[str]) -> bool:
    """The words' first letters, or a first syllable of each, spell ``abbr`` in order."""
    if not words:
        return not abbr
    w = words[0]
    return any(abbr.startswith(w[:n]) and _spells(abbr[n:], words[1:])
               for n in range(min(len(w), len(abbr)), 0, -1))


def defined_abbreviations(text: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The abbreviations an article defines in brackets after their long form, whose words'
    initials spell them ("garis kemiskinan (GK)", "Tingkat Pengangguran Terbuka (TPT)"):
    a pattern finding them in lower-cased text, and each one's long form, lower-cased."""
    found: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        abbr = m.group(1).lower()
        if len(abbr) > _STATISTIC_ABBREVIATION_MAX:
            continue
        words = WORDS.findall(text, max(0, m.start() - 80), m.start())[-len(abbr):]
        long_form = " ".join(words).lower()
        # (not a programme's name, which the cues never read: "Alokasi Dana Desa (ADD)")
        if (len(words) == len(abbr) and "".join(w[0] for w in words).lower() == abbr
                and masked_text(long_form) == long_form):
            found.setdefault(abbr, long_form)
    if not found:
        return None, {}
    # (not the defining "(GK)" itself: its long form stands right before it)
    return re.compile(r"(?<!\()\b(?:" + "|".join(map(re.escape, found)) + r")\b(?!\))"), found


def _reporter_date(mentions: list[Mention]) -> str | None:
    """The latest full date (a day) among the DATE mentions: a quote's or a visit's date."""
    days = [m.norm.start for m in mentions if m.type == "DATE" and isinstance(m.norm, TimeNorm)
            and m.norm.start == m.norm.end and len(m.norm.start or "") == 10]
    return max(days, default=None)


def _latest_month(dates: list[SentenceDates]) -> TimeNorm | None:
    """The latest month any sentence reports (a release's semester, R 22)."""
    months = [t for d in dates for t in times_of(d.references)
              if t.start == t.end and len(t.start or "") == 7]
    return max(months, key=lambda t: t.start or "", default=None)


def _stamped_only(published: str | None, dates: list[SentenceDates]) -> bool:
    """A publication date from the page's stamp, and no period the body speaks of: a
    publication date read off a body sentence ("... sejak 1 Juli 2025, ...") is no stamp."""
    if not published or any(d.references for d in dates):
        return False
    return not any(isinstance(m.norm, TimeNorm) and m.norm.start == published
                   for d in dates for m in d.dates)


def _article_period(dates: list[SentenceDates], sentences: list[Sentence], text: str,
                    release: bool, lex: Lexicon) -> TimeNorm | None:
    """The period a whole article speaks of: its only reference date, or the latest one
    when it makes up most of them (a release "pada Maret 2024" that also gives last
    year's figures). It holds for undated figures anywhere in the article — web pages
    put each sentence on a line of its own, so a paragraph is no frame there."""
    seen: dict[tuple[str | None, str | None], TimeNorm] = {}
    counts: Counter[tuple[str | None, str | None]] = Counter()
    # Finer dates that hold for the figures around them: a snapshot ("per 27 Juli 2020") or
    # the survey round of a poverty statistic ("pada Maret 2024 sebesar 9,03 persen").
    holds: set[tuple[str | None, str | None]] = set()
    starts: set[tuple[str | None, str | None]] = set()  # "mulai Juni 2016": when it begins
    for sent, sent_dates in zip(sentences, dates, strict=True):
        survey = bool(sent_dates.references) and lex.survey_round.search(
            text, sent.start, sent.end) is not None
        for d in sent_dates.references:
            t = d.norm
            assert isinstance(t, TimeNorm)
            seen[(t.start, t.end)] = t
            counts[(t.start, t.end)] += 1
            if survey or _as_of(d, text, lex):
                holds.add((t.start, t.end))
            if lex.start_before.search(text, max(0, d.start - 30), d.start):
                starts.add((t.start, t.end))
    if not counts:
        return None
    raw = Counter(counts)
    _fold_years_into_snapshot(counts, starts - holds)
    (key, n), = counts.most_common(1)
    # The latest: no date ends after it. A year ends with its last month ("2022" holds
    # "semester dua 2022").
    latest = max(_period_end(k[1] or k[0]) for k in counts)
    share = n / sum(counts.values())
    if _period_end(key[1] or key[0]) >= latest and share >= lex.article_period_share:
        point = key[0] == key[1] and key not in holds
        day = point and len(key[0] or "") == 10
        if day or (point and raw[key] == 1 and len(key[0] or "") > 4 and not release):
            # One passing mention of a month or day ("pada April", "akan selesai pada akhir
            # Desember 2020"), or a day however often it is named (the day of an event),
            # dates the story's year, not all its figures to that month or day; a snapshot
            # and a release's semester (never a day) do hold for them.
            year = (key[0] or "")[:4]
            return TimeNorm(start=year, end=year)
        return seen[key]
    return None


def _headline_period(dates: list[SentenceDates], sentences: list[Sentence],
                     seg: Segmentation, text: str, lex: Lexicon) -> TimeNorm | None:
    """The one period the title and the lead state, when no date of the article ends after
    it ("Persentase Pengangguran dan Kemiskinan di Jabar Akhir Tahun 2023" over a story
    that also gives 2022 and 2021 as baselines): what the story reports (GUIDELINES R 22,
    "stated in the title, the lead")."""
    kinds = {p.index: p.kind for p in seg.paragraphs}
    body = next((s.paragraph for s in sentences if kinds[s.paragraph] == "body"), None)
    lead = min((x.index for x in sentences if x.paragraph == body), default=-1)
    head: set[tuple[str | None, str | None]] = set()
    for sent, sent_dates in zip(sentences, dates, strict=True):
        if kinds[sent.paragraph] == "title" or sent.index == lead:
            if lex.target.search(text, sent.start, sent.end):
                return None  # "menargetkan ... 0 persen pada 2024": a plan's year
            head |= {(t.start, t.end) for t in times_of(sent_dates.references)}
    if len(head) != 1:
        return None
    start, end = head.pop()
    if start != end or len(end or "") > 7:
        # a plan's span ("RPJMN 2020-2024") is no period the story reports, and a day in
        # the header ("Ming, 26 Jul 2020") is when it was written
        return None
    # the years of a plan stated later do not end the report ("Target lima tahun ... tahun
    # 2020 sebanyak 25 desa, ... tahun 2023 sebanyak 45 desa" after a lead of 2019)
    latest = max((_period_end(t.end or t.start)
                  for sent, d in zip(sentences, dates, strict=True) if d.references
                  and not lex.target.search(text, sent.start, sent.end)
                  for t in times_of(d.references)), default="")
    if _period_end(end or start) < latest:
        return None
    return TimeNorm(start=start, end=end)


def _one_year(dates: list[SentenceDates]) -> TimeNorm | None:
    """The year every reference date of the article lies in, when they are several points
    of it ("November sampai dengan Desember 2023", "21 Desember 2023", "akhir tahun 2023"):
    what an undated figure far from them is of, where no period of the article holds."""
    times = [t for d in dates for t in times_of(d.references)]
    years = {(v or "")[:4] for t in times for v in (t.start or t.end, t.end or t.start)}
    if len(years) != 1 or len({(t.start, t.end) for t in times}) < 2:
        return None
    year = years.pop()
    return TimeNorm(start=year, end=year) if year else None


def _reporters_year(dates: list[SentenceDates], day: str) -> TimeNorm | None:
    """The year of the reporter's latest full ``day`` ("ujarnya, Jumat (4/8/2023)"), when it
    is also the latest year the story reports up to then ("pada 2022 ... sebanyak ...,
    tahun 2023 ini ..."): the story's present, for its undated figures (R 47, R 61)."""
    year = day[:4]
    ends = [(t.end or t.start or "")[:4] for d in dates for t in times_of(d.references)
            if not (t.start == t.end and len(t.start or "") == 10)]
    reported = [y for y in ends if y and y <= year]
    return TimeNorm(start=year, end=year) if reported and max(reported) == year else None


def _as_of(d: Mention, text: str, lex: Lexicon) -> bool:
    """The date follows a cut-off word ("per 27 Juli 2020", "Sampai dengan Rabu (10/7)")."""
    lo = max(0, d.start - 30)
    day = weekday_at(d, text, lo, lex)
    return cut_off_before(day.start() if day is not None and day.start() < d.start else d.start,
                          text, lo, lex)


def _period_end(iso: str | None) -> str:
    """An ISO date, year or month padded to its last day, for comparing ends."""
    return iso + {4: "-12-31", 7: "-31"}.get(len(iso), "") if iso else ""


def _fold_years_into_snapshot(counts: Counter[tuple[str | None, str | None]],
                              starts: set[tuple[str | None, str | None]]) -> None:
    """A year that holds exactly one finer point ("Dana Desa tahun 2020" ... "per 27 Juli
    2020"): the year's mentions speak of that snapshot, and count for it. Not when the point
    is only when something begins ("total bantuan PKH ... tahun 2016" ... "akan menerima
    dana mulai Juni 2016"): the story stays of the year."""
    for key in list(counts):
        year = key[0]
        if year is None or key[1] != year or len(year) != 4:
            continue
        finer = [k for k in counts if k != key and k[0] and k[0] == k[1] and k[0][:4] == year]
        if len(finer) == 1 and finer[0] not in starts:
            counts[finer[0]] += counts.pop(key)


def _in_programme_name(m: Mention, sent: Sentence, masked: str) -> bool:
    """The place is inside a programme's name the sentence writes (blanked in its masked
    text): "Koperasi Desa Merah Putih", "Program Indonesia Pintar"."""
    a, b = m.start - sent.start, m.end - sent.start
    return 0 <= a < b <= len(masked) and not masked[a:b].strip()


def _ends_a_name(before: str, lex: Lexicon) -> bool:
    """The words before a country name are a name's head and its capitalised words
    ("Survei Status Gizi Indonesia", "Program Indonesia Pintar"), not a locative."""
    words = before.split()
    for k in range(1, min(6, len(words)) + 1):
        if not words[-k][:1].isupper():
            return False
        if words[-k] in lex.country_name_heads or " ".join(words[-k - 1 : len(words) - k + 1]) \
                in lex.country_name_heads:
            return True
    return False


def _frame(model: ArticleModel, sent: Sentence, cues: SentenceCues, sent_mentions: list[Mention],
           sent_dates: SentenceDates, datelines: set[int],
           para_bounds: dict[int, tuple[int, int]], carry: _Carry, lex: Lexicon) -> Frame:
    text = model.text
    stext = text[sent.start : sent.end]
    programme = cues.programme
    if programme is None and lex.pointer_back.search(stext):
        programme = carry.programme
    dates = sent_dates.dates
    place = _place_frame(model, sent, cues, sent_mentions, datelines, carry, lex)
    time = _time_frame(sent, stext, dates, carry, model.para_sizes, model.release, lex)
    # An introduction with no date of its own gives its list the period in force where it
    # stands ("Data ini adalah perbandingan ... Februari 2021-Februari 2022. Ada 19
    # kabupaten/kota yang mengalami penurunan yaitu :").
    # The list's period is the span in force where it is introduced ("Data ini adalah
    # perbandingan angka stunting Februari 2021-Februari 2022. Ada 19 kabupaten/kota yang
    # mengalami penurunan yaitu :"): its from-to items run over it.
    in_force = time["inherited"] if not time["from_article"] else None
    if in_force is None and carry.time_para == sent.paragraph - 1:
        in_force = carry.time  # the paragraph right before dated it
    if in_force is not None and not (in_force.start and in_force.end
                                     and in_force.start < in_force.end):
        in_force = None
    items = _list_frame(model, sent, sent_dates.references, para_bounds, carry, lex, in_force,
                        programme)
    is_item = _is_item(text, para_bounds[sent.paragraph], carry, lex)
    if programme is None and is_item:
        programme = items.programme  # "Realisasi Dana Desa per provinsi:" then "- Aceh Rp ..."
    if is_item and not dates and items.time is not None and (
            time["inherited"] is None or time["from_article"]):
        time.update(inherited=items.time, from_article=False)
    frame = Frame(
        sent=sent, text=stext, masked=cues.masked, programme=programme,
        quantities=[m for m in sent_mentions if m.type == "QUANTITY"], dates=dates,
        comparison_dates=sent_dates.comparison, ref_dates=sent_dates.references,
        mentions=sent_mentions, clauses=clauses_of(text, sent.start, sent.end),
        **place, **time, items=items, is_item=is_item,
    )
    frame.respective = respective_places(text, sent.start, sent.end, frame.place_mentions,
                                         frame.quantities, lex)
    return frame


def _new_section(model: ArticleModel, last_para: int, para: int) -> bool:
    """A section heading ("Data SDGs Desa") stands between the two paragraphs: it starts a
    new topic, and the place of an example before it ("di Kabupaten Bojonegoro") stays
    in its section."""
    return any(last_para < h < para for h in model.headings)


def _place_frame(model: ArticleModel, sent: Sentence, cues: SentenceCues,
                 sent_mentions: list[Mention], datelines: set[int], carry: _Carry,
                 lex: Lexicon) -> dict[str, object]:
    """The sentence's own place and the place the text is about so far.

    A place named in a paragraph's first sentence is its topic and carries into the next
    paragraphs; one named later on holds for the rest of its paragraph only.
    """
    text = model.text
    first_in_para = sent.paragraph != carry.last_para
    if first_in_para:
        if _new_section(model, carry.last_para, sent.paragraph):
            carry.topic_place = None
        carry.current_place = carry.topic_place
    figure_ends = [q.end for q in sent_mentions if q.type == "QUANTITY"]
    named, ignored = _named_places(model, sent, sent_mentions, datelines, figure_ends, lex,
                                   cues.masked)
    own_place = sentence_place(places_in(_reported_places(text, sent, named, lex), ignored))
    if own_place is None:
        own_place = _implied_place(model, text[sent.start : sent.end], cues, sent_mentions,
                                   carry, lex)
    _remember_named(carry, named, text, lex)
    listed = [m for m in named if m.start not in ignored]
    if own_place is not None and not _breakdown(text, listed, figure_ends):
        carry.current_place = own_place
        if first_in_para:
            # A region only situates ("di Pulau Jawa"), and another country is an aside in
            # a story about one's own ("perang Rusia-Ukraina" behind inflation): neither
            # becomes the topic of the paragraphs that follow.
            carry.topic_place = (None if own_place.level == "region" or _foreign(own_place, model)
                                 else own_place)
    return {
        "own_place": own_place,
        "fallback_place": carry.current_place or model.place,
        "place_mentions": listed,
        "respective": {},
    }


def _reported_places(text: str, sent: Sentence, named: list[Mention], lex: Lexicon
                     ) -> list[Mention]:
    """The places of what a sentence reports when it names places on both sides of its
    "bahwa" ("Departemen Informasi Provinsi Siem Reap mengutip ... bahwa tingkat kemiskinan
    di Kamboja ..."): the reporter's place is not what the sentence is about."""
    if len(named) < 2:
        return named
    m = lex.reported_that.search(text, sent.start, sent.end)
    if m is None:
        return named
    after = [p for p in named if p.start >= m.end()]
    return after if after and len(after) < len(named) else named


def _named_places(model: ArticleModel, sent: Sentence, sent_mentions: list[Mention],
                  datelines: set[int], figure_ends: list[int], lex: Lexicon,
                  masked: str) -> tuple[list[Mention], set[int]]:
    """The sentence's PLACE mentions that name a place (not a dateline, an example or a
    scope, nor part of a name), and the starts of those that do not count as its own place
    (those, and higher places that only locate a smaller one: "Kabupaten Kupang, NTT")."""
    text = model.text
    # Joint regions first: "terbesar terjadi di Bali dan Nusa Tenggara sebesar 0,57 persen"
    # ranks the one region, not "Bali" as a scope and "Nusa Tenggara" as the ranked place.
    places = merge_joint_regions(text, [
        m for m in sent_mentions if m.type == "PLACE" and isinstance(m.norm, Place)])
    skip = datelines | {
        m.start for m in places
        if _example_or_scope(m, text, sent, sent_mentions, figure_ends, lex)
        # "Survei Status Gizi Indonesia", "Kartu Indonesia Sehat", "Bank NTB Syariah": a
        # name, not a place; nor a place inside a programme's name ("Koperasi Desa Merah
        # Putih": the sentence's programme names are blanked in ``masked``)
        or _ends_a_name(model.written[max(sent.start, m.start - 60) : m.start], lex)
        or _in_programme_name(m, sent, masked)
    }
    # "tertinggi di Nusa Tenggara Timur (NTT)": the bracketed twin of a skipped place is
    # skipped with it
    skip |= {b.start for a, b in pairwise(places)
             if a.start in skip and text[a.end:b.start].strip() == "("
             and not lex.ranked_figure_after.match(text, b.end + 1)}
    named = [m for m in places if m.start not in skip]
    return named, skip | locators(text, named, lex)


def _implied_place(model: ArticleModel, stext: str, cues: SentenceCues,
                   sent_mentions: list[Mention], carry: _Carry, lex: Lexicon) -> Place | None:
    """The place of a sentence that names none: the one it points back to, the article's
    province it speaks of, or the country it speaks for."""
    place: Place | None = None
    ana = lex.anaphoric_place.search(stext)
    if ana is not None:
        # "di provinsi itu", "kabupaten tersebut": the place of that level named last, or the
        # place last named after that word if later ("Kecamatan Ia Pet ... Di kecamatan ini":
        # a commune in a Vietnamese story, though a kecamatan is a district in Indonesia)
        cands = [c for c in (carry.last_at_level.get(lex.anaphoric_levels.get(ana.group(1), "")),
                             carry.last_by_word.get(ana.group(1))) if c is not None]
        # the one named last, by any name ("Ia Pet merupakan kecamatan ...")
        place = max(cands, key=lambda c: carry.last_named.get(c.name, 0), default=None)
    elif (model.place is not None and model.place.level == "province"
            and lex.generic_province.search(stext)):
        place = model.place  # "provinsi telah membangun ...": the article's province
    # An institution speaks for the country only where the text is not about a region so far.
    about = carry.current_place or model.place
    national_article = about is None or about.level == "country"
    if place is None and model.country is not None and (
            cues.national or (cues.institution and national_article)
            or _counts_provinces(sent_mentions)):
        # "secara nasional"; "Kemensos menyalurkan" in a national story; a sentence that
        # counts provinces and names none ("untuk 9 juta keluarga di 34 provinsi") spans
        # the country.
        place = model.country
    return place


def _remember_named(carry: _Carry, named: list[Mention], text: str, lex: Lexicon) -> None:
    """What later sentences may point back to: the last place of each level, of each level
    word ("Kecamatan X" for "kecamatan ini"), and where each name was last named."""
    for m in named:
        if m.norm.level:  # type: ignore[union-attr]
            carry.last_at_level[m.norm.level] = m.norm  # type: ignore[union-attr,index,assignment]
        word = lex.level_word_before.search(text, max(0, m.start - 20), m.start)
        if word is not None:
            carry.last_by_word[word.group(1)] = m.norm  # type: ignore[assignment]
        carry.last_named[m.norm.name] = m.start  # type: ignore[union-attr]


def _foreign(place: Place, model: ArticleModel) -> bool:
    """A country other than the one the article is about."""
    own = model.country
    return (place.level == "country" and own is not None and place.country is not None
            and own.country is not None and place.country != own.country)


def _breakdown(text: str, places: list[Mention], figure_ends: list[int]) -> bool:
    """The sentence gives a figure after each of several places ("di Pulau Sumatera 5,84
    juta, Bali dan Nusa Tenggara 2,03 juta, Sulawesi 2 juta"): none of them is what the
    text goes on about. (Not "di Pulau Sulawesi ... 1,96 juta orang atau 7,75% dari total
    penduduk miskin di Indonesia": no figure follows the last place.)"""
    return (len(places) > 1 and all(figure_between(text, a, b) for a, b in pairwise(places))
            and any(end > places[-1].end for end in figure_ends))


def _example_or_scope(m: Mention, text: str, sent: Sentence, sent_mentions: list[Mention],
                      figure_ends: list[int], lex: Lexicon) -> bool:
    """A place named as an example ("seperti Muong Nhe, Nam Po dan Tua Chua") or as a
    ranking's scope ("salah satu yang tertinggi di NTT") is not where the sentence's figures
    are. An item with a figure of its own is ("antara lain Banjar (19.545)", "rinciannya
    antara lain sebanyak 35 rumah di Kota Tarakan"), and so is a ranked place the figure
    follows ("terbesar di Kabupaten Sambas sebesar Rp9,1 miliar") - unless a smaller place
    before the scope is what is ranked (:func:`_ranked_inside`)."""
    if _locates_the_place_before(m, text, sent, sent_mentions, lex):
        return True
    rank = lex.ranking_frame.search(text, sent.start, m.start)
    if rank is None and lex.example_places.search(text, sent.start, m.start) is None:
        return False
    after = lex.ranked_figure_after if rank is not None else lex.figure_after_place
    if after.match(text, m.end) and not (rank is not None and _ranked_inside(m, sent_mentions)):
        return False
    # ("11,82 persen atau tertinggi di Sulawesi Tenggara": a superlative put after the
    # figure as a remark makes the place the ranking's scope, not the figure's locative;
    # "1.500 keluarga termiskin di Kabupaten Garut" counts the place's own)
    return not any(e <= m.start and lex.own_locative.fullmatch(text, e, m.start)
                   and not (rank is not None and rank.start() >= e
                            and lex.ranking_remark.search(text, e, rank.start()))
                   for e in figure_ends)


def _locates_the_place_before(m: Mention, text: str, sent: Sentence,
                              sent_mentions: list[Mention], lex: Lexicon) -> bool:
    """The place is inside a clause that locates the place named just before it
    ("Kabupaten Pemalang, yang terletak di pesisir pantai utara Jawa Tengah")."""
    clause = lex.locating_clause.search(text, max(sent.start, m.start - 80), m.start)
    return clause is not None and any(
        p.type == "PLACE" and p.end <= clause.start() and not text[p.end:clause.start()].strip()
        for p in sent_mentions)


def _ranked_inside(scope: Mention, mentions: list[Mention]) -> bool:
    """A smaller place named before the ranking's place is what is ranked ("Kabupaten Brebes,
    yang mencatat persentase penduduk miskin tertinggi di Jateng sebesar 14,95 persen"): the
    figure after the ranking's place is still the smaller one's."""
    if not isinstance(scope.norm, Place):
        return False
    return any(m.type == "PLACE" and m.end <= scope.start and isinstance(m.norm, Place)
               and depth(m.norm.level) > depth(scope.norm.level) for m in mentions)


def _counts_provinces(mentions: list[Mention]) -> bool:
    return any(m.type == "QUANTITY" and isinstance(m.norm, QuantityNorm)
               and m.norm.unit == "province" and m.norm.value > 1 for m in mentions)


def _time_frame(sent: Sentence, stext: str, dates: list[Mention], carry: _Carry,
                para_sizes: Counter[int], release: bool, lex: Lexicon) -> dict[str, object]:
    """The period in force when the sentence names none."""
    connective, pointer = _points_back(sent, stext, dates, carry, lex)
    # Web pages often give each sentence a paragraph of its own: the period stated in a
    # one-sentence paragraph holds on in the next ones, across a few undated one-liners.
    # (Where the article has one period of its own, R 22 gives it instead.)
    one_liners = _after_one_liners(sent, carry, para_sizes, lex)
    adjacent = (one_liners and carry.time_para_single
                and carry.article_period is None and not (connective or pointer))
    near = ((connective or pointer or carry.time_para == sent.paragraph or adjacent)
            and carry.time is not None)
    # Across the break, the period the sentence arrived at ("dari ... 2023 menjadi ... 2024");
    # after a run of a year's parts ("triwulan ketiga (Juli-September) ... dan triwulan
    # keempat (Oktober-Desember)"), the year they make up.
    latest = (_year_of_parts(carry.times)
              or max(carry.times, key=lambda t: t.end or t.start or "")) if carry.times else None
    # A release's semester ("Maret 2024") holds for its undated figures further on, where no
    # period of the whole article does (the records decide by place, R 22); where neither
    # does, the one year the article's dates lie in.
    release_period = _release_period(carry, release, near)
    inherited = ((latest if adjacent else carry.time) if near
                 else carry.article_period or (None if release_period else carry.one_year))
    # The same from-to period ("dari X pada Maret 2023 menjadi Y pada Maret 2024"): a
    # sentence parallel to the one before it ("Di kalangan rumah tangga Khmer, angkanya
    # turun dari X' menjadi Y'.") takes that sentence's dates too.
    # On web pages the parallel sentence is often a line or list item of its own ("Sementara
    # di perdesaan turun menjadi X dari sebelumnya Y."); a few undated one-liners may stand
    # between. A change spelt out with its own values ("naik 4,16 persen, yaitu dari X'
    # menjadi Y'") keeps to itself: its baseline need not be the earlier one's.
    spelt_out = lex.spelt_out_change.search(stext) is not None
    recent = carry.time_para == sent.paragraph or (one_liners and not spelt_out)
    parallel = not dates and recent and lex.from_to.search(stext) is not None
    # "Pada Maret 2025 ... naik dibandingkan September 2024 ...": one period and what it
    # was compared with are a from-to span too.
    span = carry.times if len(carry.times) > 1 else carry.times + carry.compared[:1]
    spans = sorted(span, key=lambda t: t.start or t.end or "") if len(span) > 1 else None
    prev_span = spans if pointer or parallel else None
    just_before = (carry.time_para == sent.paragraph or one_liners) and not spelt_out
    return {
        "inherited": inherited, "from_article": not near and inherited is not None,
        "recent_span": spans if just_before else None,
        "release": release_period,
        "prev_span": prev_span, "connective": connective,
        "present": bool(lex.present.search(stext)), "anaphoric": bool(lex.anaphora.search(stext)),
    }


def _points_back(sent: Sentence, stext: str, dates: list[Mention], carry: _Carry,
                 lex: Lexicon) -> tuple[bool, bool]:
    """Whether the sentence goes on from the one before (a connective) and whether it points
    back to the last period, which may stand in an earlier paragraph."""
    # Time carried from the previous sentence: within a paragraph, or across one when the
    # sentence opens with a connective ("Oleh karena itu, ...").
    connective = bool(lex.inherit.search(stext)) or (
        # "Dari IDM ini diketahui ...": what the paragraph right before reported, and its period
        carry.time_para >= sent.paragraph - 1 and lex.time_pointer_opening.search(stext) is not None)
    # "pada periode tersebut", "Pada periode yang sama": an explicit pointer back to the
    # last period, which may stand in an earlier paragraph.
    pointer = not dates and bool(lex.time_pointer.search(stext)
                                 or lex.breakdown_of_total.match(stext))
    # A ranking or area-breakdown line ("Posisi kelima ditempati ...", "Untuk daerah
    # perdesaan ...") goes on with the release it breaks down, and so with its period.
    pointer = pointer or (not dates and (lex.ranking_openers.match(stext) is not None
                                         or lex.breakdown_openers.match(stext) is not None))
    return connective, pointer


def _after_one_liners(sent: Sentence, carry: _Carry, para_sizes: Counter[int],
                      lex: Lexicon) -> bool:
    """The last dated paragraph stands before this one with at most a few one-sentence
    paragraphs between them."""
    gap = range(carry.time_para + 1, sent.paragraph)
    return (0 <= carry.time_para < sent.paragraph and len(gap) <= lex.one_sentence_gap
            and all(para_sizes[p] <= 1 for p in gap))


def _year_of_parts(times: list[TimeNorm]) -> TimeNorm | None:
    """The one year that two or more spans within it (quarters, month ranges) divide."""
    spans = {(t.start, t.end) for t in times if t.start and t.end and t.start != t.end}
    years = {y for s, e in spans for y in (s[:4], e[:4])}
    if len(spans) < 2 or len(spans) != len(times) or len(years) != 1:
        return None
    year = years.pop()
    return TimeNorm(start=year, end=year)


def _release_period(carry: _Carry, release: bool, near: bool) -> TimeNorm | None:
    """The semester a release reported, for an undated figure far from any dated sentence:
    the last one reported so far, else (a lead before the first date) the release's latest."""
    if not release or near or carry.article_period is not None:
        return None
    reported = carry.reported or carry.latest_semester
    if reported is None or reported.start != reported.end or len(reported.start or "") != 7:
        return None
    return reported


def _list_frame(model: ArticleModel, sent: Sentence, references: list[Mention],
                para_bounds: dict[int, tuple[int, int]], carry: _Carry,
                lex: Lexicon, in_force: TimeNorm | None = None,
                programme: str | None = None) -> ListFrame:
    """The list the sentence's paragraph introduces or belongs to."""
    if sent.paragraph != carry.list_para:
        start, end = para_bounds[sent.paragraph]
        pt = model.text[start:end]
        if not (lex.bullet.match(pt) or (carry.items.intro and lex.label_item.match(pt))):
            carry.items = ListFrame()
            if (pt.rstrip().endswith(":") or lex.list_announcer.search(pt)
                    or lex.list_announcer_tail.search(pt, max(0, len(pt) - 40))):
                mp = masked_text(pt)
                carry.items = ListFrame(
                    status=("estimate" if lex.estimate.search(mp)
                            else "target" if lex.target.search(mp) else None),
                    # "Beberapa prioritas provinsi hingga 2030:": the items' time too.
                    time=next(iter(times_of(references)), in_force),
                    intro=last_words(lex.list_announcer_tail.sub("", mp.rstrip().rstrip(":")),
                                     lex.left_window),
                    programme=programme,
                )
        carry.list_para = sent.paragraph
    return carry.items


def _is_item(text: str, bounds: tuple[int, int], carry: _Carry, lex: Lexicon) -> bool:
    """The paragraph is a list's item: bulleted ("1. Papua – 2,58 persen"; from the line's
    start, the paragraph may begin after the indent), or a label and its figure under a list
    introduction ("Lampung Timur: 142,69 ribu orang")."""
    if lex.bullet.match(text, text.rfind("\n", 0, bounds[0]) + 1):
        return True
    return bool(carry.items.intro) and lex.label_item.match(text, bounds[0], bounds[1]) is not None


def _status_cues(masked: str, lex: Lexicon) -> list[tuple[int, str]]:
    """Status cues of a sentence: (offset in the sentence, status), in order."""
    estimates = [c.start() for c in lex.estimate.finditer(masked)]
    return sorted(
        [(c.start(), "target") for c in lex.target.finditer(masked)
         # "setiap sasaran program", "kepada 1.200 sasaran": recipients, not a plan
         if (c.group(0).endswith("nya")
             or not lex.recipient_before.search(masked, max(0, c.start() - 16), c.start()))
         # "212 Kabupaten/Kota Prioritas": which places a policy chose, not a plan
         and not lex.designated_before.search(masked, max(0, c.start() - 40), c.end())]
        + [(p, "estimate") for p in estimates]
        # "akan" plans, unless a forecast opened the sentence ("Ekonom memperkirakan angka
        # kemiskinan ... akan berada di kisaran ...").
        + [(c.start(), "estimate" if estimates and estimates[0] < c.start() else "target")
           for c in lex.will.finditer(masked)
           # "setiap KPM akan menerima 10 kg beras": what a recipient is to get is an
           # entitlement in force, not a plan (GUIDELINES section 6)
           if not lex.receiving_after.match(masked, c.end() + 1)]
    )
