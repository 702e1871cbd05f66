"""place: the place a statistic is about (SPEC section 3).

The place written nearest before the figure in its clause (else after it); a list of
places of one level stands for a higher place of the sentence, else the smallest unit
holding them all; a sentence that names none takes the place the text is about so far
(the article model's fallback), else the article's main place. Also the article's main
place itself and which place mentions are datelines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from ..casefold import lower_article
from ..models import Mention, Place, QuantityNorm
from ..places import (
    LEVEL_RANK,
    ancestors,
    article_country,
    by_code,
    canonical_place,
    common_parent,
    country_place,
    is_dateline,
    lookup,
    main_place,
    place_key,
    place_of,
    province_of,
    units_within,
    within,
)
from ..segment import Segmentation
from .lexicon import Lexicon, lexicon

if TYPE_CHECKING:
    from .article import ArticleModel, Frame, SentenceCues


def resolve_place(m: Mention, frame: Frame, model: ArticleModel) -> tuple[Place | None, str]:
    """(place, why) of one quantity."""
    clause = next(c for c in frame.clauses if c[0] <= m.start <= c[1])
    decided, qplace = quantity_place(m, model.text, frame.place_mentions, clause)
    why = "rule:nearest-place-in-sentence"
    if m.start in frame.respective:
        decided, qplace, why = True, frame.respective[m.start], "rule:respectively"
    elif model.country is not None and _national_figure(m, frame, clause, model):
        decided, qplace, why = True, model.country, "rule:national-figure"
    elif (bare := _bare_level_place(m, frame, clause, model)) is not None:
        decided, qplace, why = True, bare, "rule:bare-level-word"
    if not decided:
        if frame.own_place is not None and not frame.place_mentions:
            qplace, why = frame.own_place, "rule:sentence-place"
        else:
            qplace, why = frame.fallback_place, "rule:topic-or-article-place"
    counted = LEVEL_RANK.get(m.norm.unit if isinstance(m.norm, QuantityNorm) else "", 0)
    if counted and LEVEL_RANK.get(qplace.level if qplace else "", 0) <= counted:
        # "24 kabupaten dan kota di Sulawesi Selatan", "8 provinsi": a count of places is
        # about the place that holds them
        qplace, why = _holding_place(m, frame, model, counted), "rule:counted-places"
    if counted and qplace is not None and qplace.code:
        bigger = _place_that_holds(m, qplace, qplace.code, model)
        if bigger is not qplace:
            qplace, why = bigger, "rule:more-places-than-held"
    elif not decided and qplace is not None and qplace.code:
        bigger = _place_that_holds_people(m, qplace, qplace.code, model)
        if bigger is not qplace:
            qplace, why = bigger, "rule:more-people-than-held"
    return (canonical_place(qplace) if qplace is not None else None), why


def _place_that_holds(m: Mention, place: Place, code: str, model: ArticleModel
                      ) -> Place | None:
    """A count of places far more than ``place`` (gazetteer ``code``) holds ("65.736 desa" in
    a story about Papua, "212 kabupaten" in one about Bengkulu) is of the first unit above it
    that can hold them, else of the country."""
    lex = lexicon()
    assert isinstance(m.norm, QuantityNorm)
    levels = lex.counted_place_levels.get(m.norm.unit)
    if not levels:
        return place
    value = m.norm.value

    def can_hold(unit: str, holder: Place | None) -> bool | None:
        held = units_within(unit, levels)
        return value <= held * lex.held_count_slack if held else None

    return _first_holder(place, code, model, can_hold)


def _place_that_holds_people(m: Mention, place: Place, code: str, model: ArticleModel
                             ) -> Place | None:
    """A count of people or households no place of its size could hold ("18,8 juta
    keluarga" in a story about Yogyakarta) is of the first unit above that can, else of the
    country (records.json ``held_per_village``, ``held_per_level``)."""
    assert isinstance(m.norm, QuantityNorm)
    lex = lexicon()
    unit_code, value = m.norm.unit, m.norm.value
    cap = lex.held_per_village.get(unit_code)
    if cap is None or value < cap:
        return place

    def can_hold(unit: str, holder: Place | None) -> bool | None:
        held = units_within(unit, ("village",))
        level_cap = lex.held_per_level.get(holder.level if holder else "", {})
        return value <= min(held * cap, level_cap.get(unit_code, float("inf"))) if held else None

    return _first_holder(place, code, model, can_hold)


def _first_holder(place: Place, code: str, model: ArticleModel,
                  can_hold: Callable[[str, Place | None], bool | None]) -> Place | None:
    """``place`` (gazetteer ``code``) or the first unit above it that ``can_hold`` the figure,
    else the country; where a unit holds nothing of the level counted (None), no unit above
    says more."""
    for unit in (code, *ancestors(code)):
        holder = place if unit == code else place_of(unit)
        fits = can_hold(unit, holder)
        if fits is None:
            return place if unit == code else model.country
        if fits:
            return holder
    return model.country


def _holding_place(m: Mention, frame: Frame, model: ArticleModel, rank: int) -> Place | None:
    """The place named as where the counted places lie ("enam provinsi di Papua"), else the
    place nearest the count in its sentence above the counted level, else the article's
    place or its country. Countries lie in no place ("di antara 193 negara")."""
    if rank >= LEVEL_RANK["country"]:
        return None
    for p in frame.place_mentions:
        if p.start >= m.end and lexicon().where_counted.fullmatch(model.text, m.end, p.start):
            return p.norm if isinstance(p.norm, Place) else None
    above = [p for p in frame.place_mentions
             if isinstance(p.norm, Place) and LEVEL_RANK.get(p.norm.level or "", 0) > rank]
    if above:
        near = min(above, key=lambda p: min(abs(p.start - m.end), abs(m.start - p.end)))
        return near.norm if isinstance(near.norm, Place) else None
    main = model.place
    if main is not None and LEVEL_RANK.get(main.level or "", 0) > rank:
        return main
    return model.country


def _national_figure(m: Mention, frame: Frame, clause: tuple[int, int],
                     model: ArticleModel) -> bool:
    """The words that lead to the figure, since the figure before it, say it is the
    country's ("... sebesar 11,2 persen dan nasional sebesar 10,12 persen", "rasio
    elektrifikasi nasional 92%"), and name no place after that word."""
    from .article import is_national

    lex = lexicon()
    lo = max([clause[0], *(q.end for q in frame.quantities if q.end <= m.start)])
    lead = model.text[lo : m.start]
    if lex.national_after.match(model.text, m.end, min(len(model.text), m.end + 60)):
        # "target nol persen secara nasional"; not a share of the national total ("1,5 juta
        # ton padi atau 3 persen secara nasional")
        return lex.national_share_before.search(lead[-lex.national_share_reach:]) is None
    if _central_rule(m, lead, lo, frame, lex):
        return True
    cue = None
    for cue in lex.national_figure_cue.finditer(lead):  # noqa: B007 - the last one is wanted
        pass
    if cue is None or any(lo + cue.end() <= p.start < m.start for p in frame.place_mentions):
        return False
    if lex.national_ranking.search(lead[max(0, cue.start() - lex.national_ranking_reach) : cue.start()]):
        return False  # "tertinggi ketiga secara nasional yang sebesar 6,80 persen": ranked
    # "nasional" right before the figure names its own statistic ("dengan target nasional
    # nol persen", "angka nasional yakni 2 persen"), even where a longer phrase would name
    # a policy ("sesuai target nasional, kabupaten ini ...").
    # Capitalised, it ends a name ("Program Target Nasional Pengurangan Kemiskinan, 100%").
    # ... and so does one with a relative clause on it ("lebih rendah dari nasional yang pada
    # tahun 2022 berada pada level 2,04 persen")
    rest = lead[cue.end():].split()
    own = (model.written[lo + cue.start()].islower()
           and (len(rest) <= 2 or (rest[0] == "yang" and len(rest) <= 8 and "," not in lead[cue.end():]
                                   and lex.national_level_clause.search(lead, cue.end()) is not None)))
    return own or is_national(lead, lex)


def _central_rule(m: Mention, lead: str, lo: int, frame: Frame, lex: Lexicon) -> bool:
    """A standard the central government sets, right before it ("Kebijakan pemerintah pusat
    ... desa hanya boleh menganggarkan minimal 10 persen", "kriteria yang ditetapkan oleh
    pemerintah pusat yaitu ... di bawah Rp. 11.000"): a share, a rate or a bound holds for
    the country. Not a place's own figure under it ("Pemerintah pusat menetapkan kuota ...
    untuk desa ini sebanyak 45 KPM"), nor one after a place named past the cue."""
    central = lex.central_rule.search(lead)
    if central is None or lex.own_place_words.search(lead, central.end()):
        return False
    if any(lo + central.end() <= p.start < m.start for p in frame.place_mentions):
        return False
    unit = m.norm.unit if isinstance(m.norm, QuantityNorm) else ""
    return (unit == "%" or "/" in unit
            or lex.bound_before.search(lead[-lex.bound_reach:]) is not None)


def _bare_level_place(m: Mention, frame: Frame, clause: tuple[int, int],
                      model: ArticleModel) -> Place | None:
    """"lebih tinggi dari persentase Provinsi 4,4 persen dan nasional 3,9 persen": a level
    word with no name right before the figure means the unit of that level named last."""
    lex = lexicon()
    lo = max([clause[0], *(q.end for q in frame.quantities if q.end <= m.start)])
    cue = lex.bare_level_before.search(model.text, lo, m.start)
    if cue is None:
        return None
    level = lex.bare_levels[cue.group(1)]
    last = None
    for f in model.frames:
        for p in f.place_mentions:
            if p.start < m.start and isinstance(p.norm, Place) and p.norm.level == level:
                last = p.norm
    return last


def places_in(mentions: list[Mention], datelines: set[int]) -> list[Place]:
    out: list[Place] = []
    for m in mentions:
        if m.type == "PLACE" and isinstance(m.norm, Place) and m.start not in datelines:
            if not any(p.name.lower() == m.norm.name.lower() for p in out):
                out.append(m.norm)
    # A region beside a smaller place only situates it ("provinsi di Delta Mekong").
    if any(p.level not in ("country", "region") for p in out):
        out = [p for p in out if p.level != "region"]
    return out


def locators(text: str, places: list[Mention], lex: Lexicon) -> set[int]:
    """Starts of places that only locate the smaller place written right before them
    ("Kabupaten Timor Tengah Selatan (TTS), Nusa Tenggara Timur"; "desa Huoi Lech di
    komune Nam Ke, distrik Muong Nhe")."""
    out: set[int] = set()
    for a, b in pairwise(sorted(places, key=lambda p: p.start)):
        if text[a.end : b.start].strip() == "(" and text.startswith(")", b.end):
            out.add(b.start)  # "Kabupaten Kupang, Nusa Tenggara Timur (NTT)": the same place
            continue
        la, lb = a.norm.level, b.norm.level  # type: ignore[union-attr]
        if (la and lb and lb not in ("country", "region") and depth(lb) < depth(la)
                and lex.place_locator_gap.match(text, a.end, b.start)):
            out.add(b.start)
    return out


def respective_places(text: str, start: int, end: int, places: list[Mention],
                       quantities: list[Mention], lex: Lexicon) -> dict[int, Place]:
    """"Distrik Yen Minh dan Quan Ba masing-masing mencatat 31,4 persen dan 28,9 persen":
    the n figures listed after "masing-masing" go, in order, to the n places listed before
    it. Quantity start -> place; empty when the counts differ."""
    out: dict[int, Place] = {}
    if len(places) < 2 or len(quantities) < 2:
        return out  # a list of two places or more, and as many figures: most sentences lack them
    for cue in lex.respectively.finditer(text, start, end):
        before = [g for g in place_groups(text, [p for p in places if p.end <= cue.start()])
                  if len(g) > 1]
        if not before:
            continue
        group = before[-1]
        figures: list[Mention] = []
        for q in quantities:
            if q.start < cue.end():
                continue
            if figures and not lex.figure_list_gap.fullmatch(text, figures[-1].end, q.start):
                break
            figures.append(q)
        if len(figures) == len(group):
            out.update({q.start: p.norm for q, p in zip(figures, group, strict=True)})  # type: ignore[misc]
    return out


def merge_joint_regions(text: str, places: list[Mention]) -> list[Mention]:
    """Two places joined by "dan" that together name a region of the lexicon ("wilayah
    Bali dan Nusa Tenggara", "Pulau Maluku dan Papua": BPS island groups) become one place
    for the records, though the mentions stay two (GUIDELINES)."""
    out: list[Mention] = []
    for m in places:
        prev = out[-1] if out else None
        if prev is not None and lexicon().place_list_gap.match(text[prev.end : m.start]):
            hit = [e for e in lookup(text[prev.start : m.end]) if e.level == "region"]
            if hit:
                region = Place(name=hit[0].name, level="region", country=hit[0].country or None)
                out[-1] = prev.model_copy(update={"end": m.end, "text": text[prev.start : m.end],
                                                  "norm": region})
                continue
        out.append(m)
    return out


def depth(level: str | None) -> int:
    """How far down the administrative tree a level is (unknown levels deepest)."""
    return -LEVEL_RANK.get(level or "", 0)


_DIGIT = re.compile(r"\d")


def figure_between(text: str, a: Mention, b: Mention) -> bool:
    """A number stands between two place mentions: each names an item of its own."""
    lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    return _DIGIT.search(text, lo, hi) is not None


def place_groups(text: str, places: list[Mention]) -> list[list[Mention]]:
    """Place mentions grouped into lists ("Van Quan, Binh Gia", "Sumba dan Sabu")."""
    groups: list[list[Mention]] = []
    for m in places:
        if groups:
            last = groups[-1][-1]
            if (
                isinstance(last.norm, Place) and isinstance(m.norm, Place)
                and last.norm.level == m.norm.level
                and lexicon().place_list_gap.match(text[last.end : m.start]) is not None
            ):
                groups[-1].append(m)
                continue
        groups.append([m])
    return groups


def quantity_place(
    m: Mention, text: str, places: list[Mention], clause: tuple[int, int],
) -> tuple[bool, Place | None]:
    """(decided, place) of one quantity from the places of its sentence: the place
    written nearest before it in its clause (else after it); a list of places of one
    level stands for the unit holding them, which is a higher place of the sentence
    if it names one, else undecided."""
    if not places:
        return False, None
    lo, hi = clause
    # A country or region named beside a sub-national place describes it ("Nghe An,
    # provinsi terluas di Vietnam", "Kon Tum di Dataran Tinggi Tengah"): the statistic
    # is about the smaller place.
    # (Not one a figure stands between, as an item of its own: "Penduduk miskin di Pulau
    # Sumatera 5,84 juta, Bali dan Nusa Tenggara 2,03 juta".)
    subs = [p for p in places if p.norm.level not in ("country", "region") and lo <= p.start < hi]  # type: ignore[union-attr]
    if subs:
        # (... nor one named in what a speaker at the smaller place reported: "Provinsi Siem
        # Reap mengutip ... bahwa tingkat kemiskinan di Kamboja ... 47 persen")
        reported = lexicon().reported_that
        places = [p for p in places if p.norm.level not in ("country", "region")  # type: ignore[union-attr]
                  or all(figure_between(text, p, s) or (
                      s.end <= p.start <= m.start and reported.search(text, s.end, p.start))
                      for s in subs)]
    groups = place_groups(text, places)

    def nearest() -> list[Mention] | None:
        before = [g for g in groups if g[-1].end <= m.start]
        after = [g for g in groups if g[0].start >= m.end]
        if after and before and _own_locative(m, after[0][0], text):
            return after[0]  # "18 unit di Kecamatan A, 17 unit di Kecamatan B"
        for cands, pick in ((before, -1), (after, 0)):
            inside = [g for g in cands if lo <= g[0].start < hi]
            if inside:
                return inside[pick]
        if before:
            return before[-1]
        return after[0] if after else None

    g = nearest()
    if g is None:
        return False, None
    if len(g) == 1:
        return True, g[0].norm  # type: ignore[return-value]
    level = depth(g[0].norm.level)  # type: ignore[union-attr]
    higher = [p for p in places if depth(p.norm.level) < level]  # type: ignore[union-attr]
    if higher:
        return True, higher[-1].norm  # type: ignore[return-value]
    parent = common_parent([p.norm for p in g])  # type: ignore[misc]
    return (True, parent) if parent is not None else (False, None)


def _own_locative(m: Mention, place: Mention, text: str) -> bool:
    """The place written right after a figure with "di" ("18 unit di Kecamatan Seririt,
    17 unit di Kecamatan Kubutambahan", "129.228 keluarga penerima manfaat (KPM) di
    Kalimantan Selatan") is its own, over a place before it that belongs to the figure
    before or to someone's office ("Kantor Pos Cabang Utama Banjarmasin Agus ...")."""
    return lexicon().own_locative.fullmatch(text, m.end, place.start) is not None


def sentence_place(places: list[Place]) -> Place | None:
    """One place, or the lowest of a chain of levels; several of one level share a parent."""
    if not places:
        return None
    # One unit under two names is one place ("Kabupaten Mandailing Natal (Madina) ... di
    # Kabupaten Madina"): not a list of two whose parent the statistic would be about.
    places = list({p.code or place_key(p): p for p in reversed(places)}.values())[::-1]
    if len(places) == 1:
        return places[0]
    ranks = [depth(p.level) for p in places]
    if len(set(ranks)) == len(ranks):
        return places[ranks.index(max(ranks))]
    # A list of same-level places: the statistic is about a unit holding them all,
    # which is a higher-level place of the sentence if it names one.
    lowest = max(ranks)
    higher = [p for p, r in zip(places, ranks, strict=True) if r < lowest]
    if higher:
        # "Di provinsi Kon Tum, distrik ..., sedangkan di provinsi Lai Chau, distrik ...":
        # the higher places decide, by the same rule.
        return higher[0] if len(higher) == 1 else sentence_place(higher)
    return common_parent([p for p, r in zip(places, ranks, strict=True) if r == lowest])


def dateline_starts(text: str, seg: Segmentation, mentions: list[Mention]) -> set[int]:
    """Start offsets of PLACE mentions that say where the story was filed or told: a
    paragraph's dateline ("KUPANG -"), or where someone spoke ("kata Mensos di Padang")."""
    para_start = {p.index: p.start for p in seg.paragraphs}
    sent_para = {s.index: s.paragraph for s in seg.sentences}
    speech = lexicon().speech_place
    low = lower_article(text)
    out = set()
    prev: Mention | None = None
    places = [m for m in mentions if m.type == "PLACE" and m.sentence is not None]
    told = _told_at(low, places)
    for m in mentions:
        if m.type == "PLACE" and m.sentence is not None:
            if (is_dateline(text, m, para_start[sent_para[m.sentence]])
                    or speech.search(low, max(0, m.start - 90), m.start)
                    or m.start in told
                    # the places that locate it: "di Kabupaten Talaud, Sulawesi Utara"
                    or (prev is not None and prev.start in out
                        and lexicon().place_locator_gap.fullmatch(text, prev.end, m.start))):
                out.add(m.start)
            prev = m
    return out


def _told_at(low: str, places: list[Mention]) -> set[int]:
    """Starts of places named as where something was said or done: "di X" whose locator
    chain ends before a weekday ("di Ambon, Senin (17/1/2022)", "di Kecamatan Rembang,
    Kabupaten Pasuruan, Jawa Timur, Minggu")."""
    lex = lexicon()
    out: set[int] = set()
    i = 0
    while i < len(places):
        j = i  # the chain: places joined by locator gaps
        while (j + 1 < len(places)
               and lex.place_locator_gap.fullmatch(low, places[j].end, places[j + 1].start)):
            j += 1
        # "di Ambon, Senin", and after a venue or event: "di Kemenko Perekonomian, Jakarta,
        # Selasa (10/2/2015)", "saat Diseminasi Sensus Pertanian 2023, Jakarta, Senin"
        if lex.speech_place_after.match(low, places[j].end):
            # The chain may start inside a venue's name: "jumpa pers BPS Kalsel, Banjarbaru,
            # Senin (16/1/2023)" was told at Banjarbaru, the chain's later link.
            k = next((k for k in range(i, j + 1) if _told_before(low, places[k].start, lex)),
                     None)
            if k is not None:
                out.update(p.start for p in places[k : j + 1])
        i = j + 1
    return out


def _told_before(low: str, start: int, lex: Lexicon) -> bool:
    """"di X", a venue's words before X, or a comma: X may be where something was told."""
    before = low[max(0, start - 40) : start]
    return bool(lex.told_place_before.search(before) or before.rstrip().endswith(","))


def article_place(
    text: str, seg: Segmentation, mentions: list[Mention], title_range: tuple[int, int] | None,
    cues: list[SentenceCues] | None = None, datelines: set[int] | None = None,
) -> Place | None:
    """The article's main place; datelines do not count, and an article that speaks
    of national figures more often than of its top place is about the country."""
    if datelines is None:
        datelines = dateline_starts(text, seg, mentions)
    places = [m for m in mentions if m.type == "PLACE" and m.start not in datelines]
    # A place that only locates the one before it ("Thuong Trach (Kabupaten Bo Trach,
    # Provinsi Quang Binh)") is not what the article is about.
    located = locators(lower_article(text), places, lexicon())
    best = main_place(text, [m for m in places if m.start not in located], title_range=title_range)
    # Where the story was filed says which country it is about, before cue counts.
    filed = [m.norm.country for m in mentions if m.start in datelines and isinstance(m.norm, Place)]
    country = country_place(filed[0] if filed and filed[0] else article_country(text))
    if country is None:
        return best
    cues = cues if cues is not None else _cues(text, seg)
    national = sum(c.national for c in cues) + sum(
        1 for m in places if isinstance(m.norm, Place) and m.norm.level == "country"
        and m.norm.country == country.country)
    if best is None:
        # No place named, but the cue words say which country ("Mendes akan mengalokasikan
        # Rp8 triliun", a Vietnamese decree in VND): the figures are national.
        return country
    if best.level == "country":
        return best
    key = place_key(best)
    in_title = title_range is not None and any(
        title_range[0] <= m.start < title_range[1] for m in places
        if isinstance(m.norm, Place) and place_key(m.norm) == key)
    best_count = _namings(places, key)
    # A main place is named at least twice (or in the title), or once with places inside it
    # ("... di seluruh Kabupaten Ponorogo ... di Kecamatan Pulung, Slahung dan Sawoo");
    # otherwise the story is about the country as a whole.
    if (best_count + _inside(best, places) < 2 and not in_title
            and not _provincial_release(text, best, places, national)
            and not _the_one_province(text, best, places)):
        return country
    if national > best_count or not in_title and (
            _overview(best, best_count, places)
            or _ministry_story(best, best_count, national, mentions, datelines, cues)):
        return country
    # (A regency the title names is what the article is about, whatever else it names.)
    return (None if in_title else _province_of_several(best, places)) or best


def _overview(best: Place, best_count: int, places: list[Mention]) -> bool:
    """An overview that names many provinces, none of them much ("Papua Pegunungan, Papua
    Tengah, NTT, ... Jawa Timur"), or its top one often but only as one of very many
    ("Lompatan terbanyak ... di Kalimantan Barat ... Selain Kalimantan Barat, ... Kalimantan
    Timur 15 desa, ..."), or whose top "place" is a region its list keeps naming ("Papua
    Selatan - Pulau Papua", "Papua Tengah - Pulau Papua", ...): the story is the country's."""
    lex = lexicon()
    named = [place_key(m.norm) for m in places
             if isinstance(m.norm, Place) and m.norm.level == "province"]
    return len(set(named)) >= lex.overview_provinces and (
        best_count <= 2 or best.level == "region"
        or best_count * lex.overview_top_share < len(named))


def _ministry_story(best: Place, best_count: int, national: int,
                    mentions: list[Mention], datelines: set[int],
                    cues: list[SentenceCues]) -> bool:
    """A story filed from the capital (or with no dateline) in which a ministry speaks more
    often than its top place is named, as an aside ("Jakarta - Kemendes PDTT mencatat ...
    rata-rata berasal dari Papua"): the ministry's figures are the country's. Not the
    capital's own province, nor a story filed from a region (records.json
    ``capital_datelines``, ``ministry_aside_namings``, ``ministry_voice``)."""
    lex = lexicon()
    if best_count > lex.ministry_aside_namings or place_key(best) in _capitals():
        return False
    filed = [m.norm for m in mentions if m.start in datelines and isinstance(m.norm, Place)]
    if filed and not any(place_key(p) in _capitals() for p in filed):
        return False  # (a story with no dateline may be the capital's: agencies drop it)
    voiced = sum(1 for c in cues if not c.national and lex.ministry_voice.search(c.masked))
    return national + voiced > best_count


@cache
def _capitals() -> frozenset[str | None]:
    """Place keys of the capitals (and their provinces) a national story is filed from."""
    return frozenset(place_key(Place(name=n)) for n in lexicon().capital_datelines)


def _namings(places: list[Mention], key: str) -> int:
    """How often the place ``key`` is named: two names side by side ("DIY Yogyakarta",
    "Kabupaten Mandailing Natal (Madina)") are one naming."""
    n, last_end = 0, -10
    for m in places:
        if isinstance(m.norm, Place) and place_key(m.norm) == key:
            if m.start - last_end > _SIDE_BY_SIDE:
                n += 1
            last_end = m.end
    return n


_SIDE_BY_SIDE = 3  # characters between two names of one place read as one naming: " (", " "


def _inside(best: Place, places: list[Mention]) -> int:
    """How many of ``places`` lie inside ``best`` (the gazetteer's parent chain)."""
    if not best.code:
        return 0
    return sum(1 for m in places if isinstance(m.norm, Place) and m.norm.code
               and within(m.norm.code, best.code))


def _the_one_province(text: str, best: Place, places: list[Mention]) -> bool:
    """The only province the text names, which it speaks of as "the province" elsewhere
    ("provinsi telah menerbitkan ...", "Seluruh provinsi ..."; an excerpt that starts past
    the lead names it once): the article is about it."""
    if best.level != "province":
        return False
    if any(isinstance(m.norm, Place) and m.norm.level == "province"
           and place_key(m.norm) != place_key(best) for m in places):
        return False
    return lexicon().generic_province.search(lower_article(text)) is not None


def _province_of_several(best: Place, places: list[Mention]) -> Place | None:
    """An article that names two or more regencies of one province and the province itself
    ("Kabupaten Paser ... Kabupaten Kutai Timur ..." and "DPMPD Kaltim") is about the
    province: its lead figures are the province's, the regencies its breakdown."""
    if best.level not in ("regency", "city") or not best.code:
        return None
    entry = by_code(best.code)
    home = province_of(entry) if entry is not None else None
    if home is None or home.level != "province":
        return None
    regencies: set[str] = set()
    named: Place | None = None
    for m in places:
        p = m.norm
        if not isinstance(p, Place) or not p.code:
            continue
        e = by_code(p.code)
        if e is None:
            continue
        if e.code == home.code:
            named = named or Place(name=home.name, level="province", country=p.country,
                                   code=home.code)
        elif p.level in ("regency", "city") and province_of(e) == home:
            regencies.add(place_key(p))
    return named if named is not None and len(regencies) >= 2 else None


def _provincial_release(text: str, best: Place, places: list[Mention], national: int) -> bool:
    """A statistics office's release that names one province, once, and nothing national
    ("rumah tangga miskin di Kalimantan Tengah" in a BPS release reposted by a regency's
    office): the release is that province's."""
    return (best.level == "province" and national == 0
            and len({place_key(m.norm) for m in places if isinstance(m.norm, Place)}) == 1
            and lexicon().release_source.search(lower_article(text)) is not None)


def _cues(text: str, seg: Segmentation) -> list[SentenceCues]:
    from .article import sentence_cues  # the article model reads this module

    return sentence_cues(text, seg)
