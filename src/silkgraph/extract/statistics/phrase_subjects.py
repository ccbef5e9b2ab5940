"""Statistic subjects told by a phrase next to the figure rather than as the clause's
subject: the actor of a "with X doing ..." absolute clause, the region a figure is
about, the state whose own people are counted ("50 of its soldiers") and a lender named
after a loan figure."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import STATISTICS_PREPS, after_prep
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.extract.statistics.subjects import is_source
from silkgraph.extract.statistics.told_tolls import teller_state
from silkgraph.model import Mention

WITH_RE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
# the gerund after the actor, up to the figure: "with X alone sending about …", "with X accounting for",
# "with X falling to 21 percent", "with X holding a 40 percent share"
GERUND_GAP_RE = re.compile(r"\s+(?:(?:alone|also|still|now|\w+ly)\s+)?[a-z]+ing\b(?:\s+(?:for|up|in|on|to|back\s+to|by|at))?\s+"
                           r"(?:(?:an?|about|some|nearly|almost|roughly|around|over|more\s+than|less\s+than|just|only|"
                           r"a\s+further|another|the\s+(?:remaining|other|last|rest\s+of\s+the))\s+)?")


def with_gerund(sv: SentenceView, ctx: ArticleContext, st: Stat, types: tuple[str, ...]) -> Mention | None:
    """"…, with Saudi Arabia alone sending about a quarter of the total", "with China accounting for
    40 percent": the actor after "with" is the subject of the gerund that governs the figure."""
    if "with " not in sv.text:
        return None
    for a, b, m in sv.mentions_rel():
        if b <= st.start and ctx.etype(m.entity_id) in types and m.role != "place" \
                and WITH_RE.search(sv.text, max(0, a - 12), a) and GERUND_GAP_RE.fullmatch(sv.text, b, st.start):
            return m
    return None


def place_subject(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat) -> str | None:
    """The region heading the figure's clause ("Karakalpakstan, home to …, covers more than a third
    of the country's territory"): a place (not a state) named first in the clause, no object of a
    preposition and no source, with no state or other actor named as a noun before the figure."""
    for a, b, m in sv.mentions_rel():
        if a < lo or after_prep(sv.text, a, STATISTICS_PREPS) or is_source(sv.text, a, b):
            continue
        if a >= st.start or ctx.etype(m.entity_id) != "place" or m.kind == "demonym" or m.role == "place":
            return None
        return m.entity_id
    return None


# "50 of its soldiers", "120 of their servicemen": people a possessive pronoun owns
ITS_PEOPLE_RE = re.compile(r"\s+of\s+(?:its|their)\s+(?:own\s+)?(?:[\w\-]+\s+)?(?:soldiers|troops|servicemen|personnel|"
                           r"officers|guards|fighters|citizens|nationals|people|civilians|policemen)\b", re.I)
# between a state telling a number and the number: "Yerevan said (that) …"
TELLER_GAP_RE = re.compile(r"\s+" + P.TELL_ADV + P.DATA["teller_verbs"] + P.TOLD_WHEN + r"\s+(?:that\s+)?" + P.APPROX_TOLD)
STATE_ORGAN_KINDS = ("ministry", "military", "government body", "government agency", "legislature", "paramilitary",
                     "intelligence")


def its_people_state(sv: SentenceView, ctx: ArticleContext, st: Stat) -> tuple[str, str] | None:
    """"X's defence ministry said 50 of its soldiers had died": the people that "its" owns are those
    of the state heading the sentence (named, or by its capital: "Yerevan said 50 of its …"), or the
    state's whose organ (a ministry, an army, a government body) heads the sentence, though that
    organ is only the source of the figure."""
    if not ITS_PEOPLE_RE.match(sv.text, st.end):
        return None
    if (told := teller_state(sv, ctx, st.start)) is not None:
        return told  # the teller of the clause right before the number, not an earlier clause's actor
    first = next((m for a, _b, m in sv.mentions_rel() if a < st.start and m.role != "place"
                  and not after_prep(sv.text, a, STATISTICS_PREPS)), None)
    ent = ctx.entity(first.entity_id) if first is not None else None
    for _a, b, m in sv.mentions_rel():  # "Yerevan said 50 of its …": the state telling the number
        if b < st.start and ctx.etype(m.entity_id) == "state" and m.kind != "demonym" and m.role != "place" \
                and TELLER_GAP_RE.fullmatch(sv.text, b, st.start):
            return m.entity_id, f"'its' people = those of '{m.text}', who tells their number"
    if ent is None or ent.type != "organization" or ent.attrs.get("kind") not in STATE_ORGAN_KINDS \
            or (state := ctx.state_of(ent)) is None:
        return None
    return state, f"'its' people = those of the state of '{first.text}'"  # type: ignore[union-attr]


# "a $553 million loan from X", "$2 billion in credit from X": the lender named after the money
LENDER_AFTER_RE = re.compile(r"\s+(?:in\s+)?(?:[\w\-]+\s+){0,2}?(?:loans?|credits?|credit\s+lines?|lines?\s+of\s+credit|"
                             r"grants?|financing|funding|assistance|aid|bailout|facility|deposits?|programmes?|programs?|"
                             r"packages?|arrangements?)\s+from\s+(?:the\s+)?",
                             re.I)


# "a grant of about $165 million from X", "a credit worth some $100 million from X": the lending noun
# before the figure, "from" the lender right after it (a year or a purpose may come between)
LENDER_BEFORE_RE = re.compile(r"\b(?:loans?|credits?|credit\s+lines?|lines?\s+of\s+credit|grants?|financing|funding|"
                              r"assistance|aid|bailout|facility|deposits?|packages?)\s+(?:of|worth|totall?ing|"
                              r"amounting\s+to|valued\s+at)\s+(?:(?:about|some|nearly|almost|around|roughly|"
                              r"approximately|more\s+than|over|up\s+to|at\s+least|close\s+to|an\s+estimated)\s+)?$", re.I)
FROM_AFTER_RE = re.compile(r"\s+(?:(?:in|for)\s+(?:19|20)\d\d\s+|a\s+year\s+|annually\s+)?from\s+(?:the\s+)?", re.I)


def lender_after(sv: SentenceView, ctx: ArticleContext, st: Stat, types: tuple[str, ...]) -> Mention | None:
    """"… its request for a $553 million loan from the X Corporation", "a grant of about $165 million
    from X": money lent or granted is the lender's, named right after "from"."""
    lm = LENDER_AFTER_RE.match(sv.text, st.end)
    if lm is None and LENDER_BEFORE_RE.search(sv.text, max(0, st.start - 50), st.start):
        lm = FROM_AFTER_RE.match(sv.text, st.end)
    if lm is None:
        return None
    at = lm.end()
    for a, b, m in sv.mentions_rel():
        if a != at:
            continue
        pm = re.match(r"['’]s\s+", sv.text[b:b + 4])
        if pm is not None:  # "from China's Exim Bank": the possessed lender, named next
            at = b + pm.end()
            continue
        if ctx.etype(m.entity_id) in types and not re.match(r"\s+[A-Z]", sv.text[b:b + 2]):
            return m  # (not "US" of "the US X Corporation": a modifier of a longer name)
    return None
