#!/usr/bin/env python3
"""Check re-created real texts against a sources list: check_texts.py SOURCES.tsv TEXTS_DIR.

SOURCES.tsv has a header and the columns id, focus, url, query, sha256, chars, topic (as
gold/real-extra/sources.tsv). Prints one line per id (ok, MISMATCH or missing) and a
summary; exits 1 when any text is missing or differs.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    sources, texts = Path(argv[0]), Path(argv[1])
    with sources.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    bad = 0
    for row in rows:
        path = texts / f"{row['id']}.txt"
        if not path.exists():
            print(f"{row['id']}: missing")
            bad += 1
            continue
        ok = hashlib.sha256(path.read_bytes()).hexdigest() == row["sha256"]
        print(f"{row['id']}: {'ok' if ok else 'MISMATCH'}")
        bad += not ok
    print(f"{len(rows)} texts, {len(rows) - bad} ok, {bad} missing or different")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
