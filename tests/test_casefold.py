"""Lower-cased lexicon patterns find exactly what the IGNORECASE originals find."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest

from ekstrak.casefold import compile_lower, letter_trie, literal_first, lower_pattern, lower_text
from ekstrak.segment import segment

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bRTLH\b", r"\brtlh\b"),
    (r"\S+\s+Nasional", r"\S+\s+nasional"),
    (r"(?P<Dig>\d+)(?P=Dig)", r"(?P<Dig>\d+)(?P=Dig)"),
    (r"(?aL)X", r"(?aL)x"),
    (r"(?<!Rp)\D[A-Z]", r"(?<!rp)\D[a-z]"),
    (r"\N{LATIN CAPITAL LETTER A}B", r"\N{LATIN CAPITAL LETTER A}b"),
    ("Đ|İ", "đ|İ"),  # "İ".lower() is two characters: left alone
])
def test_lower_pattern(pattern: str, expected: str) -> None:
    assert lower_pattern(pattern) == expected


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bkpm\b", r"k(?<!\w.)pm\b"),
    (r"(?:\bkpm\b)|(?:manfaat)", r"(?:k(?<!\w.)pm\b)|(?:manfaat)"),
    (r"\b(?:akan|kini)\b", r"(?:a(?<!\w.)kan|k(?<!\w.)ini)\b"),
    (r"\b(provinsi|kota)\s+itu", r"(p(?<!\w.)rovinsi|k(?<!\w.)ota)\s+itu"),
    (r"\b(?:x\)|y)z", r"(?:x(?<!\w.)\)|y(?<!\w.))z"),
    # Left alone: an optional group, a quantified letter, a class, an escaped backslash, and
    # patterns re could still not skip ahead in (an alternative starts with a class, or with
    # a group of alternatives inside an alternation).
    (r"\b(?:x\)|[|)]y)z", r"\b(?:x\)|[|)]y)z"),
    (r"\b(?:x|y)z|q", r"\b(?:x|y)z|q"),
    (r"\b(?:se|satu)?\s*tahun", r"\b(?:se|satu)?\s*tahun"),
    (r"\bs?ekitar", r"\bs?ekitar"),
    (r"[\b(]x", r"[\b(]x"),
    (r"\\bq", r"\\bq"),
    (r"(?x)\b a", r"(?x)\b a"),
])
def test_literal_first(pattern: str, expected: str) -> None:
    assert literal_first(pattern) == expected
    texts = ["kpm akan kini", "xkpm akanx kini.", "provinsi itu", "x)z [y)z", "setahun se tahun",
             "ekitar sekitar", "(x bq \\bq", "a\nkpm"]
    for t in texts:
        assert ([m.span() for m in re.finditer(expected, t)]
                == [m.span() for m in re.finditer(pattern, t)]), (pattern, t)


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"d(?<!\w.)ipatok|m(?<!\w.)ematok|d(?<!\w.)itarget",
     r"d(?<!\w.)i(?:patok|target)|m(?<!\w.)ematok"),
    (r"(?:target|targetkan|tujuan)\b", r"t(?:arget(?:\b|kan\b)|ujuan\b)"),
    # A boundary moved behind the first letter, a leading group spread over the rest.
    (r"(?:ter|di)sasar|\bkpm\b|kuota|dukungan",
     r"tersasar|d(?:isasar|ukungan)|k(?:(?<!\w.)pm\b|uota)"),
    (r"(?:naik)|(?:turun\s+tajam)|(?:turun)", r"naik|turun(?:\s+tajam|)"),
    # A lookbehind all the words of a letter start with is factored too.
    (r"(k(?<![^\W_].)ab|k(?<![^\W_].)ota|p(?<![^\W_].)rov)\s",
     r"(k(?<![^\W_].)(?:ab|ota)|p(?<![^\W_].)rov)\s"),
    # Left alone: a zero-width head beside letters, a capturing group (its number would
    # change), an alternative that starts otherwise, a quantified first letter.
    (r"a(?<!\w.)b|(?<!\w.)c|ad", r"a(?<!\w.)b|(?<!\w.)c|ad"),
    (r"a(x)|b(y)|a(z)", r"a(x)|b(y)|a(z)"),
    (r"ab|[cx]|ad", r"ab|[cx]|ad"),
    (r"a?b|ac", r"a?b|ac"),
    (r"(?x) ab | ac", r"(?x) ab | ac"),
])
def test_letter_trie(pattern: str, expected: str) -> None:
    assert letter_trie(pattern) == expected
    texts = ["dipatok mematok ditarget", "targetkan tujuan target", "naik turun tajam turun",
             "ab c ad xc", "ax by az", "b ab ac", "tujuanx xtarget", "disasar kpm xkpm kuota",
             "kab kota_ xprov prov "]
    for t in texts:
        assert ([(m.span(), m.groups()) for m in re.finditer(expected, t)]
                == [(m.span(), m.groups()) for m in re.finditer(pattern, t)]), (pattern, t)


def test_lower_text_keeps_length_and_offsets() -> None:
    text = "İSTANBUL dan HÀ NỘI"
    low = lower_text(text)
    assert len(low) == len(text) and low.endswith("hà nội")


def test_compile_lower_refuses_ignorecase() -> None:
    with pytest.raises(ValueError):
        compile_lower("x", re.IGNORECASE)


def _records_patterns() -> list[str]:
    raw = json.loads(resources.files("ekstrak.data").joinpath("records.json").read_text("utf-8"))
    out = [v for k, v in raw.items() if isinstance(v, str) and not k.startswith("_")
           and k not in ("programme_hint",)]
    for rule in raw["indicators"]:
        out += rule.get("left", []) + rule.get("right", []) + rule.get("any", [])
    for prog in raw["programmes"]:
        out += prog["patterns"]
    return out + raw["groups"]


def test_records_lexicon_same_matches_on_corpus() -> None:
    # Every records.json pattern: same spans (and group spans), lower-cased on lower-cased text vs IGNORECASE.
    sentences = [s.text for p in sorted(CORPUS.glob("*.txt"))
                 for s in segment(p.read_text("utf-8")).sentences]
    assert len(sentences) > 500
    for pattern in _records_patterns():
        ci, low = re.compile(pattern, re.IGNORECASE), compile_lower(pattern)
        for s in sentences:
            want = [m.regs for m in ci.finditer(s)]  # the spans of the match and its groups
            assert [m.regs for m in low.finditer(lower_text(s))] == want, (pattern, s)
