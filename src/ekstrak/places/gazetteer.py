"""The gazetteer of Vietnamese and Indonesian units, as columns, and the lookups on it.

``data/gazetteer.tsv.gz`` (built by ``scripts/build_gazetteer.py``, rows sorted by name
key) is loaded once by ``_gaz()`` into one list per column, with the lexicon's countries,
regions, abbreviations and aliases as extra entries. A key's rows are found by bisection
(``_candidates``, ``lookup``), a code's row by a dict (``by_code``), and the parent chain
gives ``province_of``, ``within`` and ``common_parent``. Entries are made only when asked
for: most of the 106,000 rows are villages no article names.
"""

from __future__ import annotations

import bisect
import gzip
import json
from functools import cache, lru_cache
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple

from ekstrak.models import Place

from .keys import name_key
from .lexicon import _data_text

# Higher is bigger; a bare name takes the biggest unit that carries it.
VN_REFORM = "2025-07"  # Vietnam's merged provinces and two-level local government
LEVEL_RANK = {"country": 8, "region": 7, "province": 6, "regency": 5, "city": 4,
              "district": 3, "commune": 2, "village": 1}
_HIGH = {"country", "region", "province", "regency", "city"}
# The levels of the units a page names by their own name alone (a joined or split spelling,
# "Pulau Morotai"): provinces, regencies and cities.
UNIT_LEVELS = frozenset({"province", "regency", "city"})


class GazEntry(NamedTuple):
    """One gazetteer unit. ``parent`` is the parent's code; ``era`` is "old" for pre-2025 VN."""

    name: str
    level: str
    country: str
    code: str
    parent: str
    era: str


class _Gaz(NamedTuple):
    """The gazetteer as columns, rows sorted by name key (``scripts/build_gazetteer.py``).

    One ``split`` of the whole file and a slice per column load it; a key's rows are found by
    bisection, and an entry is made only when asked for (most of the 106,000 rows are
    villages no article names).
    """

    keys: list[str]
    columns: tuple[list[str], ...]  # name, level, country, code, parent, era (GazEntry order)
    by_code: dict[str, int]
    max_tokens: int
    # Lexicon-only names (countries, regions, abbreviations, aliases): key -> entries.
    extra: dict[str, list[GazEntry]]
    made: dict[int, GazEntry]  # row -> its entry, once asked for (the same few, article after article)
    # a name written as one word -> the unit's own name key ("bandarlampung" -> "bandar lampung")
    joined: dict[str, str]
    # the first parts of one-word unit names a page may write as two ("gunung" of
    # "gunungkidul"): where a key with a space is none, its first two words joined may be
    split_heads: frozenset[str] = frozenset()

    def entry(self, i: int) -> GazEntry:
        try:
            return self.made[i]
        except KeyError:
            c = self.columns
            e = self.made[i] = GazEntry(c[0][i], c[1][i], c[2][i], c[3][i], c[4][i], c[5][i])
            return e

    def rows(self, key: str) -> range:
        """Row numbers whose name key is ``key``."""
        lo = bisect.bisect_left(self.keys, key)
        return range(lo, bisect.bisect_right(self.keys, key, lo))


_GAZ_FIELDS = 7  # code, name, level, country, parent, era, key


