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
    "read_text",
    "__version__",
]


class InputError(ValueError):
    """An input file that cannot be read as an article (empty, binary, undecodable)."""


def parse_article(text: str, id: str | None = None, slots: str | None = None) -> Article:
    """Segment ``text`` and extract its mentions and records.

    ``slots`` says who decides indicator, time and place: ``"rules"``, ``"model"`` or
    ``"combined"`` (default: ``EKSTRAK_SLOTS``, else the mode chosen on the dev splits; see
    :mod:`ekstrak.records.learned`).

    >>> a = parse_article("Angka kemiskinan turun menjadi 3,36% pada tahun 2024.")
    >>> a.records[0].value
    3.36
    """
    from .pipeline import get_nlp

    if not isinstance(text, str):
        raise TypeError(f"parse_article expects str, got {type(text).__name__}")
    if slots is None:
        return article_from_doc(get_nlp()(text), id=id)
    from .records.learned import using

    with using(mode=slots):
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
