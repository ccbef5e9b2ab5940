"""The knowledge layer: gazetteers as data (CSV under ``resources/gazetteer``), a loader
with user overlays, and a fast matcher.

>>> from silkgraph.knowledge import load_knowledge
>>> kb = load_knowledge()
>>> [m.candidates[0][0] for m in kb.find("Pakistan's JF-17s")]
['state:PAK', 'wpn:jf-17']
"""

from .kb import Knowledge, load_knowledge
from .loader import ALIAS_FLAGS, ALIAS_KINDS, ID_PREFIX, AliasRecord, KnowledgeError
from .matcher import Match
from .normalise import fold, normalise, slugify

__all__ = [
    "ALIAS_FLAGS",
    "ALIAS_KINDS",
    "ID_PREFIX",
    "AliasRecord",
    "Knowledge",
    "KnowledgeError",
    "Match",
    "fold",
    "load_knowledge",
    "normalise",
    "slugify",
]
