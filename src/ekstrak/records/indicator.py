"""indicator: which SPEC section 5 code a figure measures.

First the rule whose cue stands nearest the number (``data/records.json``), then what the
figures around it say: a part or share of the previous statistic, a converted amount, a
list item measuring what its introduction names, a figure continuing the last statistic
of its unit, the sentence before one that points to it; a figure restated with "tersebut"
measures what the earlier one does (:func:`restated_indicator`). :func:`refine` applies
what the figure's kind adds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import QuantityNorm, Record
from ..numbers import skip_scales
from .article import ArticleModel, Frame
from .figure import Figure
from .lexicon import (
    Lexicon,
    base_unit,
    below_household_scale,
    blank,
    classes_of,
    last_digit,
    last_words,
    lexicon,
    recipient_written,
    right_phrase,
    rules_for,
)

# A cue found near the number: (distance in characters x rule weight, rule order,
# indicator, cue as written). The least one wins.
Cue = tuple[float, int, str, str]
# One side's pattern of a cue rule: (pattern, weight, order, indicator).
_SidePattern = tuple[re.Pattern[str], float, int, str]


@lru_cache(maxsize=512)
def _side_patterns(unit: str) -> tuple[tuple[_SidePattern, ...], tuple[_SidePattern, ...]]:
    """The left and the right cue patterns of the rules that fit ``unit``, in rule order."""
    rules = rules_for(unit)[0]
    return (tuple((r.left, r.weight, i, r.indicator) for i, r in rules if r.left is not None),
            tuple((r.right, r.weight, i, r.indicator) for i, r in rules if r.right is not None))


def left_cue(left: str, unit: str) -> Cue | None:
    """The nearest cue in the words before the number: each rule's last match."""
    best: Cue | None = None
    for pat, weight, order, indicator in _side_patterns(unit)[0]:
        last = None
        for last in pat.finditer(left):  # noqa: B007 - the last match is wanted
            pass
        if last is not None:
            cand = ((len(left) - last.end()) * weight, order, indicator, last.group(0).strip())
            if best is None or cand < best:
                best = cand
    return best


def right_cue(right: str, unit: str) -> Cue | None:
    """The nearest cue in the words after the number: each rule's first match."""
    best: Cue | None = None
    for pat, weight, order, indicator in _side_patterns(unit)[1]:
        m = pat.search(right)
        if m is not None:
            cand = (m.start() * weight, order, indicator, m.group(0).strip())
            if best is None or cand < best:
                best = cand
    return best


def _indicator_of(unit: str, *cues: Cue | None) -> tuple[str, str]:
    """(indicator, cue) of the nearest of ``cues``; the unit's fallback without one."""
    found = [c for c in cues if c is not None]
    if found:
        best = min(found)
        return best[2], best[3]
    return rules_for(unit)[1] or "other", ""


def cue_indicator(left: str, right: str, unit: str, lex: Lexicon) -> tuple[str, str]:
    """The indicator whose cue stands nearest the number (distance in characters)."""
    return _indicator_of(unit, left_cue(left, unit), right_cue(right, unit))


def resolve_indicator(f: Figure, frame: Frame, model: ArticleModel, lex: Lexicon
                      ) -> tuple[str, str, str]:
    """(indicator, cue, why) of one figure before its kind is known: its own cue, what the
    figure is (a threshold, a cap, a per-recipient amount ...), then what the figures and
    lines around it say."""
    indicator, cue, why = _own_cue(f, model, lex)
    indicator, why = _what_it_is(f, frame, indicator, why, lex)
    prev = f.prev_rec
    if prev is not None:
        indicator, why = _from_previous(f, prev, indicator, why, model.text, frame, lex)
        if _to_of_pair(f, prev, model.text, lex):
            # "turun drastis dari 15,9% pada tahun 2012 menjadi 9,1% pada tahun 2016": the
            # level a baseline went to measures what the baseline does
            indicator, why = prev.indicator, "rule:from-to-pair"
    elif "money" in classes_of(f.q.unit) and (lex.conversion_opener.match(f.before)
                                              or (frame.anaphoric and not cue)):
        stated = _last_statement(f, frame, model)
        if stated is not None and "money" in classes_of(stated.unit) \
                and base_unit(stated.unit) != base_unit(f.q.unit):
            # "... 2,2 juta VND per kapita per bulan. Kira-kira setara dengan Rp 1,4 juta.";
            # "... US$6,85 per hari ... Angka tersebut sekitar Rp115.073 per hari."
            indicator, why = stated.indicator, "rule:converted-amount"
    if not cue and indicator == "other":
        indicator, cue, why = _from_context(f, frame, model, why, lex)
        if indicator != "other":
            # what the figure itself is holds against the context too: "Dengan jumlah itu,
            # setiap desa rata-rata mendapat sekitar Rp800 juta" after a budget is per desa
            indicator, why = _what_it_is(f, frame, indicator, why, lex)
    if why == "rule:unit-fallback" and _poor_share(f, frame, lex):
        indicator, why = "poverty_rate", "rule:poor-share"
    if _exchange_rate(f.q.unit):
        indicator, why = "other", "rule:exchange-rate"  # "(asumsi kurs Rp16.799 per dolar AS)"
    return indicator, cue, why


