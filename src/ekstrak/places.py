"""PLACE mentions: a gazetteer of Vietnamese and Indonesian units plus level-word rules.

The gazetteer (``data/gazetteer.tsv.gz``, built by ``scripts/build_gazetteer.py``) holds
names folded to ASCII with level, country, code and parent. Language knowledge (level words,
titles, stoplists, abbreviations, countries, regions) is in ``data/places_lexicon.json``.

Matching walks the capitalised word runs of one sentence and looks up folded token n-grams
in a dict. A name is accepted when a level word precedes it ("Kabupaten Bogor",
"komune Duong Quang"), when it is listed after a level word ("distrik-distrik (mantan):
Van Quan, Binh Gia"), or, bare, only when it is unlikely to be an ordinary word or a
person: village names never bare, Indonesian kecamatan only after "di"/"ke"..., Vietnamese
units only with two or more syllables in a Vietnamese article, never after a title or in
a Vietnamese personal-name pattern ("Tran Quang Tri" is a person, not Quang Tri).
"""

from __future__ import annotations

import bisect
import gzip
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise, product, repeat
from operator import itemgetter
from typing import NamedTuple

import regex

from .casefold import letter_trie, lower_article
from .models import Mention, Place
from .units import match_unit

# Higher is bigger; a bare name takes the biggest unit that carries it.
VN_REFORM = "2025-07"  # Vietnam's merged provinces and two-level local government
LEVEL_RANK = {"country": 8, "region": 7, "province": 6, "regency": 5, "city": 4,
              "district": 3, "commune": 2, "village": 1}
_HIGH = {"country", "region", "province", "regency", "city"}

_TOKEN_RE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019][\p{L}\p{M}]+)*")
_PUNCT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2013": "-", "\u2014": "-"})
# Gaps allowed inside one name: spaces, or a hyphen ("Ba Ria-Vung Tau", "Ba Ria - Vung Tau").
_NAME_GAP_RE = regex.compile(r"[ \t\u00a0]{1,2}|[ \t]?-[ \t]?")
# _NAME_GAP_RE matches a finite set of short strings: a set lookup answers the same.
_NAME_GAPS = frozenset(g for n in (1, 2, 3) for g in map("".join, product(" \t\u00a0-", repeat=n))
                       if _NAME_GAP_RE.fullmatch(g))
# _TOKEN_RE on ASCII text (no marks there, and the only letters and digits are these).
_ASCII_TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)*")
_VILLAGE_NUMBER = r"\d{1,2}|[IVX]{1,4}"  # "dusun Dak Snao 2", "Desa Sukamaju II"
_VILLAGE_NUMBER_RE = regex.compile(_VILLAGE_NUMBER)
_LIST_SEP_RE = regex.compile(r"\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+|\s*;\s*")
# One Vietnamese syllable without tones: onset, vowel cluster, coda ("Xuan", "Nghien", "Phac").
_VN_SYLLABLE_RE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?",
    regex.IGNORECASE)
# A web outlet written before a dateline's city: "TEROPONGNEWS.COM, AMBON -", "Liputan6.com,
# Jakarta ...".
_WEB_DOMAIN = r"[A-Za-z][\w-]{0,24}\.(?i:com|co\.id|co|id|net)"  # "Liputan6.com", "KONTAN.CO.ID"
_WEB_OUTLET = _WEB_DOMAIN + r"[^\S\n]*,[^\S\n]*"
_DATELINE_RE = regex.compile(
    r"\s*(?:" + _WEB_OUTLET + r")?"
    r"(\p{Lu}[\p{Lu}\p{M}'.]+(?:[ -]\p{Lu}[\p{Lu}\p{M}'.]+){0,3})"
    r"\s*(?:,[^\n\u2013\u2014]{0,40}?|\([^)\n]{0,25}\))?\s*[\u2013\u2014-]+\s"
)


class GazEntry(NamedTuple):
    """One gazetteer unit. ``parent`` is the parent's code; ``era`` is "old" for pre-2025 VN."""

    name: str
    level: str
    country: str
    code: str
    parent: str
    era: str


def fold(s: str) -> str:
    """ASCII without diacritics (đ -> d), typographic quotes and dashes made plain."""
    s = s.translate(_PUNCT)
    if s.isascii():
        return s
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


_KEYS: dict[str, str] = {}  # token -> its key; a plain dict (cheaper than lru_cache), cleared when large


def _tok_key(tok: str) -> str:
    k = _KEYS.get(tok)
    if k is None:
        if len(_KEYS) > 200_000:
            _KEYS.clear()  # unbounded vocabularies (hostile input) must not grow memory
        k = _KEYS[tok] = fold(tok).lower()
    return k


def name_key(name: str) -> str:
    """Lookup key of a name: folded lower-case tokens joined by single spaces."""
    return " ".join(_tok_key(m.group()) for m in _TOKEN_RE.finditer(name))


@cache
def _canonical_names() -> dict[str, str]:
    """Province and regency abbreviations and aliases ("NTT", "Jateng", "HCMC", "DKI Jakarta",
    "Pangkep") by key."""
    d = json.loads(_data_text("places_lexicon.json"))
    return {
        name_key(alias): name_key(target)
        for table in ("province_abbrev", "province_aliases", "regency_abbrev")
        for alias, (_, target) in d[table].items()
    }


def place_key(place: Place | None) -> str | None:
    """The comparable form of a place's name: folded, lower-case, province abbreviations
    and aliases expanded, level ignored (SPEC section 7)."""
    if place is None:
        return None
    key = name_key(place.name)
    return _canonical_names().get(key, key)


# ---------------------------------------------------------------- data


class _Lex(NamedTuple):
    level_words: dict[str, dict[str, str | bool]]
    list_markers: frozenset[str]
    former: frozenset[str]
    new_words: frozenset[str]
    former_before: frozenset[str]
    locative: frozenset[str]
    person_titles: frozenset[str]
    office_titles: frozenset[str]
    group_nouns: frozenset[str]
    surnames_strong: frozenset[str]
    surnames_any: frozenset[str]
    middle_names: frozenset[str]
    product_nouns: frozenset[str]
    street_words: frozenset[str]
    compass: frozenset[str]  # "timur", "barat": may go on with a name in lower case
    region_aliases: dict[str, str]  # "Sumatra" -> "Sumatera"
    road_words: frozenset[str]
    common: frozenset[str]
    level_names: frozenset[str]
    never_names: frozenset[str]
    office_before_level: frozenset[str]  # "Wali Kota <holder's name>"
    never_name_starts: frozenset[str]
    blockers: dict[str, frozenset[str]]
    cues: dict[str, regex.Pattern[str]]
    weak_cues: frozenset[str]  # level words both countries' translations use: half weight
    converted_before: regex.Pattern[str]
    outlet_before: regex.Pattern[str]  # "RADAR JABAR -", "Kota Yogyakarta, Pos Jateng -"


