"""``ekstrak parse --explain``: each record's slots, who decided each, and its confidence."""

from __future__ import annotations

from .models import Article, Record, TimeNorm

#: Slots shown, in order, with the record's value and its ``why``.
EXPLAINED = ("indicator", "kind", "status", "time", "place", "programme")


def _time(t: TimeNorm | None) -> str:
    if t is None:
        return "-"
    return t.start or "?" if t.start == t.end else f"{t.start or '?'}..{t.end or '?'}"


def _value(r: Record, slot: str) -> str:
    if slot == "time":
        return _time(r.time)
    if slot == "place":
        return f"{r.place.name} ({r.place.level or '?'})" if r.place else "-"
    return str(getattr(r, slot) or "-")


def evidence_text(art: Article, r: Record) -> str:
    """The record's QUANTITY span, read from its sentence."""
    for s in art.sentences:
        if s.start <= r.evidence.start < s.end:
            return s.text[r.evidence.start - s.start : r.evidence.end - s.start]
    return ""


def explain_records(art: Article, mode: str | None = None) -> str:
    """A readable table: one block per record, one line per slot (value, why)."""
    from .records.learned import slots_mode

    lines = [f"{art.id}: {len(art.records)} records (slots decided by: {mode or slots_mode()})"]
    width = max((len(_value(r, s)) for r in art.records for s in EXPLAINED), default=1)
    width = min(max(width, 8), 32)
    for i, r in enumerate(art.records, 1):
        conf = "-" if r.confidence is None else f"{r.confidence:.2f}"
        value = f"{r.value:g}" + (f"-{r.value_max:g}" if r.value_max is not None else "")
        lines.append("")
        lines.append(f"[{i}] {evidence_text(art, r)!r} = {value} {r.unit}   "
                     f"confidence {conf}   (sentence {r.evidence.sentence}, "
                     f"{r.evidence.start}-{r.evidence.end})")
        for slot in EXPLAINED:
            why = (r.why or {}).get(slot, "")
            lines.append(f"    {slot:<10s} {_value(r, slot):<{width}s}  {why}")
    return "\n".join(lines)