@cache
def _gaz() -> _Gaz:
    raw = gzip.decompress(_data_text("gazetteer.tsv.gz")).decode("ascii")
    # Every field of the file in one list; column c is then every 7th field from c.
    flat = raw[raw.index("\n") + 1:].replace("\n", "\t").split("\t")
    n = len(flat) // _GAZ_FIELDS * _GAZ_FIELDS
    code, name, level, country, parent, era, key = (
        flat[c:n:_GAZ_FIELDS] for c in range(_GAZ_FIELDS))
    keys = [k or nm.lower() for k, nm in zip(key, name, strict=True)]  # empty key: the name
    by_code = dict(zip(code, range(len(code)), strict=True))
    columns = (name, level, country, code, parent, era)

    d = json.loads(_data_text("places_lexicon.json"))
    extra: dict[str, list[GazEntry]] = {}
    joined: dict[str, str] = {}
    partial = _Gaz(keys, columns, by_code, 0, extra, {}, joined)

    def named(country: str, name: str, levels: tuple[str, ...]) -> GazEntry | None:
        for i in partial.rows(name_key(name)):
            e = partial.entry(i)
            if e.country == country and e.level in levels and e.era != "old":
                return e
        return None

    for table, levels in (("province_abbrev", ("province",)), ("province_aliases", ("province",)),
                          ("regency_abbrev", ("regency", "city"))):
        for alias, (country, target) in d[table].items():
            e = named(country, target, levels)
            if e is not None:
                extra.setdefault(name_key(alias), []).append(e._replace(name=target))
                prefix = target.split()[0]
                if prefix in d["alias_prefixes"] and not alias.startswith(prefix):
                    # "Kepulauan Babel": the generic word kept before the short form
                    extra.setdefault(name_key(f"{prefix} {alias}"), []).append(
                        e._replace(name=target))
    # "Bandarlampung", "Baubau", "Hanoi": the name of a province, regency or city written
    # as one word is that unit, where no unit has that one-word name and it is no ordinary
    # word ("batubara", coal); the first unit of a joined name wins
    not_names = set(d["joined_not_names"])
    for i in [i for i, lv in enumerate(level) if lv in UNIT_LEVELS]:
        k = keys[i]
        if " " in k and era[i] != "old":
            one_word = k.replace(" ", "")
            if one_word not in extra and one_word not in not_names and not partial.rows(one_word):
                # named as written ("Baubau", "Pangkalpinang": R 51), the unit's code kept
                extra[one_word] = [partial.entry(i)._replace(name=one_word.capitalize())]
                joined[one_word] = k
    split = d["split_names"]
    heads = {w[:j] for i, lv in enumerate(level) if lv in UNIT_LEVELS and era[i] != "old"
             for w in (keys[i].split(" ", 1)[0],) if len(w) >= split["min_length"]
             for j in range(split["min_part"], len(w) - split["min_part"] + 1)}
    for name_, cc in d["countries"].items():
        extra.setdefault(name_key(name_), []).append(GazEntry(name_, "country", cc, cc, "", ""))
    for name_, cc in d["regions"].items():
        extra.setdefault(name_key(name_), []).append(
            GazEntry(name_, "region", cc or "", "", cc or "", ""))
    spaces = max(map(str.count, (*keys, *extra), repeat(" ")))
    return partial._replace(max_tokens=min(6, spaces + 1), split_heads=frozenset(heads))


@cache
def _first_keys() -> frozenset[str]:
    """First words of every gazetteer and lexicon name key: most capitalised words start
    none, and a set lookup rules them out before any n-gram is joined."""
    g = _gaz()
    firsts = map(itemgetter(0), map(str.split, (*g.keys, *g.extra), repeat(" "), repeat(1)))
    return frozenset(firsts) | g.split_heads


def _candidates(key: str) -> list[GazEntry]:
    g = _gaz()
    found = list(g.extra.get(key, ()))
    found.extend(map(g.entry, g.rows(key)))
    if not found and " " in key and key.split(" ", 1)[0] in g.split_heads:
        found = _split_candidates(key)
    return found


def _split_candidates(key: str) -> list[GazEntry]:
    """A province, regency or city whose one-word name a page wrote as two words ("Gunung
    Kidul" for Gunungkidul, "Palangka Raya", "Labuhan Batu Selatan"): the first two words
    joined, where no unit has the spaced name."""
    g = _gaz()
    joined = key.replace(" ", "", 1)
    return [e for e in map(g.entry, g.rows(joined)) if e.level in UNIT_LEVELS and e.era != "old"]


def split_name_key(key: str) -> str | None:
    """The unit's own name key for a one-word name written as two ("gunung kidul" ->
    "gunungkidul"), or None: one place whichever way a page writes it."""
    g = _gaz()
    if " " not in key or g.extra.get(key) or g.rows(key):
        return None  # a name of its own, or no split at all
    found = _candidates(key)  # (with no unit of that name, only the split ones)
    return name_key(found[0].name) if found else None


def joined_names() -> dict[str, str]:
    """Key of a name written as one word -> key of the unit's own name ("bandarlampung" ->
    "bandar lampung"): one place whichever way a page writes it."""
    return _gaz().joined


def is_alias(name: str, code: str) -> bool:
    """Whether ``name`` is a lexicon short form of the unit ``code`` ("Babel", "Kepulauan
    Babel" for Kepulauan Bangka Belitung)."""
    return any(e.code == code for e in _gaz().extra.get(name_key(name), ()))


