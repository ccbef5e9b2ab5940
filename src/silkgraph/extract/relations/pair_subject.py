"""The ``pair_subject`` cues (and ``pair_subject_named``, ``pair_object``): "X and Y have never
restored diplomatic relations", "the two countries that fought".  Reads the coordinated subject
before the cue, or the states a plural anaphor stands for; moved out of the package's
``__init__`` to keep it small (also used there for the armed groups' coordinated pairs)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part, clause_bounds, participants, plural_anaphor
from silkgraph.extract.events.article import last_plural
from silkgraph.extract.grammar import LIST_GAP_RE
from silkgraph.extract.pronoun import pair_anaphor
from silkgraph.extract.relations.anaphora import leaders_pair
from silkgraph.extract.relations.cues import BY_SHAPE
from silkgraph.extract.relations.like_aside import in_rel_aside, nonstate_head
from silkgraph.extract.relations.lists import PAIR_AND_RE
from silkgraph.extract.relations.maker import merged_runs
from silkgraph.extract.relations.pair_object import verb_gap
from silkgraph.extract.relations.pair_referents import (
    demonym_only_before,
    he_part,
    same_sentence_pair,
)

# a copula cue denied right after its verb: "are not rivals", "have never been allies", "are no longer partners"
COPULA_NEG_RE = re.compile(r"(?:\w+\s+){1,2}?(?:not|never|no\s+longer)\s+(?:been\s+|become\s+)?(?:\w+\s+){0,2}?"
                           r"(?:allie[sd]|partners|rivals|arch-?rivals|competitors|adversaries|enemies|arch-?enemies|foes|"
                           r"hostile|estranged)\b", re.I)

# a modal before "become": "may one day become", "might yet become", "could eventually become"
MODAL_BEFORE_RE = re.compile(r"\b(?:may|might|could|would|will|can)\s+(?:(?:one\s+day|yet|eventually|soon|still|someday|in\s+time|well)\s+)?$", re.I)


def _pair_subject(sv: SentenceView, ctx: ArticleContext, ps: list[Part], live: set[int]) -> list[tuple[Part, Part, str, int, str]]:
    """"X and Y have never restored diplomatic relations", "the two countries that fought":
    the coordinated subject, or the states a plural anaphor stands for."""
    out: list[tuple[Part, Part, str, int, str]] = []
    text = sv.text
    for cue in BY_SHAPE.get("pair_subject", []) + BY_SHAPE.get("pair_subject_named", []) + BY_SHAPE.get("pair_object", []):
        if id(cue) not in live:
            continue
        for m in cue.gate.finditer(text, sv.low):
            if COPULA_NEG_RE.match(m.group(0)):
                continue  # "X and Y are not rivals", "… have never been allies"
            if m.group(0)[:6].lower() == "become" and MODAL_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "X and Y may one day become partners": a possibility, not a relation
            cs, _ = clause_bounds(text, m.start(), m.end())
            if cue.shape == "pair_object" and not verb_gap(text, cs, m.start()):
                continue  # "X and Y <any verb group> a strategic partnership": not "X and Y suspended …"
            if text[cs - 5:cs].strip().lower() == "that":  # "the two countries that fought"
                cs, _ = clause_bounds(text, cs - 6, cs - 5)
            ap = APPOS_REL_RE.search(text, max(0, m.start() - 160), m.start())
            if ap is not None and ap.start() < cs:  # "X and Y, neighbours that had never …, traded strikes"
                cs, _ = clause_bounds(text, ap.start(), ap.start())
            subj = [p for p in ps if cs <= p.start and p.end <= m.start() and not in_rel_aside(text, cs, m.start(), p)]
            if len(subj) < 2:  # "Aliyev and Putin signed …": leaders stand for their states
                subj = sorted(subj + [p for p in participants(sv, ctx) if p.why and p.kind == "title"
                                      and p.eid.startswith("state:") and cs <= p.start and p.end <= m.start()],
                              key=lambda p: p.start)
            subj = merged_runs(subj, text)  # "Russian President X and Uzbek President Y signed …": one part each
            if subj and (he := HE_AND_RE.search(text, cs, subj[-1].start)) is not None \
                    and TITLE_GAP_RE.fullmatch(text, he.end(), subj[-1].start) \
                    and (hp := he_part(sv, ctx, he.start(), subj[-1].eid)) is not None:
                subj = [hp, subj[-1]]  # "during X's visit to Ankara, he and Erdoğan signed …"
                out.append((subj[0], subj[1], cue.kind, m.start(), ""))  # ("he and President Y": a title between)
                continue
            if len(subj) > 2 and not PAIR_AND_RE.fullmatch(text[subj[0].end:subj[1].start]) \
                    and not LIST_GAP_RE.fullmatch(text, subj[-3].end, subj[-2].start):
                subj = subj[-2:]  # "at the China–Central Asia summit, X and Y signed …": the pair before the verb
            if len(subj) >= 2 and PAIR_AND_RE.fullmatch(text[subj[0].end:subj[1].start]):
                if nonstate_head(text, subj[0].start):
                    continue  # "Analysts from X and Y disputed …": not the states' own act
                if cue.shape == "pair_subject_named" and "group" in (subj[0].kind, subj[1].kind):
                    continue  # "China and the five Central Asian states signed …": not a pair's own tie
                out.append((subj[0], subj[1], cue.kind, m.start(), ""))
                continue
            if subj or cue.shape in ("pair_subject_named", "pair_object"):
                continue  # ("the two governments announced a partnership": the visit's pair, visit_pair.py)
            # "X and Y call each other partners, but in Central Asia they are rivals": the sentence's pair
            ana = same_sentence_pair(ps, text, cs, m.start(), they=True)
            same = ana is not None
            if ana is None:
                ana = plural_anaphor(ctx, sv, cs, m.start())
            if ana and not same and demonym_only_before(ctx, sv, ana[0]):  # "German officials": no party of the pair
                pa = last_plural(text, m.start(), cs)
                ana = pair_anaphor(ctx, sv, pa) if pa else None
            named = {p.eid for p in participants(sv, ctx) if p.eid.startswith("state:") and p.start < m.start()}
            if ana is None:  # "X and Y opened drills, marking years since the two countries signed …"
                ana = same_sentence_pair(ps, text, cs, m.start())
            if ana is None:  # "Tokayev and Japarov met. The two leaders hailed their alliance."
                ana = leaders_pair(ctx, sv, cs, m.start())
            if ana and len(ana[0]) == 2 and (same or re.search(r"\b(?:two|both)\b", text[cs:m.start()], re.I)) \
                    and named <= set(ana[0]):  # a state named before the anaphor must be one of its referents
                a, b = ana[0]
                out.append((Part(a, m.start(), m.start()), Part(b, m.start(), m.start()), cue.kind, m.start(), ana[1]))
    return out


# an apposition with a relative clause between a coordinated subject and its verb: ", neighbours
# that had never before fired on each other's territory, "
APPOS_REL_RE = re.compile(r",\s+(?:(?:a|an|the|two|both|old|long-?time)\s+)?(?-i:[a-z])[\w\-]+(?:\s+(?-i:[a-z])[\w\-]+)?\s+"
                          r"(?:that|which|who)\b[^;,]{1,120},\s*$")
HE_AND_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+and\s+")
TITLE_GAP_RE = re.compile(r"(?:[A-Z][a-z]+\s+){0,3}")  # "he and President X": the other's title
