"""Tables in scraped pages: lines of cells split by "|".

Extractors turn an HTML table into a header line and rows::

    Tahun | Garis Kemiskinan (Rupiah/ Jiwa/ Bulan) | Persentase Kemiskinan (P0) |
    2010 | 177.300 | 19,50 |

A row's first cell labels it (a year, a place, a name); its other cells are figures whose
unit, and what they measure, the column's header says. When the header cells are years
("Kabupaten | 2022 | 2023"), the unit comes from the caption line above the table. The
figures become QUANTITY mentions (:func:`table_quantities`) and the records stage reads each
one's column and row (:func:`table_cells`). Language knowledge is in ``data/tables.json``.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from .models import Mention, QuantityNorm
from .numbers import find_numbers, written_value
from .units import load_units, rate_order

_YEAR = re.compile(r"(?:19|20)\d\d")


def is_year(word: str) -> bool:
    """A header or row label that is a bare year ("2022")."""
    return _YEAR.fullmatch(word) is not None


def separator(line: str) -> str | None:
    """What splits a table line into cells: "|", or tabs where the line has no "|"
    ("Tahun\tJumlah ..."); None for a line that is no table row."""
    if "|" in line:
        return "|"
    return "\t" if "\t" in line.strip() else None


def is_row(line: str) -> bool:
    """Two or more cells ("Tahun | Jumlah Penduduk Miskin (Jiwa)")."""
    sep = separator(line)
    return sep is not None and sum(1 for cell in line.split(sep) if cell.strip()) >= 2


@dataclass(frozen=True)
class Cell:
    """A cell's text, stripped, as offsets into the article."""

    start: int
    end: int


@dataclass(frozen=True)
class TableCell:
    """A figure in a table: its number, the row's label cell and its column's header."""

    start: int
    end: int
    value: float
    unit: str
    label: Cell
    header: Cell
    caption: Cell | None


@cache
def _lexicon() -> dict[str, Any]:
    raw = json.loads(resources.files("ekstrak.data").joinpath("tables.json").read_text("utf-8"))
    rates = sorted(raw["rates"], key=len, reverse=True)
    return {
        "min_cells": int(raw["min_cells"]),
        "units": [(re.compile(p, re.I), u) for p, u in raw["units"]],
        "rate_words": re.compile(r"\b(" + "|".join(map(re.escape, rates)) + r")\b", re.I),
        "rates": raw["rates"],
        "scales": raw["scales"],
        "currencies": frozenset(load_units()["currency_suffix"].values()),
        "scale_words": re.compile(r"\b(" + "|".join(map(re.escape, raw["scales"])) + r")\b", re.I),
    }


def column_unit(header: str) -> str | None:
    """The unit a column header names: "Garis Kemiskinan (Rupiah/ Jiwa/ Bulan)" gives
    IDR/person/month, "Persentase Kemiskinan (P0)" %, "Jumlah Penduduk Miskin (Jiwa)" person."""
    lx = _lexicon()
    for pattern, unit in lx["units"]:
        m = pattern.search(header)
        if m is None:
            continue
        if unit not in lx["currencies"]:
            return str(unit)
        rates: list[str] = []
        for r in lx["rate_words"].finditer(header, m.end()):
            code = lx["rates"][" ".join(r.group(1).lower().split())]
            if code not in rates:
                rates.append(code)
        return "/".join([unit, *rate_order(rates)])
    return None


def _scale(header: str) -> float:
    """"Jumlah Penduduk Miskin (Ribu Jiwa)": the cells are thousands."""
    m = _lexicon()["scale_words"].search(header)
    return float(_lexicon()["scales"][m.group(1).lower()]) if m else 1.0


