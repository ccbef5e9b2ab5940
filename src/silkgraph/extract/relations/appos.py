"""A relation told as a role "of" another party: "Y, a strategic partner of X", "Y and Z, both
close allies of X", "Y is a major non-NATO ally of X" (shape ``appos_of`` in relations.yaml)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from silkgraph.extract.events import Part
from silkgraph.extract.grammar import LIST_GAP_RE
from silkgraph.extract.relations.cues import NOUN_KIND
from silkgraph.extract.relations.lists import conjuncts_before
from silkgraph.extract.relations.parties import subject

Found = tuple[Part, Part, str, int, str]
# ", is a close ally of": a verb after the comma makes it a predicate, not an apposition ("X,
# which borders Z, is a close ally of Y": the subject is X, before the relative aside)
COMMA_VERB_RE = re.compile(r",\s+(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|had\s+been|became|becomes)\b", re.I)
COPULA_RE = re.compile(r"\b(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|had\s+been|became|becomes)\b", re.I)
AND_LEAD_RE = re.compile(r"\s+and\s", re.I)
# a name's acronym in brackets before the apposition's comma: "X (XYZ), a movement allied with Y"
ACRONYM_GAP_RE = re.compile(r"\s*\((?-i:[A-Z])[\w\-]{1,9}\)")
OPEN_REL_RE = re.compile(r",\s*(?:which|who)\b[^,;()]{1,120}$", re.I)
# a comparison aside: "X, like Z, is a partner of Y" (X's relation, not Z's)
LIKE_ASIDE_RE = re.compile(r",\s*(?:like|unlike|as\s+with|along\s+with|together\s+with|much\s+like)\s+[^,;()]{1,40}$", re.I)

# a subject under "neither … nor": "Neither X nor Y is a rival of Z" denies the predicate of each
NEITHER_RE = re.compile(r"\b(?:neither|nor)\s+(?:(?-i:[A-Z])[\w\-]*\s+){0,3}?(?:the\s+)?$|\bneither\b[^,;]{1,40}\bnor\s+(?:the\s+)?$", re.I)


def appos_of(text: str, ps: list[Part], matches: Iterable[re.Match[str]]) -> list[Found]:
    out: list[Found] = []
    last: tuple[list[Part], int] = ([], -1)  # the heads of the previous match and the end of its "of" party
    for m in matches:
        kind = NOUN_KIND.get(m.group("noun").lower())
        of = next((p for p in ps if p.start == m.end()), None)
        if kind is None or of is None:
            continue
        if AND_LEAD_RE.match(text, m.start()):  # "X, an ally of Y and a partner of Z": the same heads
            heads = last[0] if last[1] == m.start() else []
        elif COMMA_VERB_RE.match(text, m.start()):  # "X, which borders Z, is an ally of Y"
            ra = OPEN_REL_RE.search(text, max(0, m.start() - 130), m.start()) or LIKE_ASIDE_RE.search(text, max(0, m.start() - 60), m.start())
            head = next((p for p in ps if p.end == ra.start()), None) if ra else subject(ps, text, m.start())
            heads = [head] if head is not None else []
        elif text[m.start():m.start() + 1] == ",":  # an apposition: the party (or list) before the comma
            heads = [p for p in ps if p.end == m.start() or ACRONYM_GAP_RE.fullmatch(text, p.end, m.start())]
            if not heads and (cv := COPULA_RE.search(text, m.start(), m.start("noun"))) is not None:
                subj = subject(ps, text, cv.start())  # "In 2020, X is an ally of Y": a fronted adverbial's comma
                heads = [subj] if subj is not None and m.start() < subj.start else []
            while heads:
                prev = [p for p in ps if p.end <= heads[0].start and LIST_GAP_RE.fullmatch(text, p.end, heads[0].start)]
                if not prev:
                    break
                heads.insert(0, prev[-1])
        else:  # a predicate: the clause's subject
            subj = subject(ps, text, m.start())
            heads = [subj] if subj is not None and not NEITHER_RE.search(text, max(0, subj.start - 40), subj.start) else []
            if heads and m.group("noun").lower().endswith("s") and subj in ps:
                # "Both X and Y are partners of Z": each conjunct of the coordinated subject
                heads += conjuncts_before(ps, text, ps.index(subj))
        out += [(h, of, kind, m.start("noun"), "") for h in heads if h.eid != of.eid]  # (the noun: "is not an ally of" denied)
        last = (heads, of.end)
    return out
