"""Guarantees for any input, tested with generated text (hypothesis) the way parsers are.

- ``parse_article`` returns for every ``str`` up to ``MAX_CHARS`` (never raises), every
  offset slices the input exactly, values are finite, the Article survives a JSON round trip,
  and the result is deterministic; above ``MAX_CHARS`` it raises ``ValueError``.
- ``ekstrak.inputs.decode`` reads UTF-8 (with or without BOM), UTF-16/32 with a BOM and
  Windows-1252 back to the text written, and either returns text or raises ``InputError``
  for any bytes.

Example counts follow the hypothesis profile (tests/conftest.py): ``ci`` by default,
``--hypothesis-profile=long`` for ten times more.
"""

from __future__ import annotations

import math
import unicodedata

import pytest
from conftest import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from ekstrak import MAX_CHARS, Article, parse_article
from ekstrak.inputs import InputError, decode
from ekstrak.plain import quotable

# Pieces of Indonesian news text, and the things that trip number and place rules.
WORDS = [
    "kemiskinan", "turun", "menjadi", "persen", "%", "rumah tangga", "jiwa", "keluarga",
    "Rp", "Rp.", "VND", "US$", "juta", "ribu", "miliar", "triliun", "ratus", "puluh",
    "belas", "satu", "dua", "tiga", "sebelas", "seratus", "sejuta", "setengah", "sepertiga",
    "lebih dari", "sekitar", "hampir", "sebanyak", "pada tahun", "Januari", "Maret 2024",
    "Provinsi", "Kabupaten", "Desa", "Kecamatan", "komune", "Lang Son", "Jawa Barat",
    "Kota Bogor", "BPS", "PKH", "Dana Desa", "kali lipat", "per tahun", "/tahun", "hektar",
    "(", ")", "[", "]", "-", "–", "/", ":", ",", ".", ";", "\"", "'", "…", "\n", "\n\n",
    "Sumber:", "Baca Juga:", "Foto:", "Senin, 1 Juli 2024", "10:30 WIB", "Covid-19",
]
_digits = st.from_regex(r"\A[0-9]{1,14}\Z")
_grouped = st.from_regex(r"\A[0-9]{1,3}([.,][0-9]{1,4}){0,6}\Z")
_separators = st.from_regex(r"\A[0-9.,\-/%]{1,30}\Z")
_scale_run = st.builds(lambda n, w, u: "1 " + " ".join([w] * n) + " " + u,
                       st.integers(1, 120), st.sampled_from(["juta", "ribu", "miliar", "triliun"]),
                       st.sampled_from(["VND", "rupiah", "persen", "rumah tangga", ""]))
_word_run = st.lists(st.sampled_from(["satu", "dua", "sembilan", "puluh", "ratus", "ribu",
                                      "juta", "belas", "se", "setengah", "seribu"]),
                     min_size=1, max_size=80).map(" ".join)
_piece = st.one_of(
    st.sampled_from(WORDS), _digits, _grouped, _separators, _scale_run, _word_run,
    st.text(max_size=6),  # any Unicode, surrogates excluded by hypothesis' str strategy
    # so a lone surrogate too, half an emoji's UTF-16 pair as json.loads keeps it (it raised
    # inside spaCy's string store until session 42)
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, exclude_categories=()),
)
news_like = st.lists(_piece, max_size=60).flatmap(
    lambda parts: st.lists(st.sampled_from([" ", " ", "", "\n", "  ", "\t"]),
                           min_size=len(parts), max_size=len(parts)).map(
        lambda seps: "".join(p + s for p, s in zip(parts, seps, strict=True))))


def check_article(text: str, art: Article) -> None:
    """Everything in ``art`` points into ``text`` exactly, and every value is a number (a
    lone surrogate is quoted as U+FFFD)."""
    text = quotable(text)
    n = len(text)
    for p in art.paragraphs:
        assert 0 <= p.start <= p.end <= n
    for s in art.sentences:
        assert 0 <= s.start <= s.end <= n and text[s.start:s.end] == s.text
    for m in art.mentions:
        assert 0 <= m.start < m.end <= n and text[m.start:m.end] == m.text, m
    for r in art.records:
        assert 0 <= r.evidence.start < r.evidence.end <= n
        assert math.isfinite(r.value) and (r.value_max is None or math.isfinite(r.value_max))
    assert Article.model_validate_json(art.model_dump_json()) == art


