"""People: introduced by a title ("Tajik President Emomali Rahmon"), in an appositive
("its head of security, X"), coordinated with a known person ("Ilham Aliyev and X"), a name
starting with a known given name ("Saparmurat Niyazov's answer"), or a name in a person's slot
("X Y said", "X Y, Kazakhstan's deputy defence minister,", "foreign adviser X Y").  The titles
are read in ``titled_people``, given names and a person's slots in ``named_people``; here the
appositive, coordinated, listed and "named as" people."""

from __future__ import annotations

import re

from silkgraph.extract.recognise.named_people import NamedPeople
from silkgraph.extract.recognise.patterns import (
    CAP,
    CAP_TAIL,
    NAME,
    POSS,
    slug,
)
from silkgraph.extract.recognise.shape_base import ShapeHelpers, cues
from silkgraph.extract.recognise.titled_people import (
    country_near,
    leading_titles,
    title_regex,
    title_starts,
    titled_names,
)

POSS_CHARS = frozenset("’'")

# the names other modules (and tests) import from here
__all__ = [
    "POSS_CHARS",
    "NamedPeople",
    "PeopleShapes",
    "country_near",
    "leading_titles",
    "title_regex",
    "title_starts",
    "titled_names",
]


# (the first name's capital comes first, checked against the character before it by a
# lookbehind, so that the regex engine scans for capitals only)
_SHARED_SURNAME_RE = re.compile(
    rf"(?P<f1>[A-Z](?<![\w’'\-][A-Z]){CAP_TAIL})\s+and\s+(?P<f2>{CAP})\s+(?P<sur>{CAP})(?=\s*[,;:.)])")
# in every match of _SHARED_SURNAME_RE (its literal start makes it a fast scan)
_AND_CAP_RE = re.compile(r"and\s+[A-Z]")
_AND_NAME_RE = re.compile(rf" and\s+({NAME})")
_NAME_AND_RE = re.compile(rf"(?<![\w’'\-])({NAME})\s+and\s+$")
# "China's Wei Fenghe, India's X Y and Kazakhstan's Z W": people listed by their state
_STATE_POSS_NAME_RE = re.compile(
    rf"(?<![\w’'\-])(?P<st>{CAP}(?:\s+{CAP})?){POSS}\s+(?P<name>{NAME})(?=\s*(?:[,;:.)]|\band\b))")


# "The other three were named as A B, C D and E F", "identified the suspects as A B and C D",
# "named the victims as A B, 34, and C D, 29": the names of a list after "named/identified as"
# are people when the object named is people (a people noun or pronoun, or a passive whose subject
# is one or a number: "the other three were named as"); "the group" or "the operation" name no person
_AGE = r"(?:,\s+(?:aged\s+)?\d{1,3})?"
_NAMED_AS_RE = re.compile(
    rf"\b(?:named|identified)\s+(?:(?P<obj>them|him|her|the\s+(?:[a-z\-]+\s+){{0,2}}?[a-z]+)\s+)?as\s+"
    rf"(?P<list>{NAME}{_AGE}(?:,\s+{NAME}{_AGE})*(?:,?\s+and\s+{NAME}{_AGE})?)"
    r"(?=\s*[,;:.)]|\s+(?:and|who|whose)\b|$)")
_LIST_SPLIT_RE = re.compile(r"(?:,\s+(?:aged\s+)?\d{1,3})?(?:,\s+(?:and\s+)?|,?\s+and\s+)")
_AGE_TAIL_RE = re.compile(r",\s+(?:aged\s+)?\d{1,3}$")
_PASSIVE_BEFORE_RE = re.compile(r"\b(?P<subj>[\w\-]+)\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+$")


