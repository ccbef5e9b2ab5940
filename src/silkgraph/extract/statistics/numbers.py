"""Finding the figures of a sentence for the statistics extractor: shares, money that measures an
actor (not a deal's price), counted measures, ranks, border lengths, holdings (``holdings``)
and ratios.  Whether money is a price is read in ``money_figures``, counts and their owners in
``count_figures``."""

from __future__ import annotations

import re
from dataclasses import replace

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import indicators as I
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.count_figures import (
    _clause,
    _counted,
    _demonym_owner,
    _gapped_counts,
    _harm_counts,
    _in_day_date,
    _num,
    _reported_dead,
    _scaled_counts,
    _system_named,
)
from silkgraph.extract.statistics.cue_regexes import Cues
from silkgraph.extract.statistics.holdings import HOLD_GATE_RE, holdings
from silkgraph.extract.statistics.item_owners import item_owners
from silkgraph.extract.statistics.kill_claims import kill_claims, may_claim
from silkgraph.extract.statistics.money_figures import (
    _appos_cost,
    _baseline,
    _deal_money,
    _glossed,
    _glosses_price,
    _project_cost,
)
from silkgraph.extract.statistics.owned_people import owned_people
from silkgraph.extract.statistics.owners import coordinated_shares
from silkgraph.extract.statistics.partitives import partitive_counts
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.extract.statistics.people import may_count_people, people_count
from silkgraph.extract.statistics.population import populations
from silkgraph.extract.statistics.put_tolls import put_tolls
from silkgraph.extract.statistics.recruits import may_recruit, recruits
from silkgraph.extract.statistics.reported_tolls import reported_tolls
from silkgraph.extract.statistics.respective import respective_amounts, respective_shares
from silkgraph.extract.statistics.seats import may_hold_seats, seat_counts
from silkgraph.extract.statistics.shares import word_fractions
from silkgraph.extract.statistics.told_tolls import told_tolls
from silkgraph.extract.statistics.tolls import side_tolls
from silkgraph.extract.statistics.volumes import volumes
from silkgraph.extract.statistics.work_costs import work_costs
from silkgraph.extract.statistics.work_figures import work_figures
from silkgraph.extract.statistics.works import lengths
from silkgraph.nlp.numbers import (
    ORDINALS,
    find_counts,
    find_money,
    find_percents,
)
from silkgraph.nlp.prefilter import gate_of


def _gate(sv: SentenceView, pattern: re.Pattern[str], twin: re.Pattern[str] | None,
          words: tuple[str, ...] | None = None) -> bool:
    """``pattern.search(sv.text)``, as a truth value. ``twin`` is the pattern's twin on
    ``sv.low``; ``words`` (optional) strings one of which every match holds in ``low``.
    A pattern whose matches start with known strings is tried only where they start."""
    low = sv.low
    gate = gate_of(pattern)
    if low is not None and gate.prefixes is not None:
        return gate.search(sv.text, low)
    if low is not None and twin is not None:
        if words is not None and not any(w in low for w in words):
            return False
        return gate_of(twin).search(low, low)  # (``twin.search(low)``: ``low`` is its own lower-cased form)
    return pattern.search(sv.text) is not None


def _may_hold_numbers(sv: SentenceView) -> bool:
    """``P.PREFILTER.search(sv.text)``, as a truth value: a digit, else one of its words."""
    return P.DIGIT_RE.search(sv.text) is not None \
        or _gate(sv, P.PREFILTER, P._PREFILTER_LOW, P.PREFILTER_WORDS)


# --------------------------------------------------------------------------- numbers