def _data_text(name: str) -> bytes:
    return resources.files("ekstrak").joinpath("data").joinpath(name).read_bytes()


@cache
def _lex() -> _Lex:
    d = json.loads(_data_text("places_lexicon.json"))

    def keys(words: Iterable[str]) -> frozenset[str]:
        return frozenset(name_key(w) for w in words)

    # A cue may run into digits ("Rp198,53 triliun"), never into letters.
    cues = {c: regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in ws) + r")(?![^\W\d_])")
            for c, ws in d["country_cues"].items()}
    return _Lex(
        level_words=d["level_words"],
        list_markers=keys(d["list_markers"]),
        former=keys(d["former_words"]),
        former_before=keys(d["former_before_words"]),
        new_words=keys(d["new_words"]),
        locative=keys(d["locative_words"]),
        person_titles=keys(d["person_titles"]),
        office_titles=keys(d["office_titles"]),
        group_nouns=keys(d["group_nouns"]),
        surnames_strong=keys(d["vn_surnames_strong"]),
        surnames_any=keys(d["vn_surnames_strong"] + d["vn_surnames_weak"]),
        middle_names=keys(d["vn_middle_names"]),
        product_nouns=keys(d["product_nouns"]),
        street_words=keys(d["street_words"]),
        compass=keys(d["compass_words"]),
        region_aliases=d["region_aliases"],
        road_words=keys(d["road_words"]),
        common=keys(d["common_words"]),
        level_names=keys(d["name_is_level_word"]),
        never_names=keys(d["never_names"]),
        office_before_level=keys(d["office_before_level"]),
        never_name_starts=keys(d["never_name_starts"]),
        blockers={w: keys(b) for w, b in d["level_word_blockers"].items()},
        cues=cues,
        weak_cues=frozenset(w.lower() for w in d["country_cues_weak"]),
        converted_before=regex.compile(d["converted_cue_before"], regex.IGNORECASE),
        outlet_before=regex.compile(
            r"[^\S\n]*(?:[A-Z][\w.]{0,20}(?: [A-Z][\w.]{0,20}){0,2}, )?(?i:"
            + "|".join(regex.escape(w) for w in d["outlet_words"]) + r")[^\S\n]+"),
    )


@cache
def _noun_heads() -> frozenset[str]:
    """Nouns whose capitalised complement is no place ("Sapi Bali", "Jalan Ho Chi Minh",
    "suku Bru-Van Kieu"): built once, not per token."""
    lex = _lex()
    return lex.product_nouns | lex.street_words | lex.group_nouns


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
    partial = _Gaz(keys, columns, by_code, 0, extra, {})

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
    for name_, cc in d["countries"].items():
        extra.setdefault(name_key(name_), []).append(GazEntry(name_, "country", cc, cc, "", ""))
    for name_, cc in d["regions"].items():
        extra.setdefault(name_key(name_), []).append(
            GazEntry(name_, "region", cc or "", "", cc or "", ""))
    spaces = max(map(str.count, (*keys, *extra), repeat(" ")))
    return partial._replace(max_tokens=min(6, spaces + 1))


@cache
def _first_keys() -> frozenset[str]:
    """First words of every gazetteer and lexicon name key: most capitalised words start
    none, and a set lookup rules them out before any n-gram is joined."""
    g = _gaz()
    firsts = map(itemgetter(0), map(str.split, (*g.keys, *g.extra), repeat(" "), repeat(1)))
    return frozenset(firsts)


def _candidates(key: str) -> list[GazEntry]:
    g = _gaz()
    found = list(g.extra.get(key, ()))
    found.extend(map(g.entry, g.rows(key)))
    return found


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


def province_of(entry: GazEntry) -> GazEntry | None:
    """The province that holds ``entry`` (itself when it is one)."""
    e: GazEntry | None = entry
    for _ in range(5):
        if e is None or e.level in ("province", "country", "region"):
            return e if e is not None and e.level == "province" else None
        e = by_code(e.parent)
    return None


def _ancestors(code: str) -> list[str]:
    """Codes of the units above ``code``, nearest first."""
    out: list[str] = []
    e = by_code(code)
    for _ in range(5):
        if e is None or not e.parent:
            break
        out.append(e.parent)
        e = by_code(e.parent)
    return out


def canonical_place(place: Place) -> Place:
    """A place written as an abbreviation ("TTS", "NTT", "Sulteng", "Mura") under its
    gazetteer name; others as they are. Records name places in full; mentions keep the
    written form."""
    if place.code:
        e = by_code(place.code)
        # an abbreviation, or the name in other capitals ("Jawa timur", "BOGOR")
        if e is not None and e.name != place.name and (
                (" " not in place.name and len(place.name) <= 8)
                or name_key(e.name) == name_key(place.name)):
            return place.model_copy(update={"name": e.name})
    elif place.level == "region" and place.name in _lex().region_aliases:
        return place.model_copy(update={"name": _lex().region_aliases[place.name]})
    return place


def within(code: str, outer: str) -> bool:
    """The unit ``code`` lies inside the unit ``outer`` (the gazetteer's parent chain)."""
    return outer in _ancestors(code)


def common_parent(places: list[Place]) -> Place | None:
    """The smallest gazetteer unit holding all ``places`` ("Kecamatan Sedan, Gunem dan Sale"
    -> Rembang), when each has a gazetteer code; None otherwise."""
    codes = [p.code for p in places]
    if len(codes) < 2 or not all(codes):
        return None
    chains = [_ancestors(c) for c in codes]  # type: ignore[arg-type]
    rest = [set(c) for c in chains[1:]]
    for code in chains[0]:
        if all(code in r for r in rest):
            e = by_code(code)
            if e is None or e.level not in LEVEL_RANK:
                return None
            return Place(name=e.name, level=e.level, country=e.country, code=e.code)  # type: ignore[arg-type]
    return None


# ---------------------------------------------------------------- document context


class _DocInfo(NamedTuple):
    country: str | None
    provinces: frozenset[str]
    # Names the article introduces after a level word ("dusun Dak Snao 2", "Kecamatan Sedan")
    # or as an abbreviation in brackets ("Kabupaten Timor Tengah Selatan (TTS)"): key ->
    # (level, key of the full name). Later bare uses of the name are places too.
    local: dict[str, tuple[str | None, str]] = {}
    local_first: frozenset[str] = frozenset()  # first token keys of ``local``, a quick pre-check