@settings(max_examples=examples(1200))
@given(news_like)
def test_parse_article_any_news_like_text(text: str) -> None:
    check_article(text, parse_article(text))


@settings(max_examples=examples(400))
@given(st.text(max_size=300))
def test_parse_article_any_unicode(text: str) -> None:
    check_article(text, parse_article(text))


@settings(max_examples=examples(150))
@given(news_like)
def test_parse_article_is_deterministic(text: str) -> None:
    assert parse_article(text, id="x").model_dump_json() == parse_article(text, id="x").model_dump_json()


# The hostile classes of the README's reliability table, at random lengths.
HOSTILE = {
    "digit run": lambda n: "7" * n,
    "dot run": lambda n: "." * n,
    "mixed separators": lambda n: "1,2." * n,
    "brackets": lambda n: "(" * n + "3,5 persen" + ")" * n,
    "scale-word run": lambda n: "Bantuan 1 " + "juta " * n + "VND diberikan.",
    "number-word run": lambda n: "sebanyak " + "dua puluh tiga ribu " * n + "rumah",
    "one long line": lambda n: "Kemiskinan turun 3,5 persen di Provinsi Lang Son pada 2024. " * n,
}


@settings(max_examples=examples(25))
@given(st.integers(1, 3000))
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_classes(kind: str, n: int) -> None:
    text = HOSTILE[kind](n)
    check_article(text, parse_article(text))


def test_above_max_chars_is_a_clear_value_error() -> None:
    with pytest.raises(ValueError, match="MAX_CHARS"):
        parse_article("a" * (MAX_CHARS + 1))
    with pytest.raises(TypeError):
        parse_article(b"bytes")  # type: ignore[arg-type]


# ---- decoding ---------------------------------------------------------------------------

# Indonesian text with the accented letters of names and loanwords (all in Windows-1252).
_latin_text = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ABCDEKLMPS,.0123456789%\n")
                             + list("éèàáâçñöüÀÉôû“”‘’–—…€")),
    min_size=1, max_size=300,
).filter(lambda s: s.strip())
_indonesian = st.lists(st.sampled_from(WORDS[:40]), min_size=3, max_size=30).map(" ".join)


@settings(max_examples=examples(300))
@given(st.one_of(_latin_text, _indonesian, st.text(min_size=1, max_size=200)),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom",
                        "utf-32"]))
def test_unicode_encodings_round_trip(text: str, enc: str) -> None:
    text = text.replace("\r", "")
    if not text.strip() or any(c == "\ufffd" or (unicodedata.category(c) == "Cc"
                                                 and c not in "\t\n\f\v") for c in text):
        return  # refused as empty or control-laden: tested below
    data = {"utf-16-le-bom": b"\xff\xfe" + text.encode("utf-16-le"),
            "utf-16-be-bom": b"\xfe\xff" + text.encode("utf-16-be")}.get(enc) or text.encode(enc)
    got, codec = decode(data, "t.txt")
    assert got == ("\ufeff" + text if enc == "utf-8-sig" else text)


@settings(max_examples=examples(300))
@given(st.tuples(_indonesian, _latin_text).map(" ".join))
def test_windows_1252_text_reads_back(text: str) -> None:
    text = text.replace("\r", "")
    data = text.encode("cp1252")
    got, codec = decode(data, "t.txt")
    if codec != "utf-8":  # pure ASCII is UTF-8 too
        assert codec == "cp1252"
    assert got == text


@settings(max_examples=examples(400))
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_refuse_clearly(data: bytes) -> None:
    try:
        text, codec = decode(data, "x.bin")
    except InputError as exc:
        assert str(exc).startswith("x.bin: ")
    else:
        assert isinstance(text, str) and text.strip() and codec
