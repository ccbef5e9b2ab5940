"""A second look at a sentence with its asides blanked out.

Writers put a descriptive aside between a party and the rest of its clause: an apposition
("India, the region's largest economy, and Russia are allies"), a relative clause ("Kazakhstan,
which borders China, is a member of the SCO") or a parenthesis ("Armenia (population 3m) has
frozen …").  The cue shapes of the relation and membership extractors read a party right before
or after their cue, so such an aside hides the party.  ``masked`` gives a view of the sentence in
which each aside that follows a named party is overwritten by spaces (offsets are kept, so every
mention outside it, and the evidence, stay where they are); the mentions and dates inside the
aside are left out of the view.  The extractors run once on the sentence and once on this view;
the article state keeps one fact per pair, so a fact both passes find is told once.

An aside is only taken where it opens right after a mention (a comma, or a bracket) and closes
with a comma (or the bracket) before the clause goes on, and an appositive noun phrase holds no
finite verb of saying or being (", the council said, …" is a clause, not an aside).
"""

from __future__ import annotations

import re
from dataclasses import replace

from silkgraph.extract.context import SentenceView
from silkgraph.nlp.prefilter import Gate

# ", the largest economy in the region," / ", which borders China," / ", long a partner of X,"
_ASIDE_RE = re.compile(
    r"[\"”’)]?(?:,\s+(?:(?P<np>(?:the|an?|its|their|one|home|now|once|long\s|then|itself|already|still|currently|"
    r"formerly|previously|historically|traditionally)\b[^,;:()\"“”—–]{1,90}?)|"
    r"(?P<rel>(?:which|who|whose|where)\b[^;:()\"“”—–]{1,110}?)),\s+(?=\S)"
    r"|\s+\((?P<par>[^()]{2,80})\)(?=[\s,]))")
# an "apposition" that is really a clause: ", the minister said, …", ", the deal was signed, …"
HEADS = ("state:", "org:")  # the parties an aside is read after (not a person's title, a city's description)
OBJ_REL_RE = re.compile(r"(?:which|whom|who)\s+(?:the\s+)?", re.I)  # a relative whose subject is named: "which X calls"
_CLAUSE_RE = re.compile(r"\b(?:is|are|was|were|said|says|will|would|has|have|had|told|added|noted)\b")
# an aside that tells a relation or membership of the parties around it (", long-time rivals,",
# ", both members of the SCO,") is part of the clause's own cue: it is kept
_CUE_NOUN_RE = re.compile(r"\b(?:members?|observers?|allie[sd]|ally|partners?|rivals?|adversar|enem|foes?|friends?|"
                          r"neighbou?rs|brothers|founders?|signator)", re.I)


def masked(sv: SentenceView, gates: tuple[Gate, ...],
           told: set[str] | frozenset[str] = frozenset()) -> SentenceView | None:
    """The view of ``sv`` with its asides after named states and organisations blanked out, or
    None: when it has none (the common case: checked with two literal tests first), when the
    parties on both sides of every aside are in ``told`` already (the entities of the facts the
    sentence gave: the aside hid nothing from them), or when none of ``gates`` (the extractor's
    cue pre-checks) matches the masked text near the asides, from 80 characters before the first
    to 120 after the last (a cue further off was read as well on the sentence itself)."""
    text = sv.text
    if text.count(",") < 2 and "(" not in text:
        return None
    rel = sv.mentions_rel()
    ends = {e: mm.entity_id for _, e, mm in rel if mm.entity_id.startswith(HEADS)}
    if not ends:
        return None
    spans: list[tuple[int, int]] = []
    hidden = False
    for end_of_mention in sorted(ends):
        m = _ASIDE_RE.match(text, end_of_mention)
        if m is None:
            continue
        body = m.group("np") or m.group("rel") or m.group("par") or ""
        inner = any(m.start() < s < m.end() for s, _, _ in rel)
        if m.group("np") is not None and _CLAUSE_RE.search(body):
            continue
        if m.group("rel") is not None and inner and (not ends[end_of_mention].startswith("state:") or any(
                OBJ_REL_RE.fullmatch(text, m.start("rel"), a) for a, _, _ in rel if m.start("rel") < a < m.start("rel") + 20)):
            continue  # "the SCO, which includes X and Y, …", "Z, which X considers an ally, …": the clause's own parties
        if not inner and _CUE_NOUN_RE.search(body):
            continue
        # through the closing bracket, or the closing comma
        end = m.end("par") + 1 if m.group("par") is not None else m.start() + len(m.group(0).rstrip())
        start = m.start() + (1 if text[m.start()] in "\"”’)" else 0)  # (a closing quote stays)
        spans.append((start, end))
        after = next((mm.entity_id for a, _, mm in rel if a >= end), None)
        hidden = hidden or ends[end_of_mention] not in told or (after is not None and after not in told)
    if not spans or not hidden:
        return None
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    new = "".join(chars)
    lo, hi = max(0, spans[0][0] - 80), min(len(new), max(e for _, e in spans) + 120)
    if not any(g.search_in(new, lo, hi) for g in gates):
        return None
    base = sv.start

    def outside(s: int, e: int) -> bool:
        return not any(a <= s - base < b or a < e - base <= b for a, b in spans)

    return replace(sv, text=new,
                   mentions=[m for m in sv.mentions if outside(m.start, m.end)],
                   dates=[d for d in sv.dates if outside(d.start, d.end)],
                   anaphors=[d for d in sv.anaphors if outside(d.start, d.end)],
                   parts=None, _rel=None)
