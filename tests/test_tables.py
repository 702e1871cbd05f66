"""Tables in scraped pages (ekstrak.tables, records/table.py): invented tables in the shapes
extractors give real pages ("|" between cells, a header line, rows labelled by a year or a
place, a caption line above)."""

from __future__ import annotations

import pytest

from ekstrak import parse_article
from ekstrak.tables import column_unit, table_cells, table_quantities

BY_YEAR = (
    "Indeks Kemiskinan Daerah\n"
    "Angka Kemiskinan Kabupaten Blitar 2019 -2021\n"
    "Tahun | Garis Kemiskinan (Rupiah/ Kapita/ Bulan) | Persentase Penduduk Miskin (P0) | P1 | "
    "Jumlah Penduduk Miskin (Jiwa) |\n"
    "2019 | 351.200 | 9,12 | 1,31 | 104.300 |\n"
    "2020 | 366.850 | 9,33 | 1,45 | 107.020 |\n"
    "2021 | 381.406 | 9,65 | 1,52 | 110.710 |\n"
    "Sumber Data : BPS, Susenas 2019 -2021\n"
)

BY_PLACE = (
    "Kemiskinan di Jawa Timur\n"
    "Persentase Penduduk Miskin (persen) menurut Kabupaten\n"
    "Kabupaten | 2022 | 2023\n"
    "Kabupaten Sampang | 21,61 | 21,76\n"
    "Kabupaten Bangkalan | 19,35 | 19,44\n"
    "Data diolah dari publikasi BPS.\n"
)

THOUSANDS = (
    "Kemiskinan di kota\n"
    "Jumlah Penduduk Miskin Kota Kediri\n"
    "Tahun | Jumlah Penduduk Miskin (Ribu Jiwa)\n"
    "2022 | 23,81\n"
    "2023 | 22,40\n"
    "Sumber: BPS.\n"
)


MARKDOWN = (
    "Kemiskinan per provinsi\n"
    "Persentase penduduk miskin menurut provinsi, Maret 2024\n\n"
    "| Provinsi | Persentase (%) | Jumlah (ribu jiwa) |\n"
    "|---|---:|---:|\n"
    "| Aceh | 14,23 | 804,53 |\n"
    "| Sumatera Utara | 7,99 | 1.228,79 |\n\n"
    "Sumber: BPS.\n"
)


TABS = (
    "Jumlah desa menurut status\n"
    "Status Desa Mandiri di Kabupaten Sleman\n"
    "Tahun\tJumlah Desa Mandiri\n"
    "2022\t31\n"
    "2023\t38\n"
    "Sumber: Kemendes.\n"
)


def _rec(text: str, span: str):  # type: ignore[no-untyped-def]
    art = parse_article(text)
    start = text.index(span)
    return next(r for r in art.records if r.evidence.start == start)


@pytest.mark.parametrize(("header", "unit"), [
    ("Garis Kemiskinan (Rupiah/ Kapita/ Bulan)", "IDR/person/month"),
    ("Persentase Penduduk Miskin (P0)", "%"),
    ("P1", "point"),
    ("Indeks Gini", "point"),
    ("Jumlah Penduduk Miskin (Jiwa)", "person"),
    ("Jumlah Rumah Tangga Penerima", "household"),
    ("Anggaran (Rp)", "IDR"),
    ("Jumlah Desa Mandiri", "village"),
    ("Kabupaten", None),
    ("Tahun", None),
])
def test_column_unit(header: str, unit: str | None) -> None:
    assert column_unit(header) == unit


@pytest.mark.parametrize(("span", "value", "unit", "indicator", "time", "place"), [
    ("351.200", 351200.0, "IDR/person/month", "poverty_line", "2019", "Blitar"),
    ("9,33", 9.33, "%", "poverty_rate", "2020", "Blitar"),
    ("1,52", 1.52, "point", "poverty_gap_index", "2021", "Blitar"),
    ("110.710", 110710.0, "person", "poor_people", "2021", "Blitar"),
])
def test_a_table_by_year(span: str, value: float, unit: str, indicator: str, time: str,
                         place: str) -> None:
    rec = _rec(BY_YEAR, span)
    assert (rec.value, rec.unit, rec.indicator, rec.kind, rec.status) == (
        value, unit, indicator, "level", "actual")
    assert rec.time is not None and (rec.time.start, rec.time.end) == (time, time)
    assert rec.place is not None and rec.place.name == place


