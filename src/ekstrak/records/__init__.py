"""Records stage (SPEC section 3): an article model, one resolver per slot, one assembler.

Modules: :mod:`.article` (the article model and sentence frames), :mod:`.indicator`,
:mod:`.kind`, :mod:`.status`, :mod:`.time`, :mod:`.place`, :mod:`.concept`, :mod:`.group`
(one per slot), :mod:`.assemble` (figure by figure into Records), :mod:`.lexicon` (the
cue lexicon of ``data/records.json``).
"""

from .article import ArticleModel, SentenceCues, build_article_model, sentence_cues
from .assemble import build_records
from .place import article_place, dateline_starts

__all__ = [
    "ArticleModel",
    "SentenceCues",
    "article_place",
    "build_article_model",
    "build_records",
    "dateline_starts",
    "sentence_cues",
]