def _to_of_pair(f: Figure, prev: Record, text: str, lex: Lexicon) -> bool:
    """The figure is the "menjadi Y" right after the baseline ``prev`` of its unit, with no cue
    of its own between the two."""
    if (f.prev_q is None or prev.unit != f.q.unit or prev.indicator == "other"
            or (prev.why or {}).get("kind") != "rule:baseline"):
        return False
    gap = text[f.prev_q.end : f.m.start].lower()
    return (len(gap) <= lex.from_to_pair_gap and lex.from_to_target.search(gap) is not None
            and left_cue(gap, f.q.unit) is None)


def _poor_share(f: Figure, frame: Frame, lex: Lexicon) -> bool:
    """A share in a sentence about a "persentase" and the poor ("provinsi paling miskin
    ketiga di Pulau Jawa dengan persentase 9,79 persen"), not spread over places."""
    return (f.q.unit == "%" and lex.poor_share.search(f.before) is not None
            and lex.poor_word.search(frame.masked) is not None
            and lex.poor_share_spread.search(f.before) is None)


def _exchange_rate(unit: str) -> bool:
    """"Rp16.799 per dolar AS": money per unit of another currency."""
    per = unit.split("/")[1:]
    return bool(per) and "money" in classes_of(per[0])


def _own_cue(f: Figure, model: ArticleModel, lex: Lexicon) -> tuple[str, str, str]:
    """The rule whose cue stands nearest the number, around the span or inside it."""
    q = f.q
    # blanked, so what stands around the aside keeps its distance to the number
    on_left = left_cue(lex.source_aside.sub(blank, f.cue_left), q.unit)
    indicator, cue = _indicator_of(q.unit, on_left, right_cue(f.cue_right, q.unit))
    if cue:
        return indicator, cue, "rule:cue"
    # No cue around the span: the counted noun phrase inside it may be one
    # ("21.436 keluarga penerima manfaat").
    span = model.text[f.m.start : f.m.end]
    digit = last_digit(span)
    if digit >= 0 and span[digit + 1 :].strip():
        # The words before the number are the same: their cue is already known.
        # A scale word is no part of the noun phrase ("1 juta KPM").
        inside, inside_cue = _indicator_of(q.unit, on_left, right_cue(
            right_phrase(skip_scales(span[digit + 1 :]) + f.after, lex.right_window), q.unit))
        if inside_cue:
            return inside, inside_cue, "rule:cue-in-span"
    named = _programme_budget(f, q.unit, lex)
    if named is not None:
        return named[2], named[3], "rule:programme-budget"
    return indicator, cue, "rule:unit-fallback"


def _programme_budget(f: Figure, unit: str, lex: Lexicon) -> Cue | None:
    """Money with no cue but a programme's name right before it, which the masking hid:
    "menerima Dana Desa sekitar Rp 1,1 triliun", "Dana desa tertinggi diperoleh Desa Klumpu
    ... sebesar Rp 1,4 miliar". The name is a fund's, so its budget words are the cue
    (budget rules only)."""
    if "money" not in classes_of(unit):
        return None
    written = last_words(f.before.rpartition(";")[2], lex.left_window)
    if written == f.left or lex.fund_share_before.search(f.before):
        # no programme name in the window; or what each recipient gets, or a condition on
        # what it gets ("Setiap desa akan menerima tambahan dana desa sebesar ...", "Bagi
        # desa penerima Dana Desa kurang dari Rp800 juta")
        return None
    found = left_cue(written, unit)
    return found if found is not None and found[2] in lex.programme_budget else None


