"""Cost of ``parse_article`` on hostile text: is it linear in the input size?

For each class of hostile input (long digit or dot runs, thousands of brackets, runs of scale
or number words, mixed separators, one long line of real-looking prose, ...) the text is
built at sizes doubling up to ``ekstrak.MAX_CHARS`` and timed twice per size; the faster
run counts (the first run at a new size also pays for growing the process's memory and the
garbage collector's passes over it, which blurs the comparison). Cost is linear when the time per character stays flat: the table gives
microseconds per character at each size and the ratio of the largest size's cost per
character to the smallest's (1.0 = linear; a quadratic stage would double it at each step).
A 10 MB single line is above the limit and must be refused at once with ``ValueError``.

Run with ``make hostile`` (or ``.venv/bin/python benchmarks/hostile.py [--quick]``); writes
``benchmarks/hostile.json`` and ``benchmarks/hostile.md``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent


def _cycle(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _headed(header: str, row: str, n: int) -> str:
    """A header line, then rows up to n characters in all."""
    return header + _cycle(row)(n - len(header))


#: name -> (what it is, builder of a text of about n characters)
HOSTILE: dict[str, tuple[str, Callable[[int], str]]] = {
    "digit-run": ("one run of digits", _cycle("7")),
    "dot-run": ("one run of dots", _cycle(".")),
    "digit-dot": ("'1.1.1.1...' (thousands separators without end)", _cycle("1.")),
    "mixed-separators": ("'1,2.3,4.5...' (mixed decimal and group marks)", _cycle("1,2.")),
    "brackets": ("thousands of '(' then ')'", lambda n: "(" * (n // 2) + ")" * (n - n // 2)),
    "nested-brackets": ("'([{' ... '}])' nested", lambda n: "([{" * (n // 6) + "}])" * (n // 6)),
    "scale-words": ("'1 juta juta juta ... VND'", lambda n: "1 " + _cycle("juta ")(n - 6) + "VND"),
    "number-words": ("'dua puluh tiga ribu ...' repeated", _cycle("dua puluh tiga ribu ")),
    "percent-run": ("'3,5% 3,5% ...' (one figure after another)", _cycle("3,5% ")),
    "hyphen-numbers": ("'1-1-1-...' (range-like)", _cycle("1-")),
    "slash-numbers": ("'1/1/1/...' (date-like)", _cycle("1/")),
    "level-words": ("'Provinsi Provinsi ...'", _cycle("Provinsi ")),
    "capitalised-names": ("'Lang Son Lang Son ...' (place-name runs)", _cycle("Lang Son ")),
    "prose-one-line": ("real-looking sentences on one line", _cycle(
        "Tingkat kemiskinan di Provinsi Lang Son turun 3,5 persen pada 2024 menjadi 1.250 "
        "rumah tangga, dengan bantuan Rp1,5 juta per keluarga. ")),
    "prose-paragraphs": ("the same sentences, one paragraph each", _cycle(
        "Tingkat kemiskinan di Kabupaten Bogor turun 3,5 persen pada Maret 2024.\n")),
    "whitespace": ("spaces and newlines", _cycle(" \n\t ")),
    "pipe-table": ("a '|' table of figures, one row a line", lambda n: _headed(
        "Tahun | Jumlah Penduduk Miskin (Jiwa) | Persentase (%)\n", "2023 | 12.345 | 9,87\n", n)),
    "pipe-run": ("'| | | ...' (empty cells without end)", _cycle("| ")),
    "tab-table": ("a table copied with tabs", lambda n: _headed(
        "Tahun\tJumlah Rumah Tangga Miskin\n", "2023\t4.567\n", n)),
}


def _time(text: str, repeat: int) -> float:
    from ekstrak import parse_article

    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        parse_article(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="sizes up to 62,500 characters")
    args = ap.parse_args()
    import ekstrak
    from ekstrak import MAX_CHARS, parse_article

    parse_article("Pada 2024, Provinsi Lang Son membangun 10 rumah.")  # load once
    top = 62_500 if args.quick else MAX_CHARS
    sizes = []
    n = top
    while n >= top // 16:
        sizes.insert(0, n)
        n //= 2
    rows = []
    t_start = time.perf_counter()
    for name, (what, build) in HOSTILE.items():
        per_char = []
        for n in sizes:
            text = build(n)
            dt = _time(text, 2)
            per_char.append(dt / len(text) * 1e6)
        ratio = per_char[-1] / per_char[0]
        rows.append({"input": name, "what": what, "sizes": sizes,
                     "us_per_char": [round(x, 3) for x in per_char],
                     "seconds_at_largest": round(per_char[-1] * sizes[-1] / 1e6, 2),
                     "ratio_largest_to_smallest": round(ratio, 2)})
        print(f"{name:18s} " + " ".join(f"{x:7.2f}" for x in per_char)
              + f"  ratio {ratio:.2f}", flush=True)
    big = "Kemiskinan turun 3,5 persen. " * (10_000_000 // 29 + 1)
    t0 = time.perf_counter()
    try:
        parse_article(big)
        refused = "no: parsed"
    except ValueError as exc:
        refused = f"ValueError in {time.perf_counter() - t0:.4f} s: {exc}"
    print("10 MB single line:", refused)
    meta = {
        "when": time.strftime("%Y-%m-%d %H:%M"),
        "python": platform.python_version(),
        "ekstrak": ekstrak.__version__,
        "machine": f"{platform.system()} {platform.machine()}",
        "max_chars": MAX_CHARS,
        "command": " ".join([Path(sys.executable).name, "benchmarks/hostile.py", *sys.argv[1:]]),
        "total_seconds": round(time.perf_counter() - t_start, 1),
        "ten_mb_line": refused,
    }
    suffix = "-quick" if args.quick else ""
    (HERE / f"hostile{suffix}.json").write_text(json.dumps({"meta": meta, "rows": rows}, indent=2))
    md = [f"{meta['when']} · Python {meta['python']} · {meta['machine']} · "
          f"`{meta['command']}` · {meta['total_seconds']} s in all", "",
          "| hostile input | " + " | ".join(f"{n:,} ch" for n in sizes)
          + " | largest / smallest | s at largest |",
          "|---|" + "---:|" * (len(sizes) + 2)]
    for r in rows:
        md.append(f"| {r['input']}: {r['what']} | "
                  + " | ".join(f"{x:.2f}" for x in r["us_per_char"])
                  + f" | {r['ratio_largest_to_smallest']:.2f} | {r['seconds_at_largest']} |")
    md += ["", "Microseconds per character (lower is faster; flat across a row = linear).",
           f"10 MB single line: {refused}", ""]
    (HERE / f"hostile{suffix}.md").write_text("\n".join(md))


if __name__ == "__main__":
    main()
