"""Participants of a sentence and the attachment of arguments around a trigger."""

from __future__ import annotations

import re
from dataclasses import dataclass

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.patterns import BOUNDARY_RE
from silkgraph.model import Mention
from silkgraph.nlp.bounded_scan import BoundedScan

ACTOR_TYPES = ("state", "organization", "armed_group", "company")
PROXY_KINDS = ("military", "government agency", "government", "ministry", "security service",
               "intelligence agency", "government body", "intelligence", "paramilitary", "legislature")
# a demonym glued to these is the origin of a thing, not a participant ("French-made")
ORIGIN_RE = re.compile(r"^[-‑](?:made|manufactured|built|designed|origin|supplied|produced|developed|based)\b")
# ("the seizure of the police headquarters by X", "the capture of | the regional police headquarters by X": an object
# of up to four words, after "of" or the trigger's own "of", before the agent)
BY_AGENT_RE = re.compile(r"^\s*(?:(?:of\s+|(?=(?:the|an?|its|their)\s))(?:(?!(?:was|were|is|are|had|has|and|but|that|which|who)\b)[\w\-’']+\s+){1,4}?|"
                         r"(?:[\w\-]+\s+){0,2})(?:by|brokered by|facilitated by|mediated by)\s+", re.I)
CHAIN_SEP_RE = re.compile(r"\s*(?:[-–—/]|,|and|,\s*and)\s*")
# ("the Armenian prime minister's visit": a demonym and an office holder's possessive before the event noun)
CHAIN_GAP_RE = re.compile(r"(?:[’']s)?\s*(?:[-–]\s*)?(?:[\w\-]+\s+){0,3}|[-–]\w+\s+(?:[\w\-]+\s+){0,2}|"
                          r"\s+(?:(?:foreign|defen[cs]e|prime|deputy|vice|former|new|then|interim|acting)\s+)*(?:president|"
                          r"minister|premier|leader|envoy|king|emir|chancellor|army chief|delegation|ambassador)[’']s\s+"
                          r"(?:[\w\-]+\s+){0,2}")
CHAIN_STOP_RE = re.compile(r"\b(?:of|in|on|to|with|by|for|from|at|against|and|the|a|an|is|was|has|"
                           r"have|had|are|were)\b", re.I)
LOWER_WORD_RE = re.compile(r"[a-z]+")
LIST_SEP_RE = re.compile(r"\s*(?:,|and|,\s*and|&|as well as)\s*(?:the\s+)?")
BETWEEN_RE = re.compile(r"\b(?:between|among)\s+", re.I)


@dataclass
class Part:
    """A participant mention: an entity id at a position in the sentence (relative)."""

    eid: str
    start: int
    end: int
    why: str | None = None  # an inference, when the entity is not the mention's own
    kind: str = "name"  # the mention's kind: name, acronym, capital, demonym, …


def participants(sv: SentenceView, ctx: ArticleContext) -> list[Part]:
    """Actor-capable mentions of a sentence (relative offsets), proxies resolved; worked
    out once per sentence (events, memberships and relations all ask for them) and handed
    out as a fresh list of the same, never-mutated parts."""
    if sv.parts is None:
        sv.parts = tuple(_participants(sv, ctx))
    return list(sv.parts)


def _participants(sv: SentenceView, ctx: ArticleContext) -> list[Part]:
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
                       r"Defen[cs]e Minister|Minister|Supreme Leader|Secretary of (?:State|Defen[cs]e)|Security Council|"
                       r"[Ss]pokes(?:man|woman|person)|Ambassador|Chief of (?:the )?(?:[A-Z]\w+ )?Staff|Army Staff)\b")


# the heads of a state's security services and its security adviser act for it too
SECURITY_OFFICE_RE = re.compile(r"\bNational Security Advis[eo]r\b|\b(?:Chairman|Chair|[Hh]ead|Director(?:[- ]General)?|"
                                r"[Cc]hief|Commander)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?(?:National Security|GKNB|"
                                r"Security Service|Intelligence|Border (?:Service|Guards?)|General Staff|Armed Forces|Army|"
                                r"Navy|Air Force)\b")
# an office of an international body: its holder does not act for the state of his nationality
INTL_OFFICE_RE = re.compile(r"\b(?:European (?:Commission|Council|Union|Parliament)|United Nations|UN|NATO|EU|OSCE|SCO|CSTO|"
                            r"ASEAN|IMF|World Bank|Secretary[- ]General|Commissioner)\b")


def _office_state(ctx: ArticleContext, person: Mention) -> tuple[str, str] | None:
    """A head of state, government or minister stands for the state the office names."""
    ent = ctx.entity(person.entity_id)
    if ent is None or not ent.country:
        return None
    role = str(ent.attrs.get("role", ""))
    if not (OFFICE_RE.search(role) or SECURITY_OFFICE_RE.search(role)) or INTL_OFFICE_RE.search(role) or \
            ctx.entity(f"state:{ent.country}") is None:
        return None  # ("President of the European Commission": an office of a bloc, not of the holder's state)
    return f"state:{ent.country}", f"'{person.text}' = {ent.name}, {role}"


