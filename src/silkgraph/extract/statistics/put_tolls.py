"""Tolls a teller puts at a figure: "X put its own dead at 63", "Y put their losses at 11 fighters",
"X put its military losses in the war at about 3,800", "Y put its losses at nine",
"officials put the number of dead on the Tajik side at 41", "the spokesman put the Pakistani toll at 58".

Whose dead they are is told inside the phrase, never by the teller as such: "its"/"their" (the
clause's subject, ``tolls.pronoun_owner``), a demonym before the toll ("the Pakistani toll"), the
side named after it ("on the Tajik side"), or an actor named with the losses ("commanders put ANDSF
losses in 2015 at about 5,500 killed", "estimated Taliban losses at some 3,000 fighters": the losses'
owner, whoever tells them; "puts", "estimated", "assessed" and "reckoned" tell them as "put" does). A bare "the toll" ("spokesmen put the toll at 46") names
no side: it is one event's dead told by a source, so no statistic is read from it (and
``patterns.NUMBER_AT_RE`` leaves "the toll" out for the same reason)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import YEAR_RE, Stat
from silkgraph.extract.statistics.tolls import adversary_teller, pronoun_owner
from silkgraph.nlp.count_words import count_alt
from silkgraph.nlp.numbers import WORD_NUMBERS

_DEAD = r"(?:dead|killed|deaths|casualties|fatalities|losses)"
# the fighting the dead fell in, between the toll and "at": "its losses in the war", "the toll from the strikes"
_IN_FIGHTING = (r"(?:\s+(?:in|from|during)\s+(?:the\s+|this\s+|last\s+)?(?:[\w\-]+\s+){0,2}?" + P.DATA["fighting_nouns"] + r")?")
_NOT_COUNT = r"(?!\s*(?:percent|per\s+cent|%|million|billion|thousand|hundred))"
# a named owner of the losses: "put ANDSF losses", "put the Afghan army's losses" (a capitalised name,
# possibly with lower-case words before its possessive); never "the toll" (one event's dead)
_NAMED = (r"(?:the\s+)?(?P<name>(?-i:[A-Z])[\w\-.]*(?:(?:\s+[\w\-.]+){0,3}?['’]s|(?:\s+(?-i:[A-Z])[\w\-.]*){0,3}))\s+"
          r"(?=(?:(?:official|overall|military|combat|battlefield|total|own)\s+)*(?:losses|casualties|dead)\b)")
# the year the losses are counted for, between the noun and "at": "put X losses in 2015 at"
_IN_YEAR = r"(?:\s+(?:in|for|during)\s+(?:19|20)\d\d)?"
PUT_TOLL_RE = re.compile(r"\b(?:put|puts|estimated|estimates|assessed|reckoned)\s+(?:(?P<pro>its|their)\s+(?:own\s+)?|"
                         r"the\s+(?:(?P<dem>[A-Z][\w\-]+)\s+)?|" + _NAMED + r")"
                         r"(?:(?:official|overall|death|casualty|military|combat|battlefield|human|total|own)\s+)*"
                         r"(?:toll|" + _DEAD + r"|number\s+of\s+" + _DEAD + r")(?:\s+on\s+the\s+(?P<side>[A-Z][\w\-]+)\s+side)?"
                         + _IN_FIGHTING + _IN_YEAR + r"\s+at\s+" + P.APPROX_TOLD + r"(?:(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})(?![.,]?\d)"
                         + _NOT_COUNT + r"|(?P<w>" + count_alt(1, 99) + r")\b" + _NOT_COUNT + r")", re.I)
# (the number as digits, or as a word: "put its losses at nine")


def put_tolls(sv: SentenceView, ctx: ArticleContext, bounds: list[int]) -> list[Stat]:
    """The tolls "put … at N" whose side the phrase names (a pronoun, a demonym, "on the X side")."""
    out: list[Stat] = []
    for m in PUT_TOLL_RE.finditer(sv.text):
        ng = "n" if m.group("n") else "w"
        if YEAR_RE.fullmatch(m.group(ng)):
            continue
        who, why = None, None
        for g in ("side", "dem"):
            if m.group(g):
                who = next((mm.entity_id for a, _b, mm in sv.mentions_rel() if a == m.start(g)
                            and ctx.etype(mm.entity_id) == "state"), None)
                why = f"the side named with the toll ('{m.group(g)}')"
                if who is not None and adversary_teller(sv, ctx, bounds, m.start(), who):
                    who = None  # another actor's claim about this side's losses
                break
        if who is None and m.group("name") and not m.group("side"):
            who = _named_owner(sv, ctx, m.start("name"), m.end("name"))
            why = f"the owner named with the losses ('{m.group('name')}')"
        if who is None and m.group("pro") and not m.group("side"):
            who, why = pronoun_owner(sv, ctx, bounds, m.start("pro")), "'its'/'their' = the clause's subject"
        if who is not None:
            value = float(m.group("n").replace(",", "")) if ng == "n" else float(WORD_NUMBERS[m.group("w").lower()])
            out.append(Stat(m.start(ng), m.end(ng), value, "count", who, "toll", why=why))
    return out



def _named_owner(sv: SentenceView, ctx: ArticleContext, a0: int, b0: int) -> str | None:
    """The actor named at ``a0``-``b0`` before the losses ("put ANDSF losses", "the Afghan army's
    losses"): the longest actor mention starting there and lying inside the name (a state named by
    its demonym stands for itself)."""
    best: tuple[int, str] | None = None
    for a, b, mm in sv.mentions_rel():
        if a == a0 and b <= b0 and ctx.etype(mm.entity_id) in P.SUBJECT_TYPES and mm.role != "place" \
                and (best is None or b > best[0]):
            best = (b, mm.entity_id)
    return best[1] if best else None
