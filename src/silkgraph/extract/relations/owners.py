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

HIS_COUNTRY_RE = re.compile(r"\b(?:his|her)\s+(?:country|nation)\b(?![’']s?\s)", re.I)
POSS_BEFORE_RE = re.compile(
    r"\b(?:(?:its|their)\s+|(?=fellow\s))(?:(?:closest|close|main|key|principal|traditional|longstanding|long-standing|"
    r"strategic|military|staunchest|oldest|formal|treaty|fellow|regional|historic|old|bitter|arch|chief|"
    r"neighbouring|neighboring|powerful|larger|security|trusted|(?-i:[A-Z]{2,6}))\s+)*"
    r"(?P<noun>ally|allies|partner|partners|rival|rivals|arch-?rivals?|adversary|adversaries|enemy|foe)\s+(?=(?-i:[A-Z]))", re.I)
LIST_GAP_RE = re.compile(r"\s*(?:,|and|,\s*and)\s*")


def his_country(sv: SentenceView, ctx: ArticleContext) -> list[Part]:
    """"his country": the state of the person (a titled leader) named last before it in the
    sentence; nothing when no such person is named there."""
    if "his " not in sv.text and "her " not in sv.text and "His " not in sv.text and "Her " not in sv.text:
        return []
    out: list[Part] = []
    leaders = [p for p in participants(sv, ctx) if p.kind == "title" and p.eid.startswith("state:")]
    for m in HIS_COUNTRY_RE.finditer(sv.text):
        lead = next((p for p in reversed(leaders) if p.end <= m.start()), None)
        if lead is not None:
            name = sv.text[lead.start:lead.end]
            out.append(Part(lead.eid, m.start(), m.end(), f"'{m.group(0)}' = the country of '{name}'", "anaphor"))
    return out


def poss_before(ps: list[Part], text: str) -> list[tuple[Part, Part, str, int]]:
    """"X asked its CSTO ally Y (and Z)": the clause's first party owns the noun; every party
    listed right after the noun is its ally/partner/rival."""
    if "its " not in text and "their " not in text and "fellow " not in text:
        return []
    out: list[tuple[Part, Part, str, int]] = []
    for m in POSS_BEFORE_RE.finditer(text):
        cs, _ = clause_bounds(text, m.start(), m.end())
        owner = next((p for p in ps if cs <= p.start and p.end <= m.start() and p.kind != "demonym"), None)
        if owner is None:
            continue
        pos = m.end()
        for p in ps:
            if p.start < pos:
                continue
            if p.start != pos and not LIST_GAP_RE.fullmatch(text[pos:p.start]):
                break
            if p.eid != owner.eid:
                out.append((owner, p, NOUN_KIND[m.group("noun").lower()], m.start()))
            pos = p.end
    return out


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
    pos = m.end()
    for p in ps:
        if p.start < pos:
            continue
        if p.start != pos and not LIST_GAP_RE.fullmatch(sv.text[pos:p.start]):
            break
        if p.eid != owner.eid:
            out.append((owner, p, NOUN_KIND[m.group("noun").lower()], m.start(), ant[1]))
        pos = p.end
    return out
