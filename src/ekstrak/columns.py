"""The flat record table: one row per record, the columns of ``records.csv``.

This is the one list of columns: the batch writer (CSV, JSON lines, Parquet), the pandas
frames (:mod:`ekstrak.frames`), the Dask frame (:mod:`ekstrak.dask`), ``ekstrak codes
--columns`` and the README table all read it. Columns may be added at the end, never
renamed (the SPEC's rule for fields).

``dtype`` is the pandas dtype of the column in :func:`ekstrak.records_frame`:
``string`` (pandas' string dtype, missing = ``<NA>``), ``Int64`` (nullable integer) or
``float64`` (missing = NaN).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import NamedTuple

from .models import Article


class Column(NamedTuple):
    name: str
    dtype: str
    meaning: str
    example: str


#: Every column of the record table, in file order.
COLUMNS: tuple[Column, ...] = (
    Column("article", "string", "article id: the input file's stem, or its path under the input root when stems repeat", "vn-01"),
    Column("index", "Int64", "position of the record in its article, from 0", "0"),
    Column("indicator", "string", "indicator code (`ekstrak codes indicators`)", "poverty_rate"),
    Column("concept", "string", "what is measured, in the article's words", "tingkat kemiskinan multidimensi"),
    Column("value", "float64", "the value in base units (currency in units, not millions)", "3.36"),
    Column("value_max", "float64", "upper end of a range, else missing", "50000000.0"),
    Column("unit", "string", "unit code (`ekstrak codes units`); rates join codes with '/'", "%"),
    Column("qualifier", "string", "about | nearly | more_than | at_least | less_than | at_most", "more_than"),
    Column("kind", "string", "level (a state) or change (a rise or fall)", "level"),
    Column("status", "string", "actual | target | estimate", "actual"),
    Column("place_name", "string", "the place the figure is about, as written without its level word", "Lang Son"),
    Column("place_level", "string", "country | region | province | regency | city | district | commune | village", "province"),
    Column("place_country", "string", "ISO 3166-1 alpha-2 code of the place's country", "VN"),
    Column("place_code", "string", "gazetteer code when the place was resolved (country and unit code)", "VN25:20"),
    Column("group", "string", "a sub-population the figure is about", "etnis minoritas"),
    Column("time_start", "string", "start of the time referred to: YYYY, YYYY-MM or YYYY-MM-DD", "2023"),
    Column("time_end", "string", "end of the time referred to (equal to the start for a point)", "2024"),
    Column("programme", "string", "the programme the figure belongs to", "PKH"),
    Column("evidence_sentence", "Int64", "index of the sentence holding the figure", "3"),
    Column("evidence_start", "Int64", "character offset where the figure starts in the input text", "412"),
    Column("evidence_end", "Int64", "character offset where it ends (exclusive)", "417"),
    Column("evidence_text", "string", "the figure as written: text[evidence_start:evidence_end]", "3,36%"),
    Column("confidence", "float64", "precision on the dev splits of the decision path that filled the slots; missing when not scored", "0.93"),
    Column("why", "string", "JSON object: slot -> the rule or model that decided it; missing when not recorded", '{"time": "rule:sentence-date"}'),
    Column("path", "string", "the input file, relative to the batch input root", "2024-01/artikel.txt"),
)

#: Column names in file order (the CSV header).
RECORD_COLUMNS: list[str] = [c.name for c in COLUMNS]
#: Column name -> pandas dtype.
DTYPES: dict[str, str] = {c.name: c.dtype for c in COLUMNS}


def record_rows(article: Article) -> Iterator[dict[str, object]]:
    """One flat row per record of ``article``, keys in :data:`RECORD_COLUMNS` order."""
    span_text = {(m.start, m.end): m.text for m in article.mentions}
    for i, r in enumerate(article.records):
        p, t = r.place, r.time
        yield {
            "article": article.id,
            "index": i,
            "indicator": r.indicator,
            "concept": r.concept,
            "value": r.value,
            "value_max": r.value_max,
            "unit": r.unit,
            "qualifier": r.qualifier,
            "kind": r.kind,
            "status": r.status,
            "place_name": p.name if p else None,
            "place_level": p.level if p else None,
            "place_country": p.country if p else None,
            "place_code": p.code if p else None,
            "group": r.group,
            "time_start": t.start if t else None,
            "time_end": t.end if t else None,
            "programme": r.programme,
            "evidence_sentence": r.evidence.sentence,
            "evidence_start": r.evidence.start,
            "evidence_end": r.evidence.end,
            "evidence_text": span_text.get((r.evidence.start, r.evidence.end)),
            "confidence": r.confidence,
            # A dict does not fit a flat cell: compact JSON text, read back with json.loads.
            "why": json.dumps(r.why, ensure_ascii=False, separators=(",", ":")) if r.why else None,
            "path": article.path,
        }
