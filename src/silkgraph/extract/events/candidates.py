"""Event candidates: one per trigger, absorbed and merged within a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.additive import additive
from silkgraph.extract.events.agree_clauses import separate_accord
from silkgraph.extract.events.arg_interrupted import interrupted_subject
from silkgraph.extract.events.arg_relative import in_object_relative
from silkgraph.extract.events.participants import Part, _after, clause_bounds, uniq_parts
from silkgraph.extract.events.patterns import AT_MEETING_RE, HARD_BOUNDARY_RE
from silkgraph.extract.events.triggers import Trigger

# a new clause: the subject is not shared ("and, in July, paused" still shares it)
SUBJECT_BREAK_RE = re.compile(r"[;—]|,\s+(?:and|but|while|whereas)\s+(?=(?:it|they|he|she|we|the|this|that|these|"
                              r"those|in|on|at|during|after|by|[A-Z]))|\b(?:whereas|although|though|because)\b")
# "X lifted A and ended B", "X imposed A and, in July, paused B": a verb sharing the subject
COORD_VP_RE = re.compile(r"(?:^|[^,])\s+and(?:,\s+(?:in|on|by|at|from|later|then)\b[^,;]{0,30},)?\s+$|"
                         r"\band\s+(?:then|later|subsequently|(?:a|an|one|two|three|four|five|several|\w+)\s+"
                         r"(?:days?|weeks?|months?)\s+later|the\s+(?:next|following)\s+(?:day|week|month))\s+$")
# "X accused A, withdrew B and raised C": a verb right after a comma (no subject of its own) in a series
SERIES_VP_RE = re.compile(r"[^,;]{3,},\s+$")

# "the ban on flights that Russia had imposed in 2019": lifting presupposes the imposition
IMPOSED_REL_RE = re.compile(r"\b(?:that|which)\s+(?P<subj>(?:[\w\-]+\s+){1,3}?)(?:had\s+|has\s+)?"
                            r"(?:imposed|introduced)\b")


@dataclass
class Cand:
    trig: Trigger
    start: int
    end: int
    actors: list[Part]
    targets: list[Part]
    definite: bool
    location: str | None = None
    inferences: dict[str, str] = field(default_factory=dict)
    extra_actors: list[str] = field(default_factory=list)
    extra_targets: list[str] = field(default_factory=list)
    with_side: list[str] = field(default_factory=list)
    date: tuple[str | None, str | None, str] = (None, None, "")
    parts_all: list[Part] = field(default_factory=list)
    chained: bool = False  # "They started to withdraw": the previous event's troops leave its target
    weak: list[str] = field(default_factory=list)  # parts inferred from the place only: not used for coreference
    separate: bool = False  # "…, and their ministers initialled a treaty": a second accord of the same parties and day

    @property
    def actor_ids(self) -> set[str]:
        return {p.eid for p in self.actors} | set(self.extra_actors)

    @property
    def ids(self) -> set[str]:
        return {p.eid for p in self.actors + self.targets} | set(self.extra_actors) | set(self.extra_targets)


def _absorb(cands: list[Cand]) -> list[Cand]:
    """"ratified Sweden's accession", "refused to endorse the condemnation": the object noun
    is what the verb acts on, not an event of its own; its participants become targets."""
    out: list[Cand] = []
    for c in cands:
        v = out[-1] if out else None
        if v is not None and v.trig.absorbs and c.trig.kind == "noun" and c.trig.etype != v.trig.etype \
                and 0 <= c.start - v.end <= 30:
            v.targets = uniq_parts(v.targets + [p for p in c.actors + c.targets if p.eid not in {a.eid for a in v.actors}])
            v.extra_targets += [x for x in c.extra_actors + c.extra_targets if x not in v.extra_targets]
            for k, val in c.inferences.items():  # the object's parties are the verb's targets
                v.inferences.setdefault("targets" if k == "actors" else k, val)
            continue
        out.append(c)
    return out


OFFSET_SUB_RE = re.compile(r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)\s+"
                           r"(?:days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)\b")
LATER_BETWEEN_RE = re.compile(r"\b(?:later|afterwards|subsequently|then|the (?:next|following) (?:day|week|month))\b")


# "landed in Tianjin for a four-day visit", "arrived in Tashkent for talks": the meeting a journey was for
JOURNEY_RE = re.compile(r"(?:arrived|arriving|landed|travell?ed|flew|came)\b", re.I)
PURPOSE_BEFORE_RE = re.compile(r"\b(?:for|to\s+hold)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w\-]+\s+){0,2}$")
# "Britain followed with its own sanctions", "answered with their own strikes": a party's own act is a new one,
# not the act told before
OWN_RE = re.compile(r"\b(?:its|their|his|her)\s+own\s+(?:[\w\-]+\s+){0,2}$", re.I)


def _merge(cands: list[Cand], text: str) -> list[Cand]:
    """Triggers of one type in a sentence are one event ("signed contracts", "a meeting ...
    discussed"), unless both name different participants far apart, or a clause boundary
    ("; ", ", and in January ...") separates them."""
    out: list[Cand] = []
    for c in cands:
        if c.trig.etype == "meeting" and c.trig.kind == "noun" and any(
                o.trig.etype == "meeting" and AT_MEETING_RE.search(text, o.end, c.start)
                and not HARD_BOUNDARY_RE.search(text, o.end, c.start) for o in out):
            continue  # "X met Y at the BRICS summit": the summit is where they met, not another meeting
        tgt = None
        for o in out:
            if o.trig.etype != c.trig.etype or additive(text, c.start, c.trig.kind == "noun", o.end):  # "and also adopted …"
                continue
            if c.trig.etype == "agreement" and separate_accord(text, o.end, c.start, o.trig.kind == "verb",
                                                                c.trig.kind == "verb"):
                c.separate = True
                if c.date[0] is None and o.date[0]:  # (the sentence's date, told in the first clause)
                    c.date = (o.date[0], o.date[1], f"the date of the clause before ('{o.date[1]}')")
                continue  # "signed a declaration, and their ministers initialled a treaty": two documents
            if HARD_BOUNDARY_RE.search(text, o.end, min(len(text), c.start + 12)):
                continue
            if o.ids and c.ids and not (o.ids & c.ids) and c.start - o.end > 25 and \
                    not (c.trig.etype == "meeting" and JOURNEY_RE.match(text, o.start) and
                         PURPOSE_BEFORE_RE.search(text, o.end, c.start)):
                continue  # (not "X landed in Y for a visit to Z", "arrived in Y for talks with W": one meeting)
            if o.trig.kind == c.trig.kind == "verb" and not c.trig.symmetric and o.actors and c.actors and \
                    not {p.eid for p in o.actors} & {p.eid for p in c.actors}:
                continue  # "X hit Y, and Z struck W": two agents, two events
            if o.date[0] and c.date[0] and o.date[0] != c.date[0]:
                continue
            if o.trig.kind == c.trig.kind == "verb" and LATER_BETWEEN_RE.search(text, o.end, c.start):
                continue  # "withdrew X and a day later raised Y": two acts, one after the other
            if OFFSET_SUB_RE.search(text, o.end, c.start):
                continue  # "X's visit came five months after Y travelled to Z": two events, months apart
            if c.trig.kind == "noun" and OWN_RE.search(text, max(0, c.start - 40), c.start):
                continue  # "X imposed bans, and Y followed with its own sanctions": a second party's act
            tgt = o
            break
        if tgt is None:
            out.append(c)
            continue
        # a party already the target of the first mention keeps that role ("walked out of the
        # CSTO ..., the second time it had left the bloc")
        tgt.actors = uniq_parts(tgt.actors + [a for a in c.actors if a.eid not in {t.eid for t in tgt.targets}])
        tgt.targets = uniq_parts([t for t in tgt.targets + c.targets if t.eid not in {a.eid for a in tgt.actors}])
        tgt.extra_actors = list(dict.fromkeys(tgt.extra_actors + c.extra_actors))
        tgt.extra_targets = list(dict.fromkeys(tgt.extra_targets + c.extra_targets))
        tgt.with_side = list(dict.fromkeys(tgt.with_side + c.with_side))
        tgt.location = tgt.location or c.location
        tgt.definite = tgt.definite and c.definite
        for k, v in c.inferences.items():
            tgt.inferences.setdefault(k, v)
        if tgt.date[0] is None and c.date[0] is not None:
            tgt.date = c.date
    return out


APPOSITIVE_RE = re.compile(r",\s+(?:an?|one)\s+(?:[\w\-]+\s+){0,2}$")


def _appositive(c: Cand, parts: list[Part], text: str) -> bool:
    """"BrahMos Aerospace, a joint venture with Russia's NPO": an indefinite noun phrase
    in apposition to a name describes what the named party is, not an event."""
    if c.trig.kind != "noun":
        return False
    m = APPOSITIVE_RE.search(text, max(0, c.start - 40), c.start)
    return m is not None and any(p.end == m.start() for p in parts)


# speech acts: "X said that A had done B, and demanded C" coordinates "demanded" with "said", not with B
SPEECH_TYPES = frozenset({"statement", "demand", "accusation", "threat", "rejection"})
SPEECH_COORD_RE = re.compile(r",?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+|repeatedly\s+)?$")


# ", and urged …" after a subordinate clause ("said X was unacceptable because it undermined Y, and urged …"):
# the comma closes the subordinate clause; the subjectless verb goes on with the main clause's speaker
COMMA_COORD_RE = re.compile(r",\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+|repeatedly\s+)?$")
SUBORDINATOR_RE = re.compile(r"\b(?:whereas|although|though|because)\b")


def _subject_break(text: str, a: int, c_start: int) -> bool:
    """Whether a new subject may begin between a speech verb ending at ``a`` and a speech verb
    coordinated with it at ``c_start`` (:data:`SUBJECT_BREAK_RE`); a subordinator in between does not
    break when a comma before the coordinator closes its clause."""
    hits = list(SUBJECT_BREAK_RE.finditer(text, a, c_start - 5))
    if not hits:
        return False
    if COMMA_COORD_RE.search(text, max(0, c_start - 30), c_start) is None:
        return True
    return any(not SUBORDINATOR_RE.fullmatch(h.group(0)) for h in hits)


# acts pressed on a party: a second verb of one subject without its own object aims at the first one's
PRESSED_TYPES = frozenset({"threat", "demand", "sanction", "attack"})


def _shared_subject(cands: list[Cand], text: str) -> None:
    """"X lifted A and ended B": a verb coordinated with an earlier one shares its subject."""
    prev: Cand | None = None
    for c in cands:
        if c.trig.kind != "verb":
            continue
        if c.trig.etype in SPEECH_TYPES and SPEECH_COORD_RE.search(text, max(0, c.start - 20), c.start):
            spk = next((o for o in reversed(cands) if o.start < c.start and o.trig.kind == "verb" and
                        o.trig.etype in SPEECH_TYPES and o.actors), None)
            if spk is not None and not _subject_break(text, spk.end, c.start):
                c.actors = list(spk.actors)
                c.targets = [t for t in c.targets if t.eid not in {a.eid for a in c.actors}]
                _pressed_object(c, spk)
                prev = c
                continue
        if interrupted_subject(c.parts_all, text, c.start) is not None:
            prev = c  # "Moscow, mending ties that had soured after X expelled Y, delivered": its own subject
            continue
        series = prev is not None and not prev.trig.symmetric and SERIES_VP_RE.match(text, prev.end, c.start) is not None \
            and not in_object_relative(text, clause_bounds(text, prev.start, prev.end)[0], prev.start, prev.actors)
        if prev is not None and (prev.actors or prev.extra_actors) and (series or COORD_VP_RE.search(text[:c.start])) and \
                not SUBJECT_BREAK_RE.search(text, prev.end, c.start):
            # ("X, which had long denied it, met Y": the one met after a symmetric verb stays its party)
            c.actors = uniq_parts(list(prev.actors) + ([p for p in c.actors if p.start >= c.start] if c.trig.symmetric else []))
            if not prev.actors:  # "it closed its airspace to X's airlines and suspended all trade": the pronoun's party
                c.extra_actors = list(prev.extra_actors)
                if "actors" in prev.inferences:
                    c.inferences["actors"] = prev.inferences["actors"]
            mine = {a.eid for a in c.actors} | set(c.extra_actors)
            if c.trig.subject == "actor" and not c.trig.symmetric:  # "accused X of …, and raised duties on X's
                # goods": X, taken for a subject while the verb's own one was unknown, is its target again
                ce = clause_bounds(text, c.start, c.end)[1]
                c.targets = uniq_parts(c.targets + _after(c.parts_all, text, c.end, min(ce, c.end + 90), c.trig.preps))
            c.targets = [t for t in c.targets if t.eid not in mine]
            _pressed_object(c, prev)
        prev = c


# the first verbs whose party a second, object-less verb of pressure takes up
PRESSING_FIRST = frozenset({"accusation", "threat", "demand", "sanction", "coercion", "attack", "protest"})


def _pressed_object(c: Cand, prev: Cand) -> None:
    """"accused Tbilisi of sheltering rebels and threatened strikes on its territory": the one accused is the one
    threatened, when the second verb of the same subject names no party of its own."""
    if c.targets or c.extra_targets or c.trig.etype not in PRESSED_TYPES or c.trig.subject != "actor" or \
            c.trig.symmetric or prev.trig.symmetric or prev.trig.etype not in PRESSING_FIRST:
        return  # ("praised Yerevan's stance and warned against …": a friendly first verb lends no target)
    mine = {a.eid for a in c.actors} | set(c.extra_actors)
    c.targets = [t for t in prev.targets if t.eid not in mine]


# "..., ending their first formal summit", "at their meeting": the plural subject's own gathering
THEIR_RE = re.compile(r"\btheir\s+(?:[\w\-]+\s+){0,3}$")


def _their_event(cands: list[Cand], text: str) -> None:
    """"X and Y agreed to ..., ending their first summit": a symmetric event noun owned by
    "their", with no participant of its own, is the event of the sentence's plural subject."""
    for i, c in enumerate(cands):
        if c.trig.kind != "noun" or not c.trig.symmetric or c.ids or \
                not THEIR_RE.search(text, max(0, c.start - 40), c.start):
            continue
        prev = next((o for o in reversed(cands[:i]) if o.trig.kind == "verb" and o.end <= c.start), None)
        if prev is None or len(prev.actors) + len(prev.extra_actors) < 1 or \
                HARD_BOUNDARY_RE.search(text, prev.end, c.start):
            continue
        c.actors = list(prev.actors)
        c.extra_actors = list(prev.extra_actors)
        for k in ("actors",):
            if k in prev.inferences:
                c.inferences.setdefault(k, prev.inferences[k])


SANCTION_IMPOSED = Trigger("sanction", "verb", re.compile("imposed"), (), False, "actor")


def _imposed_before(sv: SentenceView, ctx: ArticleContext, parts: list[Part], c: Cand) -> list[Cand]:
    """"lifted the ban on flights that Russia had imposed in 2019": the ban's imposition, by
    the relative's subject, dated by the relative's own date."""
    m = IMPOSED_REL_RE.search(sv.text, c.end, min(len(sv.text), c.end + 80))
    if m is None:
        return []
    actors = [p for p in parts if m.start("subj") <= p.start and p.end <= m.end("subj") + 1]
    if not actors:
        return []
    date: tuple[str | None, str | None, str] = (None, None, "")
    for d in sv.dates:
        if m.end() <= sv.rel(d.start) <= m.end() + 4 and d.kind not in ("range", "decade"):
            iso, basis = ctx.date_of(d)
            date = (iso, d.text, basis)
    if date[0] is None:
        return []
    x = Cand(SANCTION_IMPOSED, m.start(), m.end(), actors,
             [t for t in c.targets if t.eid not in {a.eid for a in actors}], False, date=date)
    x.extra_targets = [t for t in c.extra_targets if t not in {a.eid for a in actors}]
    x.parts_all = parts
    return [x]
