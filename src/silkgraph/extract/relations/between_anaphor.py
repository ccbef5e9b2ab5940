"""A pair named again after "between": "relations between the two countries remain tense",
"the heaviest fighting between the neighbours", "the rivalry between the two Asian giants",
"relations between the two strategic partners" (a relation noun then tells the kind).  The
anaphor stands for the two states the sentence names before it (exactly two), else for the two
states the previous sentence names as :func:`silkgraph.extract.pronoun.pair_anaphor_at` finds
them (its article-wide guesses are left out).  A potential or future conflict is no relation
told."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part
from silkgraph.extract.events.article import states_named_before
from silkgraph.extract.pronoun import pair_anaphor_at
from silkgraph.extract.relations.cues import BY_SHAPE, NOUN_KIND
from silkgraph.extract.relations.pairs import BETWEEN_PRED_RE, COOPERATION_HEAD_RE, pred_kind

Found = tuple[Part, Part, str, int, str]
# the anaphor right after "between": "the two (Asian) giants", "both countries", "the neighbours"
PAIR_NP_RE = re.compile(r"\s*(?P<ana>(?:the\s+two|both)\s+(?:[\w\-]+\s+){0,2}?(?:countries|states|nations|neighbou?rs|sides|"
                        r"governments|capitals|powers|giants|rivals|republics|neighbou?ring\s+countries|(?P<noun>partners|allies|adversaries))|"
                        r"the\s+(?:two\s+)?neighbou?rs)\b", re.I)
TWO_RE = re.compile(r"^(?:the\s+two|both|the\s+neighbou?rs)\b", re.I)  # a pair the previous sentence may name
UNREAL_BEFORE_RE = re.compile(r"\b(?:potential|possible|hypothetical|future|any|an?\s+new|avoid(?:ing)?|prevent(?:ing)?)\s+(?:[\w\-]+\s+)?$", re.I)


def between_anaphor(sv: SentenceView, ctx: ArticleContext, ps: list[Part], live: set[int]) -> list[Found]:
    out: list[Found] = []
    text = sv.text
    for shape in ("pair_between", "between_pred"):
        for cue in BY_SHAPE.get(shape, []):
            if id(cue) not in live:
                continue
            for m in cue.gate.finditer(text, sv.low):
                if UNREAL_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()):
                    continue  # "a potential conflict between the two countries": not a relation told
                am = PAIR_NP_RE.match(text, m.end())
                if am is None or any(p.start >= am.start("ana") and p.end <= am.end("ana") for p in ps):
                    continue
                kind = cue.kind
                if am.group("noun"):  # "relations between the two strategic partners": the noun tells the kind
                    kind = NOUN_KIND[am.group("noun").lower()]
                elif shape == "between_pred":
                    pm = BETWEEN_PRED_RE.match(text, am.end())
                    if pm is None:
                        continue
                    kind = pred_kind(pm)
                    if kind == "rival" and COOPERATION_HEAD_RE.match(m.group(0)):
                        continue
                here = states_named_before(ctx, sv, am.start("ana"))
                if len(here) == 2:
                    ids, why = here, f"'{am.group('ana')}' = the two states the sentence names before it"
                elif not here and TWO_RE.match(am.group("ana")):
                    ana = re.sub(r"^the\s+(?=neighbou?rs)", "the two ", am.group("ana"), flags=re.I)  # "the neighbours": a pair
                    got = pair_anaphor_at(ctx, sv, ana, am.start("ana"), am.end("ana"))
                    if not got or len(got[0]) != 2 or "previous sentence" not in got[1]:
                        continue  # only the pair the sentence before names: the article-wide guesses vary
                    ids, why = got
                else:
                    continue
                s, e = am.start("ana"), am.end("ana")
                out.append((Part(ids[0], s, e), Part(ids[1], s, e), kind, m.start(), why))
    return out