class PeopleShapes(ShapeHelpers):
    """People the gazetteer lacks, recognised by their shape."""

    def people(self, st: str, base: int, roles_gate: bool, and_gate: bool) -> None:
        """``roles_gate``: a role word is in the sentence; ``and_gate``: the word "and" is
        (the given-name and coordination patterns need it)."""
        if and_gate:
            self._shared_surname(st, base)
        if roles_gate and "," in st:  # both appositive patterns need a comma
            for rx in (self.sh.appos_before_re, self.sh.appos_after_re):
                for m in rx.finditer(st):
                    self._person(base + m.start("name"), m.group("name"))
        if and_gate:
            self._coordinated(st, base)
            self._state_listed(st, base)

    def named_as(self, st: str, base: int) -> None:
        """"were named as Dalerdzhon Mirzoyev, Saidakrami Rachabalizoda and Shamsidin
        Fariduni": each name of the list is a person (``_person`` still refuses titles, bodies
        and known names of other kinds)."""
        nouns = cues().word_set("named_as_people_nouns")
        for m in _NAMED_AS_RE.finditer(st):
            obj = m.group("obj")
            if obj is not None:
                if obj.split()[-1] not in nouns:  # (the list holds "them", "him", "her")
                    continue  # "identified the group as X": no person
            else:
                pm = _PASSIVE_BEFORE_RE.search(st, max(0, m.start() - 40), m.start())
                subj = pm.group("subj").lower() if pm else ""
                if subj not in nouns and not subj.isdigit():
                    continue  # "the operation was named as X"
            pos = m.start("list")
            for part in _LIST_SPLIT_RE.split(_AGE_TAIL_RE.sub("", m.group("list"))):
                at = st.index(part, pos)
                self._person(base + at, part)
                pos = at + len(part)

    def _shared_surname(self, st: str, base: int) -> None:
        """"two brothers, Huseyn and Ziyaddin Safarov": given names sharing one surname."""
        # every match has "and" before a capital, after the word it starts with: none can
        # start before the word ahead of the first such "and"
        gate = _AND_CAP_RE.search(st)
        if gate is None:
            return
        k = gate.start()
        while k > 0 and st[k - 1].isspace():
            k -= 1
        while k > 0 and not st[k - 1].isspace():
            k -= 1
        for m in _SHARED_SURNAME_RE.finditer(st, k):
            first, second, sur = m.group("f1"), m.group("f2"), m.group("sur")
            if re.search(r"[A-Z][\w’'\-]*\s+$", st[max(0, m.start() - 30):m.start()]):
                continue  # "Sanjar Valiev and Dilnoza Yusupova": two full names
            words = (first, second, sur)
            if any(w.lower() in self.sh.stop or w in self.sh.titles or w in self.sh.org_heads
                   or w in cues().not_name or self.kb.lookup_kinds(w) for w in words):
                continue
            self._person(base + m.start("f2"), f"{second} {sur}")
            a = base + m.start("f1")
            if self._free(a, a + len(first)):
                pid = self._new(f"person:{slug(first + ' ' + sur)}", "person", f"{first} {sur}", None)
                self.add(a, a + len(first), pid, "name")

    def _coordinated(self, st: str, base: int) -> None:
        """"Ilham Aliyev and Ebrahim Raisi": a name coordinated with a known person."""
        end = base + len(st)
        people = [m for m in self.mentions[self.first:]
                  if m.start < end and m.entity_id.startswith("person:")]
        for p in people:
            if self.text.startswith(" and ", p.end):
                after = _AND_NAME_RE.match(self.text, p.end, end)
                if after:
                    self._person(after.start(1), after.group(1))
            if self.text.endswith(" and ", base, p.start):
                before = _NAME_AND_RE.search(self.text, max(base, p.start - 80), p.start)
                if before:
                    self._person(before.start(1), before.group(1))

    def _state_listed(self, st: str, base: int) -> None:
        """"China's Wei Fenghe, India's X Y and Kazakhstan's Z W": in a list of names each
        introduced by a state's possessive, where one is a known person, the others are
        people too."""
        if st.count("’s") + st.count("'s") < 2:  # each item has its possessive
            return
        items = [m for m in _STATE_POSS_NAME_RE.finditer(st) if self._state_of(m.group("st"))]
        if len(items) < 2:
            return
        known = [m for m in items if any(e.type == "person" for e in self.kb.lookup(m.group("name")))]
        if not known:
            return
        for m in items:
            if m not in known:
                self._person(base + m.start("name"), m.group("name"))

    def _person(self, a: int, name: str) -> None:
        name = re.sub(POSS + "$", "", name.strip())
        words = name.split()
        while words and (words[0].lower() in self.sh.stop or words[0] in self.sh.titles):
            a += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or any(w in self.sh.titles or w in self.sh.org_heads
                                 or w in cues().not_name for w in words):
            return
        name = " ".join(words)
        if not self._free(a, a + len(name)):
            return
        found = self.kb.lookup(name)
        person = next((e for e in found if e.type == "person"), None)
        if person is None:
            if found or any(self.kb.lookup_kinds(w) and not all(
                    eid.startswith("person:") for eid, _k in self.kb.lookup_kinds(w)) for w in words):
                return
            pid = self._new(f"person:{slug(name)}", "person", name, None)
        else:
            pid = person.id
        self.add(a, a + len(name), pid, "name")
        self.surnames[words[-1]] = pid
