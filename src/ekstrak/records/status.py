"""status: actual, target or estimate (SPEC section 3), by meaning; cue words are hints.

The nearest target/estimate cue before the number in the sentence decides (not across a
";" into a clause that says it happened); a baseline
("dari X menjadi ...") stays actual; outputs an allocation is meant to pay for are
targets; list items share their introduction's status; "Angka itu ..." shares the last;
a count the article planned earlier stays planned where nothing says it happened.
"""

from __future__ import annotations

import bisect
import re

from ..models import Record
from ..places import LEVEL_RANK
from .article import Frame
from .figure import Figure
from .kind import KindDecision
from .lexicon import Lexicon, base_unit, classes_of

_CLAUSE_STOP = re.compile(r"[.;]")


def _overridden_in_clause(f: Figure, frame: Frame, cue: int, lex: Lexicon) -> bool:
    """A cue in an earlier ";" clause, when the figure's own clause says it happened ("akan
    menghapus 59 rumah; hingga saat ini, 26 rumah telah selesai dibangun"); a target that
    heads a list of ";" clauses still holds for them ("menargetkan ...; di distrik miskin
    turun 4-5 persen")."""
    lo, hi = next(c for c in frame.clauses if c[0] <= f.m.start <= c[1])
    if cue >= lo - frame.sent.start:
        return False
    return lex.actual_override.search(frame.masked, lo - frame.sent.start,
                                      hi - frame.sent.start) is not None


def _stated_cause_or_result(f: Figure, frame: Frame, cue: int, rel: int, lex: Lexicon) -> bool:
    """Between the cue and the figure, a cause ("harus diprioritaskan karena berkondisi
    sangat parah berada di 19 desa"), or a result dated on its own ("diyakini tercapai ...,
    sehingga ... yakni pada 2021 sebesar 7,99"): facts, not the plan. An undated result
    is the plan's ("menargetkan penurunan 3 persen, sehingga tingkat kemiskinan turun
    menjadi di bawah 19 persen")."""
    if lex.stated_cause.search(frame.masked, cue, rel):
        return True
    result = lex.stated_result.search(frame.masked, cue, rel)
    if result is None:
        return False
    lo = frame.sent.start + result.end()
    return any(lo <= d.start < f.m.start for d in frame.dates)


def _funded(masked: str, rel: int, lex: Lexicon) -> bool:
    """An allocation verb or a budget noun stands before the figure ("menyiapkan anggaran",
    "Anggaran di APBN 2016 untuk ...")."""
    return (lex.allocation.search(masked, 0, rel) is not None
            or lex.budget_nouns.search(masked, 0, rel) is not None)


def _something_happened(masked: str, rel: int, lex: Lexicon, counts: bool = True) -> bool:
    """A word before the figure says something happened ("telah", "realisasi") other than
    the allocation itself: "telah mengalokasikan anggaran ... untuk pembangunan 7.077 unit"
    made the allocation, and the houses it pays for are still its plan. (A rate is no
    output: "anggaran telah disiapkan untuk menurunkan angka kemiskinan yang saat ini
    mencapai 7,69 persen" states where it stands.)"""
    for m in lex.actual_override.finditer(masked, 0, rel):
        if not counts or lex.budgeted.match(masked, m.end()) is None:
            return True
    return False


def resolve_status(f: Figure, frame: Frame, kd: KindDecision, lex: Lexicon) -> tuple[str, str]:
    """(status, why) of one figure."""
    if kd.baseline:
        return "actual", "rule:baseline"
    rel = f.m.start - frame.sent.start
    k = bisect.bisect_left(frame.status_offsets, rel)
    money = "money" in classes_of(f.q.unit)
    prev = f.prev_rec
    if k and not _overridden_in_clause(f, frame, frame.status_cues[k - 1][0], lex) \
            and not _stated_cause_or_result(f, frame, frame.status_cues[k - 1][0], rel, lex):
        pos, status = frame.status_cues[k - 1]
        if (money and status == "target" and lex.will.match(frame.masked, pos)
                and (lex.allocation.search(frame.masked, pos, rel)
                     or lex.spending_verbs.search(frame.masked, pos, rel))):
            # "akan mengalokasikan sebesar Rp8,045 triliun": a decided allocation (RE 2)
            return "actual", "rule:allocation-decided"
        return status, "rule:nearest-cue"
    clause_after = _CLAUSE_STOP.split(f.after, maxsplit=1)[0][:80]
    if not money and ((lex.will.search(clause_after) and not lex.estimate.search(clause_after)
                       and not lex.negated_will.search(clause_after))
                      or lex.planned_after.match(clause_after)):
        # "Sebanyak 549 rumah ... akan mendapatkan penanganan rehabilitasi": a planned output
        return "target", "rule:plan-after"
    if not money and base_unit(f.q.unit) not in LEVEL_RANK and (
            _funded(frame.masked, rel, lex) and lex.purpose.search(f.left)
            and not _something_happened(frame.masked, rel, lex,
                                        counts=not classes_of(f.q.unit) & {"pct", "point"})):
        # (not the places it goes to: "Dana Desa sebesar Rp4,76 triliun, untuk 6.495 gampong")
        return "target", "rule:allocation-purpose"  # outputs an allocation is meant to pay for
    if kd.coordinated and prev is not None and prev.status == "target" and not money:
        return "target", "rule:coordinated"  # "..., termasuk 2.100 rumah ... dan ... 4.500 keluarga"
    if frame.items.status is not None and frame.is_item:
        return frame.items.status, "rule:list-introduction"
    if frame.anaphoric and f.records:
        return f.records[-1].status, "rule:anaphora"
    return "actual", "rule:default"


# Shares and money are no counts a plan is made of (unit classes of records.json).
_NOT_PLANNED = frozenset({"pct", "point", "times", "money"})


def plan_in_force(rec: Record, plans: set[tuple[object, ...]], frame: Frame, lex: Lexicon
                  ) -> Record:
    """A count with no status cue of its own, of the unit and period of a count planned
    earlier in the article ("549 rumah ... akan mendapatkan penanganan rehabilitasi pada
    tahun 2021", then "Dari DAK ..., sebanyak 140 unit"), is part of that plan, unless its
    sentence says something happened ("telah", "sudah", "realisasi"). ``plans`` collects
    the article's planned counts as records go by. Shares and money are left alone: a rate
    or an amount beside a plan is often a fact."""
    t = rec.time
    key = (rec.unit, t.start if t else None, t.end if t else None)
    if classes_of(rec.unit) & _NOT_PLANNED:
        return rec
    if rec.status == "target":
        plans.add(key)
    elif (key in plans and (rec.why or {}).get("status", "").endswith("rule:default")
          and lex.actual_override.search(frame.masked) is None):
        return rec.model_copy(update={
            "status": "target", "why": {**(rec.why or {}), "status": "rule:plan-in-force"}})
    return rec
