"""Shared test setup: headless Qt, the slow-test switch, and paths to real files."""

from __future__ import annotations

import os
from pathlib import Path

# Before any Qt import: the suite needs no display, in CI or on a fresh machine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"
SEED_ARTICLE = SHARED_DIR / "seeds" / "000_06db45141b4f57c5.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="also run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow") or os.environ.get("INROADS_SLOW") == "1":
        return
    skip_slow = pytest.mark.skip(reason="slow: run with --run-slow or INROADS_SLOW=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip_slow)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def sample_path() -> Path:
    from gui.core.storage.resources import sample_path as bundled_sample

    return bundled_sample()


@pytest.fixture(scope="session")
def seed_article() -> Path:
    if not SEED_ARTICLE.is_file():
        pytest.skip("the shared seed article is not available here")
    return SEED_ARTICLE
