"""Roles that keep a state named in an earlier sentence from being the recipient read from the
context (``parties._context_recipient``).  Goods whose sentence names only their supplier go to
the state the discourse is about: the paragraph's or the article's subject state, or a buyer
in a buying clause before them.  A state written in one of these roles is neither:

- a conjunct of a coordination of states ("In 2023, A and B signed a memorandum", "A, B and C
  all border it"): the coordination names no single buyer; when it holds the discourse's
  subject state, that state is meant, else none of its members is;
- a relation partner of another state ("Its closest partner is now X", "X remains its main
  ally", "Its partners include X and Y");
- a state contrasted with the discourse's subject ("X, by contrast, buys from Y", "By contrast,
  X …", "… whereas X buys …") whose sentence names other states, none of them the supplier of
  the goods (goods from another supplier are not what the contrasted state buys), unless the
  contrast opens its paragraph (then the paragraph is about X);
- the object of a verb other than one of arming, helping or fighting, in a clause another state
  heads ("A has angered X", "A urged X to reopen talks"; not "A armed X", "A fought X");
- a state goods are sold on to ("… was then sold on to X", "re-exported to X"; its governing
  words are read in ``context_parts.governed_by_skip_prep``), also as the recipient of a
  transfer told in the earlier sentence.

When such a role passes over every state nearby, the article's subject state is the recipient
(``topic._topic_state``).  The word lists are in ontology/transfers.yaml."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.context_parts import (
    ARTICLE_BEFORE_RE,
    CONTEXT_SKIP_PREPS,
    ONWARD_BEFORE_TO,
    _compared_to,
)
from silkgraph.extract.transfers.party_words import _prev_word
from silkgraph.extract.transfers.topic import _clause_head
from silkgraph.resources import load_yaml

_CFG = load_yaml("ontology/transfers.yaml")["context_roles"]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# the gap between two conjuncts of a coordination of states ("A, B and the C", "both A and B")
CONJ_GAP_RE = re.compile(r"\s*(?:,\s*(?:(?P<conj>and|or)\s+)?|\s(?P<conj2>and|or|as\s+well\s+as)\s+)(?:the\s+)?", re.I)
# a relation noun with a possessor: "its closest partner(s)", "Armenia's main ally"
_REL_NP = (r"(?:its|their|his|her|our|the\s+country['’]s|[A-Z][\w\-]*['’]s?)\s+(?:[\w\-]+\s+){0,3}?(?:"
           + _alt(_CFG["relation_nouns"]) + r")")
_ADV = r"(?:(?:now|still|also|today|long|already|once|increasingly|probably|arguably)\s+)*"
_COP = r"(?:(?:has|have|had)\s+" + _ADV + r")?(?:" + _alt(_CFG["relation_copulas"]) + r")"
# the coordination is the predicate after "its partners are (now)": "Its closest partners are now X, Y"
REL_BEFORE_RE = re.compile(_REL_NP + r"\s+" + _ADV + _COP + r"\s+" + _ADV + r"(?:the\s+)?$", re.I)
# … or the subject before "has become its main partner", "remains its closest ally"
REL_AFTER_RE = re.compile(r"\s+" + _ADV + _COP + r"\s+" + _ADV + _REL_NP + r"\b", re.I)
_MARK = r"(?:" + _alt(_CFG["contrast_markers"]) + r")"
# "X, by contrast,", "X's army, in contrast,": a subject marked as a contrast
CONTRAST_AFTER_RE = re.compile(r"(?:['’]s?\s+(?:[\w\-]+\s+){0,3}?[\w\-]+)?\s*,\s*" + _MARK + r"\s*,", re.I)
# "By contrast, X …" (the marker opens the sentence, past a date: "In 2023, by contrast, X …")
CONTRAST_OPEN_RE = re.compile(r"^(?:(?:in|by|since)\s+\d{4}\s*,?\s*)?" + _MARK + r"\s*,", re.I)
# "…, whereas X buys …", "…, while X relies …": the head of a contrasted clause
CONTRAST_CLAUSE_RE = re.compile(r"(?:\bwhereas|,\s+while)\s+(?:[a-z]+ly\s+)?(?:the\s+)?$", re.I)


def coordination(ctx: ArticleContext, view: SentenceView, idx: int) -> tuple[int, int]:
    """The first and last index (into ``view.mentions_rel()``) of the coordination of states
    holding the mention at ``idx`` ("A, B and the C"): (idx, idx) when it stands alone."""
    rel = view.mentions_rel()

    def state(k: int) -> bool:
        m = rel[k][2]
        return ctx.etype(m.entity_id) == "state" and m.kind != "demonym" and m.role != "place"

    def gap(j: int) -> str | None:  # the gap between mentions j and j + 1: "and", "," or None
        m = CONJ_GAP_RE.fullmatch(view.text, rel[j][1], rel[j + 1][0]) if state(j) and state(j + 1) else None
        return None if m is None else "and" if m.group("conj") or m.group("conj2") else ","

    lo = hi = idx
    joined = False  # a coordination has a conjunction before its last conjunct ("Y, X" has none)
    while hi + 1 < len(rel) and (g := gap(hi)) is not None:
        hi += 1
        if g == "and":
            joined = True
            break
    while lo > 0 and (g := gap(lo - 1)) is not None and not (g == "and" and joined):
        lo -= 1
        joined = joined or g == "and"
    return (lo, hi) if joined else (idx, idx)


def relation_partner(text: str, a: int, b: int) -> bool:
    """Whether the state (or coordination of states) at ``a``-``b`` is predicated as another
    state's partner, ally or rival: "Its closest partners are now X", "X remains its main ally"."""
    return REL_BEFORE_RE.search(text, max(0, a - 90), a) is not None or REL_AFTER_RE.match(text, b) is not None


