"""Statistical NER as a second opinion on the rule-based PLACE mentions.

The shipped model (``data/ner/``, trained by ``scripts/train_ner.py`` on IndoNLU NERGrit and
NERP) is a small spaCy NER: PERSON / ORGANISATION / PLACE, hash embeddings plus a CNN, no
vectors. It is weaker than the gazetteer on its own (0.69 F1, PLACE 0.76, on NERGrit test), so
it never decides alone:

- **block**: a bare gazetteer PLACE of a small unit (district, commune, village; no level
  word before it) that lies inside a longer PERSON entity is dropped ("Wakil Ketua ...,
  Kim Thanh Tri," is a person, not the district Thanh Tri);
- **add**: a PLACE entity that the rules missed is added, with ``source="model"``, only when
  the whole span is the name of a gazetteer unit of district level or above (or a known
  province abbreviation/alias), is not a word the article also writes in lower case, and
  overlaps no other mention ("Sedan dan Gunem Masih Jadi Kantong Kemiskinan").

The component ``ekstrak_ner`` runs after ``ekstrak_places`` and asks the model only about
sentences where one of these can happen (about one in six). ``backend="stanza"`` swaps the
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
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc

from .models import Mention, Place

#: A recognised entity: character start, end (relative to the text given) and label,
#: one of PERSON / ORGANISATION / PLACE.
Entity = tuple[int, int, str]

_PREV_WORD_RE = regex.compile(r"([\p{L}\p{M}]+)\.?[ \t\u00a0]*$")
# Small units only: their names are also given names ("Thanh Tri", "Kim Thanh Tri"); province
# and country names inside a PERSON span are the model's error ("Pemprov NTT", titles).
_BLOCKABLE_LEVELS = frozenset({"district", "commune", "village"})
# The gazetteer holds ~90,000 villages, many named with ordinary words ("Setiap", "Mekong"):
# a model PLACE is added only when it names a district or something bigger.
_ADD_LEVELS = frozenset({"country", "region", "province", "regency", "city", "district"})


class NerBackend(Protocol):
    def entities(self, texts: Sequence[str]) -> list[list[Entity]]:
        """Entities of each text, offsets relative to that text."""
        ...


def model_path() -> Path:
    """Folder of the shipped spaCy NER model (package data)."""
    return Path(str(resources.files("ekstrak").joinpath("data").joinpath("ner")))


@cache
def load_model(path: str | None = None) -> Language:
    """The model as a complete spaCy pipeline (``spacy.load``; offline, package data only).

    Slow to load (it rebuilds the Indonesian tokenizer); the component uses :class:`SpacyNer`.
    """
    import spacy

    return spacy.load(_checked(path))


def _checked(path: str | None) -> Path:
    p = Path(path) if path else model_path()
    if not (p / "config.cfg").is_file() or not (p / "ner").is_dir():
        raise FileNotFoundError(f"no spaCy NER model at {p} (train one with scripts/train_ner.py)")
    return p


@cache
def _blank_id() -> Language:
    import spacy

    return spacy.blank("id")


@cache
def _ner_pipe(host: Language, path: str | None) -> TrainablePipe:
    """The model's NER component built on ``host``'s vocab, weights from disk.

    Reusing the host pipeline's vocab and tokenizer saves loading a second Indonesian
    tokenizer (seconds of start-up per process); the hash embeddings need no strings.
    """
    from spacy.util import load_config

    p = _checked(path)
    cfg = load_config(p / "config.cfg", interpolate=True)["components"]["ner"]
    cfg = {k: v for k, v in cfg.items() if k != "factory"}
    pipe = host.create_pipe("ner", name="ekstrak_ner_model", config=cfg)
    pipe.from_disk(p / "ner", exclude=["vocab"])
    return pipe


class SpacyNer:
    """The shipped spaCy model as a :class:`NerBackend`.

    ``host`` is the pipeline whose tokenizer and vocab it shares (a blank "id" by default).
    """

    def __init__(self, model_dir: str | None = None, host: Language | None = None) -> None:
        self.host = host if host is not None else _blank_id()
        self.ner = _ner_pipe(self.host, model_dir)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.ner.labels)

    def entities(self, texts: Sequence[str]) -> list[list[Entity]]:
        docs = (self.host.make_doc(t) for t in texts)
        return [[(e.start_char, e.end_char, e.label_) for e in d.ents]
                for d in self.ner.pipe(docs, batch_size=64)]


def make_backend(name: str, model_dir: str | None = None,
                 host: Language | None = None) -> NerBackend:
    if name == "spacy":
        return SpacyNer(model_dir, host)
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
    cands = [c for c in _candidates(key) if c.level in _ADD_LEVELS]
    if not cands:
        return None
    if " " not in key and regex.search(
            rf"(?<![\p{{L}}\p{{N}}./@-]){regex.escape(name.lower())}(?![\p{{L}}\p{{N}}/@-]|\.\w)", text):
        return None  # the article also writes it in lower case: an ordinary word
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
    for (s0, _), ents, sid in zip(spans, entities, sentence_ids, strict=True):
        for a, b, label in ents:
            if label == "PERSON":
                persons.append((s0 + a, s0 + b))
            elif label == "PLACE":
                places.append((s0 + a, s0 + b, sid))
    out = mentions
    if block and persons:
        def blocked(m: Mention) -> bool:
            return (m.type == "PLACE" and m.source == "gazetteer"
                    and isinstance(m.norm, Place) and m.norm.level in _BLOCKABLE_LEVELS
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
        mentions = doc._.mentions
        # Ask the model only about sentences where its answer can change something: the
        # model is most of the pipeline's cost, and most sentences have nothing to decide.
        sents = [s for s in doc._.segmentation.scored_sentences()
                 if _worth_asking(text, s.start, s.end, mentions, self.block, self.add)]
        if not sents:
            return doc
        spans = [(s.start, s.end) for s in sents]
        ents = self.backend.entities([text[a:b] for a, b in spans])
        doc._.mentions = apply_entities(text, mentions, spans, ents,
                                        [s.index for s in sents], self.block, self.add)
        return doc


def _worth_asking(text: str, start: int, end: int, mentions: Sequence[Mention],
                  block: bool, add: bool) -> bool:
    """Could :func:`apply_entities` block or add anything in text[start:end]?"""
    from .places import _candidates, _gaz, _tokens

    inside = [m for m in mentions if start <= m.start < end]
    if block and any(m.type == "PLACE" and m.source == "gazetteer" and isinstance(m.norm, Place)
                     and m.norm.level in _BLOCKABLE_LEVELS and not _after_level_word(text, m.start)
                     for m in inside):
        return True
    if not add:
        return False
    toks = _tokens(text, start, end)
    n_max = _gaz().max_tokens
    for i, t in enumerate(toks):
        if not t.cap or any(m.start < t.end and t.start < m.end for m in inside):
            continue
        for k in range(1, min(n_max, len(toks) - i) + 1):
            key = " ".join(x.key for x in toks[i:i + k])
            if any(c.level in _ADD_LEVELS for c in _candidates(key)):
                return True
    return False


@Language.factory("ekstrak_ner", default_config={"backend": "spacy", "model_dir": None,
                                                 "block": True, "add": True})
def make_ner(nlp: Language, name: str, backend: str, model_dir: str | None,
             block: bool, add: bool) -> NerComponent:
    return NerComponent(make_backend(backend, model_dir, nlp), block=block, add=add)
