"""A share's owner named right around the figure rather than as its clause's subject: after it
("against 21 percent for X", "the 26 percent credited to X") or as the head of an appositive the
figure is in ("…, X, Y's rival and the source of 60 percent of …"); and a bare number sharing the
unit of the figure coordinated after it ("X's 55 and 36 percent")."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import is_possessive
from silkgraph.extract.statistics.patterns import DATA, SUBJECT_TYPES, Stat
from silkgraph.extract.statistics.referents import nearest_before
from silkgraph.extract.statistics.subjects import is_source

_APPROX = r"(?:(?:" + DATA["share_approximators"] + r")\s+)?"
# "… 21 percent for X" told against another figure: the figure's owner follows it
CONTRAST_BEFORE_RE = re.compile(r"(?:\bagainst|\bversus|\bvs\.?|\bcompared\s+(?:with|to)|\d\s*(?:percent|per\s+cent|%)?\s+to|"
                                r"\band|,)\s+" + _APPROX + r"$", re.I)
FOR_OWNER_RE = re.compile(r"\s+(?:percent\s+|per\s+cent\s+)?for\s+(?:the\s+)?$", re.I)
# "the 26 percent credited to X": a figure assigned to its owner
CREDITED_RE = re.compile(r"\s+(?:(?:that\s+|which\s+)?(?:was|were|is|are)\s+)?(?:credited|attributed)\s+to\s+(?:the\s+)?$",
                         re.I)
# "…, the source of 60 percent of …": an appositive noun whose figure is its head's
SOURCE_NOUN_RE = re.compile(r"\bthe\s+(?:(?:main|largest|biggest|leading|top|chief|principal|dominant)\s+)?"
                            + DATA["share_source_nouns"] + r"\s+of\s+" + _APPROX + r"$", re.I)
# "X (61 percent)": a figure opening a parenthesis right after an actor
PAREN_FIGURE_RE = re.compile(r"\s*\(\s*" + _APPROX + r"$", re.I)
# "X's share remained 91 percent", "the X share fell from 4.7 percent": the share noun owned by an
# actor, then its verb (no other figure or clause between)
OWNED_SHARE_NOUN_RE = re.compile(r"^(?:['’]s?)?\s+(?:[a-z\-]+\s+)?share\b(?P<mid>[^;:()\d]{0,70}?)\b(?:"
                                 + DATA["share_level_verbs"] + r")\b[^;:()\d]{0,25}?\s+" + _APPROX + r"$")

# "a 45 percent rise in X's arms imports": a change noun the figure premodifies, then "in" and the
# measure's owner (a possessive, or the actor itself: "a 20 percent drop in X's")
CHANGE_IN_RE = re.compile(r"\s+(?:[a-z\-]+\s+)?" + DATA["change_nouns"] + r"\s+in\s+(?:the\s+)?$", re.I)


def change_owner(sv: SentenceView, ctx: ArticleContext, st: Stat) -> str | None:
    """"A 45 percent rise in X's arms imports", "a 20 percent cut in X's budget": the actor owning
    the measure a change noun after the figure is "in" (a possessive right after "in")."""
    if st.unit != "percent" or " in " not in sv.text[st.end:st.end + 40]:
        return None
    for a, b, m in sv.mentions_rel():
        if a < st.end:
            continue
        if ctx.etype(m.entity_id) in SUBJECT_TYPES and m.role != "place" and CHANGE_IN_RE.fullmatch(sv.text[st.end:a]) \
                and is_possessive(sv.text, b):
            return m.entity_id
        return None
    return None

# "The World Bank puts X's GDP at $260 billion", "analysts estimate X's share at 60 percent": the
# possessor of the measure a teller puts at the figure (the teller is a source, not the subject)
PUT_AT_RE = re.compile(r"['’]s\s+(?:[\w\-]+\s+){1,6}?at\s+" + _APPROX + r"$", re.I)
PUT_VERB_RE = re.compile(r"\b" + DATA["put_at_verbs"] + r"\s+(?:the\s+)?$", re.I)


def put_owner(sv: SentenceView, ctx: ArticleContext, st: Stat) -> str | None:
    """"The World Bank puts X's GDP at $260 billion": the possessor right after a verb of
    estimating whose measure is put "at" the figure (no other figure or clause between)."""
    if " at " not in sv.text[max(0, st.start - 60):st.start]:
        return None
    if (near := nearest_before(sv, st.start)) is None:
        return None
    a, b, m = near
    if ctx.etype(m.entity_id) in SUBJECT_TYPES and m.role != "place" and PUT_AT_RE.fullmatch(sv.text, b, st.start) \
            and PUT_VERB_RE.search(sv.text, max(0, a - 20), a) and not re.search(r"[,;:\d]", sv.text[b:st.start]):
        return m.entity_id
    return None

# "30 percent of X's arms imports were Russian-made", "… were of Chinese origin": the maker's demonym
MADE_BY_GAP_RE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w\-’']+\s+){1,6}?(?:was|were|is|are)\s+(?:of\s+)?$", re.I)
MADE_AFTER_RE = re.compile(r"[-\s]" + DATA["made_words"] + r"\b|\s+" + DATA["origin_words"] + r"\b", re.I)


def maker_demonym(sv: SentenceView, ctx: ArticleContext, st: Stat) -> str | None:
    """"Roughly 30 percent of X's arms imports were Russian-made": the state whose demonym, with a
    word of making or of origin, is the complement of the share's clause."""
    if st.unit != "percent" or " of " not in sv.text[st.end:st.end + 5]:
        return None
    for a, b, m in sv.mentions_rel():
        if a >= st.end and m.kind == "demonym" and ctx.etype(m.entity_id) == "state" \
                and MADE_BY_GAP_RE.fullmatch(sv.text, st.end, a) and MADE_AFTER_RE.match(sv.text, b):
            return m.entity_id
    return None


