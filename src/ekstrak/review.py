"""Review page: one self-contained HTML file for a batch output folder.

``ekstrak review OUT -o review.html [--corpus DIR] [--gold DIR]``. The batch output
(``OUT/articles.jsonl``) holds no article text, so the text comes from ``--corpus``
(``DIR/<Article.path>`` when the batch recorded it, else the first ``<id>.txt`` found
under DIR) or, without ``--corpus``, from ``Article.path`` as a path on this machine.

The page is one file with inline CSS and JS and no network use. Article data travels
as JSON inside a ``<script type="application/json">`` block with ``<``, ``>`` and
``&`` written as ``\\u`` escapes, and the script puts text on the page only through
``textContent``, so an article containing markup stays inert text. Articles are drawn
when opened, which keeps a page of a few hundred articles quick to load.

With ``--gold`` every gold article is paired with its prediction by
``evaluate.pair_records`` (the evaluator's own pairing): paired rows show the gold
value under each slot that differs, gold records without a partner are *missed*
rows and predicted records without one are *spurious*.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from . import InputError, read_text
from .evaluate import SLOTS, load_gold, load_predictions, pair_records, slot_equal
from .models import Article, GoldArticle, Place, Record, TimeNorm

TEMPLATE = "review.html"
MENTION_TYPES = ("QUANTITY", "PLACE", "DATE")


@dataclass
class ReviewStats:
    """What went into a page."""

    articles: int = 0
    records: int = 0
    with_text: int = 0
    gold_articles: int = 0
    missed: int = 0
    spurious: int = 0
    bytes: int = 0


def fmt_value(r: Record) -> str:
    """Value as a reader writes it: qualifier, grouping, range."""
    def num(v: float) -> str:
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.6g}" if abs(v) >= 1e6 else f"{v:g}"

    q = {"about": "~", "nearly": "≈<", "more_than": ">", "at_least": "≥", "less_than": "<",
         "at_most": "≤"}.get(r.qualifier or "", "")
    s = num(r.value) if r.value_max is None else f"{num(r.value)}–{num(r.value_max)}"
    return f"{q}{s}"


def fmt_place(p: Place | None) -> str:
    # The name only: the evaluator ignores the level when it compares places.
    return "" if p is None else p.name


def fmt_time(t: TimeNorm | None) -> str:
    if t is None or (t.start is None and t.end is None):
        return ""
    if t.start == t.end or t.end is None:
        return t.start or ""
    return f"{t.start or '?'}–{t.end}"


def _slot_text(slot: str, r: Record) -> str:
    if slot == "place":
        return fmt_place(r.place)
    if slot == "time":
        return fmt_time(r.time)
    return str(getattr(r, slot) or "")


def _row(r: Record, match: str, gold: Record | None = None) -> dict[str, Any]:
    row: dict[str, Any] = {
        "indicator": r.indicator,
        "value": fmt_value(r),
        "v": r.value,
        "unit": r.unit,
        "place": fmt_place(r.place),
        "time": fmt_time(r.time),
        "status": r.status,
        "kind": r.kind,
        "confidence": r.confidence,
        "concept": r.concept,
        "why": r.why,
        "s": r.evidence.start,
        "e": r.evidence.end,
        "match": match,
    }
    if gold is not None:
        # Gold shown under the slots the evaluator counts as wrong, and its evidence
        # when it lies elsewhere.
        row["gold"] = {s: _slot_text(s, gold) for s in SLOTS if not slot_equal(s, r, gold)}
        if (gold.evidence.start, gold.evidence.end) != (r.evidence.start, r.evidence.end):
            row["gs"], row["ge"] = gold.evidence.start, gold.evidence.end
    return row


def article_rows(art: Article, gold: GoldArticle | None) -> list[dict[str, Any]]:
    """Table rows of one article; with gold, paired/missed/spurious as the evaluator pairs."""
    if gold is None:
        return [_row(r, "") for r in art.records]
    pairs = dict(pair_records(art.records, gold.records))
    paired_gold = set(pairs.values())
    rows = []
    for pi, r in enumerate(art.records):
        gi = pairs.get(pi)
        if gi is None:
            rows.append(_row(r, "spurious"))
        else:
            g = gold.records[gi]
            same = all(slot_equal(s, r, g) for s in SLOTS)
            rows.append(_row(r, "ok" if same else "slots", g))
    rows += [_row(g, "missed") for gi, g in enumerate(gold.records) if gi not in paired_gold]
    rows.sort(key=lambda x: (x["s"], x["match"] == "missed"))
    return rows


class TextFinder:
    """Article text by the corpus folder (path recorded by the batch, else ``<id>.txt``)."""

    def __init__(self, corpus: Path | None) -> None:
        self.corpus = corpus
        self._by_stem: dict[str, Path] | None = None

    def _index(self) -> dict[str, Path]:
        if self._by_stem is None:
            self._by_stem = {}
            if self.corpus is not None:
                for p in sorted(self.corpus.rglob("*.txt")):
                    self._by_stem.setdefault(p.stem, p)
        return self._by_stem

    def path(self, art: Article) -> Path | None:
        if self.corpus is not None:
            if art.path and (self.corpus / art.path).is_file():
                return self.corpus / art.path
            return self._index().get(art.id)
        if art.path and Path(art.path).is_file():
            return Path(art.path)
        return None

    def text(self, art: Article) -> str | None:
        p = self.path(art)
        if p is None:
            return None
        try:
            return read_text(p)
        except (InputError, OSError):
            return None


def page_data(
    arts: dict[str, Article], finder: TextFinder, gold: dict[str, GoldArticle] | None
) -> tuple[list[dict[str, Any]], ReviewStats]:
    st = ReviewStats(articles=len(arts))
    out = []
    for aid, art in arts.items():
        g = gold.get(aid) if gold is not None else None
        text = finder.text(art)
        rows = article_rows(art, g)
        counts = {t: 0 for t in MENTION_TYPES}
        for m in art.mentions:
            counts[m.type] += 1
        item: dict[str, Any] = {
            "id": aid,
            "title": art.title or "",
            "text": text,
            "mentions": [[m.start, m.end, m.type] for m in art.mentions],
            "rows": rows,
            "counts": counts,
            "records": len(art.records),
            "gold": g is not None,
            "place": fmt_place(art.place),
        }
        if g is not None:
            item["missed"] = sum(r["match"] == "missed" for r in rows)
            item["spurious"] = sum(r["match"] == "spurious" for r in rows)
            st.gold_articles += 1
            st.missed += item["missed"]
            st.spurious += item["spurious"]
        st.records += len(art.records)
        st.with_text += text is not None
        out.append(item)
    return out, st


def script_json(obj: Any) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can end or open a tag."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        s = s.replace(ch, esc)
    return s


def render_page(items: list[dict[str, Any]], title: str, has_gold: bool) -> str:
    tpl = files("ekstrak").joinpath("data", TEMPLATE).read_text("utf-8")
    meta = {"title": title, "gold": has_gold}
    return (
        tpl.replace("/*META*/null", script_json(meta))
        .replace("/*DATA*/[]", script_json(items))
    )


def build_review(
    out_dir: str | Path,
    dest: str | Path,
    corpus: str | Path | None = None,
    gold_dir: str | Path | None = None,
) -> ReviewStats:
    """Write the review page for batch output ``out_dir`` to ``dest``."""
    out = Path(out_dir)
    src = out / "articles.jsonl" if out.is_dir() else out
    if not src.exists():
        raise FileNotFoundError(f"{src}: no articles.jsonl (is {out} a batch output folder?)")
    arts = load_predictions(src)
    gold = load_gold(gold_dir) if gold_dir is not None else None
    if gold is not None:
        # The page reviews this batch: gold articles outside it are left out (counted).
        gold = {gid: g for gid, g in gold.items() if gid in arts}
    finder = TextFinder(Path(corpus) if corpus is not None else None)
    items, st = page_data(arts, finder, gold)
    html = render_page(items, f"ekstrak review: {out.resolve().name}", gold is not None)
    Path(dest).write_text(html, "utf-8")
    st.bytes = len(html.encode("utf-8"))
    return st
