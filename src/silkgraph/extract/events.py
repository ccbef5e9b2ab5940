"""Events: who did what to whom, when and where (``export.md``, kind = event).

The trigger lexicon is data (``resources/ontology/events.yaml``).  A trigger is a verb
(actor = the clause's subject, targets after the verb) or a noun (actors from a
possessor, a compound modifier, "by X", "between X and Y" or a light verb's subject).

Conservative by design:
* an event needs a date (written in the sentence, "recent" → the publication year, or
  carried over from the previous sentence when the text continues it) and at least one
  participant or a location;
* a definite noun ("the attack", "the strikes", "the India-Pakistan confrontation") that
  repeats an event already recorded in the article adds evidence to it instead of
  making a new one;
* a mention of an event that is expected or planned is not an event.

Helpers shared with ``memberships`` and ``relations`` live here too (participants,
clauses, the per-article state).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.model import Fact, Mention, Span
from silkgraph.nlp.dates import paragraph_start, shift
from silkgraph.nlp.numbers import parse_number
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/events.yaml")
PLOVER: dict[str, str | None] = dict(_DATA["plover"])
KEEP_UNDATED: frozenset[str] = frozenset(_DATA.get("keep_undated") or [])
DROP_MODALITIES: frozenset[str] = frozenset(_DATA.get("drop_modalities") or [])
RECENT_RE = re.compile(_DATA["recent"], re.I)
CONTINUATION_RE = re.compile(_DATA["continuation"])
LATER_RE = re.compile(_DATA["later"], re.I)
SEQUEL_RE = re.compile(_DATA["sequel"], re.I)
ONGOING_RE = re.compile(_DATA["ongoing"], re.I)
OFFSET_AFTER_RE = re.compile(_DATA["offset_after"], re.I)

ACTOR_TYPES = ("state", "organization", "armed_group", "company")
PROXY_KINDS = ("military", "government agency", "government", "ministry", "security service",
               "intelligence agency", "government body")
# a demonym glued to these is the origin of a thing, not a participant ("French-made")
ORIGIN_RE = re.compile(r"^[-‑](?:made|manufactured|built|designed|origin|supplied|produced|developed|based)\b")
BOUNDARY_RE = re.compile(
    r"[;:—]|\s[-–]\s|\b(?:which|who|whom|whereas|while|although|though|because|since|but|when|"
    r"whereby|where|if|unless|that)\b", re.I)
RELATIVE = {"which", "who", "whom", "that"}
DEFINITE_RE = re.compile(
    r"\b(?:the|this|that|these|those|its|their|his|her)\s+(?:[\w’'\-–]+\s+){0,5}$|[’']s\s+(?:[\w\-–]+\s+){0,3}$",
    re.I)
PLURAL_PRONOUN_RE = re.compile(
    r"\b(?:they|the (?:two|three|four) (?:countries|states|nations|sides|neighbours|neighbors|parties|governments|"
    r"delegations|capitals)|"
    r"each side|either side|"
    r"the states|the countries|the nations|both (?:countries|states|sides|nations)|"
    r"the (?:two|three) (?:neighboring|neighbouring) countries|"
    r"both (?:governments|neighbours|neighbors|parties|capitals)|the pair)\b", re.I)
# a plural anaphor for exactly two parties ("both sides", "the two countries", "each side", "the pair")
PAIR_ANAPHOR_RE = re.compile(r"^(?:both\b|the two\b|each side|either side|the pair)", re.I)
# a state named after one of these is a place, a source or a partner, not a subject
NOT_SUBJECT_RE = re.compile(r"\b(?:in|into|inside|from|to|toward|towards|with|against|at|on|near|across|"
                            r"over|through|via|for|of|war with|war on)\s+(?:the\s+)?$", re.I)
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "both": 2, "bilateral": 2, "trilateral": 3}
LIGHT_VERB_RE = re.compile(
    r"\b(?:launched|conducted|carried out|staged|sign(?:ed|ing)|conclud(?:ed|ing)|reach(?:ed|ing)|entered into|held|"
    r"brokered|facilitated|mediated|issued|finali[sz]ed|agreed|imposed|provided|attended|hosted|"
    r"engaged in|secured|announced|made|paid|undertook|convened|host|hosts|hosting|hosted|chaired|ordered|"
    r"complet(?:ed|ing)|began|begun|beginning|start(?:ed|ing))"
    r"\s+(?:[\w$.\-]+\s+){0,5}$", re.I)
BY_AGENT_RE = re.compile(r"^\s*(?:[\w\-]+\s+){0,2}(?:by|brokered by|facilitated by|mediated by)\s+", re.I)
BROKER_RE = re.compile(r"\b(?:brokered|facilitated|mediated)\b", re.I)
# who the dead were ("killing one Chinese worker", "three employees of X", "26 civilians")
VICTIMS = (r"(?:people|persons?|tourists?|soldiers?|civilians?|militants?|fighters?|individuals?|troops|"
           r"servicem[ae]n|policem[ae]n|police officers?|officers?|personnel|guards?|border guards?|pilgrims?|"
           r"workers?|children|employees?|staff|nationals?|citizens?|engineers?|miners?|passengers?|"
           r"crew(?: members?)?|villagers?|students?|journalists?|diplomats?|peacekeepers?|residents?)")
FATAL_RE = re.compile(
    r"\b(?:killing(?: of)?|killed|kills|massacre of|claim(?:ed|ing) the lives of|(?:resulting|resulted) in the deaths? of|"
    r"deaths of|leaving|left)\s+(?:at least\s+|some\s+|nearly\s+|about\s+|over\s+)?"
    r"(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w\-]+\s+){0,2}?" + VICTIMS + r"\b", re.I)

KILLED_RE = re.compile(
    r"\b(?:at least\s+|some\s+|about\s+|nearly\s+)?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w\-]+\s+){0,2}?"
    + VICTIMS + r"(?:\s+of\s+(?:the\s+)?(?:[\w\-’']+\s+){1,6}?)?\s+(?:were|was|had been|have been)\s+"
    r"(?:killed|shot dead|shot and killed|gunned down)\b", re.I)
# "three employees of Shohin SM, a Chinese-owned miner": the victims' employer or origin
VICTIM_OF_RE = re.compile(r"\s+of\s+[^;.]{0,90}?(?=[;.]|,\s+(?!an?\s)|\s+(?:in|on|at|near|and)\s|$)")


CHAIN_SEP_RE = re.compile(r"\s*(?:[-–—/]|,|and|,\s*and)\s*")
CHAIN_GAP_RE = re.compile(r"(?:[’']s)?\s*(?:[-–]\s*)?(?:[\w\-]+\s+){0,3}|[-–]\w+\s+(?:[\w\-]+\s+){0,2}")
CHAIN_STOP_RE = re.compile(r"\b(?:of|in|on|to|with|by|for|from|at|against|and|the|a|an|is|was|has|"
                           r"have|had|are|were)\b", re.I)
LOWER_WORD_RE = re.compile(r"[a-z]+")
LIST_SEP_RE = re.compile(r"\s*(?:,|and|,\s*and|&|as well as)\s*(?:the\s+)?")
BETWEEN_RE = re.compile(r"\b(?:between|among)\s+", re.I)
OTHER_SIDE_RE = re.compile(r"\b(?:against|war with|war on)\s+(?:the\s+)?$")
LOC_COMPOUND_RE = re.compile(r"\s*(?:[\w\-]+\s+)?")
IN_AT_RE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
IN_END_RE = re.compile(r"\bin\s+$")
OF_NP_RE = re.compile(r"\s+of\s+(?:the\s+)?")
AT_MEETING_RE = re.compile(r"\b(?:at|during)\s+(?:the\s+|a\s+)?(?:[\w\-–]+\s+){0,5}$", re.I)


@dataclass(frozen=True)
class Trigger:
    etype: str
    kind: str  # verb | noun
    regex: re.Pattern[str]
    preps: tuple[str, ...]
    symmetric: bool
    poss: str  # actor | target
    actor_preps: tuple[str, ...] = ()
    obj: str = "target"  # role of what follows the trigger
    needs: str = ""  # "target" / "actor": an event only with one; "both": with an actor and a target
    absorbs: bool = False  # "ratified Sweden's accession": the object event is this event's target
    subject: str = "actor"  # "target": the clause's subject undergoes the event ("X was expelled from")


def _words(xs: list | None) -> tuple[str, ...]:  # type: ignore[type-arg]
    """YAML 1.1 reads a bare ``on`` as true: prepositions are words."""
    return tuple("on" if x is True else str(x) for x in xs or ())


def _compile_triggers() -> list[Trigger]:
    out = []
    for etype, specs in _DATA["triggers"].items():
        for sp in specs:
            rx = re.compile(r"(?<![\w\-])(?:" + sp["pattern"] + r")(?![\w\-])", re.I)
            out.append(Trigger(etype, sp["kind"], rx, _words(sp.get("preps")),
                               bool(sp.get("symmetric")), sp.get("poss", "actor"),
                               _words(sp.get("actor_preps")), sp.get("obj", "target"),
                               sp.get("needs", ""), bool(sp.get("absorbs")), sp.get("subject", "actor")))
    return out


TRIGGERS = _compile_triggers()


# --------------------------------------------------------------------------- participants
@dataclass
class Part:
    """A participant mention: an entity id at a position in the sentence (relative)."""

    eid: str
    start: int
    end: int
    why: str | None = None  # an inference, when the entity is not the mention's own
    kind: str = "name"  # the mention's kind: name, acronym, capital, demonym, …


def participants(sv: SentenceView, ctx: ArticleContext) -> list[Part]:
    """Actor-capable mentions of a sentence (relative offsets), proxies resolved.

    Persons count for their state only when a title names it ("French President X",
    "Azerbaijan's Defence Minister Y"): the state's own mention is then in the
    sentence, so the person is skipped.  An armed force or agency with a country also
    stands for its state (recorded as an inference).
    """
    out: list[Part] = []
    for m in sv.mentions:
        if m.role == "place":
            continue
        et = ctx.etype(m.entity_id)
        if et == "person":
            st = _title_state(sv, ctx, m)
            if st is not None:
                out.append(Part(st, sv.rel(m.start), sv.rel(m.end), None, "title"))
            else:
                why = _office_state(ctx, m)
                if why is not None:
                    out.append(Part(why[0], sv.rel(m.start), sv.rel(m.end), why[1], "title"))
            continue
        if et not in ACTOR_TYPES:
            continue
        a, b = sv.rel(m.start), sv.rel(m.end)
        if et == "state" and ORIGIN_RE.match(sv.text[b:b + 16]):
            continue
        out.append(Part(m.entity_id, a, b, None, m.kind))
        ent = ctx.entity(m.entity_id)
        if et == "organization" and ent is not None and ent.country and \
                str(ent.attrs.get("kind", "")).lower() in PROXY_KINDS:
            out.append(Part(f"state:{ent.country}", a, b, f"'{m.text}' belongs to {ent.country}"))
        elif et == "armed_group" and ent is not None and ent.country and \
                "government of" in str(ent.attrs.get("note", "")).lower():
            out.append(Part(f"state:{ent.country}", a, b, f"'{m.text}': {ent.attrs['note']}"))
    return out


TITLE_GAP_RE = re.compile(r"(?:[’']s)?\s+(?:(?:former|then|acting|current)\s+)?(?:[A-Z][\w.\-]*\s+){1,4}")


def _title_state(sv: SentenceView, ctx: ArticleContext, person: Mention) -> str | None:
    """"French President Emmanuel Macron" → state:FRA (the title names the country)."""
    for m in sv.mentions:
        if m.end <= person.start and person.start - m.end <= 40 and ctx.etype(m.entity_id) == "state" \
                and TITLE_GAP_RE.fullmatch(sv.text[sv.rel(m.end):sv.rel(person.start)]):
            return m.entity_id
    return None


OFFICE_RE = re.compile(r"\b(?:President|Prime Minister|Premier|Chancellor|King|Emir|Foreign Minister|"
                       r"Defen[cs]e Minister|Minister|Supreme Leader)\b")


def _office_state(ctx: ArticleContext, person: Mention) -> tuple[str, str] | None:
    """A head of state, government or minister stands for the state the office names."""
    ent = ctx.entity(person.entity_id)
    if ent is None or not ent.country:
        return None
    role = str(ent.attrs.get("role", ""))
    if not OFFICE_RE.search(role) or ctx.entity(f"state:{ent.country}") is None:
        return None
    return f"state:{ent.country}", f"'{person.text}' = {ent.name}, {role}"


def places(sv: SentenceView, ctx: ArticleContext) -> list[Mention]:
    return [m for m in sv.mentions if m.role == "place" or ctx.etype(m.entity_id) == "place"]


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: (start, end) offsets."""
    cs = 0
    for b in BOUNDARY_RE.finditer(text, 0, start):
        cs = b.end()
    b = BOUNDARY_RE.search(text, end)
    return cs, (b.start() if b else len(text))


