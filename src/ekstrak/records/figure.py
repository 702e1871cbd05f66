"""One QUANTITY as the slot resolvers see it: its words around, and the records before it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from ..models import Mention, QuantityNorm, Record
from .article import Frame
from .lexicon import WORDS, Lexicon, last_words, right_phrase


@dataclass
class Figure:
    """A quantity in its sentence, with what was decided for the figures before it."""

    m: Mention
    q: QuantityNorm
    before: str  # the lower-cased sentence up to the span
    after: str  # ... from the span to the sentence end
    left: str  # the clause before the span, programme names blanked (left window)
    right: str  # the words after the span up to clause punctuation (right window)
    records: list[Record]  # the article's records so far
    sent_records: list[Record]  # ... of this sentence
    prev_q: Mention | None  # the sentence's quantity before this one
    # the windows the indicator cues read: ``left`` and ``right`` with the abbreviations the
    # article defines spelt out ("GK" after "garis kemiskinan (GK)")
    cue_left: str = ""
    cue_right: str = ""

    @property
    def prev_rec(self) -> Record | None:
        return self.sent_records[-1] if self.sent_records else None

    def records_within(self, window: int) -> Iterator[Record]:
        """The article's records before the figure, nearest first, whose evidence ends at
        most ``window`` characters before it (a page of thousands of figures reads only its
        neighbours)."""
        for r in reversed(self.records):
            if r.evidence.end < self.m.start - window:
                return
            yield r

    @cached_property
    def left_words(self) -> list[str]:
        """The words of the left window (the learned slots' features read them twice)."""
        return WORDS.findall(self.left)

    @cached_property
    def right_words(self) -> list[str]:
        return WORDS.findall(self.right)


def figure(m: Mention, frame: Frame, text: str, records: list[Record],
           sent_records: list[Record], prev_q: Mention | None, lex: Lexicon,
           abbreviations: tuple[re.Pattern[str] | None, dict[str, str]] = (None, {})) -> Figure:
    assert isinstance(m.norm, QuantityNorm)
    start, end = frame.sent.start, frame.sent.end
    after = text[m.end : end]
    # Programme names are blanked in ``masked``: a long name counts as no words, so the
    # cue before it stays in the window ("Total modal yang dialokasikan untuk Program
    # Target Nasional ... mencapai X").
    left = last_words(frame.masked[: m.start - start].rpartition(";")[2], lex.left_window)
    right = right_phrase(after, lex.right_window)
    cue_left, cue_right = left, right
    pattern, long_forms = abbreviations
    if pattern is not None:
        # "GK per rumah tangga terbesar adalah Kalimantan Utara, yakni mencapai Rp 4,22 juta"
        # after "garis kemiskinan (GK)": the cues read the long form
        cue_left = pattern.sub(lambda a: long_forms[a.group(0)], left)
        cue_right = pattern.sub(lambda a: long_forms[a.group(0)], right)
    return Figure(
        m=m, q=m.norm, before=text[start : m.start], after=after, left=left, right=right,
        records=records, sent_records=sent_records, prev_q=prev_q,
        cue_left=cue_left, cue_right=cue_right,
    )
