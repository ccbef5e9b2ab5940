"""A stake in a work or firm is the holding firm's: "A consortium led by X holds a 49 percent
stake in Y", "X took a 49 percent stake", "X's 20 percent stake".  The holder is a company or
organisation named as the leader of the consortium, the subject of a verb of holding
(``work_figures.stake_verbs`` in statistics.yaml) or the owner right before the figure; never
the work the stake is in.  Read only where the sentence holds "stake".
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.extract.statistics.work_cues import W, alt

# "a 49 percent stake": a share of a work or firm
STAKE_RE = re.compile(r"(?P<p>(?P<n>\d{1,2}(?:\.\d+)?)\s*(?:percent|per\s+cent|%))(?:\s+|-)(?:equity\s+)?"
                      r"(?:stake|share\s+holding|holding)\b")
# the holder before the stake: "a consortium led by X", "X holds", "X took"
_CONSORTIUM_RE = re.compile(r"\bconsortium\s+(?:led\s+by|headed\s+by|of|including|that\s+includes)\s+(?:the\s+)?$", re.I)
_HOLD_VERB_RE = re.compile(r"^\s+(?:(?:will|would|is\s+to|is\s+set\s+to|now|already)\s+)?" + alt(W["stake_verbs"])
                           + r"\s+(?:an?\s+)?(?:(?:about|some|nearly|almost|roughly|around)\s+)?$")
_POSS_RE = re.compile(r"[’']s\s+")
_HOLDER_TYPES = ("company", "organization")


def stakes(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """Each stake of the sentence with its holding firm as the subject hint (none without a holder)."""
    out: list[Stat] = []
    for st in STAKE_RE.finditer(sv.text):
        holder = None
        for a, b, m in sv.mentions_rel():
            if b > st.start() or ctx.etype(m.entity_id) not in _HOLDER_TYPES:
                continue
            gap = sv.text[b:st.start()]
            if _HOLD_VERB_RE.match(gap) or _POSS_RE.fullmatch(gap) \
                    or (_CONSORTIUM_RE.search(sv.text, max(0, a - 40), a) and st.start() - b < 160
                        and not re.search(r"[;:]", gap)):
                holder = m
        if holder is not None:
            out.append(Stat(st.start("p"), st.end("p"), float(st.group("n")), "percent", holder.entity_id, "stake"))
    return out
