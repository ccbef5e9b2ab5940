"""Check article claims against SIPRI reference data.

* **statistic** facts about arms-trade shares, ranks and volumes ("Russia accounted for
  94 percent of Armenia's major arms imports between 2011 and 2020", "China accounted
  for 5.8 percent of global arms exports", "the fourth-largest supplier") are recomputed
  from SIPRI's per-delivery-year TIV data and labelled ``consistent`` (within
  :data:`SHARE_TOLERANCE`), ``differs`` (both values, the computation and the SIPRI
  deals that contribute most) or ``not_checkable`` (with the reason).
* **arms_transfer** facts are matched to SIPRI deals by supplier, recipient and system
  (normalised designation, prefix-fuzzy: "J-10C" ~ "J-10CE") and compared field by
  field (quantity, order year, delivery years, value): ``matches``, ``differs`` or
  ``not_in_sipri``.

Every verdict names the data's vintage ("differs from SIPRI data generated 12 Feb
2026"): a difference is a disagreement with one version of one database, not proof
that the article is wrong.

Entry points: :func:`check_article` and :func:`check_all` return :class:`Verdict`
objects (``as_dict()`` for JSON / the web UI); :func:`classify_statistic`,
:func:`compare_share` and :func:`~silkgraph.analyse.transfer_compare.compare_transfer`
are pure.
"""

from __future__ import annotations

from typing import Any

from silkgraph.analyse.stat_claims import (
    SHARE_TOLERANCE,
    StatKind,
    _period,
    classify_statistic,
    compare_share,
)
from silkgraph.analyse.transfer_compare import (
    VALUE_TOLERANCE,
    compare_transfer,
    deal_summary,
    year_of,
)
from silkgraph.analyse.verdicts import Verdict, vintage_label
from silkgraph.reference.names import display_name, resolve_region, system_keys
from silkgraph.reference.shares import ShareResult, TivRow, compute_share
from silkgraph.reference.sipri import DELIVERIES, TRADE_REGISTER
from silkgraph.store.reference import (
    delivery_years_span,
    designation_matches,
    reference_transfers,
    select_imports,
    tiv_rows,
)
from silkgraph.store.sqlite import SQLiteStore