def _chain_before(parts: list[Part], text: str, pos: int) -> list[Part]:
    """Participants right before ``pos``: a possessor or a compound modifier chain."""
    out: list[Part] = []
    cur = pos
    for p in sorted(parts, key=lambda p: -p.end):
        if p.end > cur:
            continue
        gap = text[p.end:cur]
        if out:
            ok = CHAIN_SEP_RE.fullmatch(gap) is not None
        else:
            ok = CHAIN_GAP_RE.fullmatch(gap) is not None and not CHAIN_STOP_RE.search(gap)
        if not ok:
            break
        if not any(o.eid == p.eid for o in out):
            out.append(p)
        cur = p.start
    return out


def _after(parts: list[Part], text: str, pos: int, limit: int, preps: tuple[str, ...]) -> list[Part]:
    """Participants introduced after ``pos`` by one of ``preps`` ('' = directly)."""
    out: list[Part] = []
    for p in sorted(parts, key=lambda p: p.start):
        if p.start < pos or p.start > limit:
            continue
        gap = text[pos:p.start].lower()
        words = LOWER_WORD_RE.findall(gap)
        if out and LIST_SEP_RE.fullmatch(text[out[-1].end:p.start].lower()):
            if p.eid.split(":")[0] != out[0].eid.split(":")[0]:
                break  # "Armenia and the CSTO declined": a new subject, not the list
            out.append(p)
            continue
        if out:
            break
        if "," in gap:
            break  # "war in 2020, Islamabad ...": a comma ends the phrase
        preps_in = [w for w in words if w in _ALL_PREPS]
        if "" in preps and not preps_in and len(words) <= 4:
            out.append(p)
        elif preps_in and preps_in[0] in preps and len(words) <= 6:
            out.append(p)
        else:
            break
    return out


_ALL_PREPS = {"on", "against", "in", "inside", "into", "to", "with", "between", "of", "by", "from",
              "for", "over", "at", "along", "near", "about", "toward", "towards", "during", "after",
              "under", "through", "via", "among", "amid"}


WITH_RE = re.compile(r"\bwith\s+", re.I)


def with_list(parts: list[Part], text: str, pos: int, limit: int) -> list[Part]:
    """The parties after the first "with" in text[pos:limit]."""
    m = WITH_RE.search(text, pos, limit)
    return _after(parts, text, m.end(), min(limit, m.end() + 40), ("",)) if m else []


def _between(parts: list[Part], text: str, pos: int, limit: int) -> list[Part]:
    m = BETWEEN_RE.search(text, pos, limit)
    if not m or m.start() - pos > 40:
        return []
    return _after(parts, text, m.end(), m.end() + 60, ("",))


def _by_agent(parts: list[Part], text: str, end: int) -> list[Part]:
    m = BY_AGENT_RE.match(text[end:end + 60])
    if not m:
        return []
    s = end + m.end()
    # "strikes conducted by X inside Y": the agent is the noun phrase after "by", not a later place
    got = _after(parts, text, s, s + 45, ("",))
    return got if got else [p for p in parts if s <= p.start <= s + 45][:3]


# --------------------------------------------------------------------------- article state
@dataclass
class EventRecord:
    fact: Fact
    etype: str
    parts: frozenset[str]
    date: str | None


@dataclass
class ArticleState:
    events: list[EventRecord] = field(default_factory=list)
    dates: dict[int, tuple[str, str]] = field(default_factory=dict)  # sentence → its first event date
    last_dates: dict[int, tuple[str, str]] = field(default_factory=dict)  # sentence → its last event date
    # sentence → (type, date, text) of an event told with a written date but no named party
    partyless: dict[int, tuple[str, str, str]] = field(default_factory=dict)
    relations: dict[tuple[str, str, str], Fact] = field(default_factory=dict)
    memberships: dict[tuple[str, str], Fact] = field(default_factory=dict)


def article_state(ctx: ArticleContext) -> ArticleState:
    st = getattr(ctx, "_silkgraph_facts_state", None)
    if st is None:
        st = ArticleState()
        ctx._silkgraph_facts_state = st  # type: ignore[attr-defined]
    return st


def add_evidence(f: Fact, sv: SentenceView) -> None:
    if all(e.start != sv.start for e in f.evidence):
        f.evidence.append(Span(sv.start, sv.end))


# --------------------------------------------------------------------------- anaphora
def states_before(ctx: ArticleContext, sv: SentenceView, pos: int, n: int | None) -> list[str]:
    """Distinct states named before ``pos`` in this sentence, then in the two before it;
    states after "against" (the other side) are skipped."""
    seen: list[str] = []
    views = [sv] + [ctx.sentences[i] for i in range(sv.index - 1, max(-1, sv.index - 3), -1)]
    for view in views:
        cut = view.rel(sv.abs(pos)) if view is sv else len(view.text)
        for m in reversed(view.mentions):
            if view.rel(m.start) >= cut or ctx.etype(m.entity_id) != "state":
                continue
            before = view.text[max(0, view.rel(m.start) - 25):view.rel(m.start)].lower()
            if OTHER_SIDE_RE.search(before):
                continue
            if m.entity_id not in seen:
                seen.append(m.entity_id)
        if view is sv and seen and n is None:
            continue
        if n is not None and len(seen) >= n:
            return seen[:n]
        if n is None and seen and view is not sv:
            return seen
    return seen if n is None or len(seen) >= n else []


def plural_anaphor(ctx: ArticleContext, sv: SentenceView, pos: int, end: int,
                   pair: bool = False) -> tuple[list[str], str] | None:
    """"the two countries", "they", "the states" before ``pos`` in the clause → states.
    With ``pair`` (events), "both sides" and its kin stand for the parties of the event
    just told (see ``_pair_referents``)."""
    m = None
    for m2 in PLURAL_PRONOUN_RE.finditer(sv.text, 0, end):
        m = m2
    if m is None:
        return None
    n = None
    for w in re.findall(r"[a-z]+", (m.group(0) + " " + sv.text[pos:end]).lower()):
        if w in NUMBER_WORDS:
            n = NUMBER_WORDS[w]
            break
    # states named in this sentence before the anaphor are not its referents
    prev_idx = sv.index - 1
    if prev_idx < 0:
        return None
    prev = ctx.sentences[prev_idx]
    if pair and PAIR_ANAPHOR_RE.match(m.group(0)):
        pair = _pair_referents(ctx, sv)
        if pair:
            return pair[0], f"'{m.group(0)}' = {pair[1]}"
    states = states_before(ctx, prev, len(prev.text), n)
    if not states:
        return None
    names = " and ".join(ctx.entity(s).name if ctx.entity(s) else s for s in states)  # type: ignore[union-attr]
    return states, f"'{m.group(0)}' = {names} from the previous sentence"


def _names(ctx: ArticleContext, ids: list[str]) -> str:
    return " and ".join(ctx.entity(s).name if ctx.entity(s) else s for s in ids)  # type: ignore[union-attr]


def _pair_referents(ctx: ArticleContext, sv: SentenceView) -> tuple[list[str], str] | None:
    """The two states "both sides" / "the two countries" stand for: the two state parties
    (actors and targets) of the most recent event told in this sentence or the previous
    one, when it has exactly two; else the last two distinct states named as subjects or
    actors in the paragraph before this sentence (most recent first)."""
    prev = ctx.sentences[sv.index - 1]
    st = article_state(ctx)
    best: tuple[int, int, EventRecord] | None = None
    for k, r in enumerate(st.events):
        starts = [e.start for e in r.fact.evidence if e.start in (sv.start, prev.start)]
        if starts and (best is None or (max(starts), k) > best[:2]):
            best = (max(starts), k, r)
    if best is not None:
        r = best[2]
        ids = list(dict.fromkeys((r.fact.args.get("actors") or []) + (r.fact.args.get("targets") or [])))
        states = [i for i in ids if ctx.etype(i) == "state"]
        if len(states) == 2:
            where = "this sentence" if best[0] == sv.start else "the previous sentence"
            return states, f"{_names(ctx, states)}, the parties of the {r.etype} in {where}"
    first = sv.index - 1
    while first > 0:
        a, b = ctx.sentences[first - 1], ctx.sentences[first]
        if a.section != b.section or "\n" in ctx.text[a.end:b.start]:
            break
        first -= 1
    actors: dict[int, set[str]] = {}
    for r in st.events:
        for e in r.fact.evidence:
            actors.setdefault(e.start, set()).update(r.fact.args.get("actors") or [])
    seen: list[str] = []
    for i in range(sv.index - 1, first - 1, -1):
        view = ctx.sentences[i]
        for mt in reversed(view.mentions):
            eid = mt.entity_id
            if ctx.etype(eid) != "state" or eid in seen or mt.role == "place":
                continue
            before = view.text[max(0, view.rel(mt.start) - 25):view.rel(mt.start)]
            if eid in actors.get(view.start, set()) or not NOT_SUBJECT_RE.search(before):
                seen.append(eid)
        if len(seen) >= 2:
            states = seen[:2]
            return states, f"{_names(ctx, states)}, the last two states named as actors in the paragraph"
    return None


