"""Discourse topics that stand for a recipient: the state an article's headline is about (the
recipient of last resort for goods whose recipient no sentence of the paragraph names:
"Armenia's rearmament" … "France has delivered 24 S"), the state the section or the article
is about, the state a bare force noun refers to ("the army ordered S": the state the
article is about, not a state named before as a supplier's share or an object), and a
state's armed forces or ministry named in the discourse ("equipping the Tajik armed forces")."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.model import Party
from silkgraph.model import Mention

# "A, B and C": the gap before a coordination's last conjunct
LIST_GAP_RE = re.compile(r",?\s+(?:and|or)\s+$")


def _title_states(ctx: ArticleContext) -> list[tuple[str, str]]:
    """The states named in the article's title (by name, capital or demonym), in order."""
    cache = ctx.scratch.get("transfer_title_states")
    if cache is not None:
        return cache  # type: ignore[no-any-return]
    out: list[tuple[str, str]] = []
    title = ctx.article.title or ""
    try:
        matches = ctx.kb.find(title) if title else []
    except AttributeError:
        matches = []
    for m in matches:
        for eid, kind in m.candidates:
            if not eid.startswith("state:") or kind == "adjective":
                continue
            if all(eid != e for e, _t in out):
                out.append((eid, m.text))
            break
    ctx.scratch["transfer_title_states"] = out
    return out


def _title_state(ctx: ArticleContext, bad: set[str]) -> Party | None:
    """The one state the title names besides the suppliers, if exactly one."""
    left = [(e, t) for e, t in _title_states(ctx) if e not in bad]
    if len(left) != 1 or ctx.entity(left[0][0]) is None:
        return None
    return Party(left[0][0], f"recipient from context: '{left[0][1]}', the state the article's title is about")


# organisations that hold or buy arms for their state
FORCE_KINDS = frozenset({"military", "paramilitary", "military formation", "ministry", "government agency"})


def _force_state(ctx: ArticleContext, eid: str) -> str | None:
    """The state whose armed forces, ministry or agency ``eid`` is (None for anything else)."""
    if ctx.etype(eid) != "organization":
        return None
    e = ctx.entity(eid)
    if e is None or not e.country or str(e.attrs.get("kind") or "") not in FORCE_KINDS:
        return None
    state = f"state:{e.country}"
    return state if ctx.entity(state) is not None else None


def _section_state(sv: SentenceView, ctx: ArticleContext, bad: set[str], topic: bool = False) -> Party | None:
    """The state most written about in the section so far, when it clearly dominates."""
    counts: dict[str, int] = {}
    for view in ctx.sentences[:sv.index + 1]:
        if view.section != sv.section:
            continue
        for m in view.mentions:
            if ctx.etype(m.entity_id) == "state" and m.role != "place" and m.kind != "demonym":
                counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][0] in bad or ranked[0][1] < 3 \
            or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return _article_state(sv, ctx, bad | _pure_sellers(ctx)) if topic else None
    e = ctx.entity(ranked[0][0])
    return Party(ranked[0][0], f"recipient from context: '{e.name if e else ranked[0][0]}', "
                               f"the state the {sv.section} section is about")


def _pure_sellers(ctx: ArticleContext) -> set[str]:
    """The article's suppliers so far that received nothing: they compete for no recipient role."""
    log = ctx.scratch.get("transfer_parties", [])
    return {s for _i, s, _r in log} - {r for _i, _s, r in log}


