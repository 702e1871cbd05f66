"""The spaCy pipeline: a blank Indonesian ``Language`` plus ekstrak's components.

The component order is visible in one place, :data:`PIPELINE`. Each component
does one thing and writes extension attributes on the ``Doc``:

- ``doc._.segmentation`` (:class:`ekstrak.segment.Segmentation`): paragraphs, sentences, metadata;
- ``doc._.mentions``: QUANTITY / DATE / PLACE :class:`ekstrak.models.Mention` objects
  with character offsets (exact even where they cut through spaCy tokens);
- ``doc._.place``: the article's main place; ``doc._.records``: the records;
- ``doc.spans["ekstrak"]`` (:data:`SPANS_KEY`): the mentions as spaCy spans labelled QUANTITY,
  PLACE or DATE, and ``doc.ents`` the same spans where they do not overlap, so spaCy tools
  (displaCy, ``Span`` attributes, ``doc.ents`` loops) see ekstrak's mentions.

The statistical NER check (``ekstrak_ner``, :mod:`ekstrak.ner`) runs right after
``ekstrak_places`` when asked for (:data:`NER_DEFAULT` is off): ``get_nlp(ner=True)``, the
CLI's ``--ner``, or the environment variable ``EKSTRAK_NER=1``; ``stanza`` picks the stanza
backend (worker processes inherit the variable).
"""

from __future__ import annotations

import bisect
import gc
import os
from collections.abc import Callable
from functools import cache
from typing import Any

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import ner as _ner  # noqa: F401  (registers the ekstrak_ner factory)
from .models import Mention, Place
from .tokenizer import TEXT_KEY as _TEXT_KEY
from .tokenizer import TOKENIZER_CONFIG

#: ekstrak's components, in the order they run.
PIPELINE: tuple[str, ...] = (
    "ekstrak_segment",
    "ekstrak_dates",
    "ekstrak_quantities",
    "ekstrak_places",
    "ekstrak_resolve",
    "ekstrak_records",
    "ekstrak_spans",
)

#: ``doc.spans`` key of the mentions: ``displacy.render(doc, style="span",
#: options={"spans_key": SPANS_KEY})`` shows them.
SPANS_KEY = "ekstrak"

#: Whether ``get_nlp()`` adds the statistical NER when neither the call nor EKSTRAK_NER says.
#: Off: it raises dev PLACE F1 only from 0.954 to 0.960 (test records-strict unchanged)
#: for more than twice the run time (spaCy tokenizer plus the model).
NER_DEFAULT = False

