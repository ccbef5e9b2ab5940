"""The sentence checks of event extraction: complement clauses after "said", attributions, negation,
charges, pluperfect relatives, protested acts, fronted and closing time clauses, motives, joined bodies,
acts told before and statements told with their own act.  Each reads the text around one trigger and
answers whether (or how) it makes an event; :func:`silkgraph.extract.events.extract_events` applies
them in order.  (Moved out of the package's ``__init__`` unchanged.)"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import (
    Cand,
)
from silkgraph.extract.events.patterns import (
    AGREED_OBJECT_RE,
    GOAL_OBJECT_RE,
    MEETING_HELD_RE,
    NEGATED_OBJECT_RE,
    UNDONE_MEETING_AFTER_RE,
    UNDONE_MEETING_RE,
    UNDONE_OBJECT_RE,
)
from silkgraph.extract.events.reaction import names_remit
from silkgraph.extract.wordstart import word_start
from silkgraph.model import Fact
from silkgraph.nlp.prefilter import Gate, gate_of

THAT_RE = re.compile(r"\s+that\b")
# "said that", "told parliament on Wednesday that", "said Armenia had …": a complement clause follows
SAID_THAT_RE = re.compile(r"(?:\s+[^,;.:]{0,50}?)?\s+that\b|\s+(?:[\w\-’']+\s+){1,5}?(?:had|has|have|would|will|was|were|is|are|could)\b")
PARTICIPLE_BEFORE_RE = re.compile(r",\s*$")
# a trailing attribution: ", the Indian army said on Friday." (the statement is the source of what precedes)
ATTRIB_BEFORE_RE = re.compile(r",\s+(?:[\w\-’'.]+\s+){1,7}$")
ATTRIB_AFTER_RE = re.compile(r"(?:\s+(?:on|late on|early on|in|last|this|earlier)\s+[\w ,]{1,30}?|\s+in a statement|"
                             r"\s+on [A-Z]\w+)?\s*[.;]?\s*$")
AGREED_THAT = frozenset({"cooperation", "agreement", "military_aid", "aid", "ceasefire"})

# "left without being detained", "returned without having met X": the event did not happen
WITHOUT_RE = re.compile(r"\bwithout\s+(?:(?:being|having|having been|ever|even|actually)\s+){0,2}$", re.I)
# "had never designated X", "did not sign", "has not yet been attacked": a verb told as not done
NEGATED_RE = re.compile(r"\bnor\s+$|\b(?:not|never|n[’']t|no longer)\s+(?:(?:yet|ever|formally|officially|actually|"
                        r"been|be|have|\w+ly)\s+){0,2}$|\b(?:came close to|come close to|stopped short of|"
                        r"refrained from|was about to|were about to|nearly|almost)\s+$", re.I)

# "did not attack X", "would never strike Y": a noun trigger's form used as a negated bare verb
BARE_NEGATED_RE = re.compile(r"\b(?:did|does|do|would|will|could|should|can|may|might|must)\s+(?:not|never)\s+"
                             r"(?:\w+ly\s+)?$|\b(?:didn|doesn|don|wouldn|won|couldn|shouldn|can)[’']t\s+(?:\w+ly\s+)?$",
                             re.I)


# "a commander accused of organising the Kabul bombing", "two men charged with the attack": the act a person
# is charged with, in a reduced relative, is background of an earlier time (not "was accused of": a charge told)
CHARGED_WITH_RE = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )\b(?:accused|suspected|"
                             r"charged|convicted|indicted)\s+(?:of|with|over)\s+(?:[\w\-’']+\s+){0,4}$", re.I)
UNDONE_TYPES = frozenset({"agreement", "ceasefire", "sanction"})
# their pre-checks, for the windows before each trigger (``Gate.search_in``: the pattern's own search, run
# only when the window holds its strings)
_WITHOUT_GATE, _CHARGED_WITH_GATE = Gate(WITHOUT_RE), Gate(CHARGED_WITH_RE)
_NEGATED_GATE, _BARE_NEGATED_GATE = Gate(NEGATED_RE), Gate(BARE_NEGATED_RE)
_NEGATED_OBJECT_GATE, _GOAL_OBJECT_GATE = Gate(NEGATED_OBJECT_RE), Gate(GOAL_OBJECT_RE)
# entity types whose names may hold an event word ("the Collective Security Treaty Organization")
NAMED_TYPES = frozenset({"organization", "armed_group", "company", "weapon_system", "program"})
# "the EU agreed to suspend X": a one-sided act decided by one party, the act is the event
UNILATERAL = frozenset({"sanction", "coercion", "concession", "retreat", "attack", "mobilization"})


# "released twelve guards it had detained", "freed the sailors whom Iran had seized": the earlier act
# told in a relative is background to the release, not news of its own
PLUPERFECT_REL_RE = re.compile(r"\b(?:it|they|he|she|who|whom|that|which|[A-Z][\w\-]+)\s+had\s+(?:been\s+)?$")


# "to protest against the detention of X", "protested over the arrest of Y": the act protested is what the
# protest is about, told as its object (its own date is not the protest's)
PROTESTED_RE = re.compile(r"\bprotest(?:s|ed|ing)?\s+(?:against|over|at)\s+(?:the\s+)?(?:[\w\-]+\s+)?$", re.I)


# "After Georgian drones hit two depots, Russia announced X on June 21": a fronted "after"/"before" clause tells
# an earlier (later) event than the main clause; the main clause's date is not its own
FRONTED_TIME_RE = re.compile(r"(?:^|[—–]\s*)(?:After|Before|Following|Days after|Weeks after|Shortly after)\b[^,;]*,")
# "… for his first summit with Putin since Russia invaded Ukraine.": a since-clause closing the sentence names
# the earlier event the main clause is measured from, not dated by the main clause
SINCE_TAIL_RE = re.compile(word_start("since") + r"\s+(?=[A-Z]|the\b|its\b|their\b)"
                            # not "since June 15, 2021, when clashes killed …": a date the when-clause's event is told at
                            r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December)\b)[^,;]*$")  # (see wordstart)


def _fronted_date(text: str, c: Cand, date: tuple[str | None, str | None, str]) -> tuple[str | None, str | None, str]:
    if not date[0] or not date[1]:
        return date
    at = text.find(date[1])
    m = gate_of(FRONTED_TIME_RE).search_in(text, 0, c.start + 200)  # (the plain search, pre-checked)
    if m is not None and m.start() <= c.start < m.end():
        return (None, None, "") if at >= m.end() else date
    st = SINCE_TAIL_RE.search(text, max(0, c.start - 60))
    if st is not None and st.start() <= c.start and 0 <= at < st.start():
        return None, None, ""
    return date


# "imposed sanctions on X over what it called a brutal crackdown on protesters", "officials it holds responsible for
# the dispersal of protests", "resigned after days of protests": a protest or crackdown told as the motive of
# another party's act (a preposition of cause after that act, in its clause) is background to that act, not news
MOTIVE_PP_RE = re.compile(r"\b(?:over|for|by|after|against)\s+(?:what\s+(?:\w+\s+){1,2}?(?:called|termed|described\s+as)"
                          r"\s+)?(?:[\w\-]+\s+){0,4}?$", re.I)
MOTIVE_TYPES = frozenset({"protest", "coercion"})
MOTIVE_GAP_STOP_RE = re.compile(r"[;:—.]|,\s+(?:and|but|while|whereas)\b")


def _motive_of_act(c: Cand, cands: list[Cand], text: str) -> bool:
    """A protest or crackdown noun in a cause phrase ("over", "for", "by", "after", "against") after another
    party's act told earlier in the clause: the motive of that act."""
    if c.trig.kind != "noun" or c.trig.etype not in MOTIVE_TYPES:
        return False
    m = MOTIVE_PP_RE.search(text, max(0, c.start - 60), c.start)
    if m is None:
        return False
    return any(o is not c and o.trig.etype not in MOTIVE_TYPES and o.end <= m.start() and
               not MOTIVE_GAP_STOP_RE.search(text, o.end, m.start()) and
               (o.actors or o.trig.kind == "verb") for o in cands)


