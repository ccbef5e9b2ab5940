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

import datetime as _dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from silkgraph.model import ENTITY_TYPES

from .gold import (
    FACT_KINDS,
    Gold,
    GoldEvent,
    GoldMembership,
    GoldName,
    GoldRelation,
    GoldStatistic,
    GoldTransfer,
    normalize_name,
)

HEAD_CHARS = 400
TIGHT_DAYS = 31
EXCLUDED_MODALITIES = frozenset({"hypothetical", "recommended"})
SEG_METRICS = (
    "seg.articles",
    "seg.authors",
    "seg.sections",
    "seg.published",
    "seg.published_tight",
)
TRANSFER_ATTRS = ("quantity", "value", "year", "status")

_QUOTES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "\u00a0": " ",
    }
)
_UNITS = {
    "%": "percent",
    "pct": "percent",
    "percentage": "percent",
    "$": "usd",
    "us$": "usd",
    "usdollar": "usd",
    "dollars": "usd",
}


def _ws(text: str) -> str:
    return " ".join(text.translate(_QUOTES).split())


# --------------------------------------------------------------------------- entities


@dataclass(frozen=True)
class _Ent:
    id: str
    type: str
    keys: frozenset[str]
    iso3: str | None


def _matches(g: GoldName, e: _Ent | None) -> bool:
    if e is None:
        return False
    if g.iso3 is not None and e.iso3 == g.iso3:
        return True
    return not g.keys.isdisjoint(e.keys)


class _Entities:
    def __init__(self, records: Sequence[dict]) -> None:
        self.by_id: dict[str, _Ent] = {}
        for r in records:
            eid = str(r.get("id") or "")
            names = [r.get("name")] + list(r.get("aliases") or [])
            keys = frozenset(k for k in (normalize_name(str(n)) for n in names if n) if k)
            iso3 = r.get("iso3") or (eid[6:] if eid.startswith("state:") else None)
            self.by_id[eid] = _Ent(eid, str(r.get("type") or ""), keys, iso3)

    def ref(self, ref: Any) -> _Ent | None:
        if isinstance(ref, dict):
            ref = ref.get("id") or ref.get("name")
        if ref is None or ref == "":
            return None
        ref = str(ref)
        if ref in self.by_id:
            return self.by_id[ref]
        names = {ref}
        iso3 = None
        if ":" in ref:
            prefix, slug = ref.split(":", 1)
            names.add(slug)
            if prefix == "state":
                iso3 = slug
        keys = frozenset(k for k in (normalize_name(n) for n in names) if k)
        return _Ent(ref, "", keys, iso3)

    def refs(self, refs: Any) -> list[_Ent]:
        if refs is None:
            return []
        if not isinstance(refs, list):
            refs = [refs]
        return [e for e in (self.ref(r) for r in refs) if e is not None]


# --------------------------------------------------------------------------- matching


def _assign(
    n_gold: int, n_exp: int, score: Callable[[int, int], tuple[float, ...] | None]
) -> dict[int, int]:
    """One-to-one matching gold index -> export index: greedy best first, then augmented
    to maximum cardinality.  Deterministic."""
    cands: list[tuple[tuple[float, ...], int, int]] = []
    for gi in range(n_gold):
        for ei in range(n_exp):
            s = score(gi, ei)
            if s is not None:
                cands.append((s, gi, ei))
    cands.sort(key=lambda c: (tuple(-x for x in c[0]), c[1], c[2]))
    adj: dict[int, list[int]] = {}
    for _, gi, ei in cands:
        adj.setdefault(gi, []).append(ei)
    g2e: dict[int, int] = {}
    e2g: dict[int, int] = {}
    for _, gi, ei in cands:
        if gi not in g2e and ei not in e2g:
            g2e[gi] = ei
            e2g[ei] = gi

    def augment(gi: int, seen: set[int]) -> bool:
        for ei in adj.get(gi, []):
            if ei in seen:
                continue
            seen.add(ei)
            if ei not in e2g or augment(e2g[ei], seen):
                g2e[gi] = ei
                e2g[ei] = gi
                return True
        return False

    for gi in range(n_gold):
        if gi not in g2e and gi in adj:
            augment(gi, set())
    return dict(sorted(g2e.items()))


@dataclass
class _Outcome:
    pairs: list[tuple[int, int]]  # (index into required gold, index into exports)
    missed: list[int]  # required gold indices
    spurious: list[int]  # export indices counted as false positives
    dropped: list[int]  # export indices matching optional gold items