def lookup(name: str) -> list[GazEntry]:
    """Gazetteer entries whose name (folded, case-insensitive) equals ``name``."""
    return _candidates(name_key(name))


def by_code(code: str) -> GazEntry | None:
    g = _gaz()
    i = g.by_code.get(code)
    return g.entry(i) if i is not None else None


_PROVINCE_OF: dict[GazEntry, GazEntry | None] = {}  # entry -> province_of(entry), filled on use


def _cached_province_of(entry: GazEntry) -> GazEntry | None:
    """:func:`province_of` remembered per entry: :func:`_choose` scores the same few
    candidates sentence after sentence. The gazetteer is fixed, so entries never go stale."""
    try:
        return _PROVINCE_OF[entry]
    except KeyError:
        prov = _PROVINCE_OF[entry] = province_of(entry)
        return prov


def sibling_districts(key: str, country: str | None) -> list[GazEntry]:
    """The other districts of the one regency whose district is named ``key`` (none when
    no district, or several in different regencies, carry the name)."""
    parents = {e.parent for e in _candidates(key)
               if e.level == "district" and (country is None or e.country == country)}
    if len(parents) != 1:
        return []
    g = _gaz()
    return [g.entry(i) for i in _children().get(parents.pop(), ())
            if g.columns[1][i] == "district" and g.keys[i] != key]


@cache
def _children() -> dict[str, list[int]]:
    """Parent code -> the rows of its units (a regency's districts, a province's regencies),
    built on first use."""
    out: dict[str, list[int]] = {}
    for i, parent in enumerate(_gaz().columns[4]):
        if parent:
            out.setdefault(parent, []).append(i)
    return out


@lru_cache(maxsize=4096)
def units_within(code: str, levels: tuple[str, ...]) -> int:
    """How many units of ``levels`` the gazetteer puts inside the unit ``code`` (a province
    walks some 10,000 units: asked once per unit and levels)."""
    g, children = _gaz(), _children()
    codes, level_of = g.columns[3], g.columns[1]
    seen: set[str] = set()  # a unit with two rows (two names) counts once
    todo = list(children.get(code, ()))
    while todo:
        i = todo.pop()
        if codes[i] in seen:
            continue
        seen.add(codes[i])
        todo.extend(children.get(codes[i], ()))
    return sum(1 for c in seen if level_of[g.by_code[c]] in levels)


def province_of(entry: GazEntry) -> GazEntry | None:
    """The province that holds ``entry`` (itself when it is one)."""
    e: GazEntry | None = entry
    for _ in range(5):
        if e is None or e.level in ("province", "country", "region"):
            return e if e is not None and e.level == "province" else None
        e = by_code(e.parent)
    return None


def ancestors(code: str) -> list[str]:
    """Codes of the units above ``code``, nearest first."""
    out: list[str] = []
    e = by_code(code)
    for _ in range(5):
        if e is None or not e.parent:
            break
        out.append(e.parent)
        e = by_code(e.parent)
    return out


def within(code: str, outer: str) -> bool:
    """The unit ``code`` lies inside the unit ``outer`` (the gazetteer's parent chain)."""
    return outer in ancestors(code)


def common_parent(places: list[Place]) -> Place | None:
    """The smallest gazetteer unit holding all ``places`` ("Kecamatan Sedan, Gunem dan Sale"
    -> Rembang), when each has a gazetteer code; None otherwise."""
    codes = [p.code for p in places]
    if len(codes) < 2 or not all(codes):
        return None
    # A unit holds itself: a regency named beside its own districts holds them all.
    chains = [[c, *ancestors(c)] for c in codes]  # type: ignore[list-item,arg-type]
    rest = [set(c) for c in chains[1:]]
    for code in chains[0]:
        if all(code in r for r in rest):
            e = by_code(code)
            return place_of(code) if e is not None and e.level in LEVEL_RANK else None
    return None


def place_of(code: str) -> Place | None:
    """The gazetteer unit ``code`` as a Place (its gazetteer name, level and country)."""
    e = by_code(code)
    return Place(name=e.name, level=e.level, country=e.country, code=e.code) if e else None  # type: ignore[arg-type]
