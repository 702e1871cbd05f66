"""Sentence-boundary precision/recall/F1 on the UD Indonesian test sentences.

Each CoNLL-U file's sentences (``# text = ...``) are joined with single spaces
into paragraphs of five; ekstrak's sentence splitter runs over each paragraph
and the recovered boundaries (sentence end offsets, the paragraph end excluded)
are compared with the true ones.

Usage: python scripts/score_sentences_ud.py [../shared/data]
"""

from __future__ import annotations

import sys
from pathlib import Path

from ekstrak.segment import split_sentences

GROUP = 5


def ud_sentences(path: Path) -> list[str]:
    return [
        line[len("# text = "):].strip()
        for line in path.read_text("utf-8").splitlines()
        if line.startswith("# text = ")
    ]


def score_file(path: Path) -> tuple[int, int, int]:
    sents = ud_sentences(path)
    tp = pred = gold = 0
    for i in range(0, len(sents), GROUP):
        chunk = [s for s in sents[i : i + GROUP] if s]
        text = " ".join(chunk)
        gold_b: set[int] = set()
        pos = 0
        for s in chunk[:-1]:
            pos += len(s)
            gold_b.add(pos)
            pos += 1
        pred_b = {e for _, e in split_sentences(text)} - {len(text)}
        tp += len(gold_b & pred_b)
        pred += len(pred_b)
        gold += len(gold_b)
    return tp, pred, gold


def test_files(data: Path) -> list[Path]:
    return sorted(p for p in data.glob("ud_indonesian-*/*test*.conllu"))


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data"
    total = [0, 0, 0]
    for f in test_files(data):
        tp, pred, gold = score_file(f)
        for k, v in enumerate((tp, pred, gold)):
            total[k] += v
        p, r = tp / pred if pred else 0, tp / gold if gold else 0
        print(f"{f.name:40s} P {p:.4f} R {r:.4f} F1 {2*p*r/(p+r) if p+r else 0:.4f}  ({gold} boundaries)")
    tp, pred, gold = total
    p, r = tp / pred, tp / gold
    print(f"{'ALL':40s} P {p:.4f} R {r:.4f} F1 {2*p*r/(p+r):.4f}  ({gold} boundaries)")


if __name__ == "__main__":
    main()
