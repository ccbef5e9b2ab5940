"""A closed group of states named instead of its members is a member slot that stands for each
of them: "the five Central Asian states, all CIS members", "the Baltic states joined NATO",
"both Koreas joined the UN", "the C5 belong to the OSCE".  The groups are data: those of
``ontology/groups.yaml`` (regions take their members from ``reference/regions.yaml``) and the
names and groups ``ontology/state_groups.yaml`` adds.

What is read:
- a determiner ("the", "all", "all of the", "each of the") or a count alone, an optional count,
  a group adjective and a plural noun ("the five Central Asian republics"), or a whole name
  ("the C5", "both Koreas");
- a count must equal the group's size, or its size less the states excepted ("the four Central
  Asian states other than Turkmenistan"); a count that disagrees gives nothing;
- exceptions after the expression, in its clause ("except X", "apart from X", "other than X",
  "with the exception of X", "all but X", "... states but X"), leave those members out.
Not read (a part, or members named another way): a quantifier before it ("most of / some of /
none of / only one of the Central Asian states"), a partitive opener ("Of the five ..., only X"),
"such as / including / like X" after it, and a restrictive "that/which/who" clause right after
it ("the Central Asian states that border Afghanistan").  Each member keeps the inference
"one of '<expression>'", as the member is not named in the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from silkgraph.extract.events import Part
from silkgraph.extract.memberships.exclusion import DESCRIBER, EXCEPT_WORDS
from silkgraph.nlp.count_words import count_alt
from silkgraph.nlp.numbers import WORD_NUMBERS
from silkgraph.nlp.prefilter import Gate
from silkgraph.reference.names import load_regions
from silkgraph.resources import load_yaml

# the placeholder part's kind: one part for the whole expression, expanded by :func:`expand`
KIND = "state-group"
# the plural nouns a group adjective heads (a group may narrow them with `nouns:`)
# ("members" and "neighbours" are left out: "the Central Asian members of the CSTO", "the
# Central Asian neighbours of Afghanistan" are parts of the group)
NOUNS = ("states", "republics", "countries", "nations", "governments", "monarchies", "kingdoms", "sheikhdoms")
# a modifier between the count and the group's words: "the five former Soviet republics of Central Asia"
MOD = r"(?:(?:former|ex-|post-)\s*Soviet\s+|newly\s+independent\s+|independent\s+)?"
# a part of the group, not the whole: "most of the", "none of the", "only two of the", "among the"
PART_BEFORE_RE = re.compile(r"(?:\b(?:most|some|several|many|few|none|any|one|two|three|four|half|majority|rest|"
                            r"neither|either|not\s+all|all\s+but\s+\w+|each|both)\s+of\s*$|\bamong\s*$|\bnot\s*$|"
                            r"^\W*of\s*$)", re.I)
# the members named another way: "the Central Asian states, such as X," (X is read as named)
NAMED_AFTER_RE = re.compile(r"\s*,?\s*(?:such\s+as|including|like|notably|especially|in\s+particular|namely)\b", re.I)
# a restrictive clause picks some of them ("the Central Asian states that border Afghanistan"):
# the expression is still the clause's subject, but stands for no member
RESTRICT_RE = re.compile(r"\s+(?:that|which|who|whose|where|with|without|bordering|facing)\b", re.I)
# "X and the other (four) Central Asian states": the group less the states named before it
OTHER_BEFORE_RE = re.compile(r"\s*(?:,\s*)?(?:and|as\s+well\s+as|along\s+with|together\s+with|with|like)\s+$", re.I)
# an exception after the expression (its states follow)
# (one describing word may stand before the first excepted state: "except neutral Turkmenistan")
EXCEPT_RE = re.compile(rf"\b(?:{EXCEPT_WORDS}|all\s+but)\s+(?:the\s+)?" + DESCRIBER, re.I)
BUT_RE = re.compile(r"\s+but\s+(?:the\s+)?", re.I)  # "all Central Asian states but X"
CLAUSE_END_RE = re.compile(r"[,;:()]|\s[—–]\s")
LINK_RE = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|nor)\s+)?(?:the\s+)?", re.I)


@dataclass(frozen=True)
class Group:
    name: str
    members: tuple[str, ...]  # state ids


@dataclass(frozen=True)
class GroupHit:
    start: int  # sentence offsets of the expression
    end: int
    text: str
    members: tuple[str, ...]  # the group's members less those excepted
    excepted: tuple[str, ...]

    def why(self) -> str:
        out = f"one of '{self.text}'"
        return out + (f" (except {', '.join(x.split(':', 1)[1] for x in self.excepted)})" if self.excepted else "")


def _all_groups() -> list[tuple[dict, Group]]:
    regions = load_regions()
    out: list[tuple[dict, Group]] = []
    extra = load_yaml("ontology/state_groups.yaml")
    names = extra.get("names") or {}
    places = extra.get("of") or {}
    for g in (load_yaml("ontology/groups.yaml").get("groups") or []) + (extra.get("groups") or []):
        if "region" in g:  # members kept once, in reference/regions.yaml (and its overlay)
            grp = Group(g["region"], tuple(regions[g["region"]].members))
        else:
            grp = Group(g["name"], tuple(f"state:{m}" for m in g["members"]))
        spec = {**g, "names": list(g.get("names") or []) + list(names.get(grp.name) or []),
                "of": list(g.get("of") or []) + list(places.get(grp.name) or [])}
        out.append((spec, grp))
    return out


@lru_cache(maxsize=1)
def _table() -> tuple[Gate, dict[str, tuple[Group, frozenset[str] | None]], dict[str, Group]]:
    by_adj: dict[str, tuple[Group, frozenset[str] | None]] = {}
    by_name: dict[str, Group] = {}
    for spec, grp in _all_groups():
        nouns = frozenset(spec["nouns"]) if spec.get("nouns") else None
        for a in spec.get("adjectives") or []:
            by_adj[a.lower()] = (grp, nouns)
        for a in spec.get("of") or []:  # "the states of Central Asia": a place after "of"
            by_adj["of " + a.lower()] = (grp, nouns)
        for n in spec["names"]:
            by_name[n.lower()] = grp
    adjs = [a for a in by_adj if not a.startswith("of ")]
    places = [a[3:] for a in by_adj if a.startswith("of ")] or ["(?!)"]
    esc = lambda xs: "|".join(sorted((re.escape(x) for x in xs), key=len, reverse=True))  # noqa: E731
    count = r"(?P<n>" + count_alt(2, 12) + r"|\d{1,2})"
    rx = re.compile(r"\b(?:(?:(?P<det>(?:all\s+(?:of\s+)?|each\s+of\s+)?the|all)\s+(?:" + count + r"\s+)?"
                    r"(?:(?P<other>other)\s+(?:" + count.replace("<n>", "<n3>") + r"\s+)?)?|"
                    r"(?P<n2>" + count_alt(2, 12) + r")\s+)" + MOD +
                    rf"(?:(?P<adj>{esc(adjs)})\s+(?P<noun>{esc(NOUNS)})|(?P<noun2>{esc(NOUNS)})\s+of\s+"
                    rf"(?P<place>{esc(places)}))\b|(?P<name>{esc(by_name)})\b)", re.I)
    return Gate(rx), by_adj, by_name


def _count(s: str | None) -> int | None:
    return None if s is None else int(WORD_NUMBERS.get(s.lower(), 0) or s)


def _excepted(text: str, states: list[Part], end: int) -> list[Part] | None:
    """The states excepted after the expression ending at ``end`` (in its clause); None when the
    exception names no state."""
    stop = min((i for i in (text.find(";", end), text.find(":", end)) if i >= 0), default=len(text))
    cue = BUT_RE.match(text, end) or EXCEPT_RE.search(text, end, stop)
    if cue is None:
        return []
    after = sorted((p for p in states if p.start >= cue.end()), key=lambda p: p.start)
    out: list[Part] = []
    pos = cue.end()
    for p in after:
        if not LINK_RE.fullmatch(text, pos, p.start):
            break
        out.append(p)
        pos = p.end
    return out or None


def _others(text: str, states: list[Part], start: int) -> list[Part]:
    """The states named right before "and the other ..." at ``start`` ("X and Y and the other")."""
    lk = OTHER_BEFORE_RE.search(text, max(0, start - 20), start)
    if lk is None:
        return []
    out: list[Part] = []
    pos = lk.start()
    for p in sorted((p for p in states if p.end <= pos), key=lambda p: -p.end):
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*", text[p.end:pos]):
            break
        out.append(p)
        pos = p.start
    return out


def group_hits(text: str, low: str | None, states: list[Part], dropped: frozenset[str] = frozenset()) -> list[GroupHit]:
    """The closed groups named in sentence ``text`` (``low``: its ``lower_for_gates`` form), with
    their excepted members left out; ``states`` are the sentence's state parts, ``dropped`` the
    states an exception elsewhere in it left out ("With the exception of X, all five ...")."""
    gate, by_adj, by_name = _table()
    out: list[GroupHit] = []
    for m in gate.finditer(text, low):
        if m.group("name"):
            grp, n = by_name[m.group("name").lower()], None
        else:
            adj = m.group("adj").lower() if m.group("adj") else "of " + m.group("place").lower()
            grp, nouns = by_adj[adj]
            n = _count(m.group("n") or m.group("n2"))
            if nouns is not None and (m.group("noun") or m.group("noun2")).lower() not in nouns and n is None:
                continue  # "the Gulf states" is loose; "the six Gulf states" is not
        if PART_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) or NAMED_AFTER_RE.match(text, m.end()):
            continue
        if RESTRICT_RE.match(text, m.end()):
            out.append(GroupHit(m.start(), m.end(), m.group(0), (), ()))
            continue
        exc = _excepted(text, states, m.end())
        if exc is None:
            continue
        ex_ids = tuple(dict.fromkeys([p.eid for p in exc] + [x for x in dropped if x in grp.members]))
        if not m.group("name") and m.group("other"):
            n = _count(m.group("n3")) if n is None else n
            exc = _others(text, states, m.start())
            if not exc or any(p.eid not in grp.members for p in exc):
                continue  # "the other Central Asian states": other than the ones named just before
            ex_ids += tuple(dict.fromkeys(p.eid for p in exc if p.eid not in ex_ids))
        if any(x not in grp.members for x in ex_ids):
            continue  # "the Central Asian states except Russia": not this group
        if n is not None and n not in (len(grp.members), len(grp.members) - len(ex_ids)):
            continue
        keep = tuple(x for x in grp.members if x not in ex_ids)
        out.append(GroupHit(m.start(), m.end(), m.group(0), keep, ex_ids))
    return out


def _clause_end(text: str, pos: int) -> int:
    m = CLAUSE_END_RE.search(text, pos)
    return m.start() if m else len(text)


def with_groups(text: str, low: str | None, states: list[Part],
                named: list[Part]) -> tuple[list[Part], dict[tuple[int, int], GroupHit]]:
    """``states`` with one placeholder part per group expression (the states named inside it and
    those it excepts left out), and the hits by span for :func:`expand`; ``named``: the
    sentence's state parts before exceptions were dropped (an exception names its states)."""
    if not any(c.isupper() for c in text):
        return states, {}
    hits = group_hits(text, low, named, frozenset(p.eid for p in named) - {p.eid for p in states})
    if not hits:
        return states, {}
    drop = {x for h in hits for x in h.excepted}
    # the states of a restrictive clause are its objects ("... that border Afghanistan are"), no members
    spans = [(h.start, _clause_end(text, h.end) if not h.members else h.end) for h in hits]
    kept = [p for p in states if not any(a <= p.start < b for a, b in spans)
            and not (p.eid in drop and any(p.start >= h.end for h in hits))]
    kept += [Part(h.members[0] if h.members else "state:-", h.start, h.end, h.why(), KIND) for h in hits]
    return sorted(kept, key=lambda p: p.start), {(h.start, h.end): h for h in hits}


def expand(mems: list[Part], hits: dict[tuple[int, int], GroupHit]) -> list[Part]:
    """Each placeholder among ``mems`` replaced by one part per member, with the inference."""
    if not hits:
        return mems
    out: list[Part] = []
    for p in mems:
        h = hits.get((p.start, p.end)) if p.kind == KIND else None
        out += [Part(x, p.start, p.end, h.why(), KIND) for x in h.members] if h else [p]
    return out
