"""The article as context for its places: its country, the provinces it names, the names it
introduces, and the choice among a name's gazetteer candidates.

``_doc_info`` runs once per text (cached): country cue words score each country, provinces
among the capitalised 1- and 2-grams break a tie and weigh ambiguous units, and names
written after a level word or as a bracketed abbreviation (``_local_names``) are places
when the article uses them bare later. ``_choose`` picks one candidate by level, the
article's country, its provinces and the era.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from typing import NamedTuple

from ekstrak.casefold import lower_article

from .gazetteer import (
    LEVEL_RANK,
    GazEntry,
    _cached_province_of,
    _candidates,
    _gaz,
    sibling_districts,
)
from .keys import name_key
from .lexicon import _intro_re, _lex
from .tokens import _text_lines


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
    provinces: set[str] = set()
    index = _province_codes()
    for key in _capital_ngrams(text):
        codes = index.get(key)
        if codes:
            provinces.update(codes)
            owners = {_code_country(code) for code in codes}
            if len(owners) == 1 and (c := owners.pop()) in scores:
                # a province only one country has is a cue of that country ("Nghe An" in a
                # translated report that calls its districts "kecamatan")
                scores[c] += 2
    country = None
    if scores and max(scores.values()) > 0:
        top = sorted(scores.items(), key=lambda kv: -kv[1])
        if len(top) == 1 or top[0][1] > top[1][1]:
            country = top[0][0]
    if country is None and provinces:
        # Sorted, so that a tie is decided the same way in every process (set order is not).
        c = Counter(_code_country(p) for p in sorted(provinces))
        top2 = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
        if len(top2) == 1 or top2[0][1] > top2[1][1]:
            country = top2[0][0]
    local = _local_names(text, country)
    return _DocInfo(country, frozenset(provinces), local,
                    frozenset(k.split(" ", 1)[0] for k in local))


def _code_country(code: str) -> str:
    """The country of a gazetteer code ("VN25:40", a post-2025 Vietnamese province, is VN)."""
    return code.split(":")[0].rstrip("25")


def _spec_country(spec: dict[str, str | bool] | None, country: str | None) -> str | None:
    """Whose levels a level word takes: the article's country when the word has a level
    there, else the word's own language ("komune" is Vietnamese)."""
    if spec is not None:
        lang = spec.get("lang")
        if isinstance(lang, str) and lang in spec:
            return lang if country is None else country if country in spec else lang
    return country


_AGENCY_AFTER = re.compile(r"[^\S\n]*[-\u2013\u2014]")


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
        if all(k in lex.never_names for k in key.split()):
            continue  # "desa Sangat Tertinggal": a status, no name
        if _province_after_village_word(word, key, level):
            continue  # "Indeks Membangun Desa Kaltim": the province, no village of its name
        out.setdefault(key, (level, key))
        if m.group(2) and not _AGENCY_AFTER.match(text, m.end()):
            # ("Kota Bogor (ANTARA) -" is a dateline's agency, no abbreviation)
            out.setdefault(name_key(m.group(2)), (level, key))
    _add_siblings(out, text, country)
    return out


def _province_after_village_word(word: str, key: str, level: str | bool | None) -> bool:
    """A province's name after a village's word ("Indeks Membangun Desa Kaltim"): the
    province, where no unit of the word's level has that name (places_lexicon.json
    ``province_after_words``; not hamlets: "Dusun Lampung", "Kampung NTT")."""
    if word not in _lex().province_after_words:
        return False
    cands = _candidates(key)
    return (any(e.level == "province" for e in cands)
            and not any(e.level == level for e in cands))


_MAX_SIBLING_SOURCES = 6


def _one_district(key: str) -> bool:
    """Whether ``key`` names one district and nothing larger: a district named as its
    regency ("Pandeglang") stays the regency, and one whose name other regencies' districts
    share ("Cibitung", "Sobang") could be any of them."""
    cands = _candidates(key)
    return (sum(c.level == "district" for c in cands) == 1
            and not any(LEVEL_RANK[c.level] > LEVEL_RANK["district"] for c in cands))


def _add_siblings(local: dict[str, tuple[str | None, str]], text: str, country: str | None
                  ) -> None:
    """A district the article introduces ("Kecamatan Taliwang") makes its regency's other
    districts places when the article writes them bare: a ranked list names them so
    ("Selanjutnya Seteluk dengan 1.972. Diikuti oleh Brang Rea sebanyak 1.813")."""
    lex = _lex()
    districts = [key for key, (level, _full) in local.items() if level == "district"]
    # (a few regencies' worth: a page that introduces hundreds of districts would otherwise
    # scan the text once per sibling of each)
    for key in districts[:_MAX_SIBLING_SOURCES]:
        for e in sibling_districts(key, country):
            sib = name_key(e.name)
            if (sib in local or len(sib) < 4 or sib in lex.level_names or sib in lex.never_names
                    or sib in lex.common or e.name not in text
                    or not _one_district(sib)):
                continue
            local[sib] = ("district", sib)


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
