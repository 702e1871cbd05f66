#!/usr/bin/env python3
"""Audit every regular expression ekstrak compiles for super-linear backtracking.

Collection (automatic, no hand-kept list):

* a hook on ``re`` and ``regex``'s internal compile records every pattern compiled from
  ekstrak's own code, with the source lines that compiled it, while the script imports
  every ekstrak module, calls every argument-less cached loader (the lexicons: records.json,
  dates.json, units.json, ...) and parses the corpus texts (patterns built inside the
  stages, e.g. ``re.search(r"...", s)``, are compiled then);
* a static scan (``ast``) of ``src/ekstrak`` for ``re.*``/``regex.*``/``compile_lower``
  calls: a call site the run did not reach is reported, and compiled here when its pattern
  is a literal;
* every string in ``src/ekstrak/data/*.json`` is looked up in the compiled patterns (as
  written, lower-cased by ``casefold.lower_pattern`` or escaped): a regex-looking string
  that no compiled pattern contains is reported.

Probes: for each pattern, texts built from its own alphabet: long runs of every literal
character and character-class representative it uses, runs of every word it names
(spaced, glued, capitalised), the same runs with a character it cannot match at the end,
long whitespace runs before a word and after one, digit-separator runs. Each probe is run
with ``finditer`` (a search from every position, as ``search``/``sub``/``finditer`` over a
sentence or a prefix do) and ``fullmatch``, at N = 1k, 2k, 4k, 8k characters (after a
pre-screen at 250 and 500 so that an exponential pattern stops early). A pattern is
flagged when a probe takes over 0.2 s, or when its time per character at 8k is over 3x
that at 1k (quadratic is 8x).

    .venv/bin/python scripts/audit_regexes.py [--sizes 1000,2000,4000,8000] [--json OUT]

Prints the flagged patterns, call sites not reached, data strings not compiled, and a
summary line; exits 1 when anything is flagged.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import json
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "ekstrak"
SIZES = (1000, 2000, 4000, 8000)
PRESCREEN = (250, 500)
SLOW_S = 0.2
MAX_RATIO = 3.0
# Below this many seconds at 8,000 characters a pattern costs under 125 ns a character: its
# per-character ratio is timer and collector noise, not backtracking (0.2-0.4 ms probes of
# linear patterns reached ratios of 3-3.7 on a loaded machine; a quadratic one at 4,000
# characters takes tens of milliseconds).
NOISE_FLOOR_S = 1e-3
FAIL = "\u00a7"  # a character no pattern names: every near-match fails on it
_RE_FUNCS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn",
             "split"}
# Patterns ekstrak only ever applies to a short window, so their cost per call is bounded
# whatever they do: (compiling file, a piece of the pattern, most characters, where).
# They are probed at that window's size only.
BOUNDED = [
    ("ekstrak/ner.py", r"([\p{L}\p{M}]+)\.?[ \t\u00a0]*$", 40, "ner.py: search(text, start - 40, start)"),
    ("ekstrak/quantities/lexicon.py", r"(?:sebanyak|sebesar|sejumlah|mencapai)\Z", 40,
     "quantities/lexicon.py: filler, on a 40-character before_re match"),
    ("ekstrak/units.py", r"[^\S\n]*\Z", 8, "units.py: prefix, on the 8 characters before a number"),
    ("ekstrak/dates.py", r"\s+$", 40,
     "dates.py: decree, search(text, s - 40, s); modifier_before, search(text, s - 20, s)"),
    ("ekstrak/places/lexicon.py", r"){0,2}\Z", 30,
     "places/lexicon.py: former 'before', search(text, start - 30, start)"),
]
# Modules whose import needs an optional heavy dependency; they compile no patterns.
_SKIP_MODULES = {"ekstrak.stanza_backend"}


@dataclass
class Found:
    engine: str  # "re" or "regex"
    pattern: str
    flags: int
    sites: set[str] = field(default_factory=set)
    uses: set[str] = field(default_factory=set)  # methods called on it in the run

    @property
    def bounded(self) -> tuple[int, str] | None:
        for path, piece, window, why in BOUNDED:
            if piece in self.pattern and any(x.startswith(path) for x in self.sites):
                return window, why
        return None

    @property
    def modes(self) -> tuple[str, ...]:
        """The probes that fit how it is applied (all three when the run never applied it)."""
        out = []
        if not self.uses or self.uses & _SEARCHING:
            out.append("finditer")
        if not self.uses or "match" in self.uses:
            out.append("match")
        if not self.uses or "fullmatch" in self.uses:
            out.append("fullmatch")
        return tuple(out)

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.engine, self.pattern, self.flags)

    def compiled(self) -> re.Pattern[str] | regex.Pattern[str]:
        return (re if self.engine == "re" else regex).compile(self.pattern, self.flags)


# --- collection --------------------------------------------------------------------------

_ENGINE_FILES = (str(Path(re.__file__).parent), str(Path(regex.__file__).parent), __file__)


def _ekstrak_sites(depth: int = 2) -> list[str]:
    """``file:line`` of the innermost ekstrak frames of the current call stack, when the
    pattern is compiled by ekstrak's own code (not by a library ekstrak imports)."""
    f = sys._getframe(1)
    while f is not None and f.f_code.co_filename.startswith(_ENGINE_FILES):
        f = f.f_back
    out: list[str] = []
    if f is None or not f.f_code.co_filename.startswith(str(SRC)):
        return out
    while f is not None and len(out) < depth:
        path = f.f_code.co_filename
        if path.startswith(str(SRC)):
            out.append(f"{Path(path).relative_to(SRC.parent)}:{f.f_lineno}")
        f = f.f_back
    return out