def contrasted(text: str, a: int, b: int) -> str | None:
    """How the state at ``a``-``b`` is marked as a contrast: "subject" ("X, by contrast, …", a
    sentence opening "By contrast, X …" with X its first name), "clause" (the subject of a
    "whereas" clause), or None."""
    if CONTRAST_CLAUSE_RE.search(text, max(0, a - 30), a):
        return "clause"
    if CONTRAST_AFTER_RE.match(text, b):
        return "subject"
    m = CONTRAST_OPEN_RE.match(text)
    return "subject" if m is not None and re.fullmatch(r"\s*(?:the\s+)?", text[m.end():a], re.I) else None


def _contrast_elsewhere(ctx: ArticleContext, view: SentenceView, a: int, b: int, eid: str, opens_paragraph: bool,
                       told: set[str], suppliers: set[str]) -> bool:
    """A state marked as a contrast, in a sentence that names other states (or suppliers ``told``),
    none of them one of ``suppliers``: the later goods are not what it buys.  A contrasted subject
    opening its paragraph is the paragraph's subject ("X, by contrast, … Y supplied …")."""
    kind = contrasted(view.text, a, b)
    if kind is None or kind == "subject" and opens_paragraph:
        return False
    others = told | {m.entity_id for m in view.mentions if ctx.etype(m.entity_id) == "state"}
    others.discard(eid)
    return bool(others) and not others & suppliers


def held_role(ctx: ArticleContext, view: SentenceView, k: int, suppliers: set[str],
              opens_paragraph: bool, bad: set[str]) -> set[str] | None:
    """The states of the mention at index ``k`` of ``view.mentions_rel()`` (an earlier sentence)
    when it is written in a role that names no buyer of the goods of a sentence by ``suppliers``:
    its coordination's members, or the state alone as a relation partner, as the object of a
    verb other than one of arming or fighting in a clause another state heads (not in ``bad``),
    or as a contrast whose sentence names other states, none of them these suppliers ("X, by contrast, buys from Y and
    Z" before "W delivered S"; not before "Y delivered S", nor "X, by contrast, bought widely"
    before it: there the goods tell what the contrasted state bought).  None: no such role."""
    rel = view.mentions_rel()
    lo, hi = coordination(ctx, view, k)
    members = {rel[j][2].entity_id for j in range(lo, hi + 1)}
    if len(members) > 1:
        return members
    a, b = rel[lo][0], rel[hi][1]
    if relation_partner(view.text, a, b) or _object_of_other_verb(ctx, view, k, bad):
        return members
    if _contrast_elsewhere(ctx, view, a, b, rel[k][2].entity_id, opens_paragraph, set(), suppliers):
        return members
    return None