def _match(
    required: Sequence[Any],
    optional: Sequence[Any],
    exports: Sequence[Any],
    score: Callable[[Any, Any], tuple[float, ...] | None],
    counts_as_fp: Callable[[Any], bool] = lambda e: True,
) -> _Outcome:
    g2e = _assign(len(required), len(exports), lambda gi, ei: score(required[gi], exports[ei]))
    matched = set(g2e.values())
    spurious, dropped = [], []
    for ei, e in enumerate(exports):
        if ei in matched:
            continue
        if any(score(o, e) is not None for o in optional):
            dropped.append(ei)
        elif counts_as_fp(e):
            spurious.append(ei)
    missed = [gi for gi in range(len(required)) if gi not in g2e]
    return _Outcome(sorted(g2e.items()), missed, spurious, dropped)


# --------------------------------------------------------------------------- dates


def _span(date: Any) -> tuple[_dt.date, _dt.date] | None:
    """The interval a (partial) ISO date names, or None when it is not one."""
    if date is None:
        return None
    s = str(date).strip()
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        return None
    try:
        y = int(m.group(1))
        if m.group(3):
            d = _dt.date(y, int(m.group(2)), int(m.group(3)))
            return d, d
        if m.group(2):
            mo = int(m.group(2))
            first = _dt.date(y, mo, 1)
            nxt = _dt.date(y + (mo == 12), mo % 12 + 1, 1)
            return first, nxt - _dt.timedelta(days=1)
        return _dt.date(y, 1, 1), _dt.date(y, 12, 31)
    except ValueError:
        return None


def _published_check(gold: tuple[str | None, str | None], rec: dict) -> tuple[bool, bool]:
    """(not contradicting, tight) of an exported article's date against a gold window."""
    wb = _span(gold[0])[0] if gold[0] else _dt.date.min  # type: ignore[index]
    wa = _span(gold[1])[1] if gold[1] else _dt.date.max  # type: ignore[index]
    lo: _dt.date | None = None
    hi: _dt.date | None = None
    stated = _span(rec.get("published"))
    if stated:
        lo, hi = stated
    else:
        est = rec.get("published_estimate")
        if isinstance(est, dict):
            nb = _span(est.get("not_before"))
            na = _span(est.get("not_after"))
            if nb:
                lo = nb[0]
                hi = na[1] if na else _dt.date.max
    if lo is None or hi is None:
        return False, False
    ok = lo <= wa and hi >= wb
    tight = ok and (wb == _dt.date.min or lo >= wb - _dt.timedelta(days=TIGHT_DAYS))
    return ok, tight


def _date_compatible(gold: str | None, exp: Any) -> bool:
    if gold is None:
        return True
    if exp is None or exp == "":
        return False
    e = str(exp).strip()
    if not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?", e):
        return False
    e = re.match(r"^\d{4}(-\d{2}(-\d{2})?)?", e).group(0)  # type: ignore[union-attr]
    return len(e) >= len(gold) and e[: len(gold)] == gold


def _year(exp: Any) -> int | None:
    m = re.match(r"^(\d{4})", str(exp).strip()) if exp is not None else None
    return int(m.group(1)) if m else None


# --------------------------------------------------------------------------- fact scorers


