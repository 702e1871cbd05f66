"""Annotation tools: gold files (or predictions) out to Label Studio / doccano and back.

``ekstrak gold export SRC --texts DIR --format label-studio|doccano -o OUT`` and
``ekstrak gold import FILE --format ... -o GOLD_DIR``. SRC is a gold folder
(``<id>.json``, SPEC section 6) or batch output (``articles.jsonl``, or a folder
holding one). Gold goes out as Label Studio ``annotations`` (human labels to correct);
predictions go out as ``predictions`` with ``model_version`` and a ``score`` on each
record region that has a ``Record.confidence``.

Label Studio (one task per article, config in ``label-studio.xml``):

- a mention is a region of the ``mention`` labels (QUANTITY/PLACE/DATE); its norm is a
  per-region ``norm`` text area holding the norm as JSON;
- a record is a region of the ``record`` labels over its evidence span, labelled with
  its indicator, with per-region ``kind`` and ``status`` choices and a ``slots`` text
  area holding every other field as JSON (value, unit, place, time, programme, ...);
- the article's place is the task-level ``place`` text area (JSON).

doccano (one JSON line per article): ``label`` holds the mention spans
``[start, end, TYPE]``; norms (by span), records and the article place ride along
in the line's ``ekstrak`` field, which doccano keeps as the example's metadata. The
same metadata is written to ``doccano-meta.json`` beside it for tools that drop it
(``--meta`` on import).

Import rebuilds SPEC gold files: mention and evidence text come from the article text
at the (possibly corrected) offsets; mentions and records are ordered by offset.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from . import __version__, read_text
from .evaluate import SPLITS_FILE, load_predictions
from .models import Article

FORMATS = ("label-studio", "doccano")
MENTION_TYPES = ("QUANTITY", "PLACE", "DATE")
KINDS = ("level", "change")
STATUSES = ("actual", "target", "estimate")
LS_TASKS = "label-studio.json"
LS_CONFIG = "label-studio.xml"
DOCCANO_TASKS = "doccano.jsonl"
DOCCANO_META = "doccano-meta.json"
# SPEC section 5, in its order; codes met in the data are appended to the config.
INDICATORS = (
    "poor_households", "near_poor_households", "poverty_rate", "near_poverty_rate",
    "poor_people", "escaped_poverty", "extreme_poverty_rate", "extreme_poor_people",
    "poverty_line", "poverty_gap_index", "villages_by_status", "budget_allocated",
    "budget_disbursed", "disbursement_rate", "beneficiaries", "houses_built",
    "infrastructure_projects", "livelihood_projects", "jobs", "income", "other",
)
# Record fields shown elsewhere in Label Studio (label, choices, region offsets).
_RECORD_OWN = ("indicator", "kind", "status")


# ---------------------------------------------------------------- sources


def texts_index(texts_dir: Path) -> dict[str, Path]:
    """``<id>.txt`` anywhere under the texts folder, by id."""
    out: dict[str, Path] = {}
    for p in sorted(texts_dir.rglob("*.txt")):
        out.setdefault(p.stem, p)
    return out


def _gold_from_article(a: Article) -> tuple[dict[str, Any], dict[int, float]]:
    """A prediction in gold-file shape, and the records' confidences by index."""
    d = a.model_dump(mode="json")
    mentions = [{k: m[k] for k in ("type", "start", "end", "text", "norm")} for m in d["mentions"]]
    records, scores = [], {}
    for i, r in enumerate(d["records"]):
        if r.get("confidence") is not None:
            scores[i] = r["confidence"]
        records.append({k: v for k, v in r.items() if k not in ("confidence", "why")})
    return {"id": a.id, "place": d["place"], "mentions": mentions, "records": records}, scores


def load_source(src: Path) -> tuple[str, list[tuple[dict[str, Any], dict[int, float]]]]:
    """("gold" | "predictions", [(gold-shaped dict, record scores)]) from SRC."""
    jsonl = src / "articles.jsonl" if src.is_dir() else src
    if jsonl.is_file() and jsonl.suffix == ".jsonl":
        return "predictions", [_gold_from_article(a) for a in load_predictions(jsonl).values()]
    if not src.is_dir():
        raise FileNotFoundError(f"{src}: neither a gold folder nor batch output")
    # Gold files are read as plain JSON so that every field, extras included, survives.
    golds = [
        (json.loads(p.read_text("utf-8")), {})
        for p in sorted(src.glob("*.json"))
        if p.name != SPLITS_FILE
    ]
    return "gold", golds


