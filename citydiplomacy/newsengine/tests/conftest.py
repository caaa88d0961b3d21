from pathlib import Path

import pytest


def shared_dir() -> Path | None:
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "pyproject.toml").exists():
            shared = parent.parent / "shared"
            return shared if shared.is_dir() else None
    return None


@pytest.fixture
def shared():
    d = shared_dir()
    if d is None:
        pytest.skip("../shared (evaluation data) is not next to the repository")
    return d
