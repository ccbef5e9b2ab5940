"""Package data: gazetteers, ontology and reference tables (CSV/YAML), read with
importlib.resources so they work from a wheel, an sdist or a checkout."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

# libyaml's parser when PyYAML has it (ten times faster, same data), else the pure-Python one
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_text(relpath: str) -> str:
    """Text of a resource file, e.g. ``read_text("ontology/events.yaml")``."""
    return (resources.files("silkgraph.resources") / relpath).read_text(encoding="utf-8")


@lru_cache(maxsize=64)
def load_yaml(relpath: str) -> Any:
    try:
        return yaml.load(read_text(relpath), Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as e:  # pragma: no cover - shipped data is tested
        raise ValueError(f"silkgraph/resources/{relpath}: invalid YAML: {e}") from e
