"""Command line: ``ekstrak parse | batch | evaluate | schema | codes | review | gold``.

Exit codes (every failure prints a message naming the file and the reason):
0 success; 1 some inputs refused (batch; listed in errors.jsonl), a file ``parse`` cannot
read, or predictions that match no gold id (evaluate); 2 usage errors: a bad option, a
missing input, a gold folder without gold files, an unreadable prediction file; 3 the output
folder cannot be written; 130 interrupted (finished articles stay in OUT/*.partial and
``--resume`` picks them up).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from . import InputError, __version__, cli_tools


def _ner_option(f):  # type: ignore[no-untyped-def]
    return click.option(
        "--ner/--no-ner", default=None,
        help="Statistical NER check on PLACE mentions (default: off, unless EKSTRAK_NER=1).",
    )(f)


def _encoding_option(f):  # type: ignore[no-untyped-def]
    return click.option(
        "--encoding", default=None, metavar="CODEC",
        help="Decode input files with this codec (default: UTF-8 or a byte-order mark, "
             "else detected).",
    )(f)


EXIT_OUTPUT = 3
EXIT_INTERRUPTED = 130


def _set_ner(ner: bool | None) -> None:
    # Through the environment so that batch worker processes see it too.
    if ner is not None:
        os.environ["EKSTRAK_NER"] = "1" if ner else "0"


def _slots_option(f):  # type: ignore[no-untyped-def]
    return click.option(
        "--slots", type=click.Choice(["rules", "model", "combined"]), default=None,
        help="Who decides indicator, time and place (default: EKSTRAK_SLOTS, else the "
             "mode chosen on the dev splits).",
    )(f)


def _set_slots(slots: str | None) -> None:
    if slots is not None:
        os.environ["EKSTRAK_SLOTS"] = slots  # batch workers inherit it


@click.group()
@click.version_option(__version__, prog_name="ekstrak")
def cli() -> None:
    """Structured poverty-programme statistics from Indonesian news articles."""


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--indent", default=2, show_default=True, help="JSON indent (0 for one line).")
@click.option("--explain", is_flag=True,
              help="A table of the records instead: slots, who decided each, confidence.")
@_ner_option
@_encoding_option
@_slots_option
def parse(file: Path, indent: int, explain: bool, ner: bool | None, encoding: str | None,
          slots: str | None) -> None:
    """Parse one article FILE and print the Article as JSON (id = file stem)."""
    from . import parse_file

    _set_ner(ner)
    _set_slots(slots)
    try:
        art = parse_file(file, encoding=encoding)
    except (InputError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    if explain:
        from .explain import explain_records

        click.echo(explain_records(art))
        return
    click.echo(art.model_dump_json(indent=indent or None))


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the Article model."""
    from .models import Article

    click.echo(json.dumps(Article.model_json_schema(), indent=2, ensure_ascii=False))


@cli.command()
@click.argument("section", required=False, type=click.Choice(["columns", "indicators", "units"]))
@click.option("--markdown", is_flag=True, help="All sections as the README's Markdown tables.")
@click.option("--json", "as_json", is_flag=True, help="The codes data file and columns as JSON.")
def codes(section: str | None, markdown: bool, as_json: bool) -> None:
    """Print the record columns, indicator codes and unit codes (default: all three)."""
    from .codes import SECTIONS, format_markdown, format_text, load_codes
    from .columns import COLUMNS

    if as_json:
        data = {k: v for k, v in load_codes().items() if not k.startswith("_")}
        data["columns"] = [c._asdict() for c in COLUMNS]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    elif markdown:
        click.echo(format_markdown())
    else:
        for i, name in enumerate([section] if section else SECTIONS):
            if not section:
                click.echo(("\n" if i else "") + f"== {name} ==")
            click.echo(format_text(name))


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Worker processes.")
@click.option("--format", "fmt", default="csv", show_default=True,
              type=click.Choice(["jsonl", "csv", "parquet"]), help="Format of the records table.")
@click.option("--resume", is_flag=True, help="Skip article ids already written to OUT "
              "(also by an interrupted run).")
@click.option("--glob", default="*.txt", show_default=True, help="File pattern inside folders.")
@_ner_option
@_encoding_option
@_slots_option
def batch(inputs: tuple[str, ...], out_dir: Path, jobs: int, fmt: str, resume: bool, glob: str,
          ner: bool | None, encoding: str | None, slots: str | None) -> None:
    """Parse every article in INPUTS (files or folders) into OUT.

    Writes OUT/articles.jsonl, OUT/records.csv (or .jsonl/.parquet) and
    OUT/errors.jsonl (one line per refused file). Ids are file stems, or the path under
    the input folder where a stem repeats. Exit code 0 when all inputs succeeded, 1 when
    some were refused, 2 for usage errors, 3 when OUT cannot be written, 130 when
    interrupted (rerun with --resume).
    """
    from .batch import OutputError, run_batch

    _set_ner(ner)
    _set_slots(slots)
    try:
        res = run_batch(inputs, out_dir, jobs=jobs, fmt=fmt, resume=resume, glob=glob,
                        encoding=encoding)
    except (FileNotFoundError, ValueError) as exc:
        raise click.UsageError(str(exc)) from exc
    except OutputError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_OUTPUT)
    except KeyboardInterrupt:
        click.echo(f"interrupted: finished articles are kept in {out_dir}/*.partial; "
                   "rerun with --resume to continue", err=True)
        sys.exit(EXIT_INTERRUPTED)
    click.echo(
        f"{res.processed} parsed, {res.skipped} skipped (already done), {res.failed} failed "
        f"-> {res.out_dir}",
        err=True,
    )
    if res.failed:
        click.echo(f"see {res.out_dir / 'errors.jsonl'}", err=True)
        sys.exit(1)


