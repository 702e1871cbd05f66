"""pandas frames: ``records_frame`` and ``read_batch`` (the columns of records.csv, typed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas", reason="the DataFrame helpers need pandas (ekstrak[pandas])")

import ekstrak  # noqa: E402
from ekstrak import parse_article  # noqa: E402
from ekstrak.batch import run_batch  # noqa: E402
from ekstrak.columns import COLUMNS, DTYPES, RECORD_COLUMNS  # noqa: E402
from ekstrak.models import Article, Evidence, Record  # noqa: E402

# (text, first record's slots as they appear in the frame)
CASES = [
    ("Pada tahun 2024, tingkat kemiskinan multidimensi Provinsi Lang Son adalah 3,36%.",
     {"indicator": "poverty_rate", "value": 3.36, "unit": "%", "kind": "level",
      "place_name": "Lang Son", "place_level": "province", "place_country": "VN",
      "time_start": "2024", "time_end": "2024", "evidence_text": "3,36%"}),
    ("Jumlah penduduk miskin di Kabupaten Rembang pada Maret 2024 tercatat 88.500 orang.",
     {"indicator": "poor_people", "value": 88500.0, "unit": "person", "place_name": "Rembang",
      "place_country": "ID", "time_start": "2024-03", "evidence_text": "88.500 orang"}),
    ("Anggaran bantuan sebesar Rp1,5 miliar dialokasikan untuk Desa Sukamaju pada 2025.",
     {"indicator": "budget_allocated", "value": 1.5e9, "unit": "IDR", "time_start": "2025",
      "evidence_text": "Rp1,5 miliar"}),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_records_frame_rows(text: str, want: dict[str, object]) -> None:
    df = ekstrak.records_frame([parse_article(text, id="x")])
    row = df.iloc[0]
    for col, value in want.items():
        assert row[col] == value, col
    assert row["article"] == "x" and row["index"] == 0


def test_columns_and_dtypes_are_fixed() -> None:
    art = parse_article(CASES[0][0])
    for df in (art.records_frame(), ekstrak.records_frame([]), ekstrak.records_frame(art)):
        assert list(df.columns) == RECORD_COLUMNS
        assert {c: str(t) for c, t in df.dtypes.items()} == DTYPES
    assert RECORD_COLUMNS[-3:] == ["confidence", "why", "path"]
    assert len({c.name for c in COLUMNS}) == len(COLUMNS)


def test_missing_values_are_na_and_provenance_is_json() -> None:
    rec = Record(indicator="other", concept="", value=7.0, unit="times",
                 evidence=Evidence(start=0, end=5), confidence=0.8,
                 why={"time": "rule:sentence-date", "place": "default:article"})
    df = ekstrak.records_frame([Article(id="p", records=[rec])])
    row = df.iloc[0]
    assert row["confidence"] == 0.8
    assert json.loads(row["why"]) == {"time": "rule:sentence-date", "place": "default:article"}
    for col in ("concept", "place_name", "time_start", "qualifier", "evidence_text"):
        assert row[col] is pd.NA, col
    assert pd.isna(row["value_max"])


def _folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for i, (text, _) in enumerate(CASES):
        (src / f"a{i}.txt").write_text(text, encoding="utf-8")
    # A place literally named "NA" and a bad file: neither may be lost or guessed at.
    (src / "a9.txt").write_text("Sebanyak 12 rumah dibangun di Desa NA pada 2024.", encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    return src


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_read_batch_gives_back_the_same_frame(tmp_path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow", reason="--format parquet needs pyarrow (ekstrak[parquet])")
    src = _folder(tmp_path)
    run_batch([src], tmp_path / "out", fmt=fmt)
    batch = ekstrak.read_batch(tmp_path / "out")
    want = ekstrak.records_frame(batch.articles)
    assert len(want) >= 4
    pd.testing.assert_frame_equal(batch.records, want)
    assert sorted(a.id for a in batch.articles) == ["a0", "a1", "a2", "a9"]
    assert list(batch.errors.columns) == ["file", "error", "message"]
    assert batch.errors["error"].tolist() == ["InputError"]
    assert batch.errors["file"].iloc[0].endswith("empty.txt")
    arts = batch.articles_frame()
    assert arts.set_index("article").loc["a0", "records"] == 1


def test_read_batch_without_articles_and_bad_folder(tmp_path: Path) -> None:
    run_batch([_folder(tmp_path)], tmp_path / "out")
    batch = ekstrak.read_batch(tmp_path / "out", articles=False)
    assert batch.articles == [] and len(batch.records) >= 4
    with pytest.raises(FileNotFoundError, match="articles.jsonl"):
        ekstrak.read_batch(tmp_path / "in")
