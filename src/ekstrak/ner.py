"""Statistical NER as a second opinion on the rule-based PLACE mentions.

The shipped model (``data/ner/``, trained by ``scripts/train_ner.py`` on IndoNLU NERGrit) is a
small spaCy NER: PERSON / ORGANISATION / PLACE, hash embeddings plus a CNN, no vectors. It is
weaker than the gazetteer on its own (about 0.7 F1 on NERGrit), so it never decides alone:

- **block**: a bare gazetteer PLACE (no level word before it) that lies inside a longer
  PERSON entity is dropped ("Wakil Ketua ..., Kim Thanh Tri," is a person, not Thanh Tri);
- **add**: a PLACE entity that the rules missed is added, with ``source="model"``, only when
  the whole span is a gazetteer name (or a known province abbreviation/alias) and overlaps no
  other mention ("di Sedan dan Gunem", "Amarasi Barat").

The component ``ekstrak_ner`` runs after ``ekstrak_places``. ``backend="stanza"`` swaps the
model for a local stanza NER (:mod:`ekstrak.stanza_backend`); both answer
:meth:`NerBackend.entities`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Protocol

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .models import Mention, Place

#: A recognised entity: character start, end (relative to the text given) and label,
#: one of PERSON / ORGANISATION / PLACE.
Entity = tuple[int, int, str]

_PREV_WORD_RE = regex.compile(r"([\p{L}\p{M}]+)\.?[ \t\u00a0]*$")


class NerBackend(Protocol):
    def entities(self, texts: Sequence[str]) -> list[list[Entity]]:
        """Entities of each text, offsets relative to that text."""
        ...


def model_path() -> Path:
    """Folder of the shipped spaCy NER model (package data)."""
    return Path(str(resources.files("ekstrak").joinpath("data").joinpath("ner")))


@cache
def load_model(path: str | None = None) -> Language:
    """The spaCy NER model, loaded once per process (offline: package data only)."""
    import spacy

    p = Path(path) if path else model_path()
    if not (p / "config.cfg").is_file():
        raise FileNotFoundError(f"no spaCy NER model at {p} (train one with scripts/train_ner.py)")
    return spacy.load(p)


class SpacyNer:
    """The shipped spaCy model as a :class:`NerBackend`."""

    def __init__(self, model_dir: str | None = None) -> None:
        self.nlp = load_model(model_dir)

    def entities(self, texts: Sequence[str]) -> list[list[Entity]]:
        return [[(e.start_char, e.end_char, e.label_) for e in d.ents]
                for d in self.nlp.pipe(texts, batch_size=64)]


def make_backend(name: str, model_dir: str | None = None) -> NerBackend:
    if name == "spacy":
        return SpacyNer(model_dir)
    if name == "stanza":
        from .stanza_backend import StanzaNer

        return StanzaNer(model_dir)
    raise ValueError(f"unknown NER backend {name!r} (spacy or stanza)")


def _after_level_word(text: str, start: int) -> bool:
    """The word right before ``start`` is a level word ("Kabupaten", "komune", "Kab.")."""
    from .places import _lex, name_key

    m = _PREV_WORD_RE.search(text, max(0, start - 40), start)
    return m is not None and name_key(m.group(1)) in _lex().level_words


def _gazetteer_place(text: str, s: int, e: int) -> Place | None:
    """A Place when text[s:e] is, as a whole, a gazetteer name usable without a level word."""
    from .places import _candidates, _choose, _doc_info, _lex, name_key

    name = text[s:e]
    key = name_key(name)
    lex = _lex()
    if not key or not name[0].isupper() or key in lex.common or key in lex.level_names \
            or key in lex.never_names:
        return None
    cands = _candidates(key)
    if not cands:
        return None
    doc = _doc_info(text)
    entry = _choose(cands, None, doc.country, doc, False)
    if entry is None:
        return None
    return Place(name=name, level=entry.level,  # type: ignore[arg-type]
                 country=entry.country or None, code=entry.code or None)


def apply_entities(text: str, mentions: list[Mention], spans: Sequence[tuple[int, int]],
                   entities: Sequence[Sequence[Entity]], sentence_ids: Sequence[int],
                   block: bool = True, add: bool = True) -> list[Mention]:
    """Mentions after the model's second opinion (see the module docstring).

    ``spans[i]`` is sentence ``sentence_ids[i]``'s character range and ``entities[i]`` its
    entities with offsets relative to the sentence.
    """
    persons: list[tuple[int, int]] = []
    places: list[tuple[int, int, int]] = []
    for (s0, _), ents, sid in zip(spans, entities, sentence_ids):
        for a, b, label in ents:
            if label == "PERSON":
                persons.append((s0 + a, s0 + b))
            elif label == "PLACE":
                places.append((s0 + a, s0 + b, sid))
    out = mentions
    if block and persons:
        def blocked(m: Mention) -> bool:
            return (m.type == "PLACE" and m.source == "gazetteer"
                    and any(ps <= m.start and m.end <= pe and pe - ps > m.end - m.start
                            for ps, pe in persons)
                    and not _after_level_word(text, m.start))
        out = [m for m in out if not blocked(m)]
    if add and places:
        taken = [(m.start, m.end) for m in out]
        for s, e, sid in places:
            if any(s < te and ts < e for ts, te in taken):
                continue
            place = _gazetteer_place(text, s, e)
            if place is None:
                continue
            out.append(Mention(type="PLACE", start=s, end=e, text=text[s:e], sentence=sid,
                               source="model", norm=place))
            taken.append((s, e))
    return out


class NerComponent:
    """spaCy component ``ekstrak_ner``: block and add PLACE mentions with a NER backend."""

    def __init__(self, backend: NerBackend, block: bool = True, add: bool = True) -> None:
        self.backend = backend
        self.block = block
        self.add = add

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        sents = doc._.segmentation.scored_sentences()
        if not sents:
            return doc
        spans = [(s.start, s.end) for s in sents]
        ents = self.backend.entities([text[a:b] for a, b in spans])
        doc._.mentions = apply_entities(text, doc._.mentions, spans, ents,
                                        [s.index for s in sents], self.block, self.add)
        return doc


@Language.factory("ekstrak_ner", default_config={"backend": "spacy", "model_dir": None,
                                                 "block": True, "add": True})
def make_ner(nlp: Language, name: str, backend: str, model_dir: str | None,
             block: bool, add: bool) -> NerComponent:
    return NerComponent(make_backend(backend, model_dir), block=block, add=add)
