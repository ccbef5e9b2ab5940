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
Baku") and the city where it is a place ("met in Dushanbe"); demonyms point to the state.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from silkgraph.extract.recognise.acronyms import acronym_definitions, guess_type, or_acronym_fits
from silkgraph.extract.recognise.capitals import DATELINE_AFTER_RE
from silkgraph.extract.recognise.capitals import (
    capital_is_place as _capital_is_place,  # noqa: F401  (the tests reach it through the package)
)
from silkgraph.extract.recognise.gazetteer import era_adjective, pick
from silkgraph.extract.recognise.patterns import LiteralStarts, matches_at, slug
from silkgraph.extract.recognise.people import country_near, title_starts, titled_names
from silkgraph.extract.recognise.places import chained_states, nested_places
from silkgraph.extract.recognise.shapes import ShapePass
from silkgraph.extract.recognise.variants import group_branches, weapon_variants
from silkgraph.knowledge import Knowledge
from silkgraph.knowledge.normalise import fold
from silkgraph.model import Entity, Mention, Sentence

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


def recognise(text: str, sentences: list[Sentence], kb: Knowledge) -> Recognised:
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    local: list[tuple[str, str, str]] = []
    seen: dict[str, int] = {}
    local_acr: dict[str, str] = {}  # acronym -> entity id, for this article
    surnames: dict[str, str] = {}  # surname -> person id
    filled_from: list[Entity] = []  # the entities whose people surnames were last taken from

    blocked: list[tuple[int, int]] = []  # spans of the current sentence that name nothing
    bio = [False]  # the current sentence is an author's bio

    def add(start: int, end: int, eid: str, kind: str, role: str | None = None) -> None:
        ent = entities.get(eid) or kb.get(eid)
        if ent is None:
            return
        if blocked and any(x <= start < y for x, y in blocked):
            return
        # an author's bio ("a Baku-based researcher on Caspian security") places the author,
        # not the article's subject: no place mentions there
        if bio[0] and ent.type == "place":
            return
        entities[eid] = ent
        seen[eid] = seen.get(eid, 0) + 1
        mentions.append(Mention(start, end, text[start:end], eid, kind, role))

    shapes = ShapePass(text, kb, mentions, entities, add, surnames)
    # the article's sentences lie within lo:hi; each literal scan below covers it once
    lo = min((s.start for s in sentences), default=0)
    hi = max((s.end for s in sentences), default=0)
    title_at = title_starts().positions(text, lo, hi)
    folded = fold(text[lo:hi])  # for the gazetteer matcher, which reads every sentence
    for s in sentences:
        if s.section == "boilerplate":  # the publisher's blurb names no entity of the article
            continue
        st = text[s.start:s.end]
        low = st.lower()
        bio[0] = s.section == "author_bio"
        blocked[:] = _wire_credits(st, s.start)
        sent_first = len(mentions)  # mentions of this sentence are appended from here
        taken: list[tuple[int, int]] = []
        here: set[str] = set()
        for a, b, candidates in kb.spans(text, folded, lo, s.start, s.end):
            if b < s.end and text[b] == "$":  # "US$ 1.6 billion" is a currency, not a state
                continue
            eid, kind, role = pick(kb, text, a, b, candidates, seen, here)
            # a bare surname the article gave to a person it introduced ("Deputy Minister Anvar
            # Aliyev ... Aliyev said") is that person, unless the gazetteer's namesake was named
            if eid.startswith("person:") and not seen.get(eid):
                own = surnames.get(text[a:b])
                if own is not None and own != eid:
                    eid, kind = own, "surname"
            if kind == "demonym" and era_adjective(kb, st, a - s.start, b - s.start, eid):
                continue
            add(a, b, eid, kind, role)
            here.add(eid)
            taken.append((a - s.start, b - s.start))
        # a short dateline city in capitals ("DOHA, October 19 –"), which the matcher leaves
        # alone (a short all-capitals word is usually an acronym)
        dm = _DATELINE_CITY_RE.match(st)
        if dm and not any(x < dm.end() for x, _y in taken) and DATELINE_AFTER_RE.match(st, dm.end()):
            city = next((e for e in kb.lookup(dm.group(0).title())
                         if e.type == "place"), None)
            if city is not None:
                add(s.start, s.start + dm.end(), city.id, "name", "place")
                taken.append((0, dm.end()))
        # acronyms defined in the text: "Long Name (ACR)"
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
        # people introduced by a title
        for tm in titled_names(st, _within(title_at, s.start, s.end)):
            name = re.sub(r"[’']s$", "", tm.group("name").strip())
            words = name.split()
            if len(words) > 2 and words[0].endswith(".") and any(
                    not eid.startswith("person:") for eid, _k in kb.lookup_kinds(words[-1])):
                name = name[:name.rfind(" ")]  # "General M.N. Qadir Pakistan's envoy"
            a = s.start + tm.start("name")
            if any(x <= tm.start("name") < y for x, y in taken):
                continue
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
                    seen[mm.entity_id] -= 1
            add(a, a + len(name), person.id, "title")
            surnames[name.split()[-1]] = person.id
        shapes.run(s, st, low)
        # every person's surname (the first person with it keeps it); surnames are never
        # removed, so this is only needed when the entities changed since the last time
        current = list(entities.values())
        if current != filled_from:
            for p in current:
                if p.type == "person":
                    surnames.setdefault(p.name.split()[-1], p.id)
            filled_from = current
    bio[0] = False
    blocked.clear()
    # later mentions of a person by surname alone
    if surnames:
        long_enough = [x for x in surnames if len(x) > 2]
        sur_re = re.compile(r"\b(" + "|".join(re.escape(x) for x in long_enough) + r")\b")
        sur_at = LiteralStarts(long_enough).positions(text, lo, hi)  # where a surname starts
        spans = {(m.start, m.end) for m in mentions}
        covered = _Covered(spans)
        for s in sentences:
            for m in matches_at(sur_re, text, sur_at, s.start, s.end):
                if (m.start(), m.end()) in spans or m.start() in covered:
                    continue
                add(m.start(), m.end(), surnames[m.group(1)], "surname")
    # acronyms defined locally, used later in the article
    if local_acr:
        acr_re = re.compile(r"\b(" + "|".join(re.escape(a) for a in local_acr) + r")\b")
        acr_at = LiteralStarts(local_acr).positions(text, lo, hi)
        covered = _Covered((m.start, m.end) for m in mentions)
        for s in sentences:
            for m in matches_at(acr_re, text, acr_at, s.start, s.end):
                if m.start() in covered:
                    continue
                add(m.start(), m.end(), local_acr[m.group(1)], "acronym")
    nested_places(text, mentions, kb, add)
    chained_states(mentions, kb, add)
    weapon_variants(mentions, entities, text)
    group_branches(mentions, entities)
    mentions.sort(key=lambda m: (m.start, m.end))
    return Recognised(mentions, entities, local)
