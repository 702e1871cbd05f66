"""The token matcher: the rules that find the PLACE mentions of one sentence.

``_Matcher.run`` walks the sentence's tokens (with a little context before it on its line)
and tries, in order: a dateline; a level word and the name after it ("Kabupaten Bogor",
"komune Duong Quang") and the names listed after that one; an explicit list under a level
word; titles and offices, whose names are people's; street and product nouns; Vietnamese
personal names; names the article introduced; bare gazetteer names that pass ``bare_ok``.
The longest gazetteer name wins, and ``_choose`` picks among the units that carry it.
"""

from __future__ import annotations

import bisect

import regex

from ekstrak.models import Mention, Place
from ekstrak.units import match_unit

from .datelines import _DATELINE_RE
from .document import (
    _COUNT_BEFORE,
    _OWN_COUNTRY_LEVELS,
    _choose,
    _doc_info,
    _province_after_village_word,
    _spec_country,
)
from .gazetteer import (
    LEVEL_RANK,
    UNIT_LEVELS,
    VN_REFORM,
    GazEntry,
    _candidates,
    _first_keys,
    _gaz,
    split_name_key,
)
from .keys import name_key
from .lexicon import _VILLAGE_NUMBER, _first_words, _lex, _noun_heads
from .tokens import _line_tokens, _shouting, _Tok

_VILLAGE_NUMBER_RE = regex.compile(_VILLAGE_NUMBER)
_LIST_SEP_RE = regex.compile(r"\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+|\s*;\s*")
# One Vietnamese syllable without tones: onset, vowel cluster, coda ("Xuan", "Nghien", "Phac").
_VN_SYLLABLE_RE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?",
    regex.IGNORECASE)


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
        return not self.counts_after(j) and not self.in_figure_list(j)

    def in_figure_list(self, j: int) -> bool:
        """The number at token j is the next item of a list of figures ("Desa Gelumbang 21
        KK, ..., Desa Tebat Kubu 31,"): a list separator follows it, and an earlier item of
        the line gave a number with its counted noun and then a separator."""
        if not _LIST_SEP_RE.match(self.text, self.toks[j].end):
            return False
        for k in range(j - 1, max(-1, j - 200), -1):
            if self.toks[k].text[:1].isdigit() and self.skip_figure(k) != k:
                return True
        return False

    def counts_after(self, j: int) -> int:
        """Where the counted noun or unit right after the number at token j ends ("80 KPM",
        "1.829 KPM": a number's groups are tokens of their own), else 0."""
        while (j + 1 < len(self.toks) and self.toks[j + 1].text[:1].isdigit()
               and self.gap(j + 1) in (".", ",")):
            j += 1
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
            key = " ".join(t.key for t in self.toks[i:i + k])
            cands = _candidates(key)
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
                # (not a city's name split in two after another level's word: "Kelurahan
                # Pekan Baru" is no Pekanbaru)
                e = _choose(cands, None, country, self.doc, former)
                if (e is not None and LEVEL_RANK[e.level] >= LEVEL_RANK["district"]
                        and split_name_key(key) is None):
                    own = spec.get(e.country)
                    if direct and _province_after_village_word(self.toks[i - 1].key, key, own):
                        own = None  # "Indeks Membangun Desa Kaltim": the province
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
            if self.toks[i].key in self.lex.never_names:
                return i  # a headline's "Kota Miskin Ekstrem Berada": words, not an unknown name
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
            if self.known_prefix(j, end):
                break  # "Kabupaten Tuban, Agung Prasetyo": a name, not a second place
            nj = self.resolve_named(j, end, spec, allow_unknown=explicit)
            if nj == j:
                if (not figured or self.skip_figure(end) == end
                        or any(self.match_at(k, end) for k in range(j, end))):
                    break  # ("Kabupatan Tangerang": a known name inside, the rules after find it)
                # "..., Jatiagung 6.958 KPM, Kalianda 11.299 KPM": a name the gazetteer spells
                # otherwise ("Jati Agung"), with its figure: no place, but the list goes on
                nj = end
            j = nj
        return j

    def known_prefix(self, j: int, end: int) -> bool:
        """The run j..end starts with a known name and goes on with capitalised words that
        are no place, level word or title ("Agung Prasetyo", "Semen Gresik"): a person's or a
        firm's name that begins like a place."""
        m = self.match_at(j, end)
        if m is None or m[0] >= end:
            return False
        k = m[0]
        return (self.level_word(k) is None and not self.title_at(k)
                and self.match_at(k, end) is None)

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
        # A title word inside a place already found is part of its name: "Pancoran Mas 16
        # unit, Cilodong 33 unit" ("Mas" is also an honorific) lists on.
        lo = max(0, i - 9)
        named = [(m.start, m.end) for m in self.out if m.end > self.toks[lo].start]
        for k in range(i - 1, lo - 1, -1):
            # "Ketua Komite Rakyat Provinsi X, Hoang Nam," and "kepala dusun, Thi Hoa,"
            if (self.title_at(k) and (self.toks[k].cap or k + self.title_at(k) == i)
                    and not any(s <= self.toks[k].start < e for s, e in named)):
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
            if lw is not None and t.cap and t.key in lex.name_level_words:
                m = self.match_at(i, self.run_end(i))
                if m is not None and m[0] > i + 1 and m[1].level in UNIT_LEVELS:
                    # "Pulau Morotai": a regency's own name, not the island's
                    self.emit(i, m[0], m[1], None, None, "gazetteer")
                    i = m[0]
                    continue
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
