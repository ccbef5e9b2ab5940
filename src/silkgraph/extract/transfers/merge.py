"""Merging transfers of one deal told by several sentences; follow-up values."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.recognise.variants import distinct_designations
from silkgraph.extract.transfers.lexicon import Lexicon, lexicon
from silkgraph.extract.transfers.patterns import FOLLOW_VALUE_RE
from silkgraph.extract.transfers.systems import _anaphora
from silkgraph.model import Fact, Span
from silkgraph.nlp.numbers import find_money


def _follow_up_value(sv: SentenceView, ctx: ArticleContext, low: str | None) -> None:
    """"The contract was worth $5.43 billion": the value of the deal told just before."""
    gate = lexicon().follow_value_gate
    if sv.index == 0 or not (gate.search(sv.text, low) if gate is not None else FOLLOW_VALUE_RE.search(sv.text)):
        return  # (``gate.search`` answers as FOLLOW_VALUE_RE.search, faster)
    seen: list[Fact] = ctx.scratch.get("transfers", [])
    prev = ctx.sentences[sv.index - 1]
    last = next((f for f in reversed(seen) if any(prev.start <= e.start < prev.end for e in f.evidence)), None)
    money = find_money(sv.text)
    if last is None or "value" in last.args or len(money) != 1 and not any(n.unit == "USD" for n in money):
        return
    n = next((n for n in money if n.unit == "USD"), money[0])
    last.args["value"] = {"amount": float(n.value), "currency": n.unit}
    last.evidence.append(Span(sv.start, sv.end))


def _keys(ctx: ArticleContext, system: str) -> set[str]:
    e = ctx.entity(system) if ":" in system else None
    if e is None:
        return {system}
    names = [e.name, *e.aliases]
    return {k for k in (re.sub(r"[^0-9a-z]", "", n.lower()) for n in names) if len(k) >= 3}


def same_family(ctx: ArticleContext, a: str, b: str) -> bool:
    """Whether two systems are one family: the same id, or a name (or alias) of one that begins
    the other's ("S-300" and "S-300PMU2"), so that a variant restated is one transfer."""
    if a == b:
        return True
    if ":" not in a or ":" not in b:
        return False
    if distinct_designations(ctx.entity(a), ctx.entity(b)):
        return False  # "Cobra" and "Cobra-2": two designations the register sells apart
    ka, kb = _keys(ctx, a), _keys(ctx, b)
    return any(x.startswith(y) or y.startswith(x) for x in ka for y in kb)


def _register(ctx: ArticleContext, f: Fact, lex: Lexicon) -> bool:
    """Record ``f`` in the article's transfers; False when it merged into an earlier one."""
    seen: list[Fact] = ctx.scratch.setdefault("transfers", [])
    a = f.args
    same_pair = [g for g in seen if g.args["supplier"] == a["supplier"]
                 and g.args["recipient"] == a["recipient"]]
    # goods told by a generic or a category noun as delivered do not merge into a deal only planned:
    # "Y received drones from X. … X will also ship S to Y" tells a delivery done and a plan, two
    # transfers; a plan told generically ("X will sell fighters") still belongs to the deal made
    into = [g for g in same_pair if _may_merge(f, g)]  # deals this generic fact f can belong to
    taken = [g for g in same_pair if _may_merge(g, f)]  # generic facts this fact f can take in
    if a["system"] in lex.generic and into:
        return False
    if _uncounted_category(f) and any(":" in g.args["system"] and _apart(g, f) for g in into):
        return False  # "… delivered an S-125 system. … is buying Belarusian missiles": the named deal, in summary
    generic = [g for g in taken if g.args["system"] in lex.generic
               or ":" in a["system"] and _uncounted_category(g) and _apart(g, f)]
    if generic and a["system"] not in lex.generic:
        _absorb(generic[0], f)  # "X is Y's main arms supplier. … brought in the S": the S deal
        return False
    fam = ctx.scratch.get("transfer_family", {}).get(id(f))
    if fam is not None and any(g.args["system"] == a["system"] and _counts_differ(g, f) for g in same_pair):
        a["system"] = fam[0]  # "26 Rafale M … the 36 Rafales": the family's own batch, not the variant's
        f.inferences["system"] = f"'{fam[1]}' names the family, counted apart from the variant named before"
    more = id(f) in ctx.scratch.get("transfer_more", ())
    for g in same_pair:
        if more and _counts_differ(g, f) and same_family(ctx, g.args["system"], a["system"]):
            continue  # "… supplied 410 S in 2018. X sold another 82 S in 2022": a further deal
        if same_family(ctx, g.args["system"], a["system"]) and not _other_batch(g, f):
            _merge(ctx, g, f)
            return False
    if ":" not in a["system"] and any(_of_category(ctx, g.args["system"], a["system"]) and not _counts_differ(g, f)
                                      for g in into):
        return False  # "… sent Shahed-136 drones. Tehran denied supplying any drones": the same goods
    # (a counted category is a deal of its own: "36 towed howitzers" besides the Pinaka launchers)
    before = [g for g in taken if ":" not in g.args["system"] and _of_category(ctx, a["system"], g.args["system"])
              and g.args.get("quantity") in (None, a.get("quantity"))]
    if before:
        _absorb(before[0], f)  # "X sent drones to Y. … the drones were Shahed-136s": the named deal
        return False
    seen.append(f)
    return True


