"""Recognise mentions in an article's sentences and resolve them to entities.

Three sources of mentions, all offsets into the source text:
1. the gazetteer matcher (one Aho-Corasick pass per sentence);
2. acronyms the article defines ("Tehreek-e-Taliban Pakistan (TTP)"), which become
   aliases for this article only, and names the gazetteer lacks but the text defines;
3. people introduced by a title ("Tajik President Emomali Rahmon", "China's Ambassador
   to Kabul, Zhao Xing"), later referred to by surname.
4. names the gazetteer lacks, recognised by their shape (:class:`~silkgraph.extract.recognise.shapes.ShapePass`; word lists in
   ontology/name_heads.yaml and ontology/titles.yaml; each pass runs only when a trigger word
   is in the sentence):
   * weapon variants: an unknown code whose base is known ("Su-30SM" <- "Su-30") becomes
     ``wpn:<slug>`` with the base's origin and ``variant_of``; a lookup-only designation
     ("Mistral", "Vuran") fires when a weapon-category noun follows within three words;
   * people: appositive roles ("its head of security, X"; "X, a senior adviser to Y") and a
     name coordinated with a known person ("Ilham Aliyev and X");
   * places: "the (oil) town of X", "X, the main town of Y", "X province/river" (X is the
     name), "X Avenue/corridor" (the phrase is the name), "at X in <known place>"; the longest
     span wins over an inner match ("East Azerbaijan province" is not the state);
   * organisations: 2-6 capitalised words ending in a head noun ("Central Election
     Commission"), with a state possessive or adjective giving the country ("South Africa's
     Paramount Group"); the type comes from the head.
Sentences in boilerplate sections (the publisher's blurb) yield no mentions; an author's bio
yields no place mentions, and a dateline's agency credit ("(Caucasus Wire)") none at all.

Resolution: a capital is the state where it acts ("Islamabad maintains", "acquired by
Baku") and the city where it is a place ("met in Dushanbe", "the Astana summit", "its Kabul
embassy"); people "in" a capital ("officials in Tashkent") give both readings; demonyms point to the state; a
government organ named with its state inside ("China's foreign ministry") is also a mention of
the state (:mod:`~silkgraph.extract.recognise.owners`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from silkgraph.extract.recognise.acronyms import acronym_definitions, guess_type, or_acronym_fits
from silkgraph.extract.recognise.capitals import (
    DATELINE_AFTER_RE,
    EXPERTISE_AFTER_RE,
    capital_at_seat,
)
from silkgraph.extract.recognise.capitals import (
    capital_is_place as _capital_is_place,  # noqa: F401  (the tests reach it through the package)
)
from silkgraph.extract.recognise.gazetteer import era_adjective, former_state_region, pick
from silkgraph.extract.recognise.groups import group_members
from silkgraph.extract.recognise.organisations import PORTFOLIO_RE
from silkgraph.extract.recognise.owners import owner_states
from silkgraph.extract.recognise.patterns import LiteralStarts, matches_at, slug
from silkgraph.extract.recognise.people import (
    country_near,
    leading_titles,
    title_starts,
    titled_names,
)
from silkgraph.extract.recognise.places import chained_states, nested_places
from silkgraph.extract.recognise.shapes import ShapePass
from silkgraph.extract.recognise.variants import weapon_variants
from silkgraph.knowledge import Knowledge
from silkgraph.knowledge.normalise import fold
from silkgraph.model import Entity, Mention, Sentence
from silkgraph.nlp.ordering import longest_first

__all__ = ["Recognised", "recognise"]

_DATELINE_CITY_RE = re.compile(r"[A-Z]{3,4}(?=,)")
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


class _Covered:
    """Whether a position lies inside one of a fixed set of spans: ``pos in covered`` is
    ``any(a <= pos < b for a, b in spans)``, by bisection over the sorted starts with a
    running maximum of the ends."""

    __slots__ = ("_starts", "_max_end")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _b in ordered]
        self._max_end: list[int] = []
        hi = -1
        for _a, b in ordered:
            hi = max(hi, b)
            self._max_end.append(hi)

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos)
        return i > 0 and self._max_end[i - 1] > pos


def _within(starts: list[int], a: int, b: int) -> list[int]:
    """The sorted offsets of ``starts`` in ``a:b``, made relative to ``a``."""
    return [i - a for i in starts[bisect_left(starts, a):bisect_left(starts, b)]]


class _Recogniser:
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
        self.local_acr: dict[str, str] = {}  # acronym -> entity id, for this article
        self.surnames: dict[str, str] = {}  # surname -> person id
        self.filled_from: list[Entity] = []  # the entities whose people surnames were last taken from
        self.blocked: list[tuple[int, int]] = []  # spans of the current sentence that name nothing
        self.bio = False  # the current sentence is an author's bio
        self.shapes = ShapePass(text, kb, self.mentions, self.entities, self.add, self.surnames)
        self.shapes.local = self.local
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
        return self.resolve()

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

    def gazetteer_spans(self, s: Sentence, st: str) -> list[tuple[int, int]]:
        """Mentions from the gazetteer matcher in sentence ``s``; returns the spans taken
        (relative to the sentence)."""
        text, kb = self.text, self.kb
        taken: list[tuple[int, int]] = []
        here: set[str] = set()
        for a, b, candidates in kb.spans(text, self.folded, self.lo, s.start, s.end):
            if b < s.end and text[b] == "$":  # "US$ 1.6 billion" is a currency, not a state
                continue
            eid, kind, role = pick(kb, text, a, b, candidates, self.seen, here)
            # a bare surname the article gave to a person it introduced ("Deputy Minister Anvar
            # Aliyev ... Aliyev said") is that person, unless the gazetteer's namesake was named
            if eid.startswith("person:") and not self.seen.get(eid):
                own = self.surnames.get(text[a:b])
                if own is not None and own != eid:
                    eid, kind = own, "surname"
            if kind == "demonym" and era_adjective(kb, st, a - s.start, b - s.start, eid):
                continue
            if eid.startswith("state:") and former_state_region(kb, text, a, eid):
                continue
            if eid.startswith("org:") and PORTFOLIO_RE.match(text, b):
                continue  # "French Armed Forces Minister X": the title's portfolio
            if eid.startswith("place:") and EXPERTISE_AFTER_RE.match(text, b):
                continue  # "a Central Asia analyst": a field of expertise, not the place
            self.add(a, b, eid, kind, role)
            here.add(eid)
            taken.append((a - s.start, b - s.start))
            if kind == "capital" and capital_at_seat(text, a, b):
                # "officials in Tashkent": the government acting and the city they sit in
                city = next((c for c, _k in candidates if c.startswith("place:")), None)
                if city is not None:
                    self.add(a, b, city, "name", "place")
        return taken

    def dateline_city(self, s: Sentence, st: str, taken: list[tuple[int, int]]) -> None:
        """A short dateline city in capitals ("DOHA, October 19 –"), which the matcher leaves
        alone (a short all-capitals word is usually an acronym); extends ``taken``."""
        dm = _DATELINE_CITY_RE.match(st)
        if dm and not any(x < dm.end() for x, _y in taken) and DATELINE_AFTER_RE.match(st, dm.end()):
            city = next((e for e in self.kb.lookup(dm.group(0).title())
                         if e.type == "place"), None)
            if city is not None:
                self.add(s.start, s.start + dm.end(), city.id, "name", "place")
                taken.append((0, dm.end()))

    def defined_acronyms(self, s: Sentence, st: str, taken: list[tuple[int, int]],
                         sent_first: int) -> None:
        """Acronyms defined in the text ("Long Name (ACR)"): an alias of the mention just
        before, or of a name the gazetteer lacks, made up of the capitalised words before."""
        kb, mentions, entities = self.kb, self.mentions, self.entities
        local_acr, local, add = self.local_acr, self.local, self.add
        for am in acronym_definitions(st):
            acr = am.group("acr")
            if am.group(0)[0] == "," and not or_acronym_fits(kb, st, am, acr):
                continue
            # the last mention of this sentence ending at most two characters before "("
            at = s.start + am.start()
            before = next((mm for mm in reversed(mentions[sent_first:]) if mm.end <= at
                           and at - mm.end <= 2 and mm.start >= s.start), None)
            if before is not None:
                eid = before.entity_id
                if acr not in local_acr:
                    local_acr[acr] = eid
                    local.append((eid, acr, "acronym"))
                if not any(x <= am.start("acr") < y for x, y in taken):
                    add(s.start + am.start("acr"), s.start + am.end("acr"), eid, "acronym")
                continue
            # an unknown name defined with an acronym: capitalised words before "("
            nm = re.search(r"((?:[A-Z][\w’'\-&]*\s+(?:of\s+|for\s+|and\s+|the\s+)?){1,7})$",
                           st[:am.start()].rstrip() + " ")
            if not nm:
                continue
            # a sentence-initial article is no part of the name ("The Water Commission (WC)")
            name = re.sub(r"^(?:The|An?)\s+", "", nm.group(1).strip())
            if len(name.split()) < 2 or acr in local_acr:
                continue
            guess = guess_type(name)
            if guess is None:
                continue
            etype, prefix = guess
            eid = f"{prefix}:{slug(name)}"
            if kb.get(eid) is None and eid not in entities:
                entities[eid] = Entity(eid, etype, name, aliases=[acr], attrs={"discovered": True})
            local_acr[acr] = eid
            local.append((eid, acr, "acronym"))
            ns = s.start + st.find(name, max(0, am.start() - len(name) - 3))
            add(ns, ns + len(name), eid, "name")
            add(s.start + am.start("acr"), s.start + am.end("acr"), eid, "acronym")

    def titled_people(self, s: Sentence, st: str, taken: list[tuple[int, int]],
                      sent_first: int) -> None:
        """People introduced by a title ("Tajik President Emomali Rahmon"), known or new;
        their surname then stands for them."""
        kb, mentions, entities = self.kb, self.mentions, self.entities
        for tm in titled_names(st, _within(self.title_at, s.start, s.end)):
            name = re.sub(r"[’']s$", "", tm.group("name").strip())
            words = name.split()
            if len(words) > 2 and words[0].endswith(".") and any(
                    not eid.startswith("person:") for eid, _k in kb.lookup_kinds(words[-1])):
                name = name[:name.rfind(" ")]  # "General M.N. Qadir Pakistan's envoy"
            a = s.start + tm.start("name")
            if any(x <= tm.start("name") < y for x, y in taken):
                continue
            cut = leading_titles(name)
            name, a = name[cut:], a + cut
            first = name.split()[0]
            if first.isupper() and kb.lookup_kinds(first):  # "General US Army …": an acronym
                continue
            found = kb.lookup(name)
            person = next((e for e in found if e.type == "person"), None)
            if person is None:
                pid = f"person:{slug(name)}"
                country = country_near(mentions, entities, s.start + tm.start(), a)
                person = entities.get(pid) or Entity(
                    pid, "person", name, country=country,
                    attrs={"role": tm.group("title"), "discovered": True})
                entities[pid] = person
            # "Deputy Minister Anvar Aliyev": a known person's surname inside the new name is
            # no mention of that person
            for i in range(len(mentions) - 1, sent_first - 1, -1):
                mm = mentions[i]
                if a <= mm.start and mm.end <= a + len(name) and (mm.start, mm.end) != (a, a + len(name)) \
                        and mm.entity_id.startswith("person:") and mm.entity_id != person.id:
                    del mentions[i]
                    self.seen[mm.entity_id] -= 1
            self.add(a, a + len(name), person.id, "title")
            self.surnames[name.split()[-1]] = person.id

    def refresh_surnames(self) -> None:
        """Every person's surname (the first person with it keeps it); surnames are never
        removed, so this is only needed when the entities changed since the last time."""
        current = list(self.entities.values())
        if current != self.filled_from:
            for p in current:
                if p.type == "person":
                    self.surnames.setdefault(p.name.split()[-1], p.id)
            self.filled_from = current

    def later_surnames(self) -> None:
        """Later mentions of a person by surname alone, outside any existing mention."""
        surnames, text = self.surnames, self.text
        if not surnames:
            return
        long_enough = longest_first(x for x in surnames if len(x) > 2)
        sur_re = re.compile(r"\b(" + "|".join(re.escape(x) for x in long_enough) + r")\b")
        sur_at = LiteralStarts(long_enough).positions(text, self.lo, self.hi)  # where a surname starts
        spans = {(m.start, m.end) for m in self.mentions}
        covered = _Covered(spans)
        for s in self.sentences:
            for m in matches_at(sur_re, text, sur_at, s.start, s.end):
                if (m.start(), m.end()) in spans or m.start() in covered:
                    continue
                self.add(m.start(), m.end(), surnames[m.group(1)], "surname")

    def later_acronyms(self) -> None:
        """Acronyms defined locally, used later in the article outside any existing mention."""
        local_acr, text = self.local_acr, self.text
        if not local_acr:
            return
        acr_re = re.compile(r"\b(" + "|".join(re.escape(a) for a in longest_first(local_acr)) + r")\b")
        acr_at = LiteralStarts(local_acr).positions(text, self.lo, self.hi)
        covered = _Covered((m.start, m.end) for m in self.mentions)
        for s in self.sentences:
            for m in matches_at(acr_re, text, acr_at, s.start, s.end):
                if m.start() in covered:
                    continue
                self.add(m.start(), m.end(), local_acr[m.group(1)], "acronym")

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


def recognise(text: str, sentences: list[Sentence], kb: Knowledge) -> Recognised:
    """Recognise the mentions in ``sentences`` (offsets into ``text``) and the entities they
    name: per sentence, gazetteer spans, a dateline city, defined acronyms, titled people and
    the shape passes; then surnames and acronyms used later; then final resolution."""
    return _Recogniser(text, sentences, kb).run()
