"""People the gazetteer lacks, named by a known given name ("Saparmurat Niyazov's answer",
"Jalil Abbas Jilani"; a Chinese family name before a pinyin given name) or standing in a
person's slot ("X Y said", "X Y, Kazakhstan's deputy defence minister,", "foreign adviser X Y",
"X Yov's government"), for ``recognise.people``."""

from __future__ import annotations

import re

from silkgraph.extract.recognise.name_tokens import POSS_SUFFIXES, name_tokens
from silkgraph.extract.recognise.patterns import (
    slug,
)
from silkgraph.extract.recognise.shape_base import ShapeHelpers, cues
from silkgraph.knowledge import Knowledge
from silkgraph.model import Entity, Mention

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
        # a weapon the text matcher never matches ("Kılıç", "Khan": match=nomatch), or any
        # entity whose own name is lookup only ("Oybek", a crossing and a given name), is a
        # lookup-only entry: it does not stop the word being a name's word
        ents = self.kb.entities
        return all(eid.startswith("person:") for eid, k in self.kb.lookup_kinds(w)
                   if not ((eid.startswith("wpn:") or k == "name")
                           and "nomatch" in str(ents[eid].attrs.get("match", ""))))

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
