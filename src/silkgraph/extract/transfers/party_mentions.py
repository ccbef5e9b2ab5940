"""The state a mention stands for as a party to a transfer, for ``transfers.parties``.

A state stands for itself; an official, a firm or an organisation for its country (not a
source such as a news agency); a capital for its government only as "officials in Yerevan";
a demonym names a buyer only heading a state institution ("the Tajik army"), not a producer
("its Romanian yard"); a state heading the aid a sentence is about ("Russian military aid")
is the giver of goods handed over with no agent.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.lexicon import lexicon
from silkgraph.extract.transfers.model import Party
from silkgraph.model import Mention

OFFICIALS_IN_RE = re.compile(r"\b(?:officials|authorities|government|leaders|leadership|diplomats|"
                             r"ministry|negotiators)\s+in\s+$", re.I)
INSTITUTION_RE = re.compile(r"^\s+(?:\w+\s+)?(?:minister|president|prime\s+minister|officials|government|authorities|military|forces|army|navy|"
                            r"border\s+(?:guards?|service|troops)|coast\s+guard|national\s+guard|"
                            r"air\s+force|leaders|troops|president|side|ministry|state|defen[cs]e\s+ministry|"
                            r"(?:arms\s+|defen[cs]e\s+)?(?:firms?|companies|company|manufacturers?|makers?|contractors?|"
                            r"industry|industries|exporters?|suppliers?|yards?|shipyards?|shipbuilders?))\b",
                            re.I)
# producers among the institutions: "its Romanian yard", "the Spanish line", "a Turkish firm" make or
# sell goods; a demonym heading one of them names no buyer
PRODUCER_HEAD_RE = re.compile(r"^\s+(?:\w+\s+)?(?:(?:arms|defen[cs]e)\s+)?(?:firms?|compan(?:y|ies)|manufacturers?|makers?|"
                              r"contractors?|industry|industries|exporters?|suppliers?|yards?|shipyards?|shipbuilders?|"
                              r"plants?|factory|factories|lines?|works|facilit(?:y|ies)|supplies)\b", re.I)
OWN_PRONOUN_RE = re.compile(r"\b(?:its|their|his|her|our)\s+$", re.I)


def buyer_demonym(text: str, a: int, b: int) -> bool:
    """A demonym that can name a buyer: it heads a state institution ("the Tajik army"), not a
    producer ("its Romanian yard") nor anything owned by another ("its Spanish line")."""
    return bool(INSTITUTION_RE.match(text[b:b + 30])) and not PRODUCER_HEAD_RE.match(text[b:b + 40]) \
        and not OWN_PRONOUN_RE.search(text, max(0, a - 8), a)


# a state heading the aid a sentence is about: "Russian military aid", "Ankara's donations"
AID_AFTER_RE = re.compile(r"(?:['’]s?)?\s+(?:(?:military|defen[cs]e|security|arms|weapons|free|new|further|"
                          r"steady|modest)\s+){0,2}(?:aid|assistance|donations?|gifts?|largesse|help)\b", re.I)


def _aid_giver(sv: SentenceView, ctx: ArticleContext, before: int) -> Party | None:
    """"Russian military aid has been steady: 60 S were handed over": the giver of the aid
    named before the system supplies goods handed over without an agent."""
    for _a, b, m in sv.mentions_rel():
        if b > before:
            break
        if ctx.etype(m.entity_id) == "state" and m.role != "place" and AID_AFTER_RE.match(sv.text, b):
            return Party(m.entity_id, f"giver of the aid the sentence is about ('{m.text}')")
    return None


def mention_party(ctx: ArticleContext, m: Mention) -> Party | None:
    """The state a mention stands for (an organisation or firm stands for its country)."""
    if ctx.text[m.end:m.end + 1] == "$":
        return None  # "US$ 1.6 billion" is money, not the United States
    if m.role == "place":
        return _seat_of_power(ctx, m)
    t = ctx.etype(m.entity_id)
    if t == "state":
        return Party(m.entity_id)
    if t == "person":  # "Defence Minister X signed …": an official acts for the state
        e = ctx.entity(m.entity_id)
        if e is not None and e.country and ctx.entity(f"state:{e.country}") is not None \
                and ctx.etype(f"state:{e.country}") == "state":
            return Party(f"state:{e.country}", f"state of {e.name}")
        return None
    if t in ("organization", "company", "armed_group"):
        e = ctx.entity(m.entity_id)
        if t == "armed_group":
            return Party(m.entity_id)
        if e is not None and str(e.attrs.get("kind") or "") in lexicon().non_party_org_kinds:
            return None  # "SIPRI records …", "according to Reuters": a source, not a party
        if e is not None and (state := ctx.state_of(e)) is not None:
            return Party(state, f"country of {e.name}")
    return None


def _seat_of_power(ctx: ArticleContext, m: Mention) -> Party | None:
    """"officials in Yerevan": a capital standing for its government."""
    if not OFFICIALS_IN_RE.search(ctx.text[max(0, m.start - 40):m.start]):
        return None
    try:
        state = ctx.kb.capital_of(m.entity_id)
    except AttributeError:
        return None
    return Party(state, f"government seated in {m.text}") if state else None


def _capital_party(ctx: ArticleContext, m: Mention) -> Party | None:
    try:
        state = ctx.kb.capital_of(m.entity_id)
    except AttributeError:
        return None
    return Party(state, f"government seated in {m.text}") if state else None
