"""The members one membership cue match tells, and how an anaphoric one was resolved: the
slot's named states (``slot_members``), else "it"/"its", a count anaphor ("two members of"), a
relative clause's plural antecedent, a plural pronoun, "the country", a bare "Both" or "All three".
Reads the sentence and the discourse before it; split from the package's ``__init__`` to keep
it small."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.cue_subjects import own_subject, subject_candidates
from silkgraph.extract.events import Part, clause_bounds, states_before
from silkgraph.extract.events.article import PLURAL_PRONOUN_RE, last_plural
from silkgraph.extract.memberships.chain import chained_pair
from silkgraph.extract.memberships.companions import alongside
from silkgraph.extract.memberships.count_subject import count_subject
from silkgraph.extract.memberships.cues import IT_AFTER_RE, Cue
from silkgraph.extract.memberships.its_owner import its_owner
from silkgraph.extract.memberships.plural_subject import near_plural, plural_states, sentence_pair
from silkgraph.extract.memberships.possessor_subject import possessor_subject, relative_it
from silkgraph.extract.memberships.slot_members import _members, _object_end
from silkgraph.extract.memberships.topic_pair import (
    bare_pair,
    coordinated_pair_before,
    topic_pair_after_stateless,
)
from silkgraph.extract.pronoun import country_np, it_antecedent, pair_anaphor, prev_pair
from silkgraph.nlp.count_words import count_values

# "two members of the SCO", "both members": how many states an anaphor cue stands for
PAIR_COUNTS = {"both": 2, **count_values(2, 4)}
# a demonym that modifies a noun ("Russian military bases") names no subject
NOUN_AFTER_RE = re.compile(r"\s+(?-i:[a-z])")


def _clause_anaphor(ctx: ArticleContext, sv: SentenceView, cue: Cue, e: int,
                    states: list[Part]) -> tuple[list[Part], str] | None:
    """"the SCO, to which both countries have belonged": the plural anaphor that is the subject
    of the relative clause stands for the states it refers back to ("it": the state the
    sentence is about)."""
    _, ce = clause_bounds(sv.text, e, e + 1)
    it = IT_AFTER_RE.match(sv.text, e)
    if it is not None and (cue.needs is None or cue.needs.search(sv.text, it.end(), ce)):
        got = relative_it(ctx, sv, states, it.start("it"))  # "the CSTO, of which it is a member"
        return ([Part(got[0], it.start("it"), it.end("it"))], got[1]) if got else None
    a = PLURAL_PRONOUN_RE.search(sv.text, e, max(ce, e + 30))
    if a is None or a.start() - e > 4 or (cue.needs is not None and not cue.needs.search(sv.text, a.end(), ce)):
        return None
    ana = plural_states(ctx, sv, a)
    if not ana:
        return None
    return [Part(x, a.start(), a.start()) for x in ana[0]], ana[1]


def _opening_pair(text: str, hit: re.Match[str] | None) -> re.Match[str] | None:
    """A "they" that takes up a pair anaphor opening an earlier clause of the same sentence ("Both
    countries belonged to X, and in 1985 they founded Y") stands for that pair: the earlier anaphor."""
    if hit is None or hit.group(0).lower() != "they":
        return hit
    first = PLURAL_PRONOUN_RE.search(text, 0, hit.start())
    return first if first is not None and first.group(0).lower() != "they" else hit


def _cue_members(cue: Cue, m: re.Match[str], sv: SentenceView, ctx: ArticleContext, states: list[Part],
                 orgs: list[Part]) -> tuple[list[Part], str | None]:
    """The members a cue match tells and how an anaphoric one was resolved: the states in the
    cue's member slot, else "it"/"its", a count anaphor ("two members of"), a relative clause's
    antecedent, a plural pronoun, "the country", a bare "Both" (the pair just named or the
    article's opening pair); members coordinated after the organisation join the subject."""
    ana_why = None
    it = it_antecedent(ctx, sv, m.start()) if cue.member in ("subject", "near") else None
    if it is not None:
        mems = [Part(it[0], m.start(), m.start())] + alongside(sv.text, states, _object_end(orgs, sv.text, m.end()))
        ana_why = it[1]  # "it joined ORG in 2017, together with Y": Y too
    else:
        mems = _members(cue, sv, states, m.start(), m.end(), orgs)
    if cue.member == "subject" and mems and all(p.kind == "demonym" and NOUN_AFTER_RE.match(sv.text, p.end)
                                                 for p in mems):
        hit = last_plural(sv.text, mems[0].start)
        if hit is not None:  # "Both countries host Russian bases and belong to": the anaphor is the subject
            mems = []
    if "it" in cue.regex.groupindex and m.group("it").lower() == "it" and (
            (got := relative_it(ctx, sv, states, m.start("it"))) is not None or
            (cue.member == "after" and (got := possessor_subject(ctx, sv, states)) is not None)):
        mems = [Part(got[0], m.start("it"), m.end("it"))] + mems  # "the grouping it had founded with X"
        ana_why = got[1]  # ("X's ties run through the SCO, which it co-founded": the possessor)
    named = []
    if "with" in cue.regex.groupindex and m.group("with"):  # "X sat with Y in ORG"
        named = [p for p in states if m.start("with") <= p.start < m.end("with")]
        if named:
            mems += named
        elif (pl := PLURAL_PRONOUN_RE.match(sv.text, m.start("with"))) and (ana := plural_states(ctx, sv, pl)):
            have = {q.eid for q in mems}  # "sits alongside both countries in ORG": the pair told before
            mems += [Part(x, pl.start(), pl.end(), ana[1]) for x in ana[0] if x not in have]
    if cue.member == "anaphor" and sv.index > 0 and not own_subject(states, sv.text, m.start()):
        # "two members of the SCO": named just before
        n = PAIR_COUNTS[m.group("n").lower()]
        prev = ctx.sentences[sv.index - 1]
        got = states_before(ctx, prev, len(prev.text), n)
        if len(got) == n:
            mems = [Part(x, m.start(), m.start()) for x in got]
            ana_why = f"'{m.group(0).strip()}' = the states of the previous sentence"
    if cue.member == "its" and (owner := its_owner(ctx, sv, states, m.start())) is not None:
        mems, ana_why = [owner[0]], owner[1]  # "Armenia's decision to freeze its participation in ORG"
    if cue.member in ("after", "after_clause") and (not mems or cue.member == "after_clause"):
        got = _clause_anaphor(ctx, sv, cue, m.end(), states)  # "to which both countries belong"
        if got:  # "of which it is a member alongside Y": the pronoun, and Y beside it
            ana = [Part(q.eid, q.start, q.end, got[1]) for q in got[0]]
            mems = ana + [p for p in mems if p.eid not in {q.eid for q in ana}]
            ana_why = None if len(mems) > len(ana) else got[1]
    if cue.member == "subject" and mems and (near := near_plural(sv.text, mems, m.start())) is not None:
        got = sentence_pair(ctx, sv, near) or pair_anaphor(ctx, sv, near)
        if got:  # "X describes Y as an ally, and the two countries remain bound by": the pair
            mems, ana_why = [Part(x, m.start(), m.start()) for x in got[0]], got[1]
    if cue.member == "subject" and mems and not subject_candidates(mems, sv.text) and \
            last_plural(sv.text, m.start()) is not None:
        mems = []  # "They founded X with Y in 1985, belong to ORG": the pronoun is the subject, not Y
    if not mems and cue.member == "subject":
        hit = _opening_pair(sv.text, last_plural(sv.text, m.start()))
        ana = (chained_pair(ctx, sv, hit.group(0)) or plural_states(ctx, sv, hit)) if hit else None
        if ana:
            mems = [Part(x, m.start(), m.start()) for x in ana[0]]
            ana_why = ana[1]
    if not mems and cue.member == "subject" and (cn := country_np(ctx, sv, m.start())) is not None:
        mems, ana_why = [Part(cn[0], m.start(), m.start())], cn[1]  # "The country, which joined …"
    if not mems and cue.member == "subject" and bare_pair(sv, m.start()):
        pp = prev_pair(ctx, sv) or topic_pair_after_stateless(ctx, sv) or coordinated_pair_before(ctx, sv)  # "Both are members of"
        if pp:
            mems = [Part(x, m.start(), m.start()) for x in pp[0]]
            ana_why = f"'{sv.text[:m.start()].strip()}' = {pp[1]}"
    if not mems and cue.member == "subject" and (cs := count_subject(ctx, sv, m.start())) is not None:
        mems, ana_why = [Part(x, m.start(), m.start()) for x in cs[0]], cs[1]  # "All three belong to"
    if named and mems and ana_why is not None:  # "they founded, together with Y, ORG": Y beside the pronoun's states
        mems += [p for p in named if p.eid not in {q.eid for q in mems}]
    return mems, ana_why
