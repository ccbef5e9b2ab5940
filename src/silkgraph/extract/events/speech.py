"""Reported speech as an event: what a party said, warned or told another.

"X said that …", "told reporters that …", "warned that …": a dated statement by a party
is a ``statement`` event unless its complement tells an event of its own (that event is
then the news, see ``extract_events``).  What the complement says may make the statement
a threat ("would be treated as an act of war", "would respond to any transfer") or an
accusation ("had committed war crimes", "a reckless provocation"); the cue lexicons are
data (``speech_cues`` in ``resources/ontology/events.yaml``).
"""

from __future__ import annotations

import re

from silkgraph.extract.events.patterns import _DATA
from silkgraph.nlp.prefilter import gate_of
from silkgraph.resources import load_yaml

SPEECH_CUES: dict[str, re.Pattern[str]] = {k: re.compile(v, re.I) for k, v in (_DATA.get("speech_cues") or {}).items()}
# the complement ends at a new main clause or sentence part ("; ", " — ", ", although …")
COMPLEMENT_END_RE = re.compile(r"[;—]|\s[-–]\s|,\s+(?:although|though|while|whereas|but)\b|\.\s")
COMPLEMENT_LEN = 260
# the order in which a statement's complement retypes it (data: threat, accusation, rejection, demand)
RETYPE_ORDER: tuple[str, ...] = tuple(_DATA.get("speech_retype_order") or ("threat", "accusation"))


def complement_span(text: str, end: int) -> tuple[int, int]:
    """The words after a speech verb that say what was said (up to a clause break)."""
    m = COMPLEMENT_END_RE.search(text, end, min(len(text), end + COMPLEMENT_LEN))
    return end, (m.start() if m else min(len(text), end + COMPLEMENT_LEN))


def has_cue(family: str, text: str, end: int) -> bool:
    """Whether the complement after ``end`` shows a cue of ``family``."""
    rx = SPEECH_CUES.get(family)
    if rx is None:
        return False
    a, b = complement_span(text, end)
    return gate_of(rx).search_in(text, a, b) is not None  # (``rx.search(text, a, b)``, pre-checked)


def speech_type(text: str, end: int, start: int | None = None) -> str | None:
    """The event type a statement's complement makes it (threat, accusation, rejection, demand), or None.

    With ``start``, a trailing attribution ("There was no foreign involvement, the ministry said.") takes the
    clause told before it as what was said."""
    for family in RETYPE_ORDER:
        if has_cue(family, text, end):
            return family
    before = attributed_clause(text, start, end) if start is not None else None
    if before is not None:
        for family in RETYPE_ORDER:
            rx = SPEECH_CUES.get(family)
            if rx is not None and rx.search(text, before[0], before[1]):
                return family
    return None



def attributed_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The clause a trailing attribution reports (from the sentence start to the attribution's comma), when the
    speech verb at ``start``..``end`` closes the sentence ("…, the ministry said on Saturday.")."""
    lead = ATTRIB_LEAD_RE.search(text, max(0, start - 60), start)
    if lead is None or ATTRIB_TAIL_RE.match(text, end) is None:
        return None
    a = max(text.rfind(". ", 0, lead.start()) + 1, 0)
    return (a, lead.start() + 1) if text[a:lead.start()].strip() else None


# when it was said, right after the speech verb: "said on Friday", "said late on 3 March", "said last week"
SAID_WHEN = (r"\s+(?:on|late on|early on|in|this|last|earlier|later)\s+(?:(?:\d{1,2}\s+)?[A-Z]\w+|week|month|year|day)"
             r"(?:\s+\d[\d,]*)?(?:\s+(?:morning|afternoon|evening|night))?|" + str(_DATA["said_when_extra"]))
# "said 31 civilians were killed", "said on Friday that more than 190 soldiers had died": a complement whose
# subject is a count reports a figure (a toll, a tally); the speaker is that figure's source, no event of its own
COUNT_OPEN_RE = re.compile(
    rf"(?:{SAID_WHEN})?(?:\s+that)?\s+(?:(?:more than|at least|"
    r"about|around|nearly|almost|some|over|up to|only|a total of|another|a further)\s+)?(?:\d[\d,.]*(?!\d)"
    r"(?<!\b1[89]\d\d)(?<!\b20\d\d)|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|dozens|scores|hundreds|thousands|tens of thousands)\b)(?!\s*(?:percent|per cent|%))", re.I)
# the people a count is of ("31 civilians", "192 of its servicemen", "nine people, four of them children"): the
# statistics lexicon's people nouns (a count of things, "two posts had been shelled", tells an event)
COUNTED_PEOPLE_RE = re.compile(r"(?:\s+(?:of\s+)?(?:[\w\-’']+\s+){0,3}?|\s+)(?:"
                               + str(load_yaml("ontology/statistics.yaml")["people_nouns"]) + "|"
                               + str(_DATA["toll_people_extra"]) + r")\b", re.I)
# a trailing attribution's main clause told as a party's view or plan (a modal, a quotation): the statement is news
VIEW_RE = re.compile(r"\b(?:will|would|must|should|shall|can|could|may|might|ready to|intends? to|plans? to)\b|[\"“”]",
                     re.I)
# what may follow a trailing attribution: the sentence end, or a new clause ("…, the ministry said on Tuesday,
# as families began returning", "…, the government said, leaving the region empty"; not ", adding that …": the
# speaker goes on to say something of its own)
ATTRIB_TAIL_RE = re.compile(rf"(?:{SAID_WHEN}|\s+in a statement)?"
                            r"\s*(?:[.;]?\s*$|,\s+(?:as|while|after|amid|when|but|and|with)\b|,\s+(?!(?:add|say|not|stress|warn|insist|claim|call|urg|accus)ing\b)[a-z]+ing\b)")
# the attribution itself: ", the Kyrgyz security service said" (a subject of one to seven words after a comma)
ATTRIB_LEAD_RE = re.compile(r",\s+(?!(?:and|but|or|while|whereas|as|when|which|who|whom|after|before)\b)(?:[\w\-’'.]+\s+){1,7}$")


def counted_complement(text: str, end: int) -> bool:
    """Whether the speech verb ending at ``end`` reports a count ("said 31 civilians were killed")."""
    m = COUNT_OPEN_RE.match(text, end)
    if m is None or COUNTED_PEOPLE_RE.match(text, m.end()) is None:
        return False
    a, b = complement_span(text, end)
    return VIEW_RE.search(text, a, b) is None  # "said a further 20,000 tonnes would travel": a plan


def reported_fact_source(text: str, start: int, end: int) -> bool:
    """Whether the speech verb at ``start``..``end`` only sources the fact told before it: "Kyrgyzstan and
    Tajikistan have signed a protocol, the security service said on Tuesday." (a view or plan told before the
    attribution, "Talks will resume, the minister said", is the party's statement)."""
    lead = ATTRIB_LEAD_RE.search(text, max(0, start - 60), start)
    if lead is None or ATTRIB_TAIL_RE.match(text, end) is None:
        return False
    main = text[:lead.start()]
    return bool(main.strip()) and VIEW_RE.search(main) is None
