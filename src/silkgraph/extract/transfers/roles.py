"""Supplier and recipient of a hit according to its trigger's role."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import TRANSFER_OBLIQUE_PREPS
from silkgraph.extract.transfers.clauses import _clause_start
from silkgraph.extract.transfers.firm_sites import firm_site_supplier
from silkgraph.extract.transfers.licence_roles import _licence_parties, _licensee_parties
from silkgraph.extract.transfers.makers import (
    MOD_GAP_RE,
    firm_subject,
    gazetteer_origin,
    maker_modifier,
    maker_signatory,
    maker_subject,
)
from silkgraph.extract.transfers.model import Hit, Item, Party
from silkgraph.extract.transfers.parties import (
    _after_prep,
    _aid_giver,
    _coordinated_subject,
    _is_possessive,
    _prev_word,
    _subject,
    buyer_demonym,
    mention_party,
)
from silkgraph.extract.transfers.patterns import clause_re
from silkgraph.extract.transfers.possessors import _possessor, np_owner
from silkgraph.extract.transfers.role_agents import _actors_in, _agent
from silkgraph.extract.transfers.trailing_parties import (
    arrival_object,
    counterpart,
    made_in,
    participle_agents,
    reached_after,
    service_with,
)
from silkgraph.resources import load_yaml

PASSIVE_AUX_RE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:(?:also|then|later|first|\w+ly)\s+)?$", re.I)
PARTICIPLE_RE = re.compile(r"[a-z]+(?:ed|en|wn|nt)(?:\s+over)?", re.I)
PASSIVE_GIVEN_RE = re.compile(r"(?i)(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being|get|gets|got)\s")
CHOSE_RE = re.compile(r"(?i)(?:chose|chosen|choose|picked|picks|selected|selects|tapped|taps|hired|commissioned|"
                      r"contracted)\s")
# the deal noun's passive after its goods: "a deal for S was signed by Y"
SIGNED_BY_RE = re.compile(r"s?(?:\s+[\w\-’']+){0,3}?\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                          r"(?:signed|concluded|inked|finali[sz]ed|sealed)\s+(?:(?:in|on)\s+[\w ,]{1,20}?\s+)?by\b")
# the goods' head noun, then the buyer: "S jets for Y"
FOR_AFTER_RE = re.compile(r"s?(?:\s+[a-z][\w\-]*){0,2}\s+for\s+(?:the\s+)?(?-i:[A-Z])")
DEAL_RE = re.compile(r"(?i)\b(?:deal|contract|agreement|accord)s?\b")
DEAL_OR_ORDER_RE = re.compile(r"(?i)\b(?:deal|contract|agreement|accord|order)s?\b")
SECOND_PREDICATE_RE = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:(?:also|then|later|now|\w+ly)\s+)?"
                                 r"(?:is|are|was|were|has|have|had|will|would)\s+(?:\w+ly\s+)?[a-z]+(?:ing|ed)\b")
# a seller's own decision on the sale right before the nominal trigger: "X approved the sale of S" (the
# approval cue of ontology/transfers.yaml, whose status modifier reads the same words; and "finalised")
_LEX_DATA = load_yaml("ontology/transfers.yaml")
APPROVER_RE = re.compile(r"\b(?:" + _LEX_DATA["approval_verbs"] + r"|finali[sz]ed)" + _LEX_DATA["approval_tail"], re.I)
EQUIP_RE = re.compile(r"(?i)(?:re-?)?(?:equip|arm)")
TURNED_TO_RE = re.compile(r"(?i)\bturned\s+(?:instead\s+)?to$")


# a contrasted clause with its own subject closes the recipients' reach: "X supplied most of Y's
# imports, while new orders have gone to Z" (Z is no recipient of X); "; " likewise
# (the words: ontology/transfers.yaml, delivered_counts); a clause fronting its own "to" recipient
# before its subject and verb ends it too: "X sent S to Y in 2019, and to Z it sold T in 2021"
_DC = _LEX_DATA["delivered_counts"]
FRONTED_TO = (r"to\s+(?:the\s+)?(?-i:[A-Z])[\w\-’']*(?:\s+(?-i:[A-Z])[\w\-’']*){0,2},?\s+"
              r"(?:it|they|he|she|we|(?-i:[A-Z])[\w\-’']*)\s+(?:\w+ly\s+|also\s+)?(?:has\s+|had\s+|have\s+)?"
              r"(?!(?:and|or|in|on|at|by|for|with|from|as|to|of)\b)(?-i:[a-z])+\b")
CONTRAST_RE = re.compile(r";|,?\s+(?:" + "|".join(_DC["contrast_words"]) + r")\s(?!(?:also\s+)?(?:"
                         + "|".join(_DC["contrast_except"]) + r")\b)|,\s+(?:and|but)\s+(?=" + FRONTED_TO + ")")
# the fronted recipient of the trigger's own clause: "…, and to Z it sold T"
FRONTED_TO_BEFORE_RE = re.compile(r"(?:^|[,;]\s*(?:and\s+|but\s+)?)(?P<to>to)\s+(?:the\s+)?(?-i:[A-Z])[^,;]{0,40}?,?\s+"
                                  r"(?:it|they|he|she|we|(?-i:[A-Z])[\w\-’']*)\s+(?:\w+ly\s+|also\s+)?(?:has\s+|had\s+|have\s+)?$")


def _contrast_end(text: str, it: Item, h: Hit) -> int:
    """Where the goods' clause ends at a contrasted clause (the sentence's end without one)."""
    m = CONTRAST_RE.search(text, max(it.end, h.end))
    return m.start() if m is not None else len(text)


def _parties(sv: SentenceView, ctx: ArticleContext, it: Item, h: Hit) -> tuple[Party | None, list[Party]]:
    sup, recs = _role_parties(sv, ctx, it, h)
    return firm_site_supplier(sv, ctx, it, sup) or sup, recs  # "Airbus … from its Spanish line": Spain


def _role_parties(sv: SentenceView, ctx: ArticleContext, it: Item, h: Hit) -> tuple[Party | None, list[Party]]:
    role = h.trig.role
    end = len(sv.text)
    # (a passive verb also when the goods follow it: "S were delivered in 2021, along with T")
    passive = (h.start >= it.end or role == "sell" and PARTICIPLE_RE.fullmatch(sv.text, h.start, h.end) is not None
               and PASSIVE_AUX_RE.search(sv.text, max(0, h.start - 25), h.start) is not None) and not h.rel
    if role == "licence":
        return _licence_parties(sv, ctx, it, h)
    if role == "licensee":
        return _licensee_parties(sv, ctx, it, h)
    if passive:
        agents = _after_prep(sv, ctx, ("by",), h.end, min(end, h.end + 40))
        if role == "sell":
            # "X's fleet consisted of S provided to Y": X provided
            # "S were delivered to Y from X": the source after the verb
            source = _after_prep(sv, ctx, ("from",), h.end, min(end, h.end + 60))[:1] if not agents else []
            sup = agents[0] if agents else source[0] if source else (
                maker_modifier(sv, ctx, it) or _aid_giver(sv, ctx, it.start)
                or _lead_possessor(sv, ctx) or gazetteer_origin(ctx, it))
            return sup, (_after_prep(sv, ctx, _to_preps(sv, h), h.end, end) or reached_after(sv, ctx, h))
        recs = agents if role != "use" else []
        if not recs and role == "buy" and not h.trig.after:  # "its S, bought from X"
            owner = np_owner(sv, ctx, it)
            recs = [owner] if owner else []
        if not recs and h.trig.after:
            recs = _actors_in(sv, ctx, h.start, h.end)[:1] or arrival_object(sv, ctx, h) \
                or service_with(sv, ctx, h)
            if not recs and _actors_in(sv, ctx, _clause_start(sv.text, it.start, clause_re(sv.text)), it.start):
                recs = [p for p in [_subject(sv, ctx, it.start)] if p]
        sup_l = _after_prep(sv, ctx, ("from",), h.end, min(end, h.end + 40))
        sup = sup_l[0] if sup_l else (maker_modifier(sv, ctx, it) or _aid_giver(sv, ctx, it.start) or gazetteer_origin(ctx, it))
        return sup, recs
    if role == "sell":
        return _seller_parties(sv, ctx, it, h)
    return _buyer_parties(sv, ctx, it, h)


BUILD_RE = re.compile(r"(?i)buil|constr")


def _to_preps(sv: SentenceView, h: Hit) -> tuple[str, ...]:
    """The prepositions naming a sell verb's recipient: "to Y", and "for the Y Navy" after a
    verb of building."""
    return ("to", "for") if BUILD_RE.match(sv.text, h.start) else ("to",)


def _seller_parties(sv: SentenceView, ctx: ArticleContext, it: Item, h: Hit) -> tuple[Party | None, list[Party]]:
    end = len(sv.text)
    sup: Party | None = None
    if sv.text.startswith("-", h.start):  # "Iranian-supplied S": the adjective's first part supplies
        sup = next((p for _a, b, m in sv.mentions_rel() if b == h.start for p in [mention_party(ctx, m)] if p), None)
    elif sv.text[h.start:h.start + 5].lower() == "from ":  # "From X came S": the fronted source
        sup = next(iter(_after_prep(sv, ctx, ("from",), h.start, h.end)), None)
    elif h.trig.nominal:
        agents = _after_prep(sv, ctx, ("by",), it.end, min(end, it.end + 40)) \
            or _after_prep(sv, ctx, ("from",), it.end, min(end, it.end + 25))  # "the transfer of S from X to Y"
        sup = agents[0] if agents else _possessor(sv, ctx, h.start)
        if sup is None and (m := APPROVER_RE.search(sv.text, max(0, h.start - 60), h.start)) is not None:
            sup = _subject(sv, ctx, m.start())  # "X approved the sale of S to Y": the approver sells
    else:
        sup = _agent(sv, ctx, h)
    if sup is None:
        sup = maker_modifier(sv, ctx, it) or gazetteer_origin(ctx, it)
    # "deliveries to Y of S": the recipient inside a nominal trigger
    recs = _after_prep(sv, ctx, _to_preps(sv, h), h.start if h.trig.nominal else h.end, _contrast_end(sv.text, it, h))
    if not recs and re.search(r"(?i)\b(?:deal|contract|agreement|order)s?\b", sv.text[h.start:h.end]):
        comma = sv.text.find(",", it.end)  # "an export deal for S with Y" (not "S, developed with Z")
        recs = _after_prep(sv, ctx, ("with", "from"), it.end, min(end, it.end + 60, comma if comma >= 0 else end))
        if not recs:  # "X signed a contract with Y to supply S": the partner named inside the trigger
            recs = _after_prep(sv, ctx, ("with",), h.start, h.end)[:1]
    if not recs and not h.trig.nominal and "to " in sv.text[:h.start] \
            and (fr := FRONTED_TO_BEFORE_RE.search(sv.text, max(0, h.start - 80), h.start)) is not None:
        recs = _after_prep(sv, ctx, ("to",), fr.start("to"), h.start)[:1]  # "…, and to Z it sold T"
    if not recs and EQUIP_RE.match(sv.text, h.start):  # "X will equip Y's army with S": the force equipped
        recs = [p for p in _actors_in(sv, ctx, h.start, h.end) if sup is None or p.eid != sup.eid][:1]
    if not recs and not (h.end <= it.start and ":" in sv.text[h.end:it.start]):
        # double object or "supplied Y with S": an actor between the trigger and the system
        for a, b, m in sv.mentions_rel():
            if h.end <= a and b <= it.start:
                if ctx.etype(m.entity_id) != "state" and not sv.text[b:it.start].strip():
                    continue  # "supplied nine Airbus C295 aircraft": the maker names the system
                if m.kind == "demonym" and (MOD_GAP_RE.match(sv.text[b:it.start]) or not buyer_demonym(sv.text, a, b)):
                    continue  # "delivered six Italian S", "from its Spanish line": no recipient
                p = mention_party(ctx, m)
                if p is not None and _prev_word(sv.text, a) not in TRANSFER_OBLIQUE_PREPS:
                    recs = [p]
                    break
    return sup, recs


# "that country's purchase", "the country's acquisition": a definite noun for the state named before
_LEAD_POSS_RE = re.compile(r"\s*(?:[Tt]he\s+)?$")
_LISTING_RE = re.compile(r"\b(?:consist(?:s|ed)\s+of|compris(?:es|ed)|included|includes|was|were|is|are)\b")


def _lead_possessor(sv: SentenceView, ctx: ArticleContext) -> Party | None:
    """A state possessing the sentence's subject ("India's presence consisted of S …"), when
    the main verb only lists or describes what it holds."""
    rel = sv.mentions_rel()
    if not rel:
        return None
    a, b, m = rel[0]
    if not (_LEAD_POSS_RE.fullmatch(sv.text[:a]) and _is_possessive(sv.text, b)
            and ctx.etype(m.entity_id) == "state" and _LISTING_RE.search(sv.text, b, b + 80)):
        return None
    return mention_party(ctx, m)


def _buyer_parties(sv: SentenceView, ctx: ArticleContext, it: Item, h: Hit) -> tuple[Party | None, list[Party]]:
    end = len(sv.text)
    recs: list[Party] = []
    if h.trig.nominal:
        p = _possessor(sv, ctx, h.start)
        recs = [p] if p else _after_prep(sv, ctx, ("by",), it.end, min(end, it.end + 40))
    if not recs and h.trig.nominal and h.end <= it.start and sv.text[h.end - 1] == ":":
        # goods listed after a deal's colon with their own "to Y": "The deal covers: S from X to Y"
        recs = _after_prep(sv, ctx, ("to",), it.end, min(end, it.end + 60))[:1]
    if not recs and h.trig.role != "use" and re.match(r"(?i)arm|equip", sv.text[h.start:h.end]):
        recs = _actors_in(sv, ctx, h.start, h.end)[:1] or _actors_in(sv, ctx, it.end, len(sv.text))[:1]
    if not recs and h.end <= it.start and DEAL_RE.search(sv.text, h.start, h.end):
        signed = SIGNED_BY_RE.match(sv.text, it.end)  # "the deal for S was signed by Y (and X)": the signatories
        if signed is not None:
            recs = _after_prep(sv, ctx, ("by",), signed.end() - 2, min(end, signed.end() + 40))
        elif h.trig.nominal and FOR_AFTER_RE.match(sv.text, it.end):
            recs = _after_prep(sv, ctx, ("for",), it.end, min(end, it.end + 30))[:1]  # "a deal covers S for Y"
    if not recs:
        p = _agent(sv, ctx, h)
        recs = [p] if p else []
        q = _coordinated_subject(sv, ctx, h.start) if p and h.trig.role in ("buy", "use") else None
        if q is not None and q.eid != p.eid:  # type: ignore[union-attr]
            recs.insert(0, q)  # both signatories: the one that is not the supplier receives
    # (not past a second predicate of the subject: "Y signed for S with X and is receiving T from Z")
    second = SECOND_PREDICATE_RE.search(sv.text, it.end, min(end, it.end + 60))
    sup_l = _after_prep(sv, ctx, ("from",), it.end, second.start() if second is not None else min(end, it.end + 60))
    if not sup_l and h.end <= it.start and DEAL_OR_ORDER_RE.search(sv.text, h.start, h.end) and "with" in sv.text[it.end:]:
        # "Y signed a contract for S with X": the deal's partner after the goods supplies
        comma = sv.text.find(",", it.end)
        sup_l = [p for p in _after_prep(sv, ctx, ("with",), it.end, min(end, it.end + 40, comma if comma >= 0 else end))
                 if all(p.eid != r.eid for r in recs)][:1]
    if not sup_l and PASSIVE_GIVEN_RE.match(sv.text, h.start) and re.match(r"\s*(?:\w+\s+){0,3}?by\b", sv.text[it.end:]):
        sup_l = _after_prep(sv, ctx, ("by",), it.end, min(end, it.end + 40))[:1]  # "Y was handed S by X"
    if not sup_l and CHOSE_RE.match(sv.text, h.start):  # "Y picked Z to build S": Z
        sup_l = [p for p in _actors_in(sv, ctx, h.start, h.end) if all(p.eid != r.eid for r in recs)][:1]
    if not sup_l and h.end <= it.start and TURNED_TO_RE.search(sv.text, h.start, h.end):
        # "Y has turned to X for S": the source turned to
        sup_l = [p for p in _after_prep(sv, ctx, ("to",), h.end - 3, it.start) if all(p.eid != r.eid for r in recs)][:1]
    if not sup_l and h.end <= it.start:  # "Y operates S donated by X": the participle's agent supplies
        sup_l = participle_agents(sv, ctx, it)[:1]
    mod = maker_modifier(sv, ctx, it) if not sup_l else None
    if not sup_l and mod is None and h.trig.role != "use":  # "X, with Y's minister, said Z uses S": Y supplies nothing
        # "bought from X: S, T and U" (the system's own adjective, "Israeli S", names another maker)
        sup_l = [p for p in _after_prep(sv, ctx, ("with", "from"), 0, it.start)
                 if all(p.eid != r.eid for r in recs)]
    if not sup_l and mod is None and h.end <= it.start and it.category:
        sup_l = made_in(sv, ctx, it, recs)  # "Y commissioned two submarines built in X": X made them
    sup = sup_l[0] if sup_l else (mod or gazetteer_origin(ctx, it))
    if sup_l and recs and DEAL_RE.search(sv.text, h.start, h.end) and maker_subject(sv, ctx, h, sup_l[0]):
        return recs[0], [sup_l[0]]  # "Turkish Aerospace signed a contract with Malaysia for S": the firm sells
    if sup_l and recs and DEAL_RE.search(sv.text, h.start, h.end) and (swap := maker_signatory(ctx, it, recs[0], sup_l[0])):
        return swap, [sup_l[0]]  # "India signed a deal with Armenia for Pinaka": the maker signs to sell
    if h.trig.role == "use" and sup is not None and sup.why is not None and it.category:
        return None, recs
    if sup is not None and recs and all(r.eid == sup.eid for r in recs) and not h.trig.nominal:
        other = counterpart(sv, ctx, h, it, sup.eid)
        if other is not None:  # "X's minister signed a contract with his Y counterpart for S" (S made in X)
            return sup, [other]
        if firm_subject(sv, ctx, h):  # "Thales signed a contract for three S": the maker sells; the buyer
            return sup, []             # comes from the discourse
    return sup, recs
