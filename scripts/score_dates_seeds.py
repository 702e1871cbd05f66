"""Score the dates stage alone against gold DATE mentions.

Usage:
    python scripts/score_dates_seeds.py                       # ../shared/seeds
    python scripts/score_dates_seeds.py --gold gold --corpus corpus   # project gold set

Each body line (or, when ``ekstrak.segment.segment`` exists, each title/body
sentence) goes through ``find_dates``; caption lines ("(Foto:", "(Dalam foto:"),
date-stamp lines and "Sumber:/Penulis:"-style lines are skipped when scoring by
line. ``published`` comes from ``find_published`` on the first lines. Prints
strict precision/recall/F1 and the norm agreement over strict pairs, and lists
every miss, false alarm and norm disagreement.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from ekstrak.dates import find_dates, find_published, is_date_stamp_line

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
_SKIP_LINE = re.compile(
    r"\((?:dalam\s+)?foto\s*:|^(?:sumber|penulis|pewarta|editor|reporter|oleh)\s*:",
    re.IGNORECASE,
)


def _published(text: str) -> str | None:
    for line in text.splitlines()[:6]:
        pub = find_published(line)
        if pub:
            return pub
    return None


def _spans_by_line(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.strip() and not _SKIP_LINE.search(line) and not is_date_stamp_line(line):
            yield start, end


def _spans(text: str, by_line: bool) -> tuple[Iterator[tuple[int, int]], str]:
    """Sentence spans from the segmenter when it exists, else one span per line."""
    if by_line:
        return _spans_by_line(text), "line"
    try:
        from ekstrak.segment import segment  # type: ignore[attr-defined]
    except ImportError:
        return _spans_by_line(text), "line"
    try:
        seg = segment(text)
        paragraphs = seg.paragraphs if hasattr(seg, "paragraphs") else seg[0]
        sentences = seg.sentences if hasattr(seg, "sentences") else seg[1]
        kinds = {p.index: p.kind for p in paragraphs}
        spans = [
            (s.start, s.end) for s in sentences if kinds.get(s.paragraph) in {"title", "body"}
        ]
        return iter(spans), "segment"
    except Exception as exc:  # the segmenter's shape may change under us
        print(f"segment() unusable ({exc!r}); scoring by line", file=sys.stderr)
        return _spans_by_line(text), "line"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SEEDS / "gold")
    ap.add_argument("--corpus", type=Path, default=SEEDS)
    ap.add_argument("--quiet", action="store_true", help="figures only")
    ap.add_argument("--by-line", action="store_true", help="score lines even if segment exists")
    args = ap.parse_args()
    if not args.gold.is_dir():
        print(f"no gold directory at {args.gold}", file=sys.stderr)
        return 2

    tp = fp = fn = norm_ok = 0
    mode = "line"
    for gold_file in sorted(args.gold.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        if gold.get("mentions") is None:
            continue
        text = (args.corpus / f"{gold_file.stem}.txt").read_text(encoding="utf-8")
        published = _published(text)
        want = {
            (m["start"], m["end"]): m["norm"] for m in gold["mentions"] if m["type"] == "DATE"
        }
        spans, mode = _spans(text, args.by_line)
        got = {}
        for s, e in spans:
            for m in find_dates(text, s, e, published):
                got[(m.start, m.end)] = m.norm.model_dump() if m.norm else None
        for key in sorted(want.keys() | got.keys()):
            snippet = repr(text[key[0] : key[1]])
            if key in want and key in got:
                tp += 1
                g, p = want[key], got[key] or {}
                if (g.get("start"), g.get("end")) == (p.get("start"), p.get("end")):
                    norm_ok += 1
                elif not args.quiet:
                    print(f"{gold_file.stem}: NORM {snippet} gold={g} got={p}")
            elif key in want:
                fn += 1
                if not args.quiet:
                    print(f"{gold_file.stem}: MISS {snippet} at {key}")
            else:
                fp += 1
                if not args.quiet:
                    print(f"{gold_file.stem}: FALSE {snippet} at {key}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(
        f"DATE strict ({mode}): tp={tp} fp={fp} fn={fn} P={p:.3f} R={r:.3f} F1={f1:.3f}; "
        f"norm equal {norm_ok}/{tp}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
