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


def reported_tolls(sv: SentenceView, ctx: ArticleContext,
                   owner_of: Callable[[SentenceView, ArticleContext, int], str | None]) -> list[Stat]:
    """"The ministry said 18 members of the security forces had been killed and 748 injured": the dead
    of a toll an official teller (a state organ) reports with its hurt or held (``owner_of``: the
    state a demonym names with the people counted)."""
    out: list[Stat] = []
    for m in REPORTED_TOLL_RE.finditer(sv.text):
        rep = last_match(P.REPORTED_RE, sv.text, max(0, m.start() - 80), m.start())
        if YEAR_RE.fullmatch(m.group("n")) or rep is None or \
                not OFFICIAL_TELLER_RE.search(sv.text, max(0, rep.start() - 40), rep.start()):
            continue  # (a toll an official teller reports: "the Interior Ministry said …")
        out.append(Stat(m.start("n"), m.end("n"), float(m.group("n").replace(",", "")), "count",
                        owner=owner_of(sv, ctx, m.end("n")), harm=True, noun="killed"))
    return out
