"""Benchmark ekstrak: throughput, per-component cost, memory, start-up, scaling, peers.

Run with ``make bench`` (or ``.venv/bin/python benchmarks/run.py``). It

1. builds a synthetic corpus of 1,000 and 10,000 articles under ``benchmarks/_work/``:
   each article keeps the header (title, date, byline) and first body paragraph of a
   random project article from ``corpus/*.txt`` and draws its other paragraphs at random
   from the paragraphs of all of them (the 1k corpus is the first 1,000 of the 10k);
2. times the default pipeline in process (``ekstrak.parse_article``, median of repeats),
   each spaCy component of ``ekstrak.pipeline.get_nlp()`` separately, and the start-up of a
   fresh interpreter (``import ekstrak`` + first ``parse_article``);
3. runs ``ekstrak batch`` in subprocesses: 1k with ``--jobs 1`` and ``--jobs 2``, and 10k,
   measuring wall time and peak RSS (``getrusage(RUSAGE_CHILDREN)`` in a small wrapper
   process, which sees only the batch and its workers, plus a psutil sample of the whole
   process tree, which counts every worker at once);
4. times, on the same texts, the tokenisation floor (``spacy.blank("id")``), quantulum3
   (``parser.parse`` per paragraph) and dateparser (``search_dates(languages=["id"])``).

Words are whitespace-separated tokens of the raw text, the same count for every tool.
Results: a markdown report on stdout and in ``benchmarks/results.md``, figures in
``benchmarks/results.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
WORK = BENCH / "_work"
CORPUS = ROOT / "corpus"
SEED = 20250821

# Goals from the issue.
GOAL_FLOOR_SHARE = 1 / 3
GOAL_VS_QUANTULUM = 5.0
GOAL_JOBS2 = 1.7
GOAL_RSS_MB = 500.0
GOAL_LINEAR_TOL = 0.15  # per-word cost at 10k within 15% of the 1k cost counts as linear


# --------------------------------------------------------------------------- corpus


def _split_article(text: str) -> tuple[list[str], list[str]]:
    """(header lines, body lines): the header ends before the first long paragraph."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    for i, ln in enumerate(lines):
        if len(ln) >= 100 and i > 0:
            return lines[:i], lines[i:]
    return lines[:1], lines[1:]


def synthetic_texts(n: int, seed: int = SEED) -> list[str]:
    """``n`` articles recombined from the project corpus (deterministic for a seed)."""
    sources = sorted(CORPUS.glob("*.txt"))
    if not sources:
        raise SystemExit(f"no articles in {CORPUS}")
    split = [_split_article(p.read_text(encoding="utf-8")) for p in sources]
    pool = [ln for _, body in split for ln in body[1:]]
    rng = random.Random(seed)
    texts: list[str] = []
    for _ in range(n):
        header, body = split[rng.randrange(len(split))]
        k = max(1, len(body) + rng.randint(-3, 3))
        lines = header + body[:1] + rng.sample(pool, min(k - 1, len(pool)))
        texts.append("\n".join(lines) + "\n")
    return texts


def write_corpus(texts: Sequence[str], dest: Path) -> list[Path]:
    """Write ``syn-NNNNN.txt`` files, rewriting only those that changed."""
    dest.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for i, t in enumerate(texts):
        p = dest / f"syn-{i:05d}.txt"
        data = t.encode("utf-8")
        if not p.exists() or p.read_bytes() != data:
            p.write_bytes(data)
        paths.append(p)
    wanted = {p.name for p in paths}
    for stale in dest.glob("syn-*.txt"):
        if stale.name not in wanted:
            stale.unlink()
    return paths


def words(texts: Sequence[str]) -> int:
    return sum(len(t.split()) for t in texts)


# --------------------------------------------------------------------------- timing helpers


