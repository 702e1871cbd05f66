"""``ekstrak.dask`` on a small ``LocalCluster``: same articles, records and errors as batch."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_batch import article  # the genre articles of the batch tests

from ekstrak import parse_file
from ekstrak.batch import RECORD_COLUMNS, record_rows, run_batch

HAVE_DASK = all(importlib.util.find_spec(m) is not None for m in ("dask", "distributed", "pandas"))
needs_dask = pytest.mark.skipif(
    not HAVE_DASK, reason="dask/distributed not installed: pip install 'ekstrak[dask]'"
)


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    if not HAVE_DASK:
        pytest.skip("dask/distributed not installed: pip install 'ekstrak[dask]'")
    from dask.distributed import Client, LocalCluster

    # Two single-threaded worker processes: the code is shipped and pickled as on a real cluster.
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None, memory_limit="1GiB") as cluster, \
            Client(cluster) as c:
        yield c


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    for i in range(4):
        (src / f"a{i}.txt").write_text(article(i), "utf-8")
    (src / "sub" / "a9.txt").write_text(article(9), "utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "bin.txt").write_bytes(b"\x00\x01\x02 data")
    return src


@needs_dask
def test_extract_matches_parse_file(client: object, folder: Path) -> None:
    from ekstrak.dask import articles, errors, extract

    out = extract(folder, npartitions=3)
    outcomes = out.compute()
    assert len(outcomes) == 7
    got = {a["id"]: a for a in articles(out).compute()}
    assert sorted(got) == ["a0", "a1", "a2", "a3", "a9"]
    for aid, a in got.items():
        path = folder / ("sub" if aid == "a9" else "") / f"{aid}.txt"
        rel = path.relative_to(folder).as_posix()  # batch and dask record it under the root
        assert a == parse_file(path, rel_path=rel).model_dump(mode="json")
    errs = sorted(errors(out).compute(), key=lambda e: e["file"])
    assert [Path(e["file"]).name for e in errs] == ["bin.txt", "empty.txt"]
    assert all(e["error"] == "InputError" and e["message"] for e in errs)


@needs_dask
def test_records_frame_matches_batch(client: object, folder: Path, tmp_path: Path) -> None:
    from ekstrak.dask import extract, records_frame

    df = records_frame(extract([folder], npartitions=2)).compute()
    assert list(df.columns) == RECORD_COLUMNS
    assert len(df) > 0

    # The same rows as the records table of ``ekstrak batch``.
    out = tmp_path / "out"
    run_batch([folder], out, fmt="jsonl")
    want = [json.loads(ln) for ln in (out / "records.jsonl").read_text().splitlines()]
    assert len(df) == len(want)

    def key(r: dict) -> tuple:
        return (r["article"], r["index"])

    got = sorted(df.astype(object).where(df.notna(), None).to_dict("records"), key=key)
    for g, w in zip(got, sorted(want, key=key), strict=True):
        # Frames hold empty text as missing (<NA>), as records.csv does (ekstrak.frames).
        assert {k: g[k] for k in RECORD_COLUMNS} == {k: (None if v == "" else v) for k, v in w.items()}


@needs_dask
def test_bag_of_id_text_pairs_and_captured_errors(client: object) -> None:
    import dask.bag as db

    from ekstrak.dask import articles, errors, extract, records_frame

    pairs = [("p1", article(1)), ("p2", article(2)), ("bad", None)]
    out = extract(db.from_sequence(pairs, npartitions=2))
    arts = articles(out).compute()
    assert sorted(a["id"] for a in arts) == ["p1", "p2"]
    errs = errors(out).compute()
    assert len(errs) == 1 and errs[0]["file"] == "bad" and errs[0]["error"] == "TypeError"
    # records_frame also takes a Bag of plain Article dicts.
    from ekstrak.models import Article

    df = records_frame(articles(out)).compute()
    want = [r for a in arts for r in record_rows(Article.model_validate(a))]
    assert len(df) == len(want) > 0
    assert sorted(df["article"]) == sorted(r["article"] for r in want)


@needs_dask
def test_extract_nonexistent_path_raises(client: object, tmp_path: Path) -> None:
    from ekstrak.dask import extract

    with pytest.raises(FileNotFoundError):
        extract([tmp_path / "nope"])


def test_clear_error_without_dask(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the extra, the first call says which extra to install."""
    import ekstrak.dask as ed

    for name in [m for m in sys.modules if m == "dask" or m.startswith("dask.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(ImportError, match=r"ekstrak\[dask\]"):
        ed.extract(["x"])