def _what_it_is(f: Figure, frame: Frame, indicator: str, why: str, lex: Lexicon
                ) -> tuple[str, str]:
    """What the figure itself says it is, whatever its cue: a poverty threshold, a capped
    share, an average household size, money per recipient or of one household, houses
    still waiting."""
    q = f.q
    if (indicator in ("income", "other") and "money" in classes_of(q.unit)
            and lex.poverty_threshold.search(frame.masked)):
        # "penghasilan 2.200.000 VND per bulan ... masuk dalam kategori miskin"
        indicator, why = "poverty_line", "rule:poverty-threshold"
    if (indicator in lex.capped_other and q.qualifier in ("at_most", "at_least")
            and base_unit(q.unit) == "%"):
        # "paling banyak 25 persen dari Dana Desa", "BLT Dana Desa maksimal 25 persen"
        indicator, why = "other", "rule:capped-share"
    if q.unit.split("/")[0] in lex.average_count_units and not _whole(q.value):
        indicator, why = "other", "rule:average-count"  # "4,78 orang anggota rumah tangga"
    if indicator in lex.per_unit_other and recipient_written(q.unit, f.left, lex):
        # "Rp1,3 miliar per desa"; "tiap desa akan mendapat Rp 943,34 juta", "anggaran per
        # unit Rp15 juta", "masing-masing akan menerima Rp15 juta"
        indicator, why = "other", "rule:per-recipient"
    elif (indicator in lex.per_unit_other and below_household_scale(q.unit, q.value, lex)
          and not _shared_amount(f, frame, lex)):
        # "Dana bantuan Rp10 juta itu", "meminjam tambahan 100 juta VND": one household's
        indicator, why = "other", "rule:household-scale"
    if indicator == "houses_built" and base_unit(q.unit) == "house" and (
            lex.house_waiting.search(f.left) or (lex.house_stock.search(frame.text)
                                                 and not lex.house_work.search(frame.text))):
        # "jumlah rumah tidak layak huni yang masih tersisa 3.708 unit", "yang terdata dalam
        # program tersebut mencapai 7585 rumah": houses on a list or still waiting
        indicator, why = "other", "rule:house-stock"
    if indicator != "other" and base_unit(q.unit) == "person" and _population_total(f, frame, lex):
        indicator, why = "other", "rule:population-total"
    if (indicator == "villages_by_status" and lex.places_total_before.search(f.before)
            and not lex.baseline_after.search(f.after)
            and not lex.change_verbs.search(last_words(f.before, 4))):
        indicator, why = "other", "rule:places-total"  # "dari total jumlah 1.035 nagari/desa"
    if indicator == "beneficiaries" and _counts_staff(f, lex):
        indicator, why = "other", "rule:staff"  # "jumlah pendamping tercatat sebanyak 23.203 orang"
    elif indicator == "beneficiaries" and base_unit(q.unit) not in lex.recipient_units:
        indicator, why = "other", "rule:no-recipient-unit"  # "membeli 20 ekor kambing"
    return indicator, why


def _shared_amount(f: Figure, frame: Frame, lex: Lexicon) -> bool:
    """The amount is the sum for a count joined to it ("Rp24.000.000 disalurkan kepada 40
    KK", "kepada 20 orang sebesar Rp30 juta", "7 rumah senilai Rp 35 juta"), not one
    household's: the sentence's quantity right before or right after it counts things."""
    floor = lex.shared_amount_min.get(f.q.unit)
    if floor is None:
        return False  # a rate ("Rp300.000 per bulan") or a unit without a floor
    text, sent = frame.text, frame.sent.start  # the lower-cased sentence, its offset
    after = next((m for m in frame.quantities if m.start >= f.m.end), None)
    for m, gap, pat in ((f.prev_q, (f.prev_q.end, f.m.start) if f.prev_q else None,
                         lex.count_then_amount),
                        (after, (f.m.end, after.start) if after else None,
                         lex.amount_then_count)):
        if m is None or gap is None or not isinstance(m.norm, QuantityNorm):
            continue
        n = m.norm
        if (n.value > 1 and not classes_of(n.unit) & {"pct", "money"}
                and f.q.value / n.value >= floor
                and pat.fullmatch(text, gap[0] - sent, gap[1] - sent) is not None):
            return True
    return False


