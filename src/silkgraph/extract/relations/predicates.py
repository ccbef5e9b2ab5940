"""Relations told by a possessed relation noun and a predicate (session 3, t3): "X's relations
with Y remain strained", "its ties with Y have been described as cordial"."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part
from silkgraph.extract.events.patterns import DATELINE_RE
from silkgraph.extract.grammar import PRONOUN_PREPS, after_prep
from silkgraph.extract.relations.cues import BY_SHAPE
from silkgraph.extract.relations.pairs import BETWEEN_PRED_RE, past_span, pred_kind
from silkgraph.extract.relations.parties import next_list, subject
from silkgraph.model import Mention

# "Relations with India soured quickly": the relation noun opens the sentence (after a section
# label, a time or a linking adverb), with no owner
BARE_OPEN_RE = re.compile(r"(?:[A-Z][A-Z’' ]+:\s*|[^:;]{1,200}:\s+)?(?:(?:Since\s+\S+(?:\s+\d{4})?|In\s+\d{4}|Meanwhile|Since\s+then|"
                          r"Afterwards|Thereafter|Soon|Then),?\s+)?(?:(?:Bilateral|Diplomatic)\s+)?$")
WITH_PRED_SUBJ_RE = re.compile(r"(?:[’']s?|\b(?:its|their|whose))\s+(?:(?:bilateral|diplomatic|political|military|defen[cs]e|security|"
                               r"strategic|economic|trade|long-?standing|overall)\s+)*$", re.I)


def with_pred(ps: list[Part], text: str, live: set[int]) -> list[tuple[Part, Part, str, int]]:
    """"X's relations with Y remain strained", "its ties with Y have been described as cordial":
    the possessor (or the owner of "its") and the one party after "with", the kind from the
    predicate as for "relations between X and Y"."""
    out = []
    for cue in BY_SHAPE.get("with_pred", []):
        if id(cue) not in live:
            continue
        for m in cue.regex.finditer(text):
            if not WITH_PRED_SUBJ_RE.search(text, max(0, m.start() - 60), m.start()):
                continue  # "the EU's talks on relations with Y": no possessed relation noun
            lst = next_list(ps, text, m.end(), 8)
            if len(lst) != 1:
                continue
            pm = BETWEEN_PRED_RE.match(text, lst[0].end)
            subj = subject(ps, text, m.start()) if pm and not past_span(pm, text) else None
            kind = pred_kind(pm, text) if pm else None  # type: ignore[arg-type]
            if subj is None or subj.eid == lst[0].eid or kind is None:
                continue
            out.append((subj, lst[0], kind, m.start()))
    return out


def _predicate_owner(ps: list[Part], text: str, pm: re.Match[str]) -> Part | None:
    """The possessor inside a partnership predicate ("Relations with Y have become one of X's closest
    partnerships"): the party owning that partnership, which is the other side of the relation."""
    if not pm.group("pnoun"):
        return None
    return next((p for p in ps if pm.start() <= p.start and p.end < pm.start("pnoun")
                 and text.startswith(("'s", "’s"), p.end)), None)


def bare_with_pred(sv: SentenceView, ctx: ArticleContext, ps: list[Part], live: set[int],
                   main: str | None) -> list[tuple[Part, Part, str, int, str]]:
    """"Relations with India soured quickly", "Ties with Iran have grown closer": a relation noun
    with no owner opening the sentence is the relation of the state the article is about."""
    out: list[tuple[Part, Part, str, int, str]] = []
    for cue in BY_SHAPE.get("with_pred", []):
        if id(cue) not in live:
            continue
        for m in cue.regex.finditer(sv.text):
            dl = DATELINE_RE.match(sv.text)  # ("ASHGABAT, May 3 (X) - Relations with …")
            if not BARE_OPEN_RE.fullmatch(sv.text, dl.end() if dl else 0, m.start()):
                continue
            lst = next_list(ps, sv.text, m.end(), 8)
            if len(lst) != 1 or not lst[0].eid.startswith("state:"):
                continue
            pm = BETWEEN_PRED_RE.match(sv.text, lst[0].end)
            if pm is None or (kind := pred_kind(pm, sv.text)) is None:
                continue
            own = _predicate_owner(ps, sv.text, pm)
            if own is not None and own.eid != lst[0].eid:  # "… have become one of X's partnerships": X
                out.append((own, lst[0], kind, m.start(), ""))
                continue
            if main is None or lst[0].eid == main:
                continue
            why = f"the relations of {main.split(':', 1)[1]}, the state the article is about (no owner named)"
            out.append((Part(main, m.start(), m.start()), lst[0], kind, m.start(), why))
    return out


def topic_noun(sv: SentenceView, ctx: ArticleContext, ps: list[Part], live: set[int]) -> list[tuple[Part, Part, str, int, str]]:
    """"The opening to Pakistan has been swifter than expected", "… decisive in the 2020 war with
    Armenia": a definite relation noun with no owner, in a sentence that names no state (only
    demonyms that qualify a noun), is the relation of the state the article is clearly about
    (:func:`subject_topic`); none when no state leads."""
    out: list[tuple[Part, Part, str, int, str]] = []
    if not any(p.eid.startswith("state:") and p.kind != "demonym" for p in ps):
        return out  # the other side is a state named after the noun
    main: str | None = None  # (the article's state, asked only when a cue has its other side)
    for cue in BY_SHAPE.get("topic_noun", []):
        if id(cue) not in live:
            continue
        for m in cue.gate.finditer(sv.text, sv.low):
            if any(p.kind != "demonym" and p.end <= m.start() for p in ps):
                continue  # a state named before: its own relation (the other shapes)
            lst = next_list(ps, sv.text, m.end(), 4)
            if len(lst) != 1 or not lst[0].eid.startswith("state:") or lst[0].kind == "demonym" \
                    or sv.text.startswith(("'s", "’s"), lst[0].end):
                continue  # ("the rivalry with Moscow's candidates": the state owns the other side)
            if main is None and (main := subject_topic(ctx, sv)) is None:
                return out  # no state leads the article
            if lst[0].eid == main:
                continue
            why = f"the relation of {main.split(':', 1)[1]}, the state the article is about (no owner named)"
            out.append((Part(main, m.start(), m.start()), lst[0], cue.kind, m.start(), why))
    return out


def _as_actor(view: SentenceView, mm: Mention) -> bool:
    """A state mention that may be an actor: in the text (not a caption or the like), not a place,
    not after a preposition."""
    return view.section not in ("caption", "author_bio", "boilerplate") and mm.role != "place" \
        and not after_prep(view.text, view.rel(mm.start), PRONOUN_PREPS)


def subject_topic(ctx: ArticleContext, sv: SentenceView) -> str | None:
    """The state the article is about as told by its sentences' actors: the state most often
    named before this sentence not as the object of a preposition ("fled to India", "ties with
    India" do not count), the lead counting double and a demonym half; when it leads the next
    by a quarter.  (An article on Bangladesh's drift from India names India as often, but
    mostly as the other side.)"""
    counts = ctx.state_weights(sv, _as_actor)
    ranked = sorted(counts, key=lambda k: (-counts[k], k))
    if not ranked or counts[ranked[0]] < 3 or (len(ranked) > 1 and 4 * counts[ranked[0]] < 5 * counts[ranked[1]]):
        return None
    return ranked[0]