# "were joined by the archbishop": the passive of joining people
JOINED_BY_RE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", re.I)
# a noun phrase as the object right after "joined" ("joined the drills", "joined Xi Jinping")
JOIN_OBJECT_RE = re.compile(r"\s+(?:the|a|an|its|their|his|her|[A-Z\d])")


def _joined_no_body(c: Cand, text: str, ctx: ArticleContext) -> bool:
    """"Joined" told of people or of an event, not of a body: the passive ("they were joined by X") or an
    object that is no organisation ("joined Xi and four presidents", "joined the Birlestik drills").
    Joining is an accession only to a body, an organisation party ("the bloc, which X joined": its
    antecedent, resolved to the organisation, or no object written)."""
    if c.trig.etype != "accession" or c.trig.kind != "verb" or not text[c.start:c.end].lower().startswith("join"):
        return False
    if any(ctx.etype(i) == "organization" for i in c.ids):
        return False
    return JOINED_BY_RE.search(text, max(0, c.start - 20), c.start) is not None or \
        JOIN_OBJECT_RE.match(text, c.end) is not None


def _told_before(c: Cand, cands: list[Cand], text: str) -> bool:
    if c.trig.kind == "noun" and c.trig.etype in ("coercion", "attack", "sanction") and \
            PROTESTED_RE.search(text, max(0, c.start - 40), c.start):
        return True
    if _motive_of_act(c, cands, text):
        return True
    return c.trig.etype == "coercion" and c.trig.kind == "verb" and \
        PLUPERFECT_REL_RE.search(text, max(0, c.start - 25), c.start) is not None and \
        any(o.trig.etype == "concession" and 0 <= c.start - o.end <= 60 for o in cands)


