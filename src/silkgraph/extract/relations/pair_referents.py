"""What a pronoun or a plural anaphor of a relation sentence stands for: the state of the
leader "he" refers to ("he and Y signed ..."), the coordinated pair "the two countries" or a
coordinated "they" refers back to within the sentence, and whether a state of the previous
sentence was named only as a demonym modifier ("German officials")."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part
from silkgraph.extract.relations.lists import PAIR_AND_RE

PRONOUN_BACK = 2  # sentences searched back for the leader "he" stands for


def he_part(sv: SentenceView, ctx: ArticleContext, pos: int, other: str) -> Part | None:
    """"he" in "he and Y signed …": the state of the last person of a known country named before
    it (in the sentence, else in the previous one or two of the section), other than Y's state."""
    for m in ctx.mentions_before(sv, pos, PRONOUN_BACK):
        ent = ctx.entity(m.entity_id)
        if ent is None or ent.type != "person":
            continue
        if not ent.country or f"state:{ent.country}" == other or ctx.entity(f"state:{ent.country}") is None:
            return None
        return Part(f"state:{ent.country}", pos, pos + 2, f"'{sv.text[pos:pos + 3].strip()}' = '{m.text}', "
                    f"who acts for {ent.country}", "anaphor")
    return None


TWO_ANAPHOR_RE = re.compile(r"\b(?:the\s+two\s+(?:countries|states|nations|neighbours|neighbors|governments|capitals)|both\s+(?:countries|states|nations|governments|capitals))\b", re.I)
# "X and Y call each other partners, but in Central Asia they are rivals": "they" opening a
# coordinated clause (a few words of a fronted phrase between)
THEY_CLAUSE_RE = re.compile(r",\s+(?:but|and|yet|while|whereas)\s+(?:[\w\-]+\s+){0,4}?they\b")


def same_sentence_pair(ps: list[Part], text: str, cs: int, end: int, they: bool = False) -> tuple[list[str], str] | None:
    """"the two countries" (with ``they``: "they" opening a coordinated clause) in a later clause
    of the sentence that opened with "X and Y": the coordinated pair, when they are the only
    states named before the anaphor."""
    am = TWO_ANAPHOR_RE.search(text, cs, end) if not they else None
    if they:
        am = THEY_CLAUSE_RE.search(text, max(0, cs - 8), end)
        if am is None or am.end() > end:
            return None
        cs = am.start()
    if am is None:
        return None
    before = [p for p in ps if p.end <= cs and p.eid.startswith("state:")]
    if len({p.eid for p in before}) != 2 or not PAIR_AND_RE.fullmatch(text[before[0].end:before[1].start]):
        return None
    a, b = before[0], before[1]
    word = "they" if am.re is THEY_CLAUSE_RE else am.group(0)
    return [a.eid, b.eid], f"'{word}' = '{text[a.start:a.end]}' and '{text[b.start:b.end]}' earlier in the sentence"


DEMONYM_MOD_RE = re.compile(r"\s+[a-z]")


def demonym_only_before(ctx: ArticleContext, sv: SentenceView, ids: list[str]) -> bool:
    """Some state of ``ids`` is named in the previous sentence only as a demonym modifying a
    noun ("German officials offered to host them"): not one of "the two countries"."""
    if sv.index == 0:
        return False
    prev = ctx.sentences[sv.index - 1]
    for sid in ids:
        ms = [m for m in prev.mentions if m.entity_id == sid]
        if ms and all(m.kind == "demonym" and DEMONYM_MOD_RE.match(prev.text, prev.rel(m.end)) for m in ms):
            return True
    return False
