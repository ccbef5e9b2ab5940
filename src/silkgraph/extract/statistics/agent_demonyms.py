"""A state's demonym that premodifies the noun of another body or of a teller: "the Indian
company is to invest $120 million", "a Pakistani cabinet committee approved a segment estimated
at $158 million", "Iranian diplomats put annual trade at $2 billion", "Russian security services
detained 11 people".

The demonym says whose company, committee or diplomats these are; it does not make the state the
actor an amount measures. When such a demonym is the only actor the sentence ties to an amount of
money, the amount's owner is a body that is not an entity of the article (or a thing the teller
measures), so the extractor gives no statistic rather than the state's. The nouns are in
ontology/statistics.yaml (``demonym_agent_nouns``); a state named as a noun ("India's company")
is untouched, and so are institutions of the state itself ("the Pakistani government", "Indian
officials", ``patterns.INSTITUTION_RE``). Shares are left alone: "Israeli firms supplied 60 percent
of X's arms imports" is the supplier state's share in SIPRI's tables.
"""

from __future__ import annotations

import re
from functools import lru_cache

from silkgraph.extract.context import SentenceView
from silkgraph.model import Mention
from silkgraph.resources import load_yaml


@lru_cache(maxsize=1)
def _agent_re() -> re.Pattern[str] | None:
    nouns = load_yaml("ontology/statistics.yaml").get("demonym_agent_nouns")
    return re.compile(r"\s+(?:[a-z][\w\-]*\s+)?" + nouns + r"\b", re.I) if nouns else None


def agent_demonym(sv: SentenceView, m: Mention | None) -> bool:
    """Whether ``m`` is a demonym premodifying the noun of a body or teller other than its state."""
    if m is None or m.kind != "demonym":
        return False
    pat = _agent_re()
    return pat is not None and pat.match(sv.text, sv.rel(m.end)) is not None
