"""What the learned slot hook itself costs per article, without the rest of the parse.

The hook's calls (indicator, status, time, place) for the 44 articles of ``corpus/`` are recorded
during one combined-mode parse, then replayed; each figure is the best of several repeats,
which a shared machine's drift touches least (``scripts/time_slots.py`` times whole parses).
"""

from __future__ import annotations

import argparse
import sys
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ekstrak import parse_article, read_text
from ekstrak.records import learned

ROOT = Path(__file__).resolve().parents[1]
STEPS = ("indicator", "status", "time", "place")


def record_calls(texts: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    """The arguments of each hook call of a combined-mode parse of ``texts``."""
    calls: dict[str, list[tuple[Any, ...]]] = {s: [] for s in STEPS}
    originals = {s: getattr(learned.SlotHook, s) for s in STEPS}

    def recorder(step: str) -> Callable[..., Any]:
        def call(self: learned.SlotHook, *args: Any) -> Any:
            calls[step].append(args)
            return originals[step](self, *args)
        return call

    try:
        for s in STEPS:
            setattr(learned.SlotHook, s, recorder(s))
        with learned.using(mode="combined"):
            for t in texts:
                parse_article(t)
    finally:
        for s in STEPS:
            setattr(learned.SlotHook, s, originals[s])
    return calls


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeats", type=int, default=7)
    args = ap.parse_args(argv)
    texts = [read_text(p) for p in sorted((ROOT / "corpus").glob("*.txt"))]
    calls = record_calls(texts)
    hook = learned.SlotHook("combined", learned.shipped_models(), None)
    total = 0.0
    print(f"{len(texts)} articles, {len(calls['indicator'])} figures, best of {args.repeats}")
    for s in STEPS:
        step = getattr(hook, s)
        best = min(timeit.repeat(lambda: [step(*a) for a in calls[s]],  # noqa: B023
                                 number=3, repeat=args.repeats)) / 3
        total += best
        print(f"{s:10s}{best / len(texts) * 1e3:8.3f} ms/article")
    print(f"{'hook':10s}{total / len(texts) * 1e3:8.3f} ms/article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
