"""Named agreements dated by a postmodifier: "the Helmand River Treaty of 1973", "the Shusha Declaration
of June 2021", "the Treaty of Kars of 1921".

Analysts name an accord by its proper name and date it with "of <year>" after the name; the name
holds no trigger of its own (its words are a name) and the gazetteer may not know it, yet the year
tells when it was concluded.  Its parties are those named with it ("between X and Y"), else the
parties the gazetteer records for it, else the states named in the sentence's clause around it
(a recorded inference: an accord is told with the states it binds, "Azerbaijan's alliance with
Türkiye, sealed in the Shusha Declaration of June 2021").
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.named import NAMED_AGREEMENT, _recorded_parties
from silkgraph.extract.events.participants import Part, _between, clause_bounds
from silkgraph.extract.events.patterns import NEGATED_OBJECT_RE, UNDONE_OBJECT_RE

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_NOUNS = "Treaty|Declaration|Agreement|Accords?|Convention|Pact|Charter|Memorandum|Protocols?"
# "the Ganges Water Treaty of 1996", "the Treaty of Kars of 1921", "the Shusha Declaration of June 2021": a name
# (capitalised words around an agreement noun) and "of" a year; case-sensitive, the noun a literal prefix gate
NAME_OF_YEAR_RE = re.compile(
    r"(?<![\w\-])(?P<name>(?:[A-Z][\w\-’']+\s+){0,4}"
    rf"(?:{_NOUNS})(?:\s+(?:of|on)\s+[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+){{0,2}})?)"
    rf"\s+of\s+(?:(?P<m>{_MONTHS})\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*[–\-]\s*\d)")
NOUN_WORDS = ("Treaty", "Declaration", "Agreement", "Accord", "Convention", "Pact", "Charter", "Memorandum", "Protocol")
MONTH_NUM = {m: i + 1 for i, m in enumerate(_MONTHS.split("|"))}
# a name must hold a proper word of its own besides the noun ("the Treaty of 1921" names nothing)
PROPER_RE = re.compile(r"\b(?!(?:The|A|An|Treaty|Declaration|Agreement|Accords?|Convention|Pact|Charter|Memorandum|"
                       r"Protocols?)\b)[A-Z][\w\-’']+")
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
    if " of " not in text or not any(w in text for w in NOUN_WORDS):
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
        c = Cand(NAMED_AGREEMENT, a, b, _between(parts, text, b, min(len(text), b + 60)), [], True)
        y = m.group("y")
        iso = f"{y}-{MONTH_NUM[m.group('m')]:02d}" if m.group("m") else y
        c.date = (iso, text[m.start("m") if m.group("m") else m.start("y"):m.end("y")], "as written")
        c.parts_all = parts
        if not c.actors:
            _parties(sv, ctx, parts, c, name)
        if c.actors or c.extra_actors:
            out.append(c)
    return out


def _parties(sv: SentenceView, ctx: ArticleContext, parts: list[Part], c: Cand, name: str) -> None:
    """The accord's parties when none is named with it: the gazetteer's, else the clause's states."""
    for x in sv.mentions:
        if c.start <= sv.rel(x.start) and sv.rel(x.end) <= c.end:
            got = _recorded_parties(ctx, x.entity_id)
            if len(got) >= 2:
                c.extra_actors = got
                c.inferences["actors"] = f"the parties the gazetteer records for the {name}"
                return
    cs, ce = clause_bounds(sv.text, c.start, c.end)
    states: list[str] = []
    for p in parts:
        inside = c.start <= p.start < c.end
        if cs <= p.start < ce and not inside and p.eid.startswith("state:") and p.eid not in states:
            states.append(p.eid)
    if 1 <= len(states) <= MAX_STATES:
        c.extra_actors = states
        c.inferences["actors"] = f"the states told with the {name}"
