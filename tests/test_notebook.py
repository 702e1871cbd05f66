"""The quickstart notebook runs top to bottom (code cells executed in order)."""

from __future__ import annotations

import json
import os

import pytest
from conftest import ROOT


def test_quickstart_notebook_runs(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pandas", reason="the notebook's table cell needs pandas (dask extra)")
    nb = json.loads((ROOT / "notebooks" / "quickstart.ipynb").read_text("utf-8"))
    env: dict[str, object] = {}
    cwd = os.getcwd()
    os.chdir(ROOT / "notebooks")
    try:
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                exec(compile("".join(cell["source"]), "quickstart.ipynb", "exec"), env)  # noqa: S102
    finally:
        os.chdir(cwd)
    assert "records strict" in capsys.readouterr().out
