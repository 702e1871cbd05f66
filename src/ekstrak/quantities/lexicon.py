"""The lexicon patterns the quantity stage reads, compiled once per process.

Every word list lives in ``data/units.json`` and ``data/qualifiers.json``; here they become
the regular expressions the other modules look up by name (``_res()["share_back"]``) and
the qualifier tables (``_qual()``). Each loader is cached: the lexicons are read and
their patterns built once, on first use, not per sentence.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from ekstrak.numbers import DATA_DIR, WS
from ekstrak.units import alternation, load_units


@cache
def _qual() -> dict[str, Any]:
    with open(DATA_DIR / "qualifiers.json", encoding="utf-8") as f:
        q = json.load(f)
    words = sorted(q["before"], key=len, reverse=True)
    alt = alternation(words)
    after = sorted(q["after"], key=len, reverse=True)
    after_alt = alternation(after)
    fillers = alternation(q["fillers"])
    return {
        "before": {" ".join(k.split()): v for k, v in q["before"].items()},
        "after": {" ".join(k.split()): v for k, v in q["after"].items()},
        # "minimal sebanyak 23.100 ton": a filler word may sit between qualifier and number.
        "before_re": re.compile(
            rf"(?:(?<![\w-])(?:{alt})|±)(?:{WS}+(?:{fillers}))?[\s(]*\Z", re.I
        ),
        "fillers": frozenset(f.lower() for f in q["fillers"]),
        "after_re": re.compile(rf"{WS}+({after_alt})(?![\w])", re.I),
        "after_blockers": set(q["after_blockers"]),
    }


# One character of a gap that holds no other figure: anything but a digit, or a whole year
# ("32 perusahaan ... pada 2020, kemudian pada 2022 menjadi 93").
_NO_FIGURE = r"(?:[^\d]|(?<!\d)(?:19|20)\d\d(?!\d))"


@cache
def _res() -> dict[str, re.Pattern[str]]:
    units = load_units()
    shared = units["shared_noun"]
    months = alternation(units["months"])
    # "dari 208,53 ribu pada Maret 2022 menjadi ...": the date of the first figure.
    date_gap = (rf"(?:{WS}+(?:{alternation(shared['date_before'])})"
                rf"(?:{WS}+(?:{alternation(shared['date_unit'])}))?"
                # "pada Maret 2024", "pada 2024", and "pada Maret" (the year said elsewhere)
                rf"(?:{WS}+(?:{months})(?:{WS}+(?:19|20)\d\d)?|{WS}+(?:19|20)\d\d))?")
    # "2.800.000 dong Vietnam (VND) atau setara Rp1,8 juta": a bracketed currency code
    codes = "|".join(sorted(set(units["currency_suffix"].values())))
    # The start of a sentence that goes on with a list: up to two opening words
    # ("Setelahnya ada", "Selanjutnya,") and the next item's name ("Nusa Tenggara Barat").
    item_opener = rf"[\"“‘']?(?:[^\W\d_]{{1,30}},?{WS}){{0,2}}"
    # A capitalised name of up to five words ("Nusa Tenggara Barat", "Brang Rea"), and the
    # words that link a list item's name to its figure ("dengan", "sebanyak").
    capital_name = rf"[A-Z][\w'-]{{0,30}}(?:{WS}[A-Z][\w'-]{{0,30}}){{0,4}}"
    links = alternation(units["list_item_links"])
    item_name = rf"{item_opener}?{capital_name}"
    tags = "|".join(re.escape(t) for t in units["amount_tags"])
    return {
        "range": re.compile(
            rf"{WS}*[-–—]{WS}*|{WS}+(?:hingga|sampai(?:{WS}+dengan)?|s\.?d\.?|s/d){WS}+", re.I
        ),
        "and": re.compile(rf"{WS}+dan{WS}+", re.I),
        # "Balangan (6.713), Banjar (19.545)"; the key may be a year: "2023 (15 muzaki), 2022
        # (8), 2021 (11)"
        "bracket_item_gap": re.compile(
            rf"\){WS}*(?:,{WS}*|;{WS}*)?(?:(?:dan|serta){WS}+)?"
            rf"(?:[^\d()\n]|(?<!\d)(?:19|20)\d\d(?!\d)){{1,50}}\(", re.I),
        # "Lombok Timur 19,081 jiwa, kedua Lombok Tengah 11,072": items of a name and a number
        "name_item_gap": re.compile(
            # (the rest of the first item's noun phrase may stand before the comma: "Tarusan
            # 336 Sambungan Rumah (SR), Bayang 620")
            rf"(?:{WS}+[^\W\d_]{{1,20}}){{0,2}}(?:{WS}*\([^\W\d_]{{1,8}}\))?"
            rf"{WS}*[,;]{WS}*(?:(?:dan|serta){WS}+)?(?:(?:{alternation(units['list_ordinals'] + units['list_continuers'])})"
            rf"{WS}+)?[A-Z][\w'-]{{0,30}}{WS}(?:[A-Za-z][\w'-]{{0,30}}{WS}){{0,3}}"),
        "name_before": re.compile(rf"[A-Z][\w'-]{{0,30}}{WS}(?:[a-z][\w'-]{{0,30}}{WS})?\Z"),
        # "... di atas rata-rata antara lain; Gorontalo sebesar 0,407": a list's opener
        "list_opener_end": re.compile(
            rf"\b(?:{alternation(units['list_openers'])}){WS}*\Z", re.I),
        # "Buton Utara 15 unit, Buton Tengah (15)": the list's first item written in full, the
        # next ones as a name and a bracketed number
        "named_item_gap": re.compile(
            rf"{WS}*[,;]{WS}*(?:(?:dan|serta){WS}+)?[A-Z][^\d()\n,;]{{0,48}}\("),
        # "Setelahnya ada Nusa Tenggara Barat (": a sentence that goes on with the bracketed
        # list the sentence before ended with
        "list_goes_on": re.compile(rf"{item_name}{WS}?\({WS}?"),
        # "Selanjutnya, Papua 0,396, ...": a name item that goes on with the list before
        "name_item_goes_on": re.compile(rf"{item_name}{WS}"),
        # "Kemudian, 11.281 di Kabupaten Kerinci": a count item at a place that goes on
        "place_item_goes_on": re.compile(item_opener),
        "demonstrative": re.compile(rf"\b(?:{alternation(shared['demonstratives'])})\b", re.I),
        "name_before_item": re.compile(rf"(?<![\w'-])[A-Z][\w'-]{{0,30}}{WS}\Z"),
        # "... Kecamatan Taliwang dengan 5.087 KPM." / "Brang Rea sebanyak 1.813.": a list item
        # whose place and figure a link word joins (read case-sensitively: names are capitalised)
        "link_before_item": re.compile(rf"(?<![\w'-]){capital_name}{WS}+(?:{links}){WS}+\Z"),
        # "Selanjutnya Seteluk dengan 1.972", "Poto Tano sebanyak 1.780": a link item that goes
        # on with the list before
        "link_item_goes_on": re.compile(rf"{item_name}{WS}+(?:{links}){WS}+"),
        # "Menyusul Dumoga Timur 1.839": a ranked list that goes on after its top count
        "ranked_item_goes_on": re.compile(
            rf"[\"“‘']?(?i:{alternation(units['list_continuers'])}),?{WS}+{capital_name}{WS}+"
            rf"(?:(?:{links}){WS}+)?"),
        "item_end": re.compile(rf"{WS}*(?:[,.;]|dan\b|\Z)"),
        "sentence_end": re.compile(rf"{WS}*(?:[.!?;]|\n|\Z)"),
        "at_place_after": re.compile(rf"{WS}+di{WS}+[A-Z]"),
        # "9 ribu lebih masyarakat miskin", "300 lebih warga", "800-an lebih pelajar"
        "more_before_noun": re.compile(rf"(?:-an)?{WS}+lebih{WS}+(?=[^\W\d])", re.I),
        "hyphen": re.compile(rf"{WS}*[-–—]{WS}*"),
        "percent": re.compile(r"%|\bpersen\b", re.I),
        "rate_subjects": re.compile(units["rate_subjects"], re.I),
        "rate_restated": re.compile(units["rate_restated"], re.I),
        "antara": re.compile(r"\bantara" + WS + r"+\Z", re.I),
        # Words that let a bare number share a neighbour's counted noun (units.json).
        # "sebesar 4,51 dan tahun 2021 sebesar 5,02 persen": a dated twin after the word
        "share_back": re.compile(
            rf"{date_gap}{WS}+(?:{alternation(shared['back'])})(?:{WS}+(?:di|pada))?"
            rf"(?:{WS}+tahun)?(?:{WS}+(?:19|20)\d\d(?:{WS}+yang)?"
            rf"{WS}+(?:{alternation(shared['copula'])}))?{WS}+", re.I),
        # "pada 2021 sebesar 7,99, 2022 turun menjadi 7,66 persen": a year list of levels
        "share_back_year": re.compile(
            rf",{WS}+(?:(?:pada|di){WS}+)?(?:tahun{WS}+)?(?:19|20)\d\d{WS}+"
            rf"(?:(?:{alternation(shared['change_words'])}){WS}+)?(?:menjadi|ke){WS}+", re.I),
        "share_fwd": re.compile(rf"{date_gap},?{WS}+(?:{alternation(shared['forward'])}){WS}+", re.I),
        "parallel_after": re.compile(
            rf"{WS}+(?:{alternation(shared['parallel_after'])})\b(?!{WS}*antara)", re.I),
        "parallel_gap": re.compile(
            rf"[^\d]{{0,80}}?(?:,|{WS}(?:{alternation(shared['parallel_gap'])}){WS})[^\d]{{0,20}}",
            re.I),
        "share_copula": re.compile(rf"{WS}{{1,3}}(?:{alternation(shared['share_copula'])})\b", re.I),
        "share_or": re.compile(rf"\b(?:{alternation(shared['share_with_percent'])})\b", re.I),
        # "10.470 KPM, turun 6.000": the change of the count just stated
        "change_after_count": re.compile(
            rf"(?:,{WS}*|{WS}+)(?:(?:atau|dan|yang){WS}+)?(?:{alternation(shared['change_words'])})"
            rf"(?:{WS}+(?:sebanyak|sebesar|sekitar|lagi|hampir))?{WS}+", re.I),
        "part_after": re.compile(rf"{WS}+(?:{alternation(shared['part_after'])})\b", re.I),
        "total_before": re.compile(rf"{WS}*(?:{alternation(shared['total_before'])}){WS}+", re.I),
        "jumlah": re.compile(r"\b(?:jumlah|total|banyaknya)\b", re.I),
        # ", Donggala dengan 10.105", "), Banggai: 7.207": the next place of a list, then
        # its figure (names are capitalised: read case-sensitively)
        "list_item_gap": re.compile(
            rf"\)?[ \t]*[,;][ \t]*(?:(?:{alternation(shared['parallel_gap'])})[ \t]+)?"
            r"(?:[A-Z][\w'-]*[ \t]+){0,3}[A-Z][\w'-]*"
            rf"[ \t]*(?::|{alternation(units['list_item_links'])})[ \t]*"),
        # "1.501 rumah rusak berat, 3.487 rusak sedang": an item whose noun is elided before
        # the words that followed the noun of the item before it (the gap of a list)
        "elided_gap": re.compile(
            rf"[^\d,;.]{{0,40}}?(?:,{WS}*|{WS}+)(?:(?:{alternation(shared['parallel_gap'])})"
            rf"{WS}+)?", re.I),
        "first_word": re.compile(rf"{WS}+([^\W\d_]{{3,}})\b"),
        # "Balangan (6.713), Banjar (19.545)": a place's figure in brackets
        "bracket_item": re.compile(r"[A-Z][\w'-]*[ \t]*\([ \t]*\Z"),
        # what opens a list of named items: a colon or an introducing word ("tersebar di")
        "list_intro": re.compile(
            rf":|\b(?:{alternation(units['list_intro'])})\b", re.I),
        "share_subject": re.compile(rf"\b(?:{alternation(units['share_subject'])})\b", re.I),
        "zero_rate_subject": re.compile(
            rf"\b(?:{alternation(units['zero_rate_subject'])})\b", re.I),
        # "Rata-rata 4,780 orang per rumah tangga": a count said to be an average
        "average_before": re.compile(units["comma_thousands"]["average_before"], re.I),
        "average_after": re.compile(units["comma_thousands"]["average_after"], re.I),
        # two counts side by side: "12 kabupaten dan satu kota", "3 desa, satu kelurahan"
        "count_joined": re.compile(
            rf"{WS}*(?:,{WS}*)?(?:(?:{alternation(units['count_joins'])}){WS}+)?", re.I),
        "subject_gap": re.compile(
            rf"(?:{WS}+(?:{alternation(shared['subject_gap'])})){{1,4}}{WS}+\Z", re.I),
        # what may stand between figures sharing a unit through a share (units.json
        # ``share_gaps``; case kept: capitalised names count as places)
        **{f"share_gap_{k}": re.compile(v) for k, v in units["share_gaps"].items()},
        "pair_far": re.compile(
            rf"{_NO_FIGURE}{{0,100}}?(?<![\w-])(?:{alternation(units['pair_far']['words'])}){WS}+",
            re.I),
        "pair_measure": re.compile(rf"\b(?:{alternation(units['pair_far']['measure_words'])})\b",
                                   re.I),
        # "Rp447.811 per kapita per bulan, dari Rp421.560": the earlier level after the rate
        "compared_level": re.compile(rf"(?<![\w-])(?:{alternation(units['compared_level'])})(?![\w-])",
                                     re.I),
        "zero_decimals": re.compile(r",0{1,2}\Z"),
        "ordinal_before": re.compile(units["ordinal_before"], re.I),
        "clause_break": re.compile(rf"[,;:]{WS}+[\"“‘']?"),
        # (from the run's first space only: no rescan of a long run of spaces)
        "share_after": re.compile(
            rf"(?<!{WS}){WS}*(?:\(|(?<={WS})(?:{alternation(units['share_after_joins'])}){WS}+)",
            re.I),
        "poverty_count": re.compile(units["poverty_count_cues"], re.I),
        "clause_opener": re.compile(
            rf"(?:(?:{alternation(units['clause_subject_openers'])}){WS}+){{1,2}}", re.I),
        "clause_verb_gap": re.compile(
            rf"{_NO_FIGURE}{{0,80}}?(?<![\w-])(?:{alternation(units['clause_subject_verbs'])}){WS}+",
            re.I),
        "breakdown_before": re.compile(units["breakdown_count"]["before"], re.I),
        "points_after": re.compile(units["breakdown_count"]["points_after"], re.I),
        # "806 orang, terdiri atas ...": a total its parts follow
        "parts_after_total": re.compile(rf"(?:{WS}*,)?{WS}*(?:{units['composition_cues']})", re.I),
        "continues_previous": re.compile(
            rf"[\"“”'‘’]?(?:{alternation(units['continues_previous'])})\b", re.I),
        "word_start": re.compile(r"(?<![\w-])\w"),
        "non_space": re.compile(r"\S"),
        # what may follow a figure the excerpt's end cuts: nothing, or the start of a word
        "cut_tail": re.compile(r"[ \t]*(?:[^\W\d_]{1,12}[ \t]*)?"),
        "started_tail": re.compile(r"[ \t]+(?:[^\W\d_]{1,12}[ \t]*)?"),
        "parallel_rate": re.compile(
            rf"(?:{WS}*,)?{WS}*(?:{alternation(shared['parallel_rate']['joins'])}){WS}+"
            rf"(?:[^\W\d]+{WS}+){{0,3}}?(?:{alternation(shared['parallel_rate']['copulas'])}){WS}+",
            re.I),
        "contrast_rate": re.compile(
            rf"(?:{WS}*,)?{WS}*(?:(?:{alternation(shared['contrast_rate']['joins'])}){WS}+"
            rf"(?:{alternation(shared['contrast_rate']['for'])}){WS}+(?:[^\W\d]+{WS}+){{0,3}}?"
            rf"|(?:{alternation(shared['contrast_rate']['area_joins'])}){WS}+"
            rf"(?:{alternation(shared['contrast_rate']['for'])}){WS}+"
            rf"(?:{alternation(shared['contrast_rate']['areas'])}){WS}+(?:[^\W\d]+{WS}+){{0,2}}?)",
            re.I),
        # "Rp90 juta per unit, BSI Rp115 juta, BAS Rp105 juta": items of a list, each a
        # short name (capitalised) before its amount
        "list_rate": re.compile(
            rf"{WS}*(?:,{WS}*)?(?:(?:{alternation(shared['list_rate']['joins'])}){WS}+)?"
            rf"(?:[A-Z][\w.&-]*{WS}+){{1,{shared['list_rate']['name_words']}}}"
            rf"(?:(?:{alternation(shared['list_rate']['before_amount'])}){WS}+)?"),
        # "US $ 1,9 PPP = Rp. 11.941 per kapita per hari": a tag of the first amount
        "chain": re.compile(
            r"[\s(,]*(?:(?:\((?:" + codes + r")\)|sekitar|kurang\s+lebih|atau|setara|dengan|sama\s+dengan|senilai|dan|"
            r"yaitu|yakni|~|±|=|" + tags + r")[\s(,]*)*",
            re.I,
        ),
        "money_anywhere": re.compile(
            rf"\b(?:{alternation(units['money_words_before'] + units['money_words_anywhere'])})\b",
            re.I),
        "money_before": re.compile(
            rf"\b(?:{alternation(units['money_words_before'])})\b[^\d]{{0,12}}\Z", re.I),
        "url": re.compile(r"://|www\.|@|\.(?:com|id|vn|net|org|html?|php)\b", re.I),
        "hyphen_digit_after": re.compile(r"[-–]\d"),
        "name_hyphen": re.compile(rf"[A-Za-z]{WS}+[-–]{WS}*\Z"),
    }


@cache
def _stock_units() -> frozenset[str]:
    return frozenset(load_units()["stock_units"])


@cache
def _house_context() -> re.Pattern[str]:
    return re.compile(load_units()["house_context"], re.IGNORECASE)


@cache
def _composition_cues() -> re.Pattern[str]:
    return re.compile(load_units()["composition_cues"], re.IGNORECASE)


@cache
def _unit_things() -> re.Pattern[str]:
    return re.compile(load_units()["unit_things"], re.IGNORECASE)


@cache
def _index_cues() -> re.Pattern[str]:
    return re.compile(load_units()["index_cues"], re.IGNORECASE)
