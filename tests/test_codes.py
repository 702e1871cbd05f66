"""Shipped documentation: the codes data file, ``ekstrak codes``, the README tables, py.typed."""

from __future__ import annotations

import json
import re
from importlib import resources

from click.testing import CliRunner
from conftest import ROOT, SHARED

from ekstrak.cli import cli
from ekstrak.codes import format_markdown, indicator_codes, load_codes, unit_codes
from ekstrak.columns import RECORD_COLUMNS


def _data(name: str) -> dict:
    return json.loads(resources.files("ekstrak").joinpath(f"data/{name}").read_text("utf-8"))


def test_every_indicator_the_rules_emit_is_documented() -> None:
    emitted = {rule["indicator"] for rule in _data("records.json")["indicators"]}
    assert emitted <= set(indicator_codes())
    assert len(indicator_codes()) == len(set(indicator_codes()))


def test_spec_indicator_codes_are_all_documented() -> None:
    spec = SHARED / "SPEC.md"
    if not spec.exists():
        import pytest

        pytest.skip(f"{spec} is absent: the SPEC check needs ../shared beside the repository")
    section = spec.read_text("utf-8").split("## 5.")[1].split("## 6.")[0]
    codes = set(re.findall(r"^\| ([a-z_]+) \|", section, flags=re.M)) - {"code"}
    assert codes and codes == set(indicator_codes())


def test_every_unit_code_the_lexicons_emit_is_documented() -> None:
    units = _data("units.json")
    documented = set(unit_codes())
    emitted = {v if isinstance(v, str) else v[0] for v in units["counted_nouns"].values()}
    for key in ("percent", "percent_points", "points", "times"):
        emitted |= {v if isinstance(v, str) else v[0] for v in units[key].values()}
    assert emitted <= documented, emitted - documented
    # Currencies: the three of the SPEC have rows; the rest follow the ISO 4217 rule.
    currencies = set(units["currency_prefix"].values()) | set(units["currency_suffix"].values())
    assert {"VND", "IDR", "USD"} <= documented
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in currencies)
    assert any("ISO 4217" in rule for rule in load_codes()["unit_rules"])


def test_codes_command_prints_everything() -> None:
    res = CliRunner().invoke(cli, ["codes"])
    assert res.exit_code == 0, res.output
    for word in (*RECORD_COLUMNS, *indicator_codes(), "household", "VND/household/year"):
        assert word in res.output
    one = CliRunner().invoke(cli, ["codes", "units"])
    assert one.exit_code == 0 and "== " not in one.output and "hectare" in one.output
    data = json.loads(CliRunner().invoke(cli, ["codes", "--json"]).output)
    assert [c["name"] for c in data["columns"]] == RECORD_COLUMNS
    assert [i["code"] for i in data["indicators"]] == indicator_codes()


def test_readme_carries_the_codes_tables() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert format_markdown() in readme, "README tables are stale: paste `ekstrak codes --markdown`"


def test_package_is_typed() -> None:
    assert resources.files("ekstrak").joinpath("py.typed").is_file()
    # (tomllib is 3.11+; the package-data line is read as text.)
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    line = pyproject.split("[tool.setuptools.package-data]")[1].strip().splitlines()[0]
    assert line.startswith("ekstrak = [") and '"py.typed"' in line
