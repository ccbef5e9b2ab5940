"""The gates of the statistics extractor: the cheap tests a sentence must pass before its
patterns run (a digit, a percent, a count noun, a currency), their lower-case twins for
``SentenceView.low``, and the words one of which every match of a gate holds."""

from __future__ import annotations

import re

from silkgraph.nlp.count_words import count_alt
from silkgraph.nlp.prefilter import lowered

PREFILTER = re.compile(r"\d|percent|\btimes\b|\brank|\bplace\b|\bmillion\b|\bthousand\b|largest|biggest|"
                       r"\b(?:all|half|thirds?|quarters?|fifths?)\s+of\b|\bone\s+(?:in|out\s+of)\s|"
                       r"\bput\s+(?:its|their|the)\s[^.;]{0,60}?\bat\s+(?:" + count_alt(1, 99) + r")\b", re.I)
# (a toll put at a number written as a word: "X put its losses at nine")
COUNT_GATE_RE = re.compile(r"\b(?:countries|states|nations|firms|companies|fighters|militants|personnel|"
                           r"soldiers|troops|servicemen|residents|refugees|migrants|returnees|civilians|members|groups|warheads|"
                           r"peacekeepers|paratroopers|marines|sailors|reservists|conscripts|advisers|advisors|instructors|"
                           r"mercenaries|guards|policemen)\b", re.I)
PERCENT_GATE_RE = re.compile(r"%|\bper\s?cent|\bpct\b|percentage", re.I)
MONEY_GATE_RE = re.compile(r"[$€£¥]|\b(?:USD|EUR|GBP|INR|RMB|Rs|dollars|euros?|pounds|rupees|yuan|rubles|roubles|"
                           r"manat|lira)\b", re.I)
# case-sensitive twins of the gates above, run on SentenceView.low (exact, and faster)
_PREFILTER_LOW = lowered(PREFILTER)
_COUNT_GATE_LOW = lowered(COUNT_GATE_RE)
_PERCENT_GATE_LOW = lowered(PERCENT_GATE_RE)
# MONEY_GATE_RE has upper-case letters (``lowered`` refuses it): its twin, written in lower case
_MONEY_GATE_LOW = re.compile(r"[$€£¥]|\b(?:usd|eur|gbp|inr|rmb|rs|dollars|euros?|pounds|rupees|yuan|rubles|roubles|"
                             r"manat|lira)\b")
# lower-case strings one of which every match of a gate holds (PREFILTER: besides a digit),
# tested before the gate's twin: without one of them the twin finds nothing
PREFILTER_WORDS = ("percent", "times", "rank", "place", "million", "thousand", "of", "largest", "biggest", "one",
                   "put")
PERCENT_GATE_WORDS = ("%", "per", "pct")
COUNT_GATE_WORDS = ("countries", "states", "nations", "firms", "companies", "fighters", "militants", "personnel",
                    "soldiers", "troops", "servicemen", "residents", "refugees", "migrants", "returnees", "civilians",
                    "members", "groups", "warheads", "peacekeepers", "paratroopers", "marines", "sailors",
                    "reservists", "conscripts", "advisers", "advisors", "instructors", "mercenaries", "guards",
                    "policemen")
