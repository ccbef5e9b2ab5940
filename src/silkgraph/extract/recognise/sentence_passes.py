"""Recognition's passes over one sentence: gazetteer spans, a dateline city in capitals,
acronyms the text defines, and people introduced by a title.

:class:`SentencePasses` is a base of :class:`~silkgraph.extract.recognise.recogniser.Recogniser`,
whose state (mentions, entities, surnames, the article's acronyms) the passes read and extend.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from silkgraph.extract.recognise.acronyms import acronym_definitions, guess_type, or_acronym_fits
from silkgraph.extract.recognise.capitals import (
    DATELINE_AFTER_RE,
    EXPERTISE_AFTER_RE,
    capital_at_seat,
)
from silkgraph.extract.recognise.gated import gated_aliases
from silkgraph.extract.recognise.gazetteer import era_adjective, former_state_region, pick
from silkgraph.extract.recognise.namesakes import namesake, occupation_gloss
from silkgraph.extract.recognise.organisations import PORTFOLIO_RE
from silkgraph.extract.recognise.patterns import slug
from silkgraph.extract.recognise.people import country_near, leading_titles, titled_names
from silkgraph.knowledge import Knowledge
from silkgraph.knowledge.normalise import normalise
from silkgraph.model import Entity, Mention, Sentence

_DATELINE_CITY_RE = re.compile(r"[A-Z]{3,4}(?=,)")


def _within(starts: list[int], a: int, b: int) -> list[int]:
    """The sorted offsets of ``starts`` in ``a:b``, made relative to ``a``."""
    return [i - a for i in starts[bisect_left(starts, a):bisect_left(starts, b)]]


class SentencePasses:
    """The per-sentence passes of a :class:`~silkgraph.extract.recognise.recogniser.Recogniser`."""

    text: str
    kb: Knowledge
    entities: dict[str, Entity]
    mentions: list[Mention]
    local: list[tuple[str, str, str]]
    seen: dict[str, int]
    gated: list[Mention]
    local_acr: dict[str, str]
    surnames: dict[str, str]
    folded: str
    lo: int
    title_at: list[int]
    add: Callable[..., None]

    def gazetteer_spans(self, s: Sentence, st: str) -> list[tuple[int, int]]:
        """Mentions from the gazetteer matcher in sentence ``s``; returns the spans taken
        (relative to the sentence)."""
        text, kb = self.text, self.kb
        taken: list[tuple[int, int]] = []
        here: set[str] = set()
        gated = gated_aliases(kb)
        for a, b, candidates in kb.spans(text, self.folded, self.lo, s.start, s.end):
            if b < s.end and text[b] == "$":  # "US$ 1.6 billion" is a currency, not a state
                continue
            eid, kind, role = pick(kb, text, a, b, candidates, self.seen, here)
            if eid.startswith("person:") and " " in text[a:b]:
                eid = self._namesake(eid, a, b, s.start)
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
            n = len(self.mentions)
            self.add(a, b, eid, kind, role)
            if kind == "acronym" and len(candidates) == 1 and len(self.mentions) > n \
                    and (eid, normalise(text[a:b])) in gated:
                self.gated.append(self.mentions[-1])  # kept only if the article supports it
            here.add(eid)
            taken.append((a - s.start, b - s.start))
            if kind == "capital" and capital_at_seat(text, a, b):
                # "officials in Tashkent": the government acting and the city they sit in
                city = next((c for c, _k in candidates if c.startswith("place:")), None)
                if city is not None:
                    self.add(a, b, city, "name", "place")
        return taken

    def _namesake(self, eid: str, a: int, b: int, lo: int) -> str:
        """``eid``, or the id of a namesake when the text glosses the full name at ``a:b``
        with an occupation that holds no office ("Bikram Singh, a taxi driver")."""
        occ = occupation_gloss(self.text, a, b, lo)
        person = self.kb.get(eid)
        if occ is None or person is None:
            return eid
        other = namesake(person, self.text[a:b], occ)
        if other is None:
            return eid
        self.entities.setdefault(other.id, other)
        self.surnames[self.text[a:b].split()[-1]] = other.id
        return other.id

    def own_surnames(self, sent_first: int) -> None:
        """A bare surname the gazetteer gave to a namesake, after the person the sentence
        itself introduced under that surname ("Deputy Minister Gagik Kocharyan said Kocharyan's
        visit ..."), is that person, unless the namesake is named elsewhere: the gazetteer pass
        ran before the sentence's people were known (later sentences are guarded there)."""
        tail = self.mentions[sent_first:]
        intro: dict[str, int] = {}
        for m in tail:
            if m.entity_id.startswith("person:") and " " in m.text:
                intro.setdefault(m.entity_id, m.start)
        if not intro:
            return
        bare = [m for m in tail if m.entity_id.startswith("person:") and " " not in m.text
                and (own := self.surnames.get(m.text)) is not None and own != m.entity_id
                and intro.get(own, m.start) < m.start]
        for m in bare:
            if self.seen.get(m.entity_id, 0) > sum(x.entity_id == m.entity_id for x in bare):
                continue  # the namesake is named elsewhere: the bare name stays ambiguous
            own = self.surnames[m.text]
            self.seen[m.entity_id] -= 1
            if not self.seen[m.entity_id] and not any(x.entity_id == m.entity_id for x in self.mentions
                                                      if x is not m):
                self.entities.pop(m.entity_id, None)
            m.entity_id, m.kind = own, "surname"
            self.seen[own] = self.seen.get(own, 0) + 1

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