def _counts_staff(f: Figure, lex: Lexicon) -> bool:
    """Whether the figure counts people who run a programme: named in its span, as the
    first word after it or among the last four words before it."""
    near = " ".join((last_words(f.left, 4), f.m.text, *f.right.split()[:1]))
    return lex.staff_counted.search(near.lower()) is not None


def _population_total(f: Figure, frame: Frame, lex: Lexicon) -> bool:
    """The whole population a share is taken of ("18,2% dari total populasi 101 juta orang",
    "dari sekitar 150.939 orang penduduk")."""
    if lex.population_total_before.search(f.before):
        return True
    lo = frame.sent.start
    digit = last_digit(frame.text[f.m.start - lo : f.m.end - lo])
    noun = frame.text[f.m.start - lo + digit + 1 : f.m.end - lo] + f.after[:40]
    return (lex.population_before_noun.search(f.before) is not None
            and lex.population_noun.match(noun) is not None)


def _from_context(f: Figure, frame: Frame, model: ArticleModel, why: str, lex: Lexicon
                  ) -> tuple[str, str, str]:
    """A figure with no cue of its own: what the list introduction, the sentence's subject
    or the statistic before it names."""
    indicator, cue = "other", ""
    if frame.items.intro and frame.is_item:
        # "Lima provinsi dengan tingkat kemiskinan ekstrem tertinggi adalah:" then
        # "1. Papua Pegunungan – 11,47 persen": the item measures what the list names.
        indicator, cue = cue_indicator(frame.items.intro, "", f.q.unit, lex)
        why = "rule:list-introduction"
        if cue or indicator != "other":
            return indicator, cue, why
    if f.q.unit in ("%", "pp") and (lex.in_percent_terms.search(f.before) or (
            lex.population_share.search(f.before) and lex.population_share_after.match(f.after))):
        counted = _counted_statement(f, frame, model, lex)
        if counted is not None:
            # "... menjadi 25,06 ribu orang pada September 2024. Atau secara persentase naik
            # 0,34 persen poin", "... 3,93 juta jiwa. Setara 11,25% dari populasi penduduk
            # Jateng": the rate of the count just stated
            return lex.share_of[counted.indicator], cue, "rule:in-percent-terms"
    pointed = _previous_sentence_cue(f, frame, model, lex)
    if pointed is not None:
        return pointed
    if f.prev_rec is None:
        head = _subject_cue(f, frame, lex)
        if head is not None:
            # "Persentase penduduk miskin tertinggi di Sulawesi Tengah pada tahun 2019 berada
            # di Kabupaten Donggala yakni sebesar 18,40 persen": the subject names it.
            return head[2], head[3], "rule:sentence-subject"
    continued = _continued(f, frame, model)
    if continued is not None:
        return continued.indicator, cue, "rule:continues-statistic"
    if f.q.unit == "%" and f.prev_rec is None and lex.change_opener.match(f.before):
        stated = _last_statement(f, frame, model)
        if stated is not None and stated.indicator != "other":
            # "Garis kemiskinan ... Rp 582.932/kapita/bulan. Naik 5,9% dibandingkan ...":
            # the change of the statistic just stated
            return stated.indicator, cue, "rule:change-of-previous"
    return indicator, cue, why