@lru_cache(maxsize=8)
def _doc_info(text: str) -> _DocInfo:
    """Which country the article is about, and the provinces it names (for ambiguous units)."""
    lex = _lex()
    scores = {c: sum(1 if m.group(0).lower() in lex.weak_cues else 2 for m in p.finditer(text)
                     if not lex.converted_before.search(text, max(0, m.start() - 24), m.start()))
              for c, p in lex.cues.items()}
    country = None
    if scores and max(scores.values()) > 0:
        top = sorted(scores.items(), key=lambda kv: -kv[1])
        if len(top) == 1 or top[0][1] > top[1][1]:
            country = top[0][0]
    provinces: set[str] = set()
    index = _province_codes()
    for key in _capital_ngrams(text):
        codes = index.get(key)
        if codes:
            provinces.update(codes)
    if country is None and provinces:
        # Sorted, so that a tie is decided the same way in every process (set order is not).
        c = Counter(p.split(":")[0].rstrip("25") for p in sorted(provinces))
        top2 = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
        if len(top2) == 1 or top2[0][1] > top2[1][1]:
            country = top2[0][0]
    local = _local_names(text, country)
    return _DocInfo(country, frozenset(provinces), local,
                    frozenset(k.split(" ", 1)[0] for k in local))


def _spec_country(spec: dict[str, str | bool] | None, country: str | None) -> str | None:
    """Whose levels a level word takes: the article's country when the word has a level
    there, else the word's own language ("komune" is Vietnamese)."""
    if spec is not None:
        lang = spec.get("lang")
        if isinstance(lang, str) and lang in spec:
            return lang if country is None else country if country in spec else lang
    return country


@cache
def _intro_re() -> tuple[re.Pattern[str], regex.Pattern[str]]:
    """(level word on same-length lower-cased text, name right after it on the original)."""
    lw = _lex().level_words
    words = sorted(lw, key=len, reverse=True)
    # "Kab. Bogor", but not "di tingkat provinsi. Tingkat ...": only abbreviations take a dot.
    # "No letter or digit before the word" checked behind its first character, which re
    # can then skip ahead to (see casefold.letter_trie); the same matches.
    word = "|".join(re.escape(w[0]) + r"(?<![^\W_].)" + re.escape(w[1:])
                    + (r"\.?" if lw[w].get("abbr") else "") for w in words)
    name = r"[A-Z][\p{L}\p{M}'\u2019-]*"
    return (
        re.compile(letter_trie("(" + word + r")[ \t]+")),
        regex.compile(
            r"(" + name + r"(?:[ \t]" + name + r"){0,3}(?:[ \t](?:" + _VILLAGE_NUMBER + ")"
            r"(?![\p{L}\p{N}]|[.,]\d))?)(?:[ \t]*\(([A-Z][\p{L}]{1,9})\))?"),
    )


def _local_names(text: str, country: str | None) -> dict[str, tuple[str | None, str]]:
    """Names introduced after a level word, and bracketed abbreviations (see _DocInfo)."""
    lex = _lex()
    out: dict[str, tuple[str | None, str]] = {}
    word_re, name_re = _intro_re()
    # Level words are found on the same-length lower-cased text (a case-insensitive
    # alternation scans several times slower); the name must start with a capital.
    for w in word_re.finditer(lower_article(text)):
        if not text[w.end():w.end() + 1].isupper():
            continue
        m = name_re.match(text, w.end())
        if m is None:
            continue
        word = w.group(1).rstrip(".")
        spec = lex.level_words.get(word)
        if spec is None or word == "pulau":
            continue
        near = text[max(0, w.start() - 40) : w.start()]
        before = near.split()
        if before and name_key(before[-1]) in lex.blockers.get(word, ()):
            continue  # "pagu dana desa Kemendes PDTT", "BLT Dana Desa Tahap 1"
        if before and name_key(before[-1]) in lex.office_before_level and not any(
                e.level in spec.values() for e in _candidates(name_key(m.group(1).split()[0]))):
            continue  # "kata Wali Kota Deri": the office holder's name, no city
        if _COUNT_BEFORE.search(near) or near.endswith("/"):
            continue  # "212 Kabupaten/Kota Prioritas ...": units counted, no name
        words = m.group(1).split()
        if name_key(words[0]) in lex.never_name_starts:
            continue  # "Desa Nomor 30 Tahun 2016": a decree's number
        # The name ends before the next level word ("Desa Sukamaju Kecamatan Bulakamba").
        for n, w in enumerate(words):
            if n and w.lower().rstrip(".") in lex.level_words:
                words = words[:n]
                break
        key = name_key(" ".join(words))
        if not key or key in lex.level_names or key in lex.never_names or key in lex.common:
            continue
        c = _spec_country(spec, country)
        level = spec.get(c) if c else None
        if not isinstance(level, str):
            both = {v for k, v in spec.items() if k in ("VN", "ID")}
            level = both.pop() if len(both) == 1 else None  # "dusun" is a village either way
        out.setdefault(key, (level, key))
        if m.group(2):
            out.setdefault(name_key(m.group(2)), (level, key))
    return out


@cache
def _province_codes() -> dict[str, tuple[str, ...]]:
    """Key -> codes of the provinces that name (gazetteer and lexicon), for :func:`_doc_info`."""
    g = _gaz()
    out: dict[str, set[str]] = {}
    codes = g.columns[3]
    for i, level in enumerate(g.columns[1]):
        if level == "province":
            out.setdefault(g.keys[i], set()).add(codes[i])
    for key, extra in g.extra.items():
        for e in extra:
            if e.level == "province":
                out.setdefault(key, set()).add(e.code)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _capital_ngrams(text: str) -> list[str]:
    """1- and 2-token keys starting at capitalised words (province names are short)."""
    out: list[str] = []
    prev: str | None = None
    prev_end = -10
    # A list built in one loop, not generators chained per token (every token of the text
    # passes here once per article).
    for line in _text_lines(text):
        for t in line:
            if not t.cap:
                prev = None
                continue
            out.append(t.key)
            if prev is not None and t.start - prev_end <= 3:
                out.append(prev + " " + t.key)
            prev, prev_end = t.key, t.end
    return out