# --------------------------------------------------------------------------- extraction
REPORTED_INTENT_RE = re.compile(r"\b(?:said|says|told|announced|confirmed|declared|stated)\b(?:\s+[\w’'\-]+){0,6}?\s+"
                                r"that\s+(?:[\w’'\-]+\s+){1,4}would\s+(?:\w+\s+)?$")
OBJ_BLOC_TYPES = ("retreat", "rejection", "sanction", "demand", "accusation", "accession", "support")
BLOC_ANAPHOR_RE = re.compile(r"\b(?:the (?:bloc|organi[sz]ation|alliance|grouping|forum)(?:[’']s)?|"
                             r"its (?:leaders|members|heads of state|member states))\b", re.I)
HARD_BOUNDARY_RE = re.compile(r"[;—]|,\s+(?:and|but|while|whereas)\s+(?=(?:it|they|he|she|we|the|this|that|these|"
                              r"those|in|on|at|during|after|by|[A-Z]))|\b(?:whereas|although|though|because)\b|"
                              r"\b(?:and|but),\s+(?=(?:on|in|at|during|after|by|later|then)\b)")
# an adverbial clause before the main clause ("After Indian missiles hit X, Pakistan announced")
FRONTED_SUB_RE = re.compile(r"\s*(?:After|Before|Following|When|Once|As soon as|Despite|Although|Though|While|Since|"
                            r"Because|As)\b")
# a subordinate clause anchored in time inside a clause ("came just days after X visited")
SUB_MID_RE = re.compile(r"\b(?:days|weeks|months|hours|years|shortly|soon|moments|immediately)\s+(?:after|before)\b",
                        re.I)
# a raid, storming or seizure by police or security services is a coercive act, not an armed attack
POLICE_SUBJ_RE = re.compile(r"\b(?:police|riot police|security (?:forces|services?|officers|agents)|intelligence "
                            r"(?:officers|agents)|the authorities|investigators|prosecutors|border guards|customs "
                            r"officers|special forces of the (?:interior|security))\s+(?:[a-z]+\s+){0,2}$", re.I)
RAID_RE = re.compile(r"^(?:raided|raiding|stormed|storming|searched)$", re.I)
REL_AFTER_RE = re.compile(r"\b(?:that|which|who|whom|where)\b")
PREMOD_RE = re.compile(r"\s*(?:[A-Z][\w\-]*\s+){0,3}")
PASSIVE_RE = re.compile(r"\b(?:been|was|were|is|are|be|being|got|get)\s+(?:\w+ly\s+)?$", re.I)
# a sentence that is not a past narrative: present, perfect, future, modal, reported plans
NOT_NARRATIVE_RE = re.compile(
    r"\b(?:is|are|am|has|have|will|would|shall|should|could|may|might|must|can|now|currently|today|"
    r"says|say|remains?|continues?|seems?|appears?|expected|likely|plans?|intends?)\b|[?]", re.I)
# an incident, and the reactions a narrative tells right after it without a new date
EPISODE_INCIDENTS = frozenset({"attack", "coercion", "mobilization"})
EPISODE_REACTIONS = frozenset({"accusation", "rejection", "ceasefire", "retreat", "threat", "demand",
                               "protest", "coercion", "sanction", "mobilization"})
THAT_RE = re.compile(r"\s+that\b")
# domestic agents that stand for the state they act in ("police detained", "the authorities")
DOMESTIC_RE = re.compile(r"\b(?:police|riot police|security forces|the authorities|the government|"
                         r"protesters|demonstrators|protestors)\b", re.I)
# "At its Bucharest summit, ...", "At their June 2024 summit EU leaders concluded ...": a bloc's own
# meeting as the setting of what it declared, not an event of its own
FRAMING_RE = re.compile(r"(?:^|[—–]\s*)(?:At|During)\s+(?:its|their)\s+(?:[\w\-–]+\s+){0,4}$")
# a subject pronoun that continues the previous sentence's event ("They started to withdraw")
PRON_SUBJ_RE = re.compile(r"^(?:They|It)\s+(?:[a-z]+\s+){0,3}$")
BLOC_SUBJ_RE = re.compile(r"\b(?:the (?:bloc|alliance|organi[sz]ation|grouping))\s+(?:[a-z]+\s+){0,3}$", re.I)
COORD_VP_RE = re.compile(r"(?:^|[^,])\s+and\s+$")
DURING_RE = re.compile(r"\bduring\s+(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+){0,2}$", re.I)
EMBASSY_RE = re.compile(r"embassy|consulate|mission|plant|factory|assembly|production|manufacturing|centre|center|"
                        r"facility", re.I)
DEPLOY_RE = re.compile(r"^deploy", re.I)
# "the ban on flights that Russia had imposed in 2019": lifting presupposes the imposition
IMPOSED_REL_RE = re.compile(r"\b(?:that|which)\s+(?P<subj>(?:[\w\-]+\s+){1,3}?)(?:had\s+|has\s+)?"
                            r"(?:imposed|introduced)\b")
# "Protests ..., which began in X on January 2": a relative that tells when the event itself began
ONSET_REL_RE = re.compile(r"\b(?:which|that)\s+(?:had\s+)?(?:began|begun|started|erupted|broke out)\b")
# "left without being detained", "returned without having met X": the event did not happen
WITHOUT_RE = re.compile(r"\bwithout\s+(?:(?:being|having|having been|ever|even|actually)\s+){0,2}$", re.I)
SINCE_CLAUSE_RE = re.compile(r"^Since\b[^,;]*,")
PLURAL_NOUN_RE = re.compile(r"(?:agreements|contracts|deals|accords|treaties)$|^bilateral", re.I)


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

    @property
    def ids(self) -> set[str]:
        return {p.eid for p in self.actors + self.targets} | set(self.extra_actors) | set(self.extra_targets)


PREFIX_LEN = 3


def _prefixes(items: list, pres: set[tuple[str, bool]]) -> set[tuple[str, bool]]:  # type: ignore[type-arg]
    """Extend (prefix, open) pairs through a parsed pattern: the lower-case strings (at
    most ``PREFIX_LEN`` long) a match must begin with; a prefix is closed where the
    pattern stops being literal."""
    from re import _constants as C  # type: ignore[attr-defined]

    for op, av in items:
        if not any(o for _, o in pres):
            return pres
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        if op is C.LITERAL or (op is C.IN and all(o is C.LITERAL for o, _ in av) and len(av) <= 4):
            chars = [chr(av).lower()] if op is C.LITERAL else sorted({chr(v).lower() for _, v in av})
            nxt: set[tuple[str, bool]] = set()
            for p, o in pres:
                if not o:
                    nxt.add((p, o))
                    continue
                for ch in chars:
                    q = p + ch
                    nxt.add((q, len(q) < PREFIX_LEN))
            pres = nxt
        elif op is C.SUBPATTERN:
            pres = _prefixes(list(av[-1]), pres)
        elif op is C.BRANCH:
            out: set[tuple[str, bool]] = set()
            for alt in av[1]:
                out |= _prefixes(list(alt), pres)
            pres = out
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, _hi, sub = av
            once = {(p, False) for p, _ in _prefixes(list(sub), pres)}
            pres = once if lo >= 1 else once | {(p, False) for p, _ in pres}
        else:
            return {(p, False) for p, _ in pres}
    return pres


def _index_triggers() -> tuple[dict[str, list[Trigger]], list[Trigger]]:
    """Triggers by the lower-case prefix (1 to ``PREFIX_LEN`` letters) every match of
    theirs begins with; a pattern that cannot be analysed is tried at every word."""
    try:
        from re import _parser as P  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - other Pythons: no index, same results
        return {}, list(TRIGGERS)
    by_prefix: dict[str, list[Trigger]] = {}
    anywhere: list[Trigger] = []
    for t in TRIGGERS:
        try:
            pres = {p for p, _ in _prefixes(list(P.parse(t.regex.pattern)), {("", True)})}
        except Exception:  # pragma: no cover - an unusual pattern is simply tried everywhere
            pres = {""}
        if "" in pres:
            anywhere.append(t)
            continue
        for p in pres:
            lst = by_prefix.setdefault(p, [])
            if t not in lst:
                lst.append(t)
    return by_prefix, anywhere


TRIGGERS_BY_PREFIX, TRIGGERS_ANYWHERE = _index_triggers()
PREFIX_LENS = sorted({len(p) for p in TRIGGERS_BY_PREFIX})


# the lower-case first three characters at each word start ("to " and "co-" included)
HEAD_RE = re.compile(r"\b(?=([a-z][a-z\- ]{2}))")
WORD_START_RE = re.compile(r"(?<![\w\-])[A-Za-z]")
FAST_PREFIX = PREFIX_LENS == [PREFIX_LEN]


def _trigger_starts(text: str) -> list[tuple[int, str]]:
    """(position, prefix) of the word starts where an indexed trigger may begin.  One
    C-level scan and a set intersection reject a sentence without any (most sentences);
    otherwise each prefix found is located with ``str.find``."""
    low = text.lower()
    if not FAST_PREFIX or len(low) != len(text):
        return [(w.start(), text[w.start():w.start() + PREFIX_LEN].lower()) for w in WORD_START_RE.finditer(text)]
    if _HEAD_AUTOMATON is not None:
        # every occurrence of an indexed prefix, found in one scan (same pairs as below;
        # their order does not matter to _find_triggers, which sorts by position)
        out = []
        for last, p in _HEAD_AUTOMATON.iter(low):
            i = last - PREFIX_LEN + 1
            if i == 0 or not (low[i - 1].isalnum() or low[i - 1] in "_-"):
                out.append((i, p))
        return out
    hits = PREFIX_SET.intersection(HEAD_RE.findall(low))
    out = []
    for p in hits:
        i = low.find(p)
        while i != -1:
            if i == 0 or not (low[i - 1].isalnum() or low[i - 1] in "_-"):
                out.append((i, p))
            i = low.find(p, i + 1)
    return out


PREFIX_SET = frozenset(TRIGGERS_BY_PREFIX)


def _head_automaton() -> Any:
    """An Aho-Corasick automaton of the prefixes HEAD_RE can yield (others never match)."""
    try:
        import ahocorasick
    except ImportError:  # pragma: no cover
        return None
    keys = sorted(p for p in PREFIX_SET if HEAD_SHAPE_RE.fullmatch(p))
    if not keys:
        return None
    a = ahocorasick.Automaton()
    for p in keys:
        a.add_word(p, p)
    a.make_automaton()
    return a


HEAD_SHAPE_RE = re.compile(r"[a-z][a-z\- ]{2}")
_HEAD_AUTOMATON: Any = _head_automaton() if FAST_PREFIX else None


