"""Batch processing: many article files to ``articles.jsonl``, ``records.csv`` and ``errors.jsonl``.

Results stream into ``<name>.partial`` files (one JSON line per article, flushed
as it is written), so memory stays bounded and an interrupted run loses nothing:
``--resume`` reads the ids already in the final *and* partial files and skips
them. At the end each output is moved into place with an atomic ``os.replace``.

Workers return each article's record rows with its JSON, already formatted (CSV or JSON
lines); the parent appends them to ``records.csv.partial`` (or ``.jsonl.partial``) as it
goes, so nothing is left to do serially at the end but a rename. Parquet, which needs a
columnar writer, is converted at the end from ``records.rows.partial``. Only articles
carried over by ``--resume`` have their rows rebuilt, from ``articles.jsonl``.

Ids (:func:`plan_inputs`): every input gets a unique id, its file stem where that stem is
unique in the run, else its path relative to the input root (``2024-01/artikel.txt``; the
root is the folder it was found under, or a named file's own folder), so that scraped archives with one file name per date folder keep
their articles apart. ``--resume`` keys on these ids. Each article and record row carries
the input's ``path``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from multiprocessing import get_context
from pathlib import Path

from . import InputError, parse_file
from .columns import DTYPES, RECORD_COLUMNS, record_rows
from .models import Article

__all__ = ["RECORD_COLUMNS", "BatchResult", "plan_inputs", "record_rows", "run_batch"]


@dataclass
class BatchResult:
    """What one batch run did."""

    processed: int
    skipped: int
    failed: int
    out_dir: Path


class OutputError(OSError):
    """The output folder or one of its files cannot be written."""


@dataclass(frozen=True)
class Input:
    """One input file: where it is, its id in this run, and its path for the outputs."""

    file: str  # as found (an input folder joined with the path under it)
    id: str
    path: str  # relative to the input folder it was found under (a named file: its name)


def _found(inputs: Iterable[str | Path], glob: str) -> list[tuple[Path, Path]]:
    """(file, its input root: the named folder, or a named file's own folder), each file
    once, in a stable order."""
    files: list[tuple[Path, Path]] = []
    seen: set[Path] = set()
    for item in inputs:
        p = Path(item)
        try:
            if p.is_dir():
                found = [(q, p) for q in sorted(p.rglob(glob)) if q.is_file()]
            elif p.exists():
                found = [(p, p.parent)]
            else:
                raise FileNotFoundError(f"{p}: no such file or folder")
        except PermissionError as exc:
            raise FileNotFoundError(f"{p}: cannot be listed ({exc.strerror or exc})") from exc
        for q, root in found:
            r = q.resolve()
            if r not in seen:
                seen.add(r)
                files.append((q, root))
    return files


def collect_inputs(inputs: Iterable[str | Path], glob: str = "*.txt") -> list[Path]:
    """Files named directly, plus files matching ``glob`` under named folders (recursive)."""
    return [q for q, _ in _found(inputs, glob)]


def plan_inputs(inputs: Iterable[str | Path], glob: str = "*.txt") -> list[Input]:
    """Every input file with a unique id (see the module docstring).

    Candidates, from the shortest: the stem; the path under its input folder; that path
    behind the folder's name; the path as given; the absolute path (unique: files are
    deduplicated by it). A file takes the first candidate no other file shares.
    """
    found = _found(inputs, glob)
    cands: list[list[str]] = []
    paths: list[str] = []
    for q, root in found:
        rel = q.relative_to(root).as_posix()
        paths.append(rel)
        cands.append([q.stem, rel, f"{root.resolve().name}/{rel}", q.as_posix(),
                      q.resolve().as_posix()])
    level = [0] * len(found)
    while True:
        ids = [c[lv] for c, lv in zip(cands, level, strict=True)]
        count = Counter(ids)
        clash = [i for i, x in enumerate(ids) if count[x] > 1 and level[i] < 4]
        if not clash:
            break
        for i in clash:
            level[i] += 1
    return [Input(str(q), aid, rel) for (q, _), aid, rel in zip(found, ids, paths, strict=True)]


def _parse(item: Input | str, encoding: str | None = None,
           ) -> tuple[str, str, Article | None, str | None]:
    """Parse one file: (file, id, Article or None, None or "error type\tmessage")."""
    if isinstance(item, str):
        item = Input(item, Path(item).stem, Path(item).as_posix())
    p = Path(item.file)
    try:
        return (item.file, item.id, parse_file(p, id=item.id, encoding=encoding,
                                               rel_path=item.path), None)
    except InputError as exc:
        return (item.file, item.id, None, f"InputError\t{exc}")
    except OSError as exc:
        return (item.file, item.id, None, f"{type(exc).__name__}\t{p}: {exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
        return (item.file, item.id, None, f"{type(exc).__name__}\t{p}: {exc}")


def format_rows(rows: Iterable[dict[str, object]], fmt: str) -> str:
    """Record rows as text in the output format: CSV lines (no header) for ``csv``, JSON
    lines for ``jsonl`` and for ``parquet`` (converted at the end of the run)."""
    if fmt == "csv":
        buf = io.StringIO()
        csv.DictWriter(buf, fieldnames=RECORD_COLUMNS).writerows(rows)
        return buf.getvalue()
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def _work_batch(item: Input, fmt: str = "csv", encoding: str | None = None,
                ) -> tuple[str, str, str | None, str, str | None]:
    """Parse one file in a worker: (path, id, article JSON or None, its record rows as text
    in ``fmt``, None or "error type\tmessage"). The rows are made here so that the parent
    only appends text (otherwise it would convert every record at the end, serially)."""
    path, aid, art, error = _parse(item, encoding)
    if art is None:
        return (path, aid, None, "", error)
    return (path, aid, art.model_dump_json(), format_rows(record_rows(art), fmt), None)


def _good_lines(path: Path) -> Iterator[str]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.endswith("\n"):
                continue  # torn write from an interrupted run
            try:
                json.loads(line)
            except json.JSONDecodeError:
                continue
            yield line


def _results(items: list[Input], jobs: int, fmt: str = "csv", encoding: str | None = None,
             ) -> Iterator[tuple[str, str, str | None, str, str | None]]:
    paths = items
    if jobs <= 1 or len(paths) < 2:
        for p in paths:
            yield _work_batch(p, fmt, encoding)
        return
    fork = sys.platform.startswith("linux")
    ctx = get_context("fork" if fork else "spawn")
    if fork:
        # Build the pipeline (and load the gazetteer) once here: forked workers
        # inherit it instead of each paying the start-up.
        _warm()
    with ctx.Pool(jobs, initializer=_warm) as pool:
        yield from pool.imap_unordered(partial(_work_batch, fmt=fmt, encoding=encoding), paths,
                                       chunksize=8)


def _warm() -> None:
    # Load the spaCy pipeline and the gazetteer once per process, before the first article.
    from . import parse_article

    parse_article("Warga Provinsi Lang Son menerima 10 rumah pada 2024.")


def _carried_rows(articles: Path, carried: int) -> Iterator[dict[str, object]]:
    """Record rows of the first ``carried`` articles in ``articles`` (an earlier run's)."""
    for n, line in enumerate(_good_lines(articles)):
        if n >= carried:
            break
        yield from record_rows(Article.model_validate_json(line))


def _write_parquet(rows_jsonl: Path, target: Path) -> None:
    """Convert JSON-lines record rows to Parquet, 10,000 rows at a time, atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = {"float64": pa.float64(), "Int64": pa.int64(), "string": pa.string()}
    schema = pa.schema([(c, arrow[DTYPES[c]]) for c in RECORD_COLUMNS])
    tmp = target.with_suffix(".parquet.tmp")
    writer = pq.ParquetWriter(tmp, schema)
    batch: list[dict[str, object]] = []
    with rows_jsonl.open(encoding="utf-8") as fh:
        for line in fh:
            batch.append(json.loads(line))
            if len(batch) >= 10_000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
    if batch:
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    writer.close()
    os.replace(tmp, target)


def run_batch(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    jobs: int = 1,
    fmt: str = "csv",
    resume: bool = False,
    glob: str = "*.txt",
    progress: bool | None = None,
    encoding: str | None = None,
) -> BatchResult:
    """Process every input file; see the module docstring for the output contract.

    Raises ``FileNotFoundError`` for a missing input, ``ValueError`` for a bad option and
    :class:`OutputError` when ``out_dir`` cannot be written; a ``KeyboardInterrupt`` leaves
    the ``*.partial`` files (whole lines) for ``resume=True`` to pick up.
    """
    if fmt not in ("csv", "jsonl", "parquet"):
        raise ValueError(f"unknown records format {fmt!r}: use csv, jsonl or parquet")
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise ValueError(f"unknown encoding {encoding!r}") from exc
    items = plan_inputs(inputs, glob)  # before mkdir: a usage error leaves nothing behind
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".ekstrak-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise OutputError(f"{out}: output folder cannot be written "
                          f"({exc.strerror or exc})") from exc
    try:
        return _run(items, out, jobs, fmt, resume, progress, encoding)
    except (OutputError, KeyboardInterrupt):
        raise
    except OSError as exc:
        where = exc.filename or out
        raise OutputError(f"{where}: cannot write output ({exc.strerror or exc})") from exc


def _carry_over(final: Path, partial: Path, out: Path) -> set[str]:
    """Bring earlier results into the new partial file, dropping torn lines; only the ids
    actually carried over count as done (a line without its newline is redone)."""
    done: set[str] = set()
    merged = out / "articles.jsonl.merge"
    with merged.open("w", encoding="utf-8") as fh:
        for src in (final, partial):
            for line in _good_lines(src):
                obj = json.loads(line)
                aid = obj.get("id") if isinstance(obj, dict) else None
                if isinstance(aid, str) and aid not in done:
                    done.add(aid)
                    fh.write(line)
    os.replace(merged, partial)
    return done


def _finish_records(rec_partial: Path, rec_final: Path, fmt: str) -> None:
    """The records file under its final name (Parquet: converted from the partial JSON rows)."""
    if fmt == "parquet":
        _write_parquet(rec_partial, rec_final)
        rec_partial.unlink()
    else:
        os.replace(rec_partial, rec_final)


def _run(items: list[Input], out: Path, jobs: int, fmt: str, resume: bool,
         progress: bool | None, encoding: str | None) -> BatchResult:
    final = out / "articles.jsonl"
    partial = out / "articles.jsonl.partial"
    err_final = out / "errors.jsonl"
    err_partial = out / "errors.jsonl.partial"
    # Records: CSV/JSONL are appended as articles finish and renamed at the end; Parquet
    # rows wait as JSON lines in records.rows.partial and are converted at the end.
    rec_final = out / f"records.{fmt}"
    rec_partial = out / ("records.rows.partial" if fmt == "parquet" else f"records.{fmt}.partial")

    done = _carry_over(final, partial, out) if resume else set()
    if not resume:
        partial.unlink(missing_ok=True)
    err_partial.unlink(missing_ok=True)

    todo = [f for f in items if f.id not in done]
    skipped = len(items) - len(todo)
    if progress is None:
        progress = sys.stderr.isatty()
    from tqdm import tqdm

    processed = failed = 0
    with (
        partial.open("a", encoding="utf-8") as fh,
        err_partial.open("w", encoding="utf-8") as eh,
        rec_partial.open("w", encoding="utf-8", newline="") as rh,
        tqdm(total=len(todo), unit="art", disable=not progress, dynamic_ncols=True) as bar,
    ):
        # Records follow articles.jsonl order: the carried articles' rows come first.
        if fmt == "csv":
            csv.DictWriter(rh, fieldnames=RECORD_COLUMNS).writeheader()
        if done:
            rh.write(format_rows(_carried_rows(partial, len(done)), fmt))
        for path, _aid, payload, rows, error in _results(todo, jobs, fmt, encoding):
            if payload is not None:
                fh.write(payload + "\n")
                fh.flush()
                rh.write(rows)
                processed += 1
            else:
                etype, _, msg = (error or "Error\t").partition("\t")
                eh.write(json.dumps({"file": path, "error": etype, "message": msg}) + "\n")
                eh.flush()
                failed += 1
            bar.update(1)
    os.replace(partial, final)
    os.replace(err_partial, err_final)
    _finish_records(rec_partial, rec_final, fmt)
    return BatchResult(processed=processed, skipped=skipped, failed=failed, out_dir=out)