def _previous_sentence_cue(f: Figure, frame: Frame, model: ArticleModel, lex: Lexicon
                           ) -> tuple[str, str, str] | None:
    """"... posisi kedua tingkat kemiskinan tertinggi tahun 2024. Berikut daftarnya, pertama
    Kabupaten Pandeglang 9,18 persen, ...", "... untuk persentase penduduk miskin di daerah
    perkotaan. Dimana pada September 2022 sebesar 4,90 persen ...": a sentence that opens
    on the one before it, or follows one that announces it ("... turun dari tahun ke tahun
    dengan rincian."), or whose first figure is "angkanya" ("... angka kemiskinan
    multidimensi telah menurun drastis. Jika pada awal tahun 2022 angkanya mencapai
    10,29%"), measures what that one, in its paragraph, names. (A line ending in
    ":" introduces the paragraphs after it: the article model's ``ListFrame``, read by
    ``_from_context`` before this; the two could be one mechanism.)"""
    if frame.sent.index == 0:
        return None
    prev = model.seg.sentences[frame.sent.index - 1]
    if prev.paragraph != frame.sent.paragraph or (
            lex.opens_on_previous.match(frame.masked) is None
            # "Jika pada awal tahun 2022 angkanya mencapai 10,29%": its statistic, named before
            and (f.prev_rec is not None or lex.statistic_pronoun.search(f.before) is None)
            # (the announcing words end the sentence: only its last words are searched)
            and lex.points_forward.search(model.text, max(prev.start, prev.end - 60),
                                          prev.end) is None):
        return None
    indicator, cue = cue_indicator(model.text[prev.start:prev.end], "", f.q.unit, lex)
    return (indicator, cue, "rule:previous-sentence-cue") if cue or indicator != "other" else None


def _subject_cue(f: Figure, frame: Frame, lex: Lexicon) -> Cue | None:
    """A cue that opens the sentence, when it lies beyond the left window: the statistic the
    sentence is about, named before a place and a date. Only for the sentence's first
    figure, only a cue of the same clause (no ";" between) and no weak cue."""
    left = frame.masked[: f.m.start - frame.sent.start]
    words = left.split(None, lex.left_window)
    if ";" in left or len(words) <= lex.left_window:
        return None  # the window already saw the whole clause
    head = " ".join(words[: lex.subject_words])
    opener = lex.goes_on_openers.match(head)  # "Begitu pun dengan persentase ..."
    skip = len(head[: opener.end()].split()) if opener is not None else 0
    opening = len(" ".join(words[: skip + 2]))  # the cue starts in the first two words
    best: Cue | None = None
    for pat, weight, order, indicator in _side_patterns(f.q.unit)[0]:
        m = pat.search(head)
        if (weight <= 1.0 and m is not None and m.start() <= opening
                and not head[m.start() - 1 : m.start()].isalpha()):  # a word, not "ke|miskin|an"
            cand = (m.start() * weight, order, indicator, m.group(0).strip())
            best = cand if best is None or cand < best else best
    return best


def _of_a_place_between(f: Figure, frame: Frame, lex: Lexicon) -> bool:
    """"... tertinggi dari 10 kabupaten/kota di Kaltim berada di Kabupaten Mahakam Ulu yang
    mencapai 10,65 persen": the relative clause is about the place named after the figure
    before, not a part of that figure."""
    if f.prev_q is None or lex.relative_before.search(f.left) is None:
        return False
    return any(f.prev_q.end <= p.start and p.end <= f.m.start for p in frame.place_mentions)


def _last_statement(f: Figure, frame: Frame, model: ArticleModel) -> Record | None:
    """The last record, when it stands in the figure's paragraph or in the one-sentence
    paragraph (a web page's line) just before it."""
    if not f.records:
        return None
    last = f.records[-1]
    return last if _stated_near(last, frame, model) else None


def _stated_near(r: Record, frame: Frame, model: ArticleModel) -> bool:
    """``r`` stands in the figure's paragraph or in the one-sentence paragraph (a web page's
    line) just before it."""
    para, rpara = frame.sent.paragraph, model.para_of.get(r.evidence.sentence)
    return rpara == para or _line_before(model, para, rpara)


def _counted_statement(f: Figure, frame: Frame, model: ArticleModel, lex: Lexicon
                       ) -> Record | None:
    """The last count with a rate of its own (``share_of``) in the figure's sentence, the
    sentence before it or its paragraph."""
    for r in reversed(f.records):
        if not (_stated_near(r, frame, model) or r.evidence.sentence == frame.sent.index - 1):
            return None
        if r.indicator in lex.share_of:
            return r
    return None


def _line_before(model: ArticleModel, para: int, rpara: int | None) -> bool:
    """``rpara`` is the one-sentence paragraph (a web page's line) right before ``para``."""
    return rpara is not None and rpara == para - 1 and model.para_sizes[rpara] == 1


