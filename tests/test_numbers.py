"""Tests for ``ekstrak.numbers``: digit formats, number words, and a round-trip property."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ekstrak.numbers import find_numbers, parse_digits, parse_number, parse_words


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("1.149.183", 1149183.0),
        ("12,2", 12.2),
        ("0,5", 0.5),
        ("1.167", 1167.0),
        ("582.932", 582932.0),
        ("2.800.000", 2800000.0),
        ("550.458,00", 550458.0),
        ("1.234.567,89", 1234567.89),
        ("1,234,567", 1234567.0),
        ("1,234,567.5", 1234567.5),
        ("10.5", 10.5),
        ("7", 7.0),
        ("18.01.2022", None),
        ("1.2.3", None),
        ("1.23.456", None),
        ("1,2,3", None),
        ("12.3456", 12.3456),  # one dot, not a group of three: an English decimal
    ],
)
def test_parse_digits(token: str, value: float | None) -> None:
    assert parse_digits(token) == value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("satu", 1),
        ("sebelas", 11),
        ("lima belas", 15),
        ("sembilan belas", 19),
        ("dua puluh", 20),
        ("dua puluh tiga", 23),
        ("seratus", 100),
        ("tiga ratus lima puluh", 350),
        ("seribu", 1000),
        ("dua ribu lima ratus", 2500),
        ("dua ratus lima puluh ribu", 250000),
        ("satu setengah juta", 1.5e6),
        ("setengah juta", 5e5),
        ("tiga juta dua ratus ribu", 3.2e6),
        ("seribu triliun", 1e15),
        ("dua tiga", None),
        ("belas", None),
        ("juta", None),
    ],
)
def test_parse_words(phrase: str, value: float | None) -> None:
    assert parse_words(phrase.split()) == value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("1.149.183 juta", 1.149183e12),
        ("1.167 miliar", 1.167e12),
        ("1,2 triliun", 1.2e12),
        ("2,8 juta", 2.8e6),
        ("50rb", 5e4),
        ("3 ribu miliar", 3e12),
        ("18.01.2022", None),
        ("Covid", None),
    ],
)
def test_parse_number(phrase: str, value: float | None) -> None:
    assert parse_number(phrase) == value


@pytest.mark.parametrize(
    "text",
    ["Covid-19", "G20", "pukul 10:30", "tanggal 11/12", "post927534", "salah satu", "satu-satunya", "0812 3456"],
)
def test_not_numbers(text: str) -> None:
    found = [text[n.start:n.end] for n in find_numbers(text, 0, len(text))]
    assert not any(f in ("19", "20", "10", "30", "11", "12", "927534", "satu", "0812") for f in found), found


def _format_id(int_part: int, decimals: str) -> str:
    """Format the Indonesian way: "." thousands separator, "," decimal mark."""
    s = f"{int_part:,}".replace(",", ".")
    return f"{s},{decimals}" if decimals else s


SCALES = {"": 1.0, " ribu": 1e3, " juta": 1e6, " miliar": 1e9, " milyar": 1e9, " triliun": 1e12}


@given(
    int_part=st.integers(min_value=0, max_value=10**12),
    decimals=st.one_of(st.just(""), st.from_regex(r"[0-9]{1,2}", fullmatch=True)),
    scale=st.sampled_from(sorted(SCALES)),
)
def test_indonesian_format_round_trip(int_part: int, decimals: str, scale: str) -> None:
    text = _format_id(int_part, decimals) + scale
    expected = float(f"{int_part}.{decimals}" if decimals else int_part) * SCALES[scale]
    got = parse_number(text)
    assert got is not None, text
    assert got == pytest.approx(expected, rel=1e-9), text


# session 29 (real-extra18 d101, real-extra31 i244, real-extra33 i276): a typed space after
# the decimal comma ("Rp 3, 6 miliar") splits no amount; a list of small numbers stays apart
@pytest.mark.parametrize(("text", "spans"), [
    ("anggaran Rp 3, 6 miliar untuk susu", [("3, 6 miliar", 3.6e9)]),
    ("dengan nilai Rp1, 946 miliar, dan", [("1, 946 miliar", 1.946e9)]),
    ("berkurang 8, 11 ribu jiwa", [("8, 11 ribu", 8110.0)]),
    ("tahap 1, 2 dan 3", [("1", 1.0), ("2", 2.0), ("3", 3.0)]),
    ("pada 2021, 5 juta orang", [("2021", 2021.0), ("5 juta", 5e6)]),
    ("sebanyak 12,  150 juta", [("12", 12.0), ("150 juta", 1.5e8)]),
])
def test_spaced_decimal_comma(text: str, spans: list[tuple[str, float]]) -> None:
    found = [(text[n.start:n.end], n.value) for n in find_numbers(text, 0, len(text))]
    assert found == spans
