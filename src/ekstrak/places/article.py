"""Article-level decisions: the article's country and main place, and places in canonical
and comparable form.

:func:`place_key` is how the records and the evaluation compare places (abbreviations and
aliases expanded, level ignored); :func:`canonical_place` names an abbreviated place in
full; :func:`main_place` weighs the mentions by level, title and former units;
:func:`article_country` is the document pass's answer; :func:`country_place` is the country
as a place, for national figures.
"""

from __future__ import annotations

from ekstrak.models import Mention, Place

from .document import _doc_info
from .gazetteer import by_code, is_alias, joined_names, split_name_key
from .keys import name_key
from .lexicon import _canonical_names, _former_res, _lex


def place_key(place: Place | None) -> str | None:
    """The comparable form of a place's name: folded, lower-case, province abbreviations
    and aliases expanded (a two-word name written as one word too: "Bandarlampung"), level
    ignored (SPEC section 7)."""
    if place is None:
        return None
    key = name_key(place.name)
    return (_canonical_names().get(key) or joined_names().get(key)
            or split_name_key(key) or key)


def canonical_place(place: Place) -> Place:
    """A place written as an abbreviation ("TTS", "NTT", "Sulteng", "Mura") under its
    gazetteer name; others as they are. Records name places in full; mentions keep the
    written form."""
    if place.code:
        e = by_code(place.code)
        # an abbreviation, or the name in other capitals ("Jawa timur", "BOGOR")
        # (a two-word name written as one, "Baubau", "Pangkalpinang", is as written: the
        # towns' own spelling)
        if e is not None and e.name != place.name and (
                joined_names().get(name_key(place.name)) != name_key(e.name)) and (
                (" " not in place.name and len(place.name) <= 8)
                or name_key(e.name) == name_key(place.name)
                or is_alias(place.name, place.code)):
            return place.model_copy(update={"name": e.name})
    elif place.level == "region" and place.name in _lex().region_aliases:
        return place.model_copy(update={"name": _lex().region_aliases[place.name]})
    return place


_MAIN_WEIGHT = {"province": 1.0, "regency": 0.9, "city": 0.8, "region": 0.7, "country": 0.5,
                "district": 0.4, "commune": 0.3, "village": 0.2}


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
