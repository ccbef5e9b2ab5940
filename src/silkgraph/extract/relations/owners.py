"""Parties named through their owner (session 3f): "his/her country" is the state of the person
named just before it ("Pezeshkian said the war between his country and Israel …"); a possessed
relation noun before a name ("Kazakhstan asked its CSTO ally Russia", "Armenia and its fellow
CSTO allies Belarus and Russia"): the clause's subject and the name after the noun."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part, clause_bounds, participants
from silkgraph.extract.pronoun import subject_antecedent
from silkgraph.extract.relations.cues import NOUN_KIND
from silkgraph.extract.relations.modifiers import open_premod
from silkgraph.resources import load_yaml

# (session 16: "Turkish Foreign Minister X, whose government is Baku's closest ally": the relative's owner)
HIS_COUNTRY_RE = re.compile(r"\b(?:(?:his|her)\s+(?:country|nation)|(?<=, )whose\s+(?:government|country|nation))\b(?![’']s?\s)", re.I)
# any few premodifiers, not a past, potential or hedged relation nor a function word (modifiers.py)
_PREMOD = open_premod()
_NOUNS = "|".join(sorted((re.escape(n) for n in NOUN_KIND if " " not in n), key=len, reverse=True))
# "its CSTO ally Y", "its chief backer, Y,", "their jihadist rival Y" (session 14: any premodifiers,
# every relation noun, and a comma before an appositive name)
POSS_BEFORE_RE = re.compile(
    r"\b(?:(?:its|their)\s+|(?=fellow\s))" + _PREMOD + r"(?:arch-?)?(?P<noun>" + _NOUNS + r")(?P<comma>\s*,)?\s+(?:the\s+)?(?=(?-i:[A-Z]))",
    re.I)
# after an appositive name set off by a comma: the apposition's closing mark
APPOS_CLOSE_RE = re.compile(r"\s*(?:[,;.:)]|—|–|\s-\s|$)")
LIST_GAP_RE = re.compile(r"\s*(?:,|and|,\s*and)\s*")
# a party joined to the "its" after it: "the EU and its partner Y", "with Poland as well as its ally Y"
JOINED_RE = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as|along\s+with|together\s+with)\s+", re.I)
# a bloc named by a common noun between the owner and "its": a nearer antecedent ("the alliance")
BLOC_NOUN_RE = re.compile(r"\bthe\s+(?:" + "|".join(load_yaml("ontology/memberships.yaml")["bloc_anaphor_nouns"]) + r")\b", re.I)


def his_country(sv: SentenceView, ctx: ArticleContext) -> list[Part]:
    """"his country", "…, whose government": the state of the person (a titled leader) named last
    before it in the sentence; nothing when no such person is named there."""
    if "his " not in sv.text and "her " not in sv.text and "His " not in sv.text and "Her " not in sv.text \
            and ", whose " not in sv.text:
        return []
    out: list[Part] = []
    leaders = [p for p in participants(sv, ctx) if p.kind == "title" and p.eid.startswith("state:")]
    for m in HIS_COUNTRY_RE.finditer(sv.text):
        lead = next((p for p in reversed(leaders) if p.end <= m.start()), None)
        if lead is not None:
            name = sv.text[lead.start:lead.end]
            out.append(Part(lead.eid, m.start(), m.end(), f"'{m.group(0)}' = the country of '{name}'", "anaphor"))
    return out


def poss_before(ps: list[Part], text: str, parts: list[Part] | tuple[Part, ...] = ()) -> list[tuple[Part, Part, str, int]]:
    """"X asked its CSTO ally Y (and Z)": the party of the clause that "its" stands for owns the
    noun; every party listed right after the noun is its ally/partner/rival.  The owner is the
    nearest party before "its": alone in the clause, it owns the noun unless an organisation
    (``parts`` that are no state, a bloc noun: "asked the UN to protect its partner Y") stands
    between; after another party, only when joined to "its" ("X condemned the EU and its partner
    Y": the EU's; "X asked NATO to protect its partner Y": unclear, nothing)."""
    if "its " not in text and "their " not in text and "fellow " not in text:
        return []
    out: list[tuple[Part, Part, str, int]] = []
    for m in POSS_BEFORE_RE.finditer(text):
        cs, _ = clause_bounds(text, m.start(), m.end())
        before = [p for p in ps if cs <= p.start and p.end <= m.start() and p.kind != "demonym"]
        if not before:
            continue
        owner = before[-1]
        if any(p.eid != owner.eid for p in before[:-1]):
            if not JOINED_RE.fullmatch(text, owner.end, m.start()):
                continue
        elif any(owner.end <= p.start and p.end <= m.start() and not p.eid.startswith("state:") for p in parts) \
                or BLOC_NOUN_RE.search(text, owner.end, m.start()):
            continue
        out += [(owner, p, NOUN_KIND[m.group("noun").lower()], m.start()) for p in _named(ps, text, m)
                if p.eid != owner.eid]
    return out


def _named(ps: list[Part], text: str, m: re.Match[str]) -> list[Part]:
    """The parties listed right after the possessed noun of ``m``; after a comma ("its chief backer,
    Y, sent") only a list the apposition closes (not "its allies, Y said")."""
    named: list[Part] = []
    pos = m.end()
    for p in ps:
        if p.start < pos:
            continue
        if p.start != pos and not LIST_GAP_RE.fullmatch(text[pos:p.start]):
            break
        named.append(p)
        pos = p.end
    if named and m.group("comma") and not APPOS_CLOSE_RE.match(text, pos):
        return []
    return named


def its_lead(sv: SentenceView, ctx: ArticleContext, ps: list[Part]) -> list[tuple[Part, Part, str, int, str]]:
    """"Belarus held elections. Its ally Russia sent observers.": a sentence opening with a
    possessed relation noun before a name; the owner is the state "Its" stands for (the previous
    sentence's subject), every party listed right after the noun its ally/partner/rival."""
    m = POSS_BEFORE_RE.match(sv.text)
    if m is None or not m.group(0)[:1].isupper():
        return []
    ant = subject_antecedent(ctx, sv, 0)
    if ant is None:
        return []
    owner = Part(ant[0], 0, 3, ant[1], "anaphor")
    out: list[tuple[Part, Part, str, int, str]] = []
    out += [(owner, p, NOUN_KIND[m.group("noun").lower()], m.start(), ant[1]) for p in _named(ps, sv.text, m)
            if p.eid != owner.eid]
    return out