class _Scorers:
    def __init__(self, ents: _Entities) -> None:
        self.ents = ents

    def transfer(self, g: GoldTransfer, f: dict) -> tuple[float, ...] | None:
        a = f.get("args") or {}
        if not (
            _matches(g.supplier, self.ents.ref(a.get("supplier")))
            and _matches(g.recipient, self.ents.ref(a.get("recipient")))
        ):
            return None
        specific = 0.0
        if g.system is not None:
            if not _matches(g.system, self.ents.ref(a.get("system"))):
                return None
            specific = 1.0
        agree = sum(1 for ok in self.transfer_attrs(g, f).values() if ok)
        return (specific, float(agree))

    @staticmethod
    def transfer_attrs(g: GoldTransfer, f: dict) -> dict[str, bool]:
        """Attribute agreement for the fields the gold item states."""
        a = f.get("args") or {}
        out: dict[str, bool] = {}
        if g.quantity is not None:
            q = a.get("quantity")
            out["quantity"] = (
                isinstance(q, int | float) and not isinstance(q, bool) and q == g.quantity
            )
        if g.value_usd is not None:
            v = a.get("value")
            ok = False
            if isinstance(v, dict):
                amt = v.get("amount")
                cur = str(v.get("currency") or "USD").upper()
                if isinstance(amt, int | float) and not isinstance(amt, bool) and cur == "USD":
                    ok = abs(amt - g.value_usd) <= 0.01 * abs(g.value_usd)
            out["value"] = ok
        if g.years:
            out["year"] = _year(a.get("date")) in g.years
        if g.status:
            out["status"] = a.get("status") in g.status
        return out

    def event(self, g: GoldEvent, f: dict) -> tuple[float, ...] | None:
        a = f.get("args") or {}
        if a.get("event_type") not in g.types:
            return None
        if not _date_compatible(g.date, a.get("date")):
            return None
        parts = self.ents.refs(a.get("actors")) + self.ents.refs(a.get("targets"))
        loc = self.ents.ref(a.get("location"))
        loc_ok = g.location is not None and _matches(g.location, loc)
        gold_parts = g.actors + g.targets
        if gold_parts:
            overlap = sum(1 for gn in gold_parts if any(_matches(gn, e) for e in parts))
            if overlap == 0:
                return None
        else:
            overlap = 0
            if g.location is not None:
                if not (loc_ok or any(_matches(g.location, e) for e in parts)):
                    return None
        exact = 1.0 if g.date is not None and str(a.get("date")) == g.date else 0.0
        return (float(overlap), float(loc_ok), exact)

    def membership(self, g: GoldMembership, f: dict) -> tuple[float, ...] | None:
        a = f.get("args") or {}
        if _matches(g.member, self.ents.ref(a.get("member"))) and _matches(
            g.organization, self.ents.ref(a.get("organization"))
        ):
            return (0.0,)
        return None

    def relation(self, g: GoldRelation, f: dict) -> tuple[float, ...] | None:
        a = f.get("args") or {}
        if a.get("kind") not in g.kinds:
            return None
        ea, eb = self.ents.ref(a.get("a")), self.ents.ref(a.get("b"))
        if (_matches(g.a, ea) and _matches(g.b, eb)) or (_matches(g.a, eb) and _matches(g.b, ea)):
            return (0.0,)
        return None

    def statistic(self, g: GoldStatistic, f: dict) -> tuple[float, ...] | None:
        a = f.get("args") or {}
        if not _matches(g.subject, self.ents.ref(a.get("subject"))):
            return None
        if _unit(a.get("unit")) != _unit(g.unit):
            return None
        v = a.get("value")
        if not isinstance(v, int | float) or isinstance(v, bool):
            return None
        err = abs(v - g.value)
        if err > 0.01 * abs(g.value):
            return None
        p = a.get("period")
        period_ok = g.period is not None and isinstance(p, list) and tuple(p) == g.period
        rel = err / abs(g.value) if g.value else 0.0
        return (float(period_ok), -rel)


def _unit(u: Any) -> str:
    s = str(u or "").strip().casefold()
    return _UNITS.get(s, s)


# --------------------------------------------------------------------------- report


@dataclass
class _PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f1


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


@dataclass
class Report:
    """Scores of one export against one gold file."""

    gold: str
    metrics: dict[str, float] = field(default_factory=dict)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    articles: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """JSON-able; keys in a fixed order."""
        return {
            "gold": self.gold,
            "metrics": {k: round(v, 6) for k, v in self.metrics.items()},
            "counts": {k: dict(v) for k, v in self.counts.items()},
            "articles": self.articles,
            "notes": list(self.notes),
        }

    def lines(self) -> list[str]:
        """Human-readable lines, one per metric group."""
        out: list[str] = []
        m, c = self.metrics, self.counts
        for k in SEG_METRICS:
            cnt = c.get(k, {})
            if k == "seg.articles":
                extra = f"({cnt.get('exported', 0)} exported, {cnt.get('in_text', 0)} in text)"
            else:
                extra = f"({cnt.get('ok', 0)}/{cnt.get('scored', 0)})"
            out.append(f"{k:<19} {m[k]:.3f} {extra}")
        for group in ("entities", *FACT_KINDS):
            cnt = c[group]
            na = ", n/a" if cnt["tp"] == cnt["fp"] == cnt["fn"] == 0 else ""
            out.append(
                f"{group:<19} P {m[group + '.p']:.3f} R {m[group + '.r']:.3f} "
                f"F1 {m[group + '.f1']:.3f} (tp {cnt['tp']} fp {cnt['fp']} fn {cnt['fn']}{na})"
            )
            if group == "entities":
                for k in m:
                    if k.startswith("entities.r."):
                        tc = c[k]
                        out.append(f"{k:<19} {m[k]:.3f} ({tc['tp']}/{tc['gold']})")
            if group == "arms_transfers":
                for attr in TRANSFER_ATTRS:
                    k = f"arms_transfers.{attr}"
                    out.append(f"{k} {m[k]:.3f} ({c[k]['ok']}/{c[k]['scored']})")
        out.extend(f"note: {n}" for n in self.notes)
        return out


# --------------------------------------------------------------------------- scoring


def _source_path(source: Any) -> str:
    s = str(source or "")
    return s[7:] if s.startswith("file://") else s


def _resolves_to(source: Any, text: Path) -> bool:
    s = _source_path(source)
    if not s:
        return False
    try:
        p = Path(s)
        return p.exists() and p.resolve() == text.resolve()
    except (OSError, ValueError):
        return False