def _from_previous(f: Figure, prev: Record, indicator: str, why: str, text: str, frame: Frame,
                   lex: Lexicon) -> tuple[str, str]:
    """What the figure before it in the sentence makes of it."""
    q, left = f.q, f.left
    if (lex.inherit_previous.search(left) and not lex.own_verb_after.search(f.after)
            and not _of_a_place_between(f, frame, lex)):
        # "..., di mana ... adalah 417", "termasuk 8.300 ...", "yang separuhnya ...": a part
        # or share of the previous statistic.
        base = q.unit.split("/")[0]
        same = [r for r in f.sent_records if r.unit.split("/")[0] == base]
        indicator = same[-1].indicator if same else lex.share_of.get(prev.indicator, prev.indicator)
        why = "rule:part-of-previous"
    if (f.prev_q is not None and "money" in classes_of(q.unit) and "money" in classes_of(prev.unit)
            and q.unit.split("/")[0] != prev.unit.split("/")[0]
            and lex.conversion_gap.fullmatch(text, f.prev_q.end, f.m.start)):
        indicator, why = prev.indicator, "rule:converted-amount"  # "X VND (sekitar Rp Y)"
    # "terhitung X%" / "mencakup X%" after a count is the rate of that count.
    # (right after that count: "Tiga provinsi ... antara lain Papua (26,03 persen)" is
    # Papua's own figure, not a share of the three provinces)
    # (a percentage-point change bracketed after a count's change is its rate's change:
    # "meningkat 3,46 ribu orang (0,06 persen poin)")
    if q.unit in ("%", "pp") and lex.rate_of_previous.search(left) and (
            f.prev_q is None
            or len(text[f.prev_q.end:f.m.start].split()) <= lex.rate_of_previous_gap):
        # The rate of a count that measures nothing of SPEC's ("18 provinsi atau 53% dari
        # total provinsi") measures nothing either, unless a cue after it says what it is
        # ("72 desa atau 6,7% berstatus sangat tertinggal").
        own = prev.indicator != "other" or right_cue(f.right, q.unit) is not None
        rate = indicator if own else "other"
        indicator, why = lex.share_of.get(prev.indicator, rate), "rule:rate-of-previous"
    return indicator, why


def _continued(f: Figure, frame: Frame, model: ArticleModel) -> Record | None:
    """No cue of its own ("Angka itu turun dari 1,12 persen", "... dan turun 0,51 persen
    poin"): the last statistic of the same unit in the paragraph ("Angka itu ..." reaches
    back across a paragraph break too)."""
    base = base_unit(f.q.unit)
    para = frame.sent.paragraph
    lex = lexicon()
    ranked = frame.breaks_down  # goes on with the release's statistic
    if (ranked and f.prev_q is not None
            and lex.denominator_gap.fullmatch(model.text, f.prev_q.end, f.m.start)
            and not lex.baseline_after.search(f.after)):
        # "77 dari 13.137 jiwa": the total the item is part of (not "turun 700 orang dari
        # 208,53 ribu ... menjadi ...", a level before)
        return None
    for r in reversed(f.records):
        rpara = model.para_of.get(r.evidence.sentence)
        if ranked and r.indicator == "other":
            continue  # "Kedelapan adalah ...": the ranking's statistic, further back
        if (r.why or {}).get("indicator") in _TOTALS:
            continue  # "dari 1.035 desa, sebanyak 25 ...": the whole, no statistic to go on with
        if rpara != para and not frame.anaphoric and not ranked and not (
                # web pages give each sentence a line: "Sedangkan, untuk pedesaan turun
                # 1,48 persen poin" goes on with the line before it; so does a list that
                # goes on in a paragraph of its own ("... Kabupaten Cirebon (11,20 persen)."
                # then "Berikutnya Kabupaten Majalengka (11,21 persen), ...")
                (_line_before(model, para, rpara)
                 or r.evidence.sentence == frame.sent.index - 1)
                and lex.goes_on_openers.match(frame.text)):
            return None
        if base_unit(r.unit) == base:
            return r
    return None


_TOTALS = ("rule:places-total", "rule:population-total")