def _numbers(sv: SentenceView, ctx: ArticleContext, c: Cues, bounds: list[int]) -> list[Stat]:
    """The sentence's figures that may be statistics (shares, money that is no deal's price,
    counts, tolls, ranks, fractions, lengths, holdings, ratios), the longest of overlapping ones
    kept; ``bounds`` are the sentence's clause starts."""
    text = sv.text
    out: list[Stat] = []
    if _gate(sv, P.PERCENT_GATE_RE, P._PERCENT_GATE_LOW, P.PERCENT_GATE_WORDS):
        shares, changes = respective_shares(sv, ctx)
        out = shares + [st for st in [Stat(n.start, n.end, n.value, "percent") for n in find_percents(text)]
                        + coordinated_shares(text) if not any(a <= st.start < b for a, b in changes)]
        # ("X and Y grew by 6 and 4 percent": changes told of a list, no one actor's figures)
    # (the parallel lists first: "X, Y and Z …, with 6, 4 and 4 percent" gives each its own share)
    money = find_money(text) if _gate(sv, P.MONEY_GATE_RE, P._MONEY_GATE_LOW) else []
    money += I.local_money(sv)
    if money:
        priced = [_deal_money(sv, ctx, n, c, bounds) and not I.worth_measure(text, n) for n in money]
        resp = respective_amounts(sv, ctx, [(n.start, n.end) for n in money])
        out += [Stat(n.start, n.end, n.value, n.unit, resp[n.start].entity_id if n.start in resp else None,
                     why=f"'{resp[n.start].text}', the actor at the same place in the list before the amounts"
                     if n.start in resp else None) for i, n in enumerate(money)
                if not priced[i] and not _glosses_price(text, n, money, priced)
                and not _project_cost(text, n) and not _baseline(text, n)
                and not _glossed(text, n, money)
                and not P.DEAL_VALUED_RE.search(text[max(0, n.start - 80):n.start])
                and not _appos_cost(sv, ctx, n)]
    nouns = _gate(sv, P.COUNT_GATE_RE, P._COUNT_GATE_LOW, P.COUNT_GATE_WORDS)
    people = may_count_people(sv)
    if nouns or people:
        for n in find_counts(text):
            sm = P.COUNT_SCALE_RE.match(text, n.end)  # "1.5 million Tajik migrants"
            end, val = (sm.end(), n.value * P.SCALE_WORDS[sm.group(1).lower()]) if sm else (n.end, n.value)
            if nouns and _counted(text, n if sm is None else replace(n, end=end), c, bounds) \
                    and not _system_named(sv, ctx, end):
                out.append(Stat(n.start, end, val, "count", owner=_demonym_owner(sv, ctx, end)))
                out += _gapped_counts(sv, ctx, end)
            elif people and (pc := people_count(sv, ctx, c, n.start, end, val, *_clause(bounds, n.start, len(text)))):
                out.append(pc)  # "more than 100,000 people fled", "deported 800,000 Afghans"
    # "said 47 of its citizens had died", "X said 59 had died" (first: the toll's reading takes the
    # place of the same number read as a bare count)
    out = told_tolls(sv, ctx) + out
    out += side_tolls(sv, ctx, bounds)  # "87 wounded on its side", "the number of X rose to 59"
    if c.harm is not None and _gate(sv, P.HARM_GATE_RE, None):  # tried only where its words start
        out += _harm_counts(sv, ctx, c.harm)
    if "killed" in text:  # (first: they take the place of the same number read as a bare count)
        out = reported_tolls(sv, ctx, _demonym_owner) + out
    if may_claim(text):
        out = kill_claims(sv, ctx) + out  # "said it had killed 40 Taliban fighters", "nine X fighters had died"
    if "dead" in text or "deaths" in text or "fatalities" in text or "killed" in text:
        out += _reported_dead(sv, ctx)
    tell = "put" in text or "estimate" in text or "assessed" in text or "reckoned" in text
    if tell or "from " in text:
        pt = put_tolls(sv, ctx, bounds) if tell else []  # (its reading of a number takes the place of any other)
        out = pt + [s for s in out if not any(s.start <= p.start < s.end for p in pt)] + _scaled_counts(sv, ctx)
    if may_recruit(sv.low if sv.low is not None else text.lower()):
        out = recruits(sv, ctx) + out  # "some 3,000 fighters from X travelled to Syria" (first: the owner's reading)
    if " of them " in text or " of whom " in text:
        out = partitive_counts(sv, ctx) + out  # "about 9,800 of them American" (first: the demonym's reading)
    out += _ranks(sv, ctx, c)
    if may_hold_seats(text):  # "won 145 of the 225 seats", "the 120-seat X", "X of 75 deputies"
        out = seat_counts(sv, ctx) + out  # (first: the winner's or chamber's reading of the number)
    pops = populations(sv, ctx)  # (its reading of a number takes the place of a bare count's: "a city of roughly N people")
    out = [s for s in out if not any(s.start <= p.start < s.end for p in pops)] + pops
    if any(m.kind == "demonym" for m in sv.mentions):
        out += owned_people(sv, ctx)  # "about 1.3 million Tajik citizens entered Russia"
    if " of " in text:
        out += [Stat(m.start("w"), m.end("w"), P.WORD_SHARES[re.split(r"[\s-]", m.group("w").lower())[-1]], "percent")
                for m in gate_of(P.WORD_SHARE_RE).finditer(text, sv.low)]  # tried where a verb starts
        out += I.word_share_leads(text)
    out += word_fractions(sv, ctx)  # "…, close to half of X's GDP", "one in five Kyrgyz adults"
    if "kilomet" in text or "km" in text:
        out += lengths(sv, ctx, c)  # of borders, works and weapons' ranges
    if " of " in text and HOLD_GATE_RE.search(text):
        out += holdings(sv, ctx)
    out += volumes(sv, ctx)  # "33 billion cubic metres a year", "4.5 million tonnes"
    if money:  # "its cost is put at $4.8 billion": the work's (first: it takes the place of the bare amount)
        out = work_costs(sv, ctx, money, out) + out
    out = work_figures(sv, ctx, money) + out  # a named work's size, capacity, cost (first: the work's own)
    if money:  # "followed by Y at $2.4 billion", "Afghan sales of $30 million": the actor named before it
        out = item_owners(sv, ctx, money) + out
    # (the gate: every match holds "times")
    out += [Stat(m.start(), m.end(), _num(m.group("n")), "ratio") for m in gate_of(c.ratio).finditer(text, sv.low)]
    if any(d.day is not None for d in sv.dates):  # "signed on November 9 deployed 12 peacekeepers"
        out = [s for s in out if s.unit != "count" or not _in_day_date(sv, s.start)]
    harms = [s for s in out if s.harm]
    return [_as_harm(t, harms) for t in leftmost_longest(out)]


