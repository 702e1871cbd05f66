"""Lists that run on across sentences, and what a sentence hands to the next.

``carried_count`` is what a sentence's last count of people or households counts, for the
next sentence's bare thousands; ``carried_item`` is the unit, scale and shape of a list
item a sentence ends with ("Gorontalo (2,85).", "Jawa Barat 0,406.", "8.739 KPM di
Kabupaten Tebo."), so that ``_list_goes_on`` gives the next sentence's first item the same
unit. The pipeline threads both from sentence to sentence.
"""

from __future__ import annotations

from typing import NamedTuple

from ekstrak.models import Mention, QuantityNorm
from ekstrak.numbers import find_numbers
from ekstrak.units import load_units, unit_kind

from .atom import _Atom
from .lexicon import _res


def carried_count(found: list[Mention]) -> str | None:
    """What a sentence's last count of whole people, households or houses counts (units.json
    ``comma_thousands.counts``; a share after it, "81,18 ribu atau 6,38 persen", is passed
    over): the next sentence's bare thousands may go on counting it."""
    counts = load_units()["comma_thousands"]["counts"]
    for m in reversed(found):
        if isinstance(m.norm, QuantityNorm) and m.norm.unit in counts:
            return m.norm.unit
    return None


class ListItem(NamedTuple):
    """The last figure of a sentence that ends a list: the next sentence may go on with it."""

    unit: str
    scale: float
    shape: str  # "bracket" ("Alor (101,40 ribu)."), "name" ("Jawa Barat 0,406."), "place"
    # ("8.739 KPM di Kabupaten Tebo."), "link" ("Brang Rea sebanyak 1.813."), "count" (any
    # count that ends its sentence: "... di Lolak dengan angka 2.360 rumah tangga.")


def carried_item(text: str, found: list[Mention]) -> ListItem | None:
    """The unit, scale and shape of a sentence's last figure when it is a list item: bracketed
    after a name ("Gorontalo (2,85).", "Alor (101,40 ribu)."), a bare number after a name
    ("... dan Jawa Barat 0,406."), or a count at a place ("8.739 KPM di Kabupaten Tebo.")."""
    last = found[-1] if found else None
    if last is None or not isinstance(last.norm, QuantityNorm):
        return None
    # (a short window before the span: a slice of all the text before it, per sentence,
    # would be quadratic on a page of thousands of sentences)
    res = _res()
    before = text[max(0, last.start - 32) : last.start]
    if before.rstrip(" \t").endswith("(") and text.startswith(")", last.end):
        shape = "bracket"
    elif (res["name_before_item"].search(before) and not any(c.isalpha() for c in last.text)
          and res["item_end"].match(text, last.end)):
        shape = "name"
    elif res["at_place_after"].match(text, last.end) and len(found) > 1:
        shape = "place"
    elif last.norm.unit is None or not res["sentence_end"].match(text, last.end):
        return None
    elif res["link_before_item"].search(before):
        shape = "link"
    elif unit_kind(last.norm.unit.split("/")[0]) == "noun":
        shape = "count"
    else:
        return None
    nums = find_numbers(text, last.start, last.end)
    return ListItem(last.norm.unit, nums[0].scale if nums else 1.0, shape)


def _list_goes_on(text: str, lo: int, atoms: list[_Atom], item: ListItem) -> None:
    """Give the sentence's first figure, a bare number in the shape of the list item the
    sentence before ended with, that item's unit and scale ("Setelahnya ada Nusa Tenggara
    Barat (2,57), Bengkulu (2,17)", "Selanjutnya, Papua 0,396, Sulawesi Tenggara 0,394",
    "Kemudian, 11.281 di Kabupaten Kerinci, 11.103 di Kabupaten Merangin"); the items after
    it follow it (:func:`_from_neighbour`)."""
    a = next((b for b in atoms if not b.excluded), None)
    if a is None or a.unit is not None or a.num.kind == "fraction" or a.value_max is not None:
        return
    res = _res()
    if item.shape == "bracket":
        goes_on = text.startswith(")", a.end) and res["list_goes_on"].fullmatch(text, lo, a.start)
    elif item.shape == "name":
        goes_on = (res["name_item_goes_on"].fullmatch(text, lo, a.start) is not None
                   and res["item_end"].match(text, a.end) is not None)
    elif item.shape == "place":
        goes_on = (res["place_item_goes_on"].fullmatch(text, lo, a.start) is not None
                   and res["at_place_after"].match(text, a.end) is not None)
    else:
        # "Selanjutnya Seteluk dengan 1.972." after "... Taliwang dengan 5.087 KPM."; a count
        # that merely ended the sentence before needs a word that ranks on ("Menyusul")
        opener = res["ranked_item_goes_on"].fullmatch(text, lo, a.start) is not None or (
            item.shape == "link" and res["link_item_goes_on"].fullmatch(text, lo, a.start))
        goes_on = opener and res["item_end"].match(text, a.end) is not None
    if not goes_on:
        return
    if a.scale == 1.0 and item.scale != 1.0:
        a.value, a.scale = a.num.base * item.scale, item.scale
    head, *rates = item.unit.split("/")
    a.unit, a.rates, a.kind = head, rates, unit_kind(head)
    a.index = head == "point"
