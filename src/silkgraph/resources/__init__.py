"""Package data: gazetteers, ontology and reference tables (CSV/YAML), read with
importlib.resources so they work from a wheel, an sdist or a checkout."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


def read_text(relpath: str) -> str:
    """Text of a resource file, e.g. ``read_text("ontology/events.yaml")``."""
    return (resources.files("silkgraph.resources") / relpath).read_text(encoding="utf-8")


@lru_cache(maxsize=64)
def load_yaml(relpath: str) -> Any:
    try:
        return yaml.safe_load(read_text(relpath))
    except yaml.YAMLError as e:  # pragma: no cover - shipped data is tested
        raise ValueError(f"silkgraph/resources/{relpath}: invalid YAML: {e}") from e
