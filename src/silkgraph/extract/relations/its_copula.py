"""A relation noun owned by "its" as a predicate or an appositive whose owner lies outside the
noun phrase: "Ankara is its closest ally" (its = the state the previous sentence was about),
"X trains Y's army and is its main partner" (its = Y, the other party before), "India, its
archrival, protested" (the sentence's first party in apposition; its = the previous subject).

The copula's subject is the party right before the verb (adverbs and an aside between), or, for a
second verb phrase ("… and is its ally"), the clause's main subject.  The owner of "its" is the
nearest other party before it in the sentence, else the state the previous sentence is about.  A
past, potential or negated noun ("is no longer its ally", "could become its partner", "its former
ally") gives nothing; nor does a noun tied to another party or a time after it ("its ally in the
war", "its partner of NATO").
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part, clause_bounds
from silkgraph.extract.pronoun import subject_antecedent
from silkgraph.extract.relations.cues import NOUN_KIND
from silkgraph.extract.relations.modifiers import CANCEL_RE, open_premod, voided_after
from silkgraph.extract.relations.parties import SUBJ_LEAD_RE, main_subject

Found = tuple[Part, Part, str, int, str]
_NOUNS = r"(?:arch-?)?(?P<noun>ally|partner|rival|adversary|enemy|foe|nemesis|friend|backer|patron|protector)"
# "is its closest ally", "remains its main partner", "has long been its chief rival"
COPULA_ITS_RE = re.compile(
    r"\b(?:is|was|remains|remained|has\s+(?:long\s+|always\s+)?been|had\s+(?:long\s+|always\s+)?been|becomes|became)\s+"
    r"(?:(?:also|still|now|arguably|effectively|clearly|undoubtedly)\s+)?its\s+" + open_premod() + _NOUNS + r"\b(?![\-’'])", re.I)
# "India, its archrival, protested": an appositive right after the sentence's first party
APPOS_ITS_RE = re.compile(r"\s*,\s*its\s+" + open_premod() + _NOUNS + r"\s*,", re.I)
# between the copula's subject and its verb: adverbs, an aside set off by commas
SUBJ_GAP_RE = re.compile(r"(?:\s*,[^,;]{1,80},)?\s*(?:(?:also|still|now|long|thus|therefore|today|[\w\-]+ly)\s+)*", re.I)
LOWER_VERB_RE = re.compile(r"\s+(?:(?:has|have|had|also|still|now)\s+)*(?-i:[a-z])[a-z]+(?:s|ed)\b")  # "X trains", "X has built"
AND_VP_RE = re.compile(r"\s(?:and|but)\s+$", re.I)
_LITERALS = ("ally", "partner", "rival", "adversary", "enemy", "foe", "nemesis", "friend", "backer", "patron", "protector")
_KIND = {"friend": "partner", "backer": "partner", "patron": "partner", "protector": "partner"}


def its_copula(sv: SentenceView, ctx: ArticleContext, ps: list[Part]) -> list[Found]:
    """"Y is its closest ally", "Y, its archrival, …": Y and the party "its" stands for."""
    text = sv.text
    low = sv.low if sv.low is not None else text.lower()
    if not ps or "its " not in low or not any(n in low for n in _LITERALS):
        return []
    out: list[Found] = []
    for m in COPULA_ITS_RE.finditer(text):
        subj = next((p for p in reversed(ps) if p.end <= m.start() and SUBJ_GAP_RE.fullmatch(text, p.end, m.start())), None)
        if subj is None and AND_VP_RE.search(text, max(0, m.start() - 6), m.start()):
            subj = main_subject(ps, text, m.start())  # "X trains Y's army and is its closest ally"
            if subj is None:  # the clause's opening subject with its own (present-tense) verb
                cs, _ = clause_bounds(text, max(0, m.start() - 1), m.start())
                lead = next((p for p in ps if cs <= p.start), None)
                if lead is not None and lead.end <= m.start() and SUBJ_LEAD_RE.fullmatch(text, cs, lead.start) \
                        and LOWER_VERB_RE.match(text, lead.end):
                    subj = lead
        if subj is not None:
            out += _pair(sv, ctx, ps, subj, m)
    first = ps[0]
    if first.start < 40 and not re.search(r"[,;:]", text[:first.start]) and (am := APPOS_ITS_RE.match(text, first.end)):
        if not any(p.end <= first.start for p in ps[1:]):
            out += _pair(sv, ctx, [], first, am)  # "India, its archrival, protested": the previous subject's
    return out


def _pair(sv: SentenceView, ctx: ArticleContext, ps: list[Part], subj: Part, m: re.Match[str]) -> list[Found]:
    """The pair of ``subj`` and the owner of "its" in ``m``, with the kind of its noun."""
    text = sv.text
    if CANCEL_RE.search(m.group(0)) or voided_after(text, m.end()) or re.search(r"\b(?:no\s+longer|not|never)\b", m.group(0), re.I):
        return []
    its = text.lower().index("its ", m.start())
    owner: Part | None = next((p for p in reversed(ps) if p.end <= its and p.eid != subj.eid and p.kind != "demonym"), None)
    why = ""
    if owner is None:
        ant = subject_antecedent(ctx, sv, subj.start)
        if ant is None or ant[0] == subj.eid:
            return []
        owner, why = Part(ant[0], its, its + 3, ant[1], "anaphor"), ant[1]
    noun = m.group("noun").lower()
    kind = _KIND.get(noun) or NOUN_KIND.get(noun)
    return [(owner, subj, kind, m.start(), why)] if kind else []
