from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


def need_shared(path: Path = SHARED) -> Path:
    """Skip the calling test, with the reason, when ../shared is not beside the repo."""
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the shared data beside the repository")
    return path


def load_script(name: str) -> ModuleType:
    """``scripts/<name>.py`` imported as the module ``name`` (registered in ``sys.modules``:
    dataclasses of a script look their module up there)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


# Hypothesis profiles: "ci" (the default) keeps the whole suite within a few minutes, a few
# thousand generated examples in all; `pytest --hypothesis-profile=long` runs ten times more.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "ci", max_examples=100, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long", max_examples=1000, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("ci")


def examples(n: int) -> int:
    """``n`` examples under the ci profile, ten times as many under ``long``."""
    return n * 10 if settings().max_examples >= 1000 else n