def _whole(value: float) -> bool:
    """A whole count, allowing for the float error of a scale ("2,07 juta" is
    2069999.9999999998 in binary floating point, not an average of 2,07 million)."""
    return abs(value - round(value)) <= 1e-6 * max(1.0, abs(value))


def _relative_to_a_level(f: Figure, prev: Record, frame: Frame, lex: Lexicon) -> bool:
    """The percent is the count's change ``prev`` over a level of that count the article
    gives (before it, or later in its sentence), within the rounding of the written figures
    (records.json ``relative_change_tolerance``; levels within ``relative_change_window``
    characters before it): "berkurang 0,3 ribu orang atau 0,37 persen
    dari 85,58 ribu orang". "menurun sebanyak 1,31 ribu orang atau 0,15 persen dibanding ...
    81,18 ribu atau 6,38 persen" is the rate's change (1,31 of 81,18 is 1,6 percent)."""
    unit = base_unit(prev.unit)
    levels = [r.value for r in f.records_within(lex.relative_change_window)
              if r.kind == "level" and base_unit(r.unit) == unit]
    levels += [q.norm.value for q in frame.quantities if q.start > f.m.end
               and isinstance(q.norm, QuantityNorm) and base_unit(q.norm.unit) == unit]
    pct = f.q.value
    return pct > 0 and any(
        level > 0 and abs(100 * abs(prev.value) / level - pct) <= lex.relative_change_tolerance * pct
        for level in levels)


def refine(indicator: str, cue: str, why: str, kind: str, f: Figure, lex: Lexicon,
           frame: Frame) -> tuple[str, str]:
    """What the kind adds: a bare percentage change changes the amount before it; a
    level share of a group says who the poor are (or who was reached)."""
    prev = f.prev_rec
    if (kind == "change" and why == "rule:rate-of-previous" and prev is not None
            and prev.kind == "change" and base_unit(prev.unit) in lex.relative_change_units
            and _relative_to_a_level(f, prev, frame, lex)):
        # "bertambah sebesar 5,4 ribu orang atau 9,88 persen dari 54,46 ribu orang": the same
        # change of the count, relative to its level, not a change of the poverty rate
        indicator, why = prev.indicator, "rule:relative-change"
    if kind == "change" and f.q.unit == "%" and not cue and indicator == "other" and prev is not None:
        indicator, why = prev.indicator, "rule:change-of-previous"  # "Rp503,2 triliun, naik 2 persen"
    if kind == "level" and f.q.unit == "%" and indicator in lex.money_only:
        # "Garis Kemiskinan Makanan sebesar Rp433.906 (74,44 persen)": a share of the line
        indicator, why = "other", "rule:share-of-money"
    if kind == "level" and f.q.unit == "%" and lex.composition_share.search(f.right):
        # "61 persen rumah tangga miskin adalah warga etnis Khmer" says who the poor are;
        # "100% orang miskin telah diberikan kartu asuransi" who was reached.
        indicator = "beneficiaries" if lex.receiving_after.search(f.right) else "other"
        why = "rule:composition-share"
    return indicator, why


def restated_indicator(rec: Record, records: list[Record], whole: Record | None, text: str,
                       lex: Lexicon) -> Record:
    """"... merehabilitasi sebanyak 40 RTLH di daerah ini. Ia menyebutkan, dari sebanyak 40
    RTLH tersebut, sebanyak 30 rumah berada di ...": a figure pointed back to with
    "tersebut"/"itu" restates the earlier figure of the same value and unit, and measures
    what it does; so do the parts of it (``whole``, the sentence's restated figure) its
    sentence goes on to give (same counted noun, no cue of their own)."""
    twin: Record | None = None
    if lex.restated_after.match(text, rec.evidence.end) is not None:
        twin = next((r for r in reversed(records) if r.value == rec.value and r.unit == rec.unit
                     and r.value_max == rec.value_max
                     and r.evidence.sentence < rec.evidence.sentence), None)
    elif (whole is not None and (rec.why or {}).get("indicator") != "rule:cue"
          and base_unit(whole.unit) == base_unit(rec.unit)):
        twin = whole
    if twin is None or twin.indicator == rec.indicator:
        return rec
    return rec.model_copy(update={"indicator": twin.indicator,
                                  "why": {**(rec.why or {}), "indicator": "rule:restated"}})
