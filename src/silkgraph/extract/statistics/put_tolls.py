"""Tolls a teller puts at a figure: "X put its own dead at 63", "Y put their losses at 11 fighters",
"X put its military losses in the war at about 3,800", "Y put its losses at nine",
"officials put the number of dead on the Tajik side at 41", "the spokesman put the Pakistani toll at 58".

Whose dead they are is told inside the phrase, never by the teller as such: "its"/"their" (the
clause's subject, ``tolls.pronoun_owner``), a demonym before the toll ("the Pakistani toll"), or the
side named after it ("on the Tajik side"). A bare "the toll" ("spokesmen put the toll at 46") names
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
PUT_TOLL_RE = re.compile(r"\bput\s+(?:(?P<pro>its|their)\s+(?:own\s+)?|the\s+(?:(?P<dem>[A-Z][\w\-]+)\s+)?)"
                         r"(?:(?:official|overall|death|casualty|military|combat|battlefield|human|total|own)\s+)*"
                         r"(?:toll|" + _DEAD + r"|number\s+of\s+" + _DEAD + r")(?:\s+on\s+the\s+(?P<side>[A-Z][\w\-]+)\s+side)?"
                         + _IN_FIGHTING + r"\s+at\s+" + P.APPROX_TOLD + r"(?:(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})(?![.,]\d)"
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
        if who is None and m.group("pro") and not m.group("side"):
            who, why = pronoun_owner(sv, ctx, bounds, m.start("pro")), "'its'/'their' = the clause's subject"
        if who is not None:
            value = float(m.group("n").replace(",", "")) if ng == "n" else float(WORD_NUMBERS[m.group("w").lower()])
            out.append(Stat(m.start(ng), m.end(ng), value, "count", who, "toll", why=why))
    return out