def _find_triggers(text: str) -> list[tuple[Trigger, re.Match[str]]]:
    """Every trigger match, longest first at each position, non-overlapping, leftmost first."""
    found: list[tuple[Trigger, re.Match[str]]] = []
    for pos, head in _trigger_starts(text):
        for n in PREFIX_LENS:
            for t in TRIGGERS_BY_PREFIX.get(head[:n], ()):
                m = t.regex.match(text, pos)
                if m is not None:
                    found.append((t, m))
    for t in TRIGGERS_ANYWHERE:
        found.extend((t, m) for m in t.regex.finditer(text))
    if not found:
        return []
    found.sort(key=lambda x: (x[1].start(), -(x[1].end() - x[1].start())))
    out: list[tuple[Trigger, re.Match[str]]] = []
    last_end = -1
    for t, m in found:
        if m.start() < last_end:
            continue
        out.append((t, m))
        last_end = m.end()
    return out


LOC_GAP_STOP_RE = re.compile(r"\b(?:and|that|which|were|was|is|are|stated|said|has|have|had)\b|,")


def _location(sv: SentenceView, ctx: ArticleContext, trig: Trigger, s: int, e: int) -> str | None:
    pl = places(sv, ctx)
    for m in pl:  # compound: "the Pahalgam attack"
        b = sv.rel(m.end)
        if b <= s and LOC_COMPOUND_RE.fullmatch(sv.text[b:s]):
            return m.entity_id
    for m in pl:
        a = sv.rel(m.start)
        if e <= a <= e + 90 and IN_AT_RE.search(sv.text[max(e, a - 12):a]):
            return m.entity_id
    if trig.etype in ("meeting", "agreement", "accession"):  # "met in China"
        for m in sv.mentions:
            a = sv.rel(m.start)
            if ctx.etype(m.entity_id) == "state" and e <= a <= e + 90 and \
                    IN_END_RE.search(sv.text[max(e, a - 4):a]) and \
                    not LOC_GAP_STOP_RE.search(sv.text, e, a):
                return m.entity_id
    return None


def _verb_args(parts: list[Part], text: str, trig: Trigger, s: int, e: int,
               cs: int, ce: int) -> tuple[list[Part], list[Part]]:
    for hb in HARD_BOUNDARY_RE.finditer(text, cs, s):
        cs = hb.end()  # "X asked for help, and the bloc deployed": the subject after ", and"
    fr = FRONTED_SUB_RE.match(text, cs)
    if fr:  # "After X hit Y, Z announced ...": the main clause's subject is after the last comma
        comma = text.rfind(",", cs, s)
        if comma > fr.end():
            cs = comma + 1
    subs = list(SUB_MID_RE.finditer(text, cs, s))
    sub = subs[-1] if subs else None
    if sub is not None and any(sub.end() <= p.start and p.end <= s for p in parts):
        cs = sub.end()  # "X's warning came days after Y visited Z": the subject of the later clause
    actors = [p for p in parts if cs <= p.start and p.end <= s]
    if not actors and cs > 0:
        prev = [b for b in BOUNDARY_RE.finditer(text, 0, s)]
        if prev and prev[-1].group(0).lower() in RELATIVE:
            inner = [b for b in BOUNDARY_RE.finditer(text, 0, prev[-1].start())]
            lo = inner[-1].end() if inner else 0
            actors = [p for p in parts if lo <= p.start and p.end <= prev[-1].start()]
    targets = _after(parts, text, e, min(ce, e + 90), trig.preps)
    if PASSIVE_RE.search(text[max(0, s - 20):s]):  # "jets had been downed (by X)"
        return _by_agent(parts, text, e), actors
    return actors, targets


def _noun_args(parts: list[Part], text: str, trig: Trigger, s: int, e: int,
               cs: int, ce: int) -> tuple[list[Part], list[Part], list[Part]]:
    actors: list[Part] = []
    targets: list[Part] = []
    chain = _chain_before(parts, text, s)
    lv = LIGHT_VERB_RE.search(text, max(cs, s - 60), s)
    if chain:
        (targets if trig.poss == "target" else actors).extend(chain)
    if lv and (not chain or trig.symmetric):
        actors = [p for p in parts if cs <= p.start and p.end <= lv.start()]
        if BROKER_RE.match(lv.group(0)):
            actors += _after(parts, text, e, min(ce, e + 60), ("with", "between"))
    if trig.symmetric and trig.etype in ("agreement", "ceasefire"):
        om = OBLIGE_RE.search(text, e, min(len(text), e + 100))
        if om:  # "The ceasefire statement ..., which ended the war, obliged Armenia to": a party
            actors += [p for p in parts if om.end() <= p.start <= om.end() + 4]
    of_np = OF_NP_RE.match(text[e:e + 12])
    if of_np and trig.preps != ("",):
        got = _after(parts, text, e + of_np.end(), e + of_np.end() + 40, ("",))
        (targets if trig.poss == "target" else actors).extend(got)
        if got and trig.symmetric:  # "the visit of X's minister to Y": the party after the of-phrase
            targets += _after(parts, text, got[-1].end, min(ce, got[-1].end + 60), trig.preps)
    actors += _by_agent(parts, text, e)
    if trig.actor_preps:
        actors += _after(parts, text, e, min(ce, e + 60), trig.actor_preps)
    actors += _between(parts, text, e, min(len(text), e + 60))
    with_side = with_list(parts, text, e, min(ce, e + 90)) if trig.symmetric else []
    targets += _after(parts, text, e, min(ce, e + 90), tuple(p for p in trig.preps if p != "between"))
    # "X told Y during a visit to Z": the two who talked met
    dm = DURING_RE.search(text, max(cs, s - 40), s) if trig.etype == "meeting" and not actors else None
    if dm:
        actors += [p for p in parts if cs <= p.start and p.end <= dm.start()]
    # "At the summit, X said": the main clause's subject took part
    if trig.etype == "meeting" and AT_MEETING_RE.search(text[max(0, s - 60):s]):
        comma = text.find(",", e)
        if comma != -1:
            nb = BOUNDARY_RE.search(text, comma + 1)
            actors += [p for p in parts if comma < p.start < min(nb.start() if nb else len(text), comma + 40)]
    return actors, targets, with_side


def _candidate(sv: SentenceView, ctx: ArticleContext, parts: list[Part], trig: Trigger,
               m: re.Match[str]) -> Cand:
    text = sv.text
    s, e = m.start(), m.end()
    cs, ce = clause_bounds(text, s, e)
    definite = trig.kind == "noun" and DEFINITE_RE.search(text[max(0, s - 80):s]) is not None
    with_side: list[Part] = []
    if trig.kind == "verb":
        actors, targets = _verb_args(parts, text, trig, s, e, cs, ce)
        if trig.symmetric:
            with_side = with_list(parts, text, e, min(ce, e + 90))
            actors += [p for p in parts if s <= p.start and p.end <= e]  # "hosted his Afghan counterpart"
    else:
        actors, targets, with_side = _noun_args(parts, text, trig, s, e, cs, ce)
    if trig.obj == "actor":
        actors, targets = actors + targets, []
    if trig.subject == "target":
        actors, targets = _by_agent(parts, text, e), actors
    if trig.subject == "place":  # "the crossing was closed by X": the agent, else the one state named
        by = _by_agent(parts, text, e)
        states = {p.eid for p in actors if p.eid.startswith("state:")}
        actors, targets = (by, []) if by else ([p for p in actors if p.eid in states] if len(states) == 1 else [], [])
    if trig.symmetric:
        actors, targets = actors + targets, []
    actors = uniq_parts(actors)
    cand = Cand(trig, s, e, actors, uniq_parts([t for t in targets if t.eid not in {a.eid for a in actors}]),
                definite, with_side=[p.eid for p in with_side])
    cand.location = _location(sv, ctx, trig, s, e)
    cand.parts_all = parts
    if trig.kind == "verb" and not cand.actors and trig.subject != "place":
        _implicit_subject(sv, ctx, cand, cs)
    if trig.subject == "place" and not cand.actors:
        _closed_place_state(sv, ctx, cand, cs)
    if trig.symmetric and trig.etype in ("agreement", "meeting"):
        # "signed at the White House", "talks at the Kremlin": the seat of a government hosts
        for p in parts:
            if p.why and e <= p.start <= e + 30 and AT_SEAT_RE.search(text, max(e, p.start - 10), p.start) and \
                    str(getattr(ctx.entity(text_entity(sv, p)), "attrs", {}).get("kind", "")) == "government body":
                cand.actors = uniq_parts(cand.actors + [q for q in parts if q.start == p.start])
    if trig.etype == "mobilization" and DEPLOY_RE.match(text[s:e]) and \
            any(ctx.etype(i) == "organization" and _is_bloc(ctx, i) for i in cand.ids):
        cand.trig = _retyped(trig, "military_aid")  # a bloc deploying troops comes to a member's aid
    if trig.etype == "attack" and RAID_RE.match(text[s:e]) and POLICE_SUBJ_RE.search(text, max(0, s - 60), s):
        cand.trig = _retyped(trig, "coercion")  # "police raided the office of X": a crackdown
    if trig.etype == "cooperation" and EMBASSY_RE.search(text, s, e) and cand.location and not cand.targets:
        host = ctx.entity(cand.location)
        if host is not None and host.country and f"state:{host.country}" not in cand.ids and \
                ctx.entity(f"state:{host.country}") is not None:
            cand.extra_targets.append(f"state:{host.country}")
            cand.inferences["targets"] = f"the host country of {host.name}"
    if not cand.actors and not cand.targets and not cand.extra_actors:
        ana = plural_anaphor(ctx, sv, s, min(ce, e + 40), pair=True) if trig.kind == "verb" or trig.symmetric else None
        if ana:
            cand.extra_actors, why = ana
            cand.inferences["actors"] = why
    if trig.etype == "meeting" and not any(ctx.etype(i) == "organization" for i in cand.ids) and \
            BLOC_ANAPHOR_RE.search(text, max(cs, s - 60), e + 20):
        org = recent_org(ctx, sv, s)
        if org:
            cand.extra_actors.append(org[0])
            cand.inferences["actors"] = org[1]
    if trig.etype == "meeting":
        _summit_host(sv, ctx, cand, cs)
    if trig.etype in OBJ_BLOC_TYPES and not any(ctx.etype(i) == "organization" for i in cand.ids):
        bm = BLOC_ANAPHOR_RE.search(text, e, min(len(text), e + 40))
        org = bloc_before(ctx, sv, s) if bm else None
        if org:
            cand.extra_targets.append(org[0])
            cand.inferences["targets"] = f"'{bm.group(0)}' = {org[1]}"  # type: ignore[union-attr]
    if trig.etype == "accession" and not any(ctx.etype(i) == "organization" for i in cand.ids):
        org = recent_org(ctx, sv, s)
        if org:
            cand.extra_actors.append(org[0])
            cand.inferences["targets"] = org[1]
    return cand


