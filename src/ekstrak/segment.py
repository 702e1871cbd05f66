"""Segment stage: paragraphs (one per non-empty line) with their kind, and sentences.

Every offset points into the original text. Line classification knowledge
(caption, byline, boilerplate patterns; abbreviations) lives in
``data/segment.json``; this module only applies it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from .dates import find_published, is_date_stamp_line, is_month_name, starts_with_year
from .models import Paragraph, Sentence
from .numbers import spaced_group_at
from .places.gazetteer import UNIT_LEVELS, lookup
from .plain import OTHER_SPACES_RE, PLAIN_SPACES
from .tables import is_row as is_table_row

_SCORED_KINDS = frozenset({"title", "body"})


# A line pattern and a character every match of it contains (None: no such character known).
_LinePattern = tuple[re.Pattern[str], str | None]


@dataclass(frozen=True)
class _Lexicon:
    caption: list[_LinePattern]
    source: list[_LinePattern]
    byline: list[_LinePattern]
    boilerplate: list[_LinePattern]
    related: list[re.Pattern[str]]
    page_stamp: re.Pattern[str]
    abbreviations: frozenset[str]
    list_final: frozenset[str]
    heading_max_words: int
    title_max_words: int
    headline_run_min_chars: int
    headline_run_capitalised_share: float
    bulleted_headlines: re.Pattern[str]
    bulleted_headlines_min_run: int
    bulleted_headlines_capitalised_share: float
    bulleted_headlines_min_words: int
    list_item: re.Pattern[str]
    dangling: frozenset[str]
    byline_max_words: int
    repeat_min_overlap: float
    repeat_max_words: int
    max_sentence_chars: int
    dateline_lead: re.Pattern[str]
    stamp_separator: re.Pattern[str]
    stamp_counter: re.Pattern[str]
    stamp_field_words: int


@cache
def _lexicon() -> _Lexicon:
    raw = json.loads(resources.files("ekstrak.data").joinpath("segment.json").read_text("utf-8"))

    def comp(key: str) -> list[re.Pattern[str]]:
        return [re.compile(p, re.IGNORECASE) for p in raw[key]]

    def line_patterns(key: str) -> list[_LinePattern]:
        return [(p, _needed_char(p)) for p in comp(key)]

    return _Lexicon(
        caption=line_patterns("caption_patterns"),
        source=line_patterns("source_patterns"),
        byline=line_patterns("byline_patterns"),
        boilerplate=line_patterns("boilerplate_patterns"),
        related=comp("related_headers"),
        page_stamp=re.compile(raw["page_stamp"], re.IGNORECASE),
        dateline_lead=re.compile(raw["dateline_lead"]),
        abbreviations=frozenset(a.lower().rstrip(".") for a in raw["abbreviations"]),
        list_final=frozenset(a.lower().rstrip(".") for a in raw["list_final_abbreviations"]),
        heading_max_words=raw["heading_max_words"],
        title_max_words=raw["title_max_words"],
        headline_run_min_chars=raw["headline_run_min_chars"],
        headline_run_capitalised_share=raw["headline_run_capitalised_share"],
        bulleted_headlines=re.compile(raw["bulleted_headlines"]["bullet"]),
        bulleted_headlines_min_run=raw["bulleted_headlines"]["min_run"],
        bulleted_headlines_capitalised_share=raw["bulleted_headlines"]["capitalised_share"],
        bulleted_headlines_min_words=raw["bulleted_headlines"]["min_words"],
        list_item=re.compile(raw["list_item"]),
        dangling=frozenset(raw["dangling_words"]),
        byline_max_words=raw["byline_max_words"],
        repeat_min_overlap=raw["repeat_caption_min_overlap"],
        repeat_max_words=raw["repeat_caption_max_words"],
        max_sentence_chars=raw["max_sentence_chars"],
        stamp_separator=re.compile(raw["stamp_fields"]["separator"]),
        stamp_counter=re.compile(raw["stamp_fields"]["counter"], re.IGNORECASE),
        stamp_field_words=raw["stamp_fields"]["max_words"],
    )


def _needed_char(p: re.Pattern[str]) -> str | None:
    """A caseless character every match of ``p`` contains: an ASCII punctuation literal of
    the pattern's top-level sequence ("@" of an e-mail address, ":" of "Foto: ..."). A
    pattern with no literal prefix is tried at every position of a line; a line without
    that character needs no scan at all."""
    try:
        try:
            from re import _parser as sre_parse  # Python 3.11+
        except ImportError:  # pragma: no cover - Python 3.10
            import sre_parse  # type: ignore[no-redef]
        for op, av in sre_parse.parse(p.pattern, p.flags):
            if op is sre_parse.LITERAL:
                c = chr(av)
                if c.isascii() and not c.isalnum() and not c.isspace():
                    return c
    except Exception:  # noqa: BLE001 - a private parser: if it changes, scan every line
        return None
    return None


def _any_match(patterns: list[_LinePattern], line: str) -> bool:
    return any((c is None or c in line) and p.search(line) is not None for p, c in patterns)


@dataclass
class Segmentation:
    """What the segment stage found: paragraphs, sentences and document metadata."""

    text: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    title: str | None = None
    published: str | None = None
    source_url: str | None = None
    byline: str | None = None
    #: The text as given, when ``text`` differs from it: line breaks inside a hard-wrapped
    #: sentence and no-break or other spaces are read as plain spaces (one character for
    #: one, so every offset holds for both).
    raw: str | None = None

    def scored_sentences(self) -> list[Sentence]:
        """Sentences of title and body paragraphs: the only text that yields mentions."""
        if self._scored is None:
            kinds = {p.index: p.kind for p in self.paragraphs}
            self._scored = [s for s in self.sentences if kinds[s.paragraph] in _SCORED_KINDS]
        return self._scored

    _scored: list[Sentence] | None = field(default=None, repr=False, compare=False)


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_URL_RE = re.compile(r"https?://\S+|www\.\S+")
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_END_PUNCT = ".!?;:…"
_UPPER_NAME_RE = re.compile(r"^[A-ZÀ-Ỹ][A-ZÀ-Ỹ.'\- ]+$")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line with surrounding whitespace trimmed."""
    spans = []
    for m in re.finditer(r"[^\n\r]+", text):
        s, e = m.start(), m.end()
        while s < e and (text[s].isspace() or text[s] == "\ufeff"):
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans


