"""The notebooks run clean top to bottom, from the repository root and from notebooks/, and
the committed copies carry small, clean outputs (scripts/run_notebooks.py saves them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, load_script

for _mod in ("nbclient", "nbformat", "ipykernel", "matplotlib", "pandas"):
    pytest.importorskip(_mod, reason=f"the notebooks need {_mod} (ekstrak[notebook])")

run_notebooks = load_script("run_notebooks")

OUT = ROOT / "out" / "notebooks"
# What each notebook must write to out/notebooks/ when it runs.
PRODUCES = {
    "01-quickstart.ipynb": ["poverty-rates.png", "vn-05.html"],
    "02-batch-and-evaluation.ipynb": ["per-indicator-dev.png", "evaluation-dev.json",
                                      "batch/records.csv"],
}


@pytest.mark.parametrize("cwd", [".", "notebooks"])
@pytest.mark.parametrize("name", run_notebooks.NOTEBOOKS)
def test_notebook_runs_clean(name: str, cwd: str) -> None:
    for f in PRODUCES[name]:
        (OUT / f).unlink(missing_ok=True)
    nb = run_notebooks.execute(ROOT / "notebooks" / name, ROOT / cwd, timeout=300)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the chart is shown
    for f in PRODUCES[name]:
        assert (OUT / f).stat().st_size > 0, f
    for f in PRODUCES[name]:
        if f.endswith(".png"):
            assert (OUT / f).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        if f.endswith(".html"):
            assert "<mark" in (OUT / f).read_text("utf-8")


@pytest.mark.parametrize("name", run_notebooks.NOTEBOOKS)
def test_committed_notebook_is_small_and_clean(name: str) -> None:
    path = ROOT / "notebooks" / name
    assert path.stat().st_size < 150_000
    nb = json.loads(path.read_text("utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))
    for c in nb["cells"]:
        assert c["metadata"] == {}  # no execution timestamps
    for c in code:
        assert c["outputs"], "saved without outputs: run `make notebooks`"
        for o in c["outputs"]:
            assert o["output_type"] != "error"
            assert len(o.get("data", {}).get("text/html", "")) <= run_notebooks.MAX_HTML


def test_old_notebook_is_gone() -> None:
    assert not (ROOT / "notebooks" / "quickstart.ipynb").exists()
    assert sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb")) == sorted(
        run_notebooks.NOTEBOOKS)


def test_notebooks_find_the_root_from_a_subfolder(tmp_path: Path) -> None:
    # The root-finding cell, run on its own from a folder below the repository.
    nb = json.loads((ROOT / "notebooks" / "01-quickstart.ipynb").read_text("utf-8"))
    cell = "".join(next(c["source"] for c in nb["cells"] if c["cell_type"] == "code"))
    import os

    here = os.getcwd()
    os.chdir(ROOT / "notebooks")
    try:
        env: dict[str, object] = {}
        exec(compile(cell, "root-cell", "exec"), env)  # noqa: S102
        assert env["ROOT"] == ROOT
        os.chdir(tmp_path)
        with pytest.raises(RuntimeError, match="corpus/ and gold/ not found"):
            exec(compile(cell, "root-cell", "exec"), {})  # noqa: S102
    finally:
        os.chdir(here)
