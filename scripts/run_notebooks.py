"""Execute the notebooks in ``notebooks/`` and, with ``--save``, store them with clean outputs.

    python scripts/run_notebooks.py            # run each notebook, report errors
    python scripts/run_notebooks.py --save     # ... and write the executed notebooks back
    python scripts/run_notebooks.py --cwd notebooks

Notebooks run in a Jupyter kernel of this interpreter (ipykernel, nbclient: the
``ekstrak[notebook]`` extra). Saved outputs are kept small and reproducible: no execution
timestamps or kernel metadata, execution counts renumbered, and large HTML outputs dropped
where a plain-text one stands beside them. ``tests/test_notebooks.py`` uses the same
functions.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ("01-quickstart.ipynb", "02-batch-and-evaluation.ipynb")
#: HTML outputs larger than this (characters) are dropped when text/plain is there too.
MAX_HTML = 20_000


def execute(path: Path, cwd: Path, timeout: int = 600) -> nbformat.NotebookNode:
    """Run every cell of the notebook at ``path`` with ``cwd`` as the kernel's folder.

    Raises ``nbclient.exceptions.CellExecutionError`` on the first failing cell.
    """
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(cwd)}})
    client.execute()
    return nb


def clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Strip what changes from run to run or only adds bulk."""
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    count = 0
    for cell in nb.cells:
        cell.metadata = {}
        if cell.cell_type != "code":
            continue
        count += 1
        cell.execution_count = count
        for out in cell.get("outputs", []):
            if "execution_count" in out:
                out["execution_count"] = count
            if "metadata" in out:
                out["metadata"] = {}
            data = out.get("data", {})
            if len(data.get("text/html", "")) > MAX_HTML and "text/plain" in data:
                del data["text/html"]
    return nb


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", default=list(NOTEBOOKS), help="notebook file names")
    ap.add_argument("--save", action="store_true", help="write the executed notebooks back")
    ap.add_argument("--cwd", type=Path, default=ROOT, help="the kernel's working folder")
    args = ap.parse_args(argv)
    for name in args.names:
        path = ROOT / "notebooks" / name
        nb = clean(execute(path, args.cwd.resolve()))
        if args.save:
            nbformat.write(nb, path)
        print(f"{name}: ran clean ({sum(c.cell_type == 'code' for c in nb.cells)} code cells)"
              + (", saved" if args.save else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