# ---------------------------------------------------------------- Label Studio


def label_studio_config(indicators: Iterable[str] = ()) -> str:
    """The labelling config (XML) matching the exported tasks."""
    codes = list(INDICATORS) + sorted(set(indicators) - set(INDICATORS))
    colours = {"QUANTITY": "#ffa94d", "PLACE": "#69db7c", "DATE": "#4dabf7"}
    lines = [
        "<View>",
        '  <Header value="Mentions (select a span, pick a type; the norm box holds its JSON)"/>',
        '  <Labels name="mention" toName="text">',
        *(f'    <Label value={quoteattr(t)} background="{colours[t]}"/>' for t in MENTION_TYPES),
        "  </Labels>",
        '  <Header value="Records (select the evidence quantity, pick the indicator)"/>',
        '  <Labels name="record" toName="text" showInline="true">',
        *(f'    <Label value={quoteattr(c)} background="#e599f7"/>' for c in codes),
        "  </Labels>",
        '  <Text name="text" value="$text"/>',
        # Shown for any selected region (Label Studio narrows by object tag, and both
        # label sets sit on the one Text): import reads norm for mention regions only
        # and kind/status/slots for record regions only.
        '  <View visibleWhen="region-selected">',
        '    <Header value="Mention region: norm (JSON)" size="6"/>',
        '    <TextArea name="norm" toName="text" perRegion="true" editable="true" rows="4"'
        ' maxSubmissions="1" placeholder=\'{"value": 3.36, "unit": "%"} | {"name": ...} | {"start": "2024", "end": "2024"}\'/>',
        '    <Header value="Record region: kind, status, other slots (JSON)" size="6"/>',
        '    <Choices name="kind" toName="text" perRegion="true" choice="single" showInline="true">',
        *(f'      <Choice value="{k}"/>' for k in KINDS),
        "    </Choices>",
        '    <Choices name="status" toName="text" perRegion="true" choice="single" showInline="true">',
        *(f'      <Choice value="{s}"/>' for s in STATUSES),
        "    </Choices>",
        '    <TextArea name="slots" toName="text" perRegion="true" editable="true" rows="8"'
        ' maxSubmissions="1" placeholder="record slots as JSON: value, unit, place, time, programme ..."/>',
        "  </View>",
        '  <Header value="Article place (JSON)"/>',
        '  <TextArea name="place" toName="text" editable="true" maxSubmissions="1" rows="2"/>',
        "</View>",
    ]
    return "\n".join(lines) + "\n"


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def ls_results(gold: dict[str, Any], text: str, scores: dict[int, float]) -> list[dict[str, Any]]:
    """Label Studio results of one gold-shaped article."""
    res: list[dict[str, Any]] = []

    def region(rid: str, name: str, s: int, e: int, typ: str, key: str, val: Any) -> dict[str, Any]:
        return {"id": rid, "from_name": name, "to_name": "text", "type": typ,
                "value": {"start": s, "end": e, key: val}}

    for i, m in enumerate(gold.get("mentions") or []):
        s, e = m["start"], m["end"]
        labels = region(f"m{i}", "mention", s, e, "labels", "labels", [m["type"]])
        labels["value"]["text"] = text[s:e]
        res.append(labels)
        if m.get("norm") is not None:
            res.append(region(f"m{i}", "norm", s, e, "textarea", "text", [_dumps(m["norm"])]))
    for i, r in enumerate(gold["records"]):
        ev = r["evidence"]
        s, e = ev["start"], ev["end"]
        labels = region(f"r{i}", "record", s, e, "labels", "labels", [r["indicator"]])
        labels["value"]["text"] = text[s:e]
        if i in scores:
            labels["score"] = scores[i]
        res.append(labels)
        for slot in ("kind", "status"):
            if slot in r:
                res.append(region(f"r{i}", slot, s, e, "choices", "choices", [r[slot]]))
        rest = {k: v for k, v in r.items() if k not in _RECORD_OWN}
        evid = {k: v for k, v in ev.items() if k not in ("start", "end")}
        if evid.get("text") == text[s:e]:
            del evid["text"]  # restored from the text at the region's offsets
        rest["evidence"] = evid
        res.append(region(f"r{i}", "slots", s, e, "textarea", "text", [_dumps(rest)]))
    if "place" in gold:
        res.append({"id": "place", "from_name": "place", "to_name": "text", "type": "textarea",
                    "value": {"text": [_dumps(gold["place"])]}})
    return res