# How a pattern is applied decides which probe measures it: a search (finditer, sub, ...)
# tries every start position, match and fullmatch one.
_SEARCHING = {"search", "finditer", "findall", "sub", "subn", "split", "scanner"}
_APPLYING = _SEARCHING | {"match", "fullmatch"}


class _Watched:
    """A compiled pattern that notes which of its methods ekstrak calls."""

    __slots__ = ("_pat", "_uses")

    def __init__(self, pat: object, uses: set[str]) -> None:
        self._pat, self._uses = pat, uses

    def __getattr__(self, name: str) -> object:
        if name in _APPLYING:
            self._uses.add(name)
        return getattr(self._pat, name)


def _hook(found: dict[tuple[str, str, int], Found]) -> Callable[[], None]:
    """Record every str pattern compiled from ekstrak code; returns the undo."""
    import regex._main as regex_main  # the one function every regex entry point calls

    re_compile, rx_compile = re._compile, regex_main._compile  # type: ignore[attr-defined]

    def note(engine: str, pattern: object, flags: int) -> Found | None:
        if not isinstance(pattern, str):
            return None
        sites = _ekstrak_sites()
        if not sites:
            return None
        f = found.setdefault((engine, pattern, int(flags)), Found(engine, pattern, int(flags)))
        f.sites.update(sites)
        return f

    def wrap(f: Found | None, pat: object) -> object:
        return pat if f is None else _Watched(pat, f.uses)

    def re_hook(pattern, flags):  # type: ignore[no-untyped-def]
        if isinstance(pattern, _Watched):
            pattern = pattern._pat
        return wrap(note("re", pattern, flags), re_compile(pattern, flags))

    def rx_hook(pattern, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(pattern, _Watched):
            pattern = pattern._pat
        return wrap(note("regex", pattern, flags), rx_compile(pattern, flags, *args, **kwargs))

    re._compile = re_hook  # type: ignore[attr-defined]
    regex_main._compile = rx_hook

    def undo() -> None:
        re._compile = re_compile  # type: ignore[attr-defined]
        regex_main._compile = rx_compile

    return undo


def _cached_loaders(module: object) -> Iterable[Callable[[], object]]:
    for obj in vars(module).values():
        if not (callable(obj) and hasattr(obj, "cache_info")):
            continue
        if getattr(obj, "__module__", None) != getattr(module, "__name__", None):
            continue
        try:
            params = inspect.signature(obj).parameters.values()
        except (TypeError, ValueError):
            continue
        if all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
               for p in params):
            yield obj


