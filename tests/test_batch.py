"""``ekstrak batch``: bad inputs captured per file, resume, parallel workers, table formats, exit codes."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from ekstrak.batch import RECORD_COLUMNS, run_batch
from ekstrak.cli import cli

# Small articles of the genre, varied so that each yields different records.
_TEMPLATE = """{title}
Senin, {day} Juli {year} | 10:00 WIB
HANOI – Tingkat kemiskinan multidimensi di provinsi {place} turun menjadi {pct} persen pada akhir tahun {year}, menurut laporan Komite Rakyat Provinsi.
Sebanyak {hh} rumah tangga miskin di provinsi {place} menerima bantuan perumahan sebesar {aid} juta VND per rumah tangga.
"""
_PLACES = ["Lang Son", "Thai Nguyen", "Ha Giang", "Nghe An", "Son La", "Lao Cai"]


def article(i: int) -> str:
    place = _PLACES[i % len(_PLACES)]
    return _TEMPLATE.format(
        title=f"Kemiskinan di {place} Turun pada {2020 + i % 5}", day=1 + i % 28,
        year=2020 + i % 5, place=place, pct=f"{3 + i % 7},{10 + i:02d}",
        hh=f"{1 + i % 9}.{100 + 37 * i % 900:03d}", aid=30 + 5 * (i % 6),
    )


def lines(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text("utf-8").splitlines()]


def ids(out: Path) -> list[str]:
    return sorted(a["id"] for a in lines(out / "articles.jsonl"))


BAD = {
    "empty.txt": b"",
    "blank.txt": b"  \n\n \t\n",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
}
# Not UTF-8, but text: decoded (ekstrak.inputs), not refused.
LATIN1 = "Kemiskinan turun 3,5 persen di Hà Giang, kata pejabat.\n".encode("latin-1")


@pytest.fixture()
def mixed(tmp_path: Path) -> Path:
    """good-1, good-2, sub/good-3 and a Latin-1 file, three unusable files, and a non-.txt
    file to ignore."""
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "good-1.txt").write_text(article(1), "utf-8")
    (src / "good-2.txt").write_text(article(2), "utf-8")
    (src / "sub" / "good-3.txt").write_text(article(3), "utf-8")
    for name, data in BAD.items():
        (src / name).write_bytes(data)
    (src / "latin1.txt").write_bytes(LATIN1)
    (src / "notes.md").write_text("not an article", "utf-8")
    return src


def _check_mixed_outputs(out: Path) -> None:
    assert ids(out) == ["good-1", "good-2", "good-3", "latin1"]
    latin1 = next(a for a in lines(out / "articles.jsonl") if a["id"] == "latin1")
    assert latin1["encoding"] == "cp1252" and latin1["path"] == "latin1.txt"
    errors = lines(out / "errors.jsonl")
    assert sorted(Path(e["file"]).name for e in errors) == sorted(BAD)
    for e in errors:
        assert set(e) == {"file", "error", "message"}
        assert e["error"] == "InputError"
        assert e["message"]
    by_name = {Path(e["file"]).name: e["message"] for e in errors}
    assert "empty" in by_name["empty.txt"] and "empty" in by_name["blank.txt"]
    assert "binary" in by_name["binary.txt"]
    with (out / "records.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == RECORD_COLUMNS
        rows = list(reader)
    assert {r["article"] for r in rows} <= {"good-1", "good-2", "good-3", "latin1"}
    assert not list(out.glob("*.partial")) and not list(out.glob("*.tmp"))



def _folder(tmp_path: Path, n: int) -> Path:
    """An input folder with good articles a0.txt ... a{n-1}.txt."""
    src = tmp_path / "in"
    src.mkdir()
    for i in range(n):
        (src / f"a{i}.txt").write_text(article(i), "utf-8")
    return src

def test_mixed_folder_cli(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["batch", str(mixed), "-o", str(out)])
    assert res.exit_code == 1, res.output
    assert "4 parsed" in res.output and "3 failed" in res.output
    _check_mixed_outputs(out)


def test_mixed_folder_subprocess(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "ekstrak.cli", "batch", str(mixed), "-o", str(out)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 1, proc.stderr
    assert "errors.jsonl" in proc.stderr
    _check_mixed_outputs(out)


def test_all_good_exits_zero_and_writes_records(tmp_path: Path) -> None:
    src = _folder(tmp_path, 3)
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert ids(out) == ["a0", "a1", "a2"]
    assert (out / "errors.jsonl").read_text() == ""
    n_records = sum(len(a["records"]) for a in lines(out / "articles.jsonl"))
    assert n_records > 0, "the articles state poverty rates; expected records"
    with (out / "records.csv").open(encoding="utf-8", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == n_records


def test_resume_skips_done_and_processes_new(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(article(1), "utf-8")
    (src / "b.txt").write_text(article(2), "utf-8")
    out = tmp_path / "out"
    first = run_batch([src], out)
    assert (first.processed, first.skipped, first.failed) == (2, 0, 0)
    title_a = next(a["title"] for a in lines(out / "articles.jsonl") if a["id"] == "a")

    # A changed done file is not re-read (its id is done); a new file is parsed.
    (src / "a.txt").write_text(article(4), "utf-8")
    (src / "c.txt").write_text(article(3), "utf-8")
    res = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), "--resume"])
    assert res.exit_code == 0, res.output
    assert "1 parsed, 2 skipped" in res.output
    arts = lines(out / "articles.jsonl")
    assert sorted(a["id"] for a in arts) == ["a", "b", "c"]
    assert next(a["title"] for a in arts if a["id"] == "a") == title_a

    # Without --resume everything is parsed again.
    again = run_batch([src], out)
    assert (again.processed, again.skipped) == (3, 0)
    assert next(a["title"] for a in lines(out / "articles.jsonl") if a["id"] == "a") != title_a


def _csv_rows(out: Path) -> list[dict[str, str]]:
    with (out / "records.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_records_after_resume_match_articles(tmp_path: Path) -> None:
    # Rows of carried-over articles are rebuilt from their JSON, new ones come from the
    # workers: together, one row per record in articles.jsonl order, as a fresh run writes.
    src = _folder(tmp_path, 4)
    out = tmp_path / "out"
    run_batch([src / "a0.txt", src / "a1.txt"], out)
    run_batch([src], out, resume=True, jobs=2)
    arts = lines(out / "articles.jsonl")
    got = [(r["article"], r["index"], r["value"], r["indicator"]) for r in _csv_rows(out)]
    want = [(a["id"], str(i), repr(float(r["value"])), r["indicator"])
            for a in arts for i, r in enumerate(a["records"])]
    assert [a["id"] for a in arts][:2] == ["a0", "a1"] and len(arts) == 4
    assert got == want and len(got) > 4
    assert not (out / "records.rows.partial").exists()
    fresh = tmp_path / "fresh"
    run_batch([src], fresh)
    assert sorted(map(tuple, (r.values() for r in _csv_rows(fresh)))) == sorted(
        map(tuple, (r.values() for r in _csv_rows(out))))


def test_jsonl_records_after_interrupted_run(tmp_path: Path) -> None:
    # A run killed mid-way leaves .partial files; the resumed run rewrites the records file
    # from scratch (carried rows first) and leaves no partial file behind.
    src = _folder(tmp_path, 3)
    out = tmp_path / "out"
    run_batch([src / "a0.txt"], out, fmt="jsonl")
    (out / "articles.jsonl").rename(out / "articles.jsonl.partial")
    (out / "records.jsonl").unlink()
    (out / "records.jsonl.partial").write_text('{"article": "a0", "ind', "utf-8")  # torn
    res = run_batch([src], out, fmt="jsonl", resume=True)
    assert (res.processed, res.skipped) == (2, 1)
    arts = lines(out / "articles.jsonl")
    rows = lines(out / "records.jsonl")
    assert [(r["article"], r["index"]) for r in rows] == [
        (a["id"], i) for a in arts for i in range(len(a["records"]))]
    assert not list(out.glob("*.partial"))


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown records format"):
        run_batch([tmp_path], tmp_path / "out", fmt="xml")
    assert not (tmp_path / "out").exists()


def test_resume_recovers_torn_partial(tmp_path: Path) -> None:
    """An interrupted run left a partial file whose last line was cut mid-write."""
    src = tmp_path / "in"
    src.mkdir()
    for name, i in (("a", 1), ("b", 2), ("c", 3)):
        (src / f"{name}.txt").write_text(article(i), "utf-8")
    ref = tmp_path / "ref"
    run_batch([src], ref)
    full = {a["id"]: json.dumps(a) for a in lines(ref / "articles.jsonl")}

    out = tmp_path / "out"
    out.mkdir()
    torn = full["b"][: len(full["b"]) // 2]
    (out / "articles.jsonl.partial").write_text(full["a"] + "\n" + torn, "utf-8")
    res = run_batch([src], out, resume=True)
    assert (res.processed, res.skipped, res.failed) == (2, 1, 0)
    raw = (out / "articles.jsonl").read_text("utf-8")
    assert raw.endswith("\n")
    arts = lines(out / "articles.jsonl")  # every line is whole JSON
    assert sorted(a["id"] for a in arts) == ["a", "b", "c"]
    assert {a["id"]: a for a in arts} == {k: json.loads(v) for k, v in full.items()}
    assert not (out / "articles.jsonl.partial").exists()


def test_resume_reparses_complete_json_without_newline(tmp_path: Path) -> None:
    """A last line with all its JSON but no newline is dropped on merge, so it must not count as done."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(article(1), "utf-8")
    (src / "b.txt").write_text(article(2), "utf-8")
    ref = tmp_path / "ref"
    run_batch([src], ref)
    full = {a["id"]: json.dumps(a) for a in lines(ref / "articles.jsonl")}
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.jsonl.partial").write_text(full["a"] + "\n" + full["b"], "utf-8")
    run_batch([src], out, resume=True)
    assert ids(out) == ["a", "b"]


