"""Context recipients found without party logic: the section's earlier recipient and a maker's
home country written as a possessor (used by ``parties._context_recipient``)."""

from __future__ import annotations

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.model import Party
from silkgraph.extract.transfers.party_patterns import PRODUCES_RE


def _earlier_section_recipient(sv: SentenceView, ctx: ArticleContext, log: list[tuple[int, str, str]],
                               lo: int, bad: set[str]) -> Party | None:
    """The recipient of the transfers told earlier in the same section, before ``lo``: the one that
    received most of them (the section's topic, not a state armed in an aside: "Y, armed with X's
    drones, retook …"), the latest of those on a tie."""
    told: dict[str, int] = {}
    for i, _s, r in reversed(log):
        if i < lo and r not in bad and ctx.sentences[i].section == sv.section \
                and all(ctx.sentences[j].section == sv.section for j in range(i, sv.index)):
            told[r] = told.get(r, 0) + 1
    if not told:
        return None
    r = max(told, key=lambda k: told[k])  # (dicts keep order: the latest first among equals)
    e = ctx.entity(r)
    return Party(r, f"recipient from context: '{e.name if e else r}', recipient of "
                    f"{'the' if told[r] > 1 else 'an'} earlier transfer{'s' if told[r] > 1 else ''} in the {sv.section} section")


def _company_home(ctx: ArticleContext, view: SentenceView, b: int) -> bool:
    """"South Africa's Paramount Group": a maker's home is no buyer (unless it produces: "India's HAL builds")."""
    if view.text[b:b + 2] not in ("'s", "’s"):
        return False
    return any(b + 2 < a <= b + 4 and ctx.etype(m.entity_id) == "company" and not PRODUCES_RE.match(view.text, e)
               for a, e, m in view.mentions_rel())
