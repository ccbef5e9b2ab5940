"""One event fact from a candidate on one date: merged with the article's earlier record of the
same event (coreference on type, parties and compatible dates; a lead that summarised it), its
fatalities, its modality.  Reads and updates the article state's events and dates; split from
``records`` (which makes a candidate's dates and pairs) to keep it small."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.additive import additive, told_apart
from silkgraph.extract.events.arg_passive import appositive_span
from silkgraph.extract.events.article import ArticleState, EventRecord, add_evidence
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.fatalities import _fatalities
from silkgraph.extract.events.mod_cancel import cancel_ignores
from silkgraph.extract.events.mod_future import future_modality
from silkgraph.extract.events.patterns import DROP_MODALITIES, PLOVER
from silkgraph.extract.modality import classify
from silkgraph.model import Fact

REPORTED_INTENT_RE = re.compile(r"\b(?:said|says|told|announced|confirmed|declared|stated)\b(?:\s+[\w’'\-]+){0,6}?\s+"
                                r"that\s+(?:[\w’'\-]+\s+){1,4}would\s+(?:\w+\s+)?$")


def _compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _coref(st: ArticleState, etype: str, ids: set[str], date: str | None) -> EventRecord | None:
    for r in reversed(st.events):
        if r.etype != etype or not _compatible(r.date, date):
            continue
        if ids and r.parts & ids:
            return r
        if not ids and date and r.date and r.date.startswith(date[:7]):
            return r
        if not ids and not date and r is st.events[-1]:
            return r
    return None


def _note_date(st: ArticleState, sv: SentenceView, iso: str, text: str) -> None:
    st.dates.setdefault(sv.index, (iso, text))
    st.last_dates[sv.index] = (iso, text)


def _states(ids: set[str] | frozenset[str]) -> frozenset[str]:
    """The states among a set of parties: "signed a protocol" the same day by the same two states as the accord
    told before (with the commission that met) is the same agreement."""
    return frozenset(i for i in ids if i.startswith("state:"))


def _make_one(sv: SentenceView, ctx: ArticleContext, c: Cand, st: ArticleState,
              date: tuple[str | None, str | None, str], only: set[str]) -> Fact | None:
    etype = c.trig.etype
    iso, dtext, basis = date
    actors = [p for p in c.actors if not only or p.eid in only]
    extra = [x for x in c.extra_actors if not only or x in only]
    targets = [p for p in c.targets if not only or p.eid in only]
    ids = {p.eid for p in actors + targets} | set(extra) | {x for x in c.extra_targets if not only or x in only}
    ids -= set(c.weak)
    added = c.separate or additive(sv.text, c.start, c.trig.kind == "noun")  # "the two leaders also signed an accord on flights": a further act
    added = added or told_apart(sv.text, c.start)  # "In a separate operation, police detained …": another act
    dup = _coref(st, etype, ids, iso) if c.definite and not added else None
    acting = {p.eid for p in actors} | set(extra)
    if dup is None and not added:  # (not a reply: "X struck Y … Y fired on X in reply" are two acts of one day)
        dup = next((r for r in st.events if r.etype == etype and r.date == iso and
                    not (not c.trig.symmetric and acting & set(r.fact.args.get("targets") or ())) and
                    (r.parts == frozenset(ids) or (c.trig.symmetric and iso and len(iso) == 10 and
                                                   _states(r.parts) == _states(ids) and len(_states(ids)) >= 2))), None)
    if dup is None and iso:  # "the two countries that fought in 2008" after the August 2008 war: a vaguer repeat
        dup = next((r for r in st.events if r.etype == etype and r.parts == frozenset(ids) and r.date and
                    len(iso) == 4 < len(r.date) and r.date.startswith(iso)), None)
    if dup is not None:
        add_evidence(dup.fact, sv)
        if c.definite and iso and dup.date and len(iso) > len(dup.date) and iso.startswith(dup.date) and \
                (basis == "as written" or basis.startswith("year from")):
            # "Two rounds of fighting, in 2021 and 2022 … On April 28, … gunfire": the fuller date told later
            dup.date = iso
            dup.fact.args["date"], dup.fact.args["date_text"] = iso, dtext
            dup.fact.inferences["date"] = basis if basis != "as written" else dup.fact.inferences.pop("date", "")
            if not dup.fact.inferences["date"]:
                dup.fact.inferences.pop("date")
        if dup.date:
            _note_date(st, sv, dup.date, dtext or "")
        return None
    inferences = dict(c.inferences)
    summary = _lead_summary(st, etype, iso, sv) if sv.section != "lead" else None
    for p in actors + targets:
        if p.why:
            inferences.setdefault("actors" if p in actors else "targets", p.why)
    if basis and basis != "as written":
        inferences["date"] = basis
    actor_ids = [p.eid for p in actors]
    targ_ids = [p.eid for p in targets]
    fat = None
    if etype == "attack":
        fat, victims = _fatalities(sv.text, c.end, c.parts_all)
        targ_ids += [v for v in victims if v not in targ_ids and v not in actor_ids and (not only or v in only)]
        ids |= set(victims)
    for x in extra:
        if ctx.etype(x) == "organization" and etype == "accession":
            targ_ids.append(x)
        elif x not in actor_ids:
            actor_ids.append(x)
    targ_ids += [x for x in c.extra_targets if x not in targ_ids and (not only or x in only)]
    args = {
        "event_type": etype,
        "actors": actor_ids,
        "targets": targ_ids,
        "date": iso,
        "date_text": dtext,
        "location": c.location,
        "fatalities": fat,
        "plover": PLOVER.get(etype),
    }
    ignore = frozenset({"alleged", "claimed", "denied"}) if etype in ("accusation", "rejection") else frozenset()
    if REPORTED_INTENT_RE.search(sv.text, 0, c.start):
        ignore = ignore | {"hypothetical"}
    ignore = ignore | cancel_ignores(sv.text, c.start, etype, c.trig.kind)  # (evmod) "the summit planned for May was cancelled"
    aside = appositive_span(sv.text, c.start, c.end)  # "Georgia, sanctioned by X, denied …": the aside's own mood
    own = classify(sv.text[:aside[1]], c.start, ignore) if aside else None
    f = ctx.fact("event", sv, args, sv.abs(c.start), modality=own, inferences=inferences, ignore_modality=ignore)
    f.modality = future_modality(ctx, sv.text, c.start, etype, f.modality, iso, basis)  # (evmod)
    if f.modality in DROP_MODALITIES:
        return None
    if summary is not None:  # the lead told this event in brief: one event, the body's detail
        old = summary.fact
        old.evidence.append(f.evidence[0])
        for k in ("actors", "targets"):
            merged = list(dict.fromkeys((old.args.get(k) or []) + (f.args.get(k) or [])))
            if merged:
                old.args[k] = merged
        for k in ("date", "date_text", "location"):
            if f.args.get(k):
                old.args[k] = f.args[k]
        old.inferences.update({k: v for k, v in f.inferences.items() if k not in old.inferences})
        summary.date = iso
        summary.parts = summary.parts | frozenset(ids)
        _note_date(st, sv, iso, dtext or "")  # type: ignore[arg-type]
        return None
    st.events.append(EventRecord(f, etype, frozenset(ids), iso))
    if iso:
        _note_date(st, sv, iso, dtext or "")
    return f


def _lead_summary(st: ArticleState, etype: str, iso: str | None, sv: SentenceView) -> EventRecord | None:
    """An event of the lead dated less precisely than one of the same type told in the body
    ("in December 2023" / "on December 14, 2023"): the lead summarised it."""
    if not iso:
        return None
    for r in st.events:
        if r.etype == etype and r.fact.section == "lead" and r.date and len(r.date) < len(iso) and \
                iso.startswith(r.date) and all(e.start < sv.start for e in r.fact.evidence):
            return r
    return None
