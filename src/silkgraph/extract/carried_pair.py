"""Relations told of a pair of states named in an earlier sentence.

"Turkey shipped drones to Azerbaijan. The two allies signed a defence pact.": the pair anaphor's
own noun ("allies", "rivals", "old foes") tells the relation; "Kazakhstan and Uzbekistan opened a
crossing. Both governments describe each other as partners.": a reciprocal cue whose subject is a
pair anaphor.  The pair is the two states named in the nearest earlier sentences of the same
paragraph, within a small window (``resources/ontology/carried_pair.yaml``), only when exactly two
are named there and the sentence names no state before the anaphor.  The fact's evidence is this
sentence; both states are recorded inferences naming where they came from.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import window_pair
from silkgraph.extract.events import Part, clause_bounds
from silkgraph.extract.relations.cues import BY_SHAPE, PAIR_NOUN_KIND
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/carried_pair.yaml")
WINDOW: int = int(_DATA["window"])  # sentences back the pair may be named
NOUN_KIND: dict[str, str] = dict(_DATA["relation_nouns"])
_NOT_STANDING = set(_DATA["not_standing"])
_NOUNS = "|".join(re.escape(n) for n in sorted(NOUN_KIND, key=len, reverse=True))
_SUBJECT_NOUNS = "|".join(list(_DATA["subject_nouns"]) + [re.escape(n) for n in NOUN_KIND])
# "the two allies", "both nuclear-armed rivals": an anaphor whose noun tells the relation
NOUN_ANAPHOR_RE = re.compile(r"\b" + _DATA["opening"] + r"\s+(?P<mods>" + _DATA["modifiers"] + r")(?P<noun>" + _NOUNS + r")\b", re.I)
# the subject of a reciprocal cue: a pair anaphor and a few adverbs, nothing else in its clause
RECIPROCAL_SUBJECT_RE = re.compile(r"\s*(?:(?:[A-Z][\w\-]*|a|an|the|in|on|by|since)\s+){0,4}?" + _DATA["opening"] + r"\s+"
                                   + _DATA["modifiers"] + r"(?:" + _SUBJECT_NOUNS + r")\s+(?:(?:"
                                   + "|".join(_DATA["adverbs"]) + r")\s+)*$", re.I)
# a list of names right after the anaphor ("the two rivals India and Pakistan"): told in the sentence
NAMES_AFTER_RE = re.compile(r"[\s,(]*(?-i:[A-Z])")


def _states_before(ctx: ArticleContext, sv: SentenceView, pos: int) -> bool:
    return any(ctx.etype(m.entity_id) == "state" and sv.rel(m.start) < pos for m in sv.mentions)


def carried_pairs(sv: SentenceView, ctx: ArticleContext, live: set[int]) -> list[tuple[Part, Part, str, int, str]]:
    """The relations a pair anaphor of this sentence tells of the pair named just before."""
    if sv.index == 0:
        return []
    hits: list[tuple[str, int, int, str]] = []  # (kind, start, end, anaphor text)
    for m in NOUN_ANAPHOR_RE.finditer(sv.text):
        mods = {w.lower().rstrip("-") for w in re.split(r"[\s\-]+", m.group("mods")) if w}
        if mods & _NOT_STANDING or NAMES_AFTER_RE.match(sv.text, m.end()):
            continue
        hits.append((NOUN_KIND[m.group("noun").lower()], m.start(), m.end(), m.group(0)))
    for cue in BY_SHAPE.get("mutual", []):
        if id(cue) not in live:
            continue
        for m in cue.regex.finditer(sv.text):
            kind = PAIR_NOUN_KIND.get(m.group("noun").lower())
            cs, _ = clause_bounds(sv.text, m.start(), m.end())
            subj = RECIPROCAL_SUBJECT_RE.fullmatch(sv.text, cs, m.start())
            if kind and subj is not None:
                hits.append((kind, m.start(), m.end(), sv.text[cs:m.start()].strip()))
    out: list[tuple[Part, Part, str, int, str]] = []
    if not hits:
        return out
    pair = window_pair(ctx, sv, WINDOW)
    if pair is None:
        return out
    for kind, s, _e, words in hits:
        if _states_before(ctx, sv, s):
            continue  # a state named before the anaphor: the sentence's own pair may be meant
        why = f"'{words}' = {pair[1]}"
        out.append((Part(pair[0][0], s, s), Part(pair[0][1], s, s), kind, s, why))
    return out
