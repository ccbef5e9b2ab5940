"""A verb trigger's arguments: its subject (the parties before the verb in its clause) and its object.

Reads the clause of a verb trigger: a subordinate clause fronted before the main clause ("After X hit
Y, Z announced") or anchored in time inside it ("days after X visited") moves the subject's search to
the later clause; a short subject right after the clause's last comma, a non-restrictive relative
clause closed before the verb ("X and Y, who had arrived for the summit, met") and an unnamed armed
agent right before the verb ("gunmen killed") pick the subject; passives (with or without "by"),
reduced passives, object relatives ("B, which A hit"), pronoun objects and gerunds ("the shelling of
X by Y") pick the object and, where the verb gives none, the agent.  Used by
:mod:`silkgraph.extract.events.arguments`, which also uses :func:`subject` and
:func:`closed_relative` for noun triggers.
"""

from __future__ import annotations

import re

from silkgraph.extract.events.arg_interrupted import interrupted_subject
from silkgraph.extract.events.arg_nominal import gerund_object
from silkgraph.extract.events.arg_object_pronoun import speaker_object
from silkgraph.extract.events.arg_passive import reduced_passive
from silkgraph.extract.events.arg_relative import object_relative_target
from silkgraph.extract.events.arg_speech import after_speech
from silkgraph.extract.events.families import presence_parties
from silkgraph.extract.events.offset_clause import inserted_offset_bounds
from silkgraph.extract.events.participants import (
    Part,
    _after,
    _by_agent,
    _chain_before,
)
from silkgraph.extract.events.patterns import BOUNDARY_RE, HARD_BOUNDARY_RE
from silkgraph.extract.events.triggers import Trigger
from silkgraph.extract.events.unnamed import PASSIVE_RE

__all__ = ["LIGHT_VERB_RE", "RELATIVE", "closed_relative", "subject", "subject_after_comma", "verb_args"]

RELATIVE = {"which", "who", "whom", "that"}
LIGHT_VERB_RE = re.compile(
    r"\b(?:launched|conducted|carried out|staged|sign(?:ed|ing)?|conclud(?:ed|ing)|reach(?:ed|ing)|entered into|held|"
    r"brokered|facilitated|mediated|issued|finali[sz]ed|agreed|imposed|provided|attended|hosted|"
    r"engaged in|fought|waged|secured|announced|made|paid|undertook|convened|host|hosts|hosting|hosted|chaired|ordered|"
    r"complet(?:ed|ing)|began|begun|beginning|start(?:ed|ing)|sealed|struck|clinched|inked|initial(?:l)?ed|penned|forged|"
    r"wrapped up|kicked off|opened|followed (?:suit )?with|responded with|answered with|retaliated with|"
    # "Putin declared a partial mobilisation", "proclaimed a truce": a performative verb's object is the act
    r"declared|proclaimed|decreed|"
    # "Russia gave (pledged) military aid to X", "slapped (placed) sanctions on X": a giving verb's object
    r"gave|given|pledged|slapped|placed|"
    r"fighting)"
    r"\s+(?:[\w$.\-]+\s+){0,5}$", re.I)
# an adverbial clause before the main clause ("After Indian missiles hit X, Pakistan announced")
FRONTED_SUB_RE = re.compile(r"\s*(?:After|Before|Following|When|Once|As soon as|Despite|Although|Though|While|Since|"
                            r"Because|As)\b")
# the same subordinator opening the sentence (after a dateline) and ending right at a clause start
SUB_OPEN_RE = re.compile(r"(?:^|[—–:]\s*)(?:After|Before|Following|When|Once|As soon as|Although|Though|While|Since|"
                         r"Because|As)\s*$")
# a subordinate clause anchored in time inside a clause ("came just days after X visited")
SUB_MID_RE = re.compile(r"\b(?:days|weeks|months|hours|years|shortly|soon|moments|immediately)\s+(?:after|before)\b",
                        re.I)


# ", who had arrived a day earlier for the summit, met": a relative clause closed before the verb
CLOSED_REL_RE = re.compile(r",\s+(?:who|whom|which)\s*$")
REL_CLOSE_RE = re.compile(r",\s+(?:[a-z]+\s+){0,2}$")


def closed_relative(text: str, cs: int, s: int) -> int | None:
    """The start of a non-restrictive relative clause that opens the verb's clause and is
    closed by a comma right before the verb, else None."""
    m = CLOSED_REL_RE.search(text, max(0, cs - 12), cs)
    if m is None or m.end() != cs or not REL_CLOSE_RE.search(text, cs, s):
        return None
    return m.start()


AND_RE = re.compile(r"\band\b|&")
AND_END_RE = re.compile(r"\s(?:and|&)\s+$")
SHORT_SUBJ_RE = re.compile(r",\s+(?:[\w\-’'.]+\s+){1,5}$")


def subject_after_comma(actors: list[Part], text: str, cs: int, s: int) -> list[Part]:
    """"… resembled that of the Turks at Gallipoli, New Delhi summoned": a short subject right
    after the clause's last comma is the verb's subject, not the parties before the comma
    (unless the comma separates a list of parties: "Kazakhstan, Uzbekistan and X signed")."""
    if len(actors) < 2:
        return actors
    m = SHORT_SUBJ_RE.search(text, cs, s)
    if m is None:
        return actors
    after = [p for p in actors if p.start >= m.end() - len(m.group(0)) + 1]
    before = [p for p in actors if p not in after]
    if not after or not before or AND_RE.search(m.group(0)):
        return actors
    return after