# how far a deal has gone, in three classes: a plan or talks, a deal made (ordered, delivered, in
# service), a cancellation
_STATUS_CLASS = {"interest": "prospect", "negotiating": "prospect", "planned": "prospect",
                 "ordered": "made", "delivered": "made", "in_service": "made", "cancelled": "cancelled"}


def _status_class(g: Fact) -> str:
    status = str(g.args.get("status"))
    return _STATUS_CLASS.get(status, status)


def _may_merge(told: Fact, deal: Fact) -> bool:
    """Whether goods ``told`` generically can be the same transfer as ``deal``: not when the
    goods are told as a deal made (ordered, delivered, in service) and the deal is only a plan
    or talks."""
    return not (_status_class(told) == "made" and _status_class(deal) == "prospect")


def _uncounted_category(g: Fact) -> bool:
    """A transfer told only by a category noun, with no count: a summary of the parties' deals
    ("X is buying Turkish drones and Belarusian missiles") that a named system told later names."""
    return ":" not in g.args["system"] and g.args.get("quantity") is None


def _apart(g: Fact, f: Fact) -> bool:
    """Told in other sentences (goods named side by side in one sentence are different goods:
    "transferred former cutters, and in 2024 it added a S aircraft")."""
    return not any(e == x for e in g.evidence for x in f.evidence)


def _other_batch(g: Fact, f: Fact) -> bool:
    """Whether ``f`` is a separate deal from ``g``, not a batch of it: two variants of one family
    with counts of their own ("26 Rafale Marine ... the 36 Rafales") or with the second ordered in
    a later year (:func:`_later_order`); or two counts of one system when the second is an order
    placed in a later year ("leased two S in 2020 … signed in 2024 for 31 S"; a batch delivered
    later is no order: "ordered 12 in 2021; four arrived in 2023")."""
    if g.args["system"] != f.args["system"] and _later_order(g, f):
        return True  # "36 S ordered in 2016 … in 2025 Y signed for the S Marine version"
    if not _counts_differ(g, f):
        return False
    return g.args["system"] != f.args["system"] or _later_order(g, f)


def _later_order(g: Fact, f: Fact) -> bool:
    """``f`` is an order dated in a later year than ``g`` that names its goods itself (a count with
    an elided noun, "a contract for another 18 was signed in 2022", continues the deal told before)."""
    gy, fy = str(g.args.get("date") or "")[:4], str(f.args.get("date") or "")[:4]
    return f.args.get("status") == "ordered" and gy.isdigit() and fy.isdigit() and fy > gy \
        and "system" not in f.inferences


