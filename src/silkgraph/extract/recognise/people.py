"""People: introduced by a title ("Tajik President Emomali Rahmon"), in an appositive
("its head of security, X"), or coordinated with a known person ("Ilham Aliyev and X")."""

from __future__ import annotations

import re

from silkgraph.extract.prefilter import Gate
from silkgraph.extract.recognise.patterns import CAP, NAME, POSS, slug
from silkgraph.extract.recognise.shape_base import ShapeHelpers
from silkgraph.model import Entity, Mention
from silkgraph.resources import load_yaml

POSS_CHARS = frozenset("’'")
TITLED_NAME_RE_CACHE: list[re.Pattern[str]] = []
# initials written together before a surname, after a title: "Air Chief Marshal RKS
# Bhadauria", "General R.K.S. Bhadauria"
INITIALS = r"(?:(?:[A-Z]\.){2,3}|[A-Z]{2,3}(?=\s+[A-Z][a-z]))"


def _titles() -> list[str]:
    data = load_yaml("ontology/titles.yaml")
    return sorted(data["titles"], key=len, reverse=True)


def _title_regex() -> re.Pattern[str]:
    if not TITLED_NAME_RE_CACHE:
        titles = "|".join(re.escape(t) for t in _titles())
        TITLED_NAME_RE_CACHE.append(re.compile(
            rf"\b(?P<title>(?:{titles})(?:\s+(?:{titles}))*)"
            rf"(?:\s+(?:of|to|for)\s+(?P<of>{CAP}(?:\s+{CAP})?))?,?\s+"
            rf"(?P<name>{INITIALS}\s+{CAP}|{NAME})"
        ))
    return TITLED_NAME_RE_CACHE[0]


TITLE_GATE_CACHE: list[Gate] = []


def _title_gate() -> Gate:
    """The exact pre-check of ``_title_regex()`` (a title's first letters must be there)."""
    if not TITLE_GATE_CACHE:
        TITLE_GATE_CACHE.append(Gate(_title_regex()))
    return TITLE_GATE_CACHE[0]


def country_near(mentions: list[Mention], entities: dict[str, Entity], title_start: int,
                  name_start: int) -> str | None:
    """The state mentioned just before a title ("Tajik President …", "China's Ambassador")."""
    for m in reversed(mentions):
        if m.end <= name_start and title_start - m.end <= 3 and m.entity_id.startswith("state:"):
            return m.entity_id.split(":", 1)[1]
        if m.end < title_start - 3:
            break
    return None


_SHARED_SURNAME_RE = re.compile(
    rf"(?<![\w’'\-])(?P<f1>{CAP})\s+and\s+(?P<f2>{CAP})\s+(?P<sur>{CAP})(?=\s*[,;:.)])")
_AND_NAME_RE = re.compile(rf" and\s+({NAME})")
_NAME_AND_RE = re.compile(rf"(?<![\w’'\-])({NAME})\s+and\s+$")
# "China's Wei Fenghe, India's X Y and Kazakhstan's Z W": people listed by their state
_STATE_POSS_NAME_RE = re.compile(
    rf"(?<![\w’'\-])(?P<st>{CAP}(?:\s+{CAP})?){POSS}\s+(?P<name>{NAME})(?=\s*(?:[,;:.)]|\band\b))")


class PeopleShapes(ShapeHelpers):
    """People the gazetteer lacks, recognised by their shape."""

    def people(self, st: str, base: int, roles_gate: bool, and_gate: bool) -> None:
        """``roles_gate``: a role word is in the sentence; ``and_gate``: the word "and" is
        (the given-name and coordination patterns need it)."""
        if and_gate:
            self._shared_surname(st, base)
        if roles_gate:
            for rx in (self.sh.appos_before_re, self.sh.appos_after_re):
                for m in rx.finditer(st):
                    self._person(base + m.start("name"), m.group("name"))
        if and_gate:
            self._coordinated(st, base)
            self._state_listed(st, base)

    def _shared_surname(self, st: str, base: int) -> None:
        """"two brothers, Huseyn and Ziyaddin Safarov": given names sharing one surname."""
        for m in _SHARED_SURNAME_RE.finditer(st):
            first, second, sur = m.group("f1"), m.group("f2"), m.group("sur")
            words = (first, second, sur)
            if any(w.lower() in self.sh.stop or w in self.sh.titles or w in self.sh.org_heads
                   or self.kb.lookup_kinds(w) for w in words):
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
        if POSS_CHARS.isdisjoint(st):
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
        if len(words) < 2 or any(w in self.sh.titles or w in self.sh.org_heads for w in words):
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
