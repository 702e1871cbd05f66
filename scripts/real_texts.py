#!/usr/bin/env python3
"""Re-create the real texts from the library's `search` answers, and plan the look-ups.

    real_texts.py plan [--parts N] [--texts DIR] [--sets S]   rows still missing, by query
    real_texts.py put ID [--texts DIR] < LITERAL     write one excerpt, checked by sha256

Every list of real pages counts: `../shared/real/sources.tsv` and each `gold/*/sources.tsv`
(real-extra sets and real-holdout alike). `plan` prints the missing rows grouped by query
(one `search(query=..., corpus="pages")` serves every row of a group) and, with `--parts`,
splits the groups into N files `plan-K.tsv` in the texts folder's parent for helpers to
work in parallel; `--sets real,real-holdout,real-extra40..102` plans only those sets (a
fresh machine's search budget may not cover every set and new labels too). `put` reads the result's `excerpt` exactly as the JSON answer shows it (a
JSON string literal, quotes and escapes included) from stdin, and writes `DIR/ID.txt` only
when its sha256 is the one listed: a wrong copy is refused with the reason, never written.
The texts are third-party and never committed; the default folder is `../real-texts`.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def sources(root: Path = ROOT, shared: Path = SHARED,
            sets: set[str] | None = None) -> list[dict[str, str]]:
    """Every listed real page (of ``sets`` only, if given: `real` is shared/real's list, the
    others are gold folder names): id, url, query and sha256, in file order."""
    files = [shared / "real" / "sources.tsv", *sorted((root / "gold").glob("*/sources.tsv"))]
    rows: list[dict[str, str]] = []
    for f in files:
        if f.exists() and (sets is None or f.parent.name in sets):
            with f.open(encoding="utf-8", newline="") as fh:
                rows.extend(csv.DictReader(fh, delimiter="\t"))
    return rows


def parse_sets(spec: str) -> set[str]:
    """`real,real-holdout,real-extra40..102` -> the set names; `A..B` expands numbered sets
    (`real-extra1` is the folder `real-extra`)."""
    names: set[str] = set()
    for item in filter(None, (x.strip() for x in spec.split(","))):
        stem, dots, hi = item.partition("..")
        if not dots:
            names.add(item)
            continue
        base = stem.rstrip("0123456789")
        if not (stem != base and hi.isdigit()):
            raise ValueError(f"{item}: a range is NAME<first>..<last>, e.g. real-extra40..102")
        for k in range(int(stem[len(base):]), int(hi) + 1):
            names.add(base if k == 1 else f"{base}{k}")
    return names


def missing_groups(rows: list[dict[str, str]], texts: Path) -> dict[str, list[dict[str, str]]]:
    """The rows whose text is absent or differs, grouped by their query (first-seen order)."""
    groups: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        p = texts / f"{r['id']}.txt"
        if p.exists() and hashlib.sha256(p.read_bytes()).hexdigest() == r["sha256"]:
            continue
        groups.setdefault(r["query"], []).append(r)
    return groups


def split_groups(groups: list[list[dict[str, str]]], parts: int) -> list[list[list[dict[str, str]]]]:
    """Groups dealt to ``parts`` helpers so each gets about as many look-ups and rows."""
    bins: list[list[list[dict[str, str]]]] = [[] for _ in range(parts)]
    load = [0.0] * parts
    for g in sorted(groups, key=len, reverse=True):
        k = min(range(parts), key=load.__getitem__)
        bins[k].append(g)
        load[k] += 1 + 0.3 * len(g)
    return bins


def put(rid: str, literal: str, rows: list[dict[str, str]], texts: Path) -> str:
    """Write ``texts/rid.txt`` from the JSON string ``literal`` if its sha256 is the listed
    one; raise ValueError naming the id and the reason otherwise."""
    want = {r["id"]: r["sha256"] for r in rows}
    if rid not in want:
        raise ValueError(f"{rid}: not in any sources.tsv")
    try:
        text = json.loads(literal)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{rid}: not a JSON string literal ({exc.msg})") from exc
    if not isinstance(text, str):
        raise ValueError(f"{rid}: the literal is no string")
    data = text.encode("utf-8")
    got = hashlib.sha256(data).hexdigest()
    if got != want[rid]:
        raise ValueError(f"{rid}: sha256 {got[:12]}... is not the listed {want[rid][:12]}... "
                         f"({len(text)} characters): copy the excerpt again exactly")
    texts.mkdir(parents=True, exist_ok=True)
    tmp = texts / f".{rid}.txt.tmp"
    tmp.write_bytes(data)
    os.replace(tmp, texts / f"{rid}.txt")
    return f"{rid}: ok"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=["plan", "put"])
    ap.add_argument("id", nargs="?")
    ap.add_argument("--texts", type=Path, default=Path(os.environ.get(
        "EKSTRAK_REAL_TEXTS", ROOT.parent / "real-texts")))
    ap.add_argument("--parts", type=int, default=0)
    ap.add_argument("--sets", default="", help="plan only these sets (comma list, A..B ranges)")
    args = ap.parse_args(argv)
    rows = sources()
    if args.command == "put":
        if not args.id:
            ap.error("put needs an ID")
        try:
            print(put(args.id, sys.stdin.read().strip(), rows, args.texts))
        except ValueError as exc:
            print(exc, file=sys.stderr)
            return 1
        return 0
    if args.sets:
        try:
            rows = sources(sets=parse_sets(args.sets))
        except ValueError as exc:
            ap.error(str(exc))
    groups = missing_groups(rows, args.texts)
    n_rows = sum(map(len, groups.values()))
    print(f"{len(rows)} listed, {n_rows} missing or different, {len(groups)} look-ups needed")
    if args.parts:
        for k, part in enumerate(split_groups(list(groups.values()), args.parts), 1):
            out = args.texts.parent / f"plan-{k}.tsv"
            with out.open("w", encoding="utf-8") as fh:
                fh.write("query\tid\turl\n")
                for g in part:
                    fh.writelines(f"{r['query']}\t{r['id']}\t{r['url']}\n" for r in g)
            print(f"{out}: {len(part)} look-ups, {sum(map(len, part))} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
