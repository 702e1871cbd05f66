"""spaCy-native mentions (doc.spans / doc.ents, displaCy) and ``ekstrak.render``."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from spacy import displacy

import ekstrak
from ekstrak import parse_article, read_text
from ekstrak.pipeline import SPANS_KEY, get_nlp

# (text, the (text, label) spans the pipeline writes)
CASES = [
    ("Pada tahun 2024, tingkat kemiskinan multidimensi Provinsi Lang Son adalah 3,36% "
     "(turun 2,66% dibandingkan dengan tahun 2023).",
     [("2024", "DATE"), ("Lang Son", "PLACE"), ("3,36%", "QUANTITY"), ("2,66%", "QUANTITY"),
      ("2023", "DATE")]),
    ("Pemprov Jawa Tengah menyalurkan Rp1,5 miliar untuk 922 rumah pada Maret 2024.",
     [("Jawa Tengah", "PLACE"), ("Rp1,5 miliar", "QUANTITY"), ("922 rumah", "QUANTITY"),
      ("Maret 2024", "DATE")]),
]


@pytest.mark.parametrize(("text", "spans"), CASES)
def test_mentions_are_spacy_spans_and_ents(text: str, spans: list[tuple[str, str]]) -> None:
    doc = get_nlp()(text)
    assert [(s.text, s.label_) for s in doc.spans[SPANS_KEY]] == spans
    assert [(e.text, e.label_) for e in doc.ents] == spans
    html = displacy.render(doc, style="span", options={"spans_key": SPANS_KEY}, jupyter=False)
    for _, label in spans:
        assert label in html


def test_spans_follow_mentions_over_the_corpus() -> None:
    nlp = get_nlp()
    for path in sorted((ROOT / "corpus").glob("vn-0*.txt")):
        doc = nlp(read_text(path))
        got = doc.spans[SPANS_KEY]
        assert len(got) == len(doc._.mentions)
        for m, s in zip(doc._.mentions, got, strict=True):
            # A span covers its mention (whole tokens); it is the mention exactly when the
            # mention's ends fall on token boundaries, which is almost always.
            assert s.start_char <= m.start and m.end <= s.end_char and s.label_ == m.type
        ents = list(doc.ents)
        assert all(a.end <= b.start for a, b in zip(ents, ents[1:], strict=False))


def test_render_marks_every_mention_and_writes_a_page(tmp_path: Path) -> None:
    text = "Harga <beras> naik & turun di pasar\n\n" + CASES[0][0]
    view = ekstrak.render(text, path=tmp_path / "page.html")
    html = view._repr_html_()
    assert html.count("<mark style") == 5 + 3  # five mentions plus the three-entry legend
    assert "3,36%<span class=\"ek-label\">QUANTITY</span>" in html
    assert "3.36 % | record: poverty_rate, level, actual, place Lang Son, time 2024" in html
    assert "2.66 % | record: poverty_rate, change, actual, place Lang Son, time 2023..2024" in html
    assert "&lt;beras&gt; naik &amp; turun" in html  # article text is escaped
    assert '<span class="ek-kind">title</span>' in html
    assert "<table>" in html and "<td>poverty_rate</td>" in html
    page = (tmp_path / "page.html").read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert html in page
    assert "<table>" not in ekstrak.render(text, records=False).html


def test_render_without_the_text_uses_the_stored_sentences() -> None:
    path = ROOT / "corpus" / "vn-05.txt"
    art = ekstrak.parse_file(path)
    full = ekstrak.render(art, text=read_text(path)).html
    rebuilt = ekstrak.render(art).html  # no text, no path: rebuilt from the sentences
    for m in art.mentions:
        assert f">{m.text}<span" in full and f">{m.text}<span" in rebuilt
    with_path = ekstrak.render(art.model_copy(update={"path": str(path)})).html
    assert with_path == full


def test_parse_article_output_is_unchanged_by_the_spans() -> None:
    art = parse_article(CASES[1][0])
    assert [m.text for m in art.mentions] == [t for t, _ in CASES[1][1]]


def test_parse_article_skips_only_what_an_article_does_not_carry() -> None:
    """parse_article leaves out the spaCy spans (DOC_VIEWS): the Article is the same as the
    one read from the whole pipeline's Doc, on every corpus article."""
    from ekstrak import article_from_doc
    from ekstrak.pipeline import DOC_VIEWS, article_doc

    assert DOC_VIEWS <= set(get_nlp().pipe_names)
    for path in sorted((ROOT / "corpus").glob("*.txt"))[:12]:
        text = path.read_text("utf-8")
        doc = article_doc(text)
        assert SPANS_KEY not in doc.spans
        assert article_from_doc(doc) == article_from_doc(get_nlp()(text))
