"""A named force's holdings counted: "22 military aircraft and 24 helicopters of the X Air Force,
carrying 585 servicemen" (each count a statistic of the force, an organisation or armed group)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.nlp.count_words import count_alt
from silkgraph.nlp.numbers import find_counts

# a force's holdings: "22 military aircraft and 24 helicopters of the X Air Force, carrying 585 servicemen"
_HOLD_N = r"(?:\d{1,3}(?:,\d{3})*|" + count_alt(2, 12) + r"|dozens?\s+of)"
_HOLD_NOUN = (r"(?:[\w\-]+\s+)?(?:aircraft|airplanes|planes|helicopters|jets|fighters|tanks|drones|vessels|ships|"
              r"servicemen|troops|soldiers|personnel)")
HOLDINGS_RE = re.compile(r"\b(?P<list>" + _HOLD_N + r"\s+" + _HOLD_NOUN + r"(?:,?\s+and\s+" + _HOLD_N + r"\s+"
                         + _HOLD_NOUN + r")*)\s+of\s+(?:the\s+)?$", re.I)
HOLD_GATE_RE = re.compile(r"aircraft|planes|helicopters|jets|fighters|tanks|drones|vessels|ships|servicemen|troops|"
                          r"soldiers|personnel")
HOLD_ITEM_RE = re.compile(r"\b(?P<n>" + _HOLD_N + r")\s+" + _HOLD_NOUN, re.I)
CARRYING_RE = re.compile(r"^\s*,\s*(?:carrying|with|including)\s+(?:(?:some|about|nearly|more\s+than)\s+)?"
                         r"(?P<n>\d{1,3}(?:,\d{3})*)\s+(?:servicemen|troops|soldiers|personnel|crew|passengers)\b", re.I)


def holdings(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """Counts of a named force's equipment or people: "22 aircraft and 24 helicopters of the
    X Air Force, carrying 585 servicemen" (the force, an organisation or armed group, is the subject)."""
    out: list[Stat] = []
    text = sv.text
    for a, b, m in sv.mentions_rel():
        if ctx.etype(m.entity_id) not in ("organization", "armed_group"):
            continue
        head = HOLDINGS_RE.search(text[max(0, a - 120):a])
        if head is None:
            continue
        off = max(0, a - 120) + head.start("list")
        for im in HOLD_ITEM_RE.finditer(head.group("list")):
            n = find_counts(im.group("n"))
            if n:
                noun = im.group(0)[len(im.group("n")):].strip()
                out.append(Stat(off + im.start("n"), off + im.end("n"), n[0].value, "count", m.entity_id, noun))
        cm = CARRYING_RE.match(text[b:])
        if cm and (n := find_counts(cm.group("n"))):
            noun = cm.group(0)[cm.end("n") - cm.start():].strip()
            out.append(Stat(b + cm.start("n"), b + cm.end("n"), n[0].value, "count", m.entity_id, noun))
    return out