# "the crossing near X was closed", "the roads to the pass were sealed": a passage as the subject
PASSAGE_SUBJ_RE = re.compile(r"\b(?:crossings?|border(?:s| posts?)?|frontiers?|airspace|ports?|roads?|highways?|"
                             r"checkpoints?|pass(?:es)?|bridges?|railways?)\b(?:\s+[\w\-’',]+){0,5}?\s+$", re.I)


def closure_subject(text: str, cs: int, s: int) -> bool:
    """A passive "was closed" closes a passage only when a passage is its subject."""
    return PASSAGE_SUBJ_RE.search(text, cs, s) is not None


def _closed_place_state(sv: SentenceView, ctx: ArticleContext, cand: Cand, cs: int) -> None:
    """"the Torugart crossing was closed": no agent stated, the state the place lies in."""
    for m in reversed(places(sv, ctx)):
        a = sv.rel(m.start)
        if not cs <= a < cand.start:
            continue
        ent = ctx.entity(m.entity_id)
        if ent is not None and ent.country and ctx.entity(f"state:{ent.country}") is not None:
            cand.extra_actors.append(f"state:{ent.country}")
            cand.inferences["actors"] = f"the state {m.text} lies in (closure, no agent stated)"
            cand.location = cand.location or m.entity_id
            return


AT_SEAT_RE = re.compile(r"\bat\s+(?:the\s+)?$")
# "At Tashkent in May 2023, leaders discussed …": a meeting located by a fronted city
FRONT_AT_RE = re.compile(r"\s*At\s+$")
SUMMIT_RE = re.compile(r"summits?\b", re.I)
# "its Bishkek summit", "leaders discussed": the organisation's own gathering, its members unnamed
SUMMIT_ANAPHOR_RE = re.compile(r"\b(?:its|their)\s+(?:[\w\-]+\s+){0,2}$|\bleaders\s+$", re.I)


def _summit_host(sv: SentenceView, ctx: ArticleContext, cand: Cand, cs: int) -> None:
    """A summit or leaders' meeting located only by a city, no state taking part named: the
    organisation last named held it, and the city's country hosted it (recorded inferences)."""
    text = sv.text
    if cand.location is None:  # "At Tashkent …, leaders discussed": the fronted city
        for m in places(sv, ctx):
            a = sv.rel(m.start)
            if a < cand.start and FRONT_AT_RE.fullmatch(text, 0, a):
                cand.location = m.entity_id
                break
    if cand.location is None or any(ctx.etype(i) in ("state", "organization", "person") for i in cand.ids):
        return
    is_summit = cand.trig.kind == "noun" and SUMMIT_RE.fullmatch(text, cand.start, cand.end) is not None
    if not is_summit and not SUMMIT_ANAPHOR_RE.search(text, max(0, cand.start - 40), cand.start):
        return
    host = ctx.entity(cand.location)
    if host is None or ctx.etype(cand.location) != "place" or not host.country or \
            ctx.entity(f"state:{host.country}") is None:
        return
    org = recent_org(ctx, sv, cand.start) or bloc_before(ctx, sv, cand.start)
    if org is None or not _is_bloc(ctx, org[0]):
        return
    cand.extra_actors += [org[0], f"state:{host.country}"]
    cand.inferences["actors"] = f"{org[1]}; the host country of {host.name}"


def text_entity(sv: SentenceView, p: Part) -> str:
    """The entity of the mention at ``p`` (a proxy Part carries its state's id)."""
    return next((m.entity_id for m in sv.mentions if sv.rel(m.start) == p.start), p.eid)


def _retyped(trig: Trigger, etype: str) -> Trigger:
    from dataclasses import replace

    return replace(trig, etype=etype)


def _implicit_subject(sv: SentenceView, ctx: ArticleContext, cand: Cand, cs: int) -> None:
    """A verb whose subject names no party: "the bloc began deploying" (the organisation last
    named), "They started to withdraw" (the actors of the previous sentence's event)."""
    text = sv.text
    bm = BLOC_SUBJ_RE.search(text, cs, cand.start)
    if bm:
        org = bloc_before(ctx, sv, bm.start())
        if org:
            cand.extra_actors.append(org[0])
            cand.inferences["actors"] = f"'{bm.group(0).strip()}' = {org[1]}"
        return
    if sv.index == 0 or not PRON_SUBJ_RE.match(text[:cand.start]):
        _force_antecedent(sv, ctx, cand, cs)
        return
    st = article_state(ctx)
    prev = ctx.sentences[sv.index - 1]
    if not st.events or st.events[-1].fact.evidence[0].start != prev.start:
        _force_antecedent(sv, ctx, cand, cs)
        return
    r = st.events[-1]
    actors = list(r.fact.args.get("actors") or [])
    if not actors:
        _force_antecedent(sv, ctx, cand, cs)
        return
    cand.extra_actors += [a for a in actors if a not in cand.extra_actors]
    cand.inferences["actors"] = f"'{text.split()[0]}' = the actors of the previous sentence's {r.etype}"
    if cand.trig.etype == "retreat" and r.etype in ("military_aid", "mobilization", "attack"):
        cand.extra_targets += [t for t in r.fact.args.get("targets") or [] if t not in cand.extra_targets]
        cand.chained = True


FORCE_NOUNS = r"(?:troops|forces|peacekeepers|officers|guards|soldiers|personnel|contingents?|units|servicemen)"
THEY_SUBJ_RE = re.compile(r"(?:^|[;,:]\s+|\band\s+)[Tt]hey\s+(?:[a-z]+\s+){0,2}$")
FORCE_NP_RE = re.compile(r"\b(?:the\s+)?(?P<dem>[A-Z][\w\-]+)\s+(?:[a-z\-]+\s+){0,2}?" + FORCE_NOUNS + r"\b")


def _force_antecedent(sv: SentenceView, ctx: ArticleContext, cand: Cand, cs: int) -> bool:
    """"The Russian peacekeepers stood aside; they left the region", "… the Russian
    officers had served for decades. They left at the end of July": a retreat whose
    subject is "they" is done by the state of the armed force last named (this sentence
    before the pronoun, else the previous sentence)."""
    tm = THEY_SUBJ_RE.search(sv.text, max(0, cs - 2), cand.start) if cand.trig.etype == "retreat" else None
    if tm is None:
        return False
    views = [(sv, tm.start())] + ([(ctx.sentences[sv.index - 1], None)] if sv.index > 0 else [])
    for view, cut in views:
        text = view.text if cut is None else view.text[:cut]
        for fm in reversed(list(FORCE_NP_RE.finditer(text))):
            for m in view.mentions:
                if view.rel(m.start) != fm.start("dem"):
                    continue
                ent = ctx.entity(m.entity_id)  # "Russian officers", "Russian peacekeepers": not "Russia sent troops"
                sid = (m.entity_id if m.kind == "demonym" else None) if ctx.etype(m.entity_id) == "state" else \
                    f"state:{ent.country}" if ent is not None and ent.country else None
                if sid is None or ctx.entity(sid) is None:
                    continue
                cand.extra_actors.append(sid)
                cand.inferences["actors"] = f"'they' = the {fm.group(0).removeprefix('the ').strip()} named before"
                return True
    return False


def _domestic_actor(sv: SentenceView, ctx: ArticleContext, c: Cand) -> None:
    """Protests and crackdowns with no party named: the state they happen in — the country
    of a place named in the sentence, else (police, the authorities, demonstrators) the
    state the article is about, when it was named in the last three sentences."""
    if c.trig.etype not in ("protest", "coercion"):
        return
    for m in places(sv, ctx):
        ent = ctx.entity(m.entity_id)
        if ent is not None and ent.country and ctx.entity(f"state:{ent.country}") is not None:
            c.extra_actors.append(f"state:{ent.country}")
            c.inferences["actors"] = f"the country of {m.text}"
            c.location = c.location or m.entity_id
            return
    dm = DOMESTIC_RE.search(sv.text)
    if dm is None:
        return
    topic = _topic_state(ctx, sv)
    if topic:
        c.extra_actors.append(topic)
        c.inferences["actors"] = f"'{dm.group(0)}' of the state the article is about"


def _topic_state(ctx: ArticleContext, sv: SentenceView) -> str | None:
    """The state named most often so far in the article, if named in the last three sentences."""
    counts: dict[str, int] = {}
    recent: set[str] = set()
    for view in ctx.sentences[:sv.index + 1]:
        for m in view.mentions:
            if m.role != "place" and ctx.etype(m.entity_id) == "state":
                counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
                if view.index >= sv.index - 3:
                    recent.add(m.entity_id)
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return best if best in recent and list(counts.values()).count(counts[best]) == 1 else None


TITLE_AFTER_RE = re.compile(r"\s*(?:[’']s\s+)?(?:Secretary|Secretary-General|Chief|Chairman|Chair|President|"
                            r"Director|Commissioner|Ambassador|Envoy|Representative|spokes)", re.I)
BLOC_KINDS = ("intergovernmental", "alliance", "bloc", "economic bloc", "dialogue", "forum", "union",
              "supranational")



def _is_bloc(ctx: ArticleContext, eid: str) -> bool:
    e = ctx.entity(eid)
    return e is not None and str(e.attrs.get("kind", "")).lower() in BLOC_KINDS


def bloc_before(ctx: ArticleContext, sv: SentenceView, pos: int) -> tuple[str, str] | None:
    """The organisation last named before ``pos`` (this sentence, then up to three back)."""
    for i in range(sv.index, max(-1, sv.index - 12), -1):
        view = ctx.sentences[i]
        for m in reversed(view.mentions):
            if ctx.etype(m.entity_id) != "organization" or not _is_bloc(ctx, m.entity_id):
                continue
            if view is sv and view.rel(m.end) > pos:
                continue
            # "United Nations Secretary-General X": an affiliation, not what the text is about
            if TITLE_AFTER_RE.match(view.text, view.rel(m.end)):
                continue
            return m.entity_id, f"{m.text}, named before"
    return None




def recent_org(ctx: ArticleContext, sv: SentenceView, pos: int) -> tuple[str, str] | None:
    """The organisation "its"/"the bloc" refers to: the last one named before ``pos`` in this
    sentence, else the first (the subject) of the previous sentence."""
    here = [m for m in sv.mentions if ctx.etype(m.entity_id) == "organization" and sv.rel(m.end) <= pos]
    if here:
        return here[-1].entity_id, f"'{here[-1].text}' named earlier in the sentence"
    if sv.index == 0:
        return None
    prev = ctx.sentences[sv.index - 1]
    orgs = [m for m in prev.mentions if ctx.etype(m.entity_id) == "organization"]
    if orgs:
        return orgs[0].entity_id, f"'its' = {orgs[0].text}, the subject of the previous sentence"
    return None


def uniq_parts(ps: list[Part]) -> list[Part]:
    """Parts with repeated entities dropped, first occurrence kept."""
    seen: set[str] = set()
    out = []
    for p in ps:
        if p.eid not in seen:
            seen.add(p.eid)
            out.append(p)
    return out