def ls_task(gold: dict[str, Any], text: str, scores: dict[int, float], kind: str) -> dict[str, Any]:
    extra = {k: v for k, v in gold.items() if k not in ("id", "place", "mentions", "records")}
    data: dict[str, Any] = {"text": text, "article_id": gold["id"]}
    if "mentions" not in gold:
        data["no_mentions"] = True  # a records-only gold file stays records-only
    if extra:
        data["extra"] = extra
    result = ls_results(gold, text, scores)
    if kind == "predictions":
        pred: dict[str, Any] = {"model_version": f"ekstrak {__version__}", "result": result}
        if scores:
            pred["score"] = round(sum(scores.values()) / len(scores), 4)
        return {"data": data, "predictions": [pred]}
    return {"data": data, "annotations": [{"result": result, "ground_truth": True}]}


def _ls_result_list(task: dict[str, Any]) -> list[dict[str, Any]]:
    """The corrected labels: the last annotation when there is one, else the first prediction."""
    anns = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if anns:
        return anns[-1].get("result") or []
    preds = task.get("predictions") or []
    return (preds[0].get("result") or []) if preds else []


def gold_from_ls_task(task: dict[str, Any]) -> dict[str, Any]:
    """A SPEC gold file from one Label Studio task (as exported by Label Studio or by us)."""
    data = task["data"]
    text = data["text"]
    regions: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    place_json: str | None = None
    for r in _ls_result_list(task):
        name, val = r.get("from_name"), r.get("value") or {}
        if name == "place":
            place_json = "\n".join(val.get("text") or [])
            continue
        rid = r["id"]
        if rid not in regions:
            regions[rid] = {}
            order.append(rid)
        reg = regions[rid]
        if "start" in val:
            reg["start"], reg["end"] = val["start"], val["end"]
        if name in ("mention", "record"):
            # One region may carry both label sets when both were picked at once.
            reg[name] = (val.get("labels") or [None])[0]
        elif name in ("norm", "slots"):
            reg[name] = "\n".join(val.get("text") or [])
        elif name in ("kind", "status"):
            reg[name] = (val.get("choices") or [None])[0]
    mentions, records = [], []
    for pos, rid in enumerate(order):
        reg = regions[rid]
        if "start" not in reg:
            continue
        s, e = reg["start"], reg["end"]
        if reg.get("mention"):
            norm = json.loads(reg["norm"]) if reg.get("norm", "").strip() else None
            mentions.append(((s, e, pos), {"type": reg["mention"], "start": s, "end": e,
                                           "text": text[s:e], "norm": norm}))
        if reg.get("record"):
            slots = json.loads(reg["slots"]) if reg.get("slots", "").strip() else {}
            rec: dict[str, Any] = {"indicator": reg["record"]}
            for k in ("kind", "status"):
                if reg.get(k):
                    rec[k] = reg[k]
            rec.update({k: v for k, v in slots.items() if k != "evidence"})
            ev = dict(slots.get("evidence") or {})
            ev.update(start=s, end=e)
            ev.setdefault("text", text[s:e])
            rec["evidence"] = ev
            records.append(((s, e, pos), rec))
    out: dict[str, Any] = {"id": data["article_id"]}
    if place_json is not None:
        out["place"] = json.loads(place_json) if place_json.strip() else None
    if not data.get("no_mentions"):
        out["mentions"] = [m for _, m in sorted(mentions, key=lambda x: x[0])]
    out["records"] = [_record_order(r) for _, r in sorted(records, key=lambda x: x[0])]
    out.update(data.get("extra") or {})
    return out


def _record_order(rec: dict[str, Any]) -> dict[str, Any]:
    # Keys in the Record model's order (as in hand-written gold files), extras after.
    from .models import Record

    keys = [k for k in Record.model_fields if k in rec]
    return {**{k: rec[k] for k in keys}, **{k: v for k, v in rec.items() if k not in keys}}


# ---------------------------------------------------------------- doccano


def _span_key(s: int, e: int, t: str) -> str:
    return f"{s}:{e}:{t}"


