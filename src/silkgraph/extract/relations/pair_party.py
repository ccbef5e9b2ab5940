"""A pair anaphor as ONE party of a one-sided cue: "China, which is close to both neighbours,
urged restraint", "Both countries … host Russian military facilities", "Moscow's ties with the
two countries".  The anaphor stands for two states; the cue's other party is related to each.

(A cue told *between* the two, "the two countries are partners", is the pair's own relation:
``_pair_subject`` and :mod:`silkgraph.extract.relations.between_anaphor` read those.)

The pair is resolved strictly: the two states the sentence names before the anaphor (a demonym
modifier, "Russian-led", is no referent), else — none named there but the cue's other party —
what :func:`silkgraph.extract.pronoun.pair_anaphor_at` finds in the previous sentence, or, at a
paragraph's start, the pair the article is about.  A bare "both" before a verb ("…, and
both host …") stands for the pair anaphor named earlier in the sentence.  Each state is put in
the anaphor's place in turn and the sentence's one-sided cues (possessive, "with", support,
hosting) are read again; only the relations of the substituted party are kept, with the
resolution recorded as an inference."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import opens_paragraph
from silkgraph.extract.events import Part
from silkgraph.extract.pronoun import pair_anaphor_at

Found = tuple[Part, Part, str, int, str]
# "both countries", "the two neighbours", "both capitals" (not "both countries' …" possessives of a
# pair's own relation nor "both of them")
PAIR_NP_RE = re.compile(r"\b(?:[Bb]oth|[Tt]he\s+two)\s+(?:countries|states|nations|neighbou?rs|capitals|governments|"
                        r"republics)\b(?![’'])(?!\s+of\b)")
# an elliptic subject "both" before its verb: "…, and both host Russian bases"
BARE_BOTH_RE = re.compile(r"(?:,\s*|\b)(?:and|but|while)\s+(?P<ana>both)\s+(?=(?:also\s+|still\s+|now\s+)?[a-z]+s?\b)")
# a coordinated main clause's start: "…, and Z keeps bases in both countries"
CLAUSE_JOIN_RE = re.compile(r"(?:,\s+(?:and|but|while|whereas|yet)|;)\s+")
DEMONYM_MOD_RE = re.compile(r"[\s\-]+[a-z]")  # "Russian-led", "Russian troops": a modifier


def _named_before(ctx: ArticleContext, sv: SentenceView, pos: int) -> list[str]:
    """The states the sentence names before ``pos`` as parties (no place, no demonym modifier)."""
    out: list[str] = []
    for mm in sv.mentions:
        b = sv.rel(mm.end)
        if b > pos or mm.role == "place" or ctx.etype(mm.entity_id) != "state":
            continue
        if mm.kind == "demonym" and DEMONYM_MOD_RE.match(sv.text, b):
            continue
        if mm.entity_id not in out:
            out.append(mm.entity_id)
    return out


def _named_between(ctx: ArticleContext, sv: SentenceView, start: int, end: int) -> set[str]:
    """The states the sentence names (not as places) between ``start`` and ``end``."""
    return {mm.entity_id for mm in sv.mentions if start <= sv.rel(mm.start) and sv.rel(mm.end) <= end
            and mm.role != "place" and ctx.etype(mm.entity_id) == "state"}


def _resolve(ctx: ArticleContext, sv: SentenceView, m: re.Match[str]) -> tuple[list[str], str] | None:
    here = _named_before(ctx, sv, m.start())
    if len(here) == 2:
        return here, f"'{m.group(0)}' = the two states the sentence names before it"
    if len(here) == 3:  # "X and Y are CSTO members, and Z keeps bases in both countries": the pair before Z's clause
        joins = list(CLAUSE_JOIN_RE.finditer(sv.text, 0, m.start()))
        cs = joins[-1].end() if joins else 0
        outer = _named_before(ctx, sv, cs)
        if len(outer) == 2 and not set(outer) & _named_between(ctx, sv, cs, m.start()):
            return outer, f"'{m.group(0)}' = the two states the sentence names before its clause"
    if len(here) > 1:
        return None
    got = pair_anaphor_at(ctx, sv, m.group(0), m.start(), m.end())
    if not got or len(got[0]) != 2 or not ("previous sentence" in got[1] or opens_paragraph(ctx, sv)):
        return None  # only the pair the sentence before names, or (opening a paragraph) the article's pair
    if here and here[0] in got[0]:
        return None  # "China … both countries": a state of the sentence is not one of its referents
    return got


def pair_parties(sv: SentenceView, ctx: ArticleContext, ps: list[Part],
                 readers: list[Callable[[SentenceView, list[Part]], list[Found]]]) -> list[Found]:
    """The relations of each state of a pair anaphor that a one-sided cue of the sentence gives
    the anaphor (``readers`` read the cues of a sentence for a list of parties).  The anaphor's
    first letter is read capitalised, as a name's would be (cues that want a name after them,
    "is close to X", then take it)."""
    text = sv.text
    anas: list[tuple[int, int, list[str], str]] = []
    for m in PAIR_NP_RE.finditer(text):
        if any(p.start < m.end() and m.start() < p.end for p in ps):
            continue
        got = _resolve(ctx, sv, m)
        if got is not None:
            anas.append((m.start(), m.end(), got[0], got[1]))
    if anas:
        for m in BARE_BOTH_RE.finditer(text, anas[0][1]):
            anas.append((m.start("ana"), m.end("ana"), anas[0][2], anas[0][3]))
    out: list[Found] = []
    for s, e, ids, why in anas:
        view = replace(sv, text=text[:s] + text[s].upper() + text[s + 1:])
        for sid in ids:
            part = Part(sid, s, e, why, "anaphor")
            sub = sorted([p for p in ps if p.eid not in ids] + [part], key=lambda p: p.start)
            for reader in readers:
                for a, b, kind, pos, w in reader(view, sub):
                    if (a is part) != (b is part):
                        out.append((a, b, kind, pos, w))
    return out
