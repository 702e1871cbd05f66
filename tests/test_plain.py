"""Characters a reader never sees change no record (``ekstrak.plain``).

Scraped pages carry no-break spaces (HTML's ``&nbsp;``), zero-width spaces, soft hyphens,
direction marks and runs of spaces. Before ``ekstrak.plain`` (session 31), over the 58 pages
of own dev and real-dev (1,177 records; place names compared as written), all spaces
no-break changed 45% of the records, double spaces 45%, a zero-width space after each space
99%, soft hyphens inside words 92%, a zero-width space inside each figure 64%; now none.
``test_dev_page_invariance`` repeats the check on one page of the project's own corpus.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ekstrak import parse_article
from ekstrak.plain import INVISIBLE, OTHER_SPACES, plain_text, quotable

ARTICLE = (
    "Jumlah Penduduk Miskin di Kabupaten Batang Turun\n"
    "BATANG - Badan Pusat Statistik (BPS) mencatat jumlah penduduk miskin di Kabupaten "
    "Batang pada Maret 2024 sebanyak 62.910 jiwa atau 7,54 persen, turun 0,36 persen poin "
    "dibandingkan Maret 2023.\n"
    "Pemerintah kabupaten menyalurkan Rp 1,5 miliar untuk bedah rumah, dan 922 rumah "
    "telah dibangun sepanjang tahun 2023.\n"
    "Di Provinsi Jawa Tengah, angka kemiskinan pada Maret 2024 tercatat 10,47 persen, dan "
    "Kota Semarang mencatat 4,03 persen.\n"
    "Garis kemiskinan naik menjadi Rp 521.432 per kapita per bulan."
)


def _signature(text: str) -> list[tuple]:
    a = parse_article(text)
    return [(r.indicator, r.value, r.unit, r.kind, r.status,
             r.place.name if r.place else None,
             (r.time.start, r.time.end) if r.time else None) for r in a.records]


def _visible(s: str) -> str:
    """What a reader sees: invisible characters and markup gone, any run of spaces one space."""
    s = re.sub(f"[{INVISIBLE}]|\\*\\*|^# |^> ", "", s, flags=re.M).replace("&nbsp;", " ")
    s = s.replace("&#160;", " ").replace("&#xA0;", " ")
    s = s.translate(str.maketrans("０１２３４５６７８９％", "0123456789%"))
    return re.sub(f"[ {OTHER_SPACES}]+", " ", s)


# (name, how the page is changed): each a kind of text met on scraped pages
PERTURBATIONS = [
    ("no-break spaces", lambda t: t.replace(" ", "\u00a0")),
    ("some no-break spaces", lambda t: "".join("\u00a0" if c == " " and i % 3 == 0 else c
                                                for i, c in enumerate(t))),
    ("narrow no-break spaces", lambda t: t.replace(" ", "\u202f")),
    ("thin spaces after figures", lambda t: re.sub(r"(?<=\d) ", "\u2009", t)),
    ("double spaces", lambda t: t.replace(" ", "  ")),
    ("spaces before line ends", lambda t: t.replace("\n", "   \n")),
    ("zero-width space after each space", lambda t: t.replace(" ", " \u200b")),
    ("zero-width spaces inside figures", lambda t: re.sub(r"(?<=\d)(?=[.,]\d)", "\u200b", t)),
    ("soft hyphens inside words", lambda t: re.sub(r"(?<=[a-z]{3})(?=[a-z]{3})", "\u00ad", t)),
    ("word joiners inside words", lambda t: re.sub(r"(?<=[a-z]{4})(?=[a-z]{2})", "\u2060", t)),
    ("byte-order mark at each line", lambda t: t.replace("\n", "\n\ufeff")),
    ("byte-order mark in front", lambda t: "\ufeff" + t),
    ("direction marks around figures", lambda t: re.sub(r"(\d[\d.,]*)", "\u200e\\1\u200f", t)),
    ("zero-width joiners between words", lambda t: t.replace(" ", "\u200d \u200c")),
    ("no-break space entities after figures", lambda t: re.sub(r"(?<=\d) (?=\w)", "&nbsp;", t)),
    ("numeric no-break space entities", lambda t: t.replace(" per ", "&#160;per&#xA0;")),
    ("Markdown bold figures", lambda t: re.sub(r"(\d[\d.,]*(?: persen| jiwa| rumah)?)",
                                              r"**\1**", t)),
    ("Markdown heading and quote", lambda t: "# " + t.replace("\nGaris", "\n> Garis")),
    ("full-width digits", lambda t: t.translate(str.maketrans("0123456789%", "０１２３４５６７８９％"))),
    ("lone surrogates at line ends", lambda t: t.replace("\n", " \ud83d\n")),
]


@pytest.mark.parametrize("name,change", PERTURBATIONS, ids=[p[0] for p in PERTURBATIONS])
def test_records_unchanged(name: str, change) -> None:  # type: ignore[no-untyped-def]
    base = _signature(ARTICLE)
    assert len(base) >= 6
    assert _signature(change(ARTICLE)) == base


@pytest.mark.parametrize("name,change", PERTURBATIONS, ids=[p[0] for p in PERTURBATIONS])
def test_offsets_index_the_text_as_given(name: str, change) -> None:  # type: ignore[no-untyped-def]
    text = change(ARTICLE)
    base = parse_article(ARTICLE)
    a = parse_article(text)
    assert [_visible(m.text) for m in a.mentions] == [m.text for m in base.mentions]
    quoted = quotable(text)  # a lone surrogate is quoted as U+FFFD, offsets unchanged
    for m in a.mentions:
        assert quoted[m.start : m.end] == m.text
    for s in a.sentences:
        assert quoted[s.start : s.end] == s.text
    for r, b in zip(a.records, base.records, strict=True):
        assert _visible(text[r.evidence.start : r.evidence.end]) == \
            ARTICLE[b.evidence.start : b.evidence.end]
    for p in a.paragraphs:
        assert 0 <= p.start <= p.end <= len(text)


# plain_text itself: (given, plain text)
PLAIN_CASES = [
    ("tanpa perubahan", "tanpa perubahan"),
    ("a  b", "a b"),
    ("Rp900 ribu  per tahun", "Rp900 ribu per tahun"),
    ("kemis\u00adkinan", "kemiskinan"),
    ("1.2\u200b00 orang", "1.200 orang"),
    ("x\u00a0y", "x y"),
    ("\ufeffJudul", "Judul"),
    ("a \u200b b", "a b"),
    ("a\t\tb", "a\t\tb"),  # tabs part a table's cells
    ("a\n\nb", "a\n\nb"),  # line breaks part paragraphs
    ("\u200b\u200b", ""),
    ("ujung   ", "ujung "),
    ("Rp&nbsp;1,5&nbsp;juta", "Rp 1,5 juta"),
    ("a&nbsp; b", "a b"),
    ("BPS &amp; Bappenas", "BPS & Bappenas"),
    ("2019 &#8211; 2024", "2019 – 2024"),
    ("&bukan; entitas", "&bukan; entitas"),  # a name HTML does not know stays
    ("naik **9,03 persen** pada", "naik 9,03 persen pada"),
    ("__Rp 1 juta__ per KPM", "Rp 1 juta per KPM"),
    ("## Judul berita\n> kutipan", "Judul berita\nkutipan"),
    ("stok.(***)", "stok.(***)"),  # an editor's end mark, not bold
    ("itu.***", "itu.***"),
    ("graduasi__red", "graduasi__red"),
    ("#BPS mencatat", "#BPS mencatat"),  # a hashtag, not a heading
    ("１２３％", "123%"),
    # half an emoji's UTF-16 pair, as json.loads keeps it: one for one, U+FFFD (it was a
    # UnicodeEncodeError inside spaCy's string store, bug caught in session 42)
    ("naik \ud83d 9 persen", "naik \ufffd 9 persen"),
    ("\udc00", "\ufffd"),
]


@pytest.mark.parametrize("given_,plain", PLAIN_CASES)
def test_plain_text(given_: str, plain: str) -> None:
    p = plain_text(given_)
    assert p.text == plain
    assert p.changed == (plain != given_)


@given(st.text(alphabet=st.sampled_from(list("ab1.\n\t ") + list(OTHER_SPACES[:3])
                                        + list(INVISIBLE[:4])), max_size=60))
def test_every_plain_character_maps_to_itself(given_: str) -> None:
    p = plain_text(given_)
    for i, ch in enumerate(p.text):
        at = p.offset(i)
        assert given_[at] == ch or (ch == " " and given_[at] in " " + OTHER_SPACES)
    assert p.span(0, len(p.text))[1] <= len(given_)


CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.skipif(not (CORPUS / "id-04.txt").exists(), reason="corpus/id-04.txt not present")
@pytest.mark.parametrize("name,change", PERTURBATIONS[:8], ids=[p[0] for p in PERTURBATIONS[:8]])
def test_dev_page_invariance(name: str, change) -> None:  # type: ignore[no-untyped-def]
    text = (CORPUS / "id-04.txt").read_text("utf-8")
    assert _signature(change(text)) == _signature(text)
