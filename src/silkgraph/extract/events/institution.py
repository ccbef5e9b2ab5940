"""A state's own institutions told without the state: "the government asked Beijing to …",
"the foreign ministry summoned India's envoy", "police opened fire".  A bare definite
institution noun as a verb's subject stands for the state the article is about (a recorded
inference); a party named earlier in the clause (in a fronted "after X did …") is not the
subject."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import window_start
from silkgraph.extract.events.article import _topic_state, acting_state
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.participants import places
from silkgraph.extract.events.patterns import DATELINE_RE
from silkgraph.resources import load_yaml

_WORDS = load_yaml("ontology/events.yaml")["institution_subject"]
INSTITUTIONS: str = _WORDS["institutions"]
MODIFIERS: str = _WORDS["modifiers"]
ADVERBS: str = _WORDS["adverbs"]
# the subject right before the verb: "the (interim) government (also) …", or a bare plural at a clause start
# ("Police opened fire", "…, and troops fired")
INST_SUBJ_RE = re.compile(
    r"(?:\b[Tt]he\s+(?:" + MODIFIERS + r"\s+)?(?P<def>" + INSTITUTIONS + r")|"
    r"(?:^|[,;:—–]\s+|\band\s+|\bthen\s+|\bafter\s+|\bwhen\s+)(?P<bare>[Pp]olice|[Tt]roops|[Ss]ecurity forces|"
    r"[Rr]iot police|[Pp]rosecutors|[Bb]order guards))"
    r"\s+(?:" + ADVERBS + r"\s+){0,2}(?:(?:had|has|have|did)\s+)?$")
# the domestic police, who act where the scene is
POLICE_RE = re.compile(r"(?:riot\s+)?police|security forces", re.I)
# acts aimed at another party: told by a bare institution only when some party is named after the verb
DIRECTED = frozenset({"accusation", "rejection", "demand", "threat", "support"})
# "the government of Pakistan", "the Afghan government": a state named with it is a party already
OWNER_AFTER_RE = re.compile(r"\s+(?:of|in)\s+[A-Z]")


def institution_subject(sv: SentenceView, ctx: ArticleContext, cand: Cand, cs: int) -> bool:
    """A verb whose subject is a bare institution noun: the state the article is about acted.
    Parties told before the subject in the clause (a fronted subordinate clause, "after India
    raised concerns, the government asked …") are dropped from the actors."""
    text = sv.text
    m = INST_SUBJ_RE.search(text, max(0, cs - 2, cand.start - 80), cand.start)
    if m is None or m.end() != cand.start:
        return False
    g = "def" if m.group("def") else "bare"
    lo = m.start(g)
    if any(lo <= p.start < cand.start for p in cand.actors) or OWNER_AFTER_RE.match(text, m.end(g)):
        return False
    if any(p.end <= lo and AND_BEFORE_RE.search(text, p.end, lo) for p in cand.actors):
        return False  # "Pakistan and the government of X": a coordinated party
    if cand.trig.etype in DIRECTED and not any(
            sv.rel(x.start) >= cand.end and ctx.etype(x.entity_id) in ("state", "organization", "armed_group")
            for x in sv.mentions):
        return False  # "the authorities blamed criminal rivals": a charge against no party named
    topic = home_state(ctx, sv)
    scene = place_before(sv, ctx) if POLICE_RE.fullmatch(m.group(g)) else None
    if scene is not None:  # "Crowds gathered on X Avenue. Riot police cleared the avenue": police of X's country
        topic = scene[0]
    targets = {p.eid for p in cand.targets} | set(cand.extra_targets)
    if topic is None or topic in targets:
        return False
    named = {sid for x in sv.mentions if (sid := acting_state(ctx, x.entity_id))}
    if topic not in named and any(acting_state(ctx, x.entity_id) not in targets | {None, topic} and
                                  sv.rel(x.start) >= cand.end and COMPLEMENT_SUBJ_RE.match(sv.text, sv.rel(x.end))
                                  for x in sv.mentions):
        return False  # "the foreign ministry said Armenia would …": the ministry of the state told of
    cand.actors = [p for p in cand.actors if p.start >= cand.start]
    cand.extra_actors = [topic]
    cand.inferences["actors"] = f"'{m.group(g).lower()}' of the country of {scene[1]}, the place told just before" \
        if scene else f"'{m.group(g).lower()}' of the state the article is about"
    return True


# "said Armenia would …": a state as the subject of the complement told
COMPLEMENT_SUBJ_RE = re.compile(r"\s+(?:would|will|had|has|have|was|were|is|are|could|should|must|might|may|did|"
                                r"does|do|intended|planned|wanted)\b")
AND_BEFORE_RE = re.compile(r"^\s*(?:,\s*)?and\s+(?:the\s+)?$")
# a mention after a preposition is no subject ("fled to India", "between China and India")
PREP_BEFORE_RE = re.compile(r"\b(?:to|in|from|with|of|by|on|at|into|for|against|toward|towards|over|than|between|"
                            r"about|across|near|like|beyond|under|within|without|through)\s+(?:the\s+)?$", re.I)
COORD_RE = re.compile(r"^\s*(?:,|and|,\s*and)\s*$")
LEAD_SENTENCES = 3


def lead_subjects(ctx: ArticleContext) -> list[str]:
    """The state(s) the article's opening sentence has as its subject: the first state (or
    leader) named there not after a preposition, with those coordinated with it ("Fifteen
    months after X fled to India, Bangladesh has …" → Bangladesh; "Nepal and Bhutan have …")."""
    memo = ctx.scratch.get("events.lead_subjects")
    if memo is not None:
        return memo  # type: ignore[no-any-return]
    out: list[str] = []
    for view in ctx.sentences[:LEAD_SENTENCES]:
        ms = sorted(view.mentions, key=lambda x: x.start)
        first = None
        for i, m in enumerate(ms):
            sid = acting_state(ctx, m.entity_id)
            if sid is None or PREP_BEFORE_RE.search(view.text, max(0, view.rel(m.start) - 16), view.rel(m.start)):
                continue
            first = i
            out.append(sid)
            break
        if first is None:
            continue
        prev = ms[first]
        for m in ms[first + 1:]:
            sid = acting_state(ctx, m.entity_id)
            if sid is None or not COORD_RE.match(view.text[view.rel(prev.end):view.rel(m.start)]):
                break
            out.append(sid)
            prev = m
        break
    out = list(dict.fromkeys(out))
    ctx.scratch["events.lead_subjects"] = out
    return out


def _window_counts(ctx: ArticleContext, sv: SentenceView) -> dict[str, int]:
    """How often each state is named (itself, by a leader or by a place in it) in this sentence,
    the three before and the next."""
    counts: dict[str, int] = {}
    for view in ctx.sentences[max(0, sv.index - 3):sv.index + 2]:
        for m in view.mentions:
            sid = acting_state(ctx, m.entity_id)
            if sid is None and ctx.etype(m.entity_id) == "place":
                ent = ctx.entity(m.entity_id)
                sid = f"state:{ent.country}" if ent is not None and ent.country else None
            if sid is not None:
                counts[sid] = counts.get(sid, 0) + 1
    return counts


def home_state(ctx: ArticleContext, sv: SentenceView) -> str | None:
    """The state whose institutions a bare "the government", "police" names: the article's
    protagonist (the subject of its opening sentence), unless the text around names only
    other states; of two protagonists, the one named more often around; else the state the
    article is about."""
    subj = lead_subjects(ctx)
    if not subj:
        return _topic_state(ctx, sv)
    counts = _window_counts(ctx, sv)
    if len(subj) == 1:
        others = max((n for k, n in counts.items() if k != subj[0]), default=0)
        return subj[0] if counts.get(subj[0], 0) > 0 or others < 2 else None
    ranked = sorted(((counts.get(k, 0), k) for k in subj), reverse=True)
    if ranked[0][0] > ranked[1][0]:
        return ranked[0][1]
    topic = _topic_state(ctx, sv)  # a tie: the one of them named most in the article so far
    return topic if topic in subj else None


PLACE_BACK = 2  # sentences back in the paragraph


def place_before(sv: SentenceView, ctx: ArticleContext) -> tuple[str, str] | None:
    """The one country of the places named in the sentence or two before ``sv`` in its paragraph (the
    scene the narrative is at), or None when none or several are named there."""
    if sv.index == 0:
        return None
    ps = window_start(ctx, sv, PLACE_BACK)
    found: dict[str, str] = {}
    for view in ctx.sentences[max(0, sv.index - PLACE_BACK):sv.index]:
        if view.start < ps:
            continue
        dl = dateline_end(view.text) or 0  # the place a report was filed from is no scene
        for m in places(view, ctx):
            if view.rel(m.start) < dl:
                continue
            ent = ctx.entity(m.entity_id)
            if ent is not None and ent.country and ctx.entity(f"state:{ent.country}") is not None:
                found.setdefault(f"state:{ent.country}", m.text)
    return next(iter(found.items())) if len(found) == 1 else None


# a dateline opening a line of the sentence (a headline may come before it)
LINE_START_RE = re.compile(r"(?:^|\n)")


def dateline_end(text: str) -> int | None:
    """The end of a dateline ("TBILISI, Georgia, Nov 19 (Kura Wire) – ") opening a line of ``text``."""
    for ls in LINE_START_RE.finditer(text):
        dm = DATELINE_RE.match(text, ls.end())
        if dm is not None:
            return dm.end()
    return None