def _counts_differ(g: Fact, f: Fact) -> bool:
    ga, fa = g.args, f.args
    return ga.get("quantity") is not None and fa.get("quantity") is not None and ga["quantity"] != fa["quantity"]


def _order_count(ga: dict, na: dict) -> bool:
    """The count of an order or contract is the deal's total: it replaces the count of a
    delivered batch told before ("the first four arrived in 2015 … a contract for another 12")."""
    return ga.get("quantity") is not None and na.get("quantity") is not None \
        and ga["quantity"] != na["quantity"] and na.get("status") == "ordered" and ga.get("status") != "ordered"


def _batch_in_same_sentence(into: Fact, new: Fact) -> bool:
    """A bare count standing for the goods the same sentence has just counted ("Y bought nine S in
    2013 and ordered seven more in 2018") adds a batch: it is not the deal's total."""
    return str(new.inferences.get("system", "")).startswith("ellipsis") \
        and any(span in into.evidence for span in new.evidence)


def _of_category(ctx: ArticleContext, system: str, category: str) -> bool:
    """Whether the named ``system`` is one of the goods a category noun ("drones") names."""
    if ":" not in system:
        return False
    e = ctx.entity(system)
    kind = (e.attrs or {}).get("category") if e is not None else None
    return bool(kind) and any(kind in cats for pat, cats in _anaphora()[1] if pat.search(category))


def _absorb(generic: Fact, named: Fact) -> None:
    """A generic "arms" transfer told before a named one between the same parties becomes
    that named transfer (the earlier sentence stays as evidence)."""
    old = list(generic.evidence)
    generic.args = dict(named.args)
    generic.inferences = dict(named.inferences)
    generic.modality, generic.section = named.modality, named.section
    generic.attribution, generic.confidence = named.attribution, named.confidence
    generic.evidence = list(named.evidence) + [e for e in old if e not in named.evidence]


# how far a deal has gone: a later sentence that tells it further along ("ordered in 2021 … the
# last arrived in 2024") advances the merged fact (never out of, or into, a cancellation); the
# date stays the deal's first (the golds date a deal by its order, deliveries as other years)
PROGRESS = {"interest": 0, "negotiating": 1, "planned": 2, "ordered": 3, "delivered": 4, "in_service": 5}


def _advance(ga: dict, na: dict) -> None:
    old, new = PROGRESS.get(str(ga.get("status"))), PROGRESS.get(str(na.get("status")))
    if old is None or new is None or new <= old or old >= PROGRESS["delivered"]:
        return
    ga["status"] = na["status"]


def _merge(ctx: ArticleContext, into: Fact, new: Fact) -> None:
    ga, na = into.args, new.args
    possessed = ctx.scratch.get("transfer_possessed", set())
    if id(into) in possessed:  # goods told first by their owner alone: the deal told now says how far it went
        possessed.discard(id(into))
        ga["status"] = na["status"]
        into.inferences.pop("status", None)
    _advance(ga, na)
    if _order_count(ga, na) and not _batch_in_same_sentence(into, new):
        ga["quantity"], ga["quantity_qualifier"] = na["quantity"], na.get("quantity_qualifier")
    for k in ("quantity", "value", "date"):
        if k not in ga and k in na:
            ga[k] = na[k]
            if k == "quantity" and "quantity_qualifier" in na:
                ga["quantity_qualifier"] = na["quantity_qualifier"]
            if k == "date" and "date_text" in na:
                ga["date_text"] = na["date_text"]
    if len(_keys(ctx, na["system"])) and ":" in na["system"] and ":" in ga["system"]:
        if max(map(len, _keys(ctx, na["system"]))) > max(map(len, _keys(ctx, ga["system"]))):
            ga["system"] = na["system"]
    for k, v in new.inferences.items():
        into.inferences.setdefault(k, v)
    for span in new.evidence:
        if span not in into.evidence:
            into.evidence.append(Span(span.start, span.end))
