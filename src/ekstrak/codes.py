"""The codes of ekstrak's output, from ``data/codes.json``, and the record columns, as text.

``ekstrak codes`` prints them; ``ekstrak codes --markdown`` prints the tables that the README
carries (a test keeps the two equal), so the documentation ships with the package.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from .columns import COLUMNS

SECTIONS = ("columns", "indicators", "units")


@cache
def load_codes() -> dict[str, Any]:
    """``data/codes.json``: indicators, units, rate parts and unit rules."""
    raw = resources.files("ekstrak").joinpath("data/codes.json").read_text("utf-8")
    return json.loads(raw)  # type: ignore[no-any-return]


def indicator_codes() -> list[str]:
    return [i["code"] for i in load_codes()["indicators"]]


def unit_codes() -> list[str]:
    return [u["code"] for u in load_codes()["units"]]


def _examples(xs: list[str]) -> str:
    return ", ".join(f'"{x}"' for x in xs)


def format_text(section: str) -> str:
    """One section as aligned plain text."""
    codes = load_codes()
    if section == "columns":
        w = max(len(c.name) for c in COLUMNS)
        return "\n".join(f"{c.name:{w}s}  {c.dtype:8s} {c.meaning} (e.g. {c.example})"
                         for c in COLUMNS)
    if section == "indicators":
        w = max(len(i["code"]) for i in codes["indicators"])
        return "\n".join(f"{i['code']:{w}s}  {i['meaning']}; e.g. {_examples(i['examples'])}"
                         for i in codes["indicators"])
    if section == "units":
        w = max(len(u["code"]) for u in codes["units"])
        lines = [f"{u['code']:{w}s}  {u['group']:8s} {u['meaning']}; e.g. {_examples(u['examples'])}"
                 for u in codes["units"]]
        parts = ", ".join(f"{p['code']} ({_examples(p['examples'])})" for p in codes["rate_parts"])
        lines += ["", f"rate parts after '/': {parts}", *codes["unit_rules"]]
        return "\n".join(lines)
    raise ValueError(f"unknown section {section!r}: one of {', '.join(SECTIONS)}")


def _cell(s: str) -> str:
    return s.replace("|", "\\|")


def format_markdown() -> str:
    """All sections as Markdown tables (the README's "Output columns and codes" body)."""
    codes = load_codes()
    out = ["#### Record columns (`records.csv`, `records_frame`)", "",
           "| column | dtype | meaning | example |", "|---|---|---|---|"]
    out += [f"| `{c.name}` | {c.dtype} | {_cell(c.meaning)} | `{_cell(c.example)}` |" for c in COLUMNS]
    out += ["", "#### Indicator codes (`indicator`)", "", "| code | meaning | examples |",
            "|---|---|---|"]
    out += [f"| `{i['code']}` | {_cell(i['meaning'])} | {_cell(_examples(i['examples']))} |"
            for i in codes["indicators"]]
    out += ["", "#### Unit codes (`unit`)", "", "| code | kind | meaning | examples |",
            "|---|---|---|---|"]
    out += [f"| `{_cell(u['code'])}` | {u['group']} | {_cell(u['meaning'])} | "
            f"{_cell(_examples(u['examples']))} |" for u in codes["units"]]
    parts = ", ".join(f"`{p['code']}` ({_examples(p['examples'])})" for p in codes["rate_parts"])
    out += ["", f"Rate parts after `/`: {parts}.", ""]
    out += [f"- {_cell(rule)}" for rule in codes["unit_rules"]]
    return "\n".join(out)
