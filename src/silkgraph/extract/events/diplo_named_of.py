"""Named agreements dated by a postmodifier: "the Helmand River Treaty of 1973", "the Shusha Declaration
of June 2021", "the Treaty of Kars of 1921".

Analysts name an accord by its proper name and date it with "of <year>" after the name; the name
holds no trigger of its own (its words are a name) and the gazetteer may not know it, yet the year
tells when it was concluded.  Its parties are those named with it ("between X and Y"), else the
parties the gazetteer records for it, else states the clause ties to the name by its structure (a
recorded inference): the subject of a verb of concluding it ("X and Y signed the ... of 1996"), its
agent ("..., signed by X and Y"), or a possessor's accord with a partner told with it ("Azerbaijan's
alliance with Türkiye, sealed in the Shusha Declaration of June 2021").  Other states of the sentence
are no parties ("Critics of the ... Treaty of 1968 say X and Y ignore it"; the speaker of "X said").
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.named import AGREEMENT_NAME_WORDS, NAMED_AGREEMENT, recorded_parties
from silkgraph.extract.events.participants import Part, between_parties, clause_bounds, uniq_parts
from silkgraph.extract.events.patterns import NEGATED_OBJECT_RE, UNDONE_OBJECT_RE
from silkgraph.extract.grammar import LIST_GAP_RE
from silkgraph.nlp.dates import MONTH_NAME_RE, MONTHS

_NOUNS = "Treaty|Declaration|Agreement|Accords?|Convention|Pact|Charter|Memorandum|Protocols?"
# "the Ganges Water Treaty of 1996", "the Treaty of Kars of 1921", "the Shusha Declaration of June 2021": a name
# (capitalised words around an agreement noun) and "of" a year; case-sensitive, the noun a literal prefix gate
NAME_OF_YEAR_RE = re.compile(
    r"(?<![\w\-])(?P<name>(?:[A-Z][\w\-’']+\s+){0,4}"
    rf"(?:{_NOUNS})(?:\s+(?:of|on)\s+[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+){{0,2}})?)"
    rf"\s+of\s+(?:(?P<m>{MONTH_NAME_RE})\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*[–\-]\s*\d)")
# a name must hold a proper word of its own besides the noun ("the Treaty of 1921" names nothing)
PROPER_RE = re.compile(rf"\b(?!(?:The|A|An|{_NOUNS})\b)[A-Z][\w\-’']+")
# an organisation's name right after ("the Treaty of 1992 Organization" never; "Treaty Organization" is a body)
BODY_AFTER_RE = re.compile(r"\s+(?:Organi[sz]ation|Council|Secretariat|Commission)\b")
MAX_STATES = 3
# "never ratified the X Protocol of 2014", "did not sign the X Treaty of 1999": a verb on it negated
NEG_BEFORE_RE = re.compile(r"\b(?:not|never|n[’']t|no longer|without|refused to|declined to)(?:\s+[\w\-]+){1,2}\s+"
                           r"(?:the\s+|an?\s+|its\s+|their\s+)?$", re.I)
# "held the Indus Waters Treaty of 1960 in abeyance", "the Treaty of 1921 was suspended": an accord acted on now
# (the act is the event, not the accord's conclusion)
ACTED_ON_RE = re.compile(r"^\s*(?:in\s+abeyance\b|,?\s*(?:which\s+)?(?:was|were|has been|had been|is|are)\s+(?:\w+ly\s+)?"
                         r"(?:suspended|cancelled|canceled|abrogated|revoked|annulled|violated|breached|renounced|"
                         r"terminated|scrapped|put in abeyance|held in abeyance)\b)")


def agreements_of_year(sv: SentenceView, ctx: ArticleContext, parts: list[Part]) -> list[Cand]:
    """An agreement event for each named accord dated "of <year>" after its name."""
    text = sv.text
    if " of " not in text or not any(w in text for w in AGREEMENT_NAME_WORDS):
        return []
    out: list[Cand] = []
    for m in NAME_OF_YEAR_RE.finditer(text):
        name = m.group("name")
        if not PROPER_RE.search(name) or BODY_AFTER_RE.match(text, m.end("name")):
            continue
        a, b = m.start("name"), m.end()
        lo = max(0, a - 70)
        if UNDONE_OBJECT_RE.search(text, lo, a) or NEGATED_OBJECT_RE.search(text, lo, a) or \
                NEG_BEFORE_RE.search(text, lo, a) or \
                ACTED_ON_RE.match(text[b:b + 60]):
            continue  # "suspended the X Treaty of 1960", "held the X Treaty of 1960 in abeyance"
        c = Cand(NAMED_AGREEMENT, a, b, between_parties(parts, text, b, min(len(text), b + 60)), [], True)
        y = m.group("y")
        iso = f"{y}-{MONTHS[m.group('m').lower().rstrip('.')]:02d}" if m.group("m") else y
        c.date = (iso, text[m.start("m") if m.group("m") else m.start("y"):m.end("y")], "as written")
        c.parts_all = parts
        if not c.actors:
            _parties(sv, ctx, parts, c, name)
        if c.actors or c.extra_actors:
            out.append(c)
    return out


# a verb of concluding right before the name, its subject before it ("X and Y signed the", "had concluded a")
CONCLUDE_BEFORE_RE = re.compile(r"\b(?:signed|concluded|sealed|inked|ratified|negotiated|struck|forged|"
                                r"initial(?:l)?ed|agreed on|agreed to)\s+(?:(?:the|an?|their|its)\s+)?$")
# the subject's parties right before that verb ("X and Y signed", "X and Y had jointly signed")
SUBJECT_GAP_RE = re.compile(r"\s+(?:(?:have|has|had|jointly|formally|finally|also|later|then)\s+){0,2}")
# the agent after the name ("the X Treaty of 1996, signed by X and Y")
AGENT_AFTER_RE = re.compile(r",?\s*(?:which\s+(?:was|were)\s+)?(?:signed|concluded|sealed|negotiated|"
                            r"ratified|agreed)\s+by\s+(?:the\s+)?")
# "X's alliance with Y, sealed in the ...": a possessor's accord with a partner, told with the name
POSS_WITH_RE = re.compile(r"[’']s\s+(?:[\w\-]+\s+){0,2}?(?:alliance|treaty|accord|pact|agreement|partnership|"
                          r"deal|settlement|border deal|peace deal|friendship)\s+with\s+(?:the\s+)?")
MAX_POSS_GAP = 90  # how far before the name "X's alliance with Y" may end


def _parties(sv: SentenceView, ctx: ArticleContext, parts: list[Part], c: Cand, name: str) -> None:
    """The accord's parties when none is named with it: the gazetteer's, else states the clause ties
    to the name (:func:`_tied_states`)."""
    for x in sv.mentions:
        if c.start <= sv.rel(x.start) and sv.rel(x.end) <= c.end:
            got = recorded_parties(ctx, x.entity_id)
            if len(got) >= 2:
                c.extra_actors = got
                c.inferences["actors"] = f"the parties the gazetteer records for the {name}"
                return
    states, how = _tied_states(sv.text, parts, c)
    if 1 <= len(states) <= MAX_STATES:
        c.extra_actors = states
        c.inferences["actors"] = f"the parties of the {name.removeprefix('The ')}: {how}"


def _tied_states(text: str, parts: list[Part], c: Cand) -> tuple[list[str], str]:
    """States the clause ties to the accord named at ``c``: the subject of a verb of concluding it,
    the agent after it, or a possessor and partner ("X's alliance with Y") before it in its clause;
    ([], "") when none is."""
    states = [p for p in parts if p.eid.startswith("state:") and not c.start <= p.start < c.end]
    vm = CONCLUDE_BEFORE_RE.search(text, max(0, c.start - 30), c.start)
    if vm is not None:
        got = _list_before(states, text, vm.start())
        if got:
            return got, "the subject of the verb concluding it"
    am = AGENT_AFTER_RE.match(text, c.end)
    if am is not None:
        got = _list_after(states, text, am.end())
        if got:
            return _ids(got), "the agent after it ('signed by')"
    cs, _ce = clause_bounds(text, c.start, c.end)
    for p in states:
        if not cs <= p.start or p.end > c.start or c.start - p.end > MAX_POSS_GAP:
            continue
        pm = POSS_WITH_RE.match(text, p.end)
        partner = _list_after(states, text, pm.end()) if pm is not None else []
        if partner and partner[-1].end <= c.start:
            return _ids([p] + partner), "a possessor's accord with a partner, told with it"
    return [], ""


def _list_before(states: list[Part], text: str, pos: int) -> list[str]:
    """The states listed right before ``pos`` ("X and Y" + optional auxiliaries/adverbs)."""
    out: list[Part] = []
    cur = pos
    for p in sorted(states, key=lambda p: -p.end):
        if p.end > cur:
            continue
        gap_re = LIST_GAP_RE if out else SUBJECT_GAP_RE
        if not gap_re.fullmatch(text, p.end, cur):
            break
        out.append(p)
        cur = p.start
    return _ids(out[::-1])


def _list_after(states: list[Part], text: str, pos: int) -> list[Part]:
    """The states listed right after ``pos`` ("X and Y")."""
    out: list[Part] = []
    cur = pos
    for p in sorted(states, key=lambda p: p.start):
        if p.start < cur:
            continue
        if p.start != cur and not (out and LIST_GAP_RE.fullmatch(text, cur, p.start)):
            break
        out.append(p)
        cur = p.end
    return out


def _ids(ps: list[Part]) -> list[str]:
    """The entity ids of ``ps``, each once, in order."""
    return [p.eid for p in uniq_parts(ps)]
