"""Stanza as an optional NER backend (``pip install 'ekstrak[stanza]'``, which pulls torch).

Stanza downloads its models; ekstrak never does. Point it at a local folder in stanza's own
layout, by argument or with ``EKSTRAK_STANZA_DIR``::

    DIR/resources.json
    DIR/id/tokenize/<package>.pt
    DIR/id/ner/<model>.pt

Made on a machine with network access by ``stanza.download("id", model_dir=DIR,
processors="tokenize")``. Stanza's Indonesian package has no NER model, so one trained with
stanza's NER trainer (e.g. on IndoNLU NERGrit) goes into ``DIR/id/ner/``; a single ``.pt`` file
there is used, or name it with ``EKSTRAK_STANZA_NER_MODEL``. Labels are mapped to ekstrak's
PERSON / ORGANISATION / PLACE (PER, LOC, GPE, ORG, NERP's PPL/PLC/IND ...); others are dropped.

Use it with ``get_nlp(ner="stanza")`` or ``EKSTRAK_NER=stanza``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .ner import Entity

ENV_DIR = "EKSTRAK_STANZA_DIR"
ENV_NER_MODEL = "EKSTRAK_STANZA_NER_MODEL"

_LABELS = {
    "PER": "PERSON", "PERSON": "PERSON", "PPL": "PERSON",
    "LOC": "PLACE", "GPE": "PLACE", "PLACE": "PLACE", "PLC": "PLACE", "LOCATION": "PLACE",
    "ORG": "ORGANISATION", "ORGANISATION": "ORGANISATION", "ORGANIZATION": "ORGANISATION",
    "IND": "ORGANISATION",
}

_HOW = (
    "Install the extra with `pip install 'ekstrak[stanza]'` (it pulls torch), then on a machine "
    "with network access run `python -c \"import stanza; stanza.download('id', model_dir='DIR', "
    "processors='tokenize')\"`, put an Indonesian stanza NER model (stanza ships none for 'id'; "
    "train one on IndoNLU NERGrit) at DIR/id/ner/<model>.pt, and set "
    f"{ENV_DIR}=DIR (or pass the folder). Without stanza, the shipped spaCy NER needs nothing."
)


class StanzaUnavailable(RuntimeError):
    """Stanza or its local Indonesian models are missing."""


def _ner_model(root: Path) -> Path | None:
    named = os.environ.get(ENV_NER_MODEL)
    if named:
        p = Path(named)
        p = p if p.is_absolute() else root / "id" / "ner" / p
        if not p.is_file():
            raise StanzaUnavailable(f"{ENV_NER_MODEL}={named}: no such file ({p}). {_HOW}")
        return p
    found = sorted((root / "id" / "ner").glob("*.pt"))
    return found[0] if len(found) == 1 else None


def build_pipeline(model_dir: str | Path | None = None) -> Any:
    """A stanza ``Pipeline(lang="id", processors="tokenize,ner")`` on local models only."""
    try:
        import stanza
    except ImportError as exc:
        raise StanzaUnavailable(f"stanza is not installed. {_HOW}") from exc
    given = model_dir or os.environ.get(ENV_DIR)
    if not given:
        raise StanzaUnavailable(f"no stanza model folder given ({ENV_DIR} is not set). {_HOW}")
    root = Path(given).expanduser()
    if not (root / "id").is_dir():
        raise StanzaUnavailable(f"{root} holds no Indonesian stanza models (no {root / 'id'}). {_HOW}")
    kwargs: dict[str, Any] = {}
    ner = _ner_model(root)
    if ner is not None:
        kwargs["ner_model_path"] = str(ner)
    try:
        return stanza.Pipeline(lang="id", dir=str(root), processors="tokenize,ner",
                               download_method=None, tokenize_no_ssplit=True, use_gpu=False,
                               logging_level="WARN", **kwargs)
    except Exception as exc:  # stanza raises several kinds for missing/odd model files
        raise StanzaUnavailable(f"stanza could not load models from {root}: {exc}. {_HOW}") from exc


class StanzaNer:
    """Stanza's NER behind the same interface as :class:`ekstrak.ner.SpacyNer`."""

    def __init__(self, model_dir: str | Path | None = None, pipeline: Any = None) -> None:
        self.pipeline = pipeline if pipeline is not None else build_pipeline(model_dir)

    def entities(self, texts: Sequence[str]) -> list[list[Entity]]:
        import stanza

        docs = self.pipeline.bulk_process([stanza.Document([], text=t) for t in texts])
        out: list[list[Entity]] = []
        for d in docs:
            ents: list[Entity] = []
            for e in d.ents:
                label = _LABELS.get(str(e.type).upper())
                if label is not None:
                    ents.append((int(e.start_char), int(e.end_char), label))
            out.append(ents)
        return out
