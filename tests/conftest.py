from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


def need_shared(path: Path = SHARED) -> Path:
    """Skip the calling test, with the reason, when ../shared is not beside the repo."""
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the shared data beside the repository")
    return path
