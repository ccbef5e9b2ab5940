"""Statistics: shares, money amounts, counts and ranks with the actor they describe.

For every percentage, amount of money (not the value of a deal), counted measure
("685 security personnel killed", "nearly 40 countries") and rank in a ranking
("ranked Pakistan second"), the extractor finds:

* the *subject*: the first actor of the number's clause that is not a source ("according
  to SIPRI", "SIPRI data show") nor governed by a preposition; "this figure" takes the
  previous statistic's subject, "the country's" the article's main state; an owner named right
  around the figure comes first ("21 percent for X", "credited to X", "X, the source of",
  ``owners``), and a pronoun heading the clause stands for what it refers to ("it took",
  "Its members", "gave it", ``pronouns``); a place named again by a definite noun ("the
  crossing, which …") and the origin of people fleeing into a state are places (``places``);
  when the sentence ties no actor to the figure, ``fallback`` picks a place, a bloc, a party or
  the article's main state;
* the *period*: a year range nearest to the number ("2011-2020", "between 2011 and 2020"),
  else a year ("in 2024" → [2024, 2024]), else "during this period" → the previous
  statistic's period;
* the *scope*: another state or place after the number ("of Armenia's arms imports") or
  before it after "to" ("exports to Central Asia").
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Any

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import agent_demonyms as AD
from silkgraph.extract.statistics import coordinated_tolls as CT
from silkgraph.extract.statistics import framing as F
from silkgraph.extract.statistics import indicators as I
from silkgraph.extract.statistics import kill_claims as KC
from silkgraph.extract.statistics import owners as O
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics import targets as TG
from silkgraph.extract.statistics.count_patterns import OWNED_LEAD_RE
from silkgraph.extract.statistics.cue_regexes import Cues, cues
from silkgraph.extract.statistics.figure_subjects import _pick_subject
from silkgraph.extract.statistics.measure_phrases import negated_subject
from silkgraph.extract.statistics.numbers import _clause, _may_hold_numbers, _numbers
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.extract.statistics.volumes import VOLUME_UNITS
from silkgraph.model import Fact

# --------------------------------------------------------------------------- entry point


# the largest figure a statistic may hold: world GDP in dollars is about 1e14
MAX_VALUE = 1e15


def extract_statistics(sv: SentenceView, ctx: ArticleContext) -> list[Fact]:
    words_only = not _may_hold_numbers(sv)
    if words_only and not KC.may_claim(sv.text):
        return []
    c = cues()
    bounds = [m.start() for m in P.CLAUSE_RE.finditer(sv.text)]
    out: list[Fact] = []
    # (a toll in words, "said nine X fighters had died", is the only figure a sentence without digits may hold)
    for st in KC.kill_claims(sv, ctx) if words_only else _numbers(sv, ctx, c, bounds):
        f = _fact(sv, ctx, c, bounds, st)
        if f is not None:
            out.append(f)
    return out


# --------------------------------------------------------------------------- facts


def _fact(sv: SentenceView, ctx: ArticleContext, c: Cues, bounds: list[int], st: Stat) -> Fact | None:
    if not math.isfinite(st.value) or abs(st.value) >= MAX_VALUE:
        return None  # a digit run of hundreds of digits is no figure (and no JSON number)
    prev: dict[str, Any] = ctx.scratch.setdefault("last_statistic", {})
    lo, hi = _clause(bounds, st.start, len(sv.text))
    if negated_subject(sv.text, lo, hi, st):
        return None  # "A 45 percent rise in X's imports was not recorded": no figure is asserted
    target = TG.target_start(sv, lo, st)
    if target is not None:  # "X set a target of $3 billion", "X agreed to raise trade to $10 billion": X's plan
        setter = TG.target_setter(sv, ctx, lo, target, st)
        if setter is None:
            return None  # "the two governments set a target of …": no one's figure
        st = replace(st, subject_hint=setter[0], why=setter[1])
    inf: dict[str, str] = {}
    same = prev.get("index") == sv.index and prev.get("end", len(sv.text)) <= st.start
    scope: str | None = None
    measure: str | None = None
    if same and st.unit == prev.get("unit") and prev.get("subject") and CT.coordinated_toll(sv.text, prev["end"], st):
        subj_id, subj_m = prev["subject"], None  # "19 of its soldiers had been killed and 27 wounded"
        inf["subject"] = "the side of the dead counted right before (its wounded)"
        scope = prev.get("scope")
    elif same and st.unit == prev.get("unit") and st.unit not in ("count", "rank") and prev.get("subject") \
            and st.subject_hint is None \
            and P.COORD_FIGURE_RE.match(re.sub(r"^\s*of\s+", " ", sv.text[prev["end"]:st.start])) \
            and O.owner_after(sv, ctx, st) is None:  # "27 percent for X and 7 percent for Y": Y's own
        # "95 percent of its P and 20 percent of its Q", "$5.5 billion in 2023 and $7.1 billion in 2024"
        subj_id, subj_m = prev["subject"], None
        inf["subject"] = "subject of the figure coordinated before it"
        scope = prev.get("scope")
        measure = prev.get("measure") if st.unit != "percent" else None
    elif same and st.unit == prev.get("unit") == "percent" and prev.get("subject") \
            and (fl := P.FROM_LEVEL_RE.search(sv.text, prev["end"], st.start)) is not None \
            and ";" not in sv.text[prev["end"]:st.start] and not P.FOR_ACTOR_RE.match(sv.text, st.end) \
            and not any(fl.start() <= sv.rel(m.start) < st.start for m in sv.mentions) \
            and O.share_noun_owner(sv, ctx, lo, st) is None:
        # "stood at 70 percent, down from 74 percent a year earlier", "slowed to 3.5 percent from a
        # peak of 38 percent": the earlier level of the same measure, the same subject's
        subj_id, subj_m = prev["subject"], None
        inf["subject"] = "subject of the figure whose earlier level this is"
        scope, measure = prev.get("scope"), prev.get("measure")
    else:
        subj_id, subj_m = _pick_subject(sv, ctx, c, st, lo, hi, prev, inf)
        if st.amount and st.owner is None and AD.agent_demonym(sv, subj_m):
            return None  # "the Indian company is to invest $120 million": the company's money, not India's
    if subj_id is None and (st.owner is None or not (P.SIDE_AFTER_RE.match(sv.text, st.end)
                                                     or P.PERFECT_DEAD_RE.match(sv.text, st.end)
                                                     or ((P.OWNED_PEOPLE_RE.match(sv.text, st.end)
                                                          or P.OWNED_CIVIL_RE.match(sv.text, st.end))
                                                         and P.HEADS_CLAUSE_RE.fullmatch(sv.text, lo, st.start))
                                                     or (P.OWNED_PEOPLE_RE.match(sv.text, st.end)
                                                         and OWNED_LEAD_RE.fullmatch(sv.text, lo, st.start)))):
        return None  # a count with no actor: only "… on the Kyrgyz side", "105 Armenian servicemen had
        # been killed", "Some 7,000 Russian troops are …" (heading its clause, or its reported or
        # comma-fronted part: "He said 88 X soldiers were …") name whose people they are
    if st.owner is not None and subj_id != st.owner:
        inf["subject"] = "the state whose people are counted (its demonym or side named with them)"
        subj_id = st.owner
    if subj_id in c.acting_for and ctx.entity(c.acting_for[subj_id]) is not None:
        why = f"{ctx.entity(subj_id).name} acts for {ctx.entity(c.acting_for[subj_id]).name}"  # type: ignore[union-attr]
        inf["subject"] = f"{inf['subject']}; {why}" if inf.get("subject") else why
        subj_id = c.acting_for[subj_id]
    period = None if st.noun in ("length", "range", "width", "depth", "height", "capacity", "area irrigated") else F.period(sv, ctx, c, st, lo, hi, prev)  # a work's length: no period
    unit = st.unit
    unit = I.state_currency(unit, subj_id, sv.text[st.start:st.end + 12])  # "2.55 trillion rupees" in Pakistan's budget
    args: dict[str, Any] = {
        "subject": subj_id,
        "measure": measure or st.noun or ("length of the border" if st.unit == "km" else F.measure(sv, subj_m, st, lo)),
        "value": float(st.value),
        "unit": unit,
        "period": period,
        "scope": scope or (None if st.noun else F.scope(sv, ctx, subj_id, st, lo, hi)),
    }
    prev.update(subject=subj_id, period=period, index=sv.index, unit=st.unit, end=st.end, scope=args["scope"],
                measure=args["measure"])
    f = ctx.fact("statistic", sv, args, sv.abs(st.start), inferences=inf,
                 modality="planned" if target is not None else None)
    if (args["measure"] in ("length of the border", "length") or st.unit in VOLUME_UNITS) \
            and f.modality in STANDING_MODALITIES and target is None:
        f.modality = "asserted"  # "a route that would run along X's 44-km border": the border is there;
        # "the line would run 573 km", "would carry 33 bcm a year": a work's length and capacity as designed
    return f


# the modalities of a clause planning or supposing something, which a border's length it names
# does not share
STANDING_MODALITIES = ("hypothetical", "planned", "expected")
