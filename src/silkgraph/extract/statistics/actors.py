"""Subjects told through a person or a pronoun: a leader who commits money for their state, the
winner of a vote named by "he"/"she", and the owner of "its share of …"."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import STATISTICS_OBLIQUE_PREPS
from silkgraph.extract.pronoun import subject_antecedent
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.extract.statistics.referents import last_match, named_before
from silkgraph.extract.statistics.subjects import prev_word

# a leader's act that commits money: "Modi pledged 100 billion rupees", "X announced a line of credit"
COMMIT_RE = re.compile(r"\b(?:pledged|pledges|pledging|promised|promises|announced|announces|announcing|offered|"
                       r"offers|granted|grants|extended|extends|approved|approves|unveiled|unveils|committed|"
                       r"commits|gave|gives|signed|signs|set|sets|setting)\b", re.I)
POSS_RE = re.compile(r"['’]s?\b")
COORD_RE = re.compile(r"\s*(?:,\s*)?and\s+")  # "X and Y": a leader coordinated with the first
ACTOR_TYPES = ("state", "organization", "company", "armed_group", "person")
# "He won the run-off with 54 percent": a personal pronoun right before the winning verb
HE_RE = re.compile(r"\b(?:He|She)\s+(?:\w+ly\s+)?$")
# "although its share of Indian arms imports fell to 36 percent": the owner of the share is "its"
ITS_SHARE_RE = re.compile(r"\b[Ii]ts\s+(?:[\w\-]+\s+)?share\s+of\s+(?:[^,;.]{0,60}?)$")
# a part of a role that is an office no longer held (statistics.yaml, ended_role)
ENDED_ROLE_RE = re.compile(P.DATA["ended_role"], re.I)
PERSON_BACK = 3  # sentences searched back for the person "he"/"she" stands for
# "the bank held 41.3 percent of X's debt": an organisation named again by its common noun as the
# subject of the figure's clause (right before its verb)
DEF_ORG_RE = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|while|when|as)\s+|\b\d{4}\s*,?\s+)the\s+"
                        r"(?P<noun>bank|lender|fund|company|firm|corporation|operator|consortium)\s+(?:\w+ly\s+)?"
                        r"(?:held|holds|owned|owns|accounted|accounts|lent|lends|provided|provides|controlled|controls|"
                        r"has|had|was|is|invested|invests|spent|spends|took|takes)\b", re.I)
# kinds of organisation a common noun names ("the lender": a bank or a fund)
NOUN_KINDS = {"bank": ("bank",), "lender": ("bank", "fund"), "fund": ("fund",)}
ORG_BACK = 3  # sentences searched back for the organisation


def leader_money(sv: SentenceView, ctx: ArticleContext, st: Stat, lo: int = 0) -> tuple[str, str] | None:
    """"Narendra Modi pledged 100 billion rupees, about $1.2 billion": money that a state's
    leader or official commits is the state's.  The person is the first actor of the number's
    clause (from ``lo``; no object of a preposition) and a committing verb stands between them and
    the number, with no other actor in between (a leader coordinated with "and" is no other: "X and
    Y set a target of $5 billion" is the first one's)."""
    text = sv.text
    for a, b, m in sv.mentions_rel():
        if a < lo:
            continue
        if a >= st.start:
            return None
        et = ctx.etype(m.entity_id)
        if et != "person":
            if et in ACTOR_TYPES and m.role != "place" and prev_word(text, a) not in STATISTICS_OBLIQUE_PREPS:
                return None  # another actor is the subject
            continue
        ent = ctx.entity(m.entity_id)
        if ent is None or not ent.country or not ent.attrs.get("role") or prev_word(text, a) in STATISTICS_OBLIQUE_PREPS \
                or POSS_RE.match(text, b):
            continue  # (not "during X's state visit, the two governments signed …": a possessor)
        v = COMMIT_RE.search(text, b, st.start)
        if v is None or ";" in text[b:st.start] or st.start - v.end() > 60:
            return None
        if any(b <= x < v.start() and ctx.etype(mm.entity_id) in ACTOR_TYPES and mm.kind != "demonym"
               and prev_word(text, x) not in STATISTICS_OBLIQUE_PREPS and prev_word(text, x) != "of"
               and not (ctx.etype(mm.entity_id) == "person" and COORD_RE.fullmatch(text, b, x))
               for x, _y, mm in sv.mentions_rel()):
            return None  # another actor of the clause ("in Malé", "of Maldivian independence" are not)
        office = office_org(ctx, str(ent.attrs.get("role")))
        if office is not None:  # "von der Leyen announced …": the Commission's money, not Germany's
            ctx.use_entity(office)
            return office, f"{ent.name} ({ent.attrs.get('role')}) acts for the organisation of their office"
        state = f"state:{ent.country}"
        if ctx.entity(state) is None:
            return None
        return state, f"{ent.name} ({ent.attrs.get('role')}) acts for their state"
    return None


def office_org(ctx: ArticleContext, role: str) -> str | None:
    """The international organisation a person's office belongs to ("President of the European
    Commission", "NATO Secretary General"): an organisation of no state that the role names.
    Parts of the role (split at ";") for an office no longer held ("former Secretary General of
    NATO", "SCO Secretary-General 2022-2024") name no organisation the person acts for."""
    for part in role.split(";"):
        if not part.strip() or ENDED_ROLE_RE.search(part):
            continue
        for m in ctx.kb.find(part):
            for eid, _kind in m.candidates:
                ent = ctx.kb.get(eid)
                if ent is not None and ent.type == "organization" and not ent.country:
                    return eid
    return None


def pronoun_winner(sv: SentenceView, ctx: ArticleContext, st: Stat) -> tuple[str, str] | None:
    """"He won the run-off … with 54 percent of the vote": the person "he" stands for, the
    first person named in the nearest earlier sentence of the section that names one."""
    found = list(P.WON_RE.finditer(sv.text, max(0, st.start - 120), st.start))
    if not found or not HE_RE.search(sv.text, max(0, found[-1].start() - 20), found[-1].start()):
        return None
    if any(ctx.etype(m.entity_id) == "person" and sv.rel(m.end) <= found[-1].start() for m in sv.mentions):
        return None
    for i in range(sv.index - 1, max(-1, sv.index - 1 - PERSON_BACK), -1):
        view = ctx.sentences[i]
        if view.section != sv.section:
            return None
        people = [m for m in view.mentions if ctx.etype(m.entity_id) == "person"]
        if people:
            p = people[0]
            return p.entity_id, f"'{found[-1].group(0)}' by '{sv.text[:found[-1].start()].split()[-1]}' = '{p.text}'"
    return None


def its_share(sv: SentenceView, ctx: ArticleContext, st: Stat) -> tuple[str, str] | None:
    """"X remains Y's largest supplier, although its share of Y's imports fell to 36 percent":
    the share is of the state "its" stands for (the sentence's subject)."""
    lo = max(0, st.start - 120)
    m = ITS_SHARE_RE.search(sv.text, lo, st.start)
    if m is None or not re.search(r"\b(?:fell|rose|grew|dropped|declined|climbed|increased|decreased|was|stood|is|"
                                  r"reached|slipped|jumped)\b", m.group(0)):
        return None
    return subject_antecedent(ctx, sv, m.start())


def named_org(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat) -> tuple[str, str] | None:
    """"… the Export-Import Bank of China. In 2018 the bank held 41.3 percent of X's debt": the
    nearest organisation (in this sentence or the few before, same section) whose name holds the
    noun, or whose kind it names."""
    dm = last_match(DEF_ORG_RE, sv.text, lo, st.start)
    if dm is None:
        return None
    noun = dm.group("noun").lower()
    kinds = NOUN_KINDS.get(noun, ())
    got = named_before(ctx, sv, dm.start(), ORG_BACK, ("organization", "company"),
                       lambda ent, m: noun in ent.name.lower() or noun in m.text.lower()
                       or bool(kinds and ent.attrs.get("kind") in kinds))
    return (got[0].id, f"'the {noun}' = '{got[1].text}', the {noun} named before") if got else None


# "his country", "her government's": a person's own state, named by a possessive pronoun
HIS_COUNTRY_RE = re.compile(r"\b(?:his|her)\s+(?:own\s+)?(?:country|nation|government|state)\b", re.I)


def his_country(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat) -> tuple[str, str] | None:
    """"Aliyev put the value of the equipment his country had bought at $5 billion": "his country"
    before the figure, in its clause, is the state of the nearest person named before it."""
    hm = last_match(HIS_COUNTRY_RE, sv.text, lo, st.start)
    if hm is None:
        return None
    people = [m for a, _b, m in sv.mentions_rel() if a < hm.start() and ctx.etype(m.entity_id) == "person"]
    state = ctx.state_of(ctx.entity(people[-1].entity_id)) if people else None
    if state is None:
        return None
    return state, f"'{hm.group(0)}' = the state of '{people[-1].text}'"
