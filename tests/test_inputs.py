"""Reading input files (ekstrak.inputs): encodings, binary refusal, HTML pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from ekstrak import parse_file, read_text
from ekstrak.inputs import InputError, decode, looks_like_html

DATA = Path(__file__).parent / "data"
TEXT = "Kemiskinan di Hà Giang turun menjadi 3,5 persen – “kata” pejabat.\n"

# (bytes, expected text, expected encoding name)
DECODED = [
    (TEXT.encode("utf-8"), TEXT, "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "\ufeff" + TEXT, "utf-8-sig"),  # mark kept
    (TEXT.encode("utf-16"), TEXT, "utf-16"),
    (b"\xfe\xff" + TEXT.encode("utf-16-be"), TEXT, "utf-16"),
    (TEXT.encode("utf-32"), TEXT, "utf-32"),
    (TEXT.encode("cp1252"), TEXT, "cp1252"),
    ("Kemiskinan turun 3,5 persen di Hà Giang, kata pejabat.\n".encode("latin-1"),
     "Kemiskinan turun 3,5 persen di Hà Giang, kata pejabat.\n", "cp1252"),
    (b"Baris satu\r\nBaris dua\rBaris tiga", "Baris satu\nBaris dua\nBaris tiga", "utf-8"),
    ("Сообщение о бедности в провинции: доля бедных снизилась до 3,5 процента.\n"
     .encode("cp1251"), "Сообщение о бедности в провинции: доля бедных снизилась до 3,5 процента.\n",
     "cp1251"),
]


@pytest.mark.parametrize(("data", "text", "encoding"), DECODED)
def test_decode(data: bytes, text: str, encoding: str) -> None:
    assert decode(data, "f.txt") == (text, encoding)


# (bytes, words the refusal must contain)
REFUSED = [
    (b"", "empty"),
    ("  \n\t ".encode("utf-16"), "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (TEXT.encode("utf-16-le"), "binary"),  # UTF-16 without its mark: NUL bytes
    (b"\xff\xfe\xfa", "not valid utf-16"),  # a mark, then half a character
    (bytes(range(1, 32)) * 20, "binary"),  # control characters
]


@pytest.mark.parametrize(("data", "why"), REFUSED)
def test_refused_with_file_name_and_reason(data: bytes, why: str) -> None:
    with pytest.raises(InputError, match=why) as exc:
        decode(data, "arsip/2024-01/f.txt")
    assert str(exc.value).startswith("arsip/2024-01/f.txt: ")


def test_forced_encoding() -> None:
    data = TEXT.encode("cp1252")
    assert decode("Hà Giang turun 3,5 persen.".encode("latin-1"), "f", encoding="latin-1") == (
        "Hà Giang turun 3,5 persen.", "iso8859-1")
    with pytest.raises(InputError, match="binary"):  # curly quotes read as Latin-1 controls
        decode(data, "f", encoding="latin-1")
    with pytest.raises(InputError, match="not valid utf-8"):
        decode(data, "f", encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding"):
        decode(data, "f", encoding="klingon")


@pytest.mark.parametrize(("text", "html"), [
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
    ("\n\n<html lang='id'>\n<head><title>x</title></head>", True),
    ("<body>\n<p>Kemiskinan turun.</p>", True),
    ("Kemiskinan turun 3 persen (<5 persen tahun lalu).", False),
    ("Judul\nKode <b> dan <html5> disebut di artikel.", False),
])
def test_html_sniff(text: str, html: bool) -> None:
    assert looks_like_html(text) is html


def test_html_page_saved_as_txt(tmp_path: Path) -> None:
    """A saved news page: main text, title and date from trafilatura, menus and footer gone,
    the page's <title> not taken for a place, and offsets that slice Article.text."""
    pytest.importorskip("trafilatura", reason="HTML input needs trafilatura (ekstrak[html])")
    f = tmp_path / "artikel.txt"
    f.write_bytes((DATA / "berita-lang-son.html").read_bytes())
    art = parse_file(f)
    assert art.text is not None and art.text == read_text(f)
    assert art.title == "Kemiskinan di Lang Son Turun menjadi 3,36 Persen"
    assert art.published == "2024-07-15"
    assert art.encoding == "utf-8"
    assert "Beranda" not in art.text and "Hak cipta" not in art.text and "<" not in art.text
    for m in art.mentions:
        assert art.text[m.start:m.end] == m.text
    assert "Berita Daerah" not in {m.text for m in art.mentions if m.type == "PLACE"}
    values = sorted((r.value, r.unit) for r in art.records)
    assert (3.36, "%") in values and (1250.0, "household") in values
    assert (40_000_000.0, "VND/household") in values
    assert sum(p.kind == "body" for p in art.paragraphs) == 3


def test_html_without_main_text_is_refused(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura", reason="HTML input needs trafilatura (ekstrak[html])")
    f = tmp_path / "kosong.html"
    f.write_text("<html><head><title>Beranda</title></head><body><img src='a.png'></body></html>")
    with pytest.raises(InputError, match="kosong.html: HTML page without a main text"):
        parse_file(f)