def test_jobs_2_same_articles_as_jobs_1(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(12):
        (src / f"n{i:02d}.txt").write_text(article(i), "utf-8")
    (src / "zz-empty.txt").write_bytes(b"")
    results = {}
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        res = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), "--jobs", str(jobs)])
        assert res.exit_code == 1, res.output  # the empty file
        results[jobs] = {a["id"]: a for a in lines(out / "articles.jsonl")}
        assert len(lines(out / "errors.jsonl")) == 1
    assert len(results[1]) == 12
    assert results[1] == results[2]


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_record_table_formats(tmp_path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow", reason="--format parquet needs pyarrow (ekstrak[parquet])")
    src = _folder(tmp_path, 3)
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["batch", str(src), "-o", str(out), "--format", fmt])
    assert res.exit_code == 0, res.output
    arts = lines(out / "articles.jsonl")
    n_records = sum(len(a["records"]) for a in arts)
    assert n_records > 0
    if fmt == "jsonl":
        rows = lines(out / "records.jsonl")
        assert all(list(r) == RECORD_COLUMNS for r in rows)
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(out / "records.parquet")
        assert table.column_names == RECORD_COLUMNS
        rows = table.to_pylist()
    assert len(rows) == n_records
    first = arts[0]["records"][0] if arts[0]["records"] else None
    if first is not None:
        row = next(r for r in rows if r["article"] == arts[0]["id"] and r["index"] == 0)
        assert row["value"] == first["value"] and row["unit"] == first["unit"]
    assert not (out / "records.csv").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["batch", "IN"],                               # missing -o
        ["batch", "IN/nope", "-o", "OUT"],             # nonexistent input
        ["batch", "-o", "OUT"],                        # no input at all
        ["batch", "IN", "-o", "OUT", "--jobs", "0"],
        ["batch", "IN", "-o", "OUT", "--format", "xlsx"],
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(article(0), "utf-8")
    argv = [a.replace("IN", str(src)).replace("OUT", str(tmp_path / "out")) for a in args]
    res = CliRunner().invoke(cli, argv)
    assert res.exit_code == 2, res.output
    assert not (tmp_path / "out" / "articles.jsonl").exists()
