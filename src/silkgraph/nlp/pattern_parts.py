"""Named parts of a regular expression kept once in a resource file: a pattern writes ``<<name>>``
where a shared piece goes (a word list two triggers use, the verbs of a relation), and
``fill_parts`` writes the pieces out before the pattern is compiled; a part may name another part.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_PART_RE = re.compile(r"<<(\w+)>>")


def fill_parts(pattern: str, parts: Mapping[str, Any]) -> str:
    """``pattern`` with each ``<<name>>`` replaced by ``parts[name]``, until none is left."""
    while (m := _PART_RE.search(pattern)) is not None:
        pattern = pattern[:m.start()] + str(parts[m.group(1)]) + pattern[m.end():]
    return pattern
