"""Joint exercises: two states whose forces train together are partners.  "Chinese and Tajik
units held a joint counter-terrorism drill", "The PLA and Tajikistan's armed forces held drills",
"the Nepali Army and the People's Liberation Army held their first joint exercise".

The two sides are the coordinated subject of the exercise verb: states, their demonyms (the
forces they qualify) and armed forces or agencies that stand for their state (an inference).
The drill must be told as shared: a joint marker ("joint", "bilateral", "their first", "together")
or two armed forces as the subject; "X and Y held exercises near the border" may be two drills.
Exactly two states: a multinational drill ("Russian, Tajik and Uzbek troops exercised") tells of
a coalition, not of each pair in it."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part, participants
from silkgraph.extract.relations.cues import BY_SHAPE
from silkgraph.resources import load_yaml

SHAPE = "joint_exercise"
_DATA = load_yaml("ontology/relations.yaml")["joint_exercise"]
FORCES = _DATA["forces"]  # the force nouns of a side
# between the two sides: "X and Y", "X's forces and Y's army", "Chinese troops and Tajik units"
SIDES_GAP_RE = re.compile(r"\)?(?:(?:[’']s)?\s+" + FORCES + r")?\s+and\s+(?:the\s+)?", re.I)
# between the second side and the verb: its forces and an auxiliary ("'s armed forces had", " units")
TAIL_RE = re.compile(r"(?P<force>(?:[’']s)?\s+" + FORCES + r")?\s*(?:\([A-Z]{2,6}\)\s*)?"
                     r"(?:\s+(?:" + "|".join(_DATA["verb_gap_words"]) + r"))*\s*$", re.I)
JOINT_RE = re.compile(r"\b(?:" + "|".join(_DATA["joint_words"]) + r")\b", re.I)
CLAUSE_CUT_RE = re.compile(r"[,;:—(]")
# a force noun right after a state name or demonym: "Tajik units", "China's armed forces"
FORCE_AFTER_RE = re.compile(r"(?:[’']s)?\s+" + FORCES + r"\b", re.I)


def _is_force(p: Part, text: str, nxt: int) -> bool:
    """The side is an armed force: a force that stands for its state, or a state name or
    demonym followed by a force noun."""
    return bool(p.why) or FORCE_AFTER_RE.match(text[p.end:nxt]) is not None


def exercises(sv: SentenceView, ctx: ArticleContext, live: set[int]) -> list[tuple[Part, Part, str, int, str]]:
    """The pairs of states told as exercising together in the sentence: (side, side, kind, cue
    position, why) for each live joint-exercise cue with exactly two coordinated sides before it."""
    out: list[tuple[Part, Part, str, int, str]] = []
    text = sv.text
    if len({p.eid for p in participants(sv, ctx) if p.eid.startswith("state:")}) < 2:
        return out  # two sides are two states of the sentence: no cue match can pair fewer
    for cue in BY_SHAPE.get(SHAPE, []):
        if id(cue) not in live:
            continue
        for m in cue.gate.finditer(text, sv.low):
            parts = sorted((p for p in participants(sv, ctx) if p.eid.startswith("state:") and p.end <= m.start()),
                           key=lambda p: p.start)
            if not parts:
                continue
            b = parts[-1]
            tm = TAIL_RE.fullmatch(text, b.end, m.start())
            a = next((p for p in reversed(parts) if p.eid != b.eid and p.end <= b.start), None)
            if tm is None or a is None or not SIDES_GAP_RE.fullmatch(text, a.end, b.start):
                continue
            cut = max((c.end() for c in CLAUSE_CUT_RE.finditer(text, 0, a.start)), default=0)
            if any(cut <= p.start < a.start and p.eid not in (a.eid, b.eid) for p in parts):
                continue  # a third side before the pair
            if cut and not text[cut:a.start].strip() and any(p.end in (cut - 1, cut) for p in parts):
                continue  # "X, Y and Z troops": a list
            if not JOINT_RE.search(m.group(0)) and not (_is_force(a, text, b.start) and (tm.group("force") or b.why)):
                continue
            out.append((a, b, cue.kind, m.start(), ""))
    return out
