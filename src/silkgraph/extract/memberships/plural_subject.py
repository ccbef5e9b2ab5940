"""A plural anaphor that is the cue's own subject: "Moscow calls Astana an ally, and the two
countries remain bound by the CSTO" — the subject of the cue's clause is "the two countries",
not the state that opened the sentence; the pair it stands for is the two states the sentence
named before it (else the discourse pair)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part
from silkgraph.extract.events.article import last_plural, plural_anaphor
from silkgraph.extract.pronoun import pair_anaphor

# between a plural anaphor and its cue: at most an adverb or an auxiliary ("the two countries
# still remain", "they have long been")
GAP_RE = re.compile(r"\s*(?:(?:still|also|both|now|all|long|have|had|has|will|would|continue\s+to)\s+){0,3}")
# where a new clause opens before the anaphor
CLAUSE_OPEN_RE = re.compile(r"(?:[,;:]\s+(?:and|but|while|whereas|yet|so)?\s*|\s(?:and|but|while|whereas)\s+)$")


def near_plural(text: str, mems: list[Part], pos: int) -> re.Match[str] | None:
    """The plural anaphor standing right before the cue at ``pos``, opening its own clause after
    the members found for it: then it is the cue's subject, not those members."""
    hit = last_plural(text, pos, max(p.end for p in mems))
    if hit is None or not GAP_RE.fullmatch(text, hit.end(), pos):
        return None
    return hit if CLAUSE_OPEN_RE.search(text, 0, hit.start()) else None


def sentence_pair(ctx: ArticleContext, sv: SentenceView, hit: re.Match[str]) -> tuple[list[str], str] | None:
    """Exactly two distinct states (named, or as demonyms) before the anaphor in this sentence,
    for a pair anaphor ("the two countries", "both")."""
    if "two" not in hit.group(0).lower() and "both" not in hit.group(0).lower():
        return None
    ids = list(dict.fromkeys(mm.entity_id for mm in sv.mentions if sv.rel(mm.end) <= hit.start()
                             and ctx.etype(mm.entity_id) == "state"))
    if len(ids) != 2:
        return None
    return ids, f"'{hit.group(0)}' = the two states named earlier in the sentence"

def plural_states(ctx: ArticleContext, sv: SentenceView, a: re.Match[str]) -> tuple[list[str], str] | None:
    """The states a plural anaphor stands for (``pair_anaphor``), never a single one: "Russia brokered a
    truce. They are members of": the subject group of the nearest sentence that has one, if clear."""
    got = pair_anaphor(ctx, sv, a)
    if got is not None and len(set(got[0])) < 2:
        got = plural_anaphor(ctx, sv, a.start(), a.end(), pair=True, min_states=2)
    return got
