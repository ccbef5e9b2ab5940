"""The cues of a named work's figures (``work_figures.py``), built once from data: the nouns a
work's name may end in (``work_nouns`` and ``work_figures.extra_nouns`` in statistics.yaml), the
verbs of a cost, of rising, of reaching places, and the words that show the figure belongs to
another clause or another actor.  Only patterns live here; which work a cue tells of is read in
``work_figures.py``.
"""

from __future__ import annotations

import re

from silkgraph.extract.statistics.patterns import DATA
from silkgraph.extract.statistics.works import work_noun_alt
from silkgraph.resources import load_yaml

W = DATA["work_figures"]


def alt(words: list[str]) -> str:
    """``words`` as one group of alternatives, the longest first, inner spaces matching any space."""
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True)) + ")"


APPROX = (r"(?:(?:about|some|roughly|nearly|around|almost|over|more\s+than|just\s+over|approximately|up\s+to|"
          r"as\s+much\s+as|an\s+estimated)\s+)?")
N = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
WORK = work_noun_alt()
EXTRA = alt(W["extra_nouns"])
WORK_WORD_RE = re.compile(r"\b(?:" + WORK + r"|" + EXTRA + r")s?\b", re.I)
# nouns after a work's noun that make it a modifier ("X railway station": no railway of X)
_NOT_BEFORE = alt(load_yaml("ontology/name_heads.yaml").get("place_suffix_not_before", ["station"]))
# the words a named work may carry after its recognised name: "(XP)", "gas pipeline", "project"
TAIL_RE = re.compile(r"(?:\s*\([A-Z][\w\-]*\))?(?:\s+(?:" + alt(W["name_modifiers"]) + r"\s+)?(?:" + WORK + r"|" + EXTRA
                     + r")\b(?!\s+" + _NOT_BEFORE + r"\b))?")
# "285 kilometres long", "100 metres wide", "8.5 m deep"
DIM_RE = re.compile(APPROX + r"(?P<n>" + N + r")[\s-]?(?P<u>kilomet(?:er|re)s|km|met(?:er|re)s|m)[\s-]"
                    r"(?P<d>long|wide|deep|high|tall)\b")
DIM_NOUN = {"long": "length", "wide": "width", "deep": "depth", "high": "height", "tall": "height"}
# the words joining coordinated dimensions of one thing: "285 km long, 100 m wide and 8 m deep"
DIM_JOIN_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
# "irrigate 550,000 hectares", "water 200,000 ha", "bring 550,000 hectares (of desert) under cultivation"
IRRIGATE_RE = re.compile(r"\b(?:" + alt(W["area_verbs"]) + r"|(?P<b>" + alt(W["area_bring_verbs"]) + r"))\s+" + APPROX
                         + r"(?P<n>" + N + r")(?:\s+(?P<s>million|thousand))?\s+(?:hectares|ha)\b"
                         r"(?(b)(?:\s+of\s+[\w\-]+(?:\s+[\w\-]+)?)?\s+under\s+(?:cultivation|irrigation|the\s+plough|crops))")
# the cue right before a work's money: "estimated at", "which cost", "financed with a", "cost has risen to"
COST_CUE_RE = re.compile(
    r"(?:\b" + alt(W["cost_put_verbs"]) + r"\s+at"
    r"|\b(?:cost|costs|costing)"
    r"|\b" + alt(W["cost_finance_verbs"]) + r"\s+(?:with|by)(?:\s+an?)?"
    r"|\b(?P<rise>" + alt(W["rise_verbs"]) + r")\s+to"
    r"|\b(?:a|its)\s+(?:\w+\s+)?" + alt(W["cost_value_nouns"]) + r"\s+of"
    # "approved in March 2023 with $600 million": the money a work was set up with
    r"|\b" + alt(W["cost_setup_verbs"]) + r"\s+(?:in\s+[^,;()]{3,25}\s+)?with(?:\s+an?)?"
    r"(?:\s+(?:initial|total|first)?\s*" + alt(W["cost_setup_nouns"]) + r"\s+of)?"
    # "cost estimates have climbed from $4.8 billion (to $7 billion)": both figures
    r"|\bcost\s+estimates?\s+(?:have|has|had)\s+" + alt(W["rise_verbs"]) + r"\s+from(?:\s+[^,;]{2,30}?\s+to)?"
    r")\s+" + APPROX + r"(?:US\s?)?$", re.I)
# a verb of rising tells a cost only with a cost noun in its clause ("the cost of X has risen to")
RISE_NOUN_RE = re.compile(r"\b" + alt(W["rise_nouns"]) + r"\b", re.I)
# "a $2 billion loan to Turkmenistan": money lent to another party
LOAN_TO_RE = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}?" + alt(W["loan_nouns"]) + r"\s+to\s+(?:the\s+)?", re.I)
# a cost cue's gap from the work: a short clause without another actor or a break (after the
# bracket of an acronym: "X (XC), launched in 2015 and now carrying …")
GAP_RE = re.compile(r"\)?[^;:()\"]{0,90}")
# "targets 2,967 villages", "covers 120 districts": the places a work or programme reaches
REACH_RE = re.compile(r"\b" + alt(W["reach_verbs"]) + r"\s+" + APPROX + r"(?P<n>" + N + r")\s+(?:\w+\s+)?"
                      + alt(W["reach_nouns"]) + r"\b")
REACH_GATE = tuple({v[:5] for v in W["reach_verbs"]})
# "X, a network of sea, rail and road links of roughly 7,200 kilometres", "X, an 826-kilometre line"
APPOS_LENGTH_RE = re.compile(r"\)?,\s+an?\s+(?:[a-z][\w\-]*,?\s+){0,9}?(?:of\s+)?" + APPROX + r"(?P<n>" + N
                             + r")[\s-](?:kilomet(?:er|re)s?|km)\b")
# a gap that opens another clause or tells of another actor's doing: "…, and the government", "… say"
OTHER_RE = re.compile(r"(?:,|\b)\s*(?:and|but|while|whereas|although|though|after|before|when|because|since|as)\s+"
                      r"(?:the\s+)?(?:[A-Z]|it\b|they\b|he\b|she\b)|\b" + alt(W["other_clause_verbs"]) + r"\b")
# a verb cue with a subject of its own right before it: "… say the river irrigates"
OWN_SUBJECT_RE = re.compile(r"\b(?:the|a|an|its|their|this|these|those)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}\s+"
                            r"(?:(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\s+"
                            r"(?:[a-z]+\s+){0,2})?$")
# a comma-opened modifier holding the work ("Tajikistan, which built the Rogun Dam, is",
# "the grid, fed by the X plant, has"): the work is no subject of the main clause
EMBEDDING_RE = re.compile(r",\s+(?:which|who|whose|that|where|when|[a-z]+ed|[a-z]+ing|by|near|from|with|along|on|"
                          r"in|at|of|for|to|including|like|such\s+as|via|through)\b[^,;]*$")