# The patterns compile_lower was given, lower-cased (collect_runtime notes them).
WRITTEN: list[str] = []


def collect_runtime(texts: Iterable[str]) -> tuple[dict[tuple[str, str, int], Found], list[str]]:
    """Patterns compiled while importing ekstrak, loading its lexicons and parsing ``texts``.

    Must run before anything imports ekstrak (module-level patterns compile at import).
    """
    found: dict[tuple[str, str, int], Found] = {}
    notes: list[str] = []
    re.purge()  # patterns already in re's cache would not reach the hook
    undo = _hook(found)
    import ekstrak.casefold as casefold

    # compile_lower compiles a pattern rearranged for speed (literal_first, letter_trie):
    # the data strings are looked up in the patterns as written, lower-cased.
    lower_pattern = casefold.lower_pattern

    def noted_lower(pattern: str) -> str:
        out = lower_pattern(pattern)
        WRITTEN.append(out)
        return out

    casefold.lower_pattern = noted_lower  # type: ignore[assignment]
    try:
        import ekstrak

        modules = []
        for info in pkgutil.walk_packages(ekstrak.__path__, "ekstrak."):
            if info.name in _SKIP_MODULES:
                continue
            try:
                modules.append(importlib.import_module(info.name))
            except ImportError as exc:  # an optional extra that is not installed
                notes.append(f"not imported: {info.name} ({exc})")
        for mod in modules:
            for loader in _cached_loaders(mod):
                loader()
        for text in texts:
            ekstrak.parse_article(text)
    finally:
        undo()
        casefold.lower_pattern = lower_pattern  # type: ignore[assignment]
    return found, notes


@dataclass
class Site:
    path: str
    first: int
    last: int
    call: str
    literal: str | None  # the pattern when it is a literal string

    def covers(self, site: str) -> bool:
        path, line = site.rsplit(":", 1)
        return path == self.path and self.first <= int(line) <= self.last


def static_sites() -> list[Site]:
    """Every ``re.*``, ``regex.*`` and ``compile_lower`` call in the package source."""
    out = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        rel = str(path.relative_to(SRC.parent))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            fn = node.func
            if isinstance(fn, ast.Attribute) and isinstance(fn.value, ast.Name) \
                    and fn.value.id in ("re", "regex") and fn.attr in _RE_FUNCS:
                call = f"{fn.value.id}.{fn.attr}"
            elif isinstance(fn, ast.Name) and fn.id == "compile_lower":
                call = "compile_lower"
            else:
                continue
            arg = node.args[0]
            literal = arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) \
                else None
            out.append(Site(rel, node.lineno, node.end_lineno or node.lineno, call, literal))
    return out


def data_strings() -> dict[str, list[tuple[str, str]]]:
    """file -> (top-level key, string) for every non-documentation string in data/*.json."""
    out: dict[str, list[tuple[str, str]]] = {}

    def walk(x: object, top: str, acc: list[tuple[str, str]]) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                if not str(k).startswith("_"):
                    walk(v, top, acc)
        elif isinstance(x, list):
            for v in x:
                walk(v, top, acc)
        elif isinstance(x, str):
            acc.append((top, x))

    for path in sorted((SRC / "data").glob("*.json")):
        raw = json.loads(path.read_text("utf-8"))
        acc: list[tuple[str, str]] = []
        for k, v in raw.items():
            if not k.startswith("_"):
                walk(v, k, acc)
        out[path.name] = acc
    return out


_REGEXY = re.compile(r"\\[bBsSdDwWpZ]|\(\?|[\[\]|*+?{}^$]")


def uncompiled_data_patterns(found: Iterable[Found]) -> list[str]:
    """Regex-looking data strings that no compiled pattern contains, in any written form."""
    from ekstrak.casefold import lower_pattern
    from ekstrak.records.lexicon import _with_words

    corpus = "\n".join([f.pattern for f in found] + WRITTEN)
    records = json.loads((SRC / "data" / "records.json").read_text("utf-8"))
    out = []
    for name, items in data_strings().items():
        for key, s in items:
            if not _REGEXY.search(s):
                continue
            if name == "records.json":
                s = _with_words(s, records)  # "{bare_change_verbs}": the list it names
            forms = {s, lower_pattern(s), re.escape(s), regex.escape(s), re.escape(s.lower())}
            if not any(form in corpus for form in forms):
                out.append(f"{name} {key}: {s[:80]!r}")
    return out


