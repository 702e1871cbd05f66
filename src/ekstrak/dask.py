"""Optional Dask integration (``pip install 'ekstrak[dask]'``): parse articles on a cluster.

>>> from dask.distributed import Client
>>> from ekstrak.dask import extract, articles, errors, records_frame
>>> client = Client("tcp://scheduler:8786")           # or Client() for a local cluster
>>> out = extract(["corpus/"], npartitions=64)        # a Bag of outcome dicts, lazy
>>> records_frame(out).to_parquet("records/")         # same columns as records.csv
>>> errors(out).compute()                             # same lines as errors.jsonl

``extract`` follows the batch error contract: an article that cannot be read or parsed
becomes an outcome with ``article=None`` and ``error``/``message`` set; nothing raises.
Dask itself is imported lazily, so ``import ekstrak.dask`` works without the extra and
the first call says how to install it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .batch import Input, _parse, plan_inputs
from .columns import DTYPES, RECORD_COLUMNS, record_rows
from .models import Article

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag as db
    import dask.dataframe as dd

__all__ = ["extract", "articles", "errors", "records_frame", "RECORD_COLUMNS"]

def _require_dask() -> Any:
    try:
        import dask.bag as bag
    except ImportError as exc:  # the extra is optional
        raise ImportError(
            "ekstrak.dask needs Dask: pip install 'ekstrak[dask]' "
            "(dask[bag,dataframe] and distributed)"
        ) from exc
    return bag


def _outcome(item: Any) -> dict[str, Any]:
    """Parse one bag element: a path, a planned :class:`~ekstrak.batch.Input`, or an
    ``(id, text)`` pair for text without a file."""
    if isinstance(item, (tuple, list)) and len(item) == 2:
        aid, text = str(item[0]), item[1]
        try:
            from . import parse_article

            art = parse_article(text, id=aid)
            return {"file": None, "id": aid, "article": art.model_dump(mode="json"),
                    "error": None, "message": None}
        except Exception as exc:  # noqa: BLE001 - same contract as batch: capture, don't raise
            return {"file": None, "id": aid, "article": None, "error": type(exc).__name__,
                    "message": f"{aid}: {exc}"}
    path, aid, art, error = _parse(item if isinstance(item, Input) else str(item))
    if art is None:
        etype, _, msg = (error or "Error\t").partition("\t")
        return {"file": path, "id": aid, "article": None, "error": etype, "message": msg}
    return {"file": path, "id": aid, "article": art.model_dump(mode="json"),
            "error": None, "message": None}


def extract(paths_or_bag: Any, npartitions: int | None = None) -> db.Bag:
    """A lazy Bag of outcome dicts, one per article.

    ``paths_or_bag`` is a file or folder, a list of them (folders are searched for
    ``*.txt`` recursively, as ``ekstrak batch`` does; paths must be readable by the
    workers), or a ``dask.bag.Bag`` whose elements are paths or ``(id, text)`` pairs.
    Each outcome is ``{"file", "id", "article", "error", "message"}`` where ``article``
    is the Article as a JSON-ready dict, or None when ``error`` names what went wrong.
    """
    bag = _require_dask()
    if isinstance(paths_or_bag, bag.Bag):
        src = paths_or_bag
        if npartitions is not None and npartitions != src.npartitions:
            src = src.repartition(npartitions)
    else:
        items = [paths_or_bag] if isinstance(paths_or_bag, (str, Path)) else list(paths_or_bag)
        files = plan_inputs(items)  # the ids ekstrak batch gives: unique within the run
        if not files:
            return bag.from_sequence([], npartitions=1)
        n = npartitions or min(len(files), 100)
        src = bag.from_sequence(files, npartitions=max(1, min(n, len(files))))
    return src.map(_outcome)


def articles(outcomes: db.Bag) -> db.Bag:
    """Only the parsed Article dicts (``Article.model_validate(d)`` rebuilds the model)."""
    return outcomes.filter(lambda o: o["article"] is not None).pluck("article")


def errors(outcomes: db.Bag) -> db.Bag:
    """The failures, as ``errors.jsonl`` lines: ``{"file", "error", "message"}``."""
    return outcomes.filter(lambda o: o["article"] is None).map(
        lambda o: {"file": o["file"] if o["file"] is not None else o["id"],
                   "error": o["error"], "message": o["message"]}
    )


def _rows(item: dict[str, Any]) -> Iterator[dict[str, Any]]:
    art = item["article"] if "article" in item else item  # an outcome, or an Article dict
    if art is None:
        return iter(())
    return record_rows(Article.model_validate(art))


def _frame(part: Iterable[dict[str, Any]]) -> Any:
    from .frames import typed_frame

    return typed_frame(row for item in part for row in _rows(item))


def records_frame(outcomes: db.Bag) -> dd.DataFrame:
    """One row per record, with the columns of ``records.csv`` (:data:`RECORD_COLUMNS`).

    Accepts the Bag from :func:`extract` (failed articles contribute no rows) or a Bag
    of Article dicts. The dtypes are those of :func:`ekstrak.records_frame`
    (:data:`ekstrak.columns.DTYPES`: nullable ``Int64``, ``float64``, ``string``).
    """
    _require_dask()
    import dask.dataframe as dd
    import pandas as pd
    from dask import delayed

    meta = pd.DataFrame({c: pd.Series([], dtype=t) for c, t in DTYPES.items()})
    parts = [delayed(_frame)(p) for p in outcomes.to_delayed()]
    return dd.from_delayed(parts, meta=meta, verify_meta=False)