def doccano_line(gold: dict[str, Any], text: str) -> dict[str, Any]:
    mentions = gold.get("mentions")
    meta: dict[str, Any] = {k: v for k, v in gold.items() if k != "mentions"}
    if mentions is None:
        meta["no_mentions"] = True
    else:
        meta["norms"] = {_span_key(m["start"], m["end"], m["type"]): m.get("norm") for m in mentions}
    return {
        "text": text,
        "label": [[m["start"], m["end"], m["type"]] for m in mentions or []],
        "article_id": gold["id"],
        "ekstrak": meta,
    }


def _text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def gold_from_doccano(line: dict[str, Any], side: dict[str, Any] | None = None) -> dict[str, Any]:
    text = line["text"]
    meta = line.get("ekstrak")
    if meta is None and side is not None:
        meta = side.get(str(line.get("article_id"))) or side.get(_text_key(text))
    if meta is None:
        raise ValueError("a doccano line without ekstrak metadata (pass --meta doccano-meta.json)")
    meta = dict(meta)
    norms = meta.pop("norms", {})
    no_mentions = meta.pop("no_mentions", False)
    labels = line.get("label", line.get("labels")) or []
    out: dict[str, Any] = {"id": meta.pop("id")}
    if "place" in meta:
        out["place"] = meta.pop("place")
    if not no_mentions:
        out["mentions"] = [
            {"type": t, "start": s, "end": e, "text": text[s:e], "norm": norms.get(_span_key(s, e, t))}
            for s, e, t in sorted(labels, key=lambda x: (x[0], x[1]))
        ]
    out["records"] = meta.pop("records")
    out.update(meta)
    return out


# ---------------------------------------------------------------- commands


def export(src: Path, texts: Path, fmt: str, out_dir: Path) -> dict[str, int]:
    """Write the tasks (and the Label Studio config) for SRC into OUT_DIR; counts back."""
    kind, items = load_source(src)
    index = texts_index(texts)
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {"articles": 0, "mentions": 0, "records": 0, "no_text": 0}
    tasks, lines = [], []
    indicators: set[str] = set()
    for gold, scores in items:
        p = index.get(gold["id"])
        if p is None:
            counts["no_text"] += 1
            continue
        text = read_text(p)
        counts["articles"] += 1
        counts["mentions"] += len(gold.get("mentions") or [])
        counts["records"] += len(gold["records"])
        indicators.update(r["indicator"] for r in gold["records"])
        if fmt == "label-studio":
            tasks.append(ls_task(gold, text, scores, kind))
        else:
            lines.append(doccano_line(gold, text))
    if fmt == "label-studio":
        (out_dir / LS_TASKS).write_text(json.dumps(tasks, ensure_ascii=False, indent=1), "utf-8")
    else:
        with (out_dir / DOCCANO_TASKS).open("w", encoding="utf-8") as fh:
            for ln in lines:
                fh.write(_dumps(ln) + "\n")
        side = {}
        for ln in lines:
            side[ln["article_id"]] = side[_text_key(ln["text"])] = ln["ekstrak"]
        (out_dir / DOCCANO_META).write_text(json.dumps(side, ensure_ascii=False), "utf-8")
    # The config serves both: doccano users can ignore it.
    (out_dir / LS_CONFIG).write_text(label_studio_config(indicators), "utf-8")
    return counts


def import_(src: Path, fmt: str, gold_dir: Path, meta: Path | None = None) -> list[dict[str, Any]]:
    """Read a (corrected) export back and write ``GOLD_DIR/<id>.json``; the gold dicts back."""
    golds = []
    if fmt == "label-studio":
        items: list[Any] = json.loads(src.read_text("utf-8"))
    else:
        side = json.loads(meta.read_text("utf-8")) if meta is not None else None
        with src.open(encoding="utf-8") as fh:
            items = [json.loads(ln) for ln in fh if ln.strip()]
    for n, item in enumerate(items, 1):
        try:
            golds.append(gold_from_ls_task(item) if fmt == "label-studio" else gold_from_doccano(item, side))
        except (ValueError, KeyError, TypeError) as exc:
            # A hand-edited JSON box is the usual culprit: say which article.
            aid = (item.get("data") or {}).get("article_id") if fmt == "label-studio" else item.get("article_id")
            raise ValueError(f"item {n} ({aid or 'no article id'}): {type(exc).__name__}: {exc}") from exc
    gold_dir.mkdir(parents=True, exist_ok=True)
    for g in golds:
        (gold_dir / f"{g['id']}.json").write_text(
            json.dumps(g, ensure_ascii=False, indent=2) + "\n", "utf-8"
        )
    return golds
