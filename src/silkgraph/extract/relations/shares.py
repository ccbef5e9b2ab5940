"""Supply shares told in the many ways analysts write them: a supplier holding most
(``SHARE_MIN_PCT`` or more) of a recipient's imports is its partner, like the supply-dominance
cues of :mod:`silkgraph.extract.relations.supply`.  A lesser share ("close behind Russia with
36 percent", "Russia's share shrank to 32 percent") tells of a supplier among several, not of
a partnership.

Each percentage of the sentence is tied to a supplier and to a recipient:

* the supplier: "S with N percent" ("ahead of Türkiye with 35 percent"), "S's share … at/was N
  percent", "S's N percent" ("second only to Türkiye's 41 percent"), "S's at N percent" (an
  elided "share"), "and S N percent", or the subject of "accounted for / provided / supplied N
  percent" after a fronted attribution ("According to SIPRI's data, last updated in March, S
  accounted for …", whose commas hide the subject from the supply cues);
* the recipient: the owner of an imports noun phrase ("R's (major arms) imports", "Turkmen
  imports", "the major arms R received", an elided "of R's."), the nearest one after the
  percentage in its clause, else the one nearest before it.
"""

from __future__ import annotations

import re

from silkgraph.extract.events import Part

Found = tuple[Part, Part, str, int]
SHARE_MIN_PCT = 50.0  # most of the recipient's imports

# the words a share sentence needs (a cheap pre-check)
SHARE_GATE_RE = re.compile(r"(?:percent|per cent|%)", re.I)
PCT_RE = re.compile(r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s*(?:percent|per\s+cent|%)", re.I)
# before a percentage: a qualifier that puts it below the number ("under 4 percent")
BELOW_RE = re.compile(r"\b(?:under|below|less\s+than|up\s+to|at\s+most)\s+$", re.I)
QUAL = r"(?:(?:about|some|roughly|around|nearly|almost|over|more\s+than|just\s+over|just\s+under|an\s+estimated|a\s+further)\s+)?"
# what follows the recipient's possessive: "R's imports", "R's major arms imports", "R's imports of major arms"
POSS_IMPORTS_RE = re.compile(r"[’']s\s+(?:[\w\-]+\s+){0,3}?imports\b", re.I)
DEMONYM_IMPORTS_RE = re.compile(r"\s+(?:(?:major|arms|weapons|military|defen[cs]e)\s+){0,3}imports\b", re.I)
# "the major arms R received", "the weapons that R imported"
RECEIVED_BEFORE_RE = re.compile(r"\b(?:arms|weapons|weaponry|military\s+equipment)\s+(?:that\s+)?$", re.I)
RECEIVED_AFTER_RE = re.compile(r"\s+(?:has\s+|had\s+)?(?:received|imported|bought|acquired)\b", re.I)
# an elided head: "Russia accounted for 82 percent of Armenia's."
ELIDED_RE = re.compile(r"[’']s(?=\s*(?:[,.;)]|$)|\s+(?:and|while|whereas|but)\b)", re.I)
OF_BEFORE_RE = re.compile(r"\bof\s+(?:the\s+)?$", re.I)

# supplier shapes, matched right after the supplier's mention
WITH_PCT_RE = re.compile(r"\s+with\s+" + QUAL + r"$", re.I)  # text between S and the percentage
SHARE_PCT_RE = re.compile(r"[’']s\s+(?:(?:share\b[^;%]{0,90}?\b(?:at|was|is|of|to|reached|stood\s+at|rose\s+to|"
                          r"fell\s+to|grew\s+to|climbed\s+to|dropped\s+to|amounted\s+to)|at)\s+)?" + QUAL + r"$", re.I)
BARE_PCT_RE = re.compile(r"\s+" + QUAL + r"$", re.I)  # "and France 12 percent"
BARE_LEAD_RE = re.compile(r"(?:,|\band|\bwhile|\bwhereas)\s*(?:the\s+)?$", re.I)
SUPPLY_VERB_RE = re.compile(r"\s*(?:(?:alone|also|still|then|again|only|itself|by\s+itself|now|already)\s+)*"
                            r"(?:(?:has|had|have)\s+)?(?:accounted\s+for|accounts\s+for|provided|provides|supplied|supplies|"
                            r"delivered|delivers|sold|sells|made\s+up|makes\s+up)\s+" + QUAL + r"$", re.I)
# a fronted attribution before the supplier: "According to SIPRI's data, last updated in March, "
ATTRIBUTION_LEAD_RE = re.compile(r"(?:^|[—–:]\s*)\s*(?:According\s+to|By)\b[^;:—–]{0,200},\s*$")


def _recipients(ps: list[Part], text: str) -> list[Part]:
    """The owners of imports noun phrases in the sentence."""
    out = []
    for p in ps:
        if not p.eid.startswith("state:"):
            continue
        if POSS_IMPORTS_RE.match(text, p.end) or (p.kind == "demonym" and DEMONYM_IMPORTS_RE.match(text, p.end)):
            out.append(p)
        elif RECEIVED_BEFORE_RE.search(text, max(0, p.start - 40), p.start) and RECEIVED_AFTER_RE.match(text, p.end):
            out.append(p)
        elif ELIDED_RE.match(text, p.end) and OF_BEFORE_RE.search(text, max(0, p.start - 8), p.start) \
                and PCT_RE.search(text, max(0, p.start - 30), p.start):
            out.append(p)
    return out


def _supplier(ps: list[Part], text: str, pos: int) -> Part | None:
    """The supplier the percentage at ``pos`` is told of."""
    before = [p for p in ps if p.end <= pos and p.eid.startswith("state:")]
    for p in reversed(before[-3:]):
        gap = text[p.end:pos]
        if WITH_PCT_RE.fullmatch(gap) or SHARE_PCT_RE.fullmatch(gap):
            return p
        if BARE_PCT_RE.fullmatch(gap) and BARE_LEAD_RE.search(text, max(0, p.start - 10), p.start):
            return p
        if SUPPLY_VERB_RE.fullmatch(gap) and ATTRIBUTION_LEAD_RE.search(text, 0, p.start):
            return p
    return None


def _clause_has(text: str, a: int, b: int) -> bool:
    """No clause break (";") between two positions."""
    lo, hi = min(a, b), max(a, b)
    return ";" not in text[lo:hi]


def shares(ps: list[Part], text: str) -> list[Found]:
    """Supplier-recipient partnerships from the large shares of a sentence."""
    if not SHARE_GATE_RE.search(text):
        return []
    rcps = _recipients(ps, text)
    if not rcps:
        return []
    out: list[Found] = []
    for m in PCT_RE.finditer(text):
        if float(m.group("n")) < SHARE_MIN_PCT or BELOW_RE.search(text, max(0, m.start() - 14), m.start()):
            continue
        sup = _supplier(ps, text, m.start())
        if sup is None:
            continue
        after = [r for r in rcps if r.start >= m.end() and _clause_has(text, m.end(), r.start)]
        before = [r for r in rcps if r.end <= m.start() and _clause_has(text, r.end, m.start())]
        if after and not re.search(r"[,;]", text[m.end():after[0].start]):
            rcp = after[0]
        elif before:
            rcp = before[-1]
        elif len({r.eid for r in rcps}) == 1:
            rcp = rcps[0]
        else:
            continue
        if rcp.eid != sup.eid and not (rcp.start <= sup.start < rcp.end):
            out.append((sup, rcp, "partner", m.start()))
    return out
