"""People: introduced by a title ("Tajik President Emomali Rahmon"), in an appositive
("its head of security, X"), coordinated with a known person ("Ilham Aliyev and X"), a name
starting with a known given name ("Saparmurat Niyazov's answer"), or a name in a person's slot
("X Y said", "X Y, Kazakhstan's deputy defence minister,", "foreign adviser X Y")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from silkgraph.extract.recognise.name_tokens import POSS_SUFFIXES, name_tokens
from silkgraph.extract.recognise.patterns import (
    CAP,
    CAP_TAIL,
    NAME,
    POSS,
    LiteralStarts,
    matches_at,
    slug,
)
from silkgraph.extract.recognise.shape_base import ShapeHelpers, cues
from silkgraph.knowledge import Knowledge
from silkgraph.model import Entity, Mention
from silkgraph.nlp.ordering import longest_first
from silkgraph.resources import load_yaml

POSS_CHARS = frozenset("’'")
TITLED_NAME_RE_CACHE: list[re.Pattern[str]] = []
# initials written together before a surname, after a title: "Air Chief Marshal RKS
# Bhadauria", "General R.K.S. Bhadauria"
INITIALS = r"(?:(?:[A-Z]\.){2,3}|[A-Z]{2,3}(?=\s+[A-Z][a-z]))"
# a name word inside a name after initials ("S.M. Kamrul Hassan"): no possessive
_PLAIN_CAP = r"[A-Z][a-zà-ÿ]+(?:-[A-Za-zà-ÿ][a-zà-ÿ]*)*"


def _titles() -> list[str]:
    data = load_yaml("ontology/titles.yaml")
    extra = cues().words("extra_titles")
    # longest first (ties alphabetical: the pattern is the same in every process)
    return longest_first(set(data["titles"]) | set(extra))


def title_regex() -> re.Pattern[str]:
    if not TITLED_NAME_RE_CACHE:
        titles = "|".join(re.escape(t) for t in _titles())
        TITLED_NAME_RE_CACHE.append(re.compile(
            rf"\b(?P<title>(?:{titles})(?:\s+(?:{titles}))*)"
            rf"(?:\s+(?:of|to|for)\s+(?P<of>{CAP}(?:\s+{CAP})?))?,?\s+"
            rf"(?P<name>{INITIALS}(?:\s+{_PLAIN_CAP})?\s+{CAP}|{NAME})"
        ))
    return TITLED_NAME_RE_CACHE[0]


@lru_cache(maxsize=1)
def title_starts() -> LiteralStarts:
    """Where a title (as written) starts: every match of ``title_regex()`` does."""
    return LiteralStarts(_titles())


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(t for t in _titles() if " " not in t)


def leading_titles(name: str) -> int:
    """How many characters of titles start ``name`` when a name of two or more words follows:
    "Chief of Defence Staff, General Bipin Rawat" is the person Bipin Rawat, not "General Bipin
    Rawat" (a second title after the appositive comma)."""
    words = name.split(" ")
    cut = 0
    while len(words) > 2 and words[0] in _title_words():
        cut += len(words[0]) + 1
        words = words[1:]
    return cut