def _plain_lines(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with its other spaces read as plain ones (one character for one, so every
    offset holds for the text as given; ``parse_article`` has already dropped invisible
    characters and shortened runs of spaces, see :mod:`ekstrak.plain`), and its lines."""
    plain = text.translate(PLAIN_SPACES) if OTHER_SPACES_RE.search(text) else text
    return plain, _lines(plain)


def _unwrap(text: str, lines: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """The text with the line breaks inside wrapped sentences read as spaces, and its lines."""
    joined = _join_wrapped(text, lines)
    if len(joined) == len(lines):
        return text, lines
    chars = list(text)
    for s, e in joined:
        for i in range(s, e):
            if chars[i] in "\r\n":
                chars[i] = " "
    return "".join(chars), joined


def _join_wrapped(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines hard-wrapped inside a sentence (document viewers, PDF text) joined again: a
    line that ends with no stop, followed on the next line by a lower-case word ("di
    Provinsi Bali\npada Maret 2023"), or by a number after a lower-case word ("turun\n0,28
    persen poin") or after a long line ("... di perkotaan pada Maret\n2023 turun"); a line
    that ends with a word no sentence ends with ("... penduduk miskin di Kabupaten\nTuban
    mencapai"); and in a text wrapped at a fixed width, a line the next word would not have
    fitted on ("... penduduk miskin perdesaan pada\nMaret 2024 sebesar")."""
    width = _wrap_width(text, lines)
    dangling = _lexicon().dangling
    out: list[tuple[int, int]] = []
    for s, e in lines:
        if out:
            ps, pe = out[-1]
            last, first = text[pe - 1], text[s]
            last_word = _last_word(text, ps, pe)
            if (text.count("\n", pe, s) == 1 and last not in _STOPS
                    and (first.islower() or (first.isdigit() and (
                        last_word.islower() or pe - ps >= _WRAPPED_MIN)
                        # a headline above its date line ("14/03/2025 09:40") stays apart
                        and not _is_date_stamp(text[s:e]))
                        or (width is not None and len(out) > 1
                            and _forced_break(text, ps, pe, s, e, width))
                        or (last_word in dangling and first.isalnum()
                            and not _own_line(text, s, e))
                        or _cut_name(last_word, text, s, e))
                    # ... and so does a comment's time stamp above its words
                    # ("06 September 2025 18:38:01\nsemoga ...")
                    and not (last.isdigit() and _is_date_stamp(text[ps:pe]))):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def _last_word(text: str, ps: int, pe: int) -> str:
    """The last word of the line ``text[ps:pe]``: after its last space, tab or line break, at
    most _WORD_MAX characters back (a table's rows joined into one line are no word: reading
    back to the last space there made each row cost the whole table)."""
    k = pe
    while k > ps and pe - k < _WORD_MAX and not text[k - 1].isspace():
        k -= 1
    return text[k:pe]


_WORD_MAX = 40


def _cut_name(last_word: str, text: str, s: int, e: int) -> bool:
    """A date or a name the line break cut in two: a month before its year ("pada
    September\n2016 mencapai ..."; not a date stamp's line), or the words of one province,
    regency or city ("di Provinsi Kalimantan\nTengah pada ...", as text copied from a PDF
    has it; a headline ending in "Jakarta" above a line opening "Baru ..." stays apart
    though "Jakarta Baru" is a village's name)."""
    if not last_word[:1].isupper():
        return False
    if is_month_name(last_word):
        return starts_with_year(text, s, e) and not _is_date_stamp(text[s:e])
    nxt = _FIRST_WORD.match(text, s, e)
    return (nxt is not None and nxt.group()[0].isupper()
            and any(x.level in UNIT_LEVELS for x in lookup(f"{last_word} {nxt.group()}")))


_FIRST_WORD = re.compile(r"[^\W\d_]+")


# A text hard-wrapped at a fixed width: its long prose lines (this long at least; no table
# rows, no list items) mostly end within _WRAP_SLACK characters of the width (the 90th
# percentile of their lengths), mid-sentence, and the width is a page's, not a paragraph's.
_WRAP_LONG = 30
_WRAP_SLACK = 20
_WRAP_WIDTHS = (40, 160)
_WRAP_MIN_LINES = 6


def _own_line(text: str, s: int, e: int) -> bool:
    """A list item (segment.json ``list_item``) or a table row: a line of its own."""
    return _lexicon().list_item.match(text, s, e) is not None or is_table_row(text[s:e])


def _wrap_width(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The width a hard-wrapped text was wrapped at, or None when its lines are paragraphs."""
    prose = [(s, e) for s, e in lines if e - s >= _WRAP_LONG and not _own_line(text, s, e)]
    if len(prose) < _WRAP_MIN_LINES:
        return None
    lengths = sorted(e - s for s, e in prose)
    width = lengths[(len(lengths) - 1) * 9 // 10]
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return None
    full = [(s, e) for s, e in prose if e - s >= width - _WRAP_SLACK]
    open_ = sum(text[e - 1] not in _STOPS for s, e in full)
    return width if len(full) >= _WRAP_MIN_LINES and 2 * open_ >= len(full) else None


def _forced_break(text: str, ps: int, pe: int, s: int, e: int, width: int) -> bool:
    """The next line's first word would not have fitted on the (physical) line before it:
    the wrapper broke the line, not the writer. A date stamp, a list item or a table row
    stays apart."""
    line_start = max(ps, text.rfind("\n", ps, pe) + 1)  # the physical line before
    space = text.find(" ", s, e)
    first_word = (space if space >= 0 else e) - s
    return (pe - line_start + 1 + first_word > width
            and not _own_line(text, s, e) and not _own_line(text, line_start, pe)
            and not _is_date_stamp(text[s:e]))


# A line this long that ends with no stop was cut by the layout, so a number opening the
# next line continues it ("... pada Maret\n2023 turun"); a short one may be a heading.
_WRAPPED_MIN = 50
# A stamp line below this many body paragraphs dates a comment, not the page.
_STAMP_BODY_MAX = 6
_STOPS = frozenset(".!?:;\"\u201d)|")


def _words(s: str) -> list[str]:
    return _WORD_RE.findall(s)


def _earlier_stamp(published: str | None, line: str) -> str | None:
    """A stamp above the headline ("Jumat, 18 Juli 2025" in the site's bar) and the stamp
    line under it ("Kamis, 05 Maret 2020 - 18.12 WIB"): the site shows today's date and an
    update comes later, so the earlier is the story's."""
    other = find_published(line) if _is_date_stamp(line) else None
    return other if other is not None and published is not None and other < published \
        else published


def _is_date_stamp(line: str) -> bool:
    return is_date_stamp_line(line)


def _stamp_fields(line: str, lex: _Lexicon) -> bool:
    """A metadata line of fields ("Sosial dan Kesehatan | | 11 Feb 2015 03:55 | Dilihat: 179
    kali"): one field a date stamp, every other a few words without digits (a rubric, an
    author) or a view counter, with a counter, an empty field or three fields (segment.json
    ``stamp_fields``)."""
    if len(line) > 160 or lex.stamp_separator.search(line) is None:
        return False
    parts = [f.strip() for f in lex.stamp_separator.split(line)]
    fields = [f for f in parts if f]
    stamps = [f for f in fields if _is_date_stamp(f)]
    if len(fields) < 2 or len(stamps) != 1:
        return False
    # a headline and its date ("Bansos Cair di Sleman | 12 Maret 2024") is no such line: a
    # metadata line has a counter, an empty field or three fields at least
    if not (len(fields) >= 3 or "" in parts[1:-1]
            or any(lex.stamp_counter.match(f) for f in fields)):
        return False
    return all(f is stamps[0] or lex.stamp_counter.match(f) is not None or (
        not any(ch.isdigit() for ch in f) and len(_words(f)) <= lex.stamp_field_words)
        for f in fields)


def _classify(line: str, lex: _Lexicon) -> str | None:
    """Kind decided by the line alone, or None when context must decide."""
    if _any_match(lex.caption, line):
        return "caption"
    if _any_match(lex.source, line):
        return "source"
    if _any_match(lex.byline, line):
        return "byline"
    if _any_match(lex.boilerplate, line):
        return "boilerplate"
    if _is_date_stamp(line) or _stamp_fields(line, lex):
        return "boilerplate"
    if _URL_RE.fullmatch(line):
        return "boilerplate"
    # An author's name in capitals alone on a line ("TAM ANH"). Most lines fail the
    # capitals test at once: their words are counted only after it.
    if (
        _UPPER_NAME_RE.match(line)
        and 0 < len(_words(line)) <= lex.byline_max_words
        and not any(ch.isdigit() for ch in line)
        and line[-1] not in _END_PUNCT
    ):
        return "byline"
    if _WORD_RE.search(line) is None:
        return "boilerplate"  # no word at all
    if _headline_run(line, lex):
        return "boilerplate"
    return None


def _headline_run(line: str, lex: _Lexicon) -> bool:
    """A ticker of related headlines run together on one line ("Antisipasi 1 Desember, TNI
    Polri Patroli ... Hibah Pilkada Jayapura Cair 10 Persen, Deposit Kas Daerah Rp23 Miliar
    Disorot ..."): longer than a headline, no sentence end, and nearly every word
    capitalised, as headlines are and prose is not (segment.json ``headline_run_*``)."""
    # (the sentence boundary test needs whitespace after the mark: the line's end has one)
    if len(line) < lex.headline_run_min_chars or _BOUNDARY_RE.search(line + " ") is not None:
        return False
    words = [w for w in _words(line) if w[0].isalpha()]
    return (len(words) > lex.title_max_words
            and _capitalised_share(words) >= lex.headline_run_capitalised_share)


def _capitalised_share(words: list[str]) -> float:
    """The share of ``words`` (none empty) that start with a capital, as headlines do."""
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def _looks_like_title(line: str, lex: _Lexicon) -> bool:
    words = _words(line)
    # News headlines carry no final full stop; a one-sentence line ending in "."
    # at the top of the page is a photo description.
    return 0 < len(words) <= lex.title_max_words and line[-1] not in ".;,"


def _captions_table(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """The line right above a "|" table names what the table holds ("Angka Kemiskinan
    Kabupaten Pacitan 2010 -2017"): body, whose place and years count (GUIDELINES section 1:
    stat tables are body)."""
    if "|" in text[lines[i][0] : lines[i][1]]:
        return False
    below = [j for j in range(i + 1, len(lines)) if text[lines[j][0] : lines[j][1]].strip()][:2]
    # a header and a first row, not a lone "date | time | byline" line
    return len(below) == 2 and all(is_table_row(text[slice(*lines[j])]) for j in below)


def _looks_like_heading(line: str, lex: _Lexicon) -> bool:
    return (
        # The final character first: most lines end a sentence, and their words need no
        # counting ("" for an empty line is "in" any string, so it is no heading either).
        line[-1:] not in _END_PUNCT + ",)"
        and 0 < len(_words(line)) <= lex.heading_max_words
        # Digits only as a year ("Target 2024"); figures make it a statement.
        and not any(ch.isdigit() for ch in _YEAR_RE.sub("", line))
        and line[0].isupper()
    )


# Sentence boundary candidates: terminal punctuation (with closing quotes or
# brackets) followed by whitespace. Whether it really ends a sentence is decided
# by what stands before and after it.
_BOUNDARY_RE = re.compile(r"(?:\.{3}|…|[.!?])[\"'”’)\]]*(?=\s+)")
# a sentence may open with a quote mark, the closing kinds too: real pages often open a quote
# with ” ("... agar tidak dikategorikan miskin. ”Secara rata-rata, ...")
_NEXT_START_RE = re.compile(r"\s+([\"'“‘”’(\[]*)(\S)")


def _split_sentences(text: str, start: int, end: int, lex: _Lexicon) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    seg_start = start
    for m in _BOUNDARY_RE.finditer(text, start, end):
        cut = m.end()
        nxt = _NEXT_START_RE.match(text, cut, end)
        if nxt is None:
            continue
        first = nxt.group(2)
        # The next sentence begins with a capital, a digit or an opening quote/bracket.
        if not (first.isupper() or first.isdigit() or nxt.group(1)):
            continue
        punct = m.group(0)
        if punct.startswith("."):
            # The token before the stop (a backward scan: a regex search from the
            # sentence start would re-read the sentence at every candidate).
            j = m.start()
            while j > seg_start and not text[j - 1].isspace():
                j -= 1
            token = text[j : m.start()]
            bare = token.lstrip("(\"'“‘[").lower()
            bare = bare.rstrip(".")
            # "dll."/"dsb." end a list: a capital after them starts a new sentence.
            if bare in lex.abbreviations and not (bare in lex.list_final and first.isupper()):
                continue
            # "Batang 1. 461 unit": a thousands dot typed with a space after it (one
            # number, numbers.py), not a sentence that ends on a figure.
            if m.group(0) == "." and spaced_group_at(text, m.start()):
                continue
            # Initials ("H. Ahmad", "M. Nasir") and dotted abbreviations ("S.Pd.").
            core = token.lstrip("(\"'“‘[")
            if len(core) == 1 and core.isalpha() and core.isupper():
                continue
            # A list item's number ("2. Kabupaten Bangkalan: ...") opens its sentence: the
            # item is one sentence, so a place it names is its paragraph's topic.
            if j == seg_start and core.isdigit() and len(core) <= 2:
                continue
            if re.fullmatch(r"(?:[A-Za-z]{1,3}\.)+[A-Za-z]{0,3}", core):
                continue
        out.append((seg_start, cut))
        seg_start = nxt.start(1) if nxt.group(1) else nxt.start(2)
    if seg_start < end:
        out.append((seg_start, end))
    out = [(s, e) for s, e in out if text[s:e].strip()]
    if any(e - s > lex.max_sentence_chars for s, e in out):
        out = [piece for s, e in out for piece in _cap_length(text, s, e, lex.max_sentence_chars)]
    return out


_SOFT_BREAK_RE = re.compile(r"[;,]\s+|\s+")


def _cap_length(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Cut a run-on "sentence" (hostile or broken input) into pieces of at most ``limit``
    characters at the last ";"/"," (else space) before the limit, so that the work done
    per sentence stays bounded."""
    pieces = []
    while end - start > limit:
        window = text[start : start + limit]
        cuts = [m for m in _SOFT_BREAK_RE.finditer(window) if m.start() > limit // 4]
        punct = [m for m in cuts if m.group(0)[0] in ";,"]
        best = (punct or cuts or [None])[-1]
        cut = start + (best.end() if best is not None else limit)
        piece_end = start + (best.start() + (1 if best.group(0)[0] in ";," else 0) if best is not None else limit)
        pieces.append((start, piece_end))
        start = cut
    if text[start:end].strip():
        pieces.append((start, end))
    return pieces


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence (start, end) ranges inside text[start:end], by Indonesian sentence rules."""
    return _split_sentences(text, start, len(text) if end is None else end, _lexicon())


def _trigrams(words: list[str]) -> set[tuple[str, ...]]:
    low = [w.lower() for w in words]
    return {tuple(low[i : i + 3]) for i in range(len(low) - 2)}


def _is_repeat_caption(
    words: list[str], others: list[tuple[set[str], set[tuple[str, ...]]]], lex: _Lexicon
) -> bool:
    """A one-sentence line that repeats much of one body sentence (sharing a run of
    three words with it) describes a photo."""
    if not 4 <= len(words) <= lex.repeat_max_words:
        return False
    mine = {w.lower() for w in words}
    tri = _trigrams(words)
    return any(
        len(mine & ws) / len(mine) >= lex.repeat_min_overlap and tri & ts for ws, ts in others
    )


def _mark_related_lists(text: str, lines: list[tuple[int, int]], kinds: list[str | None],
                        lex: _Lexicon) -> None:
    """"Artikel Terkait" and the headlines listed under it are page furniture."""
    in_list = False
    for i, (s, e) in enumerate(lines):
        line = text[s:e].strip()
        if any(p.search(line) for p in lex.related):
            kinds[i], in_list = "boilerplate", True
        elif in_list and kinds[i] is None and _looks_like_title(line, lex):
            kinds[i] = "boilerplate"
        elif kinds[i] is None:
            in_list = False  # prose again


def _mark_bulleted_headlines(text: str, lines: list[tuple[int, int]],
                             kinds: list[str | None], lex: _Lexicon) -> None:
    """A run of bulleted headlines ("- Tes PPPK Tahap 2 Mataram Ditunda, Ini Penyebabnya",
    "- 45 PMI Dipulangkan dari Malaysia ...") is a list of other stories with no header
    over it: each a title-length line with no final full stop and nearly every word
    capitalised (segment.json ``bulleted_headlines``). A list a line introduces ("... di
    tiga kabupaten:" then "- Kabupaten Lombok Timur sebanyak 19.081 KK") is body."""
    run: list[int] = []
    intro = False  # the line before the run introduces a list ("... di tiga kabupaten:")
    last = ""
    for i, (s, e) in enumerate([*lines, (0, 0)]):
        line = text[s:e].strip() if i < len(lines) else ""
        if line and kinds[i] is None and _bulleted_headline(line, lex):
            if not run:
                intro = last.endswith(":")
            run.append(i)
            last = line
            continue
        if not line and i < len(lines):
            continue  # blank lines between the items
        if len(run) >= lex.bulleted_headlines_min_run and not intro:
            for j in run:
                kinds[j] = "boilerplate"
        run, last = [], line


def _mark_image_cards(text: str, lines: list[tuple[int, int]], kinds: list[str | None],
                      lex: _Lexicon) -> None:
    """A headline in a table cell above an image cell ("Dua Pemuda ... Raup Rp 1,5 Juta Per
    Hari |" then "![]() |" and "---|") is a card linking another story: page furniture,
    whatever figures its title has. A data table's rows hold no images."""
    if "![" not in text:
        return  # most pages: no image markup, no line to look at
    for i, (s, e) in enumerate(lines):
        line = text[s:e].strip()
        if kinds[i] is not None or not line.endswith("|"):
            continue
        j = i + 1
        while j < len(lines) and not text[slice(*lines[j])].strip():
            j += 1
        nxt = text[slice(*lines[j])].lstrip() if j < len(lines) else ""
        if nxt.startswith("![") and _looks_like_title(line.rstrip("| \t"), lex):
            kinds[i] = "boilerplate"


def _bulleted_headline(line: str, lex: _Lexicon) -> bool:
    bullet = lex.bulleted_headlines.match(line)
    if bullet is None or not _looks_like_title(line[bullet.end():], lex):
        return False
    words = [w for w in _words(line[bullet.end():]) if w[0].isalpha()]
    return (len(words) >= lex.bulleted_headlines_min_words
            and _capitalised_share(words) >= lex.bulleted_headlines_capitalised_share)


def _mark_repeats(text: str, lines: list[tuple[int, int]], kinds: list[str | None],
                  lex: _Lexicon) -> None:
    """A line that repeats an earlier one word for word (a page's headline shown twice or
    three times, a browser title "<headline> - Site") is page debris: its figures are
    counted once, where the text first gives them (R 16). Case, punctuation and digit
    grouping may differ ("... PBI BPJS 109.247 Jiwa" and "... Pbi Bpjs 109247 Jiwa"), and a
    headline repeated with a photo caption glued to it is a caption."""
    seen: set[str] = set()
    heads: list[tuple[str, int]] = []  # the first few lines (key, index), for glued captions
    titled: dict[str, int] = {}  # "<headline>" of a "<headline> - Site" line -> its index
    for i, (s, e) in enumerate(lines):
        key = " ".join(text[s:e].split()).casefold()
        if len(key) < _REPEAT_MIN or kinds[i] == "boilerplate":
            continue
        norm = _NON_WORD_RE.sub("", key)
        if norm in seen:
            kinds[i] = "boilerplate"
            continue
        glued = _glued_caption(key, heads, lex)
        if glued is not None:
            # the line is a caption; the line right before it that it repeats is the same
            # caption without its credit, but a headline repeated further down stays one
            kinds[i] = "caption"
            if glued == i - 1 and glued != heads[0][1]:
                kinds[glued] = "caption"
            continue
        if norm in titled:
            kinds[titled.pop(norm)] = "boilerplate"  # the browser title; this clean line stays
        seen.add(norm)
        if len(heads) < _HEAD_LINES:
            heads.append((key, i))
        head = _SITE_SUFFIX_RE.split(key, maxsplit=1)[0]
        if head != key:
            titled.setdefault(_NON_WORD_RE.sub("", head), i)


def _glued_caption(key: str, heads: list[tuple[str, int]], lex: _Lexicon) -> int | None:
    """The index of the line among the page's first that ``key`` repeats with a photo
    caption run on after it ("<headline> Ilustrasi permukiman masyarakat miskin. Foto:
    Indonesia.go.id"; "<photo description>. Foto: dok. Dinas Perumahan Badung")."""
    for head, i in heads:
        if key.startswith(head) and len(key) > len(head):
            return i if _any_match(lex.caption, key[len(head):].strip()) else None
    return None


_SITE_SUFFIX_RE = re.compile(r" [-|\u2013] ")
_NON_WORD_RE = re.compile(r"[\W_]+")
# A headline with a caption glued to it stands among the page's first lines.
_HEAD_LINES = 3
# Lines this long can be told apart as repeats (short ones, "Baca juga", repeat by nature).
_REPEAT_MIN = 30


def segment(text: str) -> Segmentation:
    """Split ``text`` into typed paragraphs and sentences and read its metadata lines."""
    lex = _lexicon()
    raw = text
    text, lines = _unwrap(*_plain_lines(raw))
    seg = Segmentation(text=text, raw=raw if text is not raw else None)
    seg.published = _split_stamp(text, lines, lex)
    kinds: list[str | None] = [_classify(text[s:e], lex) for s, e in lines]
    if seg.published is not None:
        kinds[0] = "boilerplate"
    _mark_repeats(text, lines, kinds, lex)
    seg.title = _mark_first_line(text, lines, kinds, lex)
    _mark_related_lists(text, lines, kinds, lex)
    _mark_bulleted_headlines(text, lines, kinds, lex)
    _mark_image_cards(text, lines, kinds, lex)
    _mark_headings(text, lines, kinds, lex)
    splits = _mark_repeat_captions(text, lines, kinds, lex)
    _fill(seg, text, lines, kinds, splits, lex)
    return seg


def _split_stamp(text: str, lines: list[tuple[int, int]], lex: _Lexicon) -> str | None:
    """A page stamp that opens the first line (" date 2022-09 PRESIDEN Joko Widodo ..."): the
    stamp becomes a line of its own, and its date the publication date."""
    stamp = lex.page_stamp.match(text)
    if stamp is None or not lines or not lines[0][0] < stamp.end() < lines[0][1]:
        return None
    s0, e0 = lines[0]
    rest = s0 + len(text[s0:stamp.end()]) + len(text[stamp.end():e0]) - len(
        text[stamp.end():e0].lstrip())
    lines[0:1] = [(s0, stamp.end()), (rest, e0)]
    return stamp.group("date")


def _mark_first_line(text: str, lines: list[tuple[int, int]], kinds: list[str | None],
                     lex: _Lexicon) -> str | None:
    """The first content line is the title when it reads as a headline (returned), a photo
    description when it is one short sentence above the story with no figures."""
    first = next((i for i, k in enumerate(kinds) if k is None), None)
    if first is None or not all(k in (None, "boilerplate") for k in kinds[:first]):
        return None
    fs, fe = lines[first]
    line = text[fs:fe]
    more = any(k is None for k in kinds[first + 1 :])
    if _looks_like_title(line, lex) and more:
        kinds[first] = "title"
        return line
    if (
        more
        and len(_split_sentences(text, fs, fe, lex)) == 1
        and len(_words(line)) <= lex.repeat_max_words
        # figures make it a statement (a lead with a dateline), not a photo description
        and not any(ch.isdigit() for ch in _YEAR_RE.sub("", line))
        and not lex.dateline_lead.match(line)
    ):
        # One short sentence above the story, not a headline: a photo description.
        kinds[first] = "caption"
    return None


def _mark_headings(text: str, lines: list[tuple[int, int]], kinds: list[str | None],
                   lex: _Lexicon) -> None:
    for i, (s, e) in enumerate(lines):
        if kinds[i] is None and _looks_like_heading(text[s:e], lex) and not is_table_row(
                text[s:e]) and not _captions_table(text, lines, i):
            kinds[i] = "heading"


def _mark_repeat_captions(text: str, lines: list[tuple[int, int]], kinds: list[str | None],
                          lex: _Lexicon) -> dict[int, list[tuple[int, int]]]:
    """Photo descriptions that repeat a body sentence become captions; returns the sentence
    splits of the body lines (made once, kept for the sentences)."""
    body_idx = [i for i, k in enumerate(kinds) if k is None]
    splits = {i: _split_sentences(text, *lines[i], lex) for i in body_idx}
    # Only a single full sentence can be a photo description (a line ending in ":"
    # introduces a list; a "|" table line has no final stop); figures mark a
    # statement, not a photo description.
    candidates = [
        i for i in body_idx
        if len(splits[i]) == 1 and text[lines[i][1] - 1] in ".!"
        and not any(ch.isdigit() for ch in _YEAR_RE.sub("", text[lines[i][0] : lines[i][1]]))
    ]
    if not candidates:
        return splits
    sent_words, by_trigram = _sentence_index(text, splits, body_idx, set(candidates))
    for i in candidates:
        s, e = lines[i]
        near = {
            jk for t in sent_words[i][0][1] for jk in by_trigram.get(t, ())
            if jk[0] != i and len(sent_words[jk[0]]) > 1
        }
        others = [sent_words[j][k] for j, k in sorted(near)]
        if others and _is_repeat_caption(_words(text[s:e]), others, lex):
            kinds[i] = "caption"
    return splits


_Words = tuple[set[str], set[tuple[str, ...]]]


def _sentence_index(text: str, splits: dict[int, list[tuple[int, int]]], body_idx: list[int],
                    wanted: set[int]
                    ) -> tuple[dict[int, list[_Words]], dict[tuple[str, ...], set[tuple[int, int]]]]:
    """The words and word trigrams of the candidate lines and of the sentences of longer body
    paragraphs (where the sentence a caption repeats stands), those indexed by trigram, so
    that a line is compared only with sentences it shares a run of three words with."""
    sent_words: dict[int, list[_Words]] = {}
    by_trigram: dict[tuple[str, ...], set[tuple[int, int]]] = {}
    for j in body_idx:
        if len(splits[j]) < 2 and j not in wanted:
            continue
        sent_words[j] = []
        for k, (a, b) in enumerate(splits[j]):
            ws = _words(text[a:b])
            tri = _trigrams(ws)
            sent_words[j].append(({w.lower() for w in ws}, tri))
            if len(splits[j]) > 1:
                for t in tri:
                    by_trigram.setdefault(t, set()).add((j, k))
    return sent_words, by_trigram


def _fill(seg: Segmentation, text: str, lines: list[tuple[int, int]], kinds: list[str | None],
          splits: dict[int, list[tuple[int, int]]], lex: _Lexicon) -> None:
    """The paragraphs and sentences, and the metadata lines read on the way."""
    body_before = 0  # body paragraphs above the line
    above_title = False  # the publication date was read from a stamp above the headline
    title_seen = False
    for i, (s, e) in enumerate(lines):
        kind = kinds[i] or "body"
        line = text[s:e]
        seg.paragraphs.append(Paragraph(index=i, start=s, end=e, kind=kind))  # type: ignore[arg-type]
        if kind == "source" and seg.source_url is None:
            url = _URL_RE.search(line)
            seg.source_url = url.group(0) if url else None
        elif kind == "byline" and seg.byline is None:
            seg.byline = re.sub(r"^[^:]{1,20}:\s*", "", line) if ":" in line[:21] else line
        # Date stamps and datelines stand at the top of a page (a stamp line may follow the
        # lead); a date in the middle of the body is not the publication date, nor is a
        # stamp below the story (a reader's comment: "warga / 06 September 2025 18:38:01").
        if seg.published is None and (
                (kind == "boilerplate" and body_before <= _STAMP_BODY_MAX)
                or (kind == "body" and (i <= 3 or body_before <= 1))):
            seg.published = find_published(line)
            above_title = kind == "boilerplate" and body_before == 0 and not title_seen
        elif above_title and title_seen and kind == "boilerplate" and body_before == 0:
            seg.published = _earlier_stamp(seg.published, line)
            above_title = False
        title_seen = title_seen or kind == "title"
        body_before += kind == "body"
        for a, b in splits[i] if i in splits else _split_sentences(text, s, e, lex):
            seg.sentences.append(
                Sentence(index=len(seg.sentences), start=a, end=b, paragraph=i, text=text[a:b])
            )
