"""Reading input files: bytes to text, HTML to its main text, and clear refusals.

The decoding order (first that applies wins):

1. ``encoding=`` given by the caller (``--encoding``): that codec, strictly;
2. a byte-order mark: UTF-8, UTF-32 or UTF-16 (the UTF-32 LE mark starts with the UTF-16 one,
   so it is checked first). A UTF-8 mark stays in the text as U+FEFF, as
   ``open(path, encoding="utf-8")`` keeps it and earlier gold offsets count it (the encoding
   is recorded as ``utf-8-sig``); the UTF-16/32 codecs drop their mark;
3. strict UTF-8;
4. NUL bytes without a mark: refused as binary (text in a legacy 8-bit code has none);
5. Windows-1252, when it decodes the bytes and at most a fifth of the letters come out
   non-ASCII: Indonesian pages are Latin script with a few accented names and curly quotes,
   Windows-1252 (a superset of Latin-1's printable characters) is their usual legacy code,
   and on such short, mostly-ASCII texts a detector guesses among Central European or even
   CJK code pages. Text in another script is almost all non-ASCII letters in Windows-1252;
6. otherwise charset-normalizer's detection (Cyrillic, CJK, ... pages).

A decoded text with many control characters is refused as binary. Newlines are normalised as
``open(path, encoding=...)`` does (``\\r\\n`` and ``\\r`` become ``\\n``), which is the string
gold offsets index.

HTML (a page saved as ``.txt`` or ``.html``) is recognised by its markup near the start. Its
main text, title and publication date are extracted with trafilatura (``pip install
'ekstrak[html]'``); without it the file is refused with a message saying so. The extracted
text is what the offsets index, so it is kept in ``Article.text``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path


class InputError(ValueError):
    """An input file that cannot be read as an article (empty, binary, undecodable)."""


#: Files larger than this are refused before they are read (a news page is well under 1 MB).
MAX_FILE_BYTES = 64 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newlines and form feed; U+FFFD marks bytes a codec gave up on.
_CONTROL_SHARE = 0.01
_HTML_SNIFF = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)


@dataclass
class Source:
    """One input as text: what the parser reads and what is known about where it came from."""

    text: str
    encoding: str
    html: bool = False
    title: str | None = None
    published: str | None = None


def decode(data: bytes, name: str | Path = "<bytes>", encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding name) of ``data``, or :class:`InputError` naming ``name`` and the reason."""
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError as exc:
            raise InputError(f"{name}: unknown encoding {encoding!r}") from exc
        text = _strict(data, codec, name)
        return _checked(text, codec, name), codec
    for bom, codec in _BOMS:
        if data.startswith(bom):
            # utf-8 rather than utf-8-sig: the mark stays a character (see the module doc).
            text = _strict(data, "utf-8" if codec == "utf-8-sig" else codec, name,
                           " although it starts with that byte-order mark")
            return _checked(text, codec, name), codec
    try:
        return _checked(data.decode("utf-8"), "utf-8", name), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (NUL bytes and no UTF-16/32 byte-order mark)")
    codec = _detect(data)
    if codec is None:
        raise InputError(f"{name}: undecodable: not UTF-8, and no text encoding fits its bytes "
                         "(give one with --encoding)")
    return _checked(_strict(data, codec, name), codec, name), codec


def _strict(data: bytes, codec: str, name: str | Path, why: str = "") -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid {codec}{why} ({exc.reason} at byte {exc.start})"
                         ) from exc


def _detect(data: bytes) -> str | None:
    try:
        latin = data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        letters = [c for c in latin if c.isalpha()]
        if letters and sum(not c.isascii() for c in letters) <= 0.2 * len(letters):
            return "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return codecs.lookup(best.encoding).name if best is not None else None


def _checked(text: str, codec: str, name: str | Path) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: empty file (only whitespace after decoding as {codec})")
    sample = text[:65536]
    bad = sum(1 for c in sample if c == "\ufffd" or (
        unicodedata.category(c) == "Cc" and c not in "\t\n\f\v"))
    if bad > _CONTROL_SHARE * len(sample):
        raise InputError(f"{name}: binary file ({bad} control characters in the first "
                         f"{len(sample)} characters decoded as {codec})")
    return text


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML page (markup near its start), not an article."""
    return _HTML_SNIFF.search(text, 0, 4096) is not None


def html_source(html: str, encoding: str, name: str | Path = "<html>") -> Source:
    """The main text of a news page, with the title and date trafilatura finds.

    The title becomes the first line when the extracted text does not start with it, so that
    the segmenter sees a headline as it does in a plain-text article.
    """
    try:
        import trafilatura
    except ImportError as exc:
        raise InputError(
            f"{name}: HTML page; extracting its text needs trafilatura: pip install 'ekstrak[html]'"
        ) from exc
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=True)
    body = (doc.text or "").strip() if doc is not None else ""
    if not body:
        raise InputError(f"{name}: HTML page without a main text that could be extracted")
    title = (doc.title or "").strip() or None
    if title and not body.startswith(title):
        body = f"{title}\n{body}"
    return Source(text=body + "\n", encoding=encoding, html=True, title=title,
                  published=doc.date or None)


def read_source(path: str | Path, encoding: str | None = None) -> Source:
    """Read one input file as a :class:`Source`, or raise :class:`InputError` / ``OSError``."""
    p = Path(path)
    size = p.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"{p}: file too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
    data = p.read_bytes()
    if not data.strip():
        raise InputError(f"{p}: empty file")
    text, codec = decode(data, p, encoding)
    if looks_like_html(text):
        return html_source(text, codec, p)
    return Source(text=text, encoding=codec)
