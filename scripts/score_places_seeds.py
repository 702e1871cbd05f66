"""Score ``ekstrak.places.find_places`` against the PLACE mentions of ../shared/seeds gold.

Sentences come from ``ekstrak.segment.segment(text).scored_sentences()`` (title and body
only, so captions are skipped). Strict = same start and end. Prints per-article counts,
micro P/R/F1, the misses and false positives, and the main place against gold ``place``.

    .venv/bin/python scripts/score_places_seeds.py [SEEDS_DIR]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from ekstrak.places import find_places, main_place
from ekstrak.segment import segment

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def main(argv: list[str]) -> int:
    seeds = Path(argv[1]) if len(argv) > 1 else DEFAULT
    if not (seeds / "gold").is_dir():
        print(f"no seeds at {seeds}", file=sys.stderr)
        return 2
    tp = fp = fn = 0
    level_ok = 0
    elapsed = 0.0
    for gold_path in sorted((seeds / "gold").glob("*.json")):
        text = (seeds / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        seg = segment(text)
        t0 = time.perf_counter()
        pred = [m for s in seg.scored_sentences() for m in find_places(text, s.start, s.end)]
        title = next(((p.start, p.end) for p in seg.paragraphs if p.kind == "title"), None)
        main = main_place(text, pred, title_range=title)
        elapsed += time.perf_counter() - t0
        g = {(m["start"], m["end"]): m for m in gold["mentions"] if m["type"] == "PLACE"}
        p = {(m.start, m.end): m for m in pred}
        a_tp = len(g.keys() & p.keys())
        tp, fp, fn = tp + a_tp, fp + len(p.keys() - g.keys()), fn + len(g.keys() - p.keys())
        level_ok += sum(p[k].norm.level == g[k]["norm"]["level"] for k in g.keys() & p.keys())
        print(f"{gold_path.stem}: gold {len(g)} pred {len(p)} tp {a_tp}; "
              f"main place {main.name if main else None}/{main.level if main else None} "
              f"(gold {gold['place']['name']}/{gold['place']['level']})")
        for k in sorted(g.keys() - p.keys()):
            print(f"  MISS {k} {g[k]['text']!r}")
        for k in sorted(p.keys() - g.keys()):
            print(f"  FP   {k} {p[k].text!r} {p[k].norm.level}")
        for k in sorted(g.keys() & p.keys()):
            if p[k].norm.level != g[k]["norm"]["level"]:
                print(f"  LEVEL {k} {g[k]['text']!r} pred {p[k].norm.level} gold {g[k]['norm']['level']}")
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"PLACE strict: P {prec:.3f} R {rec:.3f} F1 {f1:.3f} (tp {tp} fp {fp} fn {fn}); "
          f"level agreement {level_ok}/{tp}; find_places+main_place {elapsed * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