def _same_basename(source: Any, text: Path) -> bool:
    s = _source_path(source)
    return bool(s) and re.split(r"[\\/]", s.rstrip("/\\"))[-1] == text.name


def _source_articles(recs: list[dict], text: Path) -> list[dict]:
    """Exported articles of the gold's text: by resolved path; by basename only when no
    source resolves to the file (an export made elsewhere, or from a copy)."""
    arts = [r for r in recs if r.get("kind") == "article"]
    found = [r for r in arts if _resolves_to(r.get("source"), text)]
    if not found:
        found = [r for r in arts if _same_basename(r.get("source"), text)]
    return sorted(found, key=lambda r: (int(r.get("start") or 0), str(r.get("id") or "")))


def _read_text(path: Path) -> str | None:
    """The gold text as silkgraph reads it, so export offsets point into it.

    For plain text this is the file's text with normalised newlines; for HTML it is the
    article text the reader extracts (what export offsets refer to).
    """
    try:
        from silkgraph.read import ReadError, read_file

        try:
            return read_file(path).text
        except ReadError:
            return None
    except ImportError:  # pragma: no cover - scorer used on its own
        try:
            return path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
        except (OSError, UnicodeDecodeError):
            return None


def _sort_key(r: dict) -> tuple[str, str]:
    return (str(r.get("id") or ""), str(sorted(r.items(), key=lambda kv: kv[0])))


def score(gold: Gold, records: Iterable[dict]) -> Report:
    """Score parsed export records (kinds article/entity/fact) against ``gold``."""
    recs = [r for r in records if isinstance(r, dict)]
    report = Report(gold=gold.name)
    ents = _Entities([r for r in recs if r.get("kind") == "entity"])
    scorers = _Scorers(ents)

    # ---- articles
    text = _read_text(gold.text)
    if text is None:
        report.notes.append(f"gold text {gold.text} not readable; using exported article text")
    exported = _source_articles(recs, gold.text)
    gold_heads = [_ws(a.starts_with) for a in gold.articles]
    match: dict[int, dict] = {}  # gold article index -> exported article record
    for r in exported:
        if text is not None:
            body = text[int(r.get("start") or 0) : int(r.get("end") or 0)]
        else:
            body = str(r.get("text") or "")
        head = _ws(body)[:HEAD_CHARS]
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
                {_ws(str(x)) for x in (r.get("authors") or [])} == {_ws(x) for x in ga.authors}
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
            ok, tight = _published_check(ga.published, r) if r else (False, False)
            for k, v in (("seg.published", ok), ("seg.published_tight", tight)):
                seg[k][0] += v
                seg[k][1] += 1
            d["published"], d["published_tight"] = ok, tight
        details.append(d)
    for k, (ok, n) in seg.items():
        report.metrics[k] = _ratio(ok, n)
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

    ent_prf = _PRF()
    type_tp: dict[str, int] = {}
    type_gold: dict[str, int] = {}
    fact_prf = {k: _PRF() for k in FACT_KINDS}
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
            lambda g, e: (0.0,) if _matches(g, e) else None,
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
                    for attr, ok in _Scorers.transfer_attrs(req_f[g], exp_f[e]).items():
                        attrs[attr][0] += ok
                        attrs[attr][1] += 1

    p, rr, f1 = ent_prf.prf()
    report.metrics.update({"entities.p": p, "entities.r": rr, "entities.f1": f1})
    report.counts["entities"] = {"tp": ent_prf.tp, "fp": ent_prf.fp, "fn": ent_prf.fn}
    for t in ENTITY_TYPES:
        if t in type_gold and type_gold[t]:
            report.metrics[f"entities.r.{t}"] = _ratio(type_tp[t], type_gold[t])
            report.counts[f"entities.r.{t}"] = {"tp": type_tp[t], "gold": type_gold[t]}
    for key, prf in fact_prf.items():
        p, rr, f1 = prf.prf()
        report.metrics.update({f"{key}.p": p, f"{key}.r": rr, f"{key}.f1": f1})
        report.counts[key] = {"tp": prf.tp, "fp": prf.fp, "fn": prf.fn}
        if key == "arms_transfers":
            for attr, (ok, n) in attrs.items():
                report.metrics[f"arms_transfers.{attr}"] = _ratio(ok, n)
                report.counts[f"arms_transfers.{attr}"] = {"ok": ok, "scored": n}
    report.articles = details
    unmatched = [ga.id for gi, ga in enumerate(gold.articles) if gi not in match]
    if unmatched:
        report.notes.append(f"gold articles with no exported match: {', '.join(unmatched)}")
    return report
