"""What the learned slot decisions cost per article (issue 12).

The 44 articles of ``corpus/`` are parsed in each mode (rules | model | combined) and
tokenised by the floor (``spacy.blank("id")``), taking turns round by round so that the
machine's drift hits all alike. Prints ms per article, words/s and the share of the floor.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import spacy

from ekstrak import parse_article, read_text
from ekstrak.records.learned import MODES, using

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args(argv)
    texts = [read_text(p) for p in sorted((ROOT / "corpus").glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    blank = spacy.blank("id")
    for t in texts[:3]:
        parse_article(t)
        blank(t)
    runs: dict[str, list[float]] = {m: [] for m in ("floor", *MODES)}
    for _ in range(args.rounds):
        for name in runs:
            t0 = time.perf_counter()
            if name == "floor":
                for t in texts:
                    blank(t)
            else:
                with using(mode=name):
                    for t in texts:
                        parse_article(t)
            runs[name].append(time.perf_counter() - t0)
    med = {k: statistics.median(v) for k, v in runs.items()}
    print(f"{len(texts)} articles, {words} words, median of {args.rounds} rounds")
    print(f"{'':10s}{'ms/article':>12s}{'words/s':>10s}{'of floor':>10s}{'+ms vs rules':>14s}")
    for k, s in med.items():
        extra = "" if k in ("floor", "rules") else f"{(s - med['rules']) / len(texts) * 1e3:14.2f}"
        print(f"{k:10s}{s / len(texts) * 1e3:12.2f}{words / s:10.0f}{med['floor'] / s:10.3f}{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
