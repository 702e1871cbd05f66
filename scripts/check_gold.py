#!/usr/bin/env python3
"""Check gold files against their texts: check_gold.py GOLD_DIR TEXTS_DIR [ID ...].

Checks, per file: it validates as a SPEC gold article; every mention's offsets slice its
text; every record's evidence is a QUANTITY mention whose value, value_max, unit and
qualifier it repeats; a PLACE mention's name is its text as written (R 51); indicators are
SPEC codes; kind and status are SPEC values. Prints
one line per problem and a summary; exits 1 when anything is wrong.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ekstrak.codes import indicator_codes
from ekstrak.models import GoldArticle

INDICATORS = frozenset(indicator_codes())  # SPEC section 5, as ekstrak ships them
KINDS = {"level", "change"}
STATUSES = {"actual", "target", "estimate"}


def check_file(path: Path, texts: Path) -> list[str]:
    problems: list[str] = []
    try:
        g = GoldArticle.model_validate_json(path.read_text("utf-8"))
    except Exception as e:  # noqa: BLE001 - report any parse failure with the file
        return [f"{path.name}: does not load: {e}"]
    tp = texts / f"{g.id}.txt"
    if not tp.exists():
        return [f"{path.name}: no text {tp}"]
    text = tp.read_text("utf-8")
    spans = {}
    for m in g.mentions or []:
        if text[m.start : m.end] != m.text:
            problems.append(f"{g.id}: mention {m.text!r} at {m.start}:{m.end} reads {text[m.start:m.end]!r}")
        if m.type == "QUANTITY":
            spans[(m.start, m.end)] = m.norm
        name = getattr(m.norm, "name", None) if m.type == "PLACE" else None
        # R 51: a PLACE mention names the place as written; only a shared head left out
        # before it ("Kalimantan Tengah dan Utara": "Utara") may be written back in
        written = " ".join(m.text.split())  # a line break inside a name reads as a space
        if name is not None and name != written and not name.endswith(" " + written):
            problems.append(f"{g.id}: PLACE {m.text!r} at {m.start} is named {name!r}, not as written")
    for i, r in enumerate(g.records):
        key = (r.evidence.start, r.evidence.end)
        where = f"{g.id}: record {i} ({r.evidence.text if hasattr(r.evidence, 'text') else key})"
        if key not in spans:
            problems.append(f"{where}: evidence is not a QUANTITY mention")
        else:
            n = spans[key]
            if (n.value, n.value_max, n.unit, n.qualifier) != (r.value, r.value_max, r.unit, r.qualifier):
                problems.append(f"{where}: value/unit/qualifier differ from its mention")
        if r.indicator not in INDICATORS:
            problems.append(f"{where}: indicator {r.indicator!r} is not a SPEC code")
        if r.kind not in KINDS:
            problems.append(f"{where}: kind {r.kind!r}")
        if r.status not in STATUSES:
            problems.append(f"{where}: status {r.status!r}")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    gold, texts = Path(argv[0]), Path(argv[1])
    ids = set(argv[2:])
    files = sorted(p for p in gold.glob("*.json") if p.name != "splits.json")
    if ids:
        files = [p for p in files if p.stem in ids]
    problems = [msg for p in files for msg in check_file(p, texts)]
    for msg in problems:
        print(msg)
    print(f"{len(files)} files, {len(problems)} problems")
    if (gold / "splits.json").exists():
        json.loads((gold / "splits.json").read_text("utf-8"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
