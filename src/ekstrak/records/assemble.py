"""Records stage: one :class:`Record` per title/body QUANTITY mention (SPEC section 3).

The article model is built once (:mod:`.article`); then, figure by figure, one resolver
per slot decides and says why (``Record.why``):
indicator (:mod:`.indicator`), kind (:mod:`.kind`), status (:mod:`.status`), time
(:mod:`.time`), place (:mod:`.place`), concept (:mod:`.concept`), group (:mod:`.group`);
the programme is the one in force in the sentence's frame.
"""

from __future__ import annotations

from collections import Counter

from ..models import Evidence, Mention, Place, QuantityNorm, Record, TimeNorm
from ..segment import Segmentation
from ..tables import table_cells
from ..units import load_units, unit_kind
from .article import ArticleModel, Frame, SentenceCues, build_article_model
from .concept import concept_of
from .figure import Figure, figure
from .group import resolve_group
from .indicator import refine, resolve_indicator, restated_indicator
from .kind import resolve_kind
from .learned import SlotHook, fill_confidence, slot_hook
from .lexicon import Lexicon, lexicon
from .place import resolve_place
from .status import plan_in_force, resolve_status
from .table import table_record
from .time import release_period, resolve_time


def build_records(
    text: str, seg: Segmentation, mentions: list[Mention], article_place: Place | None,
    cues: list[SentenceCues] | None = None, datelines: set[int] | None = None,
) -> list[Record]:
    """Records for every QUANTITY mention of the title and body."""
    lex = lexicon()
    model = build_article_model(text, seg, mentions, article_place, cues, datelines)
    hook = slot_hook()  # learned decisions (issue 12); None when the rules decide alone
    cells = table_cells(text)
    records: list[Record] = []
    # each indicator's last named concept so far: a look-up, not a scan back over every
    # record per figure (quadratic on a table of thousands of rows)
    concepts: dict[str, str] = {}
    plans: set[tuple[object, ...]] = set()
    for frame in model.frames:
        sent_records: list[Record] = []
        prev_q: Mention | None = None
        whole: Record | None = None
        for m in frame.quantities:
            if not isinstance(m.norm, QuantityNorm):
                continue
            rec = plan_in_force(_record(m, frame, model, records, sent_records, prev_q, lex,
                                        concepts, hook), plans, frame, lex)
            rec = restated_indicator(rec, records, whole, text, lex)
            if whole is None and (rec.why or {}).get("indicator") == "rule:restated":
                whole = rec  # the sentence's restated figure: its parts follow it
            if m.start in cells:
                rec = table_record(rec, cells[m.start], text, mentions, lex)
            records.append(rec)
            sent_records.append(rec)
            if rec.concept and rec.concept not in lex.concept_generic:
                concepts[rec.indicator] = rec.concept
            prev_q = m
    return fill_confidence(shared_baselines(restated_times(title_from_body(records, seg)),
                                            lex.baseline_reach))


def _record(m: Mention, frame: Frame, model: ArticleModel, records: list[Record],
            sent_records: list[Record], prev_q: Mention | None, lex: Lexicon,
            concepts: dict[str, str], hook: SlotHook | None = None) -> Record:
    f = figure(m, frame, model.text, records, sent_records, prev_q, lex, model.abbreviations)
    indicator, cue, why_indicator = resolve_indicator(f, frame, model, lex)
    kd = resolve_kind(f, frame, model, lex)
    indicator, why_indicator = refine(indicator, cue, why_indicator, kd.kind, f, lex, frame)
    if hook is not None:
        indicator, why_indicator = hook.indicator(f, model, kd, indicator, why_indicator)
    status, why_status = resolve_status(f, frame, kd, lex)
    if hook is not None:
        status, why_status = hook.status(f, kd, indicator, status, why_status)
    time, why_time = resolve_time(f, frame, model, kd, status, indicator, lex)
    place, why_place = resolve_place(m, frame, model)
    time, why_time = release_period(f, frame, model, place, time, why_time, lex)
    if indicator == "poverty_line" and _international_line(f, model.text, lex):
        # a standard of no place, holding with no period (B 47)
        place, why_place = None, "rule:international-line"
        time, why_time = None, "rule:international-line"
    if hook is not None:
        time, why_time = hook.time(f, frame, kd, status, time, why_time, model)
        place, why_place = hook.place(m, frame, model, place, why_place)
    concept = concept_of(cue, model.written[frame.sent.start : m.start], model.written[m.start : m.end],
                         model.written[m.end : frame.sent.end], lex)
    if (not concept or concept in lex.concept_generic) and indicator != "other":
        # A figure that continues an earlier statistic measures what that one did ("Jumlah
        # penduduk miskin ... menurun 0,68 juta orang"): not just "orang".
        concept = concepts.get(indicator, concept)
    q = f.q
    return Record(
        indicator=indicator, concept=concept, value=q.value, value_max=q.value_max,
        unit=q.unit, qualifier=q.qualifier,
        kind=kd.kind,  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
        place=place, group=resolve_group(f, lex), time=time, programme=frame.programme,
        evidence=Evidence(sentence=frame.sent.index, start=m.start, end=m.end),
        why={"indicator": why_indicator, "kind": kd.why, "status": why_status,
             "time": why_time, "place": why_place,
             "programme": "rule:sentence-programme" if frame.programme else "rule:none"},
    )