def _text_lines(text: str) -> Iterable[list[_Tok]]:
    """The tokens of the whole text, line by line: no token crosses a line break, and the
    matcher then finds each line's tokens computed already (:func:`_line_tokens`)."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield _line_tokens(text, start, end)[0]
        start = end + 1


# ---------------------------------------------------------------- matching


class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    key: str
    cap: bool      # starts with an upper-case letter
    upper: bool    # all capitals, two letters or more (abbreviation, dateline)


@lru_cache(maxsize=64)
def _first_words(words: frozenset[str]) -> frozenset[str]:
    """First words of a phrase set: most tokens start no phrase at all."""
    return frozenset(w.split(" ", 1)[0] for w in words)


@lru_cache(maxsize=256)
def _line_tokens(text: str, start: int, end: int) -> tuple[list[_Tok], list[bool]]:
    """Tokens of one line, and whether each continues the name its predecessor is in."""
    toks = _tokens(text, start, end)
    gaps = _NAME_GAPS
    joined = [False] + [text[a.end : b.start] in gaps for a, b in pairwise(toks)]
    return toks, joined


_new_tok = tuple.__new__  # builds a _Tok without the NamedTuple's Python-level __new__


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    if text[start:end].isascii():
        return _ascii_tokens(text, start, end)
    keys = _KEYS
    out = []
    for m in _TOKEN_RE.finditer(text, start, end):
        t = m.group()
        k = keys.get(t)  # inlined _tok_key lookup: this loop is the matcher's hot path
        if k is None:
            k = _tok_key(t)
        s, e = m.span()
        out.append(_new_tok(_Tok, (s, e, t, k, t[0].isupper(), len(t) > 1 and t.isupper())))
    return out


def _ascii_tokens(text: str, start: int, end: int) -> list[_Tok]:
    """:func:`_tokens` of an ASCII stretch: the plain ``re`` pattern is faster, and a token's
    key is its lower case (nothing to fold)."""
    # One comprehension, the match read once per token: this runs over every word of every
    # article (the document pass tokenises the whole text).
    return [_new_tok(_Tok, (m.start(), m.end(), t, t.lower(), t[0].isupper(),
                            len(t) > 1 and t.isupper()))
            for m in _ASCII_TOKEN_RE.finditer(text, start, end) for t in (m.group(),)]


_COUNT_BEFORE = re.compile(r"\d[ \t]+\Z")

# Units too small to be named from another country's article: a village or commune named
# in an article about one country is of that country, known to its gazetteer or not.
_OWN_COUNTRY_LEVELS = frozenset({"village", "commune"})


def _choose(cands: list[GazEntry], level: str | None, country: str | None,
            doc: _DocInfo, former: bool) -> GazEntry | None:
    """Best entry: compatible level, the article's country, its provinces, current era."""
    if level is not None:
        cands = [e for e in cands if e.level == level]
    if country is not None and level in _OWN_COUNTRY_LEVELS:
        cands = [e for e in cands if e.country == country]
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]  # nothing to weigh

    def score(e: GazEntry) -> tuple[int, int, int, int, int]:
        prov = _cached_province_of(e) if e.level not in ("country", "region") else None
        in_doc = prov is not None and prov.code in doc.provinces
        return (
            int(country is not None and e.country == country),
            int(level is None and LEVEL_RANK[e.level] >= LEVEL_RANK["city"]),
            int(in_doc),
            int((e.era == "old") == former),
            LEVEL_RANK[e.level],
        )

    return max(cands, key=score)


def _place(text: str, toks: list[_Tok], entry: GazEntry | None, level: str | None,
           country: str | None, source: str) -> Mention:
    s, e = toks[0].start, toks[-1].end
    name = text[s:e]
    return Mention(
        type="PLACE", start=s, end=e, text=name, source=source,  # type: ignore[arg-type]
        norm=Place(name=name,
                   level=(level or (entry.level if entry else None)),  # type: ignore[arg-type]
                   country=(entry.country or None) if entry else country,
                   code=(entry.code or None) if entry else None),
    )


# A stretch of text is written in capitals when no word of it has three lower-case letters
# in a row ("Rp" and "km" may stay lower-case on such a page) and it has this many capital
# letters at least: a sentence alone needs 40; on a page in capitals any sentence will do
# ("8. ACEH 804.530 ORANG"). (Text in ordinary case fails at its first lower-case word: the
# test costs next to nothing.)
_LOWER_RUN_RE = regex.compile(r"\p{Ll}{3}")
_UPPER_RE = regex.compile(r"\p{Lu}")
_SHOUT_SENTENCE = 40
_SHOUT_ITEM = 1


def _capitals(text: str, start: int, end: int, min_letters: int) -> bool:
    return (_LOWER_RUN_RE.search(text, start, end) is None
            and len(_UPPER_RE.findall(text, start, end)) >= min_letters)


@lru_cache(maxsize=4)
def _page_in_capitals(text: str) -> bool:
    return _capitals(text, 0, len(text), _SHOUT_SENTENCE)