def verb_args(parts: list[Part], text: str, trig: Trigger, s: int, e: int,
               cs: int, ce: int) -> tuple[list[Part], list[Part]]:
    for hb in HARD_BOUNDARY_RE.finditer(text, cs, s):
        cs = hb.end()  # "X asked for help, and the bloc deployed": the subject after ", and"
    fr = FRONTED_SUB_RE.match(text, cs)
    if fr is None and cs > 0:  # "When X refused …, Y threatened": the subordinator itself opened the clause
        fr = SUB_OPEN_RE.search(text, max(0, cs - 40), cs)
    if fr:  # "After X hit Y, Z announced ...": the main clause's subject is after the last comma
        comma = text.rfind(",", cs, s)
        if comma > fr.end():
            cs = comma + 1
    subs = list(SUB_MID_RE.finditer(text, cs, s))
    sub = subs[-1] if subs else None
    if sub is not None and any(sub.end() <= p.start and p.end <= s for p in parts):
        cs = sub.end()  # "X's warning came days after Y visited Z": the subject of the later clause
    if sub is not None:
        cs, ce = inserted_offset_bounds(text, sub, cs, ce, s, e)
    actors = after_speech(subject(parts, text, cs, s), text, cs, s)  # "Kabul said Pakistan shelled X"
    targets = _after(parts, text, e, min(ce, e + 90), trig.preps)
    if PASSIVE_RE.search(text[max(0, s - 20):s]):  # "jets had been downed (by X)"
        return _by_agent(parts, text, e) or presence_parties(parts, text, e, ce, trig.etype), actors
    agent, head = reduced_passive(parts, text, cs, s, e) if not trig.symmetric and trig.subject == "actor" else ([], [])
    if agent:  # "Afghan border posts attacked by Pakistan on Monday": a participle with its agent
        return agent, [p for p in head if p.eid not in {a.eid for a in agent}]
    if "" in trig.preps and trig.subject == "actor" and trig.obj == "target":
        targets = targets or object_relative_target(parts, text, cs, s, actors, targets, False)  # "B, which A hit"
    if not targets and actors and trig.subject == "actor" and not trig.symmetric and "it" in text[e:e + 14]:
        targets = speaker_object(parts, text, s, e, actors, trig.etype)  # "X said that Y had attacked it"
    if not targets and trig.subject == "actor" and not trig.symmetric and text.endswith("ing", s, e):
        lv = LIGHT_VERB_RE.search(text, max(cs, s - 60), s)  # "Armenia's shelling of Azerbaijan"
        targets = gerund_object(parts, text, s, e, lv is not None and lv.end() == s)
        if targets and not actors:  # "the bombing of X by Y", "the shelling by Y of X"
            actors = _by_agent(parts, text, targets[-1].end) or _by_agent(parts, text, e)
    return actors, targets


# an unnamed armed agent right before its verb ("days after gunmen killed 26 tourists"): the subject is
# that noun (and the party modifying it: "TTP militants"), not a party named earlier in the clause
AGENT_NOUN_RE = re.compile(r"\b(?:gunm[ae]n|militants|attackers?|assailants?|insurgents|terrorists|bombers?|fighters|"
                           r"rebels|jihadists|separatists|unknown (?:men|assailants)|masked men|suicide bombers?)\s+$")


def subject(parts: list[Part], text: str, cs: int, s: int) -> list[Part]:
    """The parties of the subject of a verb at ``s`` whose clause starts at ``cs``."""
    am = AGENT_NOUN_RE.search(text, max(cs, s - 30), s)
    if am is not None:
        chain = _chain_before(parts, text, am.start())
        lo = min([p.start for p in chain] + [am.start()])
        if AND_END_RE.search(text, cs, lo):  # "Iranian border guards and Taliban fighters fought"
            chain += subject_after_comma([p for p in parts if cs <= p.start and p.end <= lo], text, cs, lo)
        return chain
    actors = subject_after_comma([p for p in parts if cs <= p.start and p.end <= s], text, cs, s)
    head = interrupted_subject(parts, text, s)
    if head is not None:  # "Moscow, mending ties that had soured after X expelled Y, delivered": Moscow
        return head
    rel = closed_relative(text, cs, s)
    if rel is not None:  # "Presidents X and Y, who had arrived in Z for a summit of W, met": X and Y
        lo = max((b.end() for b in BOUNDARY_RE.finditer(text, 0, rel)), default=0)
        actors = [p for p in parts if lo <= p.start and p.end <= rel] or actors
    if not actors and cs > 0:
        prev = [b for b in BOUNDARY_RE.finditer(text, 0, s)]
        if prev and prev[-1].group(0).lower() in RELATIVE:
            inner = [b for b in BOUNDARY_RE.finditer(text, 0, prev[-1].start())]
            lo = inner[-1].end() if inner else 0
            actors = [p for p in parts if lo <= p.start and p.end <= prev[-1].start()]
    return actors
