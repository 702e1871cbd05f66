"""PLACE mentions: a gazetteer of Vietnamese and Indonesian units plus level-word rules.

The gazetteer (``data/gazetteer.tsv.gz``, built by ``scripts/build_gazetteer.py``) holds
names folded to ASCII with level, country, code and parent. Language knowledge (level words,
titles, stoplists, abbreviations, countries, regions) is in ``data/places_lexicon.json``.

Matching walks the capitalised word runs of one sentence and looks up folded token n-grams
in a dict. A name is accepted when a level word precedes it ("Kabupaten Bogor",
"komune Duong Quang"), when it is listed after a level word ("distrik-distrik (mantan):
Van Quan, Binh Gia"), or, bare, only when it is unlikely to be an ordinary word or a
person: village names never bare, Indonesian kecamatan only after "di"/"ke"..., Vietnamese
units only with two or more syllables in a Vietnamese article, never after a title or in
a Vietnamese personal-name pattern ("Tran Quang Tri" is a person, not Quang Tri).

One module per concern: ``keys`` (a name's lookup key), ``lexicon`` (the places lexicon
and the patterns built from it), ``gazetteer`` (the units as columns, lookup by key and by
code, the parent chain), ``tokens`` (a line's tokens, text written in capitals),
``document`` (the article as context: its country, provinces and the names it introduces;
the choice among a name's candidates), ``matcher`` (the rules over one sentence's tokens),
``datelines`` and ``article`` (the article's country and main place, places in canonical
and comparable form). ``find_places`` is here; what other modules import from
``ekstrak.places`` is re-exported here.
"""

from __future__ import annotations

from ekstrak.models import Mention

from .article import (
    article_country,
    canonical_place,
    country_place,
    is_former,
    main_place,
    place_key,
)
from .datelines import _DATELINE_TAIL_RE as _DATELINE_TAIL_RE  # (tests import it from here)
from .datelines import is_dateline
from .document import _choose as _choose  # (ekstrak.ner imports these from here)
from .document import _doc_info as _doc_info
from .gazetteer import (
    LEVEL_RANK,
    VN_REFORM,
    GazEntry,
    ancestors,
    by_code,
    common_parent,
    lookup,
    place_of,
    province_of,
    units_within,
    within,
)
from .gazetteer import _candidates as _candidates  # (ekstrak.ner imports it from here)
from .gazetteer import _gaz as _gaz  # (ekstrak.ner and tests import it from here)
from .keys import fold, name_key
from .lexicon import _former_res as _former_res  # (tests import it from here)
from .lexicon import _lex as _lex  # (ekstrak.ner imports it from here)
from .matcher import _Matcher
from .tokens import _tokens as _tokens  # (ekstrak.ner imports it from here)

__all__ = [
    "LEVEL_RANK", "VN_REFORM", "GazEntry", "ancestors", "article_country", "by_code",
    "canonical_place",
    "common_parent", "country_place", "find_places", "fold", "is_dateline", "is_former",
    "lookup", "main_place", "name_key", "place_key", "place_of", "province_of", "units_within",
    "within",
]


def find_places(text: str, start: int, end: int, context: str | None = None,
                published: str | None = None) -> list[Mention]:
    """PLACE mentions inside ``text[start:end]`` (one sentence).

    ``context`` ("VN" or "ID") overrides the article's country guessed from the whole text.
    ``published`` (ISO date) picks the era of Vietnamese units: an article from before the
    reform of 1 July 2025 names the old provinces, districts and communes.
    """
    if end <= start:
        return []
    return _Matcher(text, start, end, context, published).run()