# --- probes ------------------------------------------------------------------------------

# Representatives of the character classes a pattern may use.
_CLASS_CHARS = {
    r"\s": " \t\n\u00a0", r"\S": "a.", r"\w": "a7_", r"\W": " .", r"\d": "7", r"\D": "a",
    r"\p{L}": "a\u00e0", r"\p{M}": "\u0301", r"\p{N}": "7", ".": "a.", r"\b": "a ",
}
_WORDS = re.compile(r"(?<![\\{])(?<!\\[pPN]\{)[A-Za-z\u00c0-\u024f\u1e00-\u1eff]{2,}")


def alphabet(pattern: str) -> tuple[list[str], list[str]]:
    """Characters and words a pattern names: its literal characters and words, and
    representatives of its character classes."""
    chars: list[str] = []
    for cls, reps in _CLASS_CHARS.items():
        if cls in pattern:
            chars.extend(reps)
    for m in re.finditer(r"\\(.)|([^\w\s\\()?:|*+{}])", pattern):
        c = m.group(1) or m.group(2)
        if m.group(1) and c.isalnum():
            continue  # an escape class, handled above
        chars.append(c)
    chars.extend(" a7")
    words = list(dict.fromkeys(w for w in _WORDS.findall(pattern)
                               if w not in ("P", "Za", "za") and not w.isupper()))
    return list(dict.fromkeys(chars)), words


def _spread(items: list[str], k: int) -> list[str]:
    if len(items) <= k:
        return items
    step = len(items) / k
    return [items[int(i * step)] for i in range(k)]