def paragraph_subject(ctx: ArticleContext, first: int) -> str | None:
    """The state heading the first sentence of a paragraph (``first``: its index), past a fronted
    date or adverbial ("In 2019, X …"; not a state governed by a preposition, nor one in a
    coordination of states: "X and Y signed …" has no single subject)."""
    cache: dict[int, str | None] = ctx.scratch.setdefault("transfer_paragraph_subject", {})
    if first in cache:
        return cache[first]
    out = None
    view = ctx.sentences[first]
    rel = view.mentions_rel()
    for k, (a, _b, m) in enumerate(rel):
        if ctx.etype(m.entity_id) != "state" or m.role == "place" or m.kind == "demonym":
            continue
        if PARA_LEAD_RE.fullmatch(view.text, 0, a) and coordination(ctx, view, k) == (k, k):
            out = m.entity_id
        break
    cache[first] = out
    return out


# what may stand before a paragraph's subject: a fronted date or adverbial clause, "The"
PARA_LEAD_RE = re.compile(r"(?:(?:(?:in|by|since|after|before|until)\s+[\w\s]{0,20}?\d{4}|[A-Z]\w+ly|meanwhile|today|now|"
                          + _MARK + r")\s*,?\s+)?(?:the\s+)?", re.I)


def told_away(ctx: ArticleContext, view: SentenceView, eid: str, told: set[str], suppliers: set[str],
              opens_paragraph: bool) -> bool:
    """Whether ``eid``, the recipient of a transfer told in the earlier sentence ``view`` by the
    suppliers ``told``, is no recipient of later goods by ``suppliers``: goods sold on to it
    ("… was then sold on to X") or a contrast buying from other suppliers ("By contrast, X buys
    most of its arms from Y" before "W delivered S")."""
    for a, b, m in reversed(view.mentions_rel()):
        if m.entity_id == eid:
            return onward_buyer(view.text, a) \
                or _contrast_elsewhere(ctx, view, a, b, eid, opens_paragraph, told, suppliers)
    return False


def onward_buyer(text: str, a: int) -> bool:
    """Whether the state at ``a`` is one goods are sold on to: "sold on to X", "re-exported to X"."""
    return _compared_to(text, a, ONWARD_BEFORE_TO)


OBJECT_VERBS = frozenset(_CFG["object_kept_verbs"])
# an infinitive of buying after the object: "persuaded X to buy S", "urged X to quickly order S"
BUYS_NEXT_RE = re.compile(r"\s+to\s+(?:[a-z]+ly\s+)?(?:" + _alt(_CFG["buying_infinitives"]) + r")\b", re.I)
# what may stand before a clause's subject: adverbs, fronted dates and contrast markers, "the"
SUBJECT_LEAD_RE = re.compile(r"(?:\s*(?:[a-z]+ly|meanwhile|however|then|also|now|in\s+\d{4}|" + _MARK + r")\s*,?)*\s*(?:the\s+)?",
                             re.I)


def _object_of_other_verb(ctx: ArticleContext, view: SentenceView, k: int, bad: set[str]) -> bool:
    """"A has angered X with its choices", "A asked X for help": X is the object of a verb other
    than one of arming, helping or fighting, in a clause another state (A, no supplier) heads; the
    subject, not the object, is what the discourse is about ("A fought X" keeps X: the arms a war
    story tells next may be either side's)."""
    rel = view.mentions_rel()
    a, b, m = rel[k]
    art = ARTICLE_BEFORE_RE.search(view.text, max(0, a - 6), a)
    prev = _prev_word(view.text, art.start() if art is not None else a)  # (past "the": "sold the X")
    if prev in OBJECT_VERBS or prev in CONTEXT_SKIP_PREPS or BUYS_NEXT_RE.match(view.text, b):
        return False  # (a state after a preposition is left to its governor: "the licensor of X's fleet")
    cs = _clause_head(view.text, a)
    for a0, _b0, s in rel[:k]:
        if a0 < cs or ctx.etype(s.entity_id) != "state" or s.kind == "demonym" or s.role == "place":
            continue
        return s.entity_id != m.entity_id and s.entity_id not in bad \
            and SUBJECT_LEAD_RE.fullmatch(view.text, cs, a0) is not None
    return False