@cli.command()
@click.argument("gold_dir", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.argument("pred", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--corpus", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Run the extractor over CORPUS/<id>.txt instead of reading PRED.")
@click.option("--split", help="Only the articles of this split in GOLD_DIR/splits.json.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the figures as JSON to this file.")
@click.option("--per-article", is_flag=True, help="Per-article figures too.")
@click.option("--per-indicator", is_flag=True,
              help="Per indicator code: P/R/F1 of records with the right code (always in --json).")
@click.option("--errors", is_flag=True, help="List every missed, spurious and wrongly-slotted record.")
@_ner_option
@_slots_option
def evaluate(gold_dir: Path, pred: Path | None, corpus: Path | None, split: str | None,
             json_out: Path | None, per_article: bool, per_indicator: bool, errors: bool,
             ner: bool | None, slots: str | None) -> None:
    """Score predictions PRED (folder of <id>.json or articles.jsonl) against GOLD_DIR.

    Exit code 0 after the table; 2 when GOLD_DIR holds no gold files or PRED is not
    readable; 1 when no predicted id matches a gold id (the table would be all zeros).
    """
    from .evaluate import EvalInputError, load_gold, load_predictions, load_split
    from .evaluate import evaluate as run_eval

    if (pred is None) == (corpus is None):
        raise click.UsageError("give either PRED or --corpus CORPUS_DIR")
    _set_ner(ner)
    _set_slots(slots)
    try:
        ids = load_split(gold_dir, split) if split else None
        gold = load_gold(gold_dir, ids)
    except (FileNotFoundError, KeyError, EvalInputError) as exc:
        raise click.UsageError(exc.args[0] if exc.args else str(exc)) from exc
    if corpus is not None:
        preds, texts = _parse_corpus(corpus, gold)
        where = f"{corpus}/<id>.txt"
    else:
        assert pred is not None
        try:
            preds = load_predictions(pred)
        except EvalInputError as exc:
            raise click.UsageError(str(exc)) from exc
        texts, where = {}, str(pred)
    if not set(preds) & set(gold):
        shown = ", ".join(sorted(preds)[:5]) + (" ..." if len(preds) > 5 else "")
        click.echo(f"Error: no prediction in {where} matches a gold id of {gold_dir} "
                   f"({len(gold)} gold ids, e.g. {next(iter(sorted(gold)))}; "
                   f"{len(preds)} predicted{': ' + shown if preds else ''})", err=True)
        sys.exit(1)
    report = run_eval(gold, preds, texts or None)
    _report(report, per_article, per_indicator, errors, json_out)


def _parse_corpus(corpus: Path, gold: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Parse the gold ids' texts in ``corpus`` (``<id>.txt``); a gold id with no text is
    missed, and a warning names the first of them."""
    from . import parse_file

    preds: dict[str, Any] = {}
    texts: dict[str, str] = {}
    for gid in gold:
        f = corpus / f"{gid}.txt"
        if f.exists():
            try:
                preds[gid] = parse_file(f, id=gid)
            except (InputError, OSError) as exc:
                raise click.ClickException(str(exc)) from exc
            texts[gid] = _article_text(f, preds[gid])
    absent = sorted(set(gold) - set(preds))
    if absent:
        click.echo(f"warning: {len(absent)} gold article(s) have no text in {corpus} and count "
                   f"as missed: {', '.join(absent[:10])}", err=True)
    return preds, texts


def _report(report: Any, per_article: bool, per_indicator: bool, errors: bool,
            json_out: Path | None) -> None:
    """The table, the optional per-article, per-indicator and error listings, the JSON."""
    from .evaluate import format_errors, format_indicators, format_table

    click.echo(format_table(report))
    if per_article:
        for a in report.articles:
            q, r = a.quantity, a.records_strict
            click.echo(f"  {a.id:28s} quantity F1 {q.f1:.3f}  records strict F1 {r.f1:.3f}")
    if per_indicator:
        click.echo(format_indicators(report))
    if errors:
        click.echo(format_errors(report))
    if json_out:
        json_out.write_text(json.dumps(report.as_dict(per_article), indent=2, ensure_ascii=False))


def _article_text(f: Path, art: object) -> str:
    """The string an article's offsets index: the extracted text of an HTML page, else the file."""
    from . import read_text

    return getattr(art, "text", None) or read_text(f)


cli.add_command(cli_tools.review)
cli.add_command(cli_tools.gold)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