NEXT_DAY_AFTER_RE = re.compile(r"\s+(?:[\w\-’']+\s+){0,6}?(?P<nd>the (?:following|next) day)\b(?![^,;]*\b(?:on|in) "
                               r"(?:January|February|March|April|May|June|July|August|September|October|November|December))")
POSTMOD_RE = re.compile(r"\s*(?:of|in|on)?\s")


def _own_date(sv: SentenceView, ctx: ArticleContext, c: Cand, starts: list[int],
              ends: list[tuple[int, int]] | None = None) -> tuple[str | None, str | None, str]:
    """The nearest date of the sentence, if no other trigger is nearer to it; a date that
    belongs to another trigger gives only its year to a "subsequent"/"retaliatory" event."""
    ends = ends or []
    om = OFFSET_AFTER_RE.match(sv.text[c.end:c.end + 50])
    if om:  # "called for restraint on May 7 and welcomed the truce three days later"
        got = _offset_from_before(sv, ctx, c, om.group(0))
        if got[0]:
            return got
    if ONGOING_RE.search(sv.text[max(0, c.start - 40):c.start]) or om:
        return None, None, "no own date"
    lt = LATER_THAT_RE.search(sv.text, c.end, min(len(sv.text), c.end + 50))
    if lt and not BOUNDARY_RE.search(sv.text, c.end, lt.start()):  # "talks opened in X later that month"
        got = _in_sentence_date(sv, ctx, c)
        if got[0]:
            return got
    nd = NEXT_DAY_AFTER_RE.match(sv.text, c.end)
    if nd and sv.index > 0:  # "put the treaty in abeyance the following day": the day after the last told
        base = article_state(ctx).last_dates.get(sv.index - 1) or _last_written_date(ctx, sv.index - 1)
        got = shift(base[0], 1, "day") if base and len(base[0]) == 10 else None
        if got:
            return got, nd.group("nd"), f"'{nd.group('nd')}' after {base[0]} ('{base[1]}')"  # type: ignore[index]
    best = None
    ref_year = int(ctx.ref_date[:4]) if ctx.ref_date else None
    for d in sv.dates:
        if d.kind in ("range", "decade") or (d.prep or "") in ("by", "until", "till", "before", "since"):
            continue
        a, b = sv.rel(d.start), sv.rel(d.end)
        # "After the fighting of September 2022, X cancelled … in October": the first date is
        # the other event noun's; it dates this event only when the sentence has no other
        penalty = 1000 if b <= c.start and any(x != c.start and 0 <= a - e2 <= 4 and
                                               POSTMOD_RE.match(sv.text, e2, a + 1) for x, e2 in ends) else 0
        if ref_year and d.year and d.year > ref_year + 1:
            continue
        lo, hi = (b, c.start) if b <= c.start else (c.end, a)
        if lo < hi and HARD_BOUNDARY_RE.search(sv.text, lo, min(len(sv.text), hi + 12)):
            continue
        if a >= c.end and REL_AFTER_RE.search(sv.text, lo, hi) and not ONSET_REL_RE.search(sv.text, lo, hi):
            continue  # "in Shusha, the town that Azerbaijan retook in 2020": the relative's own date
        sc = SINCE_CLAUSE_RE.match(sv.text)
        if sc and b <= sc.end() <= c.start:
            continue  # "Since X did A in 2023, Y has done B": the date of the since-clause only
        dist = _gap(a, b, c.start, c.end) + penalty
        if best is None or dist < best[0]:
            best = (dist, d, a, b)
    if best is None:
        return None, None, ""
    dist, d, a, b = best
    iso, basis = ctx.date_of(d)
    if iso is None:
        return None, None, ""
    sequel = SEQUEL_RE.search(sv.text[max(0, c.start - 40):c.start]) is not None and b <= c.start
    if sequel:
        return iso[:4], d.text, f"{basis}; year only: a later event than the one dated"
    # "the April 2025 Pahalgam attack": a date premodifying another event's noun is its own
    if any(x != c.start and b <= x and PREMOD_RE.fullmatch(sv.text[b:x]) for x in starts):
        return None, d.text, "foreign"
    return iso, d.text, basis


OFFSET_NUM_RE = re.compile(r"\b(?P<n>\w+)\s+(?P<unit>year|month|week|day)s?\s+(?P<dir>later|earlier|afterwards)\b", re.I)


def _offset_from_before(sv: SentenceView, ctx: ArticleContext, c: Cand,
                        phrase: str) -> tuple[str | None, str | None, str]:
    """"… on May 7 and welcomed the truce three days later": the sentence's last point date
    before the event, shifted by the offset written after it (same clause chain)."""
    m = OFFSET_NUM_RE.search(phrase)
    if m is None:
        return None, None, ""
    n = parse_number(m.group("n")) if m.group("n").lower() not in ("a", "an", "one") else 1
    before = [d for d in _point_dates(sv, ctx) if d[1] <= c.start]
    if not n or not before or HARD_BOUNDARY_RE.search(sv.text, before[-1][1], c.start):
        return None, None, ""
    base = before[-1]
    k = int(n) * (-1 if m.group("dir").lower() == "earlier" else 1)
    unit = m.group("unit").lower()
    got = shift(base[2], k, unit)
    if got is None:
        return None, None, ""
    got = got[:{"year": 4, "month": 7}.get(unit, 10)]  # "two years earlier": a year, not a day
    return got, m.group(0), f"'{m.group(0)}' after '{base[3]}' ({base[2]})"


def _gap(a: int, b: int, s: int, e: int) -> int:
    return s - b if b <= s else (a - e if a >= e else 0)


def _fallback_date(sv: SentenceView, ctx: ArticleContext,
                   c: Cand | None = None) -> tuple[str | None, str | None, str]:
    st = article_state(ctx)
    prev = st.dates.get(sv.index - 1)
    last = st.last_dates.get(sv.index - 1)
    lm = LATER_RE.match(sv.text)
    if lm:
        base = _later_base(ctx, sv, last)
        n = parse_number(lm.group("n"))
        shifted = shift(base[0], int(n), lm.group("unit").lower()) if base and n else None
        if shifted and base:
            return shifted, lm.group(0), f"'{lm.group(0)}' after {base[0]} ('{base[1]}', previous sentence)"
    cm = CONTINUATION_RE.match(sv.text)
    if cm:  # "In response": to the main event told; "Days later": after the last one told
        base = last if SUCCESSION_RE.match(cm.group(0)) else prev
        if base:
            return base[0], base[1], "carried over from the previous sentence"
    nd = NEXT_DAY_RE.search(sv.text) if not sv.dates else None
    if nd and last and len(last[0]) == 10:
        got = shift(last[0], 1, "day")
        if got:
            return got, nd.group(0), f"'{nd.group(0)}' after {last[0]} ('{last[1]}', previous sentence)"
    sm = SAME_RE.match(sv.text)
    if sm and sv.index > 0:  # "The same month Tehran hosted ...": the previous sentence's last date
        base = _last_written_date(ctx, sv.index - 1)
        n = {"year": 4, "month": 7, "day": 10}.get(sm.group("unit").lower(), 7)
        if base and len(base[0]) >= n:
            return base[0][:n], sm.group(0), f"'{sm.group(0)}' = {base[0][:n]} ('{base[1]}', previous sentence)"
    rm = RECENT_RE.search(sv.text)
    if rm and ctx.ref_date:
        return ctx.ref_date[:4], rm.group(0), f"'{rm.group(0)}': the publication year"
    if c is not None and c.definite:
        return None, None, ""  # "the war in X": a known state of affairs, not a new turn of the episode
    if c is not None:
        got = _in_sentence_date(sv, ctx, c)
        if got[0]:
            return got
        got = _told_before_date(sv, ctx, c, st)
        if got[0]:
            return got
    return _episode_date(sv, ctx, prev, c)


SUCCESSION_RE = re.compile(r"^(?:Hours|Days|Shortly|Later)\b")
OFFSET_WORD_RE = re.compile(r"\b(?:later|earlier|afterwards|before|previously|after|ago)\b", re.I)
OBLIGE_RE = re.compile(r"\b(?:obliged|obliges|obligated|obligates|required|requires|bound|binds)\s+(?:the\s+)?")
FOLLOWING_RE = re.compile(r"\b(?:the following|the next) (?P<unit>day|week|month|year)\b", re.I)
LATER_THAT_RE = re.compile(r"\b(?:later|earlier) that (?P<unit>day|week|month|year)\b", re.I)
# "by the next afternoon", "The following night": the day after the previous sentence's event
NEXT_DAY_RE = re.compile(r"\b(?:the following|the next) (?:day|morning|afternoon|evening|night)\b", re.I)
SAME_RE = re.compile(r"^(?:The|That|In the) same (?P<unit>day|week|month|year)\b")
FOLLOWED_RE = re.compile(r"\b(?:followed|ensued)\b")
FRONTED_BEFORE_RE = re.compile(r"^(?:(?:At|During|Around)\s+)?(?:(?:its|their|the|his|her|a|an)\s+)?$")
COORD_GAP_RE = re.compile(r",\s+and\b")
STRONG_GAP_RE = re.compile(r"[;—:]|\b(?:whereas|although|though|because|while|when|since|if|but)\b", re.I)


def _point_dates(sv: SentenceView, ctx: ArticleContext) -> list[tuple[int, int, str, str]]:
    """(start, end, iso, text) of the sentence's written point dates, relative offsets."""
    out = []
    for d in sv.dates:
        if d.kind in ("range", "decade") or (d.prep or "") in ("by", "until", "till", "before", "since"):
            continue
        iso, _basis = ctx.date_of(d)
        if iso and "/" not in iso:
            out.append((sv.rel(d.start), sv.rel(d.end), iso, d.text))
    return out


def _in_sentence_date(sv: SentenceView, ctx: ArticleContext, c: Cand) -> tuple[str | None, str | None, str]:
    """An event of a sentence whose dates belong to its other clauses:
    * between two dates of the same month ("passed it on May 14; X vetoed it, and ... on
      May 28"): that month;
    * a date fronted before the subject ("At their June 2024 summit, ..., and Y froze"):
      it frames the whole sentence (month precision);
    * the sentence's only date in a clause joined by ", and" to the event's, told in the
      simple past: the coordinated clauses share it (month precision)."""
    ds = _point_dates(sv, ctx)
    if not ds:
        return None, None, ""
    before = [d for d in ds if d[1] <= c.start]
    after = [d for d in ds if d[0] >= c.end]
    lt = LATER_THAT_RE.search(sv.text, before[-1][1]) if before else None
    if lt:  # "agreed on October 19, and talks opened in Istanbul later that month"
        n = {"year": 4, "month": 7}.get(lt.group("unit").lower(), 10)
        if len(before[-1][2]) >= n:
            return before[-1][2][:n], lt.group(0), f"'{lt.group(0)}' of '{before[-1][3]}'"
    fm = FOLLOWING_RE.search(sv.text, before[-1][1], c.start) if before else None
    if fm:  # "asked for help on January 5, and the following day the bloc began deploying"
        got = shift(before[-1][2], 1, fm.group("unit").lower())
        if got:
            return got, fm.group(0), f"'{fm.group(0)}' after '{before[-1][3]}'"
    if before and after:
        b, a = before[-1], after[0]
        for n in (7, 4):
            if len(b[2]) >= n and len(a[2]) >= n and b[2][:n] == a[2][:n]:
                return b[2][:n], None, f"between '{b[3]}' and '{a[3]}'"
    first = ds[0]
    if first[1] <= c.start and first[0] < 40 and FRONTED_BEFORE_RE.match(sv.text[:first[0]]):
        return first[2][:7], first[3], f"'{first[3]}' frames the whole sentence"
    if len(ds) == 1 and not NOT_NARRATIVE_RE.search(sv.text):
        d = ds[0]
        lo, hi = (d[1], c.start) if d[1] <= c.start else (c.end, d[0])
        gap = sv.text[lo:hi]
        if COORD_GAP_RE.search(gap) and not STRONG_GAP_RE.search(gap) and not OFFSET_WORD_RE.search(gap):
            return d[2][:7], d[3], f"'{d[3]}' dates the coordinated clause"
    return None, None, ""


