"""Test-wide settings."""

from __future__ import annotations

import os
import tempfile

# the gazetteer cache (silkgraph.knowledge.cache) of the tests goes to a folder of their
# own, never the user's; tests of the cache itself point it elsewhere
os.environ.setdefault("SILKGRAPH_CACHE", tempfile.mkdtemp(prefix="silkgraph-test-cache-"))
