"""Test-wide settings."""

from __future__ import annotations

import os
import shutil
import tempfile
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from silkgraph.knowledge import Knowledge

_ENV = "SILKGRAPH_CACHE"
_made: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    """The gazetteer cache (silkgraph.knowledge.cache) of the tests goes to a folder of
    their own, never the user's; tests of the cache itself point it elsewhere."""
    if _ENV not in os.environ:
        folder = tempfile.mkdtemp(prefix="silkgraph-test-cache-")
        os.environ[_ENV] = folder
        _made.append(folder)


def pytest_unconfigure(config: pytest.Config) -> None:
    for folder in _made:
        shutil.rmtree(folder, ignore_errors=True)
        if os.environ.get(_ENV) == folder:
            del os.environ[_ENV]


@pytest.fixture(scope="session")
def kb() -> Knowledge:
    """The packaged gazetteer (silkgraph.knowledge.load_knowledge), loaded once for the run; a test
    module may define a ``kb`` of its own.  Imported here, after pytest_configure has pointed the
    gazetteer cache at the tests' folder."""
    from silkgraph.knowledge import load_knowledge

    return load_knowledge()
