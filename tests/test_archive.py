"""A scraped archive end to end, and every CLI failure mode with its message and exit code."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_batch import article

from ekstrak.batch import plan_inputs, run_batch
from ekstrak.cli import cli

DATA = Path(__file__).parent / "data"


def _lines(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text("utf-8").splitlines()]


@pytest.fixture()
def archive(tmp_path: Path) -> tuple[Path, dict[str, str], set[str]]:
    """arsip/<month>/artikel.txt in four months (UTF-8, UTF-8 with BOM, UTF-16, cp1252), a
    saved HTML page, and refused files: binary, empty, NUL-laden. Returns the root, the
    expected id -> first words of the title, and the refused paths."""
    root = tmp_path / "arsip"
    good = {}
    for i, (month, enc) in enumerate([("2024-01", "utf-8"), ("2024-02", "utf-8-sig"),
                                      ("2024-03", "utf-16"), ("2024-04", "cp1252")]):
        d = root / month
        d.mkdir(parents=True)
        text = article(i).replace("Turun", "Turun – “laporan”")  # non-ASCII in every encoding
        (d / "artikel.txt").write_bytes(text.encode(enc))
        good[f"{month}/artikel.txt"] = text.splitlines()[0].lstrip("\ufeff")
    (root / "2024-04" / "halaman.txt").write_bytes((DATA / "berita-lang-son.html").read_bytes())
    good["halaman"] = "Kemiskinan di Lang Son Turun menjadi 3,36 Persen"
    (root / "2024-04" / "foto.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" * 20)
    (root / "2024-04" / "kosong.txt").write_bytes(b"")
    (root / "2024-03" / "rusak.txt").write_bytes(b"abc\x00\x00def" * 50)
    refused = {"2024-04/foto.txt", "2024-04/kosong.txt", "2024-03/rusak.txt"}
    return root, good, refused


@pytest.mark.parametrize("jobs", [1, 2])
def test_scraped_archive(archive: tuple[Path, dict[str, str], set[str]], tmp_path: Path,
                         jobs: int) -> None:
    pytest.importorskip("trafilatura", reason="the archive holds an HTML page (ekstrak[html])")
    root, good, refused = archive
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["batch", str(root), "-o", str(out), "--jobs", str(jobs)])
    assert res.exit_code == 1, res.output  # some files refused
    arts = {a["id"]: a for a in _lines(out / "articles.jsonl")}
    assert set(arts) == set(good)  # every good file under its own id, nothing mixed
    for aid, title in good.items():
        a = arts[aid]
        assert a["title"] == title, aid
        assert a["path"] == (aid if aid != "halaman" else "2024-04/halaman.txt")
        assert a["records"], aid
    assert [arts[f"2024-0{i}/artikel.txt"]["encoding"] for i in (1, 2, 3, 4)] == [
        "utf-8", "utf-8-sig", "utf-16", "cp1252"]
    # The four same-named articles state different figures: records kept apart by id.
    rates = {aid: a["records"][0]["value"] for aid, a in arts.items() if aid != "halaman"}
    assert len(set(rates.values())) == 4
    with (out / "records.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == sum(len(a["records"]) for a in arts.values())
    assert {(r["article"], r["path"]) for r in rows} == {(a["id"], a["path"]) for a in arts.values()}
    errors = _lines(out / "errors.jsonl")
    assert sorted(Path(e["file"]).relative_to(root).as_posix() for e in errors) == sorted(refused)
    for e in errors:
        assert e["message"].startswith(e["file"] + ": ") and e["error"] == "InputError"
    # --resume keys on the same ids: nothing is parsed twice, nothing is lost.
    res = CliRunner().invoke(cli, ["batch", str(root), "-o", str(out), "--resume"])
    assert f"0 parsed, {len(good)} skipped" in res.output
    assert {a["id"] for a in _lines(out / "articles.jsonl")} == set(good)


def test_ids_stem_when_unique_else_path(tmp_path: Path) -> None:
    for rel in ("a/x.txt", "b/x.txt", "b/y.txt", "c/d/x.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("isi", "utf-8")
    got = {i.path: i.id for i in plan_inputs([tmp_path])}
    assert got == {"a/x.txt": "a/x.txt", "b/x.txt": "b/x.txt", "b/y.txt": "y",
                   "c/d/x.txt": "c/d/x.txt"}
    # The same relative path under two input roots: the root's name tells them apart.
    got = sorted(i.id for i in plan_inputs([tmp_path / "a", tmp_path / "c/d"]))
    assert got == ["a/x.txt", "d/x.txt"]


def test_interrupted_run_keeps_valid_outputs_and_resume_finishes(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(40):
        (src / f"a{i:02d}.txt").write_text(article(i), "utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "ekstrak.cli", "batch", str(src), "-o", str(out)],
                            stderr=subprocess.PIPE, text=True)
    partial = out / "articles.jsonl.partial"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (
            not partial.exists() or partial.read_text("utf-8").count("\n") < 3):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("the run finished before it could be interrupted")
    assert proc.returncode == 130, err
    assert "--resume" in err
    assert not (out / "articles.jsonl").exists()
    done = [json.loads(ln) for ln in partial.read_text("utf-8").splitlines()]  # whole lines
    assert 3 <= len(done) < 40
    res = run_batch([src], out, resume=True)
    assert (res.processed + res.skipped, res.skipped) == (40, len(done))
    ids = [a["id"] for a in _lines(out / "articles.jsonl")]
    assert sorted(ids) == [f"a{i:02d}" for i in range(40)]
    fresh = tmp_path / "fresh"
    run_batch([src], fresh)
    key = lambda p: sorted(_lines(p / "articles.jsonl"), key=lambda a: a["id"])  # noqa: E731
    assert key(out) == key(fresh)
    assert not list(out.glob("*.partial"))


# ---- failure modes: message names the file and the reason, documented exit code ----------

def test_batch_missing_input(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["batch", str(tmp_path / "tidak-ada"), "-o", str(tmp_path / "o")])
    assert res.exit_code == 2 and "tidak-ada: no such file or folder" in res.output


def test_batch_output_not_writable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article(0), "utf-8")
    blocker = tmp_path / "berkas"
    blocker.write_text("a file where the output folder should be", "utf-8")
    res = CliRunner().invoke(cli, ["batch", str(tmp_path / "a.txt"), "-o", str(blocker / "out")])
    assert res.exit_code == 3, res.output
    assert "berkas/out: output folder cannot be written" in res.output


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root writes into read-only folders; the not-a-folder case runs above")
def test_batch_output_read_only(tmp_path: Path) -> None:  # pragma: no cover - not as root
    (tmp_path / "a.txt").write_text(article(0), "utf-8")
    ro = tmp_path / "ro"
    ro.mkdir(mode=0o500)
    res = CliRunner().invoke(cli, ["batch", str(tmp_path / "a.txt"), "-o", str(ro)])
    assert res.exit_code == 3 and "cannot be written" in res.output


def test_batch_unknown_encoding(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article(0), "utf-8")
    res = CliRunner().invoke(cli, ["batch", str(tmp_path), "-o", str(tmp_path / "o"),
                                   "--encoding", "klingon"])
    assert res.exit_code == 2 and "unknown encoding 'klingon'" in res.output


def test_batch_forced_encoding(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(article(0).encode("cp1252"))
    res = CliRunner().invoke(cli, ["batch", str(tmp_path), "-o", str(tmp_path / "o"),
                                   "--encoding", "cp1252"])
    assert res.exit_code == 0, res.output
    assert _lines(tmp_path / "o" / "articles.jsonl")[0]["encoding"] == "cp1252"


def _pred(tmp_path: Path, aid: str) -> Path:
    from ekstrak import parse_article

    f = tmp_path / "pred.jsonl"
    f.write_text(parse_article(article(1), id=aid).model_dump_json() + "\n", "utf-8")
    return f


def test_evaluate_folder_without_gold_files(tmp_path: Path) -> None:
    empty = tmp_path / "bukan-gold"
    empty.mkdir()
    (empty / "catatan.txt").write_text("x", "utf-8")
    res = CliRunner().invoke(cli, ["evaluate", str(empty), str(_pred(tmp_path, "a"))])
    assert res.exit_code == 2, res.output
    assert "bukan-gold: no gold files" in res.output and "Traceback" not in res.output


def test_evaluate_folder_with_a_non_gold_json(tmp_path: Path) -> None:
    g = tmp_path / "gold"
    g.mkdir()
    (g / "x.json").write_text('{"id": "x", "mentions": []}', "utf-8")
    res = CliRunner().invoke(cli, ["evaluate", str(g), str(_pred(tmp_path, "x"))])
    assert res.exit_code == 2 and "x.json: not a gold file (field required at records)" in res.output


def _gold(tmp_path: Path) -> Path:
    g = tmp_path / "gold"
    g.mkdir()
    rec = {"indicator": "poverty_rate", "value": 4.11, "unit": "%",
           "evidence": {"start": 0, "end": 1, "text": "4,11 persen"}}
    (g / "berita-1.json").write_text(json.dumps({"id": "berita-1", "records": [rec]}), "utf-8")
    return g


def test_evaluate_predictions_matching_no_gold_id(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["evaluate", str(_gold(tmp_path)), str(_pred(tmp_path, "lain"))])
    assert res.exit_code == 1, res.output
    assert "no prediction in" in res.output and "pred.jsonl" in res.output and "lain" in res.output


def test_evaluate_unreadable_predictions(tmp_path: Path) -> None:
    bad = tmp_path / "pred.jsonl"
    bad.write_text('{"id": "berita-1", "records": [{"value": "banyak"}]}\n', "utf-8")
    res = CliRunner().invoke(cli, ["evaluate", str(_gold(tmp_path)), str(bad)])
    assert res.exit_code == 2 and "pred.jsonl, line 1: not a predicted Article" in res.output


def test_evaluate_errors_print_spurious_text(tmp_path: Path) -> None:
    # Without --corpus the evidence text of a spurious record comes from its own mention.
    res = CliRunner().invoke(cli, ["evaluate", str(_gold(tmp_path)), str(_pred(tmp_path, "berita-1")),
                                   "--errors"])
    assert res.exit_code == 0, res.output
    spurious = [ln for ln in res.output.splitlines() if " spurious " in ln]
    assert spurious and all("''" not in ln for ln in spurious)


def test_help_texts_match_the_code() -> None:
    from ekstrak.pipeline import NER_DEFAULT

    for cmd in ("parse", "batch", "evaluate"):
        out = CliRunner().invoke(cli, [cmd, "--help"]).output
        assert ("default: off" in out) is (not NER_DEFAULT)
        if cmd != "evaluate":
            assert "--encoding" in out
    assert "130" in CliRunner().invoke(cli, ["batch", "--help"]).output
