"""The evident number (GUIDELINES R 42): a scale the writer wrote wrongly or not at all.

A comma before three digits groups thousands for a whole count or a currency without
cents ("56,340 jiwa"); a count written in full and then a scale word ("383.530 ribu
orang") is the digits, since it would be more people than the country has; a count of
people with decimals beside the same count in ribu ("59,19 orang") lost its scale word;
one dot group before "ribu" or "juta" in a count beyond any poor population ("135.330 ribu
jiwa") is a decimal comma typed as a dot (GUIDELINES R 68).
"""

from __future__ import annotations

import re

from ekstrak.numbers import NumberSpan, written_value
from ekstrak.units import load_units

from .atom import _Atom
from .lexicon import _res


def _dropped_scale(qs: list[_Atom]) -> None:
    """"dari 60,79 ribu orang pada Maret 2022 menjadi 59,19 orang": a count of whole people
    or households with decimals and no scale word, beside a count of the same noun in ribu
    or juta, lost its scale word (R 42: the evident number); it takes the other's scale
    where the two then agree within a factor of two."""
    whole = load_units()["comma_thousands"]["counts"]
    lost_from = load_units()["comma_thousands"]["lost_thousands_from"]
    for a in qs:
        if (a.scale != 1.0 or a.kind != "noun" or a.unit not in whole or a.value_max is not None
                or a.value == int(a.value)):
            continue
        donor = next((b for b in qs if b is not a and b.unit == a.unit and b.scale > 1.0
                      and 0.5 <= a.value * b.scale / b.value <= 2.0), None)
        if donor is not None:
            a.scale = donor.scale
            a.value = written_value(a.value * donor.scale)
        elif a.value >= lost_from:
            # "penduduk miskin ... sebanyak 28,52 jiwa, 2022 (29,45 jiwa)": tens of whole
            # people with decimals are a release's thousands (an average household is a few
            # people: "4,78 orang" stays an average).
            a.scale = 1000.0
            a.value = written_value(a.value * 1000.0)


_COMMA_GROUP = re.compile(r"\d{1,3},\d{3}")


def _comma_for_thousands(text: str, n: NumberSpan, a: _Atom) -> None:
    """"Rp334,631 per kapita", "56,340 jiwa" and "1,177 KK": with no scale word, a comma
    before three digits groups thousands, for a currency without cents or a whole count of
    people or households, or of places ("6,133 desa") (R 42: the value is the evident
    number). "Rata-rata 4,780 orang per rumah tangga" (below 10, said to be an average)
    stays an average; "Rp47,255 triliun" has its scale word."""
    if (n.kind != "digits" or n.scale != 1.0 or a.unit is None
            or not _COMMA_GROUP.fullmatch(text, n.start, n.end)):
        return
    base = a.unit.split("/")[0]
    whole = load_units()["comma_thousands"]
    if (base in whole["currencies"] or base in whole["places"]
            or (base in whole["counts"] and (a.value >= 10 or not _an_average(text, n, a)))):
        a.value = round(a.value * 1000)


def _an_average(text: str, n: NumberSpan, a: _Atom) -> bool:
    """"Rata-rata 4,780 orang", "4,780 orang per rumah tangga": the text says it is one."""
    res = _res()
    return (res["average_before"].search(text[max(0, n.start - 20) : n.start]) is not None
            or res["average_after"].match(text[a.end : a.end + 20]) is not None)


_ONE_DOT_GROUP = re.compile(r"\d{1,3}\.\d{3}")


def _dot_for_decimal_comma(text: str, n: NumberSpan, a: _Atom, country: str | None) -> None:
    """"135.330 ribu jiwa", "1.879 juta jiwa": one dot group before a scale word, in a count
    of people or households that would otherwise be beyond any poor population (a hundred
    million and more in ribu: units.json ``dot_decimal_from``; more than the country has in
    juta), is a decimal comma typed as a dot (R 42: the evident number): 135,33 ribu and
    1,879 juta. "25.220 ribu orang" (the country's poor, 25.22 million) keeps its groups,
    as money does ("Rp1.500 juta", Vietnamese reports' "1.450 miliar VND")."""
    if (n.kind != "digits" or a.unit is None or n.scale not in (1e3, 1e6)
            or not _ONE_DOT_GROUP.fullmatch(text, n.start, n.start + n.n_digits)):
        return
    whole = load_units()["comma_thousands"]
    if a.unit.split("/")[0] not in whole["counts"]:
        return
    if n.scale == 1e3 and a.value >= whole["dot_decimal_from"]:
        a.value = written_value(n.base)  # 135.33 thousand
    elif n.scale == 1e6 and a.value > _most_people(country):
        a.value = written_value(n.base * 1000)  # 1.879 million


def _redundant_scale(text: str, n: NumberSpan, a: _Atom, country: str | None) -> None:
    """"mencapai 1.134.740 juta jiwa", "383.530 ribu orang": a count written out in full with
    thousands groups and then a scale word, which would make it more people than the
    article's country has (the world, where the country is unknown). The writer put the
    scale word twice; the digits are the count (R 42: the evident number)."""
    if (n.kind != "digits" or n.scale == 1.0 or a.unit is None or n.base < 1000
            or n.base != int(n.base)):
        return
    if (a.value > _most_people(country)
            and _THOUSANDS_GROUP.search(text, n.start, n.end)
            and a.unit.split("/")[0] in load_units()["comma_thousands"]["counts"]):
        a.value, a.scale = n.base, 1.0


def _most_people(country: str | None) -> float:
    """More people than the article's country has (the world's, where it is unknown): no
    count of people or households can be that large (units.json ``most_people``)."""
    most = load_units()["comma_thousands"]["most_people"]
    return float(most.get(country or "", most["world"]))


_THOUSANDS_GROUP = re.compile(r"\d[.,]\d{3}")
