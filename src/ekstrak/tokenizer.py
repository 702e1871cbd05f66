"""A fast regular-expression tokenizer for the default pipeline.

ekstrak's components read the text and character offsets, not spaCy tokens; the tokens are
there so that ``parse_article``'s Doc is an ordinary spaCy Doc (``doc.sents``, spans, user
components). spaCy's Indonesian rule tokenizer (prefix/suffix/infix searches plus ~16,000
exception strings) took about 30% of the default pipeline's time; one regex
pass over the text and ``Doc(words=..., spaces=...)`` gives the same kind of tokens at
about 7x its speed (benchmarks/results.md):

- a number with its group/decimal separators is one token ("1.149.183", "3,36"), split from
  letters and signs around it ("Rp1,5" -> "Rp", "1,5"; "3,36%" -> "3,36", "%");
- a run of letters is one token, hyphenated and apostrophe forms included ("rumah-rumah",
  "Jum'at", "P1"); a URL is one token, without the sentence's final stop;
- any other non-space character is a token of its own;
- whitespace follows spaCy's convention: one space after a token is that token's trailing
  whitespace, anything else is a whitespace token, so ``doc.text`` is the input exactly.

The input string is also kept in ``doc.user_data`` (``doc.text`` is rebuilt from the tokens
on every access). With the statistical NER on, the pipeline uses spaCy's tokenizer instead,
the one the model was trained on (:func:`ekstrak.pipeline.get_nlp`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

#: ``doc.user_data`` key holding the input text.
TEXT_KEY = "ekstrak.text"

# Letters, hyphen/apostrophe forms, and a digit tail that is not a separated number ("P1", "COVID19").
_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:\d+(?!\d|[.,]\d))?"
_URL = r"https?://[^\s<>\"]*[^\s<>\".,;:!?)\]]"
_TOKEN = rf"{_URL}|\d+(?:[.,]\d+)*|{_WORD}|\S"
# A token with the one space after it that is its trailing whitespace, or the whitespace
# between tokens that is left (a token never starts with whitespace, so every gap is one
# whitespace run): one findall splits the text the way spaCy's Doc wants it.
_TOKEN_SPACE = re.compile(rf"({_TOKEN})( ?)|(\s+)")


def tokenize(text: str) -> tuple[list[str], list[bool]]:
    """Words and trailing-space flags for ``Doc(words=..., spaces=...)``; they rebuild ``text``."""
    found = _TOKEN_SPACE.findall(text)
    return [tok or gap for tok, _, gap in found], [sp == " " for _, sp, _ in found]


class FastTokenizer:
    """Callable ``str -> Doc`` used as ``nlp.tokenizer``; stateless, so serialisation is empty."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = tokenize(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[TEXT_KEY] = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # spaCy calls these when a pipeline is saved or loaded; there is nothing to store.
    def to_bytes(self, **_: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **__: Any) -> FastTokenizer:
        return self

    def to_disk(self, _path: Any, **__: Any) -> None:
        return None

    def from_disk(self, _path: Any, **__: Any) -> FastTokenizer:
        return self


@registry.tokenizers("ekstrak.FastTokenizer.v1")
def create_fast_tokenizer() -> Callable[[Language], FastTokenizer]:
    """spaCy registry entry: ``spacy.blank("id", config=TOKENIZER_CONFIG)`` builds the pipeline
    with this tokenizer and never compiles the Indonesian rule tokenizer (2 s of start-up)."""

    def make(nlp: Language) -> FastTokenizer:
        return FastTokenizer(nlp.vocab)

    return make


#: ``config`` for :func:`spacy.blank` that selects :class:`FastTokenizer`.
TOKENIZER_CONFIG: dict[str, Any] = {"nlp": {"tokenizer": {"@tokenizers": "ekstrak.FastTokenizer.v1"}}}