def probes(pattern: str, max_words: int = 12, quick: bool = False
           ) -> dict[str, Callable[[int], str]]:
    """name -> builder of a probe text of about n characters (``quick``: only the runs that
    end in a failure, the ones that make a backtracking pattern try every split)."""
    chars, words = alphabet(pattern)
    out: dict[str, Callable[[int], str]] = {}

    def cyc(unit: str, tail: str = "") -> Callable[[int], str]:
        # whole repetitions: every size ends alike, so sizes compare the same work per unit
        return lambda n: unit * max(1, (n - len(tail)) // len(unit)) + tail

    for c in chars:
        out[f"run {c!r} + fail"] = cyc(c, FAIL)
        out[f"'a{c}' run + fail"] = cyc("a" + c, FAIL)
        if not quick:
            out[f"run {c!r}"] = cyc(c)
            out[f"'7{c}' run"] = cyc("7" + c)
    out["spaces then word"] = lambda n: " " * (n - 1) + "a"
    out["word then spaces"] = lambda n: "a" + " " * (n - 1)
    out["newlines + spaces"] = cyc(" \n")
    out["words + fail"] = cyc("ab ", FAIL)
    chosen = _spread(words, max_words)
    for w in chosen:
        low = w.lower()
        out[f"{low!r} spaced + fail"] = cyc(low + " ", FAIL)
        out[f"{low!r} + 7,5 run"] = cyc(low + " 7,5 ")
        if quick:
            continue
        out[f"{low!r} spaced"] = cyc(low + " ")
        out[f"{low!r} glued"] = cyc(low)
        out[f"{low.capitalize()!r} spaced"] = cyc(low.capitalize() + " ")
    for a, b in zip(chosen, chosen[1:] if not quick else [], strict=False):
        out[f"{a.lower()!r} {b.lower()!r} run"] = cyc(f"{a.lower()} {b.lower()} ")
    return out


def _cost(run: Callable[[], object]) -> float:
    """Best of a few runs (at least 2, until 2 ms in all, at most 8), in seconds."""
    best, total, runs = float("inf"), 0.0, 0
    while runs < 2 or (total < 0.002 and runs < 8):
        t0 = time.perf_counter()
        run()
        dt = time.perf_counter() - t0
        best, total, runs = min(best, dt), total + dt, runs + 1
        if dt > SLOW_S:
            break
    return best


@dataclass
class Result:
    found: Found
    probes: int = 0
    worst_s: float = 0.0
    worst_probe: str = ""
    ratio: float = 0.0
    ratio_probe: str = ""
    error: str = ""
    bounded: str = ""  # why its input is short, when it is

    def flagged(self, slow_s: float = SLOW_S, max_ratio: float = MAX_RATIO) -> bool:
        return bool(self.error) or self.worst_s > slow_s or self.ratio > max_ratio


def _run(pat: re.Pattern[str] | regex.Pattern[str], mode: str, text: str, runs: int = 0
         ) -> float:
    if mode == "finditer":
        go: Callable[[], object] = lambda: [m for m in pat.finditer(text)]  # noqa: E731
    elif mode == "match":
        go = lambda: pat.match(text)  # noqa: E731
    else:
        go = lambda: pat.fullmatch(text)  # noqa: E731
    if not runs:
        return _cost(go)
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        go()
        best = min(best, time.perf_counter() - t0)
    return best


def probe_pattern(found: Found, sizes: tuple[int, ...] = SIZES, prescreen: tuple[int, ...] =
                  PRESCREEN, max_words: int = 12, slow_s: float = SLOW_S,
                  max_ratio: float = MAX_RATIO, quick: bool = False) -> Result:
    res = Result(found)
    try:
        pat = found.compiled()
    except Exception as exc:  # noqa: BLE001 - reported, not hidden
        res.error = f"{type(exc).__name__}: {exc}"
        return res
    if found.bounded:
        sizes, prescreen = (found.bounded[0],), ()
        res.bounded = found.bounded[1]
    for name, build in probes(found.pattern, max_words, quick).items():
        for mode in found.modes:
            times: dict[int, float] = {}
            for n in (*prescreen, *sizes):
                text = build(n)
                dt = _run(pat, mode, text)
                if dt > slow_s:  # a stall of a loaded machine, or slow: look again
                    dt = min(dt, _run(pat, mode, text, runs=2))
                times[n] = dt
                res.probes += n in sizes
                if dt > res.worst_s:
                    res.worst_s, res.worst_probe = dt, f"{mode} {name} N={n}"
                if dt > slow_s:
                    break  # slow already: larger sizes only take longer
            lo, hi = sizes[0], sizes[-1]
            if lo == hi or lo not in times or hi not in times:
                continue
            ratio = (times[hi] / hi) / (times[lo] / lo)
            for _ in range(3):  # confirm with more runs before believing it: a busy
                if ratio <= max_ratio:  # machine slows some runs, never speeds one up
                    break
                times[lo] = min(times[lo], _run(pat, mode, build(lo), runs=15))
                times[hi] = min(times[hi], _run(pat, mode, build(hi), runs=7))
                ratio = (times[hi] / hi) / (times[lo] / lo)
            if times[hi] > NOISE_FLOOR_S * hi / 8000 and ratio > res.ratio:
                res.ratio, res.ratio_probe = ratio, f"{mode} {name}"
    return res


# Texts that reach pattern sites the corpus does not: a programme the article defines in
# brackets (records.article.defined_programmes builds its pattern per article).
PROBE_TEXTS = [
    "Bantuan Lansia\nLansia mendapat Asistensi Sosial Lanjut Usia Telantar (ASLUT) sebanyak "
    "18 orang. Sebanyak 30 lansia mendapat ASLUT dari APBD.",
]


def corpus_texts() -> list[str]:
    files = sorted((ROOT / "corpus").glob("*.txt"))
    return [p.read_text("utf-8") for p in files] + PROBE_TEXTS


def audit(sizes: tuple[int, ...] = SIZES, prescreen: tuple[int, ...] = PRESCREEN,
          max_words: int = 12, slow_s: float = SLOW_S, max_ratio: float = MAX_RATIO,
          quick: bool = False, texts: Iterable[str] | None = None) -> dict[str, object]:
    found, notes = collect_runtime(corpus_texts() if texts is None else texts)
    sites = static_sites()
    reached = [s for s in sites if any(s.covers(x) for f in found.values() for x in f.sites)]
    unreached = [s for s in sites if s not in reached]
    for s in unreached:  # a literal never compiled in the run: audit it all the same
        if s.literal is not None:
            engine = "regex" if s.call.startswith("regex") else "re"
            f = found.setdefault((engine, s.literal, 0), Found(engine, s.literal, 0))
            f.sites.add(f"{s.path}:{s.first} (static)")
    results = [probe_pattern(f, sizes, prescreen, max_words, slow_s, max_ratio, quick)
               for f in sorted(found.values(), key=lambda f: sorted(f.sites))]
    return {"results": results, "sites": sites, "unreached": unreached, "notes": notes,
            "uncompiled_data": uncompiled_data_patterns(found.values())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    ap.add_argument("--words", type=int, default=12, help="words probed per pattern")
    ap.add_argument("--slow", type=float, default=SLOW_S, help="seconds a probe may take")
    ap.add_argument("--max-ratio", type=float, default=MAX_RATIO,
                    help="largest allowed ratio of time per character, largest to smallest N")
    ap.add_argument("--quick", action="store_true",
                    help="only the probes that end in a failure (the test's setting)")
    ap.add_argument("--json", type=Path, help="write every pattern's figures here")
    ap.add_argument("--show", action="store_true", help="print every pattern, not only flagged")
    args = ap.parse_args()
    sizes = tuple(int(x) for x in args.sizes.split(","))
    t0 = time.perf_counter()
    prescreen = tuple(n for n in PRESCREEN if n < sizes[0])
    out = audit(sizes, prescreen, args.words, args.slow, args.max_ratio, args.quick)
    results: list[Result] = out["results"]  # type: ignore[assignment]
    flagged = [r for r in results if r.flagged(args.slow, args.max_ratio)]
    for r in results if args.show else flagged:
        mark = "FLAG" if r.flagged(args.slow, args.max_ratio) else "ok  "
        print(f"{mark} {r.found.engine:5s} worst {r.worst_s * 1e3:8.2f} ms ({r.worst_probe}); "
              f"ratio {r.ratio:5.2f} ({r.ratio_probe}) {r.error}"
              + (f"bounded: {r.bounded}" if r.bounded else ""))
        print(f"     {r.found.pattern[:160]!r}")
        print(f"     at {', '.join(sorted(r.found.sites)[:4])}; applied with "
              f"{', '.join(sorted(r.found.uses)) or 'nothing in the run'}")
    for s in out["unreached"]:  # type: ignore[attr-defined]
        print(f"not reached: {s.path}:{s.first} {s.call}"
              + (f" literal {s.literal!r}" if s.literal is not None else " (built pattern)"))
    for line in out["uncompiled_data"]:  # type: ignore[attr-defined]
        print(f"data string not compiled: {line}")
    for line in out["notes"]:  # type: ignore[attr-defined]
        print(line)
    n_probes = sum(r.probes for r in results)
    print(f"{len(results)} patterns ({sum(r.found.engine == 're' for r in results)} re, "
          f"{sum(r.found.engine == 'regex' for r in results)} regex) from "
          f"{len(out['sites'])} call sites; {n_probes} probe runs at N={args.sizes}; "  # type: ignore[arg-type]
          f"{sum(bool(r.bounded) for r in results)} bounded to a short window; "
          f"{len(flagged)} flagged; {time.perf_counter() - t0:.1f} s")
    if args.json:
        args.json.write_text(json.dumps([
            {"engine": r.found.engine, "pattern": r.found.pattern, "flags": r.found.flags,
             "sites": sorted(r.found.sites), "uses": sorted(r.found.uses), "probes": r.probes,
             "worst_s": round(r.worst_s, 5), "worst_probe": r.worst_probe,
             "ratio": round(r.ratio, 2), "ratio_probe": r.ratio_probe, "error": r.error, "bounded": r.bounded,
             "flagged": r.flagged(args.slow, args.max_ratio)} for r in results], indent=1, ensure_ascii=False))
    sys.exit(1 if flagged else 0)


if __name__ == "__main__":
    main()
