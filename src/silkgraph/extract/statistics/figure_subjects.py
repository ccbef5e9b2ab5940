"""The subject of a statistic: the actor the sentence ties to the figure (a hint found with it,
its owner or funder, its receiver, the subject of its clause or what "this figure" or "its"
refers back to), else a fallback (``fallback``); read by the package's ``_fact``."""

from __future__ import annotations

from typing import Any

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import actors as A
from silkgraph.extract.statistics import elliptic_owners as EO
from silkgraph.extract.statistics import owners as O
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics import phrase_subjects as PS
from silkgraph.extract.statistics import phrases as PH
from silkgraph.extract.statistics import poss_counts as PC
from silkgraph.extract.statistics import pronouns as PR
from silkgraph.extract.statistics import subjects as S
from silkgraph.extract.statistics import votes as V
from silkgraph.extract.statistics.aid_recipients import aid_recipient
from silkgraph.extract.statistics.approved_money import approved_recipient
from silkgraph.extract.statistics.cue_regexes import Cues
from silkgraph.extract.statistics.fallback import fallback_subject
from silkgraph.extract.statistics.it_deploys import it_deploys
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.model import Mention


def _starts(text: str) -> list[int]:
    """The clause starts of ``text`` (``CLAUSE_RE``)."""
    return [m.start() for m in P.CLAUSE_RE.finditer(text)]


# a figure's subject: the entity id, and the mention that names it when one does
_Subject = tuple[str | None, Mention | None]


def _pick_subject(sv: SentenceView, ctx: ArticleContext, c: Cues, st: Stat, lo: int, hi: int,
                  prev: dict[str, Any], inf: dict[str, str]) -> _Subject:
    """The figure's subject (entity id, and the mention that names it when one does), with the
    reason in ``inf["subject"]`` when no mention names it: the actor the sentence ties to the
    figure, else a fallback (a place, a bloc, the article's main state)."""
    found = _named_subject(sv, ctx, c, st, lo, hi, prev, inf)
    if found is not None:
        return found
    return fallback_subject(sv, ctx, c, st, lo, hi, prev, inf)


def _named_subject(sv: SentenceView, ctx: ArticleContext, c: Cues, st: Stat, lo: int, hi: int,
                   prev: dict[str, Any], inf: dict[str, str]) -> _Subject | None:
    """The subject the sentence ties to the figure (a hint, a funder, a winner, the figure's
    owner, receiver or clause subject, the previous figure's), or None to fall back."""
    types = P.SUBJECT_TYPES + (("weapon_system",) if st.unit == "ratio" else ())
    return _owner_subject(sv, ctx, c, st, lo, hi, prev, inf) or _receiver_subject(sv, ctx, st, lo, hi, inf, types) \
        or _clause_subject(sv, ctx, c, st, lo, hi, prev, inf, types)


def _owner_subject(sv: SentenceView, ctx: ArticleContext, c: Cues, st: Stat, lo: int, hi: int,
                   prev: dict[str, Any], inf: dict[str, str]) -> _Subject | None:
    """The figure's owner told around it: a hint found with the figure, the funder or lender of
    an amount, the actor a share is told for, the winner of a vote share, the ranked actor."""
    if st.subject_hint:
        if st.why:
            inf["subject"] = st.why
        return st.subject_hint, None
    if st.amount:
        if (ar := aid_recipient(sv, ctx, st)) is not None:  # "X provided Y with $20 billion in aid"
            inf["subject"] = ar[1]
            return ar[0], None
        if (ap := approved_recipient(sv, ctx, st)) is not None:  # "the board approved $1 billion for Y"
            inf["subject"] = ap[1]
            return ap[0], None
        fm = S._funder(sv, ctx, c, st) or PS.lender_after(sv, ctx, st, P.SUBJECT_TYPES)
        if fm is not None:
            return fm.entity_id, fm  # "with Chinese money, $10 million", "a $553 million loan from X"
        if (lm := A.leader_money(sv, ctx, st, lo)) is not None:  # "Modi pledged 100 billion rupees"
            inf["subject"] = lm[1]
            return lm[0], None
        if (hc := A.his_country(sv, ctx, lo, st)) is not None:  # "the equipment his country had bought"
            inf["subject"] = hc[1]
            return hc[0], None
    if st.unit == "percent" and (ow := O.owner_after(sv, ctx, st) or O.appositive_owner(sv, ctx, st)) is not None:
        inf["subject"] = "the actor the share is told for ('for X', 'credited to X', 'X, the source of')"
        return ow, None
    if st.unit not in ("count", "rank", "ratio") and (ow := O.put_owner(sv, ctx, st)) is not None:
        inf["subject"] = "the owner of the measure a teller puts at the figure ('puts X's GDP at')"
        return ow, None
    if st.unit == "percent" and (ow := O.maker_demonym(sv, ctx, st)) is not None:
        inf["subject"] = "the state whose demonym tells the maker or origin ('were Russian-made')"
        return ow, None
    if st.unit == "percent" and (ow := O.change_owner(sv, ctx, st)) is not None:
        inf["subject"] = "the owner of the measure the change is in ('a 45 percent rise in X's imports')"
        return ow, None
    if st.unit == "percent" and (ow := O.paren_owner(sv, ctx, st) or O.share_noun_owner(sv, ctx, lo, st)) is not None:
        inf["subject"] = "the actor before the figure's parenthesis ('X (61 percent)') or owning its share noun"
        return ow, None
    if st.unit == "percent" and "share" in sv.text and (its := A.its_share(sv, ctx, st)) is not None:
        inf["subject"] = its[1].replace("'it'", "'its'")  # "although its share of Y's imports fell to …"
        return its[0], None
    if st.unit == "percent" and P.VOTE_SHARE_RE.search(sv.text[lo:hi]):
        w = V.vote_winner(sv, ctx, st)
        if w is not None:
            inf["subject"] = "the candidate or party that won the vote share"
            return w.entity_id, w
        if (pw := A.pronoun_winner(sv, ctx, st)) is not None:  # "He won the run-off with 54 percent"
            inf["subject"] = pw[1]
            return pw[0], None
    if st.unit == "percent" and prev.get("index") == sv.index and prev.get("unit") == "rank" \
            and prev.get("subject") and P.WITH_FIGURE_RE.search(sv.text[:st.start]):
        inf["subject"] = "the ranked actor the figure is attached to ('with')"
        return prev["subject"], None
    return None