def timed(fn: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def median_time(fn: Callable[[], Any], repeats: int) -> tuple[float, list[float]]:
    runs = [timed(fn) for _ in range(repeats)]
    return statistics.median(runs), runs


def budgeted(items: Sequence[str], fn: Callable[[str], Any], budget_s: float) -> tuple[int, float]:
    """Apply ``fn`` to items in order until ``budget_s`` runs out: (items done, seconds)."""
    t0 = time.perf_counter()
    done = 0
    for it in items:
        fn(it)
        done += 1
        if time.perf_counter() - t0 > budget_s:
            break
    return done, time.perf_counter() - t0


# --------------------------------------------------------------------------- subprocess wrapper


def _measure_child(out_json: str, cmd: list[str]) -> None:
    """Wrapper mode: run ``cmd``, sample its tree's RSS, report wall time and peak RSS.

    Runs in its own process so that RUSAGE_CHILDREN covers only ``cmd`` and the
    workers it forks (ru_maxrss is the largest single process, in KiB on Linux).
    """
    try:
        import psutil
    except ImportError:  # still report ru_maxrss
        psutil = None  # type: ignore[assignment]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    tree_peak = tree_pss_peak = 0
    if psutil is not None:
        root = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                procs = [root, *root.children(recursive=True)]
                rss = pss = 0
                for p in procs:
                    try:
                        # RSS counts pages that forked workers share with the parent once
                        # per process; PSS splits them, so the tree's PSS sum is its real
                        # memory footprint.
                        info = p.memory_full_info()
                        rss += info.rss
                        pss += getattr(info, "pss", info.rss)
                    except psutil.Error:
                        pass
                tree_peak = max(tree_peak, rss)
                tree_pss_peak = max(tree_pss_peak, pss)
            except psutil.Error:
                pass
            time.sleep(0.2)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    maxrss_kb = ru.ru_maxrss / (1024 if sys.platform == "darwin" else 1)
    Path(out_json).write_text(json.dumps({
        "rc": proc.returncode,
        "wall_s": wall,
        "maxrss_mb": maxrss_kb / 1024,
        "tree_rss_peak_mb": tree_peak / 2**20 if tree_peak else None,
        "tree_pss_peak_mb": tree_pss_peak / 2**20 if tree_pss_peak else None,
        "cpu_s": ru.ru_utime + ru.ru_stime,
        "stdout_tail": out[-2000:],
        "stderr_tail": err[-2000:],
    }))


def _busy() -> float | None:
    """CPU seconds the whole machine spent busy so far (all processes, all CPUs)."""
    try:
        import psutil
    except ImportError:
        return None
    t = psutil.cpu_times()
    return sum(t) - t.idle - getattr(t, "iowait", 0.0)


def _own_cpu() -> float:
    """CPU seconds of this process and its finished children (the measured commands)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def run_measured(cmd: list[str], tag: str) -> dict[str, Any]:
    out_json = WORK / f"measure-{tag}.json"
    out_json.unlink(missing_ok=True)
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--measure-child", str(out_json), "--", *cmd],
        check=True,
    )
    return json.loads(out_json.read_text())


def batch_run(corpus_dir: Path, jobs: int, tag: str) -> dict[str, Any]:
    out_dir = WORK / f"out-{tag}"
    cmd = [sys.executable, "-m", "ekstrak.cli", "batch", str(corpus_dir), "-o", str(out_dir),
           "--jobs", str(jobs)]
    res = run_measured(cmd, tag)
    errs = out_dir / "errors.jsonl"
    res["failed"] = sum(1 for _ in errs.open()) if errs.exists() else None
    arts = out_dir / "articles.jsonl"
    res["articles_out"] = sum(1 for _ in arts.open()) if arts.exists() else 0
    res["jobs"] = jobs
    res["cmd"] = " ".join(["ekstrak", *cmd[3:]]).replace(str(ROOT) + "/", "")
    return res


# --------------------------------------------------------------------------- measurements


_STARTUP = """
import json, sys, time
t0 = time.perf_counter()
import ekstrak
t1 = time.perf_counter()
ekstrak.parse_article(open(sys.argv[1], encoding="utf-8").read(), id="x")
t2 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "first_parse_s": t2 - t1}))
"""


def startup(sample: Path, repeats: int) -> dict[str, Any]:
    # As installed: pip compiles a package's bytecode when it installs it, but an editable
    # checkout under PYTHONDONTWRITEBYTECODE=1 (set on this project's machines) would
    # compile every module of ekstrak from source at each start. Compile them once, as an
    # install would.
    import compileall

    import ekstrak

    compileall.compile_dir(Path(ekstrak.__file__).parent, quiet=1)
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", _STARTUP, str(sample)], check=True,
                             capture_output=True, text=True).stdout
        wall = time.perf_counter() - t0
        runs.append({**json.loads(out.strip().splitlines()[-1]), "wall_s": wall})
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]} | {"repeats": repeats}


def in_process(texts: Sequence[str], repeats: int) -> dict[str, Any]:
    import ekstrak

    for t in texts[:20]:  # warm-up: build the pipeline, load data files
        ekstrak.parse_article(t)
    n_records = 0

    def run() -> None:
        nonlocal n_records
        n_records = 0
        for i, t in enumerate(texts):
            n_records += len(ekstrak.parse_article(t, id=str(i)).records)

    med, runs = median_time(run, repeats)
    w = words(texts)
    return {"articles": len(texts), "words": w, "seconds": med, "runs": runs,
            "articles_per_s": len(texts) / med, "words_per_s": w / med, "records": n_records}


def in_process_ner(texts: Sequence[str], repeats: int) -> dict[str, Any]:
    """The pipeline with the optional statistical NER check (``--ner``), Docs only."""
    from ekstrak.pipeline import get_nlp

    return _docs_timed(get_nlp(ner=True), texts, repeats)


def _docs_timed(nlp: Any, texts: Sequence[str], repeats: int) -> dict[str, Any]:
    """``nlp(text)`` over ``texts`` after a warm-up, median of ``repeats`` passes."""
    for t in texts[:20]:
        nlp(t)
    med, runs = median_time(lambda: [nlp(t) for t in texts], repeats)
    w = words(texts)
    return {"articles": len(texts), "words": w, "seconds": med, "runs": runs,
            "articles_per_s": len(texts) / med, "words_per_s": w / med}


def in_process_spacy_tokenizer(texts: Sequence[str], repeats: int) -> dict[str, Any]:
    """The default components on spaCy's Indonesian rule tokenizer instead of ekstrak's
    regex tokenizer (Docs only), for comparison with the floor's own tokenisation."""
    import spacy

    from ekstrak.pipeline import PIPELINE, _freeze_loaded_data, _TextKeepingTokenizer

    nlp = spacy.blank("id")
    nlp.tokenizer = _TextKeepingTokenizer(nlp.tokenizer)
    for name in PIPELINE:
        nlp.add_pipe(name)
    _freeze_loaded_data(nlp)  # as get_nlp() does for its pipelines
    return _docs_timed(nlp, texts, repeats)