def _cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of one line, stripped; the empty pieces of a leading or trailing "|" go.
    Cells are split by "|", or by tabs where the line has no "|" (a table copied as text)."""
    out: list[Cell] = []
    pos = start
    sep = separator(text[start:end]) or "|"
    for piece in text[start:end].split(sep):
        s, e = pos, pos + len(piece)
        pos = e + 1
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if e - trail > s + lead:
            out.append(Cell(s + lead, e - trail))
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append((pos, pos + len(body)))
        pos += len(line)
    return out


def _number(text: str, cell: Cell) -> tuple[float, int, int, bool] | None:
    """The cell's value, span and whether it is a percentage, when the cell is one number
    and nothing else (a "%" may follow: "28,8%" is inside the span and its own unit)."""
    nums = find_numbers(text, cell.start, cell.end)
    if len(nums) != 1:
        return None
    n = nums[0]
    rest = (text[cell.start : n.start] + text[n.end : cell.end]).strip()
    if rest not in ("", "%") or n.kind != "digits":
        return None
    pct = text.find("%", n.end, cell.end)
    if rest == "%" and pct >= 0 and not text[n.end : pct].strip():
        return n.value, n.start, pct + 1, True
    return n.value, n.start, n.end, False


@lru_cache(maxsize=4)  # the quantities and the records stage read the same article
def _cached(text: str) -> tuple[TableCell, ...]:
    return tuple(sorted(_find(text), key=lambda c: c.start))


def table_cells(text: str) -> dict[int, TableCell]:
    """The figure cells of every table in ``text``, by start offset."""
    if text.count("|") < 2 and "\t" not in text:  # most articles: no table to look for
        return {}
    return {c.start: c for c in _cached(text)}


def _find(text: str) -> list[TableCell]:
    lx = _lexicon()
    out: list[TableCell] = []
    lines = _lines(text)
    group: list[list[Cell]] = []
    caption: Cell | None = None
    last_text: Cell | None = None
    for s, e in lines:
        line = text[s:e]
        cells = _cells(text, s, e) if separator(line) else []
        if len(cells) >= lx["min_cells"]:
            if not group:
                caption = last_text
            group.append(cells)
            continue
        if not line.strip():
            continue  # blank lines may stand between a table's rows
        if group:
            out.extend(_read(text, group, caption))
            group = []
        last_text = Cell(s + len(line) - len(line.lstrip()), s + len(line.rstrip()))
    if group:
        out.extend(_read(text, group, caption))
    return out


def _read(text: str, rows: list[list[Cell]], caption: Cell | None) -> list[TableCell]:
    """The figures of one table: a header line, then rows labelled by their first cell."""
    header, body = rows[0], rows[1:]
    if not body or any(_number(text, c) is not None and not is_year(text[c.start : c.end])
                       for c in header):
        return []  # no header line to say what the columns measure
    caption_text = text[caption.start : caption.end] if caption else ""
    caption_unit = column_unit(caption_text) if caption else None
    units, scales = [], []
    for h in header:
        own = column_unit(text[h.start : h.end])
        from_caption = own is None and is_year(text[h.start : h.end])
        units.append(own or (caption_unit if from_caption else None))
        scales.append(_scale(caption_text if from_caption else text[h.start : h.end]))
    out: list[TableCell] = []
    for row in body:
        if len(row) != len(header):
            continue  # a merged or broken row: its cells cannot be told apart
        for col in range(1, len(row)):
            parsed = _number(text, row[col])
            if parsed is None:
                continue
            value, s, e, pct = parsed
            # a cell's own "%" says what it measures, whatever its column names
            unit, scale = ("%", 1.0) if pct else (units[col], scales[col])
            if unit is None:
                continue
            out.append(TableCell(s, e, value * scale, unit, row[0], header[col], caption))
    return out


def table_quantities(text: str, start: int, end: int) -> list[Mention] | None:
    """QUANTITY mentions of the table cells in ``text[start:end]``; None when no table cell
    lies there (the sentence is read as prose)."""
    found = _cached(text)  # sorted by start: the sentence's cells are one slice
    lo = bisect.bisect_left(found, start, key=lambda c: c.start)
    hi = bisect.bisect_left(found, end, lo, key=lambda c: c.start)
    if lo == hi:
        return None
    return [Mention(type="QUANTITY", start=c.start, end=c.end, text=text[c.start : c.end],
                    source="rule", norm=QuantityNorm(value=written_value(c.value), unit=c.unit))
            for c in found[lo:hi]]