def _receiver_subject(sv: SentenceView, ctx: ArticleContext, st: Stat, lo: int, hi: int, inf: dict[str, str],
                      types: tuple[str, ...]) -> _Subject | None:
    """The actor that holds, receives or is measured by the figure: a possessor right before it,
    "with X sending", "gave X 53 percent", a pronoun heading its clause, a named organisation,
    the owner of the land or people a share is of, the state of the people counted or killed."""
    if st.unit not in ("count", "rank", "ratio") and (pf := S._poss_figure(sv, ctx, st, types)) is not None:
        return pf.entity_id, pf  # "…, against China's 81 percent"
    if (pc := PC.poss_count(sv, ctx, st, types)) is not None:
        return pc.entity_id, pc  # "…, Russia's roughly 2,000 peacekeepers stood aside"
    if (wg := PS.with_gerund(sv, ctx, st, types) or PH.with_absolute(sv, ctx, st, types)) is not None:
        return wg.entity_id, wg  # "…, with Saudi Arabia alone sending about a quarter"
    for a, b, m in sv.mentions_rel():  # "gave Y 53.9 percent": the receiving actor
        if ctx.etype(m.entity_id) in types and P.GIVE_GAP_RE.fullmatch(sv.text[b:st.start]) \
                and P.GIVE_VERB_RE.search(sv.text[max(0, a - 30):a]):
            return m.entity_id, m
    if st.unit != "count" and (pr := PR.given_to_it(sv, ctx, st) or PR.its_heads_clause(sv, ctx, lo, st)) is not None:
        inf["subject"] = pr[1]  # "X's drones gave it 61 percent", "Its members are home to 40 percent"
        return pr[0], None
    if st.unit != "count" and "the " in sv.text[lo:st.start] and (no := A.named_org(sv, ctx, lo, st)) is not None:
        inf["subject"] = no[1]
        return no[0], None
    if st.unit == "percent" and (om := S._owned_share(sv, ctx, st)) is not None:
        return om.entity_id, om  # "occupy 20 percent of Georgia's territory": Georgia's share
    if st.unit == "percent" and (cm := P.OWNED_SHARE_RE.match(sv.text[st.end:])):
        if (region := PS.place_subject(sv, ctx, lo, st)) is not None:
            inf["subject"] = "the region whose share of the country it is (the clause's subject)"
            return region, None  # "Karakalpakstan covers more than a third of the country's territory"
        ante = S._country_ref(sv, ctx, st.end + cm.start("c"))  # the state the sentence is about
        if ante is not None:
            inf["subject"] = ante[1]
            return ante[0], None
        if main := ctx.main_state(sv):
            inf["subject"] = "the article's main state (for 'the country's')"
            return main, None
    if st.unit == "percent" and (pm := S._people_share(sv, ctx, st)) is not None:
        return pm.entity_id, pm
    if st.unit == "count" and (own := PS.its_people_state(sv, ctx, st)) is not None:
        inf["subject"] = own[1]  # "X's defence ministry said 50 of its soldiers had died"
        return own[0], None
    if st.unit == "count" and P.FATAL_RE.search(sv.text[lo:hi]):
        fm = S._fatal_place(sv, ctx, st, hi)
        if fm is not None:
            return fm.entity_id, None
    return None