def _international_line(f: Figure, text: str, lex: Lexicon) -> bool:
    """A poverty line in a foreign currency is an international standard ("garis kemiskinan
    ekstrem ... US$ 1,9 PPP per hari"), of no place; so is its conversion ("atau setara
    dengan Rp 351.957"). (GUIDELINES R 62; the gold of real pages has it so, 15 of 18.)"""
    # (a currency of no country the project reads: a Rupiah conversion of a Vietnamese
    # line is still Vietnam's)
    currency = f.q.unit.split("/")[0]
    if (unit_kind(currency) == "currency"
            and currency not in load_units()["country_currency"].values()):
        return True
    prev = f.prev_rec
    return (prev is not None and f.prev_q is not None
            and (prev.why or {}).get("place") == "rule:international-line"
            and lex.conversion_gap.fullmatch(text, f.prev_q.end, f.m.start) is not None)


def title_from_body(records: list[Record], seg: Segmentation) -> list[Record]:
    """A headline figure repeats a body statistic: it takes that record's slots."""
    title = next((p for p in seg.paragraphs if p.kind == "title"), None)
    if title is None:
        return records
    out = []
    for r in records:
        if title.start <= r.evidence.start < title.end:
            twin = next(
                (b for b in records
                 if b.evidence.start >= title.end and b.unit == r.unit
                 and b.value == r.value and b.value_max == r.value_max),
                None,
            )
            if twin is not None:
                r = _from_twin(r, twin)
        out.append(r)
    return out


def _from_twin(r: Record, twin: Record) -> Record:
    """The headline record ``r`` with the slots of the body record it repeats, but for its
    own cue ("Angka Kemiskinan ... 8,63 Persen") and date ("... pada 2024") where the
    twin found none."""
    update: dict[str, object] = {k: getattr(twin, k) for k in (
        "indicator", "concept", "kind", "status", "place", "group", "time", "programme")}
    why = dict(twin.why or {})
    if twin.indicator == "other" and r.indicator != "other":
        update["indicator"], update["concept"] = r.indicator, r.concept
        why["indicator"] = (r.why or {}).get("indicator", "")
    if twin.time is None and r.time is not None:
        update["time"] = r.time
        why["time"] = (r.why or {}).get("time", "")
    update["why"] = why
    return r.model_copy(update=update)


def restated_times(records: list[Record]) -> list[Record]:
    """A figure restated later ("Jumlah penduduk miskin meningkat 9.500 orang per Maret
    2023" after "... meningkat 9.500 orang dibandingkan dengan Maret 2022") copies the time
    of the statement it restates when its own is less complete (GUIDELINES R 23)."""
    out: list[Record] = []
    # The first fully dated record of each statement, and of each statement and end: one
    # look-up per record (a page of thousands of figures stays linear).
    first_any: dict[tuple[object, ...], Record] = {}
    first_by_end: dict[tuple[object, ...], Record] = {}
    for r in records:
        t = r.time
        key = (r.unit, r.value, r.value_max, r.kind, r.indicator)
        if t is None or t.start is None or t.end is None:
            first = (first_any.get(key) if t is None or t.end is None
                     else first_by_end.get((*key, t.end)))
            if first is not None:
                why = {**(r.why or {}), "time": "rule:restated"}
                r = r.model_copy(update={"time": first.time, "why": why})
        out.append(r)
        if r.time is not None and r.time.start and r.time.end:
            first_any.setdefault(key, r)
            first_by_end.setdefault((*key, r.time.end), r)
    return out


