"""A place or programme named again by a definite common noun as the owner of a figure: "the
crossing, which handles about $3 million of trade a day" (the crossing named before), "the
region's roughly 120,000 Armenians" (the region the article is about)."""

from __future__ import annotations

import re
from typing import Any

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import STATISTICS_OBLIQUE_PREPS
from silkgraph.extract.statistics.patterns import DATA, SUBJECT_TYPES, Stat
from silkgraph.extract.statistics.referents import last_match, named_before
from silkgraph.extract.statistics.subjects import prev_word

# the definite noun heading the figure's clause (or owning its noun): "the crossing, which …",
# "the region's roughly 120,000 …", "and the port handles …"
DEF_PLACE_RE = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|while|as|of)\s+)(?:[Tt]he|[Tt]his)\s+(?P<noun>"
                          + DATA["definite_place_nouns"] + r")(?P<tail>['’]s\s+|,\s+(?:which|that)\s+|\s+(?=[a-z]+s\b|"
                          r"(?:has|had|handles|handled|carries|carried|receives|received|moved|moves|saw|sees)\b))")
# nouns that name an area: when no place named before has the noun in its name, the place the
# article names most
AREA_NOUNS = tuple(DATA["area_nouns"])
BACK = 3  # sentences searched back for a place whose name holds the noun
MIN_TOPIC = 2  # mentions that make a place the article's topic area


def definite_place(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat) -> tuple[str, str] | None:
    """The place or programme a definite noun heading the figure's clause stands for (no actor
    named between it and the figure)."""
    dm = last_match(DEF_PLACE_RE, sv.text, lo, st.start)
    if dm is None:
        return None
    if any(dm.end() <= a < st.start and ctx.etype(m.entity_id) in SUBJECT_TYPES
           and m.role != "place" and m.kind != "demonym" and prev_word(sv.text, a) not in STATISTICS_OBLIQUE_PREPS
           for a, _b, m in sv.mentions_rel()):
        return None
    if st.start - dm.end() > 60:
        return None
    noun = dm.group("noun").lower()
    got = named_before(ctx, sv, dm.start(), BACK, ("place", "program"),
                       lambda ent, m: noun in " ".join([ent.name, m.text] + list(ent.aliases)).lower())
    if got is not None:
        return got[0].id, f"'the {noun}' = '{got[1].text}', named before"
    if noun not in AREA_NOUNS:
        return None
    return _topic_area(ctx, sv, noun)


def _topic_area(ctx: ArticleContext, sv: SentenceView, noun: str) -> tuple[str, str] | None:
    """The place (no state, no city that is a capital) the article names most up to here, when
    clearly the most named."""
    counts: dict[str, int] = {}
    for view in ctx.sentences[:sv.index + 1]:
        for m in view.mentions:
            ent = ctx.entity(m.entity_id)
            if ent is not None and ent.type == "place" and m.kind != "demonym":
                counts[ent.id] = counts.get(ent.id, 0) + 1
    ranked = sorted(counts, key=lambda k: -counts[k])
    if not ranked or counts[ranked[0]] < MIN_TOPIC or (len(ranked) > 1 and counts[ranked[0]] < 2 * counts[ranked[1]]):
        return None
    return ranked[0], f"'the {noun}' = the place the article names most"


# people moving into a state: "more than 100,000 people had crossed into Armenia", "… fled to X"
FLOW_TO_RE = re.compile(r"[^,;:]{0,40}?\b" + DATA["flow_verbs"] + r"\s+(?:(?:back\s+)?(?:to|into|in)|"
                        r"the\s+border\s+into)\s+(?:the\s+)?$", re.I)


def flow_origin(sv: SentenceView, ctx: ArticleContext, st: Stat, prev: dict[str, Any]) -> tuple[str, str] | None:
    """People counted as they move into a state, their origin unnamed: the place the figure before
    it (this sentence or the one before) was about, else the place named last (this sentence or the
    one before) outside the destination state, else the area the article names most, else the
    destination state itself (its intake: "more than 97,000 people crossed into X"), unless the
    people are the destination's own (its demonym: they come from a place left unnamed)."""
    dest = next((m for a, _b, m in sv.mentions_rel() if a >= st.end and ctx.etype(m.entity_id) == "state"
                 and FLOW_TO_RE.fullmatch(sv.text, st.end, a)), None)
    if dest is None:
        return left_origin(sv, ctx, st)
    if re.search(r"\bfrom\b", sv.text[st.end:sv.rel(dest.start)]):
        return None
    subj = prev.get("subject")
    if isinstance(subj, str) and ctx.etype(subj) == "place" and sv.index - int(prev.get("index", -9)) <= 1:
        return subj, "the place the figure before it was about (the people's origin)"
    for m in ctx.mentions_before(sv, st.start, 1):  # "… retook X. … 100,000 people fled to Y": X
        ent = ctx.entity(m.entity_id)
        if ent is not None and ent.type == "place" and m.kind != "demonym" and ent.country \
                and ent.country != ctx.entity(dest.entity_id).iso3:  # type: ignore[union-attr]
            return ent.id, f"'{m.text}', the place named just before outside the destination (the people's origin)"
    got = _topic_area(ctx, sv, "region")
    if got:
        return got[0], "the area the article names most (the people's origin)"
    if any(m.kind == "demonym" and m.entity_id == dest.entity_id and st.end <= sv.rel(m.start) < sv.rel(dest.start)
           for m in sv.mentions):
        return None  # "90,000 ethnic Armenians fled to Armenia": the destination's own people, from elsewhere
    return dest.entity_id, f"'{dest.text}', the state the people moved into (no origin named)"


# the people counted, then the verb of leaving with the place left as its object: "… ethnic Armenians
# fled Karabakh", "… residents had left the X district"
LEFT_PLACE_RE = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?(?:(?:had|have|has)\s+)?(?:fled|left|escaped|abandoned)\s+(?:the\s+)?$", re.I)


def left_origin(sv: SentenceView, ctx: ArticleContext, st: Stat) -> tuple[str, str] | None:
    """People counted as they leave a place named as the verb's object ("100,000 ethnic Armenians
    fled Karabakh in a week"): the place (a region, not a state) they left is the figure's subject."""
    if "fled" not in sv.text and "left" not in sv.text and "escaped" not in sv.text and "abandoned" not in sv.text:
        return None
    for a, _b, m in sv.mentions_rel():
        if a >= st.end and ctx.etype(m.entity_id) == "place" and m.kind != "demonym" \
                and LEFT_PLACE_RE.fullmatch(sv.text, st.end, a):
            return m.entity_id, f"'{m.text}', the place the people counted left"
        if a > st.end + 60:
            break
    return None
