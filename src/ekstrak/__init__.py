"""ekstrak: structured, checkable poverty-programme statistics from Indonesian news text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .models import Article, Mention, Place, QuantityNorm, Record, TimeNorm

__version__ = "0.1.0"
__all__ = [
    "Article",
    "Mention",
    "Place",
    "QuantityNorm",
    "Record",
    "TimeNorm",
    "parse_article",
    "parse_file",
    "read_batch",
    "read_text",
    "records_frame",
    "render",
    "__version__",
]


class InputError(ValueError):
    """An input file that cannot be read as an article (empty, binary, undecodable)."""


def parse_article(text: str, id: str | None = None) -> Article:
    """Segment ``text`` and extract its mentions and records.

    >>> a = parse_article("Angka kemiskinan turun menjadi 3,36% pada tahun 2024.")
    >>> a.records[0].value
    3.36
    """
    from .pipeline import get_nlp

    if not isinstance(text, str):
        raise TypeError(f"parse_article expects str, got {type(text).__name__}")
    return article_from_doc(get_nlp()(text), id=id)


def article_from_doc(doc: Any, id: str | None = None) -> Article:
    """The Article of a Doc that went through the ekstrak pipeline."""
    seg = doc._.segmentation
    return Article(
        id=id or "article",
        title=seg.title,
        published=seg.published,
        source_url=seg.source_url,
        byline=seg.byline,
        paragraphs=seg.paragraphs,
        sentences=seg.sentences,
        mentions=doc._.mentions,
        records=doc._.records,
        place=doc._.place,
    )


def read_text(path: str | Path) -> str:
    """Read an article file as UTF-8 text, with a clear error for unusable input."""
    p = Path(path)
    data = p.read_bytes()
    if not data.strip():
        raise InputError(f"{p}: empty file")
    if b"\x00" in data[:8192]:
        raise InputError(f"{p}: binary file (NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    # Same string as open(path, encoding="utf-8").read(), which gold offsets index:
    # universal newlines, BOM kept as a character.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_file(path: str | Path) -> Article:
    """Parse one article file; its id is the file stem."""
    p = Path(path)
    return parse_article(read_text(p), id=p.stem)


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