def places(sv: SentenceView, ctx: ArticleContext) -> list[Mention]:
    return [m for m in sv.mentions if m.role == "place" or ctx.etype(m.entity_id) == "place"]


def place_state(ctx: ArticleContext, eid: str) -> str | None:
    """The state the place ``eid`` lies in ("state:<its country>"), when the gazetteer gives the
    place a country and the knowledge base holds that state; else None."""
    ent = ctx.entity(eid)
    if ent is None or not ent.country or ctx.entity(f"state:{ent.country}") is None:
        return None
    return f"state:{ent.country}"


# BOUNDARY_RE's matches in the last sentence, found once (an attempt reads at most the longest
# word and one character after it: "although" and 1 < 12)
_BOUNDARIES = BoundedScan(BOUNDARY_RE, 12)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: (start, end) offsets (the end of the last
    ``BOUNDARY_RE`` match of ``finditer(text, 0, start)``, the start of ``search(text, end)``)."""
    return _BOUNDARIES.last_end_before(text, start), _BOUNDARIES.first_start_from(text, end, len(text))


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
        if out and LIST_SEP_RE.fullmatch(text[out[-1].end:p.start].lower()):
            if p.eid.split(":")[0] != out[0].eid.split(":")[0]:
                break  # "Armenia and the CSTO declined": a new subject, not the list
            out.append(p)
            continue
        if out:
            break
        if "," in gap:
            break  # "war in 2020, Islamabad ...": a comma ends the phrase
        words = LOWER_WORD_RE.findall(gap)
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


def between_parties(parts: list[Part], text: str, pos: int, limit: int) -> list[Part]:
    """The parties listed after "between" or "among" when it opens within 40 characters of ``pos``
    (before ``limit``): "talks between Armenia and Azerbaijan", "the treaty of 1921 between X and Y"."""
    m = BETWEEN_RE.search(text, pos, limit)
    if not m or m.start() - pos > 40:
        return []
    return _after(parts, text, m.end(), m.end() + 60, ("",))


# "were signed in Zurich on 10 October 2009 by X": the agent after the passive's place and time adjuncts
ADJUNCT_BY_RE = re.compile(r"^\s*(?:(?:in|at|on|near|outside)\s+(?:the\s+)?(?:(?!(?:was|were|is|are|be|been|had|has|have|"
                           r"and|but|that|which|who)\b)[\w\-’'.]+,?\s+){1,4}?){1,3}by\s+(?!(?:the\s+)?(?:way|end|time|"
                           r"beginning|start|middle|close|then|now|\d))")


# "sanctions imposed on Belarus by Lithuania", "strikes launched against the camps on Monday by X": an act's
# participle, its object phrase and then its agent; told as a full passive too ("new sanctions were imposed on Iran
# by X", "an accord on gas supplies was reached by X and Y": the noun's topic, the auxiliary, the participle)
_NP_WORD = r"(?:(?!(?:was|were|is|are|be|been|had|has|have|and|but|that|which|who)\b)[\w\-’'.]+,?\s+)"
PARTICIPLE_BY_RE = re.compile(r"^\s*(?:(?:on|over|for|with)\s+" + _NP_WORD + r"{1,4}?(?=(?:was|were|has|have|had)\s))?"
                              r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?=\w+\s+by\s|"
                              r"(?:imposed|levied|launched|carried out|conducted|mounted)\s+(?:on|against|upon)\s))?"
                              r"(?:(?:imposed|announced|adopted|introduced|levied|carried out|conducted|launched|"
                              r"mounted|ordered)\s+(?:on|against|upon)\s+" + _NP_WORD + r"{1,5}?|(?<=[a-z] )(?:reached|"
                              r"signed|concluded|struck|brokered|agreed|imposed|announced|adopted|launched)\s+)"
                              r"by\s+(?!(?:the\s+)?(?:way|end|time|beginning|start|middle|close|then|now|\d))")


def _by_agent(parts: list[Part], text: str, end: int) -> list[Part]:
    m = BY_AGENT_RE.match(text[end:end + 60]) or ADJUNCT_BY_RE.match(text[end:end + 90]) or \
        PARTICIPLE_BY_RE.match(text[end:end + 90])
    if not m:
        return []
    s = end + m.end()
    # "strikes conducted by X inside Y": the agent is the noun phrase after "by", not a later place
    got = _after(parts, text, s, s + 45, ("",))
    return got if got else [p for p in parts if s <= p.start <= s + 45][:3]


def text_entity(sv: SentenceView, p: Part) -> str:
    """The entity of the mention at ``p`` (a proxy Part carries its state's id)."""
    return next((m.entity_id for m in sv.mentions if sv.rel(m.start) == p.start), p.eid)


def uniq_parts(ps: list[Part]) -> list[Part]:
    """Parts with repeated entities dropped, first occurrence kept."""
    seen: set[str] = set()
    out = []
    for p in ps:
        if p.eid not in seen:
            seen.add(p.eid)
            out.append(p)
    return out