def _told_before_date(sv: SentenceView, ctx: ArticleContext, c: Cand,
                      st: ArticleState) -> tuple[str | None, str | None, str]:
    """An undated sentence that goes on with the previous one's dated event:
    * "The war that began on August 7, 2008 lasted five days. Russian forces drove ...":
      an event of the same type as a dated one told without its parties just before;
    * "Weeks of demonstrations followed.": the previous sentence's written date."""
    if sv.dates or sv.index == 0:
        return None, None, ""
    before = ctx.sentences[sv.index - 1]
    if paragraph_start(ctx.text, sv.start, before.start) > before.start:
        return None, None, ""
    pl = st.partyless.get(sv.index - 1)
    if pl and pl[0] == c.trig.etype:
        return pl[1][:7], None, f"the {pl[0]} dated in the previous sentence ('{pl[2]}')"
    if FOLLOWED_RE.search(sv.text):
        base = _last_written_date(ctx, sv.index - 1)
        if base:
            return base[0][:7], None, f"followed the previous sentence's '{base[1]}'"
    return None, None, ""


def _later_base(ctx: ArticleContext, sv: SentenceView, last: tuple[str, str] | None) -> tuple[str, str] | None:
    """What "Two days later" counts from: the last event date of the previous sentence, or a
    more precise date written in it or the one before (same paragraph)."""
    cands = [last, _last_written_date(ctx, sv.index - 1)]
    if sv.index >= 2 and paragraph_start(ctx.text, sv.start, ctx.sentences[sv.index - 2].start) <= \
            ctx.sentences[sv.index - 2].start:
        cands.append(_last_written_date(ctx, sv.index - 2))
    got = [x for x in cands if x]
    if not got:
        return None
    return max(got, key=lambda x: len(x[0]))


def _last_written_date(ctx: ArticleContext, index: int) -> tuple[str, str] | None:
    """The last point date written in sentence ``index`` ("on July 12, 2019"), resolved."""
    if index < 0:
        return None
    for d in reversed(ctx.sentences[index].dates):
        if d.kind in ("range", "decade") or (d.prep or "") in ("by", "until", "till", "before", "since"):
            continue
        iso, _basis = ctx.date_of(d)
        if iso and "/" not in iso:
            return iso, d.text
    return None


def _episode_date(sv: SentenceView, ctx: ArticleContext, prev: tuple[str, str] | None,
                  c: Cand | None) -> tuple[str | None, str | None, str]:
    """A reaction told right after a dated incident ("… clashes killed dozens in May 2022.
    Each side blamed the other, and …") inherits the incident's date, at month precision
    at most: same paragraph, no date of its own, told in the simple past."""
    if prev is None or sv.dates or sv.index == 0 or NOT_NARRATIVE_RE.search(sv.text):
        return None, None, ""
    if c is None or c.trig.etype not in EPISODE_REACTIONS:
        return None, None, ""
    before = ctx.sentences[sv.index - 1]
    if paragraph_start(ctx.text, sv.start, before.start) > before.start:
        return None, None, ""
    told = ctx.scratch.setdefault("events.episode", set())
    # protests and crackdowns answer any dated turn of events, not only an incident
    unrest = c.trig.etype in ("protest", "coercion") and DOMESTIC_RE.search(sv.text) is not None
    if before.index not in told and not unrest and \
            not any(t.etype in EPISODE_INCIDENTS for t, _m in _find_triggers(before.text)):
        return None, None, ""
    told.add(sv.index)  # the episode goes on: the next reaction may inherit too
    return prev[0][:7], None, f"date of the previous sentence's event ('{prev[1]}'): the same episode"


def _compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _coref(st: ArticleState, etype: str, ids: set[str], date: str | None) -> EventRecord | None:
    for r in reversed(st.events):
        if r.etype != etype or not _compatible(r.date, date):
            continue
        if ids and r.parts & ids:
            return r
        if not ids and date and r.date and r.date.startswith(date[:7]):
            return r
        if not ids and not date and r is st.events[-1]:
            return r
    return None


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
            for k, val in c.inferences.items():
                v.inferences.setdefault(k, val)
            continue
        out.append(c)
    return out


def _merge(cands: list[Cand], text: str) -> list[Cand]:
    """Triggers of one type in a sentence are one event ("signed contracts", "a meeting ...
    discussed"), unless both name different participants far apart, or a clause boundary
    ("; ", ", and in January ...") separates them."""
    out: list[Cand] = []
    for c in cands:
        if c.trig.etype == "meeting" and c.trig.kind == "noun" and any(
                o.trig.etype == "meeting" and o.trig.kind == "verb" and AT_MEETING_RE.search(text, o.end, c.start)
                and not HARD_BOUNDARY_RE.search(text, o.end, c.start) for o in out):
            continue  # "X met Y at the BRICS summit": the summit is where they met, not another meeting
        tgt = None
        for o in out:
            if o.trig.etype != c.trig.etype:
                continue
            if HARD_BOUNDARY_RE.search(text, o.end, min(len(text), c.start + 12)):
                continue
            if o.ids and c.ids and not (o.ids & c.ids) and c.start - o.end > 25:
                continue
            if o.date[0] and c.date[0] and o.date[0] != c.date[0]:
                continue
            tgt = o
            break
        if tgt is None:
            out.append(c)
            continue
        tgt.actors = uniq_parts(tgt.actors + c.actors)
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


def extract_events(sv: SentenceView, ctx: ArticleContext) -> list[Fact]:
    trig_hits = _find_triggers(sv.text)
    if not trig_hits:
        return []
    parts = participants(sv, ctx)
    st = article_state(ctx)
    cands = [_candidate(sv, ctx, parts, t, m) for t, m in trig_hits
             if not WITHOUT_RE.search(sv.text, max(0, m.start() - 40), m.start())]
    cands = [c for c in cands if not _appositive(c, parts, sv.text)]
    cands = [c for c in cands if c.trig.subject != "place" or
             closure_subject(sv.text, clause_bounds(sv.text, c.start, c.end)[0], c.start)]
    cands = _absorb(cands)
    _shared_subject(cands, sv.text)
    starts = [c.start for c in cands if c.trig.kind == "noun"]  # "On June 13 X announced": no premodifier
    ends = [(c.start, c.end) for c in cands if c.trig.kind == "noun"]
    for c in cands:
        c.date = _own_date(sv, ctx, c, starts, ends)
    cands += [x for c in cands if c.trig.etype == "concession" for x in _imposed_before(sv, ctx, parts, c)]
    cands = _merge(cands, sv.text)
    anaphor_date: tuple[str, str, int, int] | None = None
    live: list[Cand] = []
    for c in cands:  # a definite mention of a recorded event: evidence for it
        if c.definite and c.trig.kind == "noun" and not c.ids and \
                any(o.trig.etype == c.trig.etype and o.start < c.start and _compatible(o.date[0], c.date[0])
                    for o in live):
            continue  # "police raided …; Baku blamed the violence of the arrests": told just before
        r = _coref(st, c.trig.etype, c.ids, c.date[0]) if c.definite else None
        if r is None:
            live.append(c)
            continue
        add_evidence(r.fact, sv)
        iso = c.date[0]
        if iso and r.date and len(iso) > len(r.date) and iso.startswith(r.date) and c.date[2] == "as written":
            # "… the offensive two years earlier. Azerbaijan's one-day operation began on
            # September 19, 2023": the fuller date told later dates the event
            r.date = iso
            r.fact.args["date"], r.fact.args["date_text"] = iso, c.date[1]
            r.fact.inferences.pop("date", None)
        if r.date and not anaphor_date:
            anaphor_date = (r.date, sv.text[c.start:c.end], c.start, c.end)
            _note_date(st, sv, r.date, sv.text[c.start:c.end])
    made: dict[int, list[Fact]] = {}
    for i, c in enumerate(live):  # statements last: "announced that X would …" is the event X
        if c.trig.etype != "statement":
            made[i] = _make(sv, ctx, c, st, anaphor_date)
    for i, c in enumerate(live):
        if c.trig.etype != "statement":
            continue
        if THAT_RE.match(sv.text, c.end) and any(made.get(j) and o.start > c.end for j, o in enumerate(live)):
            continue
        if any(made.get(j) and o.trig.kind == "noun" and 0 <= o.start - c.end <= 25 for j, o in enumerate(live)):
            continue  # "announced a ceasefire": the announcement is the event it names
        made[i] = _make(sv, ctx, c, st, anaphor_date)
    out = [f for i in sorted(made) for f in made[i]]
    return out


APPOSITIVE_RE = re.compile(r",\s+(?:an?|one)\s+(?:[\w\-]+\s+){0,2}$")


def _appositive(c: Cand, parts: list[Part], text: str) -> bool:
    """"BrahMos Aerospace, a joint venture with Russia's NPO": an indefinite noun phrase
    in apposition to a name describes what the named party is, not an event."""
    if c.trig.kind != "noun":
        return False
    m = APPOSITIVE_RE.search(text, max(0, c.start - 40), c.start)
    return m is not None and any(p.end == m.start() for p in parts)


def _shared_subject(cands: list[Cand], text: str) -> None:
    """"X lifted A and ended B": a verb coordinated with an earlier one shares its subject."""
    prev: Cand | None = None
    for c in cands:
        if c.trig.kind != "verb":
            continue
        if prev is not None and prev.actors and COORD_VP_RE.search(text[:c.start]) and \
                not HARD_BOUNDARY_RE.search(text, prev.end, c.start):
            c.actors = list(prev.actors)
            c.targets = [t for t in c.targets if t.eid not in {a.eid for a in c.actors}]
        prev = c


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


def _note_date(st: ArticleState, sv: SentenceView, iso: str, text: str) -> None:
    st.dates.setdefault(sv.index, (iso, text))
    st.last_dates[sv.index] = (iso, text)


