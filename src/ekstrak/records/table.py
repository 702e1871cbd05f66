"""Table cells (:mod:`ekstrak.tables`): a figure's column and row say what it is.

The column's header names what is measured ("Garis Kemiskinan (Rupiah/ Jiwa/ Bulan)"), the
row's label cell its year or place ("2010", "Kabupaten Pacitan"), a year in the header its
year ("Kabupaten | 2022 | 2023"), and the caption line above the table the place of the
whole table ("Angka Kemiskinan Kabupaten Pacitan 2010 -2017"). What none of them says the
prose resolvers decided already.
"""

from __future__ import annotations

import bisect
import re

from ..models import Mention, Place, Record, TimeNorm
from ..tables import Cell, TableCell, is_year
from .indicator import cue_indicator
from .lexicon import Lexicon

_BRACKETED = re.compile(r"\([^()]*\)")


def _inside(mentions: list[Mention], kind: str, cell: Cell | None) -> Mention | None:
    """The first ``kind`` mention inside the cell (``mentions`` are sorted by start)."""
    if cell is None:
        return None
    i = bisect.bisect_left(mentions, cell.start, key=lambda m: m.start)
    while i < len(mentions) and mentions[i].start < cell.end:
        if mentions[i].type == kind:
            return mentions[i]
        i += 1
    return None


def _time(text: str, mentions: list[Mention], cell: Cell) -> TimeNorm | None:
    """The date a row label or column header names; a bare year too (a header line of
    years may be read as figures, not dates)."""
    date = _inside(mentions, "DATE", cell)
    if date is not None and isinstance(date.norm, TimeNorm):
        return date.norm
    word = text[cell.start : cell.end]
    return TimeNorm(start=word, end=word) if is_year(word) else None


def table_record(rec: Record, cell: TableCell, text: str, mentions: list[Mention],
                 lex: Lexicon) -> Record:
    """The record of a table cell: indicator and concept from its column, time and place
    from its row, its column or the table's caption."""
    header = text[cell.header.start : cell.header.end]
    indicator, cue = cue_indicator(header.lower(), "", cell.unit, lex)
    if not cue and cell.caption is not None:
        # "Kabupaten | 2022 | 2023" under "Persentase Penduduk Miskin (persen) ..."
        header = text[cell.caption.start : cell.caption.end]
        indicator, cue = cue_indicator(header.lower(), "", cell.unit, lex)
    why = dict(rec.why or {})
    update: dict[str, object] = {"kind": "level", "status": "actual"}
    why.update(kind="rule:table-cell", status="rule:table-cell")
    if cue:
        update.update(indicator=indicator, concept=" ".join(_BRACKETED.sub(" ", header).split()))
        why["indicator"] = "rule:table-column"
    time = _time(text, mentions, cell.label) or _time(text, mentions, cell.header)
    if time is not None:
        update["time"], why["time"] = time, "rule:table-row"
    place = _inside(mentions, "PLACE", cell.label) or _inside(mentions, "PLACE", cell.caption)
    if place is not None and isinstance(place.norm, Place):
        update["place"], why["place"] = place.norm, "rule:table-row"
    update["why"] = why
    return rec.model_copy(update=update)
