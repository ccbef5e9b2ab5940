"""The production site of licensed goods: "X opened a plant in Y to assemble S under licence",
"a factory in Y. It assembles S under licence": the state where the licensed line stands
receives (SIPRI records licensed production as a transfer from the licensor to that state)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.model import Item, Party
from silkgraph.extract.transfers.parties import _capital_party, _prev_word, mention_party

# "a (new) (drone) plant in Y", "an assembly line in Y", "a joint venture in Y"
SITE_BEFORE_RE = re.compile(r"\b(?:plant|factory|facility|works|(?:assembly|production)\s+line|joint\s+venture)\s+"
                            r"(?:(?:located|based|built|opened)\s+)?in\s+(?:the\s+)?$", re.I)
# the subject of the licensee verb is the site itself: "It assembles …", "The plant builds …"
SITE_SUBJECT_RE = re.compile(r"^\s*(?:It|The\s+(?:new\s+)?(?:plant|factory|facility|line|joint\s+venture))\s+"
                             r"(?:(?:now|also|still|already|\w+ly)\s+)*$")
# a licence trigger whose verb is the producer's: "agreed to produce", "an agreement to assemble"
PRODUCER_TRIGGER_RE = re.compile(r"\bto\s+(?:licen[cs]e-)?(?:produce|assemble|manufacture)\b")
MAX_SITE_GAP = 90  # characters between the site and the licensee verb in one sentence


def _site_in(sv: SentenceView, ctx: ArticleContext, lo: int, hi: int) -> Party | None:
    """The last state (or capital's state) named as a site ("a plant in Y") between lo and hi."""
    found: Party | None = None
    for a, _b, m in sv.mentions_rel():
        if a < lo or a > hi or not SITE_BEFORE_RE.search(sv.text, max(0, a - 45), a):
            continue
        p = mention_party(ctx, m) if ctx.etype(m.entity_id) == "state" and m.role != "place" else None
        if p is None and (m.role == "place" or ctx.etype(m.entity_id) == "place"):
            p = _capital_party(ctx, m)
        if p is not None:
            found = Party(p.eid, f"site of the licensed production: '{sv.text[a:_b]}'")
    return found


# a relative clause on the subject that holds the site: "X, which runs a plant in Y, granted …"
REL_OPEN_RE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*$")


def _licence_site(sv: SentenceView, ctx: ArticleContext, hi: int) -> Party | None:
    """The site "a plant in Y" named before a licence at ``hi`` in the sentence: none inside a
    relative clause on the subject, nor when a state (an indirect object or the licensee's
    subject, not a demonym) is named between the site and the licence."""
    lo = 0  # (the site may stand a clause before: "opened a plant in Y …; the licence for S")
    site = _site_in(sv, ctx, lo, hi)
    if site is None:
        return None
    a = max(x for x, _b, m in sv.mentions_rel() if lo <= x <= hi and SITE_BEFORE_RE.search(sv.text, max(0, x - 45), x))
    if REL_OPEN_RE.search(sv.text, 0, a):
        return None
    for x, _b, m in sv.mentions_rel():
        if a < x < hi and ctx.etype(m.entity_id) == "state" and m.role != "place" and m.kind != "demonym":
            return None
    return site


def _production_site(sv: SentenceView, ctx: ArticleContext, trig: int) -> Party | None:
    """The state where the licensee verb at ``trig`` produces: a site named before it in the
    sentence, or, when the verb's subject is the site ("It assembles S"), in the previous sentence."""
    site = _site_in(sv, ctx, max(0, trig - MAX_SITE_GAP), trig)
    if site is not None or sv.index == 0 or not SITE_SUBJECT_RE.match(sv.text, 0, trig):
        return site
    prev = ctx.sentences[sv.index - 1]
    return _site_in(prev, ctx, 0, len(prev.text))


DESIGN_AFTER_RE = re.compile(r"\s+(?:design|origin|make|manufacture)\b")


def _design_origin(sv: SentenceView, ctx: ArticleContext, lo: int, hi: int) -> Party | None:
    """"S, a corvette of Turkish design built under licence in Y": the designer's state."""
    for a, b, m in sv.mentions_rel():
        if lo <= a and b <= hi and _prev_word(sv.text, a) == "of" and DESIGN_AFTER_RE.match(sv.text, b) \
                and ctx.etype(m.entity_id) == "state":
            return Party(m.entity_id, f"the design's origin: '{sv.text[a:b]}'")
    return None


def _co_origin(ctx: ArticleContext, it: Item, producer: Party) -> Party | None:
    """"S produced under licence in Y" where S is Y's own in the gazetteer: the co-developer
    whose design Y builds (the JF-17's China) is the licensor."""
    e = ctx.entity(it.system) if not it.category else None
    co = str(((e.attrs or {}) if e is not None else {}).get("co_origin") or "").split("|")[0].strip()
    if not co or f"state:{co}" == producer.eid or ctx.entity(f"state:{co}") is None:
        return None
    return Party(f"state:{co}", f"co-developer of {e.name if e is not None else it.system} (gazetteer)")