def _shouting(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is written in capitals (a shouted headline, a page in capitals),
    not a sentence with a few acronyms."""
    return _capitals(text, start, end, _SHOUT_SENTENCE) or (
        _capitals(text, start, end, _SHOUT_ITEM) and _page_in_capitals(text))


class _Matcher:
    """One sentence: tokens of the sentence plus a little context before it on its line."""

    def __init__(self, text: str, start: int, end: int, context: str | None,
                 published: str | None = None) -> None:
        self.text = text
        self.old_era = published is not None and published[:7] < VN_REFORM
        self.start = start
        self.lex = _lex()
        self.gaz = _gaz()
        self.doc = _doc_info(text)
        if context in ("VN", "ID"):
            self.doc = self.doc._replace(country=context)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        ctx_start = max(line_start, start - 200)
        # Tokens of the whole line, computed once per line and sliced per sentence.
        line_toks, line_joined = _line_tokens(
            text, line_start, len(text) if line_end < 0 else line_end)
        lo = bisect.bisect_left(line_toks, ctx_start, key=lambda t: t.start)
        hi = bisect.bisect_right(line_toks, end, key=lambda t: t.end)
        self.toks = line_toks[lo:hi]
        self._joined = [False] + line_joined[lo + 1 : hi]
        self._run_ends: dict[int, int] = {}  # run_end, filled for every token of a run at once
        self.out: list[Mention] = []
        # A sentence written in capitals (a shouted headline, a page in capitals): its
        # capitalised words are no acronyms, so the all-caps guard of bare names is off.
        self.shouting = _shouting(text, start, end)

    # -- token helpers

    def gap(self, i: int) -> str:
        """Text between token i-1 and token i."""
        return self.text[self.toks[i - 1].end:self.toks[i].start] if i > 0 else ""

    def joined(self, i: int) -> bool:
        """Token i continues the name that token i-1 belongs to."""
        return self._joined[i]

    def run_end(self, i: int) -> int:
        """End (exclusive) of the run of capitalised tokens starting at i."""
        known = self._run_ends.get(i)
        if known is not None:
            return known
        j = i + 1
        toks, compass = self.toks, self.lex.compass
        # "di Jawa timur": a lower-case compass word right after a capitalised one goes on
        # with the run (match_at keeps it only where the longer name is known)
        while j < len(toks) and self.joined(j) and (
                toks[j].cap or (toks[j].key in compass and toks[j - 1].cap)):
            j += 1
        # Every later token of the run ends where this one does: a line of thousands of
        # capitalised names is walked once, not once per name.
        for k in range(i, j):
            self._run_ends[k] = j
        return j

    def phrase_at(self, i: int, words: frozenset[str], n: int = 3) -> int:
        """Length of the longest phrase from ``words`` starting at token i (0 if none)."""
        if self.toks[i].key not in _first_words(words):
            return 0
        for k in range(min(n, len(self.toks) - i), 0, -1):
            if k > 1 and not all(self.joined(j) for j in range(i + 1, i + k)):
                continue
            if " ".join(t.key for t in self.toks[i:i + k]) in words:
                return k
        return 0

    def level_word(self, i: int) -> tuple[dict[str, str | bool], int] | None:
        """Level word at token i ("Kabupaten", "distrik-distrik", "Kab.") and its length."""
        spec = self.lex.level_words.get(self.toks[i].key)
        if spec is None:
            return None
        if i > 0 and self.toks[i - 1].key in self.lex.blockers.get(self.toks[i].key, ()):
            return None
        k = 1
        # Reduplicated plural "distrik-distrik": one level word.
        if (i + 1 < len(self.toks) and self.toks[i + 1].key == self.toks[i].key
                and self.gap(i + 1) == "-"):
            k = 2
        return spec, k

    def counted_level(self, i: int) -> bool:
        """The level word at token i is counted ("212 kabupaten", "di 33 Provinsi") or the
        second of a pair ("Kabupaten/Kota"): a plural noun, not a name's introduction."""
        before = self.text[max(0, self.toks[i].start - 12) : self.toks[i].start]
        return _COUNT_BEFORE.search(before) is not None or (
            i > 0 and self.gap(i) == "/" and self.level_word(i - 1) is not None)

    def name_follows(self, i: int, spec: dict[str, str | bool]) -> bool:
        if (i >= len(self.toks) or not self.toks[i].cap
                or self.toks[i].key in self.lex.never_name_starts):
            return False
        g = self.gap(i)
        return g in (" ", "\u00a0") or (bool(spec.get("abbr")) and g in (". ", "."))

    def is_person(self, i: int, j: int) -> bool:
        """Tokens i..j-1 read as a Vietnamese personal name (surname + given names)."""
        n = j - i
        if n < 3 or n > 4:
            return False
        k0, k1 = self.toks[i].key, self.toks[i + 1].key
        if k0 in self.lex.surnames_any and k1 in self.lex.middle_names:
            return True
        if k0 in self.lex.surnames_strong:
            return not _candidates(" ".join(t.key for t in self.toks[i:j]))
        return False

    def vn_like(self, i: int, j: int) -> bool:
        """Tokens i..j-1 are two or more Vietnamese syllables."""
        return j - i >= 2 and all(
            _VN_SYLLABLE_RE.fullmatch(t.key) is not None for t in self.toks[i:j])

    def village_number(self, j: int) -> bool:
        """Token j is a number that ends a village's name ("dusun Dak Snao 2"), not the
        start of a figure ("desa X 2,5 hektar")."""
        if j >= len(self.toks) or self.gap(j) != " ":
            return False
        t = self.toks[j]
        if not _VILLAGE_NUMBER_RE.fullmatch(t.text):
            return False
        nxt = self.text[t.end : t.end + 2]
        if nxt[:1] in ",." and nxt[1:2].isdigit():
            return False
        # "Kelurahan Buluh Kasap 80 KPM": a figure and its counted noun, not a name's number
        return not self.counts_after(j)

    def counts_after(self, j: int) -> int:
        """Where the counted noun or unit right after the number at token j ends ("80 KPM"),
        else 0."""
        um = match_unit(self.text, self.toks[j].end, min(len(self.text), self.toks[j].end + 40),
                        fallback=False)
        return um.end if um is not None and um.kind != "fallback" else 0

    def former_after(self, j: int) -> bool:
        """The name before token j is a former unit: "(lama)" after it, or the article
        predates the reform and the name is not called new ("baru")."""
        if j < len(self.toks) and self.toks[j].key in self.lex.former:
            return True
        return self.old_era and not (j < len(self.toks) and self.toks[j].key in self.lex.new_words)

    def country_for(self, spec: dict[str, str | bool] | None) -> str | None:
        return _spec_country(spec, self.doc.country)

    def emit(self, i: int, j: int, entry: GazEntry | None, level: str | None,
             country: str | None, source: str) -> None:
        if self.toks[i].start >= self.start:
            self.out.append(_place(self.text, self.toks[i:j], entry, level, country, source))

    # -- rules

    def resolve_named(self, i: int, limit: int, spec: dict[str, str | bool],
                      allow_unknown: bool, direct: bool = False) -> int:
        """A name at token i written after (``direct``) or listed under a level word.

        Returns the end of the name (i when there is none).
        """
        country = self.country_for(spec)
        best: tuple[int, GazEntry | None, str | None] | None = None
        for k in range(min(self.gaz.max_tokens, limit - i), 0, -1):
            cands = _candidates(" ".join(t.key for t in self.toks[i:i + k]))
            if not cands:
                continue
            former = self.former_after(i + k)
            for c in (country, "VN" if country == "ID" else "ID"):
                lvl = spec.get(c) if c else None
                if country is not None and c != country and lvl in _OWN_COUNTRY_LEVELS:
                    continue  # "Desa BLang" in a Vietnamese report is no Indonesian village
                if isinstance(lvl, str):
                    e = _choose(cands, lvl, c, self.doc, former)
                    if e is not None:
                        best = (i + k, e, lvl)
                        break
            if best is None and k == limit - i:
                # Known under another level only ("Kabupaten X, Jawa Barat" lists): keep its own.
                # "Kota Ho Chi Minh" is written as a city: the level word decides the level.
                e = _choose(cands, None, country, self.doc, former)
                if e is not None and LEVEL_RANK[e.level] >= LEVEL_RANK["district"]:
                    own = spec.get(e.country)
                    best = (i + k, e, own if direct and isinstance(own, str) else None)
            if best is not None:
                break
        if best is None:
            n = limit - i
            if not allow_unknown or n > 4:
                return i
            if not direct and not (self.doc.country != "ID" and self.vn_like(i, limit)):
                return i  # unknown list items only when they read as Vietnamese names
            if n > 1 and self.toks[i].upper and len(self.toks[i].text) > 2 \
                    and not self.toks[i + 1].upper:
                return i  # "Kekayaan Nagari DPMN Agam": an office's abbreviation, then its seat
            lvl = spec.get(country) if country else None
            if not isinstance(lvl, str):
                lvl = next((v for c, v in spec.items() if c in ("VN", "ID")), None)
            best = (limit, None, lvl if isinstance(lvl, str) else None)
        j, entry, lvl = best
        if (direct and entry is not None and j < limit <= i + 4 and self.match_at(j, limit) is None
                and entry.country == "VN" and LEVEL_RANK[entry.level] < LEVEL_RANK["province"]
                and self.vn_like(i, limit)
                and not any(self.title_at(k) or self.level_word(k) for k in range(j, limit))):
            # "komune Ta Xua Phin": a known prefix of a longer unknown Vietnamese name is not
            # the name. A province's name, or an Indonesian one, is no such prefix: what
            # follows it is a person ("Kepala BPS Provinsi NTT Matamira B Kale", "Bupati
            # Kabupaten Kupang Korinus Masneno") or another word.
            j, entry = limit, None
            if lvl is None:
                own = spec.get(country) if country else None
                lvl = own if isinstance(own, str) else None
        if self.is_person(i, limit) or (j - i == 1 and self.toks[i].key in self.lex.level_names):
            return i
        if j - i == 1 and self.toks[i].key in self.lex.never_names:
            return i  # "5 Dusun Utama", "Desa Tertinggal": adjectives, not names
        if direct and lvl == "village" and self.village_number(j):
            j += 1  # "dusun Dak Snao 2", "desa Che Phai 2": the number is part of the name
        self.emit(i, j, entry, lvl, country, "gazetteer" if entry else "rule")
        return j

    def list_items(self, j: int, spec: dict[str, str | bool], explicit: bool) -> int:
        """Names after a listed one: ", Binh Gia", " dan Depok", also with a figure each
        ("Kelurahan Buluh Kasap 80 KPM, Teluk Binjai 110 KPM, ..."). Returns the end reached."""
        while j < len(self.toks):
            after_figure = self.skip_figure(j)
            figured, j = after_figure > j, after_figure
            if (self.toks[j].key in ("dan", "serta") and j + 1 < len(self.toks)
                    and self.toks[j + 1].cap
                    and _LIST_SEP_RE.fullmatch(self.gap(j) + self.toks[j].text + self.gap(j + 1))):
                j += 1  # "distrik Tuong Duong dan Que Phong": "dan" is a token of its own
            elif not self.toks[j].cap or not _LIST_SEP_RE.fullmatch(self.gap(j)):
                break
            if self.level_word(j) is not None or self.title_at(j) or self.after_title_comma(j):
                break  # a new place, an office; or the official named after one ("Kepala BPS
                # Provinsi Kalimantan Barat, Badar menyatakan")
            end = self.run_end(j)
            if end - j == 1 and self.toks[j].key in self.lex.common:
                break
            known = self.doc.local.get(" ".join(t.key for t in self.toks[j:end]))
            own = spec.get(self.country_for(spec) or "")
            if known is not None and known[0] is not None and known[0] != own and not figured:
                # "komune Dak Ha, Tu Mo Rong": the article calls Tu Mo Rong a district (a
                # list with a figure for each item names units of the one level)
                break
            nj = self.resolve_named(j, end, spec, allow_unknown=explicit)
            if nj == j:
                break
            j = nj
        return j

    def skip_figure(self, j: int) -> int:
        """The token after a listed place's figure ("80 KPM" before ", Teluk Binjai"): a
        number and its counted noun or unit, then a separator; j when none stands there."""
        if j >= len(self.toks) or not self.toks[j].text[:1].isdigit():
            return j
        unit_end = self.counts_after(j)
        k = j + 1
        while k < len(self.toks) and self.toks[k].start < unit_end:
            k += 1
        if not unit_end or k >= len(self.toks) or not _LIST_SEP_RE.fullmatch(self.gap(k)):
            return j
        return k

    def title_at(self, i: int) -> int:
        return self.phrase_at(i, self.lex.person_titles) or self.phrase_at(i, self.lex.office_titles)

    def list_spec(self, i: int) -> dict[str, str | bool] | None:
        """Level of an explicit list starting at token i ("...(mantan): X", "komune ... seperti: X")."""
        if i == 0:
            return None
        prev = self.toks[i - 1].key
        prev2 = " ".join(t.key for t in self.toks[max(0, i - 2):i])
        if (":" not in self.gap(i) and prev not in self.lex.list_markers
                and prev2 not in self.lex.list_markers):
            return None
        # The nearest level word before the marker names the level of every item.
        for k in range(i - 1, max(-1, i - 20), -1):
            spec = self.lex.level_words.get(self.toks[k].key)
            if spec is None or self.toks[k].key == "pulau":
                continue
            # A generic level noun ("banyak komune ...", "distrik-distrik miskin"), not a
            # unit's own name ("Kantor Kecamatan", "Desa Panasen").
            if self.toks[k].cap or (k + 1 < len(self.toks) and self.toks[k + 1].cap
                                    and self.toks[k + 1].key != self.toks[k].key):
                return None
            return spec
        return None

    def bare_ok(self, i: int, j: int, entry: GazEntry) -> bool:
        """Accept a gazetteer name written without a level word?"""
        key = " ".join(t.key for t in self.toks[i:j])
        n = j - i
        if key in self.lex.common or key in self.lex.level_names:
            return False
        if all(t.upper for t in self.toks[i:j]) and entry.level not in ("country", "region") \
                and not self.shouting \
                and (key not in self.gaz.extra or self.spelt_out_otherwise(i)):
            return False  # all-caps words are acronyms unless the lexicon says otherwise
        if entry.level in ("country", "region", "province"):
            return True
        if entry.country == "ID":
            if entry.level in ("regency", "city"):
                return True
            if entry.level == "district":
                return (i > 0 and self.toks[i - 1].key in self.lex.locative
                        and self.doc.country == "ID")
            return False
        # Vietnamese units: distinctive multi-syllable names, in a Vietnamese article, and
        # not the apposition after an official ("Ketua Komite Rakyat Provinsi X, Hoang Nam,").
        return n >= 2 and self.doc.country != "ID" and not self.after_title_comma(i)

    def spelt_out_otherwise(self, i: int) -> bool:
        """"Pekerja Penerima Upah Penyelenggara Negara (PPU PN)": the text spells the
        bracketed abbreviation out as words that are no place ("Penajam Paser Utara (PPU)"
        spells out a place, and stays one)."""
        abbr = self.toks[i].key
        if i == 0 or not self.gap(i).rstrip().endswith("("):
            return False
        lo = max(0, i - 12)
        initials = "".join(t.key[:1] for t in self.toks[lo:i])
        k = initials.find(abbr)
        if k < 0:
            return False
        words = self.toks[lo + k : lo + k + len(abbr)]
        return not _candidates(" ".join(t.key for t in words))

    def after_title_comma(self, i: int) -> bool:
        if i == 0 or self.gap(i).strip() != ",":
            return False
        for k in range(i - 1, max(-1, i - 10), -1):
            # "Ketua Komite Rakyat Provinsi X, Hoang Nam," and "kepala dusun, Thi Hoa,"
            if self.title_at(k) and (self.toks[k].cap or k + self.title_at(k) == i):
                return True
            if k > 0 and any(c in self.gap(k) for c in ",.;:()"):
                break
        return False

    def dateline(self) -> None:
        """Upper-case dateline at the start of the sentence: "KUPANG -", "JAKARTA, KOMPAS.com -"."""
        m = _DATELINE_RE.match(self.text, self.start)
        if not m:
            return
        s, e = m.span(1)
        word = self.text[s:e].rstrip(".")
        # A town's name is often its district's ("NEGARA -", Jembrana's seat).
        cands = [c for c in _candidates(name_key(word))
                 if LEVEL_RANK[c.level] >= LEVEL_RANK["district"]]
        if not cands:
            return
        best = max(cands, key=lambda c: (c.country == self.doc.country, c.level == "city",
                                         c.era != "old", LEVEL_RANK[c.level]))
        toks = [t for t in self.toks if s <= t.start and t.end <= s + len(word)]
        if toks:
            self.out.append(_place(self.text, toks, best, best.level, None, "gazetteer"))
            self._dateline_end = toks[-1].end

    def run(self) -> list[Mention]:
        self._dateline_end = -1
        self.dateline()
        toks, lex = self.toks, self.lex
        level_words = lex.level_words
        noun_heads = _noun_heads()
        i = 0
        blocked_until = -1  # tokens after a title are a person's name
        while i < len(toks):
            t = toks[i]
            if t.end <= self._dateline_end or (not t.cap and t.key not in level_words):
                # Most words are lower-case and no level word: no rule below starts at one.
                i += 1
                continue
            lw = self.level_word(i)
            if (lw is not None and self.name_follows(i + lw[1], lw[0])
                    and self.counted_level(i)):
                # "212 Kabupaten/Kota Prioritas Pemerintah ...": units counted or paired, no
                # name after them; a known place may still stand there ("33 provinsi Jawa ...")
                nxt = i + lw[1]  # name_follows: a capitalised word right after
                end = self.run_end(nxt)
                i = nxt if self.match_at(nxt, end) is not None else end
                continue
            if lw is not None and self.name_follows(i + lw[1], lw[0]):
                spec, k = lw
                s = i + k
                end = self.run_end(s)
                # "kata Wali Kota Deri": after an office, an unknown name is its holder's
                office = i > 0 and toks[i - 1].key in self.lex.office_before_level
                j = self.resolve_named(s, end, spec, allow_unknown=not office, direct=True)
                if j > s:
                    i = self.list_items(j, spec, explicit=False)
                    continue
                # "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Agam": the office's level
                # word names no place; the level word after it does. "Nagari DPMN Agam": nor
                # does the office's abbreviation; the name after it may.
                if self.level_word(s) is not None:
                    i = s
                else:
                    i = s + 1 if self.toks[s].upper else end
                continue
            if not t.cap:
                i += 1
                continue
            end = self.run_end(i)
            spec = self.list_spec(i)
            if spec is not None and i >= blocked_until:
                j = self.resolve_named(i, end, spec, allow_unknown=True)
                if j > i:
                    i = self.list_items(j, spec, explicit=True)
                    continue
            k = self.title_at(i)
            lw_in_title = self.level_word(i + k - 1) if k else None
            if k and lw_in_title is not None and self.name_follows(i + k, lw_in_title[0]):
                # "Kepala Desa Sukamaju" is the head of a village; "Kepala Desa Budi" a person.
                s = i + k
                end = self.run_end(s)
                j = self.resolve_named(s, end, lw_in_title[0], allow_unknown=False, direct=True)
                i = j if j > s else self.skip_name(s, end)
                continue
            if k:
                office = not self.phrase_at(i, lex.person_titles)
                i += k
                nxt = self.match_at(i, self.run_end(i) if i < len(toks) else i) \
                    if office and i < len(toks) and toks[i].cap and self.joined(i) else None
                if nxt is not None and LEVEL_RANK[nxt[1].level] >= LEVEL_RANK["city"]:
                    self.emit(i, nxt[0], nxt[1], None, None, "gazetteer")
                    i = nxt[0]
                blocked_until = self.run_end(i) if i < len(toks) and self.joined(i) else i
                # Skip the name, but a level word or a new title inside it starts again.
                i = self.skip_name(i, blocked_until)
                continue
            if self.phrase_at(i, lex.street_words) or self.phrase_at(i, lex.product_nouns) or (
                    i > 0 and not toks[i - 1].cap and self.gap(i) in (" ", "-")
                    and toks[i - 1].key in noun_heads):
                # "Jalan Ho Chi Minh", "Sapi Bali", "beras ketan Khau Nua Lech", "suku Bru-Van Kieu";
                # a level word inside the name starts again ("Baitul Mal Kabupaten Aceh Barat
                # Daya", "RSUD Kota Kupang": the institution of that place)
                i = end if self.phrase_at(i, lex.road_words) else self.skip_name(i, end)
                continue
            if self.is_person(i, end) or (end - i >= 4 and self.is_person(i, i + 3)):
                i = end
                continue
            # The article's own use of a name ("bekas distrik Tu Mo Rong") decides its
            # level before the gazetteer's guess for a bare name.
            j = self.local_at(i, end, known_level=True)
            if j > i:
                i = j
                continue
            m = self.match_at(i, self.connected_end(end))
            if m is not None and m[0] > end and m[1].level == "region":
                # "Bali dan Nusa Tenggara": two mentions; the joint region is the
                # records' place (records.place), as GUIDELINES has it.
                m = self.match_at(i, end)
            if m is not None and self.bare_ok(i, m[0], m[1]):
                self.emit(i, m[0], m[1], None, None, "gazetteer")
                i = m[0]
                continue
            j = self.local_at(i, end)
            if j > i:
                i = j
                continue
            i += 1
        return self.out

    def local_at(self, i: int, end: int, known_level: bool = False) -> int:
        """A name this article introduced elsewhere with a level word or as an abbreviation
        ("di Dak Snao 2", "Persoalan stunting di TTS"): emit it, return its end (else i)."""
        local = self.doc.local
        if self.toks[i].key not in self.doc.local_first:
            return i
        last = end + 1 if self.village_number(end) else end
        for j in range(min(last, i + 5), i, -1):
            hit = local.get(" ".join(t.key for t in self.toks[i:j]))
            if hit is None:
                continue
            level, full = hit
            if known_level and level is None:
                continue
            if known_level and j < end and (g := self.match_at(i, end)) is not None and g[0] > j:
                return i  # "Kabupaten Buton, ..." then "Buton Selatan 56 ton": the longer name
            cands = [e for e in _candidates(full) if level is None or e.level == level]
            entry = _choose(cands, level, self.doc.country, self.doc, self.former_after(j)) \
                if cands else None
            self.emit(i, j, entry, level, self.doc.country, "rule")
            return j
        return i

    def connected_end(self, end: int) -> int:
        """End of the run continued past "dan" by another capitalised run, for names
        written with it ("Pangkajene dan Kepulauan", "Bali dan Nusa Tenggara"); else ``end``.
        match_at still prefers the longest name, so two names joined by "dan" stay two."""
        toks = self.toks
        if (end + 1 < len(toks) and toks[end].key == "dan" and toks[end + 1].cap
                and self.gap(end) == " " and self.gap(end + 1) == " "):
            return self.run_end(end + 1)
        return end

    def skip_name(self, i: int, end: int) -> int:
        """First token at or after i (before ``end``) that starts a level word or title."""
        j = i
        while j < end and (j == i or (self.level_word(j) is None and not self.title_at(j))):
            j += 1
        return j

    def match_at(self, i: int, end: int) -> tuple[int, GazEntry] | None:
        """Longest gazetteer name starting at token i within the run ending at ``end``."""
        if i >= end:
            return None
        first = self.toks[i].key
        if first not in _first_keys() and " " not in first:
            return None  # no name starts with this word (a folded key may hold a space)
        for k in range(min(self.gaz.max_tokens, end - i), 0, -1):
            cands = _candidates(" ".join(t.key for t in self.toks[i:i + k]))
            if cands:
                e = _choose(cands, None, self.doc.country, self.doc, self.former_after(i + k))
                if e is not None:
                    return i + k, e
        return None


def find_places(text: str, start: int, end: int, context: str | None = None,
                published: str | None = None) -> list[Mention]:
    """PLACE mentions inside ``text[start:end]`` (one sentence).

    ``context`` ("VN" or "ID") overrides the article's country guessed from the whole text.
    ``published`` (ISO date) picks the era of Vietnamese units: an article from before the
    reform of 1 July 2025 names the old provinces, districts and communes.
    """
    if end <= start:
        return []
    return _Matcher(text, start, end, context, published).run()


_MAIN_WEIGHT = {"province": 1.0, "regency": 0.9, "city": 0.8, "region": 0.7, "country": 0.5,
                "district": 0.4, "commune": 0.3, "village": 0.2}


@cache
def _former_res() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """(a former-unit word right after a name, one up to two words before it)."""
    lex = _lex()
    after = "|".join(map(regex.escape, sorted(lex.former)))
    before = "|".join(map(regex.escape, sorted(lex.former_before)))
    # "\s*(?:\(\s*)?", not "\s*\(?\s*": two adjacent \s* split a whitespace run in
    # quadratically many ways before failing (scripts/audit_regexes.py).
    return (regex.compile(r"\s*(?:\(\s*)?(?:" + after + r")\b", regex.IGNORECASE),
            regex.compile(r"\b(?:" + before + r")\s+(?:\p{L}+\s+){0,2}\Z", regex.IGNORECASE))


def is_former(text: str, m: Mention) -> bool:
    """The place is named as a former unit: "Kon Tum (lama)", "bekas distrik Tu Mo Rong"."""
    after, before = _former_res()
    return (after.match(text, m.end) is not None
            or before.search(text, max(0, m.start - 30), m.start) is not None)


def main_place(text: str, mentions: list[Mention],
               title_range: tuple[int, int] | None = None) -> Place | None:
    """The article's main place: the most salient unit, province level preferred.

    Each PLACE mention scores its level weight, doubled in the title; ties go to the
    earliest mention. Abbreviations resolve to the full province name.
    """
    scores: dict[tuple[str, str | None, str | None], float] = {}
    first: dict[tuple[str, str | None, str | None], tuple[int, Place]] = {}
    for m in mentions:
        p = m.norm
        if m.type != "PLACE" or not isinstance(p, Place):
            continue
        name = p.name
        if p.code:
            e = by_code(p.code)
            if e is not None and e.level == "province" and name_key(e.name) != name_key(name):
                name = e.name  # "NTT" -> "Nusa Tenggara Timur"
        key = (name_key(name), p.level, p.country)
        w = _MAIN_WEIGHT.get(p.level or "", 0.2)
        if is_former(text, m):
            w *= 0.3  # "provinsi Kon Tum (lama)": the story is about what it became
        if title_range is not None and title_range[0] <= m.start < title_range[1]:
            w *= 2
        scores[key] = scores.get(key, 0.0) + w
        if key not in first or m.start < first[key][0]:
            first[key] = (m.start, p.model_copy(update={"name": name}))
    if not scores:
        return None
    best = max(scores, key=lambda k: (scores[k], -first[k][0]))
    return first[best][1]


# The optional middle part carries its own trailing \s*: "\s*(?:X)?\s*" would split a
# whitespace run in quadratically many ways before failing.
# The outlet written before the city: "Liputan6.com, Jakarta -", "Berita Baru, Jakarta -".
_WEB_OUTLET_BEFORE_RE = regex.compile(r"[^\S\n]*" + _WEB_OUTLET)
# "KONTAN.CO.ID - JAKARTA. Program ...": the outlet first, a dash, then the city and a stop
_WEB_OUTLET_DASH_RE = regex.compile(
    r"[^\S\n]*" + _WEB_DOMAIN + r"[^\S\n]*[\u2013\u2014-]+[^\S\n]*")
_CITY_STOP_RE = regex.compile(r"[.,][^\S\n]")
_OUTLET_BEFORE_RE = regex.compile(r"[^\S\n]*[A-Z][\w.]{0,20}(?: [A-Z][\w.]{0,20}){0,2},[^\S\n]+")
# "KUPANG, KOMPAS.com -", "Jakarta (ANTARA) -", and the colon of "Jakarta: Badan Pusat
# Statistik ..." (a capital after it: "Jawa Barat: 7,62 persen" is a list item).
_DATELINE_TAIL_RE = regex.compile(
    r"\s*(?:(?:,[^\n\u2013\u2014|]{0,40}?|\([^)\n]{0,25}\))\s*)?(?:[\u2013\u2014-]+|\|)\s"
    # (not a list line's label and its figure: "Kulon Progo – 15,62% (71.480 orang)")
    r"(?!\s*(?:Rp\.?\s*)?\d)"
    r"|:[^\S\n]+(?=[A-Z])")


_DATELINE_PREFIX_MAX = 80  # an outlet before a dateline is a few words ("Liputan6.com, ")


def is_dateline(text: str, mention: Mention, line_start: int) -> bool:
    """A place that opens a paragraph as its dateline ("KUPANG -", "Jakarta (ANTARA) -"):
    where the story was filed, not what it is about."""
    if mention.start - line_start > _DATELINE_PREFIX_MAX:
        return False  # deep in its line (and no scan of a long line per place)
    if _WEB_OUTLET_BEFORE_RE.fullmatch(text, line_start, mention.start) is not None:
        return True  # "Liputan6.com, Jakarta Badan Pusat Statistik ...": no dash needed
    if (_WEB_OUTLET_DASH_RE.fullmatch(text, line_start, mention.start) is not None
            and _CITY_STOP_RE.match(text, mention.end) is not None):
        return True
    return (
        (not text[line_start : mention.start].strip()
         or _OUTLET_BEFORE_RE.fullmatch(text, line_start, mention.start) is not None
         or _lex().outlet_before.fullmatch(text, line_start, mention.start) is not None)
        and _DATELINE_TAIL_RE.match(text, mention.end) is not None
    )


def article_country(text: str) -> str | None:
    """The country an article is mostly about ("VN", "ID"), from cue words and provinces."""
    return _doc_info(text).country


_COUNTRY_PLACES = {
    "ID": Place(name="Indonesia", level="country", country="ID"),
    "VN": Place(name="Vietnam", level="country", country="VN"),
}


def country_place(country: str | None) -> Place | None:
    """The country as a Place, for national figures."""
    return _COUNTRY_PLACES.get(country or "")
