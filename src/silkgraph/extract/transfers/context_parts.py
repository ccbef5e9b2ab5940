"""Parts of the search for a recipient from the context (``parties._context_recipient``) that
need no party logic: the section's earlier recipient, and the tests that rule a state written
nearby out as that recipient (a giver, a source or a supplier's share; a maker's home country
written as a possessor; a state governed by a preposition such as "from", "in" or "with")."""

from __future__ import annotations

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.model import Party
from silkgraph.extract.transfers.party_patterns import (
    GIVER_AFTER_RE,
    GOVERNED_CONJUNCT_RE,
    PRODUCES_RE,
    SHARE_AFTER_RE,
    SHARE_POSS_RE,
    TURNED_TO_RE,
)
from silkgraph.extract.transfers.party_words import _attributive, _is_possessive, _prev_word
from silkgraph.extract.transfers.patterns import SHARE_FOR_RE, SHARE_HOLDER_RE
from silkgraph.model import Mention
from silkgraph.resources import load_yaml

# prepositions that make a state no recipient from the context (ontology/transfers.yaml)
CONTEXT_SKIP_PREPS = frozenset(load_yaml("ontology/transfers.yaml")["context_skip_preps"])


def earlier_section_recipient(sv: SentenceView, ctx: ArticleContext, log: list[tuple[int, str, str]],
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


def company_home(ctx: ArticleContext, view: SentenceView, b: int) -> bool:
    """"South Africa's Paramount Group": a maker's home is no buyer (unless it produces: "India's HAL builds")."""
    if view.text[b:b + 2] not in ("'s", "’s"):
        return False
    return any(b + 2 < a <= b + 4 and ctx.etype(m.entity_id) == "company" and not PRODUCES_RE.match(view.text, e)
               for a, e, m in view.mentions_rel())


def giver_or_share(text: str, a: int, b: int, m: Mention, importer: bool) -> bool:
    """The state at ``a``-``b`` is written as a modifier, a giver ("China donated"), a source
    ("turned to X") or a supplier's share ("Israel for 21 percent", "France kept 25 percent",
    "21 percent for X"): no recipient (an importer demonym, "Turkmen imports", is no modifier)."""
    return bool(not importer and _attributive(text, a, b, m.text) or SHARE_AFTER_RE.match(text, b)
                or SHARE_POSS_RE.match(text, b) or TURNED_TO_RE.search(text, max(0, a - 30), a)
                or GIVER_AFTER_RE.match(text, b) or SHARE_HOLDER_RE.match(text, b)
                or SHARE_FOR_RE.search(text, max(0, a - 40), a))


def governed_by_skip_prep(text: str, a: int, b: int, importer: bool) -> bool:
    """The state at ``a``-``b`` is governed by a preposition that makes it no recipient ("from X",
    "in X", "with X", the second conjunct of "by X and Y"); a possessive or an importer demonym
    only by one other than "of" ("of X's navy" still names X)."""
    prev = _prev_word(text, a)
    if prev in ("and", "or") and GOVERNED_CONJUNCT_RE.search(text, max(0, a - 60), a):
        prev = "by"  # "by Russia and Belarus": the second conjunct is governed too
    if _is_possessive(text, b) or importer:
        return prev in CONTEXT_SKIP_PREPS - {"of"}
    return prev in CONTEXT_SKIP_PREPS