def titled_names(st: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``title_regex().finditer(st)``, given the sorted offsets in ``st`` where a title
    starts (``title_starts().positions``)."""
    return matches_at(title_regex(), st, starts)


def country_near(mentions: list[Mention], entities: dict[str, Entity], title_start: int,
                  name_start: int) -> str | None:
    """The state mentioned just before a title ("Tajik President …", "China's Ambassador")."""
    for m in reversed(mentions):
        if m.end <= name_start and title_start - m.end <= 3 and m.entity_id.startswith("state:"):
            return m.entity_id.split(":", 1)[1]
        if m.end < title_start - 3:
            break
    return None


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


# -- names by their given name or their slot ------------------------------------------------
# a word of a name: a capitalised word (any Latin capital: "Özgür", "Çelebi") with its hyphens
# and apostrophes, or a lower-case particle that may stand inside a name ("bin", "al")
_TOK_RE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſƏ][\w’'\-]*|\b(?:bin|ibn|bint|al|el|ul|ud|uz|ur|de|van|von|der|da|di)\b")
_POSS_END = re.compile(r"[’']s$")
# "Wang Yi", "Zhang Youxia": a Chinese family name before a given name written in pinyin
_PINYIN_RE = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:[aeiouv]+)(?:ng|n|r)?){1,3}")
_NUMBER_AFTER_RE = re.compile(r"[ \u00a0-]\d{1,3}(?![\d,.:]\d)(?!\s*(?:%|percent|per\s+cent))")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "our"})
_LEFT_SLOT_RE = re.compile(r"(?:\bsaid|\baccording\s+to|\bby|\bwith|\band|,)\s+$", re.IGNORECASE)
_ADVERBS = frozenset({"also", "later", "then", "previously", "earlier", "recently", "reportedly",
                      "once", "has", "had", "have", "himself", "herself", "separately", "again"})


_NAME_MEMO: dict[tuple[int, str], bool] = {}  # (knowledge base, word) -> a name's word?


class _Tok:
    __slots__ = ("start", "end", "text", "poss")

    def __init__(self, start: int, end: int, text: str, poss: bool) -> None:
        self.start, self.end, self.text, self.poss = start, end, text, poss


def _tokens(st: str) -> list[_Tok]:
    out = []
    for m in _TOK_RE.finditer(st):
        t = m.group(0).rstrip("-")
        poss = t.endswith(POSS_SUFFIXES)  # (as _POSS_END: a token holds no newline)
        if poss:
            t = t[:-2]
        t = t.rstrip("’'")
        if t:
            out.append(_Tok(m.start(), m.start() + len(t), t, poss))
    return out


class NamedPeople(ShapeHelpers):
    """People the gazetteer lacks, named by a known given name or standing in a person's slot."""

    def __init__(self, text: str, kb: Knowledge, mentions: list[Mention],
                 entities: dict[str, Entity], add, surnames: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
        super().__init__(text, kb, mentions, entities, add, surnames)
        self.name_tokens = name_tokens(kb)

    def _name_word(self, w: str) -> bool:
        """A capitalised word that can be part of a person's name (cached)."""
        key = (id(self.kb), w)
        got = _NAME_MEMO.get(key)
        if got is None:
            if len(_NAME_MEMO) > 200_000:
                _NAME_MEMO.clear()
            got = _NAME_MEMO[key] = self._name_word_uncached(w)
        return got

    def _name_word_uncached(self, w: str) -> bool:
        c = cues()
        if not (w[0].isupper() and len(w) > 1) or w.isupper() or any(ch.isdigit() for ch in w):
            return False
        if w in c.not_name or w in self.sh.titles or w in self.sh.org_heads \
                or w.lower() in self.sh.stop:
            return False
        if "-" in w and w.split("-", 1)[0] in self.sh.titles:
            return False  # "President-elect", "Minister-designate": a title, not a name's word
        # a weapon the text matcher never matches ("Kılıç", "Khan": match=nomatch) is a
        # lookup-only entry: it does not stop the word being a name's word
        ents = self.kb.entities
        return all(eid.startswith("person:") for eid, _k in self.kb.lookup_kinds(w)
                   if not (eid.startswith("wpn:") and "nomatch" in str(ents[eid].attrs.get("match", ""))))

    def named_people(self, st: str, base: int) -> None:
        if not self.name_tokens.two_in(st, self._name_word):
            return  # every name recorded below has two name words
        c = cues()
        toks = _tokens(st)
        i = 0
        while i < len(toks):
            t = toks[i]
            if not t.text[0].isupper():
                i += 1
                continue
            origin = c.given_origin(t.text)
            if origin and self._name_word(t.text):
                j = self._given_run(st, toks, i, origin)
                if j > i:
                    h = i  # "Jalil Abbas Jilani": name words before the given name
                    while h > 0 and i - h < 2 and j - h < 4 and origin != "chinese_surname" \
                            and st[toks[h - 1].end:toks[h].start] == " " and not toks[h - 1].poss \
                            and toks[h - 1].start > 0 and self._name_word(toks[h - 1].text):
                        h -= 1
                    self._named(st, base, toks, h, j)
                    i = j + 1
                    continue
            i += 1
        self._slotted(st, base, toks)

    def _given_run(self, st: str, toks: list[_Tok], i: int, origin: str) -> int:
        """The index of the last word of a name starting with a given name at ``i`` (``i``
        when there is none)."""
        c = cues()
        pw = st[max(0, toks[i].start - 8):toks[i].start].split()
        if pw and pw[-1].lower() in _DETERMINERS and st[toks[i].start - 1:toks[i].start] == " ":
            return i  # "the Shahid Soleimani": a ship or a place named after a person
        if origin == "chinese_surname":
            if i + 1 < len(toks) and st[toks[i].end:toks[i + 1].start] == " " and not toks[i].poss:
                nxt = toks[i + 1].text
                if self._name_word(nxt) and _PINYIN_RE.fullmatch(nxt.lower().replace("-", "")):
                    return i + 1
            return i
        j, last = i, i
        while j + 1 < len(toks) and j - i < 4 and not toks[j].poss:
            if st[toks[j].end:toks[j + 1].start] != " ":
                break
            nxt = toks[j + 1].text
            if nxt in c.particles and not nxt[0].isupper():
                j += 1  # "bin", "al", "ul": only inside a name
                continue
            if not self._name_word(nxt):
                break
            j += 1
            last = j
        return last

    def _named(self, st: str, base: int, toks: list[_Tok], i: int, j: int) -> None:
        """Record toks[i..j] as a person (replacing a bare surname the gazetteer matched inside
        it: "Rustam Aliyev" is not Ilham Aliyev)."""
        a, b = base + toks[i].start, base + toks[j].end
        name = st[toks[i].start:toks[j].end]
        if not toks[j].poss and j + 1 < len(toks) and st[toks[j].end:toks[j + 1].start] == " " \
                and toks[j + 1].text[0].isupper() and toks[j + 1].text in cues().not_name:
            return  # "Abdul Kalam Island", "Allama Iqbal Airport": named after a person
        if _NUMBER_AFTER_RE.match(st, toks[j].end):
            return  # "Yuan Wang 5", "Shi Yan 6": a ship or a craft, numbered
        inside = self._in(a, b)
        for o in inside:
            if o.start < a or o.end > b or not o.entity_id.startswith("person:"):
                return
            if o.start == a and o.end == b:
                return
        found = self.kb.lookup(name)
        if any(e.type != "person" for e in found):
            return
        person = next((e for e in found if e.type == "person"), None)
        if inside:
            if person is not None and all(o.entity_id == person.id for o in inside):
                return
            self._drop_inside(a, b)
        pid = person.id if person is not None else self._new(
            f"person:{slug(name)}", "person", name, None)
        self.add(a, b, pid, "name")
        self.surnames[toks[j].text] = pid

    def _slotted(self, st: str, base: int, toks: list[_Tok]) -> None:
        """Two or three capitalised words in a person's slot: before a speech verb ("X Y
        said"), before an appositive role ("X Y, Kazakhstan's deputy defence minister"),
        after a lower-case role noun ("foreign adviser X Y"), or a possessive of a person's
        noun when the surname has a surname's ending ("X Yov's government")."""
        c = cues()
        i, n = 0, len(toks)
        while i < n:
            if not self._name_word(toks[i].text):
                i += 1
                continue
            j = i
            while j + 1 < n and j - i < 3 and not toks[j].poss \
                    and st[toks[j].end:toks[j + 1].start] == " " and self._name_word(toks[j + 1].text):
                j += 1
            run = (i, j)
            i = j + 1
            k = j - run[0] + 1
            if k < 2 or k > 3:
                continue
            s0 = toks[run[0]].start
            before = st[max(0, s0 - 40):s0]
            pw = before.split()
            prev = pw[-1] if pw else ""
            if prev[:1].isupper() and not prev.endswith((",", ";", ":")) and prev.rstrip(",") not in self.sh.titles:
                continue  # part of a longer capitalised run
            if prev.lower() in _DETERMINERS:
                continue
            end = toks[j].end
            after = st[end + (2 if toks[j].poss else 0):end + 60]
            aw = after.split()
            sur = toks[j].text.lower()
            ok = False
            if not toks[j].poss and aw:
                v = aw[0] if aw[0].lower() not in _ADVERBS or len(aw) < 2 else aw[1]
                if v.rstrip(",.;:") in c.person_verbs:
                    ok = True
                elif after.startswith(", ") and self._role_after(after[2:]):
                    ok = True
            if not ok and prev.lower() in self.sh.role_words:
                ok = True  # "foreign adviser Touhid Hossain"
            if not ok and _LEFT_SLOT_RE.search(before) and before.rstrip().endswith(("said", "to")) \
                    and sur.endswith(c.surname_endings):
                ok = True  # "said X Yev", "according to X Yev"
            if not ok and toks[j].poss and aw and aw[0].strip(",.") in c.person_possessed \
                    and sur.endswith(c.surname_endings):
                ok = True
            if ok and self._free(base + s0, base + toks[j].end):
                self._named(st, base, toks, run[0], j)

    def _role_after(self, text: str) -> bool:
        """``text`` (after "X Y, ") opens an appositive role: "the/a/Kazakhstan's [up to four
        words] <role>", or "who"."""
        words = text.split()[:7]
        if not words:
            return False
        if words[0] in ("who", "whose"):
            return True
        if not (words[0].lower() in ("the", "a", "an", "his", "her") or _POSS_END.search(words[0])):
            return False
        for w in words[1:6]:
            w2 = w.rstrip(",.;:").lower()
            if w2 in self.sh.role_words:
                return True
            if w.endswith((",", ".", ";")):
                return False
        return False