class Checker:
    """Checks facts against the reference data in one store (caches TIV rows per period)."""

    def __init__(self, store: SQLiteStore, vintage: str | None = None) -> None:
        self.store = store
        self.vintage = vintage
        self._tiv: dict[tuple[int, int], tuple[dict[str, Any] | None, list[TivRow]]] = {}

    def _rows(self, period: tuple[int, int]) -> tuple[dict[str, Any] | None, list[TivRow]]:
        if period not in self._tiv:
            self._tiv[period] = tiv_rows(self.store, period[0], period[1], self.vintage)
        return self._tiv[period]

    # statistic -------------------------------------------------------------------------
    def check_statistic(self, fact: dict[str, Any]) -> Verdict | None:
        args = fact.get("args") or {}
        ev = " ".join(e.get("text", "") for e in fact.get("evidence") or [])
        kind = classify_statistic(args, ev)
        if kind is None:
            return None
        v = Verdict(fact.get("id", ""), fact.get("article", ""), "statistic", kind.check,
                    "not_checkable", "", claim=dict(args), evidence=ev)

        def nc(reason: str) -> Verdict:
            v.reason = reason
            v.message = f"not checkable against SIPRI data: {reason}"
            return v

        if kind.check == "change":
            return nc("measure not understood (a change over time, not a share, rank or volume)")
        subject = args.get("subject")
        if not isinstance(subject, str) or not subject.startswith("state:"):
            return nc("subject is not a state")
        period = _period(args)
        if period is None:
            return nc("no period stated")
        imp, rows = self._rows(period)
        if imp is None:
            return nc("no per-delivery-year SIPRI data imported")
        v.vintage = imp["vintage"]
        span = delivery_years_span(self.store, imp["id"])
        if span and (period[0] < span[0] or period[1] > span[1]):
            return nc(f"period {period[0]}-{period[1]} outside the data's delivery years "
                      f"{span[0]}-{span[1]} (SIPRI data generated {vintage_label(imp['vintage'])})")
        scope = args.get("scope")
        recipients: set[str] | None = None
        scope_name = "world"
        if kind.check in ("import_share", "supplier_rank"):
            if not isinstance(scope, str) or not scope:
                return nc("no recipient or region stated (scope)")
            if scope.startswith("state:"):
                recipients, scope_name = {scope}, display_name(scope)
            else:
                reg = resolve_region(scope)
                if reg is None:
                    return nc(f"scope {scope} is neither a state nor a known region")
                recipients, scope_name = set(reg.members), reg.name
        res = compute_share(rows, subject, period, recipients, scope_name,
                            "world" if recipients is None else "recipient")
        return self._judge_statistic(v, kind, args, res, imp)

    def _judge_statistic(self, v: Verdict, kind: StatKind, args: dict[str, Any],
                         res: ShareResult, imp: dict[str, Any]) -> Verdict:
        vl = vintage_label(imp["vintage"])
        who = display_name(res.supplier)
        p = f"{res.period[0]}-{res.period[1]}"
        v.records = res.deals
        top = [s.as_dict() for s in (res.world_top if kind.check.startswith("world") else res.top)[:5]]
        if kind.check in ("import_share", "world_export_share"):
            claimed = args.get("value")
            if not isinstance(claimed, int | float):
                v.reason = "no numeric value"
                v.message = f"not checkable against SIPRI data: {v.reason}"
                return v
            if kind.check == "import_share":
                got, num, den = res.share, res.tiv, res.scope_total
                what = f"{who}'s share of {res.scope_name}'s arms imports {p}"
            else:
                got, num, den = res.world_share, res.world_tiv, res.world_total
                what = f"{who}'s share of world arms exports {p}"
            if not den:
                v.reason = f"no SIPRI deliveries to {res.scope_name} in {p}"
                v.message = f"not checkable against SIPRI data: {v.reason}"
                return v
            v.tolerance = SHARE_TOLERANCE
            v.computed = {"value": round(got or 0.0, 2), "unit": "percent", "tiv": round(num, 3),
                          "total_tiv": round(den, 3), "period": list(res.period),
                          "computation": f"sum of TIV delivered {p} by {who} to {res.scope_name}"
                          f" ({num:.1f}) / by all suppliers ({den:.1f}) = {got or 0:.2f} %",
                          "top_suppliers": top}
            v.verdict = compare_share(float(claimed), got)
            word = "consistent with" if v.verdict == "consistent" else "differs from"
            v.message = (f"{word} SIPRI data generated {vl}: {what} is {got or 0:.1f} % "
                         f"(claimed {float(claimed):g} %; tolerance {SHARE_TOLERANCE})")
        else:
            rank = res.world_rank if kind.check == "world_rank" else res.rank
            claimed_rank = kind.rank
            scope_txt = "the world" if kind.check == "world_rank" else res.scope_name
            v.computed = {"rank": rank, "period": list(res.period), "top_suppliers": top,
                          "computation": f"suppliers to {scope_txt} ranked by TIV delivered {p}"}
            v.tolerance = "exact rank"
            if claimed_rank is None:
                v.reason = "rank not understood"
                v.message = f"not checkable against SIPRI data: {v.reason}"
                return v
            v.verdict = "consistent" if rank == claimed_rank else "differs"
            word = "consistent with" if v.verdict == "consistent" else "differs from"
            v.message = (f"{word} SIPRI data generated {vl}: {who} ranks {rank or 'unranked'} among "
                         f"suppliers to {scope_txt} in {p} (claimed {claimed_rank})")
        return v

    # arms transfer ---------------------------------------------------------------------
    def check_transfer(self, fact: dict[str, Any]) -> Verdict:
        args = fact.get("args") or {}
        ev = " ".join(e.get("text", "") for e in fact.get("evidence") or [])
        v = Verdict(fact.get("id", ""), fact.get("article", ""), "arms_transfer", "transfer",
                    "not_checkable", "", claim=dict(args), evidence=ev)
        sup, rec, system = args.get("supplier"), args.get("recipient"), args.get("system")
        imps = select_imports(self.store, self.vintage)
        if not imps:
            v.reason = "no SIPRI data imported"
            v.message = f"not checkable: {v.reason}"
            return v
        best_vintage = max(i["vintage"] for i in imps)
        v.vintage = best_vintage
        if not (isinstance(sup, str) and ":" in sup and isinstance(rec, str) and ":" in rec):
            v.reason = "supplier or recipient is not an entity"
            v.message = f"not checkable: {v.reason}"
            return v
        cands = reference_transfers(self.store, supplier=sup, recipient=rec, vintage=self.vintage)
        keys = system_keys(system) if isinstance(system, str) else []
        scored: list[tuple[float, dict[str, Any]]] = []
        for c in cands:
            s = 1.0 if isinstance(system, str) and c["system"] == system else designation_matches(
                keys, _norm(c["designation"]))
            if s == 0.0 and isinstance(system, str) and ":" not in system and system.strip():
                # a category ("tanks"): match SIPRI's description
                if _norm(system).rstrip("s") in _norm(c.get("description") or ""):
                    s = 0.3
            if s > 0:
                scored.append((s, c))
        names = f"{display_name(sup)} → {display_name(rec)}"
        if not scored:
            v.verdict = "not_in_sipri"
            v.message = (f"no deal {names} for {system or 'any system'} in SIPRI data generated "
                         + ", ".join(vintage_label(i["vintage"]) for i in imps))
            return v
        fyear = year_of(args.get("date"))
        scored.sort(key=lambda sc: (-sc[0], abs((sc[1]["order_year"] or 0) - (fyear or 0))
                                    if fyear else 0, sc[1]["shape"] != TRADE_REGISTER))
        best: dict[str, dict[str, Any]] = {}
        for _s, c in scored:
            best.setdefault(c["shape"], c)
        main = best.get(TRADE_REGISTER) or best[DELIVERIES]
        v.vintage = main["vintage"]
        v.records = [deal_summary(c) for c in best.values()]
        v.fields = compare_transfer(args, main)
        for other in best.values():
            if other is not main and other["shape"] == DELIVERIES:
                v.fields.append({"field": "deliveries (newer export)",
                                 "claimed": None, "sipri": {
                                     "delivered": other["number_delivered"],
                                     "years": other["delivery_years"],
                                     "vintage": other["vintage"], "sipri_id": other["sipri_id"]},
                                 "result": "info"})
        diffs = [f["field"] for f in v.fields if f["result"] == "differs"]
        v.verdict = "differs" if diffs else "matches"
        v.tolerance = f"quantities and years exact; value {VALUE_TOLERANCE}"
        vl = vintage_label(main["vintage"])
        deal = f"SIPRI deal {main['sipri_id']} ({main['designation']}, {names}, ordered {main['order_year']})"
        v.message = (f"differs from SIPRI data generated {vl} on {', '.join(diffs)}: {deal}"
                     if diffs else f"matches SIPRI data generated {vl}: {deal}")
        return v


def _norm(s: str) -> str:
    from silkgraph.reference.names import norm

    return norm(s)


# -- entry points ----------------------------------------------------------------------

def check_fact(checker: Checker, fact: dict[str, Any]) -> Verdict | None:
    if fact.get("type") == "statistic":
        return checker.check_statistic(fact)
    if fact.get("type") == "arms_transfer":
        return checker.check_transfer(fact)
    return None


def check_facts(store: SQLiteStore, facts: list[dict[str, Any]],
                vintage: str | None = None) -> list[Verdict]:
    checker = Checker(store, vintage)
    out = []
    for f in facts:
        v = check_fact(checker, f)
        if v is not None:
            out.append(v)
    return out


def check_article(store: SQLiteStore, article_id: str, vintage: str | None = None) -> list[Verdict]:
    """Verdicts for one article's arms-trade statistics and arms transfers."""
    return check_facts(store, [f for f in store.iter_facts() if f["article"] == article_id], vintage)


def check_all(store: SQLiteStore, vintage: str | None = None) -> list[Verdict]:
    """Verdicts for every article in the knowledge base."""
    return check_facts(store, list(store.iter_facts()), vintage)