def _clause_subject(sv: SentenceView, ctx: ArticleContext, c: Cues, st: Stat, lo: int, hi: int,
                    prev: dict[str, Any], inf: dict[str, str], types: tuple[str, ...]) -> _Subject | None:
    """The subject of the figure's clause: what "this figure" or "its" refers back to, the actor
    before a ratio, a party to trade, else the clause's (or the sentence's) subject."""
    head = sv.text[lo:st.start]
    if (rn := PH.relative_np_owner(sv, ctx, st, types)) is not None:
        return rn  # "the X diaspora in Y, which some put at 2 million": the noun's owner, never Y
    if (rs := PR.reported_speaker(sv, ctx, st)) is not None:  # "X said it would provide 5 million euros"
        inf["subject"] = rs[1]
        return rs[0], None
    if c.anaphora.search(head) and prev.get("subject") and sv.index - prev.get("index", -9) <= 2:
        inf["subject"] = "antecedent of '" + c.anaphora.search(head).group(0) + "' (previous statistic)"  # type: ignore[union-attr]
        return prev["subject"], None
    if st.unit != "count" and prev.get("index") == sv.index and prev.get("subject") \
            and (P.ITS_RE.search(sv.text, max(lo, prev.get("end", st.start), st.start - 25), st.start)
                 or P.RESTATED_RE.fullmatch(sv.text, prev.get("end", 0), st.start)):
        # "the bank held 41 percent of X's debt; … its $1.59 billion amounted to 30 percent": the
        # owner of "its" is the actor of the figure before it in the sentence, and so is that of a
        # figure restated as a share ("$1.59 billion amounted to about 30 percent")
        inf["subject"] = "owner of 'its' or of the figure restated = subject of the figure before it"
        return prev["subject"], None
    if st.unit == "ratio":
        cands = [m for a, b, m in sv.mentions_rel() if b <= st.start and st.start - b < 40]
        return (cands[-1].entity_id, cands[-1]) if cands else (None, None)
    if st.amount and (eo := EO.elliptic_owner(sv, ctx, lo, st)) is not None:
        return eo.entity_id, eo  # "…, while China's reached $89.4 billion": the elided measure's owner
    if st.amount and (tm := S._trade_between(sv, ctx, lo, st)) is not None:
        inf["subject"] = "a party to the trade between two (the article's state, else the last named)"
        return tm.entity_id, tm
    counted = st.unit == "count"
    m = S._source_after(sv, ctx, st, types) or S._relative_subject(sv, ctx, st, types) \
        or S._verb_subject(sv, ctx, st, types) or S._gapped_subject(sv, ctx, st, types) \
        or (S._it_antecedent(sv, ctx, lo, st, types) if not counted else None)
    if m is None and st.unit != "count":  # counts: often an attribute of a thing, not of "it"
        it = S._it_subject(sv, ctx, lo, st) or S._it_previous(sv, ctx, lo, st, types)
        if it is not None:
            inf["subject"] = it[1]
            return it[0], None
        m = S._subject(sv, ctx, lo, st.start, types, counted)
    if m is None and counted and (it := it_deploys(sv, ctx, c, lo, st)) is not None:
        inf["subject"] = it[1]  # "It keeps roughly 3,000 soldiers at the base": the antecedent's
        return it[0], None
    own = P.OWN_CLAUSE_RE.match(sv.text, lo) if m is None and counted and lo > 0 else None
    if own is not None:  # a count in a clause of its own (after a semicolon or ", and"): its actor is
        # that clause's ("X attacked; Y deployed 3,000 troops"); the people counted heading it ("X
        # attacked; more than 100,000 people fled to Y") are no other clause's actor's
        m = S._subject(sv, ctx, lo, st.start, types, counted)
        if m is None and not P.TIMED_HEAD_RE.fullmatch(sv.text, own.end(), st.start) \
                and not S._headless_relative(sv, ctx, st):
            m = S._subject(sv, ctx, 0, st.start, types, counted)
    elif m is None and not S._headless_relative(sv, ctx, st):
        if lo > 0 and P.CONCESSIVE_RE.match(sv.text, lo):  # "…, and X's budget, although raised to $1.4
            # billion, …": the aside's figure is the subject's of the clause it interrupts
            m = S._subject(sv, ctx, max([0] + [b for b in _starts(sv.text) if b < lo]), lo, types, counted)
        m = m or S._subject(sv, ctx, 0, st.start, types, counted)
        if m is not None and PH.foreign_modifier(sv, m, lo):
            m = None  # "the share of Russian weapons has collapsed …: deliveries were 76 percent lower"
    if m is not None:
        return m.entity_id, m
    return None
