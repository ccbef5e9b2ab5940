"""Foreign goods told by their owner alone: "Azerbaijan's Harop drones struck …", "Baku's
Israeli-made Harop loitering munitions", "Pakistan says its J-10Cs …".

A named weapon system possessed by a state ("Y's S", "its S" with a state antecedent) whose maker
is another state (an origin modifier such as "Israeli-made", else the gazetteer's origin) is in
that state's service: the maker supplied it.  No verb states the transfer, so the fact carries no
date or count of its own, and it is told only when no rule of the sentence has already tied the
goods to a transfer and the article holds no transfer of those goods between those states.

Not when the clause after the noun phrase denies the goods' arrival or tells a fate that kept
them from the owner ("Y's S were never delivered", "… were withheld", "… are still awaiting
delivery": ``unfulfilled.unfulfilled_after``).

Not when the possessed noun phrase names a deal, a programme or a product line rather than the
goods ("Y's S deal", "Y's S programme", "Y's S production"): a deal's own words tell its status,
and a programme may be one the owner only joined or left.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.lexicon import Lexicon
from silkgraph.extract.transfers.makers import gazetteer_origin, maker_modifier
from silkgraph.extract.transfers.merge import same_family
from silkgraph.extract.transfers.possessors import np_owner
from silkgraph.extract.transfers.systems import find_items
from silkgraph.extract.transfers.unfulfilled import unfulfilled_after
from silkgraph.model import Fact

# the head of the possessed noun phrase names something other than the goods themselves
NOT_GOODS_AFTER_RE = re.compile(
    r"\s+(?:[\w\-’']+\s+){0,2}?(?:deals?|contracts?|orders?|programmes?|programs?|projects?|purchases?|acquisitions?|"
    r"procurement|sales?|exports?|bids?|plans?|production|producers?|makers?|manufacturers?|designs?|developers?|"
    r"development|versions?|variants?|copies|copy|clones?|counterparts?|equivalents?|rivals?|competitors?|"
    r"licen[cs]es?|tenders?|requests?|offers?|negotiations|talks|consortium|partnership|participation|"
    r"industry|factory|plant|line)\b", re.I)
# a verb or a preposition before the head: the noun is no part of the goods' noun phrase ("S struck a deal")
VERB_WORD_RE = re.compile(r"\b(?:was|were|is|are|has|have|had|struck|signed|made|won|to|in|of|for|with|by|from|and|"
                          r"that|which|\w+ed)\b", re.I)


def possessed_goods(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, low: str | None,
                    claimed: set[int]) -> list[Fact]:
    """Transfers told by a state's possession of foreign goods in ``sv`` (items whose start is in
    ``claimed`` are tied to a transfer already)."""
    if "'s " not in sv.text and "’s " not in sv.text and "its " not in sv.text and "their " not in sv.text:
        return []
    out: list[Fact] = []
    for it in find_items(sv, ctx, lex, low):
        if it.category or it.start in claimed or it.why:
            continue
        head = NOT_GOODS_AFTER_RE.match(sv.text, it.end)
        if head is not None and not VERB_WORD_RE.search(head.group(0)):
            continue
        if unfulfilled_after(sv.text, it.end):
            continue  # "Y's S were never delivered", "Y's S were withheld": not in Y's service
        owner = np_owner(sv, ctx, it)
        if owner is None or ctx.etype(owner.eid) != "state":
            continue
        if owner.why and not any(b <= it.start and m.entity_id == owner.eid and m.kind != "demonym"
                                 for _a, b, m in sv.mentions_rel()):
            continue  # "its S": only a state named before it in the sentence (a pronoun read from afar is too weak)
        supplier = maker_modifier(sv, ctx, it)
        if supplier is None or supplier.eid == owner.eid:  # ("Y's S": the possessive is no maker here)
            supplier = gazetteer_origin(ctx, it)
        if supplier is None or ctx.etype(supplier.eid) != "state" or supplier.eid == owner.eid:
            continue
        if any(g.args.get("supplier") == supplier.eid and g.args.get("recipient") == owner.eid
               and same_family(ctx, str(g.args.get("system")), it.system)
               for g in ctx.scratch.get("transfers", [])):
            continue  # told already
        inf = {"supplier": supplier.why} if supplier.why else {}
        if owner.why:
            inf["recipient"] = owner.why
        inf["status"] = "the state's own goods of foreign make: in its service"
        f = ctx.fact("arms_transfer", sv, {"supplier": supplier.eid, "recipient": owner.eid, "system": it.system,
                                           "status": "in_service"}, sv.abs(it.start), inferences=inf)
        ctx.scratch.setdefault("transfers", []).append(f)
        ctx.scratch.setdefault("transfer_possessed", set()).add(id(f))
        out.append(f)
    return out


__all__ = ["possessed_goods"]
