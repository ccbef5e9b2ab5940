"""The state of recognition over one article (:class:`Recogniser`): its mentions, entities,
surnames and acronyms, how a mention is added, and the order of the passes; the passes
themselves are in :mod:`~silkgraph.extract.recognise.sentence_passes`,
:mod:`~silkgraph.extract.recognise.shapes` and
:mod:`~silkgraph.extract.recognise.later_mentions`, the final resolution here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from silkgraph.extract.recognise.gated import unsupported
from silkgraph.extract.recognise.groups import group_members
from silkgraph.extract.recognise.later_mentions import LaterMentions
from silkgraph.extract.recognise.owners import owner_states
from silkgraph.extract.recognise.people import title_starts
from silkgraph.extract.recognise.places import chained_states, nested_places
from silkgraph.extract.recognise.sentence_passes import SentencePasses
from silkgraph.extract.recognise.shapes import ShapePass
from silkgraph.extract.recognise.variants import weapon_variants
from silkgraph.knowledge import Knowledge
from silkgraph.knowledge.normalise import fold
from silkgraph.model import Entity, Mention, Sentence

# a dateline's agency credit: "YEREVAN, Sept 20 (Caucasus Wire) -", "TBILISI, December 2
# (Caspian Wire Service)": the agency's name is no mention of a place or state
_WIRE_CREDIT_RE = re.compile(
    r"\b[A-Z]{3,}(?:\s+[A-Z]{3,})*,[^()\n]{0,40}?\d\s*"
    r"(?P<credit>\((?:[A-Z][\w’'\-]*\s+){1,4}?(?:Wire|News|Agency|Press|Service)(?:\s+Service)?\))")


def _wire_credits(st: str, base: int) -> list[tuple[int, int]]:
    """The spans (source offsets; ``base`` is the sentence's start) of the dateline agency
    credits in sentence ``st``: they name no place or state."""
    if "(" not in st:
        return []
    return [(base + m.start("credit"), base + m.end("credit")) for m in _WIRE_CREDIT_RE.finditer(st)]


@dataclass
class Recognised:
    mentions: list[Mention]
    entities: dict[str, Entity]
    local_aliases: list[tuple[str, str, str]]


class Recogniser(SentencePasses, LaterMentions):
    """The state of recognition over one article, and one method per pass.

    ``mentions``, ``entities`` and ``surnames`` are shared with the shape passes
    (:class:`ShapePass`), which add through :meth:`add`; they are only ever mutated in place.
    """

    def __init__(self, text: str, sentences: list[Sentence], kb: Knowledge) -> None:
        self.text = text
        self.sentences = sentences
        self.kb = kb
        self.entities: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        self.local: list[tuple[str, str, str]] = []
        self.seen: dict[str, int] = {}
        self.gated: list[Mention] = []  # mentions by ambiguous acronyms (recognise/gated.py)
        self.local_acr: dict[str, str] = {}  # acronym -> entity id, for this article
        self.surnames: dict[str, str] = {}  # surname -> person id
        self.filled_from: list[Entity] = []  # the entities whose people surnames were last taken from
        self.blocked: list[tuple[int, int]] = []  # spans of the current sentence that name nothing
        self.bio = False  # the current sentence is an author's bio
        self.shapes = ShapePass(text, kb, self.mentions, self.entities, self.add, self.surnames)
        self.shapes.local = self.local
        self.shapes.seen = self.seen
        # the article's sentences lie within lo:hi; each literal scan below covers it once
        self.lo = min((s.start for s in sentences), default=0)
        self.hi = max((s.end for s in sentences), default=0)
        self.title_at = title_starts().positions(text, self.lo, self.hi)
        self.folded = fold(text[self.lo:self.hi])  # for the gazetteer matcher, which reads every sentence

    def add(self, start: int, end: int, eid: str, kind: str, role: str | None = None) -> None:
        """Record a mention of ``eid`` at ``start:end``, unless the entity is unknown, the
        span is blocked (a wire credit) or it is a place named in an author's bio."""
        ent = self.entities.get(eid) or self.kb.get(eid)
        if ent is None:
            return
        if self.blocked and any(x <= start < y for x, y in self.blocked):
            return
        # an author's bio ("a Baku-based researcher on Caspian security") places the author,
        # not the article's subject: no place mentions there
        if self.bio and ent.type == "place":
            return
        self.entities[eid] = ent
        self.seen[eid] = self.seen.get(eid, 0) + 1
        self.mentions.append(Mention(start, end, self.text[start:end], eid, kind, role))

    def run(self) -> Recognised:
        """Every pass, in order: the sentence passes, then the article-wide ones."""
        for s in self.sentences:
            if s.section == "boilerplate":  # the publisher's blurb names no entity of the article
                continue
            self.sentence(s)
        self.bio = False
        self.blocked.clear()
        self.later_surnames()
        self.later_acronyms()
        self.drop_unsupported()
        return self.resolve()

    def drop_unsupported(self) -> None:
        """Mentions by an ambiguous acronym whose entity the article neither names otherwise
        nor places in its country ("the CBI, Britain's business lobby") are dropped."""
        if not self.gated:
            return
        drop = {id(m) for m in unsupported(self.mentions, self.gated, self.kb, self.entities)}
        if not drop:
            return
        gone = [m for m in self.mentions if id(m) in drop]
        self.mentions[:] = [m for m in self.mentions if id(m) not in drop]
        still = {m.entity_id for m in self.mentions}
        for m in gone:
            if m.entity_id not in still:
                self.entities.pop(m.entity_id, None)

    def sentence(self, s: Sentence) -> None:
        """The passes over one sentence: gazetteer spans, a dateline city, acronyms, titled
        people, the shape passes, then the surnames of every person known so far."""
        st = self.text[s.start:s.end]
        low = st.lower()
        self.bio = s.section == "author_bio"
        self.blocked[:] = _wire_credits(st, s.start)
        sent_first = len(self.mentions)  # mentions of this sentence are appended from here
        taken = self.gazetteer_spans(s, st)
        self.dateline_city(s, st, taken)
        self.defined_acronyms(s, st, taken, sent_first)
        self.titled_people(s, st, taken, sent_first)
        self.shapes.run(s, st, low)
        group_members(st, s.start, self.add)
        self.refresh_surnames()
        self.own_surnames(sent_first)

    def refresh_surnames(self) -> None:
        """Every person's surname (the first person with it keeps it); surnames are never
        removed, so this is only needed when the entities changed since the last time."""
        current = list(self.entities.values())
        if current != self.filled_from:
            for p in current:
                if p.type == "person":
                    self.surnames.setdefault(p.name.split()[-1], p.id)
            self.filled_from = current

    def resolve(self) -> Recognised:
        """Final resolution: places nested in places, chained states and weapon variants;
        then the mentions in text order."""
        mentions, entities = self.mentions, self.entities
        nested_places(self.text, mentions, self.kb, self.add)
        owner_states(mentions, self.kb, self.add)
        chained_states(mentions, self.kb, self.add)
        weapon_variants(mentions, entities, self.text)
        mentions.sort(key=lambda m: (m.start, m.end))
        return Recognised(mentions, entities, self.local)
