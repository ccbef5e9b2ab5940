"""A gapped second clause after "X is Y's N": "Israel remains Azerbaijan's partner, Türkiye its
ally", "China is Pakistan's closest partner and Saudi Arabia its main creditor".  The verb is left
out of the second clause and "its" stands for the possessor of the first one, so the new subject Z
and that possessor Y are the pair; the kind comes from the possessive noun cues (``poss_noun`` of
``resources/ontology/relations.yaml``) read right after "its", as they are read after "Y's".  The
first clause must be a copula with a possessed noun ("X remains Y's …"), and the noun after "its"
must end its clause ("Iran its largest neighbour by area" names no relation noun)."""

from __future__ import annotations

import re
from collections.abc import Callable

from silkgraph.extract.events import Part
from silkgraph.extract.relations.cues import Cue

Found = tuple[Part, Part, str, int, str]
# the first clause's verb between its subject and the possessor
COPULA_RE = re.compile(r"\s+(?:is|was|remains|remained|has\s+been|had\s+been|became|has\s+become|"
                       r"has\s+long\s+been)\s+(?:(?:still|also|now|long|already)\s+)?", re.I)
POSS_RE = re.compile(r"[’']s\s")
# between the first clause and the gapped subject: ", ", " and ", ", and ", "; "
GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|while\s+|whereas\s+)?|\s+and\s+|;\s*)(?:the\s+)?", re.I)
ITS_RE = re.compile(r"\s+its(?=\s)")
# the relation noun ends the gapped clause
END_RE = re.compile(r"\s*(?:[.;,:)]|$|\s(?:and|but|while|whereas|since|after)\b)")


def gapped(ps: list[Part], text: str, poss_cues: list[Cue], live: Callable[[Cue], bool]) -> list[Found]:
    """The pairs of gapped clauses "…, Z its N" after "X <copula> Y's …" in the sentence."""
    out: list[Found] = []
    cues = [c for c in poss_cues if live(c) and (c.unless is None or not c.unless.search(text))]
    if not cues:
        return out
    for k, z in enumerate(ps):
        im = ITS_RE.match(text, z.end)
        if im is None or k < 2 or z.kind == "demonym":
            continue
        y = ps[k - 1]
        if not POSS_RE.match(text, y.end) or not _gap_before(text, y, z):
            continue
        x = ps[k - 2]
        if not COPULA_RE.fullmatch(text, x.end, y.start) or x.eid == y.eid:
            continue
        for cue in cues:
            cm = cue.regex.match(text, im.end())
            if cm is not None and cm.end() > im.end() and END_RE.match(text, cm.end()):
                if z.eid != y.eid:
                    out.append((y, z, cue.kind, z.start, ""))
                break
    return out


def _gap_before(text: str, y: Part, z: Part) -> bool:
    """The gapped subject ``z`` follows the first clause's possessed noun phrase after a comma, an
    "and" or a semicolon (no other party between)."""
    head = text.rfind(",", y.end, z.start)
    for sep in (" and ", ";"):
        head = max(head, text.rfind(sep, y.end, z.start))
    return head >= 0 and GAP_RE.fullmatch(text, head, z.start) is not None