def _split(c: Cand, sv: SentenceView) -> list[list[str]]:
    """Plural bilateral agreements with several partners: one event per pair."""
    ids = c.ids
    trig = sv.text[c.start:c.end]
    if c.trig.etype == "agreement" and PLURAL_NOUN_RE.search(trig) and len(ids) >= 3:
        side = [i for i in c.with_side if i in ids]
        other = [i for i in ids if i not in side]
        if len(other) == 1 and len(side) >= 2:
            return [[other[0], x] for x in side]
        if len(side) == 1 and len(other) >= 2:
            return [[x, side[0]] for x in other]
    return [[]]


def _make(sv: SentenceView, ctx: ArticleContext, c: Cand, st: ArticleState,
          anaphor_date: tuple[str, str, int, int] | None) -> list[Fact]:
    etype = c.trig.etype
    if etype == "attack" and not c.ids:  # "gunmen attacked a depot, killing three Turkish workers"
        _n, victims = _fatalities(sv.text, c.end, c.parts_all)
        if victims:
            c.extra_targets += [v for v in victims if v not in c.extra_targets]
    if etype == "meeting" and not c.ids and c.location:  # "a summit followed in Astana": the host
        host = ctx.entity(c.location)
        cap = str(host.attrs.get("capital_of") or "") if host is not None else ""
        if cap and ctx.entity(cap) is not None:
            c.extra_actors.append(cap)
            c.inferences["actors"] = f"the host: {host.name} is the capital"  # type: ignore[union-attr]
    if not c.ids and not (c.location and etype == "attack"):
        _domestic_actor(sv, ctx, c)
    # "border forces clashed near X": a fight between unnamed sides is no fact, even located
    if c.trig.symmetric and etype == "attack" and not (c.actors or c.extra_actors):
        return []
    if not c.ids and not (c.location and etype == "attack" and not c.trig.symmetric):
        if c.date[0] and c.trig.kind == "noun" and c.date[2] == "as written":
            if not c.definite:
                _note_date(st, sv, c.date[0], c.date[1] or "")  # an event told, its parties unnamed
            st.partyless.setdefault(sv.index, (etype, c.date[0], c.date[1] or ""))
        return []
    if etype == "meeting" and FRAMING_RE.search(sv.text[:c.start]):
        return []  # "At its Bucharest summit, NATO declared ...": the setting of what was declared
    has_target = bool(c.targets or c.extra_targets) or c.chained
    if (c.trig.needs == "target" and not has_target) or \
            (c.trig.needs == "actor" and not (c.actors or c.extra_actors)) or \
            (c.trig.needs == "both" and not (has_target and (c.actors or c.extra_actors))):
        return []
    iso, dtext, basis = c.date
    if anaphor_date and (_gap(anaphor_date[2], anaphor_date[3], c.start, c.end) > 60 or HARD_BOUNDARY_RE.search(
            sv.text, min(c.end, anaphor_date[3]), max(c.start, anaphor_date[2]))):
        anaphor_date = None  # "the meeting's communiqué" dates only an event close to it
    if iso is None and anaphor_date:
        iso, dtext, basis = anaphor_date[0], anaphor_date[1], f"the date of '{anaphor_date[1]}'"
    if iso is None:
        iso, dtext, basis = _exercise_name_date(sv, c)
    if iso is None:
        iso, dtext, basis = _fallback_date(sv, ctx, c)
    if iso is None and etype not in KEEP_UNDATED:
        return []
    out = []
    for date in [(iso, dtext, basis)] + _repeated_dates(sv, ctx, c, iso):
        for pair in _split(c, sv):
            f = _make_one(sv, ctx, c, st, date, set(pair))
            if f is not None:
                out.append(f)
    return out


# "Vostok-2018", "Rubezh 2021", "Peace Mission 2021": an exercise named with its year
EXERCISE_NAME_RE = re.compile(r"(?<![\w\-])(?P<name>(?:[A-Z][a-z]+[\s\-]){1,3}?(?P<y>(?:19|20)\d\d))(?![\w\-])")
EXERCISE_WORD_RE = re.compile(r"\b(?:exercises?|drills?|manoeuvres|maneuvers|war games|wargames)\b", re.I)


def _exercise_name_date(sv: SentenceView, c: Cand) -> tuple[str | None, str | None, str]:
    """An exercise event with no date in its clause: the year its name carries."""
    if c.trig.etype not in ("cooperation", "mobilization"):
        return None, None, ""
    cs, ce = clause_bounds(sv.text, c.start, c.end)
    if not EXERCISE_WORD_RE.search(sv.text, cs, ce):
        return None, None, ""
    for m in EXERCISE_NAME_RE.finditer(sv.text, cs, ce):
        if m.group("name").split()[0] in ("In", "On", "Since", "By", "During", "Until", "From"):
            continue
        return m.group("y"), m.group("name"), f"the year in the exercise name '{m.group('name')}'"
    return None, None, ""


AGAIN_GAP_RE = re.compile(r"\s*,?\s+and\s+(?:again|later|once more|then|also)?\s*(?:in|on)?\s*$")


def _repeated_dates(sv: SentenceView, ctx: ArticleContext, c: Cand,
                    iso: str | None) -> list[tuple[str | None, str | None, str]]:
    """"exercises held in May 2022 and again in June 2023": an event told as repeated on
    coordinated dates is one event per date (the first is ``iso``)."""
    if not iso or c.trig.etype not in ("cooperation", "mobilization", "meeting", "attack", "test"):
        return []
    ds = [d for d in _point_dates(sv, ctx) if d[0] >= c.start - 40]
    out: list[tuple[str | None, str | None, str]] = []
    for a, b in zip(ds, ds[1:], strict=False):
        if a[2] == iso or (out and out[-1][0] == a[2]):
            if b[2] != a[2] and len(b[2]) >= 4 and AGAIN_GAP_RE.match(sv.text[a[1]:b[0]]) and \
                    AGAIN_GAP_RE.match(sv.text[a[1]:b[0]]).end() == b[0] - a[1]:  # type: ignore[union-attr]
                written = re.search(r"\b\d{4}\b", b[3]) is not None
                out.append((b[2], b[3], "as written" if written else f"year of the coordinated date '{a[3]}'"))
    return out


def _make_one(sv: SentenceView, ctx: ArticleContext, c: Cand, st: ArticleState,
              date: tuple[str | None, str | None, str], only: set[str]) -> Fact | None:
    etype = c.trig.etype
    iso, dtext, basis = date
    actors = [p for p in c.actors if not only or p.eid in only]
    extra = [x for x in c.extra_actors if not only or x in only]
    targets = [p for p in c.targets if not only or p.eid in only]
    ids = {p.eid for p in actors + targets} | set(extra) | {x for x in c.extra_targets if not only or x in only}
    dup = _coref(st, etype, ids, iso) if c.definite else None
    if dup is None:
        dup = next((r for r in st.events if r.etype == etype and r.parts == frozenset(ids) and r.date == iso), None)
    if dup is not None:
        add_evidence(dup.fact, sv)
        if dup.date:
            _note_date(st, sv, dup.date, dtext or "")
        return None
    inferences = dict(c.inferences)
    summary = _lead_summary(st, etype, iso, sv) if sv.section != "lead" else None
    for p in actors + targets:
        if p.why:
            inferences.setdefault("actors" if p in actors else "targets", p.why)
    if basis and basis != "as written":
        inferences["date"] = basis
    actor_ids = [p.eid for p in actors]
    targ_ids = [p.eid for p in targets]
    fat = None
    if etype == "attack":
        fat, victims = _fatalities(sv.text, c.end, c.parts_all)
        targ_ids += [v for v in victims if v not in targ_ids and v not in actor_ids and (not only or v in only)]
        ids |= set(victims)
    for x in extra:
        if ctx.etype(x) == "organization" and etype == "accession":
            targ_ids.append(x)
        elif x not in actor_ids:
            actor_ids.append(x)
    targ_ids += [x for x in c.extra_targets if x not in targ_ids and (not only or x in only)]
    args = {
        "event_type": etype,
        "actors": actor_ids,
        "targets": targ_ids,
        "date": iso,
        "date_text": dtext,
        "location": c.location,
        "fatalities": fat,
        "plover": PLOVER.get(etype),
    }
    ignore = frozenset({"alleged", "claimed", "denied"}) if etype in ("accusation", "rejection") else frozenset()
    if REPORTED_INTENT_RE.search(sv.text, 0, c.start):
        ignore = ignore | {"hypothetical"}
    f = ctx.fact("event", sv, args, sv.abs(c.start), inferences=inferences, ignore_modality=ignore)
    if f.modality in DROP_MODALITIES:
        return None
    if summary is not None:  # the lead told this event in brief: one event, the body's detail
        old = summary.fact
        old.evidence.append(f.evidence[0])
        for k in ("actors", "targets"):
            merged = list(dict.fromkeys((old.args.get(k) or []) + (f.args.get(k) or [])))
            if merged:
                old.args[k] = merged
        for k in ("date", "date_text", "location"):
            if f.args.get(k):
                old.args[k] = f.args[k]
        old.inferences.update({k: v for k, v in f.inferences.items() if k not in old.inferences})
        summary.date = iso
        summary.parts = summary.parts | frozenset(ids)
        _note_date(st, sv, iso, dtext or "")  # type: ignore[arg-type]
        return None
    st.events.append(EventRecord(f, etype, frozenset(ids), iso))
    if iso:
        _note_date(st, sv, iso, dtext or "")
    return f


def _lead_summary(st: ArticleState, etype: str, iso: str | None, sv: SentenceView) -> EventRecord | None:
    """An event of the lead dated less precisely than one of the same type told in the body
    ("in December 2023" / "on December 14, 2023"): the lead summarised it."""
    if not iso:
        return None
    for r in st.events:
        if r.etype == etype and r.fact.section == "lead" and r.date and len(r.date) < len(iso) and \
                iso.startswith(r.date) and all(e.start < sv.start for e in r.fact.evidence):
            return r
    return None


def _fatalities(text: str, pos: int, parts: list[Part]) -> tuple[int | None, list[str]]:
    """Deaths after the trigger ("killing eight militants", "in which 20 Indian soldiers were
    killed") and the states of the dead when named ("Indian soldiers")."""
    m = FATAL_RE.search(text, pos, min(len(text), pos + 160)) or \
        KILLED_RE.search(text, pos, min(len(text), pos + 160))
    if not m:
        return None, []
    v = parse_number(m.group("n"))
    end = m.end()
    of = VICTIM_OF_RE.match(text, end)
    if of:  # "killed three employees of X, a Chinese-owned miner": X and its country
        end = of.end()
        ap = re.match(r",\s+an?\s+[^,;.]{0,50}", text[end:])
        end += ap.end() if ap else 0
    victims = [p.eid for p in parts if m.start("n") <= p.start < end and
               (p.eid.startswith("state:") or p.eid.split(":")[0] in ("company", "org"))]
    return (int(v) if v is not None else None), victims
