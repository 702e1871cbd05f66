"""The default pipeline's regex tokenizer: exact round trip, token table, spaCy parity of offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from ekstrak.pipeline import get_nlp
from ekstrak.tokenizer import TEXT_KEY, FastTokenizer, tokenize

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
_VOCAB = spacy.blank("id").vocab

TOKENS = [
    ("Rp1,5 triliun", ["Rp", "1,5", "triliun"]),
    ("Rp12,5 juta", ["Rp", "12,5", "juta"]),
    ("turun 2,66% dibandingkan", ["turun", "2,66", "%", "dibandingkan"]),
    ("1.149.183 juta VND", ["1.149.183", "juta", "VND"]),
    ("(3,36%)", ["(", "3,36", "%", ")"]),
    ("rumah-rumah warga", ["rumah-rumah", "warga"]),
    ("Jum'at, 3 Januari", ["Jum'at", ",", "3", "Januari"]),
    ("indeks P1 dan P2.", ["indeks", "P1", "dan", "P2", "."]),
    ("COVID-19", ["COVID", "-", "19"]),
    ("Sumber: https://nhandan.vn/a-b?x=1.", ["Sumber", ":", "https://nhandan.vn/a-b?x=1", "."]),
    ("2020-2025", ["2020", "-", "2025"]),
    ("Thái Nguyên", ["Thái", "Nguyên"]),
    ("luas 12 km²", ["luas", "12", "km²"]),
]


@pytest.mark.parametrize(("text", "expected"), TOKENS)
def test_token_table(text: str, expected: list[str]) -> None:
    assert [t.text for t in FastTokenizer(_VOCAB)(text)] == expected


@pytest.mark.parametrize("text", ["", " ", "\n", "  a  b\n\n c \n", "\ufeffJudul\r\nisi", "a\t\tb"])
def test_whitespace_round_trip(text: str) -> None:
    doc = FastTokenizer(_VOCAB)(text)
    assert doc.text == text and doc.user_data[TEXT_KEY] == text
    assert all(t.text.strip() or t.is_space for t in doc)


@given(st.text(max_size=300))
def test_any_text_round_trips(text: str) -> None:
    words, spaces = tokenize(text)
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces, strict=True)) == text


def test_corpus_round_trips_and_sentences_align() -> None:
    nlp = get_nlp(ner=False)
    assert isinstance(nlp.tokenizer, FastTokenizer)
    for path in sorted(CORPUS.glob("*.txt"))[:8]:
        text = path.read_text("utf-8")
        doc = nlp(text)
        assert doc.text == text
        # spaCy sentence starts land on the segmenter's sentence starts.
        starts = {s.start for s in doc._.segmentation.sentences}
        assert {s.start_char for s in doc.sents} <= starts | {0}
