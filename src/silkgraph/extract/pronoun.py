"""A subject "it" and the state it stands for (memberships, relations): "It belongs to the
CSTO", "It is Armenia's friendly neighbour … and it joined the SCO"."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView

# a singular pronoun subject right before the cue ("it joined", "It has since belonged to")
IT_SUBJ_RE = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but)\s+)(?P<it>[Ii]t)\s+")
IT_GAP_STOP_RE = re.compile(r"[;:]|\b(?:that|which|who|whether|if|when|while|because|although)\b", re.I)
# "drones that joined": a relative "that" whose antecedent is the word before it
THAT_REL_RE = re.compile(r"(?P<w>[\w’'\-]+)\s*,?\s+that\s+(?:(?:has|have|had|also|since|later|then|only|now)\s+){0,3}$")
# a state glued to these modifies a noun ("Russian-led alliances"): never a subject
MODIFIER_RE = re.compile(r"^[-‑–](?:led|backed|dominated|sponsored|brokered|based|aligned|centred|centered|"
                         r"centric|friendly|leaning|funded|made|built)\b")
# the first mention a pronoun can refer back to: not after a preposition nor a possessor
PREP_BEFORE_RE = re.compile(r"\b(?:in|into|inside|from|to|toward|towards|with|against|at|on|near|across|over|"
                            r"through|via|for|of|by|than|between|among)\s+(?:the\s+)?$", re.I)
POSSESSIVE_RE = re.compile(r"^[’']s\b")
# a news dateline opening the sentence ("TASHKENT, 3 March 2024 — "): its place is no subject
DATELINE_RE = re.compile(r"^[A-Z][A-Z .'\-]+,[^—–]{0,60}?\s(?:[—–]|--?)\s")
ANTECEDENT_TYPES = ("state", "organization", "armed_group", "company", "person")


def it_antecedent(ctx: ArticleContext, sv: SentenceView, pos: int) -> tuple[str, str] | None:
    """The state a subject "it" right before ``pos`` refers to: the first mention of this
    sentence before the pronoun that is neither after a preposition nor a possessor, else
    that of the previous sentence (in the same paragraph); only when it is a state."""
    m = None
    for m2 in IT_SUBJ_RE.finditer(sv.text, 0, pos):
        m = m2
    if m is None or pos - m.end() > 80 or IT_GAP_STOP_RE.search(sv.text, m.end(), pos):
        return None
    for mm in sv.mentions:  # a subject named between the pronoun and the cue: not "it"'s cue
        a = sv.rel(mm.start)
        if m.end() <= a < pos and ctx.etype(mm.entity_id) == "state" and mm.role != "place" \
                and not PREP_BEFORE_RE.search(sv.text[max(0, a - 25):a]) \
                and not POSSESSIVE_RE.match(sv.text[sv.rel(mm.end):sv.rel(mm.end) + 3]):
            return None
    return subject_antecedent(ctx, sv, m.start("it"))


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
            if PREP_BEFORE_RE.search(view.text[max(0, a - 25):a]) or POSSESSIVE_RE.match(view.text[b:b + 3]) \
                    or MODIFIER_RE.match(view.text[b:b + 14]):
                continue
            if ctx.etype(mm.entity_id) != "state":
                return None
            where = "earlier in the sentence" if view is sv else "in the previous sentence"
            return mm.entity_id, f"'it' = '{mm.text}', the subject {where}"
    return None