def leftmost_longest(stats: list[Stat]) -> list[Stat]:
    """The figures by start, the longest first at one start, leaving out each that starts inside
    one kept: all kept start at or before it, so only the furthest end kept so far is compared
    (one pass, where comparing with every kept figure grew with the square of a long list)."""
    taken: list[Stat] = []
    reach = -1
    for s in sorted(stats, key=lambda s: (s.start, -(s.end - s.start))):
        if s.start >= reach:
            taken.append(s)
            reach = max(reach, s.end)
    return taken


def _as_harm(t: Stat, out: list[Stat]) -> Stat:
    """A plain count read again as people hurt or held ("more than 100,000 residents were
    evacuated"): the harm reading of the same number, which knows whose people they are."""
    if t.unit != "count" or t.harm:
        return t
    return next((s for s in out if s.harm and s.value == t.value and t.start <= s.start < t.end), t)


def _anchored(sv: SentenceView) -> bool:
    """A year range ("in 2020–2024") or a share figure ("with 8.3 percent") in the sentence."""
    return any(d.kind == "range" for d in sv.dates) or _gate(sv, P.PERCENT_GATE_RE, P._PERCENT_GATE_LOW, P.PERCENT_GATE_WORDS)


def _ranks(sv: SentenceView, ctx: ArticleContext, c: Cues) -> list[Stat]:
    """Places in a ranking: "ranked Pakistan second", "ranks fifth in the index", "in second place"."""
    out: list[Stat] = []
    text = sv.text
    for m in (P.RANKED_RE.finditer(text) if "rank" in text else ()):  # literal pre-check
        hint = None
        for mm in sv.mentions:
            if m.start("who") <= sv.rel(mm.start) < m.end("who"):
                hint = mm.entity_id
        out.append(Stat(m.start("o"), m.end("o"), float(_ordinal(m.group("o"))), "rank", hint))
    for m in (P.IN_PLACE_RE.finditer(text) if "place" in text else ()):
        out.append(Stat(m.start("o"), m.end("o"), float(_ordinal(m.group("o"))), "rank"))
    # a place in a ranking is a measurement when the sentence anchors it: a year range
    # ("in 2020–2024") or the share figure it rests on ("with 8.3 percent")
    if "largest" in text or "biggest" in text:
        for m in P.LARGEST_RE.finditer(text):
            if not (_anchored(sv) or (m.group("o") and P.WORLD_BEFORE_RE.search(text, max(0, m.start() - 12), m.end()))):
                continue  # "the world's fourth-largest exporter" anchors itself (not a bare "world's largest")
            hint = None
            who = P.RANKED_WHO_RE.search(text[max(0, m.start() - 60):m.start()])
            if who is not None:
                off = max(0, m.start() - 60)
                for mm in sv.mentions:
                    if off + who.start("who") <= sv.rel(mm.start) < off + who.end("who") \
                            and ctx.etype(mm.entity_id) in P.SUBJECT_TYPES:
                        hint = mm.entity_id
            g = "o" if m.group("o") else "top"
            out.append(Stat(m.start(g), m.end(g), float(_ordinal(m.group(g))), "rank", hint))
    return out



def _ordinal(word: str) -> int:
    w = word.lower()
    if w in ORDINALS:
        return ORDINALS[w]
    return int(re.sub(r"\D", "", w) or 0)
