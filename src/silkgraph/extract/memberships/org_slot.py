"""The organisation slot of a membership cue: the organisations heading its object ("joined
the CSTO and the EAEU"), coordinated later by the same preposition, the treaty's organisation,
those inside, before or owning the cue, the clause's subject, or the one named earlier in the
paragraph."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.cue_subjects import list_after
from silkgraph.extract.discourse import line_break_between
from silkgraph.extract.events import Part, recent_org
from silkgraph.extract.events.blocs import is_bloc
from silkgraph.extract.memberships.cues import (
    ADJ_GAP_RE,
    ANAPHOR_ORG_RE,
    AND_PAREN_PREP_RE,
    AND_PREP_RE,
    BLOC_NOUNS,
    CLAUSE_GAP_RE,
    INSIDE_AND_RE,
    OWN_NP_RE,
    PARA_BACK,
    PROGRAMME_ROLES,
    TREATY_ORGS,
    Cue,
)
from silkgraph.extract.memberships.last_bloc import last_bloc
from silkgraph.extract.memberships.objects import heads_object
from silkgraph.extract.memberships.orgs import owner_org, subject_org
from silkgraph.extract.memberships.salient import salient_bloc

OBJECT_REACH = 40  # how far after a cue the organisation heading its object may begin
# "the union, which groups …", "the bloc – whose members are …": an organisation referred back to, right
# before an adjacent cue
# (or as the subject right before it: "The bloc brings together X, Y and Z")
ANAPHOR_ADJ_RE = re.compile(r"\b(?P<np>(?:the|this)\s+(?:" + BLOC_NOUNS + r"))"
                            r"(?:\s*,\s+(?:which|that)\s+|\s*[—–]\s*|\s*--\s*|\s+)?(?:(?:now|also|still|currently|today)\s+)?$", re.I)
# "The alliance comprises six states: …": an organisation referred back to as the sentence's subject
ANAPHOR_SUBJ_RE = re.compile(r"^\s*(?:[A-Z]+:\s*)?(?P<np>(?:the|this)\s+(?:" + BLOC_NOUNS + r"))"
                             r"(?:\s+(?:now|also|still|currently|today))?\s*$", re.I)
# "the organisation, founded in 2001 by ...": an organisation referred back to, right before a cue
ANAPHOR_BEFORE_RE = re.compile(r"\b(?P<np>(?:the|this)\s+(?:" + BLOC_NOUNS + r"))\s*$", re.I)
# between an organisation and a participle describing it: nothing but its abbreviation ("the ECO (ECO),")
HEAD_GAP_RE = re.compile(r"\s*(?:\(\s*[\w.\-]+(?:\s+[\w.\-]+){0,2}\s*\))?\s*")
# the cue's object is a name (a programme, a project, an owner's possessive): when no organisation heads
# it, the object is that name, not a bloc named earlier ("joined NATO's Partnership for Peace in 1994")
# (or "joined Russia and Belarus in condemning ...": joining others in an act)
NAMED_OBJECT_RE = re.compile(r"\s+(?:the\s+)?(?-i:[A-Z])[\w.\-]*(?:[’']s\b|\s+(?-i:[A-Z])|"
                             r"(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?(?-i:[A-Z])[\w.\-]*)*\s+in\s+(?-i:[a-z]+ing)\b)", re.I)
# a passive agent right after the cue: "was granted observer status by the SCO", "admitted in 2017 by the bloc"
BY_ORG_RE = re.compile(r"\s+(?:(?:in|on)\s+[\w ]{1,20}?\s+)?by\s+(?:the\s+)?", re.I)


def _para_org(ctx: ArticleContext, sv: SentenceView, pos: int) -> tuple[str, str] | None:
    """The organisation last named before ``pos``, this sentence or earlier in its paragraph:
    the first (the subject) of the nearest sentence that names one; the why-text tells where it
    was named (the caller puts the slot's own words before it)."""
    got = recent_org(ctx, sv, pos)
    if got:  # (recent_org words a previous sentence's subject as "'its' = X, ...": the words the sentence may lack)
        return got[0], got[1].removeprefix("'its' = ")
    for i in range(sv.index - 1, max(-1, sv.index - 1 - PARA_BACK), -1):
        view, nxt = ctx.sentences[i], ctx.sentences[i + 1]
        if line_break_between(ctx, view, nxt):
            return None  # a paragraph break: out of reach
        orgs = [m for m in view.mentions if ctx.etype(m.entity_id) == "organization"]
        if orgs:
            return orgs[0].entity_id, f"'{orgs[0].text}', named earlier in the paragraph"
    return None


def _treaty_org(sv: SentenceView, ctx: ArticleContext, e: int) -> tuple[list[str], str | None]:
    for rx, org in TREATY_ORGS:
        m = rx.match(sv.text, e)
        if m and ctx.entity(org) is not None:
            ctx.use_entity(org)
            return [org], f"'{m.group(0).strip()}' = the treaty founding {org}"
    return [], None


def _and_prep_orgs(orgs: list[Part], text: str, cue_text: str, pos: int) -> list[str]:
    """Organisations coordinated later in the clause with the cue's own by the same
    preposition: "belongs to the CSTO, whose troops it called in, and to the EAEU"."""
    words = cue_text.split()
    prep = words[-1].lower() if words else ""
    if prep not in ("to", "of", "in") or " and" not in text[pos:] and "as well as" not in text[pos:]:
        return []
    stop = text.find(";", pos)
    stop = stop if stop >= 0 else len(text)
    out: list[str] = []
    for o in orgs:
        if pos <= o.start < stop:
            m = AND_PREP_RE.search(text, max(pos, o.start - 30), o.start) or \
                AND_PAREN_PREP_RE.search(text, max(pos, o.start - 130), o.start)
            if m and m.end() == o.start and m.group("p").lower() == prep:
                out.append(o.eid)
    return out


# an organisation named as the possessor of what follows ("NATO's Partnership for Peace")
OWNER_POSS_RE = re.compile(r"[’']s\s")


def _object_list(orgs: list[Part], text: str, e: int) -> list[Part]:
    """The organisations (a list: "the CSTO and the EAEU") heading the object of a cue ending at
    ``e`` ("joined the U.S.-led CMF"); none when the first one named after the cue is not the
    object's head ("joined the talks in the SCO", "joined CSTO drills")."""
    first = next((o for o in orgs if o.start >= e), None)
    if first is not None and first.start - e <= OBJECT_REACH and OWNER_POSS_RE.match(text, first.end):
        # "a member of NATO's Partnership for Peace": the owner's programme heads the object (session 21)
        prog = next((o for o in orgs if first.end < o.start <= first.end + 24 and o.eid in PROGRAMME_ROLES), None)
        if prog is not None:
            return [prog]
    if first is None or first.start - e > OBJECT_REACH or not heads_object(text, e, first):
        return []
    return list_after(orgs, text, first.start, 0)


def resolve_orgs(cue: Cue, sv: SentenceView, ctx: ArticleContext, orgs: list[Part],
                 s: int, e: int) -> tuple[list[str], str | None]:
    """The organisations a cue match ``s``..``e`` is about and how an unnamed one was resolved:
    by the cue's organisation slot (after, treaty, inside, before, adjacent, owner, subject, ...)."""
    if cue.org in ("after", "treaty"):
        lst = _object_list(orgs, sv.text, e)
        if lst and CLAUSE_GAP_RE.search(sv.text, e, lst[0].start):
            lst = []  # "whose country is an SCO partner, and United Nations …": another clause's
        got = [o.eid for o in lst]
        if got:
            return got + _and_prep_orgs(orgs, sv.text, sv.text[s:e], lst[-1].end), None
        if cue.org == "treaty":
            return _treaty_org(sv, ctx, e)
        if cue.named or any(s <= o.start < e for o in orgs):
            return [], None  # "is an SCO dialogue partner": the one named inside, not an earlier one
        by = next((o for o in orgs if e <= o.start <= e + OBJECT_REACH
                   and BY_ORG_RE.fullmatch(sv.text, e, o.start)), None)
        if by is not None:  # "was granted observer status by the SCO in 2004": the granting body
            return [by.eid], None
        m = ANAPHOR_ORG_RE.match(sv.text[e:e + 40])
        if not m and not (cue.dated or cue.role != "member"):
            return [], None
        if not m and OWN_NP_RE.match(sv.text[e:e + 20]):
            return [], None  # "joined its air force": an object of its own, not the bloc
        if not m and NAMED_OBJECT_RE.match(sv.text, e):
            return [], None  # "joined NATO's Partnership for Peace": a named object that is no bloc of the text
        what = f"'{m.group(0).strip()}'" if m else "the organisation (not named)"
        rec = salient_bloc(ctx, sv, s)
        if rec is None and (m or re.match(r"\s*(?:[,;.]|$)", sv.text[e:])):
            rec = _para_org(ctx, sv, s)  # "X remains an observer, while ...": the one named earlier
        return ([rec[0]], f"{what} = {rec[1]}") if rec else ([], None)
    if cue.org == "inside":  # "a NATO and EU member": organisations coordinated inside the cue
        inside = [o for o in orgs if s <= o.start < e]
        # ("NATO's Partnership for Peace": the programme named, not its owner)
        inside = [o for o in inside if o.eid in PROGRAMME_ROLES] or inside
        keep = inside[:1]
        for o in inside[1:]:
            if not INSIDE_AND_RE.fullmatch(sv.text, keep[-1].end, o.start):
                break
            keep.append(o)
        return [o.eid for o in keep], None
    if cue.org == "before_or_anaphor":  # "the SCO, founded by ..." / "the organisation, founded by ..."
        # (the organisation heads the phrase the participle describes: "the CSTO exercise, launched by" is no bloc)
        prev = [o for o in orgs if o.end <= s and HEAD_GAP_RE.fullmatch(sv.text, o.end, s)]
        if prev:
            return [prev[-1].eid], None
        a = ANAPHOR_BEFORE_RE.search(sv.text, max(0, s - 40), s)
        rec = salient_bloc(ctx, sv, a.start()) if a else None
        return ([rec[0]], f"'{a.group('np')}' = {rec[1]}") if a and rec else ([], None)
    if cue.org in ("before", "adjacent", "owner"):
        gap = 25 if cue.org == "before" else 2
        # (an adjacent cue, or one before which an apposition names the bloc again: "the CSTO, a
        # Russian-led military alliance to which both countries belong")
        prev = [o for o in orgs if o.end <= s and (s - o.end <= gap or (cue.org in ("adjacent", "before")
                                                                          and ADJ_GAP_RE.fullmatch(sv.text, o.end, s)))]
        if not prev and cue.org == "adjacent" and (a := ANAPHOR_ADJ_RE.search(sv.text, max(0, s - 60), s)):
            rec = salient_bloc(ctx, sv, a.start())  # "the union, which groups X, Y and Z": the one named before
            return ([rec[0]], f"'{a.group('np')}' = {rec[1]}") if rec else ([], None)
        if prev or cue.org != "owner":
            return [o.eid for o in prev[-1:]], None
        return owner_org(ctx, sv, s)  # "the bloc's members are ...": the organisation named before
    if cue.org == "subject":
        got = subject_org(sv, orgs, s)
        if not got and (a := ANAPHOR_SUBJ_RE.search(sv.text, 0, s)) is not None:
            rec = salient_bloc(ctx, sv, a.start("np"))  # "The alliance comprises six states: …"
            return ([rec[0]], f"'{a.group('np')}' = {rec[1]}") if rec else ([], None)
        return got, None
    if cue.org == "inside_or_recent":  # "took over the presidency of the OTS from Y" / "… the rotating presidency from Y"
        inside = [o.eid for o in orgs if s <= o.start < e][:1]
        if inside:
            return inside, None
    if cue.org in ("sentence_before", "inside_or_sentence_before"):
        # "X and Y are members of the OTS, with Z as an observer", "… in which X are full members and Z an
        # observer": the bloc named inside the cue, else the last one named before it in this sentence only
        inside = [o.eid for o in orgs if s <= o.start < e][:1] if cue.org != "sentence_before" else []
        before = [o.eid for o in orgs if o.end <= s and is_bloc(ctx, o.eid)][-1:]
        return inside or before, None
    if cue.org == "list":  # "Its memberships are soft: the UN, the OSCE since 1992 and the NAM": each one
        semi = sv.text.find(";", e)
        stop = semi if semi >= 0 else len(sv.text)
        return [o.eid for o in orgs if e <= o.start < stop], None
    if cue.org == "last_bloc":  # "Russia and China, its two heavyweights": the bloc named just before
        return last_bloc(ctx, sv, s)
    if cue.org == "inside_or_anaphor":  # "X, the SCO's newest member" / "…, the organisation's newest member"
        inside = [o.eid for o in orgs if s <= o.start < e][:1]
        return (inside, None) if inside else owner_org(ctx, sv, e, anywhere=(s, e))
    if cue.org == "after_or_recent":  # "X and Y make up the CSTO" / "… make up its contingent"
        lst = _object_list(orgs, sv.text, e)
        if lst:
            return [o.eid for o in lst], None
    span = sv.text[s:e].strip()
    what = "'its'" if re.search(r"\bits\b", span, re.I) else f"the organisation of '{span}'"
    rec = _para_org(ctx, sv, s)
    return ([rec[0]], f"{what} = {rec[1]}") if rec else ([], None)
