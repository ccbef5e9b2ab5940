"""Arms transfers: who supplies which system to whom, how many, for how much, when, and
how far the deal has gone (interest … in service, cancelled).

Rules, sentence by sentence:

1. *Items* are named weapon systems (gazetteer mentions) and category nouns ("tanks",
   "air defence systems") not attached to a named system.
2. Each item is tied to the nearest transfer *trigger* before it in the same clause
   ("bought", "the supply of", "signed a deal … for"), or to a participle written just
   after it ("the JF-17 acquired by Baku").  A status cue just before the trigger
   ("expressed interest in acquiring", "negotiations … to purchase") overrides the
   trigger's own status.
3. The trigger's *role* says where the parties are: the subject of "buy" verbs is the
   recipient and "from X"/"with X" the supplier; the subject of "sell" verbs is the
   supplier and "to Y" the recipient; possessors of nominal triggers ("Y's acquisition")
   and "by X" agents of passives fill the rest.
4. A supplier that is not named comes from a modifier of the system ("Chinese-made",
   "Türkiye's") or from the system's origin in the gazetteer; a pronoun subject ("it")
   from the previous sentence.  Either is recorded in ``Fact.inferences``.

Transfers of one deal told by several sentences of an article are merged into one fact
(attributes filled in, evidence extended); a category transfer ("arms") between parties
that already have a named-system transfer is dropped.

Modules: ``patterns`` (shared patterns), ``lexicon`` (the transfer lexicon), ``model``
(items, hits, parties, drafts), ``systems`` (items: named systems, categories, anaphora),
``hits`` (tying items to triggers, clauses, status cues), ``parties`` (subjects, antecedents,
modifiers, origins; its patterns in ``party_patterns``; the section's earlier recipient and
the tests that rule a state out as a recipient from context in ``context_parts``), ``roles`` (supplier and recipient by trigger role), ``drafts`` (a
sentence's drafts, "X is Y's main supplier"), ``dates`` (a transfer's date), ``build``
(quantities, values, status, the fact), ``merge`` (merging across sentences), ``package``
(systems named as part of a deal told before: "The package also includes S"), ``roledrafts``
(drafts stated by a supplier's role or share), ``pronouns`` ("X said it had signed …"),
``sharing`` (what coordinated goods share: colon lists, examples, co-suppliers, one named
recipient), ``goods`` (armament of goods handed over, later arrivals, appositive renamings,
goods bought from a named source, a paragraph's opening state), ``topic`` (the headline's
state, a force's state), ``further`` ("a second order for 400": a deal apart; goods "to follow" a
deal), ``participles`` (whose goods a reduced relative participle describes), ``asides``
(brackets, prices, deals and gapped clauses inside a list of goods) and ``list_share`` (the
clause's verb for goods listed after goods with a participle of their own; a quantified aside
closing a list: "S and T, all delivered in 2023") and ``distributive`` (goods shared out after a
colon, each recipient with its own count and date: "S followed: two to X in 2022 and two to Z"),
``gapped`` (gapped clauses after a transfer, each state with its own count: "Y1 received three S
in 2021, Y2 three in 2022"), ``appositions`` (a subject's apposition read past: "Y, a buyer of Russian arms, ordered S") and
``possessed`` (foreign goods told by their owner alone: "Y's Israeli-made S": in Y's service) and
``containers`` (named examples of a container noun a transfer verb governs: "Y bought 40 vehicles,
including 24 S"; "New equipment arrived in 2022: 24 S") and ``carried`` (counted named goods of a
transfer sentence that no trigger takes in and whose sentence names no other state: the recipient
of the transfer told before, else the discourse's, recorded as an inference).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.appositions import blank_subject_apposition
from silkgraph.extract.transfers.build import _build
from silkgraph.extract.transfers.carried import carried_goods
from silkgraph.extract.transfers.distributive import Share, recipient_shares
from silkgraph.extract.transfers.drafts import _drafts
from silkgraph.extract.transfers.further import follow_date, further_batches
from silkgraph.extract.transfers.gapped import SAME, Gapped, gapped_clauses
from silkgraph.extract.transfers.lexicon import lexicon
from silkgraph.extract.transfers.lists import _label_from_drafts, _listed_drafts
from silkgraph.extract.transfers.merge import _follow_up_value, _register
from silkgraph.extract.transfers.model import Draft, Item, Party
from silkgraph.extract.transfers.own_ships import own_navy_ship
from silkgraph.extract.transfers.package import _package_facts
from silkgraph.extract.transfers.possessed import possessed_goods
from silkgraph.extract.transfers.recipient_tails import Tail, named_after_colon, recipient_tails
from silkgraph.extract.transfers.roledrafts import _role_drafts
from silkgraph.extract.transfers.systems import _anaphor_possible
from silkgraph.model import Fact
from silkgraph.nlp.count_words import count_alt


def extract_transfers(sv: SentenceView, ctx: ArticleContext) -> list[Fact]:
    lex = lexicon()
    sv = blank_subject_apposition(sv, ctx) or sv  # "Y, a buyer of Russian arms, ordered S": Y ordered S
    low = sv.low
    if not (any(ctx.etype(m.entity_id) in ("weapon_system", "program") for m in sv.mentions)
            or lex.prefilter_gate.search(sv.text, low)  # type: ignore[union-attr]
            or _anaphor_possible(sv)):
        _follow_up_value(sv, ctx, low)
        return []
    out: list[Fact] = []
    roles = _role_drafts(sv, ctx, lex)
    own = _drafts(sv, ctx, lex, low, roles)
    drafts = own + roles + _listed_drafts(sv, ctx, lex, low, roles, own)
    drafts += _label_from_drafts(sv, ctx, lex, low, drafts)
    rivals = [d.item for d in drafts if d.supplier is not None and d.recipients]
    built: list[tuple[Item, Fact]] = []
    gaps = {id(d): gapped_clauses(sv, ctx, d) for d in drafts if d.supplier is not None and d.recipients}
    gapped_items = {g.item.start for d in drafts for g in gaps.get(id(d), []) if g.item is not d.item}
    for d in drafts:
        if d.item.start in gapped_items and not gaps.get(id(d)):
            continue  # "…, and Y2 45 T": T is the gapped clause's (below)
        shares = recipient_shares(sv, ctx, d) if ":" in sv.text and d.supplier is not None else []
        if shares:
            out += _shared_out(sv, ctx, lex, d, shares, rivals, built)
            continue
        named = named_after_colon(sv, d) if len(d.recipients) > 1 and ":" in sv.text else None
        if named is not None:
            d = replace(d, item=named)  # "exported drones: S to Y in 2021, to Z in 2023": transfers of S
        tails = recipient_tails(sv, ctx, d) if len(d.recipients) > 1 else {}
        for rec in d.recipients:
            if d.supplier is None or rec.eid == d.supplier.eid or _both_guessed(d, rec) or own_navy_ship(d):
                continue
            f = _build(sv, ctx, d, rec, rivals)
            if f is None or f.modality == "denied" and d.item.category:
                continue  # "Tehran denied sending any missiles": no goods are claimed
            if rec.eid in tails:
                _own_tail(f, tails[rec.eid])  # "… to Y in 2015 and to Z in 2019": Z's own year
            ctx.scratch.setdefault("transfer_parties", []).append((sv.index, d.supplier.eid, rec.eid))
            ctx.scratch.setdefault("transfers_told", []).append((sv.index, f))  # as this sentence tells it
            if MORE_BEFORE_RE.search(sv.text, max(0, d.item.start - 40), d.item.start):
                ctx.scratch.setdefault("transfer_more", set()).add(id(f))  # "another 82 S": a further deal
            built.append((d.item, f))
            if d.hit.trig.after and "follow" in sv.text[d.hit.start:d.hit.end].lower():
                # goods as the subject of "follow" ("T missiles are to follow"), not a deal noun that
                # follows ("bigger orders followed: S"): a deal of its own, with no date of the one before
                follow_date(ctx, sv, f)
            if _register(ctx, f, lex):
                out.append(f)
        out += _gapped_facts(sv, ctx, lex, d, gaps.get(id(d)) or [], rivals, built)
    for f in further_batches(sv, ctx, _all_items(drafts), built, low or sv.text.lower()):
        key = [f.args[k] for k in ("supplier", "recipient", "system", "quantity")]
        if not any([g.args.get(k) for k in ("supplier", "recipient", "system", "quantity")] == key
                   for g in ctx.scratch.get("transfers", [])):
            out.append(f)  # "followed by 82 more": a deal of its own (later sentences tell the first deal on)
    claimed = {d.item.start for d in drafts if d.supplier is not None and d.recipients}
    for f in _package_facts(sv, ctx, lex, low, claimed):
        if _register(ctx, f, lex):
            out.append(f)
    out += possessed_goods(sv, ctx, lex, low, claimed)  # "Y's Israeli-made S struck …": in Y's service
    out += [f for f in carried_goods(sv, ctx, lex, low, drafts) if _register(ctx, f, lex)]  # parties carried
    if not drafts:
        _follow_up_value(sv, ctx, low)
    return out


# a count of further goods right before the system: "another 82 S", "four more S", "six additional S"
MORE_BEFORE_RE = re.compile(r"(?:\banother\s+(?:\d[\d,]*|" + count_alt(2, 12, 15, 20, 30, 40, 50) + r")|\b(?:\d[\d,]*|"
                            + count_alt(2, 12, 15, 20, 30, 40, 50) + r")\s+(?:more|additional|further))\s+"
                            r"(?:[\w\-’']+\s+){0,2}$", re.I)


def _shared_out(sv: SentenceView, ctx: ArticleContext, lex: Any, d: Draft, shares: list[Share],
                rivals: list[Item], built: list[tuple[Item, Fact]]) -> list[Fact]:
    """One transfer per recipient the goods are shared out to, with that share's count and date."""
    out: list[Fact] = []
    for sh in shares:
        if d.supplier is None or sh.party.eid == d.supplier.eid:
            continue
        f = _build(sv, ctx, replace(d, recipients=[sh.party]), sh.party, rivals)
        if f is None:
            continue
        if sh.date is not None:
            f.args.update(date=sh.date, date_text=sh.date_text)
        _keep_counted(sv, ctx, lex, f, (d.item, d.supplier.eid, sh.party.eid), sh.quantity, built, out)
    return out