def paren_owner(sv: SentenceView, ctx: ArticleContext, st: Stat) -> str | None:
    """"second to Russia (61 percent) and ahead of Israel (8.4 percent)": the actor right before
    the parenthesis the figure opens."""
    if st.unit != "percent" or "(" not in sv.text[max(0, st.start - 20):st.start]:
        return None
    if (near := nearest_before(sv, st.start)) is None:
        return None
    a, b, m = near
    if ctx.etype(m.entity_id) in SUBJECT_TYPES and m.role != "place" and PAREN_FIGURE_RE.fullmatch(sv.text[b:st.start]) \
            and not is_source(sv.text, a, b):
        return m.entity_id
    return None
    return None


def share_noun_owner(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat) -> str | None:
    """"…, where Russia's share remained 91 percent", "while the U.S. share fell from 4.7 percent":
    the actor owning the share noun of the figure's clause."""
    if st.unit != "percent" or "share" not in sv.text[lo:st.start]:
        return None
    for a, b, m in reversed(sv.mentions_rel()):
        if b > st.start or a < lo:
            continue
        sm = OWNED_SHARE_NOUN_RE.match(sv.text[b:st.start])
        if sm is None:
            continue
        if ctx.etype(m.entity_id) not in SUBJECT_TYPES or m.role == "place" or is_source(sv.text, a, b) \
                or any(b <= sv.rel(o.start) < st.start for o in sv.mentions if o is not m):
            return None
        return m.entity_id
    return None


def owner_after(sv: SentenceView, ctx: ArticleContext, st: Stat) -> str | None:
    """"…, against 21 percent for X", "the 26 percent credited to X": the actor named right after a
    share, by "for" (when the share is told against another figure) or by "credited to"."""
    if st.unit != "percent":
        return None
    for a, _b, m in sv.mentions_rel():
        if a < st.end:
            continue
        if ctx.etype(m.entity_id) not in SUBJECT_TYPES or m.role == "place":
            return None
        gap = sv.text[st.end:a]
        if CREDITED_RE.fullmatch(gap):
            return m.entity_id
        if FOR_OWNER_RE.fullmatch(gap) and CONTRAST_BEFORE_RE.search(sv.text, max(0, st.start - 40), st.start):
            return m.entity_id
        return None
    return None


def appositive_owner(sv: SentenceView, ctx: ArticleContext, st: Stat) -> str | None:
    """"… an embassy in X, Y's arch-enemy and the source of 60 percent of Z's imports": the actor
    an appositive "the source/supplier of" describes is the figure's owner (the first actor before it,
    past possessors and sources, when a comma follows it)."""
    if st.unit != "percent":
        return None
    sm = SOURCE_NOUN_RE.search(sv.text, max(0, st.start - 60), st.start)
    if sm is None or "," not in sv.text[:sm.start()]:
        return None
    for a, b, m in reversed(sv.mentions_rel()):
        if b > sm.start():
            continue
        if is_possessive(sv.text, b) or is_source(sv.text, a, b) or m.kind == "demonym":
            continue
        if ctx.etype(m.entity_id) not in SUBJECT_TYPES or m.role == "place" or not sv.text.startswith(",", b) \
                or re.search(r"[;:]", sv.text[b:sm.start()]):
            return None
        return m.entity_id
    return None


# "X's 55 and 36 percent": a bare number coordinated before a share shares its unit
COORD_SHARE_RE = re.compile(r"(?<![\w.,$€£])(?P<n>\d{1,2}(?:\.\d+)?)\s+and\s+\d{1,2}(?:\.\d+)?\s*(?:percent|per\s+cent|%)",
                            re.I)
# "between 10 and 20 percent": the two numbers are the ends of a range
BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+(?:\w+\s+)?$")


def coordinated_shares(text: str) -> list[Stat]:
    """The first of two shares written with one unit ("55 and 36 percent"); not the ends of a
    range ("between 10 and 20 percent")."""
    out: list[Stat] = []
    for m in COORD_SHARE_RE.finditer(text) if " and " in text else ():
        if BETWEEN_BEFORE_RE.search(text[max(0, m.start() - 20):m.start()]):
            continue
        out.append(Stat(m.start("n"), m.end("n"), float(m.group("n")), "percent"))
    return out
