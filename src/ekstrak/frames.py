"""pandas frames of ekstrak's output (``pip install 'ekstrak[pandas]'``).

- :func:`records_frame`: one row per record, the columns of ``records.csv``
  (:data:`ekstrak.columns.COLUMNS`), with fixed dtypes whatever the input;
- :func:`read_batch`: a folder written by ``ekstrak batch`` back into frames and Articles.

The same record gives the same row here, in ``records.csv``/``.jsonl``/``.parquet`` read by
:func:`read_batch`, and in :func:`ekstrak.dask.records_frame`. Empty text is missing
(``<NA>``), as it is once written to CSV.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .columns import DTYPES, RECORD_COLUMNS, record_rows
from .models import Article

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["Batch", "ERROR_COLUMNS", "read_batch", "records_frame", "typed_frame"]

#: Columns of ``errors.jsonl`` (and of :attr:`Batch.errors`).
ERROR_COLUMNS = ["file", "error", "message"]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:  # the extra is optional
        raise ImportError("ekstrak's DataFrames need pandas: pip install 'ekstrak[pandas]'") from exc
    return pandas


def typed_frame(rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """Record rows (dicts keyed by column name) as a frame with the documented dtypes."""
    pd = _pandas()
    df = pd.DataFrame(list(rows), columns=RECORD_COLUMNS)
    # Missing text is None, NaN or "" depending on where the rows came from: make it one <NA>.
    for c, t in DTYPES.items():
        if t == "string":
            df[c] = df[c].astype(object).replace({"": None})
        else:  # numbers may arrive as text (CSV) or None
            df[c] = pd.to_numeric(df[c].astype(object), errors="raise")
    return df.astype(DTYPES)


def records_frame(articles: Article | Iterable[Article | dict[str, Any]]) -> pd.DataFrame:
    """One row per record of ``articles`` (Articles or their JSON dicts), in article order.

    >>> from ekstrak import parse_article, records_frame
    >>> df = records_frame([parse_article("Angka kemiskinan turun menjadi 3,36% pada tahun 2024.")])
    >>> df[["indicator", "value", "unit", "time_start"]].iloc[0].tolist()
    ['poverty_rate', 3.36, '%', '2024']
    """
    if isinstance(articles, Article):
        articles = [articles]
    rows = (
        row
        for a in articles
        for row in record_rows(a if isinstance(a, Article) else Article.model_validate(a))
    )
    return typed_frame(rows)


@dataclass
class Batch:
    """A batch output folder, loaded (:func:`read_batch`)."""

    out_dir: Path
    records: pd.DataFrame
    errors: pd.DataFrame
    articles: list[Article] = field(default_factory=list)

    def articles_frame(self) -> pd.DataFrame:
        """One row per article: id, title, published date, main place, counts."""
        pd = _pandas()
        rows = [
            {
                "article": a.id,
                "title": a.title,
                "published": a.published,
                "place_name": a.place.name if a.place else None,
                "place_level": a.place.level if a.place else None,
                "place_country": a.place.country if a.place else None,
                "paragraphs": len(a.paragraphs),
                "sentences": len(a.sentences),
                "mentions": len(a.mentions),
                "records": len(a.records),
                "path": a.path,
            }
            for a in self.articles
        ]
        cols = ["article", "title", "published", "place_name", "place_level", "place_country",
                "paragraphs", "sentences", "mentions", "records", "path"]
        counts = {"paragraphs", "sentences", "mentions", "records"}
        return pd.DataFrame(rows, columns=cols).astype(
            {c: "Int64" if c in counts else "string" for c in cols}
        )


def read_batch(out_dir: str | Path, articles: bool = True) -> Batch:
    """Load what ``ekstrak batch INPUT -o OUT_DIR`` wrote.

    ``records`` comes from ``records.csv``, ``records.jsonl`` or ``records.parquet``
    (whichever exists, in that order; Parquet needs ``ekstrak[parquet]``), with the dtypes of
    :func:`records_frame`; ``errors`` from ``errors.jsonl`` (columns ``file``, ``error``,
    ``message``); ``articles`` are the Articles of ``articles.jsonl`` (``articles=False``
    skips them for a large folder).
    """
    out = Path(out_dir)
    if not (out / "articles.jsonl").exists():
        raise FileNotFoundError(f"{out}: no articles.jsonl, not an `ekstrak batch` output folder")
    return Batch(
        out_dir=out,
        records=_read_records(out),
        errors=_read_errors(out / "errors.jsonl"),
        articles=_read_articles(out / "articles.jsonl") if articles else [],
    )


def _read_records(out: Path) -> pd.DataFrame:
    pd = _pandas()
    if (out / "records.csv").exists():
        # Read as text and convert here: pandas' own guessing would turn "NA" or "2024" into
        # something else. An empty cell is a missing value.
        with (out / "records.csv").open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            rows = [{k: (v if v != "" else None) for k, v in r.items()} for r in reader]
        return typed_frame(rows)
    if (out / "records.jsonl").exists():
        with (out / "records.jsonl").open(encoding="utf-8") as fh:
            return typed_frame(json.loads(line) for line in fh if line.strip())
    if (out / "records.parquet").exists():
        return typed_frame(pd.read_parquet(out / "records.parquet").to_dict("records"))
    return typed_frame([])


def _read_errors(path: Path) -> pd.DataFrame:
    pd = _pandas()
    rows = []
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
    return pd.DataFrame(rows, columns=ERROR_COLUMNS).astype("string")


def _read_articles(path: Path) -> list[Article]:
    with path.open(encoding="utf-8") as fh:
        return [Article.model_validate_json(line) for line in fh if line.strip()]
