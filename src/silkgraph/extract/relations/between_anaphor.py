"""A pair named again after "between": "relations between the two countries remain tense",
"the heaviest fighting between the neighbours", "the rivalry between the two Asian giants",
"the deadliest clash between the two armies" (the armies stand for their states),
"relations between the two strategic partners" (a relation noun then tells the kind).  The
anaphor stands for the two states the sentence names before it (exactly two), else for the two
states the previous sentence names as :func:`silkgraph.extract.pronoun.pair_anaphor_at` finds
them (its article-wide guesses are left out); at a paragraph's start, for the pair the article's
title names (:func:`silkgraph.resolve.pairs_anaphora.title_pair`); a relative clause after it telling the pair's wars
(", who fought two wars") makes them adversaries.  A potential or future conflict is no relation
told."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import opens_paragraph
from silkgraph.extract.events import Part
from silkgraph.extract.events.article import states_named_before
from silkgraph.extract.group_nouns import PAIR_NOUNS_ALT
from silkgraph.extract.pronoun import pair_anaphor_at
from silkgraph.extract.relations.cues import BY_SHAPE, NOUN_KIND
from silkgraph.extract.relations.pairs import BETWEEN_PRED_RE, COOPERATION_HEAD_RE, pred_kind
from silkgraph.resolve.pairs_anaphora import title_pair

Found = tuple[Part, Part, str, int, str]
# the anaphor right after "between": "the two (Asian) giants", "both countries", "the neighbours"
PAIR_NP_RE = re.compile(r"\s*(?P<ana>(?:the\s+two|both)\s+(?:[\w\-]+\s+){0,2}?(?:" + PAIR_NOUNS_ALT + r"|"
                        r"neighbou?ring\s+countries|armies|militaries|armed\s+forces|(?P<noun>partners|allies|adversaries))|"
                        r"the\s+(?:two\s+)?(?:(?:nuclear-armed|nuclear|feuding|estranged|warring|hostile|rival|uneasy)\s+)?neighbou?rs)\b", re.I)
TWO_RE = re.compile(r"^(?:the\s+two|both|the\s+(?:[\w\-]+\s+)?neighbou?rs)\b", re.I)  # a pair the previous sentence may name
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
                    kind = pred_kind(pm, text)  # type: ignore[assignment]
                    if kind is None or kind == "rival" and COOPERATION_HEAD_RE.match(m.group(0)):
                        continue
                if FOUGHT_REL_RE.match(text, am.end()):
                    continue  # "relations between the neighbours, who fought two wars": fought_anaphor
                got = _resolve(ctx, sv, am)
                if got is not None:
                    s, e = am.start("ana"), am.end("ana")
                    out.append((Part(got[0][0], s, e), Part(got[0][1], s, e), kind, m.start(), got[1]))
    return out


def _resolve(ctx: ArticleContext, sv: SentenceView, am: re.Match[str]) -> tuple[list[str], str] | None:
    """The two states the pair anaphor ``am`` (group "ana") stands for: the two the sentence names
    before it, else the pair of the previous sentence."""
    here = states_named_before(ctx, sv, am.start("ana"))
    if len(here) == 2:
        return here, f"'{am.group('ana')}' = the two states the sentence names before it"
    if here or not TWO_RE.match(am.group("ana")):
        return None
    # "the neighbours", "the nuclear-armed neighbours": a pair
    ana = re.sub(r"^the\s+(?:[\w\-]+\s+)?(?=neighbou?rs)", "the two ", am.group("ana"), flags=re.I)
    if opens_paragraph(ctx, sv) and (tp := title_pair(ctx)) is not None:  # the pair the article is about
        return tp[0], f"'{am.group('ana')}' = {tp[1]}"
    got = pair_anaphor_at(ctx, sv, ana, am.start("ana"), am.end("ana"))
    if not got or len(got[0]) != 2 or "previous sentence" not in got[1]:
        return None  # only the pair the sentence before names: the article-wide guesses vary
    return got[0], got[1].replace(f"'{ana}'", f"'{am.group('ana')}'")  # the words the sentence holds


# a relative clause telling the pair's wars: ", who fought two wars", ", which clashed in 2022" (not
# "fought alongside each other")
FOUGHT_REL_RE = re.compile(r"\s*,\s*(?:which|who)\s+(?:have\s+|had\s+)?(?:(?:repeatedly|twice|briefly|already|bitterly|last)\s+)?"
                           r"(?:clashed|fought|went\s+to\s+war)\b(?!\s+(?:alongside|together|side\s+by\s+side|as\s+allies|"
                           r"on\s+the\s+same)\b)", re.I)
ANA_BEFORE_RE = re.compile(r"(?P<ana>(?:the\s+two|both)\s+(?:[\w\-]+\s+){0,2}?(?:countries|states|nations|neighbou?rs|republics)|"
                           r"the\s+neighbou?rs)$", re.I)


def fought_anaphor(sv: SentenceView, ctx: ArticleContext, ps: list[Part]) -> list[Found]:
    """"… relations between the neighbours, who fought two wars", "trade between the two countries,
    which clashed in 2022": a pair anaphor whose relative clause tells its wars (adversaries)."""
    out: list[Found] = []
    text = sv.text
    for fm in FOUGHT_REL_RE.finditer(text):
        am = ANA_BEFORE_RE.search(text, max(0, fm.start() - 60), fm.start())
        if am is None or any(p.start >= am.start("ana") and p.end <= am.end("ana") for p in ps):
            continue
        got = _resolve(ctx, sv, am) or _leaders_before(ctx, sv, am.start("ana"))
        if got is not None:
            s, e = am.start("ana"), am.end("ana")
            out.append((Part(got[0][0], s, e), Part(got[0][1], s, e), "adversary", fm.start(), got[1]))
    return out


def _leaders_before(ctx: ArticleContext, sv: SentenceView, pos: int) -> tuple[list[str], str] | None:
    """"Aliyev said …, while Pashinyan hailed relations between the neighbours, who fought …": the
    states of the persons of exactly two known countries the sentence names before ``pos`` (no
    state named)."""
    people = [mt for mt in sv.mentions if sv.rel(mt.end) <= pos and (e := ctx.entity(mt.entity_id)) is not None
              and e.type in ("person", "state")]
    if not people or any(ctx.etype(mt.entity_id) == "state" for mt in people):
        return None
    countries = list(dict.fromkeys(ctx.entity(mt.entity_id).country or "" for mt in people))  # type: ignore[union-attr]
    if len(countries) != 2 or "" in countries or any(ctx.entity(f"state:{c}") is None for c in countries):
        return None
    names = " and ".join(dict.fromkeys(mt.text for mt in people))
    return [f"state:{c}" for c in countries], f"the pair = {names}, who act for {countries[0]} and {countries[1]}"