def per_component(texts: Sequence[str]) -> dict[str, Any]:
    """Run the pipeline by hand, timing the tokenizer and each component separately."""
    from ekstrak import article_from_doc
    from ekstrak.pipeline import get_nlp

    nlp = get_nlp()
    names = ["tokenizer", *nlp.pipe_names]
    acc = dict.fromkeys(names, 0.0)
    acc["Article model (pydantic)"] = 0.0
    perf = time.perf_counter
    for t in texts:
        t0 = perf()
        doc = nlp.make_doc(t)
        acc["tokenizer"] += perf() - t0
        for name, proc in nlp.pipeline:
            t0 = perf()
            doc = proc(doc)
            acc[name] += perf() - t0
        t0 = perf()
        article_from_doc(doc)
        acc["Article model (pydantic)"] += perf() - t0
    # One pass, every step timed in it: the shares add up to the total.
    total = sum(acc.values())
    w = words(texts)
    return {"total_s": total, "words": w,
            "components": {k: {"seconds": v, "share": v / total if total else 0.0,
                               "words_per_s": w / v if v > 0 else None} for k, v in acc.items()}}


def floor(texts: Sequence[str], repeats: int) -> dict[str, Any]:
    import spacy

    nlp = spacy.blank("id")
    for t in texts[:20]:
        nlp(t)
    med, runs = median_time(lambda: [nlp(t) for t in texts], repeats)
    w = words(texts)
    return {"articles": len(texts), "words": w, "seconds": med, "runs": runs,
            "words_per_s": w / med}


