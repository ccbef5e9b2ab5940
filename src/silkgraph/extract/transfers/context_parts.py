"""Parts of the search for a recipient from the context (``parties._context_recipient``) that
need no party logic: the section's earlier recipient, and the tests that rule a state written
nearby out as that recipient (a giver, a source or a supplier's share; a maker's home country
written as a possessor; a state governed by a preposition such as "from", "in" or "with")."""

from __future__ import annotations

import re

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
# words of comparison that make the state after "to" a standard, no recipient ("a near-equal to X")
COMPARISON_BEFORE_TO = frozenset(load_yaml("ontology/transfers.yaml")["comparison_before_to"])
# words that make the state after "to" an onward buyer, no recipient ("sold on to X", "re-exported to X")
ONWARD_BEFORE_TO = frozenset(load_yaml("ontology/transfers.yaml")["onward_before_to"])

# a definite article right before a state's name ("the Netherlands"): the governor stands before it
ARTICLE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
# the conjunct before a name in a coordination of names ("Romania, " / "Poland and the " before it)
CONJUNCT_BEFORE_RE = re.compile(r"(?:\b[Tt]he\s+)?\b[A-Z][\w\-’'.]*(?:\s+[A-Z][\w\-’'.]*){0,3}"
                                r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$")
# the first word of a conjunct (a capitalised preposition opening the sentence: "Unlike X and Y")
TO_RE = re.compile(r"\bto\b")
WORD_START_RE = re.compile(r"(\w+)\s+")
# … and a further conjunct after it: the name is a middle conjunct ("Romania, Poland and …")
NEXT_CONJUNCT_RE = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?[A-Z]")


def _compared_to(text: str, a: int, words: frozenset[str] = COMPARISON_BEFORE_TO) -> bool:
    """Whether the last "to" before ``a`` follows a word of comparison ("a near-equal to X"), or
    one of other ``words`` (``ONWARD_BEFORE_TO``: "sold on to X")."""
    tos = [m.start() for m in TO_RE.finditer(text, max(0, a - 80), a)]
    return bool(tos) and _prev_word(text, tos[-1]) in words


def _list_head(text: str, a: int, starts: set[int]) -> int:
    """Where the coordination of names ending in the name at ``a`` starts (at most six
    conjuncts); each conjunct must be a mention (``starts``: where the sentence's mentions
    start), so a date or a title ("In March, X and Y") is no conjunct."""
    for _ in range(6):
        m = CONJUNCT_BEFORE_RE.search(text, max(0, a - 50), a)
        if m is None:
            break
        first = WORD_START_RE.match(text, m.start())
        word = first.group(1).lower() if first is not None else ""
        name = first.end() if first is not None and (word == "the" or word in CONTEXT_SKIP_PREPS) else m.start()
        if name not in starts:
            break
        if word in CONTEXT_SKIP_PREPS:
            return name  # a capitalised preposition opening the sentence: "Unlike X and Y"
        a = m.start()
    return a


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


def governed_by_skip_prep(text: str, a: int, b: int, importer: bool,
                          mentions: list[tuple[int, int, Mention]] | None = None) -> bool:
    """The state at ``a``-``b`` is governed by a preposition that makes it no recipient ("from X",
    "in X", "with X", the second conjunct of "by X and Y", any later conjunct of "from X, Y and
    the Z", past an article: "from the United Kingdom"; "to X" after a word of comparison: "a
    near-equal to X", or of onward sale: "sold on to X", "re-exported to X"); a possessive or an importer demonym
    only by one other than "of" ("of X's navy" still names X). ``mentions`` (the sentence's,
    offsets into ``text``) tell which capitalised words before a conjunct are names."""
    art = ARTICLE_BEFORE_RE.search(text, max(0, a - 6), a)
    if art is not None:  # "from the United Kingdom", "and the Czech Republic": the article governs nothing
        a = art.start()
    prev = _prev_word(text, a)
    if prev in ("and", "or") and GOVERNED_CONJUNCT_RE.search(text, max(0, a - 60), a):
        prev = "by"  # "by Russia and Belarus": the second conjunct is governed too
    elif prev in ("and", "or") or "," in text[max(0, a - 3):a] and NEXT_CONJUNCT_RE.match(text, b):
        # a later conjunct of a list the preposition governs: "from Romania, Poland and the Netherlands"
        head = _list_head(text, a, {x for x, _e, _m in mentions or ()})
        if head < a and _prev_word(text, head) in CONTEXT_SKIP_PREPS | {"to"}:
            prev = _prev_word(text, head)
    if prev == "to" and (_compared_to(text, a) or _compared_to(text, a, ONWARD_BEFORE_TO)):
        return True  # "a near-equal to X", "second only to X": a standard of comparison; "sold on to X"
    if _is_possessive(text, b) or importer:
        return prev in CONTEXT_SKIP_PREPS - {"of"}
    return prev in CONTEXT_SKIP_PREPS
