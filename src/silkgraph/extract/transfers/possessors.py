"""The possessor of a transfer's goods or trigger: "Y's S", "its S" (the pronoun's antecedent),
"Y's acquisition of", "Turkish deliveries", "that country's purchase"."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.model import Item, Party
from silkgraph.extract.transfers.parties import _antecedent, _is_possessive, _subject, mention_party
from silkgraph.extract.transfers.patterns import OWNER_RE

COUNTRY_POSS_RE = re.compile(r"\b(?:that|the\s+same|this|the\s+latter)\s+(?:country|state)['’]s\s+$", re.I)
CLAUSE_HEAD_RE = re.compile(r"(?:^|[;:,]|\b(?:and|but|while|although|as|when|after))\s*(?:the\s+)?$")


def np_owner(sv: SentenceView, ctx: ArticleContext, it: Item) -> Party | None:
    """The possessor of the system's noun phrase: "Y's S", "its S" (the pronoun's antecedent:
    the subject before it in the sentence, else a state of the previous sentence)."""
    head = sv.text[max(0, it.start - 45):it.start]
    m = OWNER_RE.search(head)
    if m is None:
        return None
    pos = it.start - len(head) + m.start()
    if m.group("pron"):
        p = _subject(sv, ctx, pos)
        if p is not None:
            return Party(p.eid, f"antecedent of '{m.group('pron')}' before the {it.mention.text if it.mention else it.system}")
        return _antecedent(sv, ctx, pos + len(m.group("pron")))
    for _a, b, mm in sv.mentions_rel():
        if b == pos + len(m.group("name")) and ctx.etype(mm.entity_id) == "state" and mm.role != "place":
            return Party(mm.entity_id)
    return None


def _possessor(sv: SentenceView, ctx: ArticleContext, trig: int) -> Party | None:
    """"Y's acquisition of", or a demonym right before the noun: "Turkish deliveries"; "that
    country's purchase": the state named last before the phrase."""
    if "country" in sv.text:
        cm = COUNTRY_POSS_RE.search(sv.text, max(0, trig - 30), trig)
        if cm is not None:
            # (not the subject of the phrase's own clause: "X criticised that country's purchase")
            states = [m for a, b, m in sv.mentions_rel() if b <= cm.start() and m.kind != "demonym"
                      and ctx.etype(m.entity_id) == "state" and m.role != "place"
                      and not (CLAUSE_HEAD_RE.search(sv.text, 0, a) and not re.search(r"[,;:]", sv.text[b:cm.start()]))]
            if states:
                return Party(states[-1].entity_id, f"'{cm.group().strip()}' refers to {states[-1].text}")
    for _a, b, m in reversed(sv.mentions_rel()):
        if b > trig:
            continue
        if _is_possessive(sv.text, b) and len(sv.text[b:trig].split()) <= 3:
            return mention_party(ctx, m)
        if m.kind == "demonym" and ctx.etype(m.entity_id) == "state" \
                and re.fullmatch(r"\s+(?:[a-z][\w\-]*\s+)?", sv.text[b:trig]):
            return Party(m.entity_id)
        return None
    return None
