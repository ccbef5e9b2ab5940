"""Reported tolls: the dead a state organ reports together with the hurt or held ("the Interior
Ministry said 18 members of the security forces had been killed and 748 injured"), which count as a
statistic of the toll, not only as one event's fatalities."""

from __future__ import annotations

import re
from collections.abc import Callable

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import YEAR_RE, Stat
from silkgraph.extract.statistics.referents import last_match

# a reported toll whose dead are told with the hurt or held ("the ministry said 18 members of the
# security forces had been killed and 748 injured"): the dead count is the toll's, not one event's
# fatalities
_TOLL_N = r"(?<![\d,.$])\b(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})(?![.,]\d)"
_KILLED = r"(?:(?:had|have|has)\s+(?:(?:now|so\s+far|reportedly)\s+)?been|were|was)\s+killed\b"
REPORTED_TOLL_RE = re.compile(
    _TOLL_N + r"\s+(?:(?:[\w\-]+|[\"“][\w\-\s]+[\"”])\s+){1,6}?" + _KILLED + r"(?:\s+or\s+(?:went\s+)?missing)?\s+and\s+"
    r"(?:(?:about|some|nearly|almost|around|roughly|over|at\s+least|more\s+than)\s+)?\d[\d,]*\s+(?:[a-z]+\s+)?"
    + P.DATA["harm_verbs"] + r"\b", re.I)
# an official teller of such a toll: a state organ right before the reporting verb ("the Interior
# Ministry said", "Pakistan's military said", "the authorities reported")
OFFICIAL_TELLER_RE = re.compile(r"\b(?:ministry|government|military|army|authorities|officials|police|command|"
                                r"general\s+staff|spokes(?:man|woman|person)|prosecutors?|security\s+service)\s+"
                                r"(?:(?:also|later|then|had|has)\s+)?$", re.I)


# a teller after the toll, ending the sentence: ", Islamabad said.", ", the army said on Sunday."
TRAILING_TELLER_RE = re.compile(r",\s+(?P<who>(?:the\s+)?[^,;]{1,50}?)\s+" + P.TELL_ADV + P.DATA["teller_verbs"] + P.TOLD_WHEN
                                + r"\s*[.;]?\s*$", re.I)


def reported_tolls(sv: SentenceView, ctx: ArticleContext,
                   owner_of: Callable[[SentenceView, ArticleContext, int], str | None]) -> list[Stat]:
    """"The ministry said 18 members of the security forces had been killed and 748 injured": the dead
    of a toll an official teller (a state organ) reports with its hurt or held (``owner_of``: the
    state a demonym names with the people counted); so does a side telling its own people's toll
    before or after it ("At least 31 Xs were killed and 57 wounded …, X's capital said")."""
    out: list[Stat] = []
    for m in REPORTED_TOLL_RE.finditer(sv.text):
        if YEAR_RE.fullmatch(m.group("n")):
            continue
        owner = owner_of(sv, ctx, m.end("n"))
        rep = last_match(P.REPORTED_RE, sv.text, max(0, m.start() - 80), m.start())
        if rep is not None and OFFICIAL_TELLER_RE.search(sv.text, max(0, rep.start() - 40), rep.start()):
            pass  # (a toll an official teller reports: "the Interior Ministry said …")
        elif (side := _own_teller(sv, ctx, m.start(), m.end(), rep)) is not None and owner in (None, side):
            owner = side  # the side tells its own people's toll
        else:
            continue
        out.append(Stat(m.start("n"), m.end("n"), float(m.group("n").replace(",", "")), "count",
                        owner=owner, harm=True, noun="killed"))
    return out


# between a reporting verb and the toll it tells: "said (on Sunday) (that) (at least) "
TOLD_GAP_RE = re.compile(P.TOLD_WHEN + r"\s+(?:that\s+)?" + P.APPROX_TOLD, re.I)


def _own_teller(sv: SentenceView, ctx: ArticleContext, start: int, end: int, rep: re.Match[str] | None) -> str | None:
    """The state that tells the toll between ``start`` and ``end``: named (or by its capital or an
    organ) right before the reporting verb that heads it, or in a trailing ", X said"."""
    if rep is not None and TOLD_GAP_RE.fullmatch(sv.text, rep.end(), start):
        lo, hi, last = max(0, rep.start() - 60), rep.start(), True
    elif (tm := TRAILING_TELLER_RE.search(sv.text, end)) is not None:
        lo, hi, last = tm.start("who"), tm.end("who"), False
    else:
        return None
    found: str | None = None
    for a, b, mm in sv.mentions_rel():
        if lo <= a and b <= hi and mm.role != "place" and mm.kind != "demonym":
            et = ctx.etype(mm.entity_id)
            side = mm.entity_id if et == "state" else ctx.state_of(ctx.entity(mm.entity_id)) \
                if et == "organization" else None
            if side is not None:
                found = side
                if not last:
                    break
    return found
