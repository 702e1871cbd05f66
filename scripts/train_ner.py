"""Train ekstrak's small Indonesian NER and ship it as ``src/ekstrak/data/ner/``.

Data (read from ``../shared/data`` at train time, never copied into the repository):
- IndoNLU NERGrit (``indonlu_nergrit_ner-grit``): cased, BIO, PERSON / ORGANISATION / PLACE;
- IndoNLU NERP (``indonlu_nerp_ner-prosa``; leave it out with ``--no-nerp``): lower-cased
  Prosa news, PPL -> PERSON, PLC -> PLACE, IND -> ORGANISATION; EVT and FNB are dropped (O).
  It raises NERGrit test F1 (0.67 -> 0.69; PLACE 0.73 -> 0.76) and teaches names in lower case.

The model is ``scripts/ner.cfg``: blank "id", a hash-embedding CNN (no pretrained vectors)
and spaCy's transition-based NER, trained on CPU with ``spacy train``'s Python entry point.
Afterwards the best model is copied into the package with its string store cut down to the
labels (the hash embeddings need no strings), and its per-label P/R/F1 on NERGrit valid
and test is printed. Run:

    .venv/bin/python scripts/train_ner.py [--no-nerp --max-epochs 20] [--threads 2]

With NERP, 5 epochs (scripts/ner.cfg) take about 6-10 minutes on two CPU cores.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
NERGRIT = SHARED / "indonlu_nergrit_ner-grit"
NERP = SHARED / "indonlu_nerp_ner-prosa"
OUT = ROOT / "src" / "ekstrak" / "data" / "ner"
CONFIG = Path(__file__).resolve().parent / "ner.cfg"

NERP_LABELS = {"PPL": "PERSON", "PLC": "PLACE", "IND": "ORGANISATION"}

Sentence = tuple[list[str], list[str]]


def read_bio(path: Path, label_map: dict[str, str] | None = None) -> list[Sentence]:
    """Sentences of a ``token<TAB>BIO`` file; ``label_map`` renames labels, unmapped ones become O."""
    sents: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            if words:
                sents.append((words, tags))
                words, tags = [], []
            continue
        tok, tag = line.rsplit("\t", 1)
        if label_map is not None and tag != "O":
            lab = label_map.get(tag[2:])
            tag = f"{tag[:2]}{lab}" if lab else "O"
        words.append(tok)
        tags.append(tag)
    if words:
        sents.append((words, tags))
    return sents


def to_docbin(sents: list[Sentence], path: Path) -> int:
    """Write sentences as a DocBin; returns the number of entities."""
    import spacy
    from spacy.tokens import Doc, DocBin
    from spacy.training import biluo_tags_to_spans, iob_to_biluo

    vocab = spacy.blank("id").vocab
    db = DocBin(store_user_data=False)
    n = 0
    for words, tags in sents:
        # I- after O (rare annotation slips) starts an entity, as most BIO readers do.
        fixed = [f"B-{t[2:]}" if t.startswith("I-") and (i == 0 or tags[i - 1][2:] != t[2:])
                 else t for i, t in enumerate(tags)]
        doc = Doc(vocab, words=words)
        doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(fixed))
        n += len(doc.ents)
        db.add(doc)
    db.to_disk(path)
    return n


def evaluate(model_dir: Path, sents: list[Sentence]) -> dict[str, dict[str, float]]:
    """Per-label and overall P/R/F1 of the model on gold-tokenised sentences."""
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example, biluo_tags_to_spans, iob_to_biluo

    nlp = spacy.load(model_dir)
    examples = []
    for words, tags in sents:
        fixed = [f"B-{t[2:]}" if t.startswith("I-") and (i == 0 or tags[i - 1][2:] != t[2:])
                 else t for i, t in enumerate(tags)]
        ref = Doc(nlp.vocab, words=words)
        ref.ents = biluo_tags_to_spans(ref, iob_to_biluo(fixed))
        examples.append(Example(Doc(nlp.vocab, words=words), ref))
    scores = nlp.evaluate(examples)
    out = {lab: {k: float(v) for k, v in s.items()} for lab, s in scores["ents_per_type"].items()}
    out["ALL"] = {"p": scores["ents_p"], "r": scores["ents_r"], "f": scores["ents_f"]}
    return out


def slim(src: Path, dst: Path) -> None:
    """Copy the trained model, keeping only the strings the NER needs (its labels)."""
    import spacy

    nlp = spacy.load(src)
    labels = list(nlp.get_pipe("ner").labels)
    # Keep the hand-written notes (README.md with the scores and attribution, licence files).
    notes = {f.name: f.read_bytes() for f in dst.glob("*")
             if f.is_file() and (f.name == "README.md" or f.name.startswith("LICENSE"))}
    if dst.exists():
        shutil.rmtree(dst)
    nlp.to_disk(dst)
    for name, data in notes.items():
        (dst / name).write_bytes(data)
    (dst / "vocab" / "strings.json").write_text(json.dumps(labels), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nerp", action=argparse.BooleanOptionalAction, default=True,
                    help="also train on lower-cased NERP (default: yes)")
    ap.add_argument("--threads", type=int, default=2, help="BLAS threads (default 2)")
    ap.add_argument("--max-epochs", type=int, default=None)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if not NERGRIT.is_dir():
        print(f"NERGrit data not found at {NERGRIT}", file=sys.stderr)
        return 2
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(args.threads)

    from spacy.cli.train import train

    train_sents = read_bio(NERGRIT / "train_preprocess.txt")
    if args.nerp:
        train_sents += read_bio(NERP / "train_preprocess.txt", NERP_LABELS)
    valid = read_bio(NERGRIT / "valid_preprocess.txt")
    test = read_bio(NERGRIT / "test_preprocess.txt")
    with tempfile.TemporaryDirectory(prefix="ekstrak-ner-") as tmp:
        work = Path(tmp)
        n_train = to_docbin(train_sents, work / "train.spacy")
        to_docbin(valid, work / "dev.spacy")
        print(f"train: {len(train_sents)} sentences, {n_train} entities", flush=True)
        overrides: dict[str, object] = {"paths.train": str(work / "train.spacy"),
                                        "paths.dev": str(work / "dev.spacy")}
        if args.max_epochs is not None:
            overrides["training.max_epochs"] = args.max_epochs
        t0 = time.perf_counter()
        train(CONFIG, work / "model", overrides=overrides)
        print(f"trained in {time.perf_counter() - t0:.0f} s", flush=True)
        slim(work / "model" / "model-best", args.out)
    for name, sents in (("valid", valid), ("test", test)):
        print(f"NERGrit {name} (entity-level, gold tokens)")
        for lab, s in sorted(evaluate(args.out, sents).items()):
            print(f"  {lab:14s} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f']:.3f}")
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"model: {args.out} ({size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
