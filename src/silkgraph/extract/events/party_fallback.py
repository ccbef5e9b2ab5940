"""A discourse fallback for an event's missing party.

An event trigger found in a sentence that names no party ("On 4 March a trade accord was signed in
Ulaanbaatar", "a ceasefire was agreed the next day") was dropped, though the text around it says
whose event it is.  The party is taken, in order, from the event's location (the state it lies in),
the one state of the places named in the trigger's clause, the parties of the event told in the
same or the previous sentence, and the state the article is about.  Which sources are used for
which missing party is data (``resources/ontology/party_fallback.yaml``, with the precision each
class was measured at); the source is recorded in the fact's ``inferences``.

Only a plain missing party is filled: a candidate that an own-sentence sense check would drop (a party
named but set aside, a definite reference back, an undated bare noun, a modal, a counted plural) is
refused (``refused``), a speech act takes no party from a place, and the state the article is about is
not given to an active verb, whose subject (no party) is who acted.  Narrowed after the session-24 review:
an attack's target takes no place's or article's state (a state's own offensive is no attack on it) and
from the event before only an attack's targets; a meeting, agreement, support or retreat takes no party
from where it happened; a two-sided event (a symmetric ceasefire, clash, meeting) is not filled with one
state; a clause under a recommendation or forecast ("should", "expected to", "likeliest") or a trigger in
another sense ("meeting little resistance") is not filled.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.event_state import ArticleState
from silkgraph.extract.events.institution import home_state
from silkgraph.extract.events.participants import clause_bounds, places
from silkgraph.extract.events.state_pairs import _names
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/party_fallback.yaml")
# the measured classes; the fallback runs only when the resource enables it
CLASSES: dict[str, list[str]] = _DATA["classes"]
ORDER: dict[str, list[str]] = dict(CLASSES) if _DATA.get("enabled") else {}


# what is said has no place for a party: where someone speaks is no party to it, and a speech act
# needing an addressee with none named is a remark, not a threat or a demand ("warnings without a threat")
SPEECH_ACTS = frozenset(_DATA["speech_acts"])
MAX_TOLD = int(_DATA["max_told_parties"])
PLACE_SOURCES = frozenset({"loc", "place"})
MODAL_BEFORE_RE = re.compile(_DATA["modal_before"], re.I)
MODAL_AFTER_RE = re.compile(_DATA["modal_after"], re.I)
QUANTIFIED_RE = re.compile(_DATA["quantified_before"], re.I)
COUNTED_SUBJECT_RE = re.compile(_DATA["counted_subject"], re.I)
PASSIVE_BEFORE_RE = re.compile(_DATA["passive_before"], re.I)
NO_ATTACK_TARGET_SOURCES = frozenset(_DATA["no_target_sources_for_attack"])
NO_PLACE_TYPES = frozenset(_DATA["no_place_types"])
TWO_SIDED_TYPES = frozenset(_DATA["two_sided_types"])
MODAL_CLAUSE_RE = re.compile(_DATA["modal_clause"], re.I)
OTHER_SENSE_RE = re.compile(_DATA["other_sense"], re.I)


def refused(sv: SentenceView, c: Cand) -> bool:
    """A candidate dropped for its sense, not for a plain missing party, which the discourse may not fill:
    a party named in the sentence that the argument finder or a sense check set aside ("a state supplying
    the war", "agreeing with a view"); a definite noun (a reference back to an event told, for coreference);
    a bare noun with no date of its own (a notion: "disengagement is not de-escalation"); an act under a
    modal ("could attack", "would leave", "can be signed": a possibility); a counted plural
    ("several summits": a kind of event, not one), also as a verb's subject ("several summits … discussed");
    a sentence not asserting the act up to the end of its clause (a recommendation, forecast or condition:
    "both sides should revive the talks", "a bargain is the likeliest outcome: fewer strikes", "is expected
    to be signed"); a trigger word in another sense ("columns moved on, meeting little resistance")."""
    if MODAL_CLAUSE_RE.search(sv.text, 0, clause_bounds(sv.text, c.start, c.end)[1]) is not None or \
            OTHER_SENSE_RE.match(sv.text, c.start) is not None:
        return True
    if any(p.eid not in c.ids for p in c.parts_all):
        return True
    if c.trig.kind == "noun" and (c.definite or not c.date[0]):
        return True
    before = sv.text[max(0, c.start - 40):c.start]
    if c.trig.kind == "noun" and MODAL_AFTER_RE.match(sv.text, c.end) is not None:
        return True  # "a contract could be concluded"
    return MODAL_BEFORE_RE.search(before) is not None or QUANTIFIED_RE.search(before) is not None or \
        (c.trig.kind == "verb" and COUNTED_SUBJECT_RE.search(sv.text, 0, c.start) is not None)


def _active_verb(sv: SentenceView, c: Cand) -> bool:
    """A verb told in the active voice has a subject; one that is no party ("the two villages agreed")
    is not the article's state."""
    return c.trig.kind == "verb" and PASSIVE_BEFORE_RE.search(sv.text[max(0, c.start - 30):c.start]) is None


def _state_of(ctx: ArticleContext, eid: str) -> str | None:
    """A state itself, or the state a place lies in (when the knowledge base holds it)."""
    if ctx.etype(eid) == "state":
        return eid
    ent = ctx.entity(eid)
    if ent is None or not ent.country or ctx.entity(f"state:{ent.country}") is None:
        return None
    return f"state:{ent.country}"


def _told_parties(sv: SentenceView, ctx: ArticleContext, st: ArticleState,
                  attack_target: bool = False) -> tuple[str, list[str], str] | None:
    """The parties of the last event recorded in this sentence ("same") or the one before ("prev"); for an
    attack's target (``attack_target``), only the targets of an attack told (its attacker is not its own
    target)."""
    prev_start = ctx.sentences[sv.index - 1].start if sv.index > 0 else -1
    for r in reversed(st.events):
        if any(e.start in (sv.start, prev_start) for e in r.fact.evidence):
            if r.fact.inferences.get("actors") or r.fact.inferences.get("targets"):
                return None  # a party inferred once is not carried on: the errors would compound
            if attack_target and r.etype != "attack":
                return None  # "the EU demanded …. A bombing in X …": a demand's parties are not the attacked
            ids = list(dict.fromkeys(([] if attack_target else r.fact.args.get("actors") or []) +
                                     (r.fact.args.get("targets") or [])))
            if len(ids) > MAX_TOLD:
                return None  # "Russia, Iran and Turkey met …": three or more states are no one act's parties
            here = any(e.start == sv.start for e in r.fact.evidence)
            why = f"{_names(ctx, ids)}, the parties of the {r.etype} told {'alongside' if here else 'just before'}"
            return ("same" if here else "prev"), ids, why
    return None


def _source(name: str, sv: SentenceView, ctx: ArticleContext, c: Cand,
            st: ArticleState, role: str) -> tuple[list[str], str] | None:
    """The parties the source ``name`` gives the candidate, with the reason recorded."""
    if name == "loc":
        s = _state_of(ctx, c.location) if c.location else None
        ent = ctx.entity(c.location or "")
        return ([s], f"the state {ent.name} lies in, where it happened") if s and ent is not None else None
    if name == "place":
        cs, ce = clause_bounds(sv.text, c.start, c.end)
        found = {s: m.text for m in places(sv, ctx)
                 if cs <= sv.rel(m.start) < ce and (s := _state_of(ctx, m.entity_id))}
        if len(found) != 1:
            return None
        s, t = next(iter(found.items()))
        return [s], f"the state of {t}, the place named in its clause"
    if name in ("same", "prev"):
        told = _told_parties(sv, ctx, st, attack_target=c.trig.etype == "attack" and role == "targets")
        return (told[1], told[2]) if told is not None and told[0] == name and told[1] else None
    home = home_state(ctx, sv) if name == "home" and not _active_verb(sv, c) else None
    return ([home], "the state the article is about (no party named)") if home else None


def _one_sided(ctx: ArticleContext, c: Cand, have: set[str], new: list[str]) -> bool:
    """A two-sided event (a ceasefire, clash, meeting or talks: a symmetric trigger) the fill would leave
    with fewer than two states."""
    if not c.trig.symmetric or c.trig.etype not in TWO_SIDED_TYPES:
        return False
    return len({i for i in (*have, *new) if ctx.etype(i) == "state"}) < 2


# the inferences of a party guessed from the discourse or a place, not read off the sentence's words (this
# module's sources, domestic.py's state of a place or of the article, the attacked state of a location)
GUESSED_PARTY_RE = re.compile(r"the state the article is about|the state at home|\blies in\b|the place named in "
                              r"its clause|the place told just before|\bthe country of |, named in the sentence|"
                              r"the parties of the \w+ told (?:alongside|just before)")


def guessed_party(c: Cand) -> bool:
    """A candidate whose party is a guess ("'Protesters' of the state the article is about", "the state
    Vienna lies in"), not a word of its sentence or a pronoun's antecedent."""
    return any(GUESSED_PARTY_RE.search(c.inferences.get(r, "")) for r in ("actors", "targets"))


def fallback_party(sv: SentenceView, ctx: ArticleContext, c: Cand, st: ArticleState, drop: str, role: str) -> bool:
    """Give a candidate dropped for ``drop`` (a key of the resource) parties in ``role`` ("actors" or
    "targets") from the first source that has one it lacks; True when one was given."""
    have = c.ids
    if refused(sv, c) or (drop == "target" and c.trig.etype in SPEECH_ACTS):
        return False
    for item in ORDER.get(drop, []):
        name, _sep, stop = item.partition(":")
        if name in PLACE_SOURCES and (c.trig.etype in SPEECH_ACTS or c.trig.etype in NO_PLACE_TYPES):
            continue  # where it was said or held is no party to it
        if role == "targets" and c.trig.etype == "attack" and name in NO_ATTACK_TARGET_SOURCES:
            continue  # a state's own offensive on its soil is no attack on it
        got = _source(name, sv, ctx, c, st, role)
        new = [i for i in got[0] if i not in have] if got is not None else []
        if not new:
            continue
        if _one_sided(ctx, c, have, new):
            continue  # "a ceasefire took hold": one side of a two-sided event is no fact
        if stop:
            return False
        (c.extra_targets if role == "targets" else c.extra_actors).extend(new)
        c.inferences[role] = got[1]  # type: ignore[index]
        return True
    return False
