"""ekstrak: structured, checkable poverty-programme statistics from Indonesian news text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .inputs import InputError, read_source
from .models import Article, Mention, Place, QuantityNorm, Record, TimeNorm

__version__ = "0.1.0"
__all__ = [
    "Article",
    "Mention",
    "Place",
    "QuantityNorm",
    "Record",
    "TimeNorm",
    "InputError",
    "MAX_CHARS",
    "parse_article",
    "parse_file",
    "read_batch",
    "read_text",
    "records_frame",
    "render",
    "__version__",
]


#: The longest text ``parse_article`` accepts, in characters (about 70 long news articles).
#: Below it every stage costs time linear in the length (benchmarks/hostile.py); above it
#: ``parse_article`` raises ``ValueError``: split the text, or raise the limit knowingly.
MAX_CHARS = 500_000


def parse_article(text: str, id: str | None = None, slots: str | None = None) -> Article:
    """Segment ``text`` and extract its mentions and records.

    Guarantees, for any ``str`` up to :data:`MAX_CHARS` characters: it returns (it does not
    raise), every ``start``/``end`` slices ``text`` exactly (a lone surrogate, half of a UTF-16
    pair that no UTF-8 file or JSON output can hold, is quoted as U+FFFD), and the result
    depends only on ``text`` and ``id``. Longer text raises ``ValueError``; a non-``str`` raises ``TypeError``.

    ``slots`` says who decides indicator, time and place: ``"rules"``, ``"model"`` or
    ``"combined"`` (default: ``EKSTRAK_SLOTS``, else the mode chosen on the dev splits; see
    :mod:`ekstrak.records.learned`).

    >>> a = parse_article("Angka kemiskinan turun menjadi 3,36% pada tahun 2024.")
    >>> a.records[0].value
    3.36
    """
    from .pipeline import article_doc

    if not isinstance(text, str):
        raise TypeError(f"parse_article expects str, got {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ValueError(
            f"text of {len(text):,} characters is longer than ekstrak.MAX_CHARS "
            f"({MAX_CHARS:,}); split it into articles"
        )
    from .plain import plain_text
    from .records.learned import collected, using

    plain = plain_text(text)
    sink = collected()  # training: the figures' decisions, whose offsets move back too
    seen = len(sink) if sink is not None else 0
    if slots is None:
        art = article_from_doc(article_doc(plain.text), id=id)
    else:
        with using(mode=slots):
            art = article_from_doc(article_doc(plain.text), id=id)
    if plain.changed:
        plain.restore(art)
        for d in sink[seen:] if sink is not None else ():
            d.start, d.end = plain.span(d.start, d.end)
    return art


def article_from_doc(doc: Any, id: str | None = None) -> Article:
    """The Article of a Doc that went through the ekstrak pipeline."""
    seg = doc._.segmentation
    if seg.raw is not None:
        # The stages read wrapped lines as one; what the Article quotes is the text as given.
        for m in doc._.mentions:
            m.text = seg.raw[m.start : m.end]
        for s in seg.sentences:
            s.text = seg.raw[s.start : s.end]
    return Article(
        id=id or "article",
        title=seg.title,
        published=seg.published,
        source_url=seg.source_url,
        byline=seg.byline,
        paragraphs=seg.paragraphs,
        sentences=seg.sentences,
        mentions=_listed(doc._.mentions, doc._.hidden_dates),
        records=doc._.records,
        place=doc._.place,
    )


def _listed(mentions: list[Any], hidden: set[tuple[int, int]] | None) -> list[Any]:
    """The mentions an Article lists: not the dates only the records read (R 5, R 29)."""
    if not hidden:
        return mentions
    return [m for m in mentions if m.type != "DATE" or (m.start, m.end) not in hidden]


def read_text(path: str | Path, encoding: str | None = None) -> str:
    """The text of an article file as ``parse_file`` parses it (see :mod:`ekstrak.inputs`:
    encoding detection, HTML main text), or :class:`InputError` naming the file and reason."""
    return read_source(path, encoding).text


def parse_file(path: str | Path, id: str | None = None, encoding: str | None = None,
               rel_path: str | None = None) -> Article:
    """Parse one article file; its id is ``id`` or the file stem.

    ``Article.encoding`` records how the file was decoded and ``Article.path`` the file
    (``rel_path`` when given: the batch passes the path relative to its input root). For an
    HTML page ``Article.text`` holds the extracted text, which the offsets index, and the
    page's own title and date fill ``title``/``published`` when the text states none.
    """
    p = Path(path)
    src = read_source(p, encoding)
    try:
        art = parse_article(src.text, id=id or p.stem)
    except ValueError as exc:
        raise InputError(f"{p}: {exc}") from exc
    art.path = rel_path if rel_path is not None else p.as_posix()
    art.encoding = src.encoding
    if src.html:
        art.text = src.text
        art.title = art.title or src.title
        art.published = art.published or src.published
    return art


# The helpers below import pandas (and the HTML code) only when called, so that
# ``import ekstrak`` stays light.


def records_frame(articles: Any) -> Any:
    """One row per record of ``articles`` as a pandas DataFrame (see :mod:`ekstrak.frames`)."""
    from .frames import records_frame as _records_frame

    return _records_frame(articles)


def read_batch(out_dir: str | Path, articles: bool = True) -> Any:
    """Load an ``ekstrak batch`` output folder: records, errors, Articles (:mod:`ekstrak.frames`)."""
    from .frames import read_batch as _read_batch

    return _read_batch(out_dir, articles=articles)


def render(article: Any, text: str | None = None, path: str | Path | None = None,
           records: bool = True) -> Any:
    """An article with its QUANTITY, PLACE and DATE mentions highlighted (:mod:`ekstrak.display`)."""
    from .display import render as _render

    return _render(article, text=text, path=path, records=records)
