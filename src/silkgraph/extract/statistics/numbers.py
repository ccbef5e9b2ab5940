"""Finding the figures of a sentence for the statistics extractor: shares, money that measures an
actor (not a deal's price), counted measures, ranks, border lengths, holdings (``holdings``)
and ratios."""

from __future__ import annotations

import re
from dataclasses import replace

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import APOSTROPHE_S_OPT_RE
from silkgraph.extract.statistics import indicators as I
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.cue_regexes import Cues
from silkgraph.extract.statistics.holdings import HOLD_GATE_RE, holdings
from silkgraph.extract.statistics.item_owners import item_owners
from silkgraph.extract.statistics.kill_claims import kill_claims, may_claim
from silkgraph.extract.statistics.owned_people import owned_people
from silkgraph.extract.statistics.owners import coordinated_shares
from silkgraph.extract.statistics.patterns import YEAR_RE, Stat
from silkgraph.extract.statistics.people import may_count_people, people_count
from silkgraph.extract.statistics.population import populations
from silkgraph.extract.statistics.poss_counts import PEOPLE_AFTER_RE
from silkgraph.extract.statistics.put_tolls import put_tolls
from silkgraph.extract.statistics.recruits import may_recruit, recruits
from silkgraph.extract.statistics.reported_tolls import reported_tolls
from silkgraph.extract.statistics.respective import respective_amounts, respective_shares
from silkgraph.extract.statistics.shares import word_fractions
from silkgraph.extract.statistics.told_tolls import told_tolls
from silkgraph.extract.statistics.tolls import side_tolls
from silkgraph.extract.statistics.valuation import premodified_deal, valued_stock
from silkgraph.extract.statistics.volumes import volumes
from silkgraph.extract.statistics.work_costs import work_costs
from silkgraph.extract.statistics.work_figures import work_figures
from silkgraph.extract.statistics.works import lengths
from silkgraph.nlp.numbers import (
    ORDINALS,
    WORD_NUMBERS,
    Number,
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
    if "dead" in text or "deaths" in text or "fatalities" in text:
        out += _reported_dead(sv, ctx)
    if "put " in text or "from " in text:
        out = (put_tolls(sv, ctx, bounds) if "put " in text else []) + out + _scaled_counts(sv, ctx)
    if may_recruit(sv.low if sv.low is not None else text.lower()):
        out = recruits(sv, ctx) + out  # "some 3,000 fighters from X travelled to Syria" (first: the owner's reading)
    out += _ranks(sv, ctx, c)
    out += populations(sv, ctx)
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


def _in_day_date(sv: SentenceView, pos: int) -> bool:
    """Whether the number at ``pos`` is the day of a date ("on November 9", "9 May"): no count."""
    a = sv.abs(pos)
    return any(d.day is not None and d.start <= a < d.end for d in sv.dates)


def _harm_counts(sv: SentenceView, ctx: ArticleContext, harm: re.Pattern[str]) -> list[Stat]:
    """People hurt or held, counted ("detained 224 people", "113 officers had been injured"): the
    number of each match of ``harm`` that is no year."""
    out: list[Stat] = []
    for m in harm.finditer(sv.text):
        g = next(k for k in ("n1", "n2", "n3", "n4") if m.group(k))
        if YEAR_RE.fullmatch(m.group(g)):
            continue  # a year ("on 9 December 2022 left soldiers injured")
        out.append(Stat(m.start(g), m.end(g), float(m.group(g).replace(",", "")), "count",
                        owner=_demonym_owner(sv, ctx, m.end(g)), harm=True,
                        noun=re.sub(r"\s+", " ", m.group(0).strip())))
    return out


def _gapped_counts(sv: SentenceView, ctx: ArticleContext, end: int) -> list[Stat]:
    """"Pakistan held about 170 warheads in January 2024 and India 172": a bare number after a
    coordinated actor counts the same thing for that actor (the verb and noun are left out)."""
    gm = P.GAPPED_COUNT_RE.match(sv.text, end)
    if gm is None:
        return []
    who = next((m for a, _b, m in sv.mentions_rel() if a == gm.start("who")
                and ctx.etype(m.entity_id) in P.SUBJECT_TYPES), None)
    if who is None:
        return []
    return [Stat(gm.start("n"), gm.end("n"), float(gm.group("n").replace(",", "")), "count", subject_hint=who.entity_id)]


def _demonym_owner(sv: SentenceView, ctx: ArticleContext, end: int) -> str | None:
    """"175 Armenian soldiers", "some 300 Pakistani troops": the state that a demonym (or state
    name) written between the number and its counted noun names owns the people counted; so does
    the side named after them ("136,000 residents on the Kyrgyz side")."""
    side = P.SIDE_AFTER_RE.match(sv.text, end)  # "136,000 residents on the Kyrgyz side"
    for a, b, m in sv.mentions_rel():
        if a == end + 1 and sv.text[end] == " " and ctx.etype(m.entity_id) == "state" \
                and not APOSTROPHE_S_OPT_RE.match(sv.text[b:]):
            return m.entity_id
        if side is not None and a == side.start("who") and ctx.etype(m.entity_id) == "state":
            return m.entity_id
    return None


def _project_cost(text: str, n: Number) -> bool:
    """"X spent $70 million refurbishing the airfield": what a project cost."""
    return bool(P.PROJECT_COST_RE.search(text[max(0, n.start - 40):n.start])) \
        and bool(P.GERUND_AFTER_RE.match(text[n.end:]))


def _appos_cost(sv: SentenceView, ctx: ArticleContext, n: Number) -> bool:
    """"…, the X Centre, a $70 million free-trade zone": the cost of a thing in apposition (not
    of an actor named right before the comma)."""
    m = P.APPOS_COST_RE.search(sv.text, max(0, n.start - 8), n.start)
    if m is None or m.end() != n.start:
        return False
    return not any(b == m.start() and ctx.etype(mm.entity_id) in P.SUBJECT_TYPES for _a, b, mm in sv.mentions_rel())


def _baseline(text: str, n: Number) -> bool:
    """"…, against less than Rs 1,000 crore ten years earlier": the baseline of a comparison."""
    return bool(P.BASELINE_RE.search(text[max(0, n.start - 30):n.start]))


def _glossed(text: str, n: Number, money: list[Number]) -> bool:
    """"Rs 23,622 crore, about $2.8 billion": the local amount glossed in dollars is one figure."""
    return n.unit != "USD" and any(o.unit == "USD" and 0 < o.start - n.end <= 40
                                   and re.fullmatch(r"[^,;$]*,\s*(?:(?:about|some|around|roughly|nearly|"
                                                    r"almost|or|approximately)\s+)?(?:US)?", text[n.end:o.start])
                                   for o in money)


GLOSS_GAP_RE = re.compile(r"\s*[(,]\s*(?:(?:about|some|around|roughly|nearly|almost|or|approximately)\s+)?")


def _glosses_price(text: str, n: Number, money: list[Number], priced: list[bool]) -> bool:
    """"… for about INR 630 billion (some USD 7.4 billion)": an amount that restates, in another
    currency, a deal's price written right before it is that price too."""
    return any(priced[i] and o.unit != n.unit and o.end <= n.start and GLOSS_GAP_RE.fullmatch(text, o.end, n.start)
               for i, o in enumerate(money))


def _num(word: str) -> float:
    w = word.lower()
    return float(WORD_NUMBERS.get(w, 0) or w)


def _clause(bounds: list[int], pos: int, n: int) -> tuple[int, int]:
    """The clause (between two of ``bounds``, within 0-``n``) that holds ``pos``."""
    lo = max([0] + [b for b in bounds if b <= pos])
    hi = min([n] + [b for b in bounds if b > pos])
    return lo, hi


def _deal_money(sv: SentenceView, ctx: ArticleContext, n: Number, c: Cues, bounds: list[int]) -> bool:
    """Money that is the price of a deal or project, not a measure of an actor. Money an actor
    lends, invests or pays ("would lend €1.3 billion", "a 12 billion euro investment package")
    is a deal's value only in a sentence about arms; elsewhere it measures who commits it."""
    text = sv.text
    lo, hi = _clause(bounds, n.start, len(text))
    finance = c.finance_money.search(text[max(lo, n.start - 60):min(hi, n.end + 25)])
    if finance is not None and not _about_arms(sv, ctx, c) and not c.deal_money.match(text, n.end + 1, n.end + 16):
        # (not "the line's estimated €1.6 billion cost": the price named right after the figure)
        return False
    if _priced_arms(sv, ctx, n) or premodified_deal(text, n):
        return True
    if c.arms_money is not None and c.arms_money.search(text, max(lo, n.start - 60), min(hi, n.end + 40)) \
            and _about_arms(sv, ctx, c):
        return True  # "24 naval helicopters under a $2.6 billion programme": what the arms cost
    cut = P.COORD_AFTER_RE.search(text, n.end, min(hi, n.end + 40))  # "… $3 billion and projects in …": another conjunct
    near = text[max(lo, n.start - 60):cut.start() if cut else min(hi, n.end + 40)]
    if valued_stock(sv, ctx, c, n, near):
        return False  # "$7.1 billion worth of equipment remained", "remittances were worth $5.7 billion"
    return bool(c.deal_money.search(near) or c.finance_money.search(near))


def _priced_arms(sv: SentenceView, ctx: ArticleContext, n: Number) -> bool:
    """"ordered 52 trainers from X for about $50 million", "six more Apaches for about $800 million":
    money after "for" in a sentence that names a weapon system before it is the price of weapons."""
    if not P.FOR_PRICE_RE.search(sv.text, max(0, n.start - 30), n.start):
        return False
    return any(a < n.start and ctx.etype(m.entity_id) == "weapon_system" and ";" not in sv.text[a:n.start]
               for a, _b, m in sv.mentions_rel())


def _system_named(sv: SentenceView, ctx: ArticleContext, end: int) -> bool:
    """"bought 36 Rafale fighters": a weapon system named right after a count heads what is counted,
    aircraft of a type (the counted noun "fighters" is then no people)."""
    return any(end < a <= end + 2 and ctx.etype(m.entity_id) == "weapon_system" for a, _b, m in sv.mentions_rel())


def _about_arms(sv: SentenceView, ctx: ArticleContext, c: Cues) -> bool:
    return bool(c.arms_context.search(sv.text)) or any(ctx.etype(m.entity_id) == "weapon_system"
                                                       for m in sv.mentions)


def _counted(text: str, n: Number, c: Cues, bounds: list[int]) -> bool:
    """A count is a statistic when it counts a measured noun with a counting cue."""
    if not c.count_nouns.match(text[n.end:]):
        return False
    if P.DESIGNATION_RE.match(text, n.end):
        return False  # "40 J-35 stealth fighters": aircraft of a type, not fighters (people)
    if P.DEFINITE_BEFORE_RE.search(text, max(0, n.start - 12), n.start) and P.GROUP_NOUN_RE.match(text, n.end):
        return False  # "the five Central Asian states": a group named, not counted
    lo, hi = _clause(bounds, n.start, len(text))
    clause = text[lo:hi]
    if P.FATAL_RE.search(clause):
        if P.COUNTING_RE.search(clause):
            return True  # a toll, not one event's dead
        if (pd := P.PERFECT_DEAD_RE.match(text, n.end)) and P.REPORTED_RE.search(text, 0, n.start) \
                and not P.INCIDENT_AFTER_RE.match(text, pd.end()):
            return True  # "the ministry said 50 of its soldiers had died": a toll as it stood
        # "…were killed in the fighting, which displaced some 136,000 residents": the number's own
        # comma-bounded part may count other people
        a, b = text.rfind(",", lo, n.start), text.find(",", n.end, hi)
        sub = text[max(lo, a + 1):b if b >= 0 else hi]
        return not P.FATAL_RE.search(sub) and bool(c.count_cues.search(sub))
    # "Russia's 7,000 troops in X were not involved": a named possessor holds the people counted
    return bool(c.count_cues.search(clause)) or (P.NAMED_POSS_BEFORE_RE.search(text, max(0, n.start - 40), n.start) is not None
                                                 and PEOPLE_AFTER_RE.match(text, n.end) is not None)


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


def _reported_dead(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """"Baku reported 80 dead", "Kyrgyzstan confirmed 59 deaths": a side's toll told by that side
    (a state, or its capital, right before the reporting verb)."""
    out: list[Stat] = []
    for m in P.REPORTED_DEAD_RE.finditer(sv.text):
        who = next((mm for _a, b, mm in sv.mentions_rel() if b == m.start("v") and mm.kind != "demonym"
                    and ctx.etype(mm.entity_id) in ("state", "place")), None)  # (a region: "X recorded 64 deaths")
        if who is not None:
            out.append(Stat(m.start("n"), m.end("n"), float(m.group("n").replace(",", "")), "count", who.entity_id, "dead",
                            why=f"'{who.text}' reports its own toll"))
    return out


def _scaled_counts(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """Counts of people told without a counted noun ("put their number at 1.7 million") or as
    movements out of a state ("more than a million returns from Iran": that state's)."""
    out: list[Stat] = []
    text = sv.text
    for m in P.NUMBER_AT_RE.finditer(text):
        hint, why = (_number_of_owner(sv, ctx, m) if m.group("of") else (None, None))
        if m.group("of") and hint is None:
            continue  # "The UN put the number of refugees at 1.2 million": no state's people named or telling
        out.append(Stat(m.start("n"), m.end(), _scaled(m), "count", hint, why=why))
    for m in P.FLOW_FROM_RE.finditer(text):
        hint = next((mm.entity_id for a, _b, mm in sv.mentions_rel()
                     if a == m.end() and ctx.etype(mm.entity_id) == "state"), None)
        if hint is not None:
            out.append(Stat(m.start("n"), m.end("s") if m.group("s") else m.end("n"), _scaled(m), "count", hint))
    return out


def _number_of_owner(sv: SentenceView, ctx: ArticleContext, m: re.Match[str]) -> tuple[str | None, str | None]:
    """"Kyrgyzstan put the number of evacuees at 136,000", "put the number of Kazakh volunteers at":
    whose people a told number of people counts: a state's demonym in the "of" phrase, else the
    state telling it (right before "put", or owning the body that does), when the phrase names no
    other state; (None, None) when neither is named."""
    inside = [mm for a, _b, mm in sv.mentions_rel() if m.start("of") <= a < m.end("of") and ctx.etype(mm.entity_id) == "state"]
    if inside:
        dem = inside[0] if inside[0].kind == "demonym" and len(inside) == 1 else None
        return (dem.entity_id, f"the state whose people are counted ('{dem.text}')") if dem else (None, None)
    for _a, b, mm in sv.mentions_rel():
        if b <= m.start() and ctx.etype(mm.entity_id) == "state" and mm.kind != "demonym" \
                and P.TELLER_GAP_RE.fullmatch(sv.text, b, m.start()):
            return mm.entity_id, f"'{mm.text}', the state telling the number of its people"
    return None, None


def _scaled(m: re.Match[str]) -> float:
    raw = m.group("n").lower()
    base = 0.5 if raw.startswith("half") else 1.0 if raw in ("a", "one") else _num(raw.replace(",", ""))
    return base * P.SCALE_WORDS.get((m.group("s") or "").lower(), 1.0)


def _ordinal(word: str) -> int:
    w = word.lower()
    if w in ORDINALS:
        return ORDINALS[w]
    return int(re.sub(r"\D", "", w) or 0)
