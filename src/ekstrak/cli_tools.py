"""Command line for the review page and the annotation tools: ``ekstrak review`` and
``ekstrak gold export|import`` (registered on the main group in ``cli``)."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("out", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", "dest", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write.")
@click.option("--corpus", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="The batch's input folder (article texts); default: Article.path as given.")
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Gold folder: show gold beside predictions, missed and spurious records.")
def review(out: Path, dest: Path, corpus: Path | None, gold_dir: Path | None) -> None:
    """Write one self-contained HTML review page for batch output OUT."""
    from .review import build_review

    try:
        st = build_review(out, dest, corpus=corpus, gold_dir=gold_dir)
    except FileNotFoundError as exc:
        raise click.UsageError(str(exc)) from exc
    msg = f"{st.articles} articles ({st.with_text} with text), {st.records} records"
    if gold_dir is not None:
        msg += f"; against gold ({st.gold_articles} articles): {st.missed} missed, {st.spurious} spurious"
    click.echo(f"{msg} -> {dest} ({st.bytes / 1024:.0f} KiB)", err=True)
    if st.with_text < st.articles:
        click.echo(f"{st.articles - st.with_text} articles without text: pass --corpus DIR", err=True)


@click.group()
def gold() -> None:
    """Gold files to and from annotation tools (Label Studio, doccano)."""


_FORMAT = click.option("--format", "fmt", required=True, type=click.Choice(["label-studio", "doccano"]),
                       help="Annotation tool.")


@gold.command("export")
@click.argument("src", type=click.Path(exists=True, path_type=Path))
@click.option("--texts", required=True, type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Folder with the article texts (<id>.txt, searched recursively).")
@_FORMAT
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder (tasks file and label-studio.xml).")
def gold_export(src: Path, texts: Path, fmt: str, out_dir: Path) -> None:
    """Write pre-annotated tasks from SRC: a gold folder or batch output (articles.jsonl)."""
    from .annotate import DOCCANO_TASKS, LS_TASKS, export

    try:
        c = export(src, texts, fmt, out_dir)
    except FileNotFoundError as exc:
        raise click.UsageError(str(exc)) from exc
    name = LS_TASKS if fmt == "label-studio" else DOCCANO_TASKS
    click.echo(f"{c['articles']} articles, {c['mentions']} mentions, {c['records']} records "
               f"-> {out_dir / name} (+ label-studio.xml)", err=True)
    if c["no_text"]:
        click.echo(f"{c['no_text']} articles skipped: no <id>.txt under {texts}", err=True)


@gold.command("import")
@click.argument("src", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_FORMAT
@click.option("-o", "--out", "gold_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Gold folder to write <id>.json into.")
@click.option("--meta", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="doccano: the doccano-meta.json written by export, for lines without metadata.")
def gold_import(src: Path, fmt: str, gold_dir: Path, meta: Path | None) -> None:
    """Read a corrected export SRC (Label Studio JSON export or doccano JSONL) into gold files."""
    from .annotate import import_

    try:
        golds = import_(src, fmt, gold_dir, meta)
    except (ValueError, KeyError) as exc:
        raise click.ClickException(f"{src}: {exc}") from exc
    m = sum(len(g.get("mentions") or []) for g in golds)
    r = sum(len(g["records"]) for g in golds)
    click.echo(f"{len(golds)} gold files, {m} mentions, {r} records -> {gold_dir}", err=True)