def side_by_side(texts: Sequence[str], budget_s: float, chunk: int = 20) -> dict[str, Any]:
    """ekstrak (``parse_article``), the floor (``spacy.blank("id")``) and quantulum3
    (``parser.parse`` per paragraph) on the same chunks of articles, taken in turn, until
    quantulum3 has used ``budget_s``. A shared machine that speeds up or slows down during
    the run then weighs on all three alike, so the goal ratios compare like with like."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import classifier as q_classifier
            from quantulum3 import parser
        # quantulum3's shipped unit classifier is a pickle of an old scikit-learn; with the
        # [train] extra's newer one it fails to load. Run it rule-only, as it runs without
        # scikit-learn (the configuration the earlier benchmark runs measured).
        q_classifier.USE_CLF = False
    except ImportError as exc:
        return {"error": f"quantulum3 not installed ({exc}); pip install -e '.[bench]'"}
    import spacy

    import ekstrak

    blank = spacy.blank("id")

    def quantulum(text: str) -> None:
        for para in text.split("\n"):
            if para.strip():
                parser.parse(para)

    fns: dict[str, Callable[[str], Any]] = {
        "ekstrak": ekstrak.parse_article, "floor": blank, "quantulum3": quantulum}
    acc = dict.fromkeys(fns, 0.0)
    done = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for fn in fns.values():  # warm-up
            fn(texts[0])
        for i in range(0, len(texts), chunk):
            part = texts[i : i + chunk]
            for name, fn in fns.items():
                t0 = time.perf_counter()
                for t in part:
                    fn(t)
                acc[name] += time.perf_counter() - t0
            done += len(part)
            if acc["quantulum3"] > budget_s:
                break
    w = words(texts[:done])
    return {"articles": done, "words": w, "chunk": chunk, "seconds": acc,
            "words_per_s": {k: w / v for k, v in acc.items()},
            "vs_floor": acc["floor"] / acc["ekstrak"],
            "vs_quantulum3": acc["quantulum3"] / acc["ekstrak"]}


def peer_dateparser(texts: Sequence[str], budget_s: float) -> dict[str, Any]:
    from dateparser.search import search_dates

    search_dates("pada 1 Juli 2025", languages=["id"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        done, secs = budgeted(texts, lambda t: search_dates(t, languages=["id"]), budget_s)
    w = words(texts[:done])
    return {"articles": done, "words": w, "seconds": secs, "words_per_s": w / secs}


def profile(texts: Sequence[str], dest: Path, top: int = 40) -> str:
    import cProfile
    import io
    import pstats

    import ekstrak

    ekstrak.parse_article(texts[0])
    prof = cProfile.Profile()
    prof.enable()
    for t in texts:
        ekstrak.parse_article(t)
    prof.disable()
    buf = io.StringIO()
    st = pstats.Stats(prof, stream=buf).strip_dirs()
    st.sort_stats("tottime").print_stats(top)
    st.sort_stats("cumulative").print_stats(top)
    dest.write_text(buf.getvalue())
    return buf.getvalue()


# --------------------------------------------------------------------------- report


def _fmt(x: float | None, nd: int = 0) -> str:
    if x is None:
        return "n/a"
    return f"{x:,.{nd}f}"


def _met(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**yes**" if ok else "**no**")


def _runs(b: dict[str, Any]) -> str:
    walls = b.get("all_wall_s") or [b["wall_s"]]
    return f"{len(walls)}: " + ", ".join(f"{w:.1f}" for w in walls) + " s"


def report(r: dict[str, Any]) -> str:
    ip, fl = r["in_process_1k"], r["floor"]
    sbs, dp = r["side_by_side"], r["dateparser"]
    b1, b2, b10 = r["batch_1k_j1"], r["batch_1k_j2"], r["batch_10k"]
    b1_ref = r["batch_1k_j2"] if b10["jobs"] == 2 else b1
    ek_wps = ip["words_per_s"]
    sbs_ok = "error" not in sbs
    floor_share = sbs["vs_floor"] if sbs_ok else ek_wps / fl["words_per_s"]
    vs_q = sbs["vs_quantulum3"] if sbs_ok else None
    vs_d = ek_wps / dp["words_per_s"] if "words_per_s" in dp else None
    jobs_ratio_1k = b1["wall_s"] / b2["wall_s"]
    b10j2 = r.get("batch_10k_j2")
    # Judged at scale when both 10k runs exist; the 1k ratio is reported beside it.
    jobs_ratio = b10["wall_s"] / b10j2["wall_s"] if b10j2 and b10["jobs"] == 1 else jobs_ratio_1k
    t_ratio = b10["wall_s"] / b1_ref["wall_s"]  # the 1k figure is the median of its runs
    w_ratio = r["corpus"]["words_10k"] / r["corpus"]["words_1k"]
    per_word = t_ratio / w_ratio
    # Memory at 10k: the largest single process, and the whole process tree's PSS (shared
    # pages counted once), whichever is larger, over the 10k runs.
    rss10 = max([b10["maxrss_mb"], b10.get("tree_pss_peak_mb") or 0.0]
                + ([b10j2["maxrss_mb"], b10j2.get("tree_pss_peak_mb") or 0.0] if b10j2 else []))
    r["goals"] = {
        "floor_share": {"value": floor_share, "goal": GOAL_FLOOR_SHARE, "met": floor_share >= GOAL_FLOOR_SHARE},
        "vs_quantulum3": {"value": vs_q, "goal": GOAL_VS_QUANTULUM,
                          "met": None if vs_q is None else vs_q >= GOAL_VS_QUANTULUM},
        "jobs2_speedup": {"value": jobs_ratio, "goal": GOAL_JOBS2, "met": jobs_ratio >= GOAL_JOBS2},
        "peak_rss_10k_mb": {"value": rss10, "goal": GOAL_RSS_MB, "met": rss10 < GOAL_RSS_MB},
        "linear": {"value": per_word, "goal": 1 + GOAL_LINEAR_TOL,
                   "met": per_word <= 1 + GOAL_LINEAR_TOL},
    }
    g = r["goals"]
    m = r["machine"]
    lines = [
        "# ekstrak benchmark",
        "",
        f"{m['when']} · Python {m['python']} · spaCy {m['spacy']} · {m['cpus']} CPUs · "
        f"{m['platform']} · command: `{r['command']}` · total run {r['total_s']:.0f} s",
        "",
        (f"Other processes used {100 * m['others_cpu_share']:.0f}% of the machine's CPU time "
         "during the run" if m["others_cpu_share"] is not None else "CPU use of others unknown")
        + (": **they competed with the benchmark, so timings are pessimistic and the parallel "
           "and scaling ratios unreliable.**"
           if (m["others_cpu_share"] or 0) > 0.10 else "."),
        "",
        f"Synthetic corpus: {r['corpus']['n_1k']:,} articles / {r['corpus']['words_1k']:,} words "
        f"and {r['corpus']['n_10k']:,} articles / {r['corpus']['words_10k']:,} words, recombined "
        f"from the {r['corpus']['sources']} articles in `corpus/` (seed {SEED}).",
        "",
        "| measure | value | goal | met |",
        "|---|---:|---:|:--:|",
        f"| default pipeline, in process, 1k (median of {len(ip['runs'])}) | "
        f"{_fmt(ip['articles_per_s'], 1)} articles/s · {_fmt(ek_wps)} words/s | | |",
        f"| with the optional statistical NER check (`--ner`), spaCy Docs only | "
        f"{_fmt(r['in_process_1k_ner']['articles_per_s'], 1)} articles/s · "
        f"{_fmt(r['in_process_1k_ner']['words_per_s'])} words/s "
        f"({r['in_process_1k_ner']['words_per_s'] / fl['words_per_s']:.3f} of the floor) | | |",
        f"| the default components on spaCy's rule tokenizer instead of ekstrak's, spaCy Docs only | "
        f"{_fmt(r['in_process_1k_spacy_tok']['words_per_s'])} words/s "
        f"({r['in_process_1k_spacy_tok']['words_per_s'] / fl['words_per_s']:.3f} of the floor) | | |",
        f"| tokenisation floor `spacy.blank(\"id\")`, 1k (median of {len(fl['runs'])}) | {_fmt(fl['words_per_s'])} words/s | | |",
        (f"| side by side, first {sbs['articles']} articles in chunks of {sbs['chunk']} taken in "
         f"turn: ekstrak · floor · quantulum3 `parser.parse` per paragraph | "
         f"{_fmt(sbs['words_per_s']['ekstrak'])} · {_fmt(sbs['words_per_s']['floor'])} · "
         f"{_fmt(sbs['words_per_s']['quantulum3'])} words/s | | |" if sbs_ok
         else f"| side by side with quantulum3 | {sbs['error']} | | |"),
        f"| ekstrak / floor (side by side) | {floor_share:.3f} | >= {GOAL_FLOOR_SHARE:.3f} | {_met(g['floor_share']['met'])} |",
        f"| ekstrak / quantulum3 (side by side) | {_fmt(vs_q, 1)}x | >= {GOAL_VS_QUANTULUM:.0f}x | {_met(g['vs_quantulum3']['met'])} |",
        f"| dateparser `search_dates(languages=[\"id\"])` | {_fmt(dp.get('words_per_s'))} words/s "
        f"({dp.get('articles', 0)} articles) | | |",
        f"| ekstrak / dateparser | {_fmt(vs_d, 1)}x | | |",
        f"| start-up: fresh interpreter, `import ekstrak` (bytecode compiled, as installed) + "
        f"first `parse_article` (median of "
        f"{r['startup']['repeats']}) | {r['startup']['wall_s']:.2f} s (import "
        f"{r['startup']['import_s']:.2f} s, first parse {r['startup']['first_parse_s']:.2f} s) | | |",
        f"| `ekstrak batch --jobs 1`, 1k (median of {_runs(b1)}) | {b1['wall_s']:.1f} s · {_fmt(r['corpus']['n_1k'] / b1['wall_s'], 1)} articles/s "
        f"· {b1['cpu_s']:.1f} CPU s · peak RSS {b1['maxrss_mb']:.0f} MB | | |",
        f"| `ekstrak batch --jobs 2`, 1k (median of {_runs(b2)}) | {b2['wall_s']:.1f} s · {_fmt(r['corpus']['n_1k'] / b2['wall_s'], 1)} articles/s "
        f"· {b2['cpu_s']:.1f} CPU s · peak RSS {b2['maxrss_mb']:.0f} MB largest process, "
        f"{_fmt(b2.get('tree_pss_peak_mb'))} MB PSS all processes | | |",
        f"| `--jobs 2` speed-up over `--jobs 1`, 1k (start-up is a large share) | {jobs_ratio_1k:.2f}x | | |",
        *([f"| `ekstrak batch --jobs 2`, 10k | {b10j2['wall_s']:.1f} s · "
           f"{_fmt(r['corpus']['n_10k'] / b10j2['wall_s'], 1)} articles/s · "
           f"{b10j2['cpu_s']:.0f} CPU s · peak RSS {b10j2['maxrss_mb']:.0f} MB largest process, "
           f"{_fmt(b10j2.get('tree_pss_peak_mb'))} MB PSS all processes "
           f"({_fmt(b10j2['tree_rss_peak_mb'])} MB summing RSS, shared pages counted per process) "
           f"| | |"] if b10j2 else []),
        f"| `--jobs 2` speed-up over `--jobs 1`{', 10k' if b10j2 and b10['jobs'] == 1 else ', 1k'} | "
        f"{jobs_ratio:.2f}x | >= {GOAL_JOBS2}x | {_met(g['jobs2_speedup']['met'])} |",
        f"| `ekstrak batch --jobs {b10['jobs']}`, 10k | {b10['wall_s']:.1f} s · "
        f"{_fmt(r['corpus']['n_10k'] / b10['wall_s'], 1)} articles/s · {b10['cpu_s']:.0f} CPU s "
        f"· peak RSS {b10['maxrss_mb']:.0f} MB | | |",
        f"| peak memory, 10k batches (the larger of: largest process RSS, whole tree PSS) | "
        f"{rss10:.0f} MB | < {GOAL_RSS_MB:.0f} MB | {_met(g['peak_rss_10k_mb']['met'])} |",
        f"| scaling 1k -> 10k (`--jobs {b10['jobs']}` batch wall time; 1k: the median run) | "
        f"{t_ratio:.2f}x time for "
        f"{w_ratio:.2f}x words: {per_word:.2f}x cost per word | linear (<= {1 + GOAL_LINEAR_TOL:.2f}) | "
        f"{_met(g['linear']['met'])} |",
        "",
        "Batch times are wall clock of the whole command (interpreter start, pipeline load, "
        "writing `articles.jsonl` and `records.csv`); the 10k corpus is timed through the "
        "batch subprocess only. CPU s is the user+system time of the command and its workers: "
        "equal CPU seconds for `--jobs 1` and `--jobs 2` mean the speed-up is parallelism, not "
        "one run being slowed by the machine.",
        "",
        "The floor is spaCy's Indonesian rule tokenizer, as the goal defines it. The default "
        "pipeline tokenises with ekstrak's own regex tokenizer (`ekstrak.tokenizer`; the rule "
        "components read characters, not tokens), which is the `tokenizer` row below; the row "
        "\"on spaCy's rule tokenizer\" above shows the same components on the floor's tokenizer.",
    ]
    failed = [t for t, b in (("1k j1", b1), ("1k j2", b2), ("10k", b10)) if b.get("failed")]
    if failed:
        lines += ["", f"**Warning**: some articles failed in {', '.join(failed)} (see "
                  "`benchmarks/_work/out-*/errors.jsonl`); the figures are not valid."]
    comp = r["components"]
    lines += [
        "",
        f"## Per component ({r['corpus']['n_1k']:,} articles, one pass with each step timed, "
        f"{comp['total_s']:.1f} s in all)",
        "",
        "| component | seconds | share | words/s alone |",
        "|---|---:|---:|---:|",
    ]
    for name, c in comp["components"].items():
        lines.append(f"| {name} | {c['seconds']:.2f} | {100 * c['share']:.1f}% | {_fmt(c['words_per_s'])} |")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--measure-child"]:
        _measure_child(argv[1], argv[3:])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--small", type=int, default=1000, help="articles in the small corpus")
    ap.add_argument("--large", type=int, default=10000, help="articles in the large corpus")
    ap.add_argument("--repeats", type=int, default=3, help="repeats of the in-process timings")
    ap.add_argument("--peer-budget", type=float, default=30.0,
                    help="seconds for quantulum3 in the side-by-side run, and for dateparser; both cover a prefix")
    ap.add_argument("--large-budget", type=float, default=420.0,
                    help="if 10x the 1k --jobs 1 batch time exceeds this, time 10k with --jobs 2")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="also cProfile N articles into benchmarks/_work/profile.txt")
    args = ap.parse_args(argv)

    t_start = time.perf_counter()
    busy0, own0 = _busy(), _own_cpu()
    import spacy

    WORK.mkdir(parents=True, exist_ok=True)
    log = lambda msg: print(f"[{time.perf_counter() - t_start:6.1f}s] {msg}", file=sys.stderr, flush=True)  # noqa: E731

    texts = synthetic_texts(args.large)
    small = texts[: args.small]
    dir_small = WORK / f"corpus-{args.small}"
    dir_large = WORK / f"corpus-{args.large}"
    write_corpus(small, dir_small)
    write_corpus(texts, dir_large)
    log(f"corpus: {len(small)} and {len(texts)} articles in {WORK}")
    r: dict[str, Any] = {
        "command": "make bench" if not argv else "python benchmarks/run.py " + " ".join(argv),
        "machine": {
            "when": time.strftime("%Y-%m-%d %H:%M"),
            "python": platform.python_version(),
            "spacy": spacy.__version__,
            "cpus": os.cpu_count(),
            "platform": f"{platform.system()} {platform.machine()}",
        },
        "corpus": {"n_1k": len(small), "words_1k": words(small), "n_10k": len(texts),
                   "words_10k": words(texts), "sources": len(list(CORPUS.glob("*.txt")))},
    }
    r["startup"] = startup(dir_small / "syn-00000.txt", 3)
    log(f"start-up {r['startup']['wall_s']:.2f} s")
    r["in_process_1k"] = ip = in_process(small, args.repeats)
    log(f"in process: {ip['articles_per_s']:.1f} articles/s, {ip['words_per_s']:.0f} words/s")
    r["in_process_1k_ner"] = inn = in_process_ner(small, args.repeats)
    log(f"with --ner: {inn['words_per_s']:.0f} words/s")
    r["in_process_1k_spacy_tok"] = ist = in_process_spacy_tokenizer(small, args.repeats)
    log(f"on spaCy's tokenizer: {ist['words_per_s']:.0f} words/s")
    r["components"] = per_component(small)
    log("per component done")
    r["floor"] = floor(small, args.repeats)
    log(f"floor: {r['floor']['words_per_s']:.0f} words/s")
    r["side_by_side"] = sbs = side_by_side(small, args.peer_budget)
    if "error" in sbs:
        log(sbs["error"])
    else:
        log(f"side by side on {sbs['articles']} articles: ekstrak/floor {sbs['vs_floor']:.3f}, "
            f"ekstrak/quantulum3 {sbs['vs_quantulum3']:.2f}x")
    r["dateparser"] = peer_dateparser(small, args.peer_budget)
    log(f"dateparser: {r['dateparser']['words_per_s']:.0f} words/s")
    if args.profile:
        profile(small[: args.profile], WORK / "profile.txt")
        log(f"profile in {WORK / 'profile.txt'}")

    # Median of three, taken in turn: a single run sometimes waited seconds on I/O (17.9 s
    # and 28.8 s back to back on this machine), and the best of few short runs would be
    # unfair to the single long 10k run it is compared with.
    runs: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
    for _ in range(3):
        for jobs in (1, 2):
            runs[jobs].append(batch_run(dir_small, jobs, f"1k-j{jobs}"))
            log(f"batch 1k --jobs {jobs}: {runs[jobs][-1]['wall_s']:.1f} s")
    for jobs in (1, 2):
        median = sorted(runs[jobs], key=lambda b: b["wall_s"])[len(runs[jobs]) // 2]
        median["all_wall_s"] = [b["wall_s"] for b in runs[jobs]]
        r[f"batch_1k_j{jobs}"] = median
    scale = len(texts) / len(small)
    jobs_large = 1 if scale * r["batch_1k_j1"]["wall_s"] <= args.large_budget else 2
    r["batch_10k"] = batch_run(dir_large, jobs_large, f"{args.large // 1000}k-j{jobs_large}")
    log(f"batch 10k --jobs {jobs_large}: {r['batch_10k']['wall_s']:.1f} s")
    if jobs_large == 1:
        # The parallel speed-up at scale: at 1k, ~2 s of fixed start-up (interpreter, spaCy
        # import, gazetteer) is a large share of a ~14 s run and caps the ratio near 1.75.
        r["batch_10k_j2"] = batch_run(dir_large, 2, f"{args.large // 1000}k-j2")
        log(f"batch 10k --jobs 2: {r['batch_10k_j2']['wall_s']:.1f} s")

    r["total_s"] = time.perf_counter() - t_start
    busy1 = _busy()
    r["machine"]["others_cpu_share"] = (
        None if busy0 is None or busy1 is None
        else max(0.0, busy1 - busy0 - (_own_cpu() - own0)) / (r["total_s"] * (os.cpu_count() or 1))
    )
    md = report(r)
    print(md)
    (BENCH / "results.md").write_text(md, encoding="utf-8")
    (BENCH / "results.json").write_text(json.dumps(r, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
