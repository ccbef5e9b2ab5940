"""Counts of people told with a general noun ("people", "persons", "inhabitants", "refugees",
"residents" …) or a plural
demonym ("Afghans", "Armenians"): "more than 100,000 people fled", "deported 800,000 undocumented
Afghans", "militants killed more than 1,600 people in 2024".  Such a count is a statistic when it is
large (a population-scale figure, not the participants of one incident) and its clause counts, moves,
houses or employs ("work in Russia") or harms the people, or tells a toll over a whole period rather than one attack's dead."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.cue_regexes import Cues
from silkgraph.extract.statistics.patterns import Stat

# the noun right after the number (at most two lower-case modifiers between): a general people
# noun, or a capitalised plural that must be a state's demonym mention ("undocumented Afghans")
_PEOPLE_WORDS: tuple[str, ...] = tuple(P.DATA["counted_people_nouns"])
# (a demonym whose plural is its own form, "136,000 Kyrgyz fled", "12 Chinese were hurt", is a noun only
# before the people's verb: ``invariant_people_verbs``)
PEOPLE_AFTER_RE = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}?(?:(?P<gen>"
                             + "|".join(w.replace(" ", r"\s+") for w in _PEOPLE_WORDS) + r")\b"
                             r"|(?P<dem>[A-Z][a-z]{2,}s|[A-Z][a-z]{2,}(?=\s+(?:(?:had|have|has|were|are)\s+)?"
                             + P.DATA["invariant_people_verbs"] + r"\b))\b)")
# the gate's words: the first word of each noun ("asylum" of "asylum seekers")
_GATE_WORDS = tuple(dict.fromkeys(w.split()[0] for w in _PEOPLE_WORDS))
MIN_PEOPLE = 1000  # fewer are the people of one incident (an event's participants), not a measure
# moving people: "fled", "crossed into", "returned", "carrying 585 …"
MOVE_RE = re.compile(r"\b(?:fled|flee|fleeing|crossed|crossing|returned|returning|carrying|carried|"
                     r"resettled|relocated|left|emigrated|arrived|entered)\b", re.I)
# a toll over a whole period, not one attack's dead: "killed 1,600 people in 2024", "… since 2021",
# "over the past decade", "last year"
PERIOD_TOLL_RE = re.compile(r"[^,;.]{0,40}?\b(?:(?:in|during|throughout)\s+(?:(?:18|19|20)\d\d\b(?!\s*[-–]\s*\d)|the\s+"
                            r"(?:past|last|previous)\s+(?:year|decade|\w+\s+(?:years|months)))|since\b|over\s+the\s+"
                            r"(?:past|last|previous)\b|(?:last|this|that)\s+year\b|a\s+year\s+earlier)", re.I)
# the start of another verb phrase after the counted noun: "and"/"but" then a finite verb
NEXT_PHRASE_RE = re.compile(r"\s(?:and|but)\s+(?:then\s+|also\s+|later\s+)?(?:[a-z]+ed|" + P.DATA["next_phrase_verbs"] + r")\b")
# people living or working somewhere: "About 1.5 million Tajiks work in Russia"
STOCK_RE = re.compile(r"\b" + P.DATA["people_stock_verbs"] + r"\b", re.I)
# going home, right after the demonym's plural: "Afghans (who) have returned", "had gone back"
RETURN_RE = re.compile(r"\s+(?:who\s+)?(?:(?:have|has|had)\s+)?(?:(?:already|since|now|reportedly)\s+)?"
                       + P.DATA["returnee_verbs"] + r"\b")
HARM_RE = re.compile(r"\b(?:wounded|injured|detained|arrested|displaced|evacuated|deported|expelled)\b", re.I)


def people_count(sv: SentenceView, ctx: ArticleContext, c: Cues, start: int, end: int, value: float,
                 lo: int, hi: int) -> Stat | None:
    """The count ``text[start:end]`` (value ``value``, clause ``lo``–``hi``) of people, or None."""
    text = sv.text
    if value < MIN_PEOPLE or re.fullmatch(r"(?:18|19|20)\d\d", text[start:end]):
        return None
    pm = PEOPLE_AFTER_RE.match(text, end)
    if pm is None:
        return None
    dem = next((m.entity_id for m in sv.mentions if pm.group("dem") and sv.rel(m.start) == pm.start("dem")
                and m.kind == "demonym" and ctx.etype(m.entity_id) == "state"), None)
    if pm.group("dem") and dem is None:
        return None  # a capitalised plural that is no people ("40 Rafales")
    # "1.5 million Afghans (who) have returned from X": people going home are their own state's count
    owner = dem if dem is not None and RETURN_RE.match(text, pm.end()) else None
    # the figure's own verb phrase: a verb coordinated after it ("… of 120,000 people and called for
    # a mission to be sent") counts, moves or harms other things
    nxt = NEXT_PHRASE_RE.search(text, pm.end(), hi)
    clause = text[lo:nxt.start() if nxt is not None else hi]
    harm = bool(HARM_RE.search(clause))
    if P.FATAL_RE.search(clause):
        if not (P.COUNTING_RE.search(clause) or PERIOD_TOLL_RE.match(text, pm.end())):
            return None  # one attack's dead: the event's fatalities
        harm = True
    elif not (harm or MOVE_RE.search(clause) or STOCK_RE.search(clause) or c.count_cues.search(clause)):
        return None
    # (no owner: "deported 800,000 Afghans" is the deporting state's figure, "the region's 120,000
    # Armenians" the region's; the clause's actor, else the place, tells whose)
    return Stat(start, end, value, "count", harm=harm, noun=re.sub(r"\s+", " ", pm.group(0).strip()), owner=owner)


def may_count_people(sv: SentenceView) -> bool:
    """A cheap gate: a general people noun, or a plural demonym mention, in the sentence."""
    low = sv.low if sv.low is not None else sv.text.lower()
    return any(w in low for w in _GATE_WORDS) \
        or any(m.kind == "demonym" and (m.text.endswith("s") or sv.text[sv.rel(m.end):sv.rel(m.end) + 1] == "s"
                                        or sv.text[max(0, sv.rel(m.start) - 2):sv.rel(m.start) - 1].isdigit())
               for m in sv.mentions)  # (the mention may leave the plural's "s" out: "Armenian|s"; "136,000 Kyrgyz")
