"""The state an "its" in a membership cue stands for ("its participation in the CSTO").

A possessor named just before is the owner only when the possessed noun is a decision of that
state and the "its" stands inside that noun's complement: "Armenia's decision to freeze its
participation in X".  Otherwise "its" refers to the clause's subject ("Russia opposed Georgia's
bid …, citing its participation in X": Russia); when the sentence has no state subject, the one
state it names as a possessor ("Disputes over Azerbaijan's gas have not harmed its participation
in X") before the subject of the previous sentence.  The decision nouns are data
(``its_possessor_nouns`` in ``resources/ontology/memberships.yaml``)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part
from silkgraph.extract.pronoun import IT_SUBJ_RE, it_antecedent, subject_antecedent
from silkgraph.resources import load_yaml

_NOUNS = load_yaml("ontology/memberships.yaml")["its_possessor_nouns"]
# "Armenia's decision to freeze ": the possessive, a decision noun and its "to"-complement up to "its"
DECISION_RE = re.compile(r"[’']s\s+(?:[\w\-]+\s+)?(?:" + "|".join(map(re.escape, _NOUNS)) +
                         r")\s+to\s+(?:[\w\-]+\s+){1,4}?", re.I)
POSSESSIVE_RE = re.compile(r"[’']s\s")


def its_owner(ctx: ArticleContext, sv: SentenceView, states: list[Part], pos: int) -> tuple[Part, str | None] | None:
    """The owner of the "its" at ``pos`` (a part, and how it was found when not named there)."""
    before = [p for p in states if p.end <= pos]
    last = before[-1] if before else None
    if last is not None and DECISION_RE.fullmatch(sv.text, last.end, pos):
        return last, None
    got = subject_antecedent(ctx, sv, pos)
    if got is not None and any(p.eid == got[0] for p in before):
        return Part(got[0], pos, pos), got[1].replace("'it'", "'its'")  # the clause's subject
    owners = {p.eid for p in before}
    if last is not None and len(owners) == 1 and POSSESSIVE_RE.match(sv.text, last.end):
        return last, None  # the sentence's only state, a possessor: no other candidate in it
    if got is None and (chain := _chained_it(ctx, sv)) is not None:
        return Part(chain[0], pos, pos), chain[1]
    return (Part(got[0], pos, pos), got[1].replace("'it'", "'its'")) if got is not None else None


def _chained_it(ctx: ArticleContext, sv: SentenceView) -> tuple[str, str] | None:
    """An "its" opening a sentence whose previous sentence has "it" as its subject ("X never joined
    the CSTO. In 2005 it reduced its standing in the CIS. Its memberships are ..."): what that "it"
    stands for (session 17)."""
    if sv.index == 0 or not sv.text.lstrip().startswith("Its "):
        return None
    for i in range(sv.index - 1, max(-1, sv.index - 1 - CHAIN_BACK), -1):  # "It is …. In 2005 it …. Its …"
        prev = ctx.sentences[i]
        it = IT_SUBJ_RE.search(prev.text)
        if it is None or prev.section != sv.section:
            return None
        got = it_antecedent(ctx, prev, it.end())
        if got is not None:
            return got[0], f"'Its' = the 'it' of the sentences before = {got[1]}"
    return None


CHAIN_BACK = 3  # how many sentences with an "it" subject a chain may run back through