for _name, _default in (
    ("segmentation", None),
    ("mentions", None),
    ("records", None),
    ("place", None),
    ("hidden_dates", None),  # (start, end) of DATEs the records read but no mention lists
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@Language.component("ekstrak_segment")
def segment_component(doc: Doc) -> Doc:
    """Paragraph kinds and sentences; marks spaCy sentence starts to match."""
    from .segment import segment

    # doc.text is rebuilt from the tokens on every access: read it once, here,
    # and let later components use seg.text.
    seg = segment(doc.user_data.get(_TEXT_KEY) or doc.text)
    doc._.segmentation = seg
    doc._.mentions = []
    if len(doc):
        # Sentence starts set in one array write (token by token re-checks the doc).
        idx = doc.to_array(IDX)
        flags = numpy.where(numpy.isin(idx, [s.start for s in seg.sentences]), 1, -1)
        flags[0] = 1
        doc.from_array([SENT_START], flags.astype(numpy.int64).view(numpy.uint64).reshape(-1, 1))
    return doc


def _run_stage(doc: Doc, find) -> None:  # type: ignore[no-untyped-def]
    seg = doc._.segmentation
    text = seg.text
    mentions = doc._.mentions  # the list the segment component set: read it once
    for sent in seg.scored_sentences():
        for m in find(text, sent.start, sent.end):
            m.sentence = sent.index
            mentions.append(m)


@Language.component("ekstrak_dates")
def dates_component(doc: Doc) -> Doc:
    """DATE mentions (rules; dateparser only normalises odd spans)."""
    from .dates import find_dates, infer_year

    seg = doc._.segmentation
    # With no publication date, the date or year the page's own dates point to resolves
    # "Selasa (17/5)", "pada Juli" and "tahun ini" (R 29: the time comes from the body).
    published = seg.published or infer_year(seg.text)
    hidden: set[tuple[int, int]] = set()
    doc._.hidden_dates = hidden
    _run_stage(doc, lambda t, s, e: find_dates(t, s, e, published=published,
                                               stamped=seg.published is not None, hidden=hidden))
    return doc


@Language.component("ekstrak_quantities")
def quantities_component(doc: Doc) -> Doc:
    """QUANTITY mentions: number, scale, unit or counted noun, qualifier."""
    from .places import article_country
    from .quantities import ListItem, carried_count, carried_item, find_quantities
    from .tables import table_cells, table_quantities

    # "kelurahan"/"kecamatan" count communes in Vietnam, villages/districts in Indonesia.
    country = article_country(doc._.segmentation.text)
    count: str | None = None  # what the sentence before counted
    item: ListItem | None = None  # ... and the list item it ended with

    def in_prose(text: str, start: int, end: int) -> list[Mention]:
        nonlocal count, item
        found = find_quantities(text, start, end, country=country, carried=count, item=item)
        count, item = carried_count(found), carried_item(text, found)
        return found

    if not table_cells(doc._.segmentation.text):  # most articles: no table
        _run_stage(doc, in_prose)
        return doc

    def find(text: str, start: int, end: int) -> list[Mention]:
        found = in_prose(text, start, end)
        cells = table_quantities(text, start, end)
        if cells is None:
            return found
        # A table's rows: its cells are the figures, read with their columns' units.
        lines = {(text.rfind("\n", 0, c.start) + 1, _line_end(text, c.start)) for c in cells}
        prose = [m for m in found if not any(a <= m.start < b for a, b in lines)]
        return sorted(prose + cells, key=lambda m: m.start)

    _run_stage(doc, find)
    return doc


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


@Language.component("ekstrak_places")
def places_component(doc: Doc) -> Doc:
    """PLACE mentions from the gazetteer and level-word rules."""
    from .places import find_places

    published = doc._.segmentation.published
    _run_stage(doc, lambda t, s, e: find_places(t, s, e, published=published))
    return doc


_PRIORITY = {"DATE": 0, "QUANTITY": 1, "PLACE": 2}


def _trimmed_place(text: str, m: Mention, cut: int) -> Mention | None:
    """A PLACE cut short before ``cut`` (None for other types or nothing left)."""
    if m.type != "PLACE" or not isinstance(m.norm, Place):
        return None
    end = len(text[:cut].rstrip())
    if end <= m.start:
        return None
    name = text[m.start:end]
    return m.model_copy(update={"end": end, "text": name,
                                "norm": m.norm.model_copy(update={"name": name})})


@Language.component("ekstrak_resolve")
def resolve_component(doc: Doc) -> Doc:
    """Overlapping mentions: a DATE wins over a QUANTITY on the same digits, longer wins otherwise."""
    kept: list[Mention] = []
    starts: list[int] = []  # kept spans never overlap, so sorted by start they are sorted by end
    ordered = sorted(doc._.mentions, key=lambda m: (_PRIORITY[m.type], -(m.end - m.start), m.start))
    for m in ordered:
        i = bisect.bisect_left(starts, m.start)
        if i > 0 and kept[i - 1].end > m.start:
            continue  # overlaps the kept span starting before it
        if i < len(kept) and kept[i].start < m.end:
            # "Desa Sukamaju 12 keluarga": a place whose name took the figure's number keeps
            # the words before it.
            m = _trimmed_place(doc._.segmentation.text, m, kept[i].start)
            if m is None:
                continue  # overlaps the kept span starting at or after it
        starts.insert(i, m.start)
        kept.insert(i, m)
    doc._.mentions = kept
    return doc


@Language.component("ekstrak_records")
def records_component(doc: Doc) -> Doc:
    """The article's main place, and one record per title/body QUANTITY mention."""
    from .places import canonical_place
    from .records import article_place, build_records, dateline_starts, sentence_cues

    seg = doc._.segmentation
    title = next(((p.start, p.end) for p in seg.paragraphs if p.kind == "title"), None)
    # Both steps read the cues and the datelines: found once.
    cues = sentence_cues(seg.text, seg)
    datelines = dateline_starts(seg.text, seg, doc._.mentions)
    doc._.place = article_place(seg.text, seg, doc._.mentions, title, cues, datelines)
    doc._.records = build_records(seg.text, seg, doc._.mentions, doc._.place, cues, datelines)
    if doc._.place is not None:
        # Named in full, as the records name it ("Barsel" -> "Barito Selatan").
        doc._.place = canonical_place(doc._.place)
    return doc


@Language.component("ekstrak_spans")
def spans_component(doc: Doc) -> Doc:
    """The mentions as spaCy spans: ``doc.spans[SPANS_KEY]`` and, without overlaps, ``doc.ents``.

    Mentions are character offsets and may cut through a token ("Rp1,5" is one mention over
    the tokens "Rp", "1,5"; a rare one ends inside a token): the span takes the whole tokens
    it touches. Built once per doc, after everything else, so no component pays for it twice.
    """
    spans: list[Span] = []
    for m in doc._.mentions:
        span = doc.char_span(m.start, m.end, label=m.type, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[SPANS_KEY] = spans
    # Mentions never overlap as characters, but expanding to whole tokens can make two touch
    # the same token; entities must not overlap, so the longer one is kept there.
    doc.set_ents(filter_spans(spans), default="outside")
    return doc


def ner_backend(ner: bool | str | None = None) -> str | None:
    """The NER backend to use ("spacy", "stanza") or None for none.

    ``ner=None`` reads ``EKSTRAK_NER`` (unset: :data:`NER_DEFAULT`); ``True`` means "spacy".
    """
    if ner is None:
        env = os.environ.get("EKSTRAK_NER", "").strip().lower()
        ner = NER_DEFAULT if not env else env not in ("0", "false", "no", "off") and env
    if ner is True or ner in ("1", "true", "yes", "on"):
        return "spacy"
    return ner or None


#: Components whose output an :class:`~ekstrak.models.Article` does not carry: spaCy's view
#: of the mentions. ``parse_article`` skips them; ``get_nlp()(text)`` runs them.
DOC_VIEWS: frozenset[str] = frozenset({"ekstrak_spans"})


def article_doc(text: str) -> Doc:
    """``get_nlp()(text)`` without :data:`DOC_VIEWS`: the Doc an Article is read from."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name not in DOC_VIEWS:
            doc = proc(doc)
    return doc


def get_nlp(ner: bool | str | None = None) -> Language:
    """The shared pipeline, built once per process and NER option (see :func:`ner_backend`)."""
    return _build(ner_backend(ner))


class _TextKeepingTokenizer:
    """spaCy's Indonesian tokenizer, keeping the input string on the Doc as
    :class:`~ekstrak.tokenizer.FastTokenizer` does."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[_TEXT_KEY] = text
        return doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


@cache
def _build(backend: str | None) -> Language:
    # Loading allocates ~280,000 long-lived containers (the gazetteer index); collections
    # triggered meanwhile would only re-walk them (~40% of the load time), so pause the
    # collector until everything is loaded and frozen.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        nlp = _assemble(backend)
    finally:
        if was_enabled:
            gc.enable()
    _freeze_loaded_data(nlp)
    return nlp


def _assemble(backend: str | None) -> Language:
    # The rule components read characters, not tokens: a regex tokenizer is enough and ~7x
    # faster. The statistical NER reads tokens and gets the tokenizer it was trained with.
    if backend is None:
        nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
    else:
        nlp = spacy.blank("id")
        nlp.tokenizer = _TextKeepingTokenizer(nlp.tokenizer)
    for name in PIPELINE:
        nlp.add_pipe(name)
    if backend is not None:
        nlp.add_pipe("ekstrak_ner", after="ekstrak_places", config={"backend": backend})
    # One parse loads the lexicons, the gazetteer and (with NER) the model.
    nlp("Pada 2024, Provinsi Lang Son membangun 10 rumah senilai Rp1,5 miliar.")
    return nlp


def _freeze_loaded_data(nlp: Language) -> None:
    """Move the loaded lexicons and gazetteer out of the garbage collector's way.

    The gazetteer index is ~280,000 container objects that live as long as the process; every
    full collection walked them all, a fifth of the run time. ``gc.freeze()`` puts everything
    alive at this point into the permanent generation (it is still freed by reference
    counting; only cycles among those objects would outlive their use), and forked batch
    workers then share those pages instead of copying them. ``EKSTRAK_GC_FREEZE=0`` opts out.
    No collection first: it took 0.1 s of the start-up to find some 70 unreachable objects,
    which the freeze keeps instead.
    """
    if os.environ.get("EKSTRAK_GC_FREEZE", "1").strip().lower() not in ("0", "false", "no", "off"):
        gc.freeze()