def _gapped_facts(sv: SentenceView, ctx: ArticleContext, lex: Any, d: Draft, gaps: list[Gapped],
                  rivals: list[Item], built: list[tuple[Item, Fact]]) -> list[Fact]:
    """One transfer per gapped clause after the draft's goods ("…, Y2 three in 2022"): that
    clause's state receives its own count of its own goods (or the first clause's), its own date."""
    out: list[Fact] = []
    for g in gaps:
        f = _build(sv, ctx, replace(d, item=g.item, supplier=g.supplier, recipients=[g.party]), g.party, rivals)
        if f is None:
            continue
        if g.date == SAME:  # "the same year": the first clause's fact's year
            first = next((b for it, b in built if it is d.item), None)
            f.args.update(date=first.args.get("date") if first else None, date_text=g.date_text)
        else:
            f.args.update(date=g.date, date_text=g.date_text)
        _keep_counted(sv, ctx, lex, f, (g.item, g.supplier.eid, g.party.eid), g.quantity, built, out)
    return out


def _keep_counted(sv: SentenceView, ctx: ArticleContext, lex: Any, f: Fact, told: tuple[Item, str, str],
                  quantity: Any, built: list[tuple[Item, Fact]], out: list[Fact]) -> None:
    """Give a transfer built for one recipient of a list (a share, a gapped clause) its own count,
    note it as told with its (item, supplier, recipient) and keep it if it is new."""
    item, supplier, recipient = told
    f.args["quantity"] = quantity
    f.args.pop("quantity_qualifier", None)
    ctx.scratch.setdefault("transfer_parties", []).append((sv.index, supplier, recipient))
    ctx.scratch.setdefault("transfers_told", []).append((sv.index, f))
    built.append((item, f))
    if _register(ctx, f, lex):
        out.append(f)


def _own_tail(f: Fact, tail: Tail) -> None:
    """Give one recipient of a distributive "to" list its own date and delivered count."""
    if tail.date is not None:
        f.args.update(date=tail.date, date_text=tail.date_text)
    elif tail.undated:
        f.args.pop("date", None)  # "… and later to Z": not the first recipient's year
        f.args.pop("date_text", None)
    if tail.quantity is not None:
        f.args["quantity"] = tail.quantity
        f.args.pop("quantity_qualifier", None)


def _all_items(drafts: list[Draft]) -> list[Item]:
    """Every item of the sentence's drafts, once each."""
    seen = {(it.start, it.end): it for d in drafts for it in (*d.items, d.item)}
    return list(seen.values())


def _both_guessed(d: Draft, rec: Party) -> bool:
    """Goods told only by a category ("arms", "drones") whose supplier is inferred and whose
    recipient is only a state named somewhere in the discourse (not the recipient of a transfer
    told there): too little to claim a transfer ("It provides for the withdrawal of military
    hardware", "seven drones hit its pumping station")."""
    return bool(d.item.category and d.supplier is not None and d.supplier.why and rec.why
                and rec.why.startswith("recipient from context:") and "recipient of" not in rec.why)


__all__ = [
    "extract_transfers",
]
