"""Score a JSON Lines export (``export.md``) against a gold file (``gold.md``).

``score(gold, records)`` takes the parsed export lines (kinds ``article``, ``entity``,
``fact``; anything else is ignored) and returns a :class:`Report` whose ``metrics`` is a
flat ``{name: float}`` mapping in a fixed order.

Where ``gold.md`` is silent, this module decides as follows (the contract for anyone
reading a score):

Articles
    * Only exported articles whose ``source`` is the gold's ``text`` file are considered:
      those whose source resolves to the same path; if none does, those with the same
      basename (an export made in another directory, or from a copy, still counts).
    * The article text is ``text[start:end]`` of the gold's text file read as UTF-8 with
      ``\\r\\n``/``\\r`` turned into ``\\n``.  If that file cannot be read, an exported
      article's own ``text`` field (an extension) is used when present.
    * Whitespace normalisation collapses every run of whitespace to one space; typographic
      quotes and dashes are folded to ASCII on both sides as well.  A gold article matches
      when its whole ``starts_with`` lies inside the first 400 normalised characters.
      Exported articles are tried in (start, id) order; each gold article is matched at
      most once (a second exported article for it stays unmatched; its facts are ignored).
    * ``seg.articles`` = min(n, articles_in_text) / max(n, articles_in_text) with n the
      number of exported articles for the source (1.0 when both are 0).
    * ``seg.authors``: exported author set equals the gold set (strings compared after
      whitespace collapsing).  ``seg.sections``: kind sequences equal once ``boilerplate``
      is dropped from both.  A gold article that leaves out ``authors``, ``sections`` or
      ``published`` is left out of that metric's denominator; an unmatched gold article
      scores 0 on all of them.
    * Dates: every date is an interval (partial dates are the span they name).  A stated
      ``published`` is used when present, else ``published_estimate`` as
      [not_before, not_after or open].  ``seg.published``: the interval overlaps the gold
      window (for a full stated date: lies inside it).  ``seg.published_tight``:
      ``seg.published`` holds and the interval's start is no more than 31 days before the
      window opens (a stated date inside the window is therefore tight).  No date at all
      scores 0 on both.

Names
    ``normalize_name``: casefold, NFKD with combining marks dropped (plus ı ø đ ł ħ æ œ þ),
    letters and digits only.  A gold name matches an exported entity when a normalised
    form of its name/``also`` equals one of the entity's name/aliases, or, for an ISO3
    gold name (``PAK``), when the entity's ``iso3`` (or ``state:XXX`` id) equals it.
    A fact argument that is not a known entity id is taken as a literal name (a category
    such as ``"tanks"``; for ``prefix:slug`` ids the slug is tried as well).

Matching and counting
    * Every comparison is one-to-one: candidate pairs are taken greedily best first
      (ties by gold order, then export order by id), then augmenting paths raise the
      matching to maximum cardinality, so a loose gold item (``system: "*"``) never
      steals the only partner of a specific one.  Deterministic.
    * Optional gold items and ``optional_entities``: required items are matched first;
      any leftover exported item matching an optional item is dropped from both sides
      (an optional item may absorb several exports).
    * Entities: matching pools all types and is type-agnostic; an unmatched exported
      entity is a false positive only when its type is among the types with a non-empty
      list in the gold article's ``entities`` (others are ignored).  ``entities.r.<type>``
      is recall per gold type, reported for every type present in the gold.
    * Facts with modality ``hypothetical`` or ``recommended`` are dropped before scoring.
      Facts of exported articles that match no gold article are ignored; the required
      items of a gold article with no matching export are all false negatives.
    * P = tp/(tp+fp), R = tp/(tp+fn), 1.0 when the denominator is 0; F1 = 0 when P+R = 0.
      Gold and export both empty gives P = R = F1 = 1.0 (shown "n/a").  Micro-averaged:
      counts are summed over articles.
    * Arms transfers: key (supplier, recipient, system), ``system: "*"`` matches anything
      for that pair.  On matched pairs: ``quantity`` exact, ``value`` within 1% of
      ``value_usd`` with currency USD (missing currency taken as USD), ``year`` = year of
      the export ``date`` in {year} ∪ year_also, ``status`` in the gold list.  Only
      fields present in the gold item are scored; with nothing scored the accuracy is 1.0
      (shown "0/0").
    * Events: ``event_type`` among the gold types; dates compatible at the gold's
      precision — the export date must be at least as precise and agree on the gold's
      prefix (gold "2025-05" accepts "2025-05", "2025-05-07"; not "2025"); an undated gold
      event accepts any date or none; an undated export never matches a dated gold event.
      Participants: some gold actor/target among the export's actors ∪ targets (direction
      is not checked).  A gold event with neither actors nor targets needs its
      ``location`` among the export's location ∪ actors ∪ targets; with no location
      either, type and date suffice.  ``fatalities`` is not scored.
    * Memberships: (member, organization); role and since are not scored.  Relations:
      unordered (a, b) with ``kind`` among the gold kinds.  Statistics: same subject,
      same unit (case-insensitive; "%" = percent, "$"/"US$" = USD), value within 1%;
      period only breaks ties.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from silkgraph.model import ENTITY_TYPES

from .gold import FACT_KINDS, Gold
from .score_articles import read_text, source_articles, ws
from .score_dates import TIGHT_DAYS, date_compatible, published_check
from .score_entities import Entities, matches
from .score_facts import TRANSFER_ATTRS, Scorers
from .score_matching import match as _match
from .score_report import PRF, SEG_METRICS, Report, ratio

# kept importable from here (tests and callers use silkgraph.evaluate.score)
_date_compatible = date_compatible

__all__ = [
    "EXCLUDED_MODALITIES",
    "HEAD_CHARS",
    "SEG_METRICS",
    "TIGHT_DAYS",
    "TRANSFER_ATTRS",
    "Report",
    "score",
]

HEAD_CHARS = 400
EXCLUDED_MODALITIES = frozenset({"hypothetical", "recommended"})


def _sort_key(r: dict) -> tuple[str, str]:
    return (str(r.get("id") or ""), str(sorted(r.items(), key=lambda kv: kv[0])))


def score(gold: Gold, records: Iterable[dict]) -> Report:
    """Score parsed export records (kinds article/entity/fact) against ``gold``."""
    recs = [r for r in records if isinstance(r, dict)]
    report = Report(gold=gold.name)
    ents = Entities([r for r in recs if r.get("kind") == "entity"])
    scorers = Scorers(ents)

    # ---- articles
    text = read_text(gold.text)
    if text is None:
        report.notes.append(f"gold text {gold.text} not readable; using exported article text")
    exported = source_articles(recs, gold.text)
    gold_heads = [ws(a.starts_with) for a in gold.articles]
    match: dict[int, dict] = {}  # gold article index -> exported article record
    for r in exported:
        if text is not None:
            body = text[int(r.get("start") or 0) : int(r.get("end") or 0)]
        else:
            body = str(r.get("text") or "")
        head = ws(body)[:HEAD_CHARS]
        for gi, sw in enumerate(gold_heads):
            if gi not in match and sw in head:
                match[gi] = r
                break
    n_exp, n_in = len(exported), gold.articles_in_text
    report.metrics["seg.articles"] = (
        (min(n_exp, n_in) / max(n_exp, n_in)) if max(n_exp, n_in) else 1.0
    )
    report.counts["seg.articles"] = {"exported": n_exp, "in_text": n_in, "matched": len(match)}

    seg = {k: [0, 0] for k in SEG_METRICS[1:]}  # ok, scored
    details: list[dict[str, Any]] = []
    for gi, ga in enumerate(gold.articles):
        r = match.get(gi)
        d: dict[str, Any] = {"gold": ga.id, "export": r.get("id") if r else None}
        if ga.authors is not None:
            ok = r is not None and (
                {ws(str(x)) for x in (r.get("authors") or [])} == {ws(x) for x in ga.authors}
            )
            seg["seg.authors"][0] += ok
            seg["seg.authors"][1] += 1
            d["authors"] = ok
        if ga.sections is not None:
            got = (
                [str(s.get("kind")) for s in (r.get("sections") or []) if isinstance(s, dict)]
                if r
                else None
            )
            want = [s for s in ga.sections if s != "boilerplate"]
            ok = got is not None and [s for s in got if s != "boilerplate"] == want
            seg["seg.sections"][0] += ok
            seg["seg.sections"][1] += 1
            d["sections"] = ok
        if ga.published is not None:
            ok, tight = published_check(ga.published, r) if r else (False, False)
            for k, v in (("seg.published", ok), ("seg.published_tight", tight)):
                seg[k][0] += v
                seg[k][1] += 1
            d["published"], d["published_tight"] = ok, tight
        details.append(d)
    for k, (ok, n) in seg.items():
        report.metrics[k] = ratio(ok, n)
        report.counts[k] = {"ok": ok, "scored": n}

    # ---- entities and facts, per gold article
    mentioned: dict[str, list[dict]] = {}
    for r in sorted((r for r in recs if r.get("kind") == "entity"), key=_sort_key):
        arts = sorted(
            {
                str(m.get("article"))
                for m in (r.get("mentions") or [])
                if isinstance(m, dict) and m.get("article") is not None
            }
        )
        for aid in arts:
            mentioned.setdefault(aid, []).append(r)
    facts: dict[tuple[str, str], list[dict]] = {}
    for r in sorted((r for r in recs if r.get("kind") == "fact"), key=_sort_key):
        if r.get("modality") in EXCLUDED_MODALITIES:
            continue
        facts.setdefault((str(r.get("article")), str(r.get("type"))), []).append(r)

    ent_prf = PRF()
    type_tp: dict[str, int] = {}
    type_gold: dict[str, int] = {}
    fact_prf = {k: PRF() for k in FACT_KINDS}
    attrs = {a: [0, 0] for a in TRANSFER_ATTRS}
    fact_score: dict[str, Callable[[Any, dict], tuple[float, ...] | None]] = {
        "arms_transfers": scorers.transfer,
        "events": scorers.event,
        "memberships": scorers.membership,
        "relations": scorers.relation,
        "statistics": scorers.statistic,
    }

    for gi, ga in enumerate(gold.articles):
        r = match.get(gi)
        aid = str(r.get("id")) if r else None
        d = details[gi]

        # entities
        req = [(t, n) for t, names in ga.entities.items() for n in names]
        opt = [n for names in ga.optional_entities.values() for n in names]
        gold_types = {t for t, names in ga.entities.items() if names}
        exp_ents = (
            [ents.by_id.get(str(e.get("id") or "")) for e in mentioned.get(aid, [])] if aid else []
        )
        exp_ents = [e for e in exp_ents if e is not None]
        out = _match(
            [n for _, n in req],
            opt,
            exp_ents,
            lambda g, e: (0.0,) if matches(g, e) else None,
            counts_as_fp=lambda e, types=gold_types: e.type in types,
        )
        ent_prf.add(len(out.pairs), len(out.spurious), len(out.missed))
        matched_g = {gi2 for gi2, _ in out.pairs}
        for i, (t, _) in enumerate(req):
            type_gold[t] = type_gold.get(t, 0) + 1
            type_tp[t] = type_tp.get(t, 0) + (i in matched_g)
        d["entities"] = {
            "tp": len(out.pairs),
            "fp": len(out.spurious),
            "fn": len(out.missed),
            "missed": [f"{req[i][0]}:{req[i][1]}" for i in out.missed],
            "spurious": [exp_ents[i].id for i in out.spurious],
        }

        # facts
        for key, ftype in FACT_KINDS.items():
            items = getattr(ga, key)
            req_f = [x for x in items if not x.optional]
            req_idx = [i for i, x in enumerate(items) if not x.optional]
            opt_f = [x for x in items if x.optional]
            exp_f = facts.get((aid, ftype), []) if aid else []
            fo = _match(req_f, opt_f, exp_f, fact_score[key])
            fact_prf[key].add(len(fo.pairs), len(fo.spurious), len(fo.missed))
            d[key] = {
                "tp": len(fo.pairs),
                "fp": len(fo.spurious),
                "fn": len(fo.missed),
                "matched": {f"{key}[{req_idx[g]}]": str(exp_f[e].get("id")) for g, e in fo.pairs},
                "missed": [f"{key}[{req_idx[i]}]" for i in fo.missed],
                "spurious": [str(exp_f[i].get("id")) for i in fo.spurious],
            }
            if key == "arms_transfers":
                for g, e in fo.pairs:
                    for attr, ok in Scorers.transfer_attrs(req_f[g], exp_f[e]).items():
                        attrs[attr][0] += ok
                        attrs[attr][1] += 1

    p, rr, f1 = ent_prf.prf()
    report.metrics.update({"entities.p": p, "entities.r": rr, "entities.f1": f1})
    report.counts["entities"] = {"tp": ent_prf.tp, "fp": ent_prf.fp, "fn": ent_prf.fn}
    for t in ENTITY_TYPES:
        if t in type_gold and type_gold[t]:
            report.metrics[f"entities.r.{t}"] = ratio(type_tp[t], type_gold[t])
            report.counts[f"entities.r.{t}"] = {"tp": type_tp[t], "gold": type_gold[t]}
    for key, prf in fact_prf.items():
        p, rr, f1 = prf.prf()
        report.metrics.update({f"{key}.p": p, f"{key}.r": rr, f"{key}.f1": f1})
        report.counts[key] = {"tp": prf.tp, "fp": prf.fp, "fn": prf.fn}
        if key == "arms_transfers":
            for attr, (ok, n) in attrs.items():
                report.metrics[f"arms_transfers.{attr}"] = ratio(ok, n)
                report.counts[f"arms_transfers.{attr}"] = {"ok": ok, "scored": n}
    report.articles = details
    unmatched = [ga.id for gi, ga in enumerate(gold.articles) if gi not in match]
    if unmatched:
        report.notes.append(f"gold articles with no exported match: {', '.join(unmatched)}")
    return report