def shared_baselines(records: list[Record], reach: int) -> list[Record]:
    """A change whose sentence names no baseline ("Jumlah penduduk miskin turun 0,68 juta
    orang") after one that does ("turun 0,33 poin persentase dibandingkan Maret 2023"),
    with the same end and a few sentences before it, compares with the same date: the
    statement goes on (GUIDELINES section 9, Inheritance)."""
    # A sentence with a baseline value of its own ("dari Rp 530.382 ... menjadi ...")
    # compares with that value, whose date it does not give.
    own_baseline = {r.evidence.sentence for r in records if (r.why or {}).get("kind") == "rule:baseline"}
    out: list[Record] = []
    for r in records:
        t = r.time
        if (r.kind == "change" and t is not None and t.start is None and t.end is not None
                and r.evidence.sentence not in own_baseline):
            prev = next((b for b in reversed(out) if b.kind == "change"), None)
            if (prev is not None and prev.time is not None and prev.time.start
                    and prev.time.end == t.end and prev.time.start < t.end
                    and 0 <= r.evidence.sentence - prev.evidence.sentence <= reach):
                why = {**(r.why or {}), "time": "rule:shared-baseline"}
                r = r.model_copy(update={"time": TimeNorm(start=prev.time.start, end=t.end),
                                         "why": why})
        out.append(r)
    return _article_baselines(out, own_baseline)


def _article_baselines(records: list[Record], own_baseline: set[int | None]) -> list[Record]:
    """A change still without a baseline takes the one the article states for the same
    end elsewhere ("turun 0,94 persen Maret 2023" in a release that compares Maret 2023
    with September 2022): the reader knows what the release compares."""
    starts: dict[str, Counter[str]] = {}
    for r in records:
        t = r.time
        if r.kind == "change" and t is not None and t.start and t.end and t.start < t.end:
            starts.setdefault(t.end, Counter())[t.start] += 1
    if not starts:
        return records
    out: list[Record] = []
    for i, r in enumerate(records):
        t = r.time
        if (r.kind == "change" and t is not None and t.start is None and t.end in starts
                and r.evidence.sentence not in own_baseline):
            (start, _), = starts[t.end].most_common(1)
            why = {**(r.why or {}), "time": "rule:article-baseline"}
            r = r.model_copy(update={"time": TimeNorm(start=start, end=t.end), "why": why})
        elif (t is None or t.end is None) and (r.why or {}).get("time") == "rule:baseline-date":
            # "turun dari 10,02 persen menjadi 9,78 persen" in a release of Maret 2023 that
            # compares with September 2022: the undated baseline is at that comparison
            then = _level_after(records, i)
            if then is not None and then not in starts and len(then) == 4:
                # a yearly level ("menjadi 118 desa", 2021) of a change to the story's month,
                # where the article compares up to one month of that year
                months = [k for k in starts if k[:4] == then]
                then = months[0] if len(months) == 1 else then
            if then is not None and then in starts:
                (start, _), = starts[then].most_common(1)
                why = {**(r.why or {}), "time": "rule:article-baseline"}
                r = r.model_copy(update={"time": TimeNorm(start=start, end=start), "why": why})
        out.append(r)
    return out


def _level_after(records: list[Record], i: int) -> str | None:
    """The point in time of the level right after the baseline ``records[i]`` in its
    sentence, in the same unit (the "menjadi" side of "dari X menjadi Y")."""
    r = records[i]
    nxt = records[i + 1] if i + 1 < len(records) else None
    if (nxt is None or nxt.evidence.sentence != r.evidence.sentence or nxt.unit != r.unit
            or nxt.kind != "level" or nxt.time is None or nxt.time.start != nxt.time.end):
        return None
    return nxt.time.end
