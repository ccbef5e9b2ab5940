"""The subject of a percentage that tells a change of a measure with no actor tied to it.

"Deaths from terrorism grew by 45 percent in 2024", "the allocation was raised by about 28 percent",
"attacks were 30 percent fewer than in 2013": the sentence names the measure (deaths, attacks, an
allocation) but no actor that owns it, so the figure was dropped with no subject.  Such a change is
told of the place the article is about; measured over the development golds (twenty-fourth
session), these figures given the article's main state were right in 8 of 10 cases, where
percentages with no actor in general (shares "of the river's flow", "of respondents") were right
in under half.  A share of a whole ("N percent of X") or a level ("rose to N percent") is no change.
A clause that names the measure's owner before the figure ("the region's oil output", "production at
a company", "unemployment in the province", "volumes on the route") tells that owner's change, not the
state's: it is refused.  The measure is the noun phrase the clause tells the change of.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.patterns import DATA, Stat

_HEDGE = r"(?:" + DATA["measure_change_hedges"] + r"\s+)?"
# "rose 18 percent", "fell by 12 percent", "were up 11 percent", "grew by about 7 percent"
VERB_BEFORE_RE = re.compile(r"\b" + DATA["measure_change_verbs"] + r"\s+(?:by\s+)?" + _HEDGE + r"$", re.I)
# "raised the defence allocation for 2000-01 by about 28 percent": "by" after a change verb of the clause
BY_BEFORE_RE = re.compile(r"\bby\s+" + _HEDGE + r"$", re.I)
VERB_RE = re.compile(r"\b" + DATA["measure_change_verbs"] + r"\b", re.I)
# "an increase of about 9 percent", "a fall of 4 percent"
NOUN_OF_BEFORE_RE = re.compile(r"\b" + DATA["change_nouns"] + r"\s+of\s+" + _HEDGE + r"$", re.I)
# "22 percent lower", "30 percent fewer", "a 35 percent increase on 2013"
AFTER_RE = re.compile(r"[\s-]+" + DATA["measure_change_after"], re.I)
# "fell by 20 percent of its value": a share of a whole, not a change
SHARE_AFTER_RE = re.compile(r"\s+of\b", re.I)
# "the region's output", "unemployment in the province", "volumes on the route": an owner other than a state
OWNER_NOUN_RE = re.compile(r"\b" + DATA["measure_change_owner_nouns"] + r"\b", re.I)
# "Samarkand's exports", "the company's sales": a possessive (whose owner, unless a state, is not the state)
POSSESSIVE_RE = re.compile(r"\b\w[\w\-]*['’]s?(?=\s)|\b\w+s['’](?=\s)")
# "production at KazMunayGas", "exports from Navoi": a proper name after a preposition
NAMED_AFTER_PREP_RE = re.compile(r"\b(?:at|in|on|of|by|from|for)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|"
                                r"July|August|September|October|November|December|Q[1-4])\b)(?-i:[A-Z])", re.I)
# the measure before the cue of its change: "fruit exports by road (jumped 16 percent)"
LEAD_RE = re.compile(r"^[\s,;:—–\-]*(?:(?:and|but|while|whereas|although|though|that|meanwhile)\s+)*(?:the\s+)?", re.I)
AUX_END_RE = re.compile(r"\s*\b(?:(?:was|were|is|are|has|have|had)(?:\s+been)?|showed|shows|saw|sees|recorded|records|"
                        r"posted|posts|registered|registers)\s*$", re.I)
PRONOUN_RE = re.compile(r"^(?:it|they|this|that|these|those|which|he|she|we|there)$", re.I)


def tells_change(text: str, lo: int, st: Stat) -> bool:
    """Whether the percentage ``st`` (in the clause starting at ``lo``) is the size of a change."""
    if st.unit != "percent" or SHARE_AFTER_RE.match(text, st.end):
        return False
    head = text[max(lo, st.start - 60):st.start]
    if VERB_BEFORE_RE.search(head) or NOUN_OF_BEFORE_RE.search(head):
        return True
    if BY_BEFORE_RE.search(head) and VERB_RE.search(text, lo, st.start):
        return True
    return AFTER_RE.match(text, st.end) is not None


# "According to the X Index, …", "The X Institute recorded 1,206 attacks, 30 percent fewer": the source
# of the figure, not the measure's owner
SOURCE_RE = re.compile(r"\baccording\s+to\b[^,;]*,|\b(?:" + DATA["record_verbs"] + r"|reported|reports|said|says|found|finds|showed|shows)\b", re.I)


def _after_source(text: str, lo: int, end: int) -> int:
    """The start of the clause's part after the source of the figure named in it (if any)."""
    for m in SOURCE_RE.finditer(text, lo, end):
        lo = m.end()
    return lo


def names_owner(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat) -> bool:
    """Whether the clause before the figure names an owner of the measure that is not a state: a
    named non-state (a region, a company), a possessive or a proper name after a preposition that is
    not a state's, or an owner noun ("the province", "the route", "the company")."""
    states = [(a, b) for a, b, m in sv.mentions_rel() if ctx.etype(m.entity_id) == "state"]

    def of_state(at: int) -> bool:
        return any(a <= at < b for a, b in states)

    lo = _after_source(sv.text, lo, st.start)
    if any(lo <= a < st.start and ctx.etype(m.entity_id) not in ("state", "demonym", "person") for a, _b, m in sv.mentions_rel()):
        return True  # (a person names the actor of a change, "the minister raised …", not its owner)
    head = sv.text[lo:st.start]
    if OWNER_NOUN_RE.search(head):
        return True
    return any(not of_state(lo + m.start()) for m in POSSESSIVE_RE.finditer(head)) \
        or any(not of_state(lo + m.end() - 1) for m in NAMED_AFTER_PREP_RE.finditer(head))


def change_measure(text: str, lo: int, st: Stat) -> str | None:
    """The measure whose change the percentage ``st`` is: the object of a change verb before "by"
    ("raised the fee for permits by 14 percent"), else the noun phrase heading the clause before the
    cue ("hospital admissions for flu fell by 13 percent")."""
    head = text[lo:st.start]
    verb = VERB_RE.search(head)
    if verb is not None and BY_BEFORE_RE.search(head) and not VERB_BEFORE_RE.search(head):
        np = head[verb.end():BY_BEFORE_RE.search(head).start()]  # type: ignore[union-attr]
    else:
        cue = verb or re.search(r"\b(?:an?\s+)?" + DATA["change_nouns"] + r"\s+of\b", head, re.I)
        np = head[:cue.start()] if cue is not None else head
    np = AUX_END_RE.sub("", LEAD_RE.sub("", np.rsplit(", ", 1)[-1], count=1)).strip(" ,")  # (after "In March, ")
    if not np or len(np) > 80 or PRONOUN_RE.match(np) or not re.search(r"[a-z]", np):
        return None
    return np[0].lower() + np[1:] if not re.match(r"[A-Z]{2}", np) else np


def changed_measure_subject(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat,
                            inf: dict[str, str]) -> tuple[str, None] | None:
    """The article's main state for a change of a measure no actor is tied to (None otherwise)."""
    if not tells_change(sv.text, lo, st) or names_owner(sv, ctx, lo, st) or (main := ctx.main_state(sv)) is None:
        return None
    inf["subject"] = "the article's main state (a change of a measure told with no actor tied to it)"
    return main, None