def test_every_cell_is_a_figure_and_no_year_is() -> None:
    art = parse_article(BY_YEAR)
    quantities = [m.text for m in art.mentions if m.type == "QUANTITY"]
    assert len(quantities) == 12
    assert not {"2019", "2020", "2021"} & set(quantities)
    assert len(art.records) == 12


@pytest.mark.parametrize(("span", "time", "place"), [
    ("21,61", "2022", "Sampang"),
    ("19,44", "2023", "Bangkalan"),
])
def test_a_table_by_place_takes_its_unit_from_the_caption(span: str, time: str, place: str) -> None:
    rec = _rec(BY_PLACE, span)
    assert (rec.unit, rec.indicator) == ("%", "poverty_rate")
    assert rec.time is not None and rec.time.start == time
    assert rec.place is not None and rec.place.name == place


def test_a_scale_word_in_the_header_scales_the_column() -> None:
    rec = _rec(THOUSANDS, "23,81")
    assert (rec.value, rec.unit, rec.indicator) == (23810.0, "person", "poor_people")


@pytest.mark.parametrize("text", [
    # a date, a time and a byline split by "|": one line, no table
    "Judul berita\nJUMAT, 06 OKTOBER 2023 | 14:03 WIB | LAPORAN: ANI\nIsi berita 12 rumah.",
    # photo credits
    "Judul\n![]() |\n| Ibu Ani merawat sapi milik keluarganya. |\n",
    # a header line of numbers says nothing of the columns
    "Judul\n12 | 13 | 14\n15 | 16 | 17\n",
    # hostile: pipes alone
    "Judul\n" + "|||||||\n" * 50,
    "|" * 5000,
])
def test_no_table_cells_where_there_is_no_table(text: str) -> None:
    assert table_cells(text) == {}
    parse_article(text)  # and the article still parses


def test_a_broken_row_is_left_out() -> None:
    text = BY_YEAR.replace("2020 | 366.850 | 9,33 | 1,45 | 107.020 |", "2020 | 366.850 | 9,33 |")
    starts = {text[c.start : c.end] for c in table_cells(text).values()}
    assert "366.850" not in starts and "351.200" in starts


def test_the_caption_of_a_table_is_body() -> None:
    art = parse_article(BY_YEAR)
    caption = next(p for p in art.paragraphs if BY_YEAR[p.start : p.end].startswith("Angka"))
    assert caption.kind == "body"


@pytest.mark.parametrize(("span", "value", "unit", "indicator", "place"), [
    ("14,23", 14.23, "%", "poverty_rate", "Aceh"),
    ("1.228,79", 1228790.0, "person", "poor_people", "Sumatera Utara"),
])
def test_a_markdown_table_with_its_period_in_the_caption(span: str, value: float, unit: str,
                                                         indicator: str, place: str) -> None:
    rec = _rec(MARKDOWN, span)
    assert (rec.value, rec.unit, rec.indicator) == (value, unit, indicator)
    assert rec.place is not None and rec.place.name == place
    assert rec.time is not None and (rec.time.start, rec.time.end) == ("2024-03", "2024-03")


def test_a_table_copied_with_tabs() -> None:
    rec = _rec(TABS, "38")
    assert (rec.value, rec.unit, rec.indicator) == (38.0, "village", "villages_by_status")
    assert rec.time is not None and rec.time.start == "2023"
    assert rec.place is not None and rec.place.name == "Sleman"


def test_a_cell_with_its_own_percent_sign_is_a_percentage() -> None:
    """real-extra80 i742: a column headed by what it is about ("... DI ANTARA PENDUDUK")
    whose cells write "28,8%" gave 28.8 people; the cell's own "%" is inside the span and is
    its unit, whatever the header names, and a header that names no unit still gives it."""
    text = ("Kemiskinan Filipina\nAngka resmi per semester.\n"
            "TAHUN | KEMISKINAN DI ANTARA PENDUDUK | CATATAN |\n"
            "2006 (Semester pertama) | 28,8% | 21 |\n"
            "2009 (Semester pertama) | 28,6 % | 22 |\n")
    cells = {text[q.start:q.end]: q.norm.unit for q in table_quantities(text, 0, len(text)) or []}
    assert cells == {"28,8%": "%", "28,6 %": "%"}
