"""Score ``find_quantities`` against the QUANTITY mentions of the seed gold files.

Usage: python scripts/score_quantities_seeds.py [SEEDS_DIR] [--verbose]

Sentences come from ``ekstrak.segment.segment(text)`` when that module exists
(body/title sentences only); until then each line is split with a simple regex,
and caption lines ("(Foto:", "(Dalam foto:") and "Sumber:"/"Komentar" lines are
skipped, as SPEC section 1 keeps them out of the scored text.

Prints strict precision/recall/F1 (same start and end) and, for every strictly
paired mention, whether value, value_max, unit and qualifier equal the gold.
Exit status 1 when F1 < 0.95 or any paired field differs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from ekstrak.models import Mention
from ekstrak.quantities import find_quantities

ROOT = Path(__file__).resolve().parents[1]
_SENT = re.compile(r"[^\n]+?(?:[.!?](?=\s+[A-Z(\"'])|$)", re.M)
_SKIP_LINE = re.compile(r"\((?:Dalam )?[Ff]oto:|^Sumber:|^Komentar \(\d+\)")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every scored sentence."""
    try:
        from ekstrak import segment as seg  # type: ignore[attr-defined]
    except ImportError:
        seg = None
    if seg is not None and hasattr(seg, "segment"):
        yield from _from_segmenter(seg, text)
        return
    pos = 0
    for line in text.split("\n"):
        if line.strip() and not _SKIP_LINE.search(line):
            for m in _SENT.finditer(line):
                s = pos + m.start()
                e = pos + m.end()
                while s < e and text[s].isspace():
                    s += 1
                if s < e:
                    yield s, e
        pos += len(line) + 1


def _from_segmenter(seg: object, text: str) -> Iterator[tuple[int, int]]:
    result = seg.segment(text)  # type: ignore[attr-defined]
    paragraphs = getattr(result, "paragraphs", None)
    sents = getattr(result, "sentences", None)
    if paragraphs is None and isinstance(result, tuple):
        paragraphs, sents = result
    kinds = {p.index: p.kind for p in paragraphs or []}
    for s in sents or []:
        if kinds.get(s.paragraph, "body") in ("body", "title"):
            yield s.start, s.end


def predict(text: str) -> list[Mention]:
    out: list[Mention] = []
    for s, e in sentences(text):
        out.extend(find_quantities(text, s, e))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seeds", nargs="?", default=str(ROOT.parent / "shared" / "seeds"))
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)
    seeds = Path(args.seeds)
    if not (seeds / "gold").is_dir():
        print(f"no gold files under {seeds}", file=sys.stderr)
        return 2
    tp = fp = fn = 0
    field_ok = field_total = 0
    for gold_path in sorted((seeds / "gold").glob("*.json")):
        text = (seeds / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        gold = [m for m in json.loads(gold_path.read_text())["mentions"] if m["type"] == "QUANTITY"]
        pred = predict(text)
        gmap = {(g["start"], g["end"]): g for g in gold}
        pmap = {(p.start, p.end): p for p in pred}
        for key, p in pmap.items():
            g = gmap.get(key)
            if g is None:
                fp += 1
                print(f"  FP {gold_path.stem} {p.text!r} {p.norm}")
                continue
            tp += 1
            field_total += 1
            gn, pn = g["norm"], p.norm.model_dump()  # type: ignore[union-attr]
            diffs = [
                f"{k}: {pn[k]!r} != {gn.get(k)!r}"
                for k in ("value", "value_max", "unit", "qualifier")
                if pn[k] != gn.get(k)
            ]
            if diffs:
                print(f"  FIELD {gold_path.stem} {p.text!r}: " + "; ".join(diffs))
            else:
                field_ok += 1
                if args.verbose:
                    print(f"  ok {p.text!r} {pn}")
        for key, g in gmap.items():
            if key not in pmap:
                fn += 1
                print(f"  FN {gold_path.stem} {g['text']!r} {g['norm']}")
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"QUANTITY strict: tp={tp} fp={fp} fn={fn} P={prec:.3f} R={rec:.3f} F1={f1:.3f}")
    print(f"paired mentions with value/value_max/unit/qualifier all equal: {field_ok}/{field_total}")
    return 0 if f1 >= 0.95 and field_ok == field_total else 1


if __name__ == "__main__":
    sys.exit(main())