def _article_state(sv: SentenceView, ctx: ArticleContext, bad: set[str]) -> Party | None:
    """The state the whole article is about (named at least five times and twice as often as
    any other state but the suppliers), for goods handed over with no recipient in sight."""
    counts: dict[str, int] = ctx.scratch.get("transfer_article_states")  # type: ignore[assignment]
    if counts is None:
        counts = {}
        for view in ctx.sentences:
            if view.section in ("author_bio", "boilerplate"):
                continue
            for m in view.mentions:
                if ctx.etype(m.entity_id) == "state" and m.role != "place" and m.kind != "demonym":
                    counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
        ctx.scratch["transfer_article_states"] = counts
    ranked = sorted(((k, v) for k, v in counts.items() if k not in bad), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 5 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    e = ctx.entity(ranked[0][0])
    return Party(ranked[0][0], f"recipient from context: '{e.name if e else ranked[0][0]}', "
                               f"the state the article is about")


# a bare force, government or "the country" heading a clause: its state is the discourse's topic
# ("…, and the army ordered S", "the government asked Z to …")
BARE_FORCE = (r"the\s+(?:(?:interim|new|military|central|national|federal)\s+)?(?:air\s+force|army|navy|military|"
              r"armed\s+forces|coast\s+guard|border\s+guards?|marines|ground\s+forces|government|country|"
              r"(?:defen[cs]e\s+)?ministry|authorities|junta|service)")
FORCE_LEAD_RE = re.compile(r"\s*(?:[A-Z]\w+ly,?\s+|(?:in|by|since)\s+\d{4},?\s+)?" + BARE_FORCE +
                           r"\s+(?:(?:\w+ly|also|still|then|now|had|has|have|was|were)\s+)*"
                           r"(?!of\b|and\b|in\b|to\b|that\b|which\b|who\b|is\b|are\b)[a-z]+", re.I)
# … as the object of an equipping verb: "X equipped the army with S" (the discourse's state's army)
EQUIPPED_FORCE_RE = re.compile(r"(?:re-?)?(?:equip|arm)\w*\s+" + BARE_FORCE + r"\s+(?:and\s+[\w\s]{1,30}?\s+)?with\b", re.I)


def _equipped_force(sv: SentenceView, ctx: ArticleContext, start: int, bad: set[str]) -> Party | None:
    """The state of a bare force equipped by the trigger at ``start`` ("X equipped the army with S")."""
    if not EQUIPPED_FORCE_RE.match(sv.text, start):
        return None
    # the definite noun refers back to a named force ("the Royal Nepalese Army … the army")
    for i in range(sv.index, max(-1, sv.index - 3), -1):
        view = ctx.sentences[i]
        for m in reversed(view.mentions):
            state = _force_state(ctx, m.entity_id)
            if state is not None and state not in bad and (i < sv.index or view.rel(m.end) <= start):
                return Party(state, f"the state of the force equipped: '{m.text}'")
    return _topic_state(sv, ctx, bad, "the state of the force equipped")


# … right before a trigger: "the army ordered", "the country also signed for"
FORCE_BEFORE_RE = re.compile(r"(?<![\w’'])" + BARE_FORCE + r"\s+(?:(?:\w+ly|also|still|then|now|meanwhile|had|has|have)\s+)*$",
                             re.I)
# the subject of the article's lead: "Uzbekistan has spent …", "The Philippine navy took …"
LEAD_GAP_RE = re.compile(r"^(?:[^,;]*?\b(?:after|since|before|when|as|while)\b[^,;]*,\s*|(?:[A-Z][A-Z .\-]+,[^–—\-]{0,40}[–—\-]\s*))?"
                         r"(?:[Tt]he\s+)?$")


def _force_clause(text: str, lo: int, hi: int) -> bool:
    """Whether the clause starting at ``lo`` has a bare force noun or "the country" as its
    subject before ``hi``: "…, and the army ordered" / "the government asked Z"."""
    return FORCE_LEAD_RE.match(text, lo, hi) is not None


# … or after a verb of building: "built three S for the service"
FOR_FORCE_RE = re.compile(r"(?i)(?:buil|constr)\w*\b[^.;:]{0,90}?\bfor\s+" + BARE_FORCE + r"\b")


def _force_subject(text: str, trig: int) -> bool:
    """Whether a bare force noun or "the country" is the subject right before a trigger, or
    the force a verb of building works for."""
    return FORCE_BEFORE_RE.search(text, max(0, trig - 60), trig) is not None \
        or FOR_FORCE_RE.match(text, trig) is not None


def _lead_state(ctx: ArticleContext) -> str | None:
    """The state the article's first sentence is about: its subject (a state, or a demonym
    heading the state's forces), not a state governed by a preposition."""
    cache = ctx.scratch.get("transfer_lead_state", 0)
    if cache != 0:
        return cache  # type: ignore[no-any-return]
    out = None
    view = next((v for v in ctx.sentences if v.section not in ("author_bio", "boilerplate", "caption", "title")), None)
    if view is not None:
        for m in view.mentions:
            if ctx.etype(m.entity_id) != "state" or m.role == "place":
                continue
            a = view.rel(m.start)
            if LEAD_GAP_RE.match(view.text[:a]):
                out = m.entity_id
            break
    ctx.scratch["transfer_lead_state"] = out
    return out


def _topic_state(sv: SentenceView, ctx: ArticleContext, bad: set[str], why: str) -> Party | None:
    """The state the article is about, for a bare force noun ("the army"): the one state its
    title names, else the subject of its first sentence, else the state it names most."""
    title = _title_state(ctx, bad)
    if title is not None:
        return Party(title.eid, f"{why}: the state the article's title is about")
    lead = _lead_state(ctx)
    if lead is not None and lead not in bad and ctx.entity(lead) is not None:
        return Party(lead, f"{why}: the state the article's first sentence is about")
    p = _article_state(sv, ctx, bad)
    return Party(p.eid, f"{why}: {p.why}") if p is not None else None


SUBORDINATE_OPEN_RE = re.compile(r"(?i)\s*(?:after|when|as|because|although|though|while|since|before|once|if)\s+(?:the\s+)?$")


def _subordinate_before_force(text: str, a: int, b: int) -> bool:
    """"After Washington declined, the coast guard turned to Z": a state in a fronted subordinate
    clause, the main clause's subject a bare force noun (whose state is the topic's)."""
    if not SUBORDINATE_OPEN_RE.fullmatch(text, 0, a):
        return False
    comma = text.find(",", b)
    return comma > 0 and _force_clause(text, comma + 1, len(text))


def _clause_head(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (sentence start, ";", ", and", "after" …)."""
    return max([0] + [m.end() for m in CLAUSE_HEAD_RE.finditer(text, 0, pos)])


CLAUSE_HEAD_RE = re.compile(r";|:|,\s+(?:and|but|while|whereas|although|though|yet|so|then)\b|\b(?:whereas|while|after|"
                            r"before|when|since)\s|,\s+(?=the\s)")


def _in_state_list(ctx: ArticleContext, view: SentenceView, m: Mention) -> bool:
    """Whether ``m`` ends a coordination of states ("Azerbaijan, Kazakhstan and Turkmenistan")."""
    a = view.rel(m.start)
    gap = LIST_GAP_RE.search(view.text, max(0, a - 8), a)
    if gap is None:
        return False
    return any(view.rel(o.end) == gap.start() and o.entity_id != m.entity_id
               and ctx.etype(o.entity_id) == "state" for o in view.mentions)
