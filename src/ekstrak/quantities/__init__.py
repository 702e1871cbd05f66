"""QUANTITY mentions: a number with its scale word and unit or counted noun (SPEC section 2).

``find_quantities(text, start, end)`` looks at one sentence ``text[start:end]`` and
returns QUANTITY mentions with offsets into ``text``. Policy:

- Span: from the number, or from a currency prefix written before it ("Rp1,8 juta",
  "US$ 2,5 miliar"), to the end of the unit or the head of the counted noun; a "/"
  rate is inside, rate words after it are outside but go into the unit code.
  Qualifier words stay outside and go into ``qualifier``.
- Ranges ("30-50 juta", "1–1,5%", "6,5% hingga 7,5%", "antara X dan Y") give one
  quantity with ``value_max``; the first number inherits the second's scale and unit.
  A range must increase; "dari X menjadi Y" is never a range but two quantities.
- A number without a unit is kept only when the noun is shared or elided: the bare
  side of "dari 117 menjadi 52 rumah tangga" / "X dan Y rumah" takes the other's
  unit, and "jumlah <counted noun> ... adalah 417" takes that noun. Other bare
  numbers are not quantities.
- Not quantities: years, dates (next to a month), durations ("tiga tahun"),
  frequencies ("tiga kali dalam 10 tahun"), ordinals ("ke-3", "kedua"), identifiers
  after "Nomor/No./Pasal/Program/RT/pukul ..." (``units.json: not_quantity_before``),
  numbers in URLs, names ("Covid-19", "G20"), phone numbers, times of day.
- Number words count only with a lexicon unit ("dua produk", not "dua hal");
  unknown counted nouns are accepted after digits and vague plurals only.
- A rate written once after several amounts joined by "(sekitar ...)", "atau setara",
  "dan" applies to each of them (same sentence only).

One module per concern: ``lexicon`` (the compiled patterns), ``atom`` (one figure),
``build``, ``scale`` and ``exclusions`` (a number's own atom), ``ranges``, ``bare`` with
``neighbours`` and ``clause`` (a unit from context), ``lists`` (what runs on to the next
sentence), ``rates``, ``qualifiers`` and ``sentence`` (readings of the whole sentence).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from ekstrak.models import Mention, QuantityNorm
from ekstrak.numbers import find_numbers, written_value
from ekstrak.units import noun_at, rate_order, rate_words

from .atom import _SPACE_NOT_NEWLINE as _SPACE_NOT_NEWLINE  # (tests import it from here)
from .atom import _Atom
from .atom import _prev_word as _prev_word  # (tests import it from here)
from .bare import _cut_at_end, _resolve_bare
from .build import _atom
from .lexicon import _composition_cues, _house_context, _stock_units, _unit_things
from .lists import ListItem, _list_goes_on, carried_count, carried_item
from .qualifiers import _qualifier
from .ranges import _merge_ranges
from .rates import _FLOW_KINDS, _NOUN_KINDS, _propagate_rates, _share_rate_with_parts
from .scale import _dropped_scale
from .sentence import _housing_article, _index_named, _one_priced, _rate_sentence

__all__ = ["ListItem", "carried_count", "carried_item", "find_quantities"]


def find_quantities(
    text: str, start: int, end: int, country: str | None = None, carried: str | None = None,
    item: ListItem | None = None,
) -> list[Mention]:
    """QUANTITY mentions inside the sentence ``text[start:end]`` (offsets into ``text``).

    ``country`` ("ID"/"VN") only changes which level some counted place nouns mean
    ("kelurahan" is a village in Indonesia and a commune in Vietnam). ``carried`` is what
    the sentence before last counted (:func:`carried_count`): a bare "574,51 ribu" that
    nothing in its own sentence names goes on counting it. ``item`` is the unit and scale
    of the bracketed list item that sentence ended with (:func:`carried_item`): a sentence
    that opens with the next "Nusa Tenggara Barat (2,57)" goes on with that list.
    """
    nums = find_numbers(text, start, end)
    if not nums:
        return []
    atoms = [_atom(text, start, end, n, country) for n in nums]
    atoms = _merge_ranges(text, atoms)
    if item is not None:
        _list_goes_on(text, start, atoms, item)
    _resolve_bare(text, start, atoms, country, carried)
    quantities = [a for a in atoms if not a.excluded and a.unit is not None
                  and not _cut_at_end(text, a, "started_tail")]
    quantities = [a for i, a in enumerate(quantities) if not _one_priced(text, quantities, i)]
    if not quantities:
        return []
    _dropped_scale(quantities)
    # Whether the sentence has a percentage, or is about housing: read only when a "poin"
    # or a "unit" figure needs it (most sentences have neither).
    has_pct: bool | None = None
    index_at = -1  # where the sentence first names an index, if it names no rate
    after_rates: list[list[str]] = []
    for a in quantities:
        if a.unit == "bp" and a.value < 1:
            # "naik 0,002 basis poin" after a Gini ratio of 0,381: a fraction of a basis point
            # is no rate anyone reports, the writer's word for the index's points
            a.unit, a.kind = "point", "point"
        if a.unit == "point" and not a.index:
            if has_pct is None:
                has_pct = _rate_sentence(text, start, end)
                index_at = _index_named(text, start, end) if has_pct else -1
            # "poin" after a percentage, unless an index named before it moved ("IPM ...
            # 78,20, meningkat 0,84 poin (1,09 persen)": the percent is its growth)
            if has_pct and not 0 <= index_at < a.start:
                a.unit, a.kind = "pp", "pp"
        a.qualifier = _qualifier(text, start, end, a) or a.qualifier
        flow = a.kind in _FLOW_KINDS or (a.kind in _NOUN_KINDS and a.unit not in _stock_units())
        after_rates.append(rate_words(text, a.end, end, flow=flow) if a.kind != "times" else [])
    _propagate_rates(text, quantities, after_rates)
    # Parts to share a rate with need two amounts at least: most sentences are not searched.
    if len(quantities) > 1 and (cue := _composition_cues().search(text, start, end)):
        _share_rate_with_parts(quantities, after_rates, cue.start(), cue.end())
    # Whether the sentence is about housing: read once, and only for a "unit" figure.
    housing = cache(lambda: _unit_things().search(text, start, end) is None and (
        _house_context().search(text, start, end) is not None or _housing_article(text)))
    out: list[Mention] = []
    for a, extra in zip(quantities, after_rates, strict=True):
        unit = _unit_code(text, end, a, extra, country, housing)
        out.append(
            Mention(
                type="QUANTITY",
                start=a.start,
                end=a.end,
                text=text[a.start:a.end],
                source="rule",
                norm=QuantityNorm(
                    value=written_value(a.value), unit=unit, qualifier=a.qualifier,
                    value_max=None if a.value_max is None else written_value(a.value_max),
                ),
            )
        )
    return out


def _unit_code(text: str, end: int, a: _Atom, extra: list[str], country: str | None,
               housing: Callable[[], bool]) -> str:
    """The unit code of one quantity: its unit, its "/" rates and the rate words after it
    (``extra``) in rate order; a "unit" becomes the noun after it, or houses."""
    parts = [a.unit or "", *a.rates, *extra]
    if a.unit == "unit":
        # "15 unit sekolah": the span ends at "unit", the noun after it says what
        # is counted; a bare "unit" in a story about housing counts houses.
        # (not across a comma: "4.493 unit, Kabupaten Banggai Kepulauan sebanyak ...")
        um = (noun_at(text, a.end + 1, end, country)
              if a.end < end and text[a.end].isspace() else None)
        if um is not None and um.kind == "noun" and um.code != "unit":
            parts[0] = um.code
    if "unit" in parts and not _unit_things().match(text, a.end + 1, end) and housing():
        parts = ["house" if p == "unit" else p for p in parts]
    parts[1:] = rate_order(parts[1:])
    # "Rp582.932/kapita/orang": a rate written twice in other words is one rate, and so is
    # a noun written twice ("6.832 jiwa/orang", "18 desa / kelurahan").
    return "/".join(p for i, p in enumerate(parts) if i == 0 or p != parts[i - 1])
