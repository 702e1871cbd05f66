"""An article as HTML, its QUANTITY, PLACE and DATE mentions highlighted, for eyes to check.

``ekstrak.render(article)`` returns a :class:`Rendered`: Jupyter shows it inline
(``_repr_html_``), ``.save(path)`` (or ``render(article, path=...)``) writes a standalone
page. Hovering a mention shows its normalised value and, for a figure, its record's slots;
the record table under the text lists every record. Plain HTML and CSS, no script, so the
page works offline and in a notebook whose output is trusted or not.

An Article does not store its input text: give ``text=``, or the article's ``path`` is
read when that file exists, else the text is rebuilt from the stored sentences
(paragraphs without sentences, such as boilerplate, are then shown as a placeholder).
"""

from __future__ import annotations

from collections import Counter
from html import escape
from pathlib import Path

from . import parse_article, read_text
from .columns import record_rows
from .models import Article, Mention, Place, QuantityNorm, Record, TimeNorm

__all__ = ["Rendered", "render"]

COLORS = {"QUANTITY": "#ffd166", "PLACE": "#9be3c4", "DATE": "#a9c9ff"}

_CSS = """
.ekstrak-render { font-family: system-ui, sans-serif; line-height: 2.1; max-width: 60em; }
.ekstrak-render p { margin: 0 0 .6em 0; }
.ekstrak-render .ek-kind { color: #888; font-size: .7em; margin-right: .5em; }
.ekstrak-render .ek-muted { color: #999; }
.ekstrak-render mark { padding: .15em .3em; border-radius: .3em; }
.ekstrak-render mark .ek-label { font-size: .6em; font-weight: bold; margin-left: .4em; }
.ekstrak-render table { border-collapse: collapse; font-size: .85em; line-height: 1.4; }
.ekstrak-render th, .ekstrak-render td { border-bottom: 1px solid #ddd; padding: .2em .5em; text-align: left; }
"""


class Rendered:
    """The HTML of one rendered article; shown inline by Jupyter."""

    def __init__(self, html: str, title: str) -> None:
        self.html = html
        self.title = title

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<ekstrak rendering of {self.title!r}: {len(self.html):,} characters of HTML>"

    def page(self) -> str:
        """A standalone HTML page."""
        return (
            "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{escape(self.title)}</title>\n</head>\n<body>\n{self.html}\n</body>\n</html>\n"
        )

    def save(self, path: str | Path) -> Path:
        """Write :meth:`page` to ``path`` (folders created) and return the path."""
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(self.page(), encoding="utf-8")
        return p


def render(article: Article | str, text: str | None = None, path: str | Path | None = None,
           records: bool = True) -> Rendered:
    """Highlight ``article``'s mentions (an Article, or a text to parse first).

    ``records=False`` leaves out the record table; ``path`` also writes a standalone page.
    """
    if isinstance(article, str):
        text = article
        article = parse_article(text)
    rebuilt = text is None
    if text is None:
        text, rebuilt = _article_text(article)
    by_evidence = {(r.evidence.start, r.evidence.end): r for r in article.records}
    counts = Counter(m.type for m in article.mentions)
    legend = " ".join(
        f'<mark style="background:{COLORS[t]}">{t}<span class="ek-label">{counts.get(t, 0)}</span></mark>'
        for t in COLORS
    )
    parts = [f"<style>{_CSS}</style>", '<div class="ekstrak-render">',
             f"<p><b>{escape(article.id)}</b> &middot; {len(article.records)} records &middot; {legend}</p>"]
    for start, end, kind, has_text in _blocks(article, text, rebuilt):
        inside = [m for m in article.mentions if start <= m.start and m.end <= end]
        body = _marked(text, start, end, inside, by_evidence) if has_text else (
            f'<span class="ek-muted">[{kind}: text not stored]</span>')
        label = "" if kind == "body" else f'<span class="ek-kind">{escape(kind)}</span>'
        parts.append(f"<p>{label}{body}</p>")
    if records and article.records:
        parts.append(_record_table(article))
    parts.append("</div>")
    rendered = Rendered("\n".join(parts), article.title or article.id)
    if path is not None:
        rendered.save(path)
    return rendered


