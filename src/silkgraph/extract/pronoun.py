"""A subject "it" and the state it stands for (memberships, relations): "It belongs to the
CSTO", "It is Armenia's friendly neighbour … and it joined the SCO"; a plural anaphor for a
pair of states ("both countries") and the pair it stands for.

Three pronoun-subject resolvers exist; none is a special case of another, so they are not
merged (that would change output).  :func:`subject_antecedent` (memberships, relations,
statistics): "it"; the first mention before it, here or in the previous sentence, that is no
object of ``grammar.PRONOUN_PREPS``, no possessor, no "X-led" modifier; a state or nothing (a
company or person first gives none).  ``events.pronouns``: he/she/it/they/its/their…, two
sentences back, past copula predicates (``grammar.EVENT_PRONOUN_PREPS``), persons for their
office's state, lists for "they".  ``transfers.pronouns``: the trigger's sentence only, any
transfer party (a company can be "it"), the word before against ``TRANSFER_OBLIQUE_PREPS``.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import (
    _names,
)
from silkgraph.extract.events.patterns import DATELINE_RE  # its place is never a subject
from silkgraph.extract.grammar import PRONOUN_PREPS, after_prep, is_possessive
from silkgraph.extract.pair_anaphors import DEMONYM_MOD_RE
from silkgraph.extract.pair_anaphors import pair_anaphor as pair_anaphor
from silkgraph.extract.pair_anaphors import pair_anaphor_at as pair_anaphor_at
from silkgraph.extract.pair_anaphors import prev_pair as prev_pair

# a singular pronoun subject right before the cue ("it joined", "It has since belonged to")
# (also after a fronted time adverbial: "and in November 2021 it became")
IT_SUBJ_RE = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but)\s+|\b(?:(?:1[89]|20)\d\d|then|later|soon|subsequently|eventually|"
                        r"finally)\s+)(?P<it>[Ii]t)\s+")
# a predicate coordinated with earlier ones of the same subject: "It left X, has been Y, and is"
COORD_VP_RE = re.compile(r",\s+(?:and\s+)?$")
IT_GAP_STOP_RE = re.compile(r"[;:]|\b(?:that|which|who|whether|if|when|while|because|although)\b", re.I)
# a state glued to these modifies a noun ("Russian-led alliances"): never a subject
MODIFIER_RE = re.compile(r"^[-‑–](?:led|backed|dominated|sponsored|brokered|based|aligned|centred|centered|"
                         r"centric|friendly|leaning|funded|made|built)\b")
# the first mention a pronoun can refer back to: not after a preposition (grammar.PRONOUN_PREPS)
# nor a possessor
ANTECEDENT_TYPES = ("state", "organization", "armed_group", "company", "person")


def it_antecedent(ctx: ArticleContext, sv: SentenceView, pos: int) -> tuple[str, str] | None:
    """The state a subject "it" right before ``pos`` refers to: the first mention of this
    sentence before the pronoun that is neither after a preposition nor a possessor, else
    that of the previous sentence (in the same paragraph); only when it is a state."""
    m = None
    for m2 in IT_SUBJ_RE.finditer(sv.text, 0, pos):
        m = m2
    if m is None or IT_GAP_STOP_RE.search(sv.text, m.end(), pos):
        return None
    if pos - m.end() > 80 and (pos - m.end() > 240 or not COORD_VP_RE.search(sv.text, max(0, pos - 8), pos)):
        return None
    for mm in sv.mentions:  # a subject named between the pronoun and the cue: not "it"'s cue
        a = sv.rel(mm.start)
        if m.end() <= a < pos and ctx.etype(mm.entity_id) == "state" and mm.role != "place" \
                and not after_prep(sv.text, a, PRONOUN_PREPS) \
                and not is_possessive(sv.text, sv.rel(mm.end)):
            return None
    got = subject_antecedent(ctx, sv, m.start("it"))
    dl = DATELINE_RE.match(sv.text)
    if got is None and (_opens_sentence(sv, m.start("it")) or IT_LEAD_RE.match(sv.text, dl.end() if dl else 0)):
        return state_topic(ctx, sv, m.start("it"))  # "It has stayed …, and in 2021 it became": the "It" of the start
    return got


def _opens_sentence(sv: SentenceView, pos: int) -> bool:
    dl = DATELINE_RE.match(sv.text)
    return LEAD_RE.fullmatch(sv.text, dl.end() if dl else 0, pos) is not None


# before a sentence-initial pronoun: nothing but a section label ("CONCLUSIONS: ")
LEAD_RE = re.compile(r"\s*(?:[A-Z]{3,}:\s*)?")
IT_LEAD_RE = re.compile(r"\s*(?:[A-Z]{3,}:\s*)?It\b")
# where a subject stands: after a section label and a fronted phrase closed by a comma, a
# determiner and up to two words ("Two Azerbaijani brothers", "Baku's")
SUBJ_ZONE_RE = re.compile(r"\s*(?:[A-Z]{3,}:\s*)?(?:[^,;]{0,80},\s+)?"
                          r"(?:(?:the|a|an|two|three|both|some|many|several)\s+)?(?:[\w\-]+\s+){0,2}")
TOPIC_BACK = 3  # sentences back (same section) a subject state is sought for a bare "It"


def _subject_state(ctx: ArticleContext, view: SentenceView) -> tuple[str | None, str] | None:
    """The subject of ``view`` when it is, or is possessed by, a state ("Baku's ties are"):
    (state id, text); (None, text) when the subject is another organisation-like actor (the
    pronoun may stand for it); ``None`` when no entity is the subject (a person, nothing)."""
    dl = DATELINE_RE.match(view.text)
    skip = dl.end() if dl else 0
    if IT_LEAD_RE.match(view.text, skip):
        return None  # "It ..." again: the same referent, told further back
    for mm in view.mentions:
        a, b = view.rel(mm.start), view.rel(mm.end)
        if a < skip or mm.role == "place" or ctx.etype(mm.entity_id) not in ANTECEDENT_TYPES:
            continue
        if not SUBJ_ZONE_RE.fullmatch(view.text, skip, a):
            return None  # past where a subject stands
        if after_prep(view.text, a, PRONOUN_PREPS) or MODIFIER_RE.match(view.text[b:b + 14]) \
                or (mm.kind == "demonym" and DEMONYM_MOD_RE.match(view.text, b)):
            continue
        if ctx.etype(mm.entity_id) == "person":
            return None  # "It" never stands for a person: look further back
        if ctx.etype(mm.entity_id) != "state":
            return (None, mm.text)
        if is_possessive(view.text, b) and not LEAD_RE.fullmatch(view.text, skip, a):
            continue  # a possessor inside the clause, not the subject's
        return mm.entity_id, mm.text
    return None


def state_topic(ctx: ArticleContext, sv: SentenceView, it_pos: int) -> tuple[str, str] | None:
    """The state a sentence-initial "It" with a state's predicate (a membership) stands for
    when no state is the subject just before: the state most recently named as (or as the
    possessor of) a subject in the last sentences of the section; else the one state whose
    demonym the previous sentence uses ("two Azerbaijani brothers"); else the state the
    article names most so far, when clearly dominant.  ``None`` when a nearer subject is an
    organisation or the like ("It" may stand for it)."""
    views = [ctx.sentences[i] for i in range(sv.index - 1, max(-1, sv.index - 1 - TOPIC_BACK), -1)]
    views = [v for v in views if v.section == sv.section]
    for view in views:
        got = _subject_state(ctx, view)
        if got is None:
            continue
        if got[0] is None:
            return None
        return got[0], f"'It' = '{got[1]}', the subject of a sentence before"
    if views:
        prev = views[0]
        dem = {mm.entity_id for mm in prev.mentions if mm.kind == "demonym" and ctx.etype(mm.entity_id) == "state"}
        named = {mm.entity_id for mm in prev.mentions if mm.kind != "demonym" and ctx.etype(mm.entity_id) == "state"}
        if len(dem) == 1 and not named:
            sid = next(iter(dem))
            return sid, f"'It' = {_names(ctx, [sid])}, whose people the previous sentence is about"
    counts: dict[str, int] = {}
    for view in ctx.sentences[:sv.index]:
        for mm in view.mentions:
            if ctx.etype(mm.entity_id) == "state" and mm.role != "place":
                counts[mm.entity_id] = counts.get(mm.entity_id, 0) + 1
    ranked = sorted(counts, key=lambda k: -counts[k])
    if ranked and counts[ranked[0]] >= 3 and (len(ranked) == 1 or counts[ranked[0]] >= 2 * counts[ranked[1]]):
        return ranked[0], f"'It' = {_names(ctx, ranked[:1])}, the state the article is about"
    return None


def subject_antecedent(ctx: ArticleContext, sv: SentenceView, it_pos: int) -> tuple[str, str] | None:
    """The state a subject pronoun at ``it_pos`` stands for: the first mention before it in
    the sentence, else in the previous sentence, that is no object of a preposition, no
    possessor and no modifier ("Russian-led"); ``None`` when that mention is no state."""
    views: list[tuple[SentenceView, int]] = [(sv, it_pos)]
    if sv.index > 0:
        prev = ctx.sentences[sv.index - 1]
        if prev.section == sv.section:
            views.append((prev, len(prev.text)))
    for view, cut in views:
        dl = DATELINE_RE.match(view.text)
        skip = dl.end() if dl else 0
        for mm in view.mentions:
            a, b = view.rel(mm.start), view.rel(mm.end)
            if a < skip:
                continue
            if a >= cut or mm.role == "place" or ctx.etype(mm.entity_id) not in ANTECEDENT_TYPES:
                continue
            if after_prep(view.text, a, PRONOUN_PREPS) or is_possessive(view.text, b) \
                    or MODIFIER_RE.match(view.text[b:b + 14]):
                continue
            if ctx.etype(mm.entity_id) != "state":
                return None
            where = "earlier in the sentence" if view is sv else "in the previous sentence"
            return mm.entity_id, f"'it' = '{mm.text}', the subject {where}"
    return None


# -- a country named by a common noun: the state the sentences before are about ---------

# a country named again by a common noun: "The landlocked country, which joined the OSCE"
COUNTRY_NP_RE = re.compile(r"\b[Tt]he\s+(?:[\w\-]+\s+){0,2}?(?:country|nation|republic|kingdom)\b(?![’'-])")


def country_np(ctx: ArticleContext, sv: SentenceView, pos: int) -> tuple[str, str] | None:
    """"The landlocked country, which joined the OSCE in 2012": a country named by a common
    noun as the subject of the clause before ``pos`` (no state named between) stands for the
    state the sentences before are about."""
    m = None
    for m2 in COUNTRY_NP_RE.finditer(sv.text, 0, pos):
        m = m2
    if m is None or pos - m.end() > 80 or any(m.end() <= sv.rel(mm.start) < pos and ctx.etype(mm.entity_id) == "state"
                                              for mm in sv.mentions):
        return None
    got = state_topic(ctx, sv, m.start())
    return (got[0], got[1].replace("'It'", f"'{m.group(0)}'")) if got else None