def _not_an_event(sv: SentenceView, ctx: ArticleContext, m: re.Match[str], etype: str = "") -> bool:
    """An event noun that names no event: the object of a negated verb ("did not sign the
    accord"), a war aimed at ("drag X into war"), or a word of an organisation's name."""
    lo = max(0, m.start() - 70)
    if _NEGATED_OBJECT_GATE.search_in(sv.text, lo, m.start()) or _GOAL_OBJECT_GATE.search_in(sv.text, lo, m.start()):
        return True
    if etype in UNDONE_TYPES and UNDONE_OBJECT_RE.search(sv.text, lo, m.start()):
        return True  # "cancelled the agreements with X", "violated the truce": no new agreement or truce
    if etype == "meeting" and AGREED_OBJECT_RE.search(sv.text, lo, m.start()):
        return True  # "agreed to continue consultations": the talks agreed on, no meeting held
    if etype == "meeting" and (UNDONE_MEETING_RE.search(sv.text, lo, m.start()) or
                               UNDONE_MEETING_AFTER_RE.match(sv.text[m.end():m.end() + 90])) and \
            not MEETING_HELD_RE.search(sv.text, lo, m.end() + 90):
        return True  # "suspended accession talks", "a visit by X was called off": no meeting held
    if names_remit(sv.text, m.start(), m.end()):
        return True  # "the sanctions envoy", "Secretary of War"
    return any(sv.rel(x.start) <= m.start() and m.end() <= sv.rel(x.end) and ctx.etype(x.entity_id) in NAMED_TYPES
               for x in sv.mentions)


# acts a party's statement announces ("froze its participation, when X said …"); a meeting or a fight
# is the occasion of what is said, an event of its own
TOLD_ACTS = frozenset({"retreat", "rejection", "sanction", "accession", "demand", "support", "concession",
                       "threat", "accusation"})


def _told_with_own_act(c: Cand, made: list[Fact], said: str = "") -> bool:
    """A party's statement told in the sentence of an act of its own is that act's telling (a charge
    told with a denial, "accused X of …, and denied targeting civilians", is a speech act of its own)."""
    mine = {p.eid for p in c.actors} | set(c.extra_actors)
    return bool(mine) and any(f.args["event_type"] in TOLD_ACTS and mine & set(f.args.get("actors") or []) and
                              not (said == "accusation" and f.args["event_type"] == "rejection")
                              for f in made)