def _article_text(article: Article) -> tuple[str, bool]:
    """The input text, and whether it had to be rebuilt from the sentences."""
    if article.path and Path(article.path).is_file():
        text = read_text(article.path)
        if all(text[s.start:s.end] == s.text for s in article.sentences):
            return text, False
    # Rebuilt from the sentences: offsets stay right, text between sentences becomes spaces.
    n = max([p.end for p in article.paragraphs] + [s.end for s in article.sentences] + [0])
    buf = [" "] * n
    for p in article.paragraphs:
        if p.end < n:
            buf[p.end] = "\n"
    for s in article.sentences:
        buf[s.start:s.end] = s.text
    return "".join(buf), True


def _blocks(article: Article, text: str, rebuilt: bool) -> list[tuple[int, int, str, bool]]:
    """(start, end, paragraph kind, whether its text is known) for each paragraph."""
    if not article.paragraphs:
        return [(0, len(text), "body", True)]
    with_sentences = {s.paragraph for s in article.sentences}
    return [(p.start, p.end, p.kind, not rebuilt or p.index in with_sentences)
            for p in article.paragraphs]


def _marked(text: str, start: int, end: int, mentions: list[Mention],
            by_evidence: dict[tuple[int, int], Record]) -> str:
    out: list[str] = []
    pos = start
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start < pos:
            continue  # overlaps the previous one (only possible in hand-made input)
        out.append(escape(text[pos:m.start]))
        tip = _tooltip(m, by_evidence.get((m.start, m.end)))
        out.append(
            f'<mark style="background:{COLORS.get(m.type, "#ddd")}" title="{escape(tip)}">'
            f'{escape(text[m.start:m.end])}<span class="ek-label">{m.type}</span></mark>'
        )
        pos = m.end
    out.append(escape(text[pos:end]))
    return "".join(out)


def _tooltip(m: Mention, record: Record | None) -> str:
    n = m.norm
    if isinstance(n, QuantityNorm):
        tip = f"{_num(n.value)}{'-' + _num(n.value_max) if n.value_max is not None else ''} {n.unit}"
        if n.qualifier:
            tip += f" ({n.qualifier})"
    elif isinstance(n, Place):
        tip = ", ".join(x for x in (n.name, n.level, n.country, n.code and f"code {n.code}") if x)
    elif isinstance(n, TimeNorm):
        tip = _time(n)
    else:
        tip = m.type
    if record is not None:
        place = record.place.name if record.place else "-"
        tip += (f" | record: {record.indicator}, {record.kind}, {record.status}, place {place}, "
                f"time {_time(record.time)}")
    return tip


def _time(t: TimeNorm | None) -> str:
    if t is None:
        return "-"
    if t.start == t.end:
        return t.start or "?"
    return f"{t.start or '?'}..{t.end or '?'}"


def _num(v: float | None) -> str:
    if v is None:
        return ""
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.6g}"


def _record_table(article: Article) -> str:
    head = ["#", "figure", "indicator", "value", "unit", "kind", "status", "place", "time",
            "confidence"]
    rows = []
    for r in record_rows(article):
        time = _time(TimeNorm(start=r["time_start"], end=r["time_end"])) if (
            r["time_start"] or r["time_end"]) else "-"
        value = _num(r["value"]) + ("-" + _num(r["value_max"]) if r["value_max"] is not None else "")  # type: ignore[arg-type]
        cells = [r["index"], r["evidence_text"], r["indicator"], value, r["unit"], r["kind"],
                 r["status"], r["place_name"] or "-", time,
                 "-" if r["confidence"] is None else f"{r['confidence']:.2f}"]
        rows.append("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in cells) + "</tr>")
    return ("<table><thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")
