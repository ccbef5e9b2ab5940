"""Pronoun subjects of event verbs: "He accused …", "It also rejected …", "Its troops shelled …",
"They described the shipments as …".  A pronoun subject stands for the last compatible party
told as a subject before it, when that is unambiguous:

* "he"/"she" (and "his"/"her" before a subject noun): the person who is the subject of this
  sentence before the pronoun, else of the closest sentence before (same section, two back)
  that names a person; it counts for the state its office names (``participants``);
* "it"/"its": the first party told in subject position (not after a preposition, not a
  possessor of another party) in this sentence before the pronoun, else in the sentence before;
  a list ("X and Y") is no antecedent of "it";
* "they"/"their": the list of parties in subject position of the sentence before.

Every party found is recorded as an inference ("'He' = Pashinyan, the subject before").
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import opens_paragraph
from silkgraph.extract.events.article import (
    NUMBER_WORDS,
    PAIR_ANAPHOR_RE,
    PLURAL_PRONOUN_RE,
    _border_pair,
    last_plural,
    states_named_before,
)
from silkgraph.extract.events.participants import Part, participants
from silkgraph.extract.events.patterns import DATELINE_RE
from silkgraph.extract.grammar import EVENT_PRONOUN_PREPS, LIST_GAP_RE

# a fronted time phrase without a year right before the pronoun: "On March 29 he", "In April she",
# "The next day they", "Two days later it", "That summer they", "Later he"
_FRONTED_TIME = (r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                 r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+|"
                 # "On Monday it", "Late on Tuesday they": a weekday told before the pronoun
                 r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?,?\s+|"
                 r"\b(?i:day|week|month|year|morning|afternoon|evening|night|spring|summer|autumn|winter|"
                 r"later|earlier|afterwards|then|meanwhile|subsequently|eventually|finally),?\s+")
# a subject pronoun right before the verb (up to three lower-case words between: "It also rejected",
# "he had earlier accused"), at a sentence or clause start
SUBJ_PRON_RE = re.compile(r"(?:^|[,;:—–]\s+|\b(?:and|but|then|when|after|as|where|while|before|once|because)\s+|\b(?:1[89]|20)\d\d,?\s+|"
                          r"\b(?:later|since|subsequently|eventually|finally|also),?\s+|" + _FRONTED_TIME +
                          r")(?P<p>[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\s+"
                          r"(?:[a-z]+\s+){0,3}$")
# a possessive subject: "Its troops", "Their foreign ministers", "His government"
POSS_SUBJ_RE = re.compile(r"(?:^|[,;:—–]\s+|\b(?:and|but|then)\s+|\b(?:1[89]|20)\d\d,?\s+|" + _FRONTED_TIME +
                          r")(?P<p>[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
                          r"(?:[\w\-]+\s+){0,2}?(?:troops|forces|army|military|navy|air force|soldiers|units|country|"
                          r"government|ministry|officials|diplomats|leaders?|president|jets|warships|drones|"
                          r"border guards|police|security services|artillery|aircraft|envoy|ambassador|"
                          r"spokes(?:man|woman|person))\s+(?:[a-z]+\s+){0,2}$")
# a mention after one of these is no subject
PREP_BEFORE_RE = EVENT_PRONOUN_PREPS.rx
POSSESSOR_RE = re.compile(r"^[’']s\b")
BACK = 2  # sentences back an antecedent is sought in
PERSON = ("he", "she", "his", "her")
PLURAL = ("they", "their")


# a sentence opened by a pronoun subject ("It is Armenia's neighbour, … and it joined"): its own mentions are
# predicates of that pronoun, the antecedent lies further back
OPENING_PRON_RE = re.compile(r"\s*(?:[A-Z]{3,}:\s*)?(?:It|He|She|They|Its|His|Her|Their)\b")
# an earlier sentence opened by the same pronoun ("It …. It …"): its named parties are objects, the antecedent is
# further back (evhist)
SAME_PRON_RE = re.compile(r"\s*(?:It|Its)\b")
SAME_PRON_PLURAL_RE = re.compile(r"\s*(?:They|Their)\b")
# a mention in a predicate ("is Armenia's neighbour", "became a partner of X") is no subject
COPULA_BEFORE_RE = re.compile(r"\b(?:is|was|are|were|remains|remained|became|becomes|be|been)\s+(?:[\w\-]+\s+){0,3}$",
                              re.I)


def _views(ctx: ArticleContext, sv: SentenceView, pos: int) -> list[tuple[SentenceView, int]]:
    """This sentence up to ``pos``, then the sentences before it in the same section."""
    dl = DATELINE_RE.match(sv.text)
    out = [] if OPENING_PRON_RE.match(sv.text, dl.end() if dl else 0) else [(sv, pos)]
    for i in range(sv.index - 1, max(-1, sv.index - 1 - BACK), -1):
        v = ctx.sentences[i]
        if v.section != sv.section:
            break
        out.append((v, len(v.text)))
    return out


def _subject_mentions(view: SentenceView, ctx: ArticleContext, cut: int) -> list[int]:
    """Indices (into view.mentions) of actor mentions in subject position before ``cut``: not after a
    preposition, not the possessor of a following party."""
    dl = DATELINE_RE.match(view.text)
    skip = dl.end() if dl else 0
    out = []
    ms = view.mentions
    for k, m in enumerate(ms):
        a, b = view.rel(m.start), view.rel(m.end)
        if a < skip or a >= cut or m.role == "place":
            continue
        if PREP_BEFORE_RE.search(view.text, max(0, a - 25), a) or COPULA_BEFORE_RE.search(view.text, max(0, a - 40), a):
            continue
        if POSSESSOR_RE.match(view.text, b) and k + 1 < len(ms) and view.rel(ms[k + 1].start) - b <= 20 and \
                ctx.etype(ms[k + 1].entity_id) in ("organization", "armed_group", "person", "company"):
            continue  # "Azerbaijan's State Border Service": the service is the subject
        out.append(k)
    return out


def _person(ctx: ArticleContext, sv: SentenceView, pos: int) -> tuple[list[Part], str] | None:
    for view, cut in _views(ctx, sv, pos):
        idx = [k for k in _subject_mentions(view, ctx, cut) if ctx.etype(view.mentions[k].entity_id) == "person"]
        people = {view.mentions[k].entity_id for k in idx}
        allp = {m.entity_id for m in view.mentions if ctx.etype(m.entity_id) == "person" and view.rel(m.start) < cut}
        if not allp:
            continue
        if not idx and len(allp) > 1:
            return None  # two people named, neither the subject: ambiguous
        m = view.mentions[idx[0]] if idx else next(x for x in view.mentions if x.entity_id in allp)
        if len(people) > 1 and view is not sv:
            m = view.mentions[idx[0]]  # the first subject of the sentence before
        got = [p for p in participants(view, ctx) if p.start == view.rel(m.start) and p.kind == "title"]
        return (got, m.text) if got else None
    return None


def _party(ctx: ArticleContext, sv: SentenceView, pos: int, plural: bool) -> tuple[list[Part], str] | None:
    for view, cut in _views(ctx, sv, pos):
        if view is not sv and (SAME_PRON_PLURAL_RE if plural else SAME_PRON_RE).match(view.text):
            continue  # "It joined the CIS in 1993. It was a founding member of GUAM": one antecedent, told before both
        # "they" may stand for leaders named together ("X, Y and Z met in Khujand, where they signed")
        kinds = ("state", "organization", "armed_group", "company") + (("person",) if plural else ())
        idx = [k for k in _subject_mentions(view, ctx, cut) if ctx.etype(view.mentions[k].entity_id) in kinds]
        if view is sv and not plural:
            idx = [k for k in idx if view.rel(view.mentions[k].end) <= pos]
        if not idx:
            if any(ctx.etype(m.entity_id) == "person" and view.rel(m.start) < cut for m in view.mentions):
                return None  # a person is the nearer subject: "it" is not about them
            continue
        first = view.mentions[idx[0]]
        group = [first]
        for k in range(idx[0] + 1, len(view.mentions)):
            m = view.mentions[k]
            if LIST_GAP_RE.fullmatch(view.text, view.rel(group[-1].end), view.rel(m.start)) and m.role != "place":
                group.append(m)
            else:
                break
        ids = list(dict.fromkeys(m.entity_id for m in group))
        if plural != (len(ids) > 1):
            return None  # "it" for a list, "they" for one party: not this antecedent
        starts = {view.rel(m.start) for m in group}
        got = [p for p in participants(view, ctx) if p.start in starts]
        return (got, " and ".join(m.text for m in group)) if got else None
    return None


def pronoun_subject(sv: SentenceView, ctx: ArticleContext, cs: int, start: int) -> tuple[list[str], str] | None:
    """The parties a pronoun subject of the verb at ``start`` (clause from ``cs``) stands for, and why."""
    m = SUBJ_PRON_RE.search(sv.text, max(0, cs - 8), start) or POSS_SUBJ_RE.search(sv.text, max(0, cs - 8), start)
    if m is None:
        return None
    p = m.group("p").lower()
    got = _person(ctx, sv, m.start("p")) if p in PERSON else _party(ctx, sv, m.start("p"), p in PLURAL)
    if not got:
        return None
    ids = list(dict.fromkeys(x.eid for x in got[0]))
    return ids, f"'{m.group('p')}' = {got[1]}, the subject before"


# a person pronoun coordinated with a named party as the subject: "where he and Putin signed",
# "Putin and she met"
COORD_PRON_RE = re.compile(r"(?:\b(?P<a>[Hh]e|[Ss]he)\s+and\s+(?:[A-Z][\w\-’'.]*\s+){1,4}|"
                           r"(?:[A-Z][\w\-’'.]*\s+){1,4}and\s+(?P<b>he|she)\s+)(?:[a-z]+\s+){0,2}$")


def coordinated_pronoun(sv: SentenceView, ctx: ArticleContext, cs: int, start: int) -> tuple[list[str], str] | None:
    """The state of the person a "he"/"she" coordinated with a named party before the verb at ``start``
    stands for ("…, where he and Vladimir Putin signed a declaration"): the person told before it
    (this sentence's subject, else the sentences before), as for a bare pronoun subject."""
    m = COORD_PRON_RE.search(sv.text, max(0, cs - 8, start - 90), start)
    if m is None:
        return None
    g = "a" if m.group("a") else "b"
    got = _person(ctx, sv, m.start(g) if g == "a" else m.start())  # not the person it is coordinated with
    if not got:
        return None
    ids = list(dict.fromkeys(x.eid for x in got[0]))
    return ids, f"'{m.group(g)}' = {got[1]}, the person told before"


def pair_in_sentence(ctx: ArticleContext, sv: SentenceView, end: int) -> tuple[list[str], str] | None:
    """"Clashes erupted on the Kyrgyz-Tajik border …, before a truce brokered by the two countries'
    security chiefs took hold": a pair anaphor before ``end`` stands for the two states of a border
    named in the sentence, else for the only two states the sentence names before it."""
    m = last_plural(sv.text, end)
    if m is None or not PAIR_ANAPHOR_RE.match(m.group(0)):
        return None
    bp = _border_pair(ctx, sv)
    if bp:
        return bp[0], f"'{m.group(0)}' = {bp[1]}"
    ids = states_named_before(ctx, sv, m.start())
    if len(ids) != 2:
        return None
    return ids, f"'{m.group(0)}' = the two states named before it in the sentence"


def para_pair(ctx: ArticleContext, sv: SentenceView, end: int) -> tuple[list[str], str] | None:
    """"The two countries, which fought wars in the 1990s and in 2020, …" opening a paragraph: a pair
    anaphor there stands for the pair the article is about, not the parties of the event told last
    (``pronoun.pair_anaphor``)."""
    if sv.index == 0 or not opens_paragraph(ctx, sv):
        return None
    m = PLURAL_PRONOUN_RE.match(sv.text)
    if m is None or m.end() > end or not PAIR_ANAPHOR_RE.match(m.group(0)):
        return None
    from silkgraph.extract.pronoun import pair_anaphor  # (that module imports this package)

    return pair_anaphor(ctx, sv, m)


# leaders told of together: "the presidents", "the two leaders", "both foreign ministers"
LEADERS_RE = re.compile(r"^(?:the\s+(?:two\s+|three\s+)?|both\s+)(?:(?:foreign|defen[cs]e|prime|interior)\s+)?"
                        r"(?:presidents|leaders|ministers|premiers|heads of state)$", re.I)


def leader_pair(ctx: ArticleContext, sv: SentenceView, end: int) -> tuple[list[str], str] | None:
    """"Aliyev and Putin signed X. The presidents met again in Dushanbe": leaders told of together
    (before ``end``) stand for the states of the people with an office last named together: the
    latest sentence before (same section, two back) naming people of two or more states."""
    m = last_plural(sv.text, end)
    if m is None or not LEADERS_RE.match(m.group(0)):
        return None
    if any(sv.rel(x.start) < m.start() and ctx.etype(x.entity_id) == "person" for x in sv.mentions):
        return None  # "X hosted Y, and the two leaders …": the sentence's own pair (``pair_in_sentence``)
    n = NUMBER_WORDS.get(m.group(0).split()[1].lower()) if len(m.group(0).split()) > 2 else None
    for i in range(sv.index - 1, max(-1, sv.index - 1 - BACK), -1):
        view = ctx.sentences[i]
        if view.section != sv.section:
            break
        people = [p for p in participants(view, ctx) if p.kind == "title"]
        states = list(dict.fromkeys(p.eid for p in people if p.eid.startswith("state:")))
        if len(states) < 2:
            continue
        if len(states) != (n or len(states)) or len(states) > 3:
            return None
        named = " and ".join(view.text[p.start:p.end] for p in people)
        return states, f"'{m.group(0)}' = {named}, the leaders named before"
    return None


# "Trump hosted him for lunch", "… each met him before the summit": a person pronoun as the one met
OBJ_PRON_RE = re.compile(r"\s+(?:him|her)\b")


def object_pronoun(sv: SentenceView, ctx: ArticleContext, cs: int, start: int, end: int,
                   mine: set[str]) -> tuple[list[str], str] | None:
    """The state of the person a "him"/"her" right after a meeting verb stands for: the last person
    named before the verb (in this sentence, else the two before) who is not of the subject's
    states."""
    om = OBJ_PRON_RE.match(sv.text, end)
    if om is None:
        return None
    for view, cut in [(sv, start)] + [(ctx.sentences[i], len(ctx.sentences[i].text))
                                   for i in range(sv.index - 1, max(-1, sv.index - 1 - BACK), -1)]:
        parts = [p for p in participants(view, ctx) if p.kind == "title" and p.end <= cut and p.eid not in mine]
        if parts:
            p = parts[-1]
            return [p.eid], f"'{om.group(0).strip()}' = {view.text[p.start:p.end]}, the person named before"
    return None
