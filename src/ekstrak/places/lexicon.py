"""The places lexicon (``data/places_lexicon.json``) and the patterns built from it.

``_lex()`` holds the word lists as sets of name keys (level words, titles, surnames,
stoplists, ...) and the compiled country cues; the other loaders build what several modules
share: the abbreviation and alias keys (``_canonical_names``), the level-word introductions
the document pass finds (``_intro_re``), the former-unit cues (``_former_res``) and the
first words of a phrase set. Each loader is cached: the file is read and its patterns
compiled once per process, on first use, not per sentence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

import regex

from ekstrak.casefold import letter_trie

from .keys import name_key

_VILLAGE_NUMBER = r"\d{1,2}|[IVX]{1,4}"  # "dusun Dak Snao 2", "Desa Sukamaju II"


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
    name_level_words: frozenset[str]  # "Pulau Morotai": the level word opens a unit's name
    compass: frozenset[str]  # "timur", "barat": may go on with a name in lower case
    region_aliases: dict[str, str]  # "Sumatra" -> "Sumatera"
    road_words: frozenset[str]
    common: frozenset[str]
    level_names: frozenset[str]
    never_names: frozenset[str]
    office_before_level: frozenset[str]  # "Wali Kota <holder's name>"
    never_name_starts: frozenset[str]
    province_after_words: frozenset[str]
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
        name_level_words=keys(d["name_level_words"]),
        compass=keys(d["compass_words"]),
        region_aliases=d["region_aliases"],
        road_words=keys(d["road_words"]),
        common=keys(d["common_words"]),
        level_names=keys(d["name_is_level_word"]),
        never_names=keys(d["never_names"]),
        office_before_level=keys(d["office_before_level"]),
        never_name_starts=keys(d["never_name_starts"]),
        province_after_words=keys(d["province_after_words"]),
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


@lru_cache(maxsize=64)
def _first_words(words: frozenset[str]) -> frozenset[str]:
    """First words of a phrase set: most tokens start no phrase at all."""
    return frozenset(w.split(" ", 1)[0] for w in words)


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
