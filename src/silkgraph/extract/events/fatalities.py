"""The deaths an attack tells after its trigger ("killing eight militants", "in which 20 Indian
soldiers were killed", "gunmen killed 26 tourists") and the states or companies of the dead
when named.  Reads the sentence after the trigger only; split from ``records`` to keep it small."""

from __future__ import annotations

import re

from silkgraph.extract.events.participants import Part
from silkgraph.nlp.numbers import parse_number
from silkgraph.nlp.prefilter import Gate

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
_FATAL_GATE, _KILLED_GATE = Gate(FATAL_RE), Gate(KILLED_RE)
# "three employees of Shohin SM, a Chinese-owned miner": the victims' employer or origin
VICTIM_OF_RE = re.compile(r"\s+of\s+[^;.]{0,90}?(?=[;.]|,\s+(?!an?\s)|\s+(?:in|on|at|near|and)\s|$)")


KILL_VERB_RE = re.compile(r"(?:killed|shot dead|shot and killed|murdered|massacred|executed|beheaded)$")


def _fatalities(text: str, pos: int, parts: list[Part]) -> tuple[int | None, list[str]]:
    """Deaths after the trigger ("killing eight militants", "in which 20 Indian soldiers were
    killed") and the states of the dead when named ("Indian soldiers"); a killing verb as the
    trigger counts its own object ("gunmen killed 26 tourists")."""
    kv = KILL_VERB_RE.search(text, max(0, pos - 20), pos)
    if kv is not None and kv.end() == pos:
        pos = kv.start()
    m = _FATAL_GATE.search_in(text, pos, min(len(text), pos + 160)) or \
        _KILLED_GATE.search_in(text, pos, min(len(text), pos + 160))  # as FATAL_RE / KILLED_RE.search
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
