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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.prefilter import Gate, GateSet, lowered
from silkgraph.model import Fact, Mention, Span
from silkgraph.nlp.numbers import WORD_NUMBERS, find_counts, find_money
from silkgraph.resources import load_yaml

ACTOR_TYPES = ("state", "organization", "company", "armed_group")
SUCCESSORS = {"SUN": "RUS", "YUG": "SRB", "CSK": "CZE", "DDR": "DEU"}  # makers that no longer exist
MAX_GAP = 90  # characters between a trigger and its system
MAX_GAP_USE = 45  # "use"/"took" verbs: the system must follow closely
CONTEXT_SKIP_PREPS = {"from", "with", "by", "in", "of", "against", "than", "at", "into", "on", "over",
                      "near", "across", "inside", "within", "like", "between", "among", "via"}
OBLIQUE_PREPS = {"with", "from", "to", "by", "of", "for", "against", "than", "between", "on",
                 "over", "in", "at", "into", "towards", "toward", "among", "amid", "like",
                 "including", "via", "after", "before"}
PRONOUN_RE = re.compile(r"\b(?:it|they|its|their)\b", re.I)
POSS_RE = re.compile(r"^\s*['’]s?\b")
CLAUSE_RE = re.compile(
    r";|:|\s[—–]\s|—|,\s+(?:whereas|while|which|who|but|however|although|though|yet|whilst)\b"
    r"|,\s+(?:and|including|coinciding|following|after|before|as|with|amid)\b"
    r"|\b(?:whereas|while|but)\s|\bthat\b",
)
ADVERB_GAP_RE = re.compile(r"^[\s,]*(?:(?:was|were|is|are|been|being|has|have|had|already|"
                           r"recently|reportedly|also|formally|first|newly|jointly|\w+ly)\s+)*$", re.I)
WORD_RE = re.compile(r"[\w’'\-]+")
MOD_GAP_RE = re.compile(r"^(?:['’]s?)?(?:[-\s](?:made|manufactured|built|produced|designed|origin|supplied))?"
                        r"\s+(?:[A-Za-z][\w\-]*\s+){0,2}$")
OFFICIALS_IN_RE = re.compile(r"\b(?:officials|authorities|government|leaders|leadership|diplomats|"
                             r"ministry|negotiators)\s+in\s+$", re.I)
INSTITUTION_RE = re.compile(r"^\s+(?:\w+\s+)?(?:minister|president|prime\s+minister|officials|government|authorities|military|forces|army|navy|"
                            r"air\s+force|leaders|troops|president|side|ministry|state|defen[cs]e\s+ministry)\b",
                            re.I)
STRONG_BOUNDARY_RE = re.compile(r";|,\s+(?:and|but|while|whereas|although|though|yet)\b|\b(?:whereas|while)\s")
YEARS_LATER_RE = re.compile(r"\b(\w+)\s+years?\s+later\b", re.I)
THAT_YEAR_RE = re.compile(r"\b(?:that|the\s+same)\s+year\b", re.I)
PROGRAMME_RE = re.compile(r"\s*(?:(?:fifth|fourth)[\s-]generation\s+)?(?:fighter\s+|jet\s+)?"
                          r"(?:programme|program|project|initiative)\s*$", re.I)
FOLLOW_VALUE_RE = re.compile(r"\b(?:the|this|that|a|its)\s+(?:\w+\s+)?(?:contract|deal|agreement|order|package|"
                             r"sale|purchase)\s+(?:was\s+|is\s+|were\s+)?(?:worth|valued\s+at|priced\s+at)\b", re.I)
_FOLLOW_VALUE_LOW = lowered(FOLLOW_VALUE_RE)  # the same test on lower-cased text, faster than re.I
AFTER_ASIDE_RE = re.compile(r",\s*(?:designed|developed|made|built|manufactured|produced)\s+by\s+[^,;]{1,40},")
UNKNOWN_DESIGNATION_RE = re.compile(r"\b[A-Z][A-Za-z]*-?\d[\w\-]*\s+(?:[a-z][\w\-]*\s+){0,2}$")
NEGATED_RE = re.compile(r"\b(?:refused|refuses|refusing|declined|declines|declining|rejected|never|not|n['’]t)"
                        r"\s+(?:to\s+|been\s+|be\s+|yet\s+)?$", re.I)
# "its ability to deliver S", "failed to supply S": a capacity or a failure, no transfer
CAPABILITY_RE = re.compile(r"\b(?:ability|inability|capacity|capability|unable|failure|failed|fails|fail)"
                           r"\s+to\s+$", re.I)
ATTACHED_RE = re.compile(r"[\s\w\-’']{0,30},\s*")
# the subject of a later clause refers back to the system ("the first of which", "the last of them")
CONTINUATION_RE = re.compile(r"\b(?:the\s+(?:first|last|second|remaining|rest|next)\b|which|them|these|they|"
                             r"the\s+(?:\w+\s+){0,2}(?:set|unit|batch|system|aircraft|vehicle)s?\b)", re.I)
# a bare numeral standing for the system named before: "Y received three S in 2021, and Z received four in 2023"
ELLIPSIS_RE = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
                         r"(?=\s+(?:more\s+)?(?:in|at|by|during|apiece|each|later)\b|\s*[,.;]|\s*$)", re.I)
REL_ASIDE_RE = re.compile(r",\s*(?:which|who|whom|whose)\b[^,;]*,")
COUNTER_RE = re.compile(r"\bwith\s+(?:his|her|their|its|the)\s+(?:[\w\-’']+\s+){0,3}?counterparts?\b(?:,?\s+)?")
COUNTRY_POSS_RE = re.compile(r"\bthe\s+(?:country|nation|state|republic)['’]s\b", re.I)
PAST_BUY_RE = re.compile(r"bought|purchased|acquired|procured|obtained|imported", re.I)
OLD_PURCHASE_YEARS = 5  # a purchase this many years before the article is delivered
# "X accounted for N percent of Y's (arms) imports": X supplies Y
SHARE_SUPPLY_RE = re.compile(
    r"\b(?:accounted\s+for|accounts\s+for|account\s+for|supplied|supplies|provided|provides|delivered|"
    r"made\s+up|makes\s+up|represented|represents)\s+(?:(?:about|some|nearly|almost|roughly|around|over|"
    r"more\s+than|only|just|still)\s+)?\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)\s+of\s+"
    r"(?:(?P<poss>its|their|[A-Z][\w\-. ]{1,30}?['’]s?)\s+(?:[\w\-]+\s+){0,2}?(?:imports|purchases|acquisitions)\b"
    r"|(?P<them>them|these)\b)")
# "Y's S", "its S", "their new S" (a possessor right before the system)
OWNER_RE = re.compile(r"(?:\b(?P<pron>its|their)|(?P<name>\b[A-Z][\w\-. ]{1,30}?)['’]s?)"
                      r"\s+(?:(?:own|new|newest|latest|modern|ageing|aging|older|[\w\-]+-built|[\w\-]+-made)\s+)?$")
# between two listed systems: the first one's head noun, a separator, the next one's count
LIST_GAP_RE = re.compile(r"[\s\w\-’']{0,40}?\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s(?:and|as\s+well\s+as|plus)\s+)"
                         r"(?:(?:the|its|some|another|further|\w+(?:[\s-]\w+)?)\s+){0,2}")
# participles describing the goods themselves ("nine modernised S") are no blockers
DESCRIBED_RE = re.compile(r"\b(?:moderni[sz]ed|upgraded|refurbished|overhauled|second-hand|used)\s+"
                          r"(?:[\w\-]+\s+)?$", re.I)
LIST_JOIN_RE = re.compile(r"(?:,|\band|\bor|\bas well as|\bplus)\s+(?:the\s+|its\s+|[\w’'\-]+['’]s\s+)?$")


@dataclass(frozen=True)
class Trigger:
    pattern: re.Pattern[str]
    status: str
    role: str  # buy | sell | use
    nominal: bool = False
    after: bool = False  # the trigger follows its system ("S entered service")
    close: bool = False  # an ``after`` trigger right behind its system's noun phrase ("S followed")


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[Trigger, ...]
    modifiers: tuple[tuple[re.Pattern[str], str], ...]
    blockers: re.Pattern[str]
    categories: tuple[tuple[re.Pattern[str], str], ...]
    generic: frozenset[str]
    prefilter: re.Pattern[str]
    supplier_role: re.Pattern[str]
    importer_role: re.Pattern[str]
    # exact pre-checks (see silkgraph.extract.prefilter), one per pattern above
    trigger_gates: tuple[Gate, ...] = ()
    category_gates: tuple[Gate, ...] = ()
    prefilter_gate: Gate | None = None
    follow_value_gate: Gate | None = None
    trigger_gate_set: GateSet | None = None  # trigger_gates / category_gates tested at once
    category_gate_set: GateSet | None = None
    # case-sensitive twins (``prefilter.lowered``) of triggers / category patterns to run
    # on the lower-cased sentence: same match positions, cheaper; None where none exists
    trigger_twins: tuple[re.Pattern[str] | None, ...] = ()
    category_twins: tuple[re.Pattern[str] | None, ...] = ()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = load_yaml("ontology/transfers.yaml")
    trigs = tuple(Trigger(re.compile(t["re"], re.I), t["status"], t["role"],
                          bool(t.get("nominal")), bool(t.get("after")), bool(t.get("close")))
                  for t in data["triggers"])
    mods = tuple((re.compile(m["re"], re.I), m["status"]) for m in data["modifiers"])
    cats = tuple((re.compile(r"\b(?:" + c["re"] + r")\b", re.I), c["category"])
                 for c in data["categories"])
    # cheap gate: a category noun or a supplier/importer role (weapon mentions are checked apart)
    pre = re.compile(r"\b(?:" + "|".join(c["re"] for c in data["categories"]) + r")\b|"
                     r"\b(?:supplier|exporter|provider|importer|recipient|buyer|customer|client)s?\b", re.I)
    trig_gates = tuple(Gate(t.pattern) for t in trigs)
    cat_gates = tuple(Gate(c) for c, _ in cats)
    return Lexicon(trigs, mods, re.compile(data["blockers"], re.I), cats,
                   frozenset(data.get("generic_categories") or ()), pre,
                   re.compile(data["supplier_roles"], re.I), re.compile(data["importer_roles"], re.I),
                   trig_gates, cat_gates, Gate(pre), Gate(FOLLOW_VALUE_RE),
                   GateSet(trig_gates), GateSet(cat_gates),
                   tuple(lowered(t.pattern) for t in trigs), tuple(lowered(c) for c, _ in cats))


@dataclass
class Item:
    start: int  # offsets into the sentence text
    end: int
    system: str  # weapon entity id or category string
    category: bool
    mention: Mention | None = None
    why: str | None = None  # the system is inferred (a programme's aircraft)


@dataclass
class Hit:
    start: int
    end: int
    trig: Trigger


@dataclass
class Party:
    eid: str
    why: str | None = None  # inference, when not a mention of the sentence


@dataclass
class Draft:
    item: Item
    hit: Hit
    status: str
    supplier: Party | None
    recipients: list[Party] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)  # every trigger of the sentence
    items: list[Item] = field(default_factory=list)  # every item of the sentence


# --------------------------------------------------------------------------- entry point


def extract_transfers(sv: SentenceView, ctx: ArticleContext) -> list[Fact]:
    lex = lexicon()
    low = sv.low
    if not (any(ctx.etype(m.entity_id) in ("weapon_system", "program") for m in sv.mentions)
            or (lex.prefilter_gate.may_match(low) and lex.prefilter.search(sv.text))  # type: ignore[union-attr]
            or _anaphor_possible(sv)):
        _follow_up_value(sv, ctx, low)
        return []
    out: list[Fact] = []
    drafts = _drafts(sv, ctx, lex, low) + _role_drafts(sv, ctx, lex)
    for d in drafts:
        for rec in d.recipients:
            if d.supplier is None or rec.eid == d.supplier.eid:
                continue
            f = _build(sv, ctx, d, rec)
            if f is None:
                continue
            ctx.scratch.setdefault("transfer_parties", []).append((sv.index, d.supplier.eid, rec.eid))
            if _register(ctx, f, lex):
                out.append(f)
    if not drafts:
        _follow_up_value(sv, ctx, low)
    return out


def _follow_up_value(sv: SentenceView, ctx: ArticleContext, low: str | None) -> None:
    """"The contract was worth $5.43 billion": the value of the deal told just before."""
    if low is not None and _FOLLOW_VALUE_LOW is not None and not _FOLLOW_VALUE_LOW.search(low):
        return  # FOLLOW_VALUE_RE cannot match (exact twin test on the lower-cased text)
    gate = lexicon().follow_value_gate
    if (gate is not None and not gate.may_match(low)) or not FOLLOW_VALUE_RE.search(sv.text) \
            or sv.index == 0:
        return
    seen: list[Fact] = ctx.scratch.get("transfers", [])
    prev = ctx.sentences[sv.index - 1]
    last = next((f for f in reversed(seen) if any(prev.start <= e.start < prev.end for e in f.evidence)), None)
    money = find_money(sv.text)
    if last is None or "value" in last.args or len(money) != 1 and not any(n.unit == "USD" for n in money):
        return
    n = next((n for n in money if n.unit == "USD"), money[0])
    last.args["value"] = {"amount": float(n.value), "currency": n.unit}
    last.evidence.append(Span(sv.start, sv.end))


def _drafts(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, low: str | None) -> list[Draft]:
    items = _items(sv, ctx, lex, low)
    if not items:
        return []
    text = sv.text
    hits = [Hit(m.start(), m.end(), t)
            for t, tw, ok in zip(lex.triggers, lex.trigger_twins, _passing(lex, "trigger", low), strict=True)
            if ok
            for m in (tw.finditer(low) if tw is not None and low is not None else t.pattern.finditer(text))
            if not _false_trigger(text, m.start(), m.end())]
    if not hits:
        return []
    clauses = _clause_ids(sv.text)
    out = []
    chained: dict[int, Hit] = {}
    for it in items:
        hit = _hit_for(sv.text, it, items, hits, clauses, lex)
        if hit is None:
            hit = _chained_hit(sv, it, items, chained)
        if hit is not None:
            chained[id(it)] = hit
        if hit is None or NEGATED_RE.search(sv.text[max(0, hit.start - 30):hit.start]) \
                or CAPABILITY_RE.search(sv.text[max(0, hit.start - 30):hit.start]):
            continue  # "refused to sell", "did not deliver", "its ability to supply": no transfer
        status = _status(sv.text, hit, clauses, lex)
        sup, recs = _parties(sv, ctx, it, hit)
        out.append(Draft(it, hit, status, sup, recs, hits, items))
    out += _owner_drafts(sv, ctx, lex, items, hits, {id(d.item) for d in out})
    suppliers = {d.supplier.eid for d in out if d.supplier is not None}
    for d in out:
        if d.supplier is not None and not d.recipients and (d.hit.trig.role != "use" or d.hit.trig.after):
            if _co_agents(sv, ctx, d) > 1:
                continue  # "the supply of S by X and Z": which of them supplied whom is not said
            p = _anaphoric_recipient(sv, ctx, d, suppliers) \
                or _context_recipient(sv, ctx, suppliers, min(d.item.start, d.hit.start), not d.item.category)
            d.recipients = [p] if p else []
    return out


def _co_agents(sv: SentenceView, ctx: ArticleContext, d: Draft) -> int:
    """How many coordinated agents a supply noun has ("the supply of S by X and Z")."""
    if d.hit.trig.role != "sell" or not d.hit.trig.nominal or d.hit.start > d.item.start:
        return 0
    return len(_after_prep(sv, ctx, ("by",), d.item.end, min(len(sv.text), d.item.end + 40)))


def _anaphoric_recipient(sv: SentenceView, ctx: ArticleContext, d: Draft, bad: set[str]) -> Party | None:
    """"X supplied all of the country's imports": the goods belong to the state named last
    before the trigger in the sentence (whatever its role: "The shift is in Y: X supplied …")."""
    lo, hi = sorted((d.hit.end, d.item.start))
    m = COUNTRY_POSS_RE.search(sv.text, lo, hi) if d.hit.end <= d.item.start else None
    if m is None:
        return None
    for a, _b, mm in reversed(_mentions_rel(sv)):
        if a < d.hit.start and ctx.etype(mm.entity_id) == "state" and mm.entity_id not in bad \
                and mm.kind != "demonym":
            return Party(mm.entity_id, f"antecedent of '{m.group(0)}': '{mm.text}' earlier in the sentence")
    return None


def _blank_dates(sv: SentenceView, lo: int, hi: int) -> str:
    """``sv.text[lo:hi]`` with its time expressions ("in 2018", "a year later") blanked out."""
    chars = list(sv.text[lo:hi])
    for d in sv.dates:
        a, b = sv.rel(d.start), sv.rel(d.end)
        for i in range(max(a, lo), min(b, hi)):
            chars[i - lo] = " "
    return re.sub(r"\b(?:in|on|by|during|since)\s+(?=\s*(?:,|and\b|$))|\b(?:a|one|two|three)\s+years?\s+later\b",
                  " ", "".join(chars))


def _chained_hit(sv: SentenceView, it: Item, items: list[Item], chained: dict[int, Hit]) -> Hit | None:
    """Coordinated systems share the trigger of the first one, each with its own count and
    date: "Y was given nine S1 in 2018 and four S2 in 2019", "… T-90S tanks, BMP-3 … and S-300
    systems" (a long list runs past the trigger's reach)."""
    prev = [o for o in items if o.end <= it.start and id(o) in chained]
    if not prev:
        return None
    p = prev[-1]
    if any(p.end <= o.start and o.end <= it.start for o in items if o is not p):
        return None
    between = _blank_dates(sv, p.end, it.start)
    m = LIST_GAP_RE.fullmatch(between)
    if not m or re.search(r"(?<![-\w])(?:of|from|to|by|for|with|at|on|against)(?![-\w])", between) \
            or lexicon().blockers.search(between):
        return None
    if not re.search(r"\b(?:and|plus)\b|as\s+well\s+as", between):
        # a bare comma lists only when the list goes on to the next system
        later = [o for o in items if o.start >= it.end]
        nxt = _blank_dates(sv, it.end, later[0].start) if later else ""
        if not later or not LIST_GAP_RE.fullmatch(nxt) \
                or re.search(r"(?<![-\w])(?:of|from|to|by|for|with|at|on|against)(?![-\w])", nxt):
            return None
    if len(sv.text[p.end:it.start]) > 80 or STRONG_BOUNDARY_RE.search(sv.text, p.end, it.start) \
            and not re.search(r",\s*and\s+(?:\w+\s+){0,2}$", between):
        return None
    return chained[id(p)]


def _false_trigger(text: str, a: int, b: int) -> bool:
    w = text[a:b].lower()
    after = text[b:b + 12].lower()
    before = text[max(0, a - 10):a].lower()
    if w.startswith("order") and (before.endswith("in ") or after.startswith(" to")):
        return True  # "in order to"
    if w in ("use", "used", "uses") and (after.startswith(" to ") or after.startswith(" of")):
        return True  # "used to", "use of"
    if w in ("took", "takes") and re.match(r"\s+(?:part|place|office|power|control|over|note|"
                                          r"steps?|action|responsibility)\b", after):
        return True
    return False


# --------------------------------------------------------------------------- items


def _passing(lex: Lexicon, which: str, low: str | None) -> list[bool]:
    """Which trigger (or category) patterns may match: their gates, tested at once."""
    gates = lex.trigger_gates if which == "trigger" else lex.category_gates
    gs = lex.trigger_gate_set if which == "trigger" else lex.category_gate_set
    return gs.passing(low) if gs is not None else [g.may_match(low) for g in gates]


def _items(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, low: str | None) -> list[Item]:
    items: list[Item] = []
    taken: list[tuple[int, int]] = []
    for m in sv.mentions:
        a, b = sv.rel(m.start), sv.rel(m.end)
        if ctx.etype(m.entity_id) == "program":
            wpn = _programme_weapon(ctx, m.entity_id)
            if wpn:
                items.append(Item(a, b, wpn, False, None, f"the weapon of the {m.text}"))
                taken.append((a, b))
            continue
        if ctx.etype(m.entity_id) != "weapon_system":
            continue
        if items and items[-1].system == m.entity_id and a - items[-1].end < 4:
            continue
        items.append(Item(a, b, m.entity_id, False, m))
        taken.append((a, b))
    for (pat, cat), tw, ok in zip(lex.categories, lex.category_twins, _passing(lex, "category", low), strict=True):
        if not ok:
            continue
        for m in (tw.finditer(low) if tw is not None and low is not None else pat.finditer(sv.text)):
            a, b = m.start(), m.end()
            if any(x < b and a < y for x, y in taken):
                continue
            taken.append((a, b))
            # a category noun right after a named system is that system's head noun
            if any(0 <= a - it.end <= 25 and not it.category
                   and re.fullmatch(r"[\s\w\-’']*", sv.text[it.end:a]) for it in items):
                continue
            # … and so is one after a designation the gazetteer does not know ("XK-90 drones")
            if UNKNOWN_DESIGNATION_RE.search(sv.text[max(0, a - 40):a]):
                continue
            items.append(Item(a, b, cat, True))
    items.sort(key=lambda i: i.start)
    if any(not it.category for it in items):
        items = _elliptic_items(sv, ctx, lex, items)
    elif sv.index > 0:
        items = _anaphoric_items(sv, ctx, items)
    return items


@lru_cache(maxsize=1)
def _anaphora() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], frozenset[str]], ...]]:
    data = load_yaml("ontology/transfers.yaml")["anaphora"]
    nouns = tuple((re.compile(r"\b(?:" + n["re"] + r")\b", re.I), frozenset(n["categories"]))
                  for n in data["nouns"])
    return re.compile(data["determiner"], re.I), nouns


def _anaphor_possible(sv: SentenceView) -> bool:
    return sv.index > 0 and any(p.search(sv.text) for p, _c in _anaphora()[1])


def _anaphoric_items(sv: SentenceView, ctx: ArticleContext, items: list[Item]) -> list[Item]:
    """A generic noun with a count or a definite article in a sentence that names no system
    ("the first four aircraft reached Y", "a contract for another 12 jets", "the remaining
    batteries arrived") stands for the last named system of a matching category in the
    previous two sentences."""
    det, nouns = _anaphora()
    out = list(items)
    for pat, cats in nouns:
        for m in pat.finditer(sv.text):
            a, b = m.start(), m.end()
            if not det.search(sv.text[max(0, a - 40):a]):
                continue
            found = _antecedent_system(sv, ctx, cats)
            if found is None:
                continue
            eid, why = found
            out = [o for o in out if not (o.start < b and a < o.end)]
            if any(o.start < b and a < o.end for o in out):
                continue
            out.append(Item(a, b, eid, False, None, why))
    out.sort(key=lambda i: i.start)
    return out


def _antecedent_system(sv: SentenceView, ctx: ArticleContext, cats: frozenset[str]) -> tuple[str, str] | None:
    for i in range(sv.index - 1, max(-1, sv.index - 3), -1):
        view = ctx.sentences[i]
        if view.section != sv.section:
            return None
        for m in reversed(view.mentions):
            if ctx.etype(m.entity_id) != "weapon_system":
                continue
            e = ctx.entity(m.entity_id)
            if e is None or (e.attrs or {}).get("category") not in cats:
                continue
            where = "the previous sentence" if i == sv.index - 1 else "the sentence before the previous one"
            return m.entity_id, f"system from context: '{m.text}' in {where}"
    return None


def _ends_with(pattern: re.Pattern[str], text: str) -> bool:
    return any(m.end() == len(text) for m in pattern.finditer(text))


def _elliptic_items(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, items: list[Item]) -> list[Item]:
    """A numeral right after a transfer verb, with no noun, counts the system named before it in
    the sentence ("Y received three S in 2021, and Z received four in 2023")."""
    text = sv.text
    out = list(items)
    for m in ELLIPSIS_RE.finditer(text):
        a = m.start("n")
        named = [it for it in items if not it.category and it.end <= a]
        if not named or any(it.start <= a < it.end for it in items):
            continue
        head = text[max(0, a - 40):a].rstrip()
        if not any(_ends_with(t.pattern, head) for t in lex.triggers if not t.nominal and not t.after):
            continue
        prev = named[-1]
        name = prev.mention.text if prev.mention else prev.system
        out.append(Item(a, m.end("n"), prev.system, False, None,
                        f"ellipsis: '{m.group('n')}' counts the {name} named before in the sentence"))
    out.sort(key=lambda i: i.start)
    return out


def _programme_weapon(ctx: ArticleContext, eid: str) -> str | None:
    """"the F-35 programme" → the F-35."""
    e = ctx.entity(eid)
    if e is None:
        return None
    name = PROGRAMME_RE.sub("", e.name).strip()
    try:
        found = ctx.kb.lookup(name) if name and name != e.name else []
    except AttributeError:
        return None
    return next((w.id for w in found if w.type == "weapon_system"), None)


# --------------------------------------------------------------------------- triggers


def _clause_ids(text: str) -> list[int]:
    """Clause boundaries (sentence offsets), in order."""
    return [m.start() for m in CLAUSE_RE.finditer(text)]


def _same_clause(bounds: list[int], a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return not any(lo < x < hi for x in bounds)


def _hit_for(text: str, it: Item, items: list[Item], hits: list[Hit], bounds: list[int],
             lex: Lexicon) -> Hit | None:
    passive = _passive_hit(text, it, hits)
    if passive is not None:
        return passive
    best: Hit | None = None
    for h in hits:
        if h.trig.after or h.end > it.start:
            continue
        gap = text[h.end:it.start]
        limit = MAX_GAP_USE if h.trig.role == "use" or text[h.start:h.end].lower() in ("took", "takes") \
            else MAX_GAP
        if len(gap) > limit or not _same_clause(bounds, h.end, it.start) \
                or lex.blockers.search(DESCRIBED_RE.sub("", gap)):
            continue
        if not _listed_after(text, it, items, h.end):
            continue
        if best is None or h.end > best.end or (h.end == best.end and h.start < best.start):
            best = h
    return best


def _listed_after(text: str, it: Item, items: list[Item], lo: int) -> bool:
    """No other system between ``lo`` and ``it`` unless ``it`` is listed after it
    ("FM-90 and KS-1C", "Gökdoğan … (BVRAAM) and Bozdoğan")."""
    prev = [o for o in items if lo <= o.start and o.end <= it.start and o is not it]
    if not prev:
        return True
    between = text[prev[-1].end:it.start]
    if re.search(r"(?<![-\w])(?:in|of|from|to|by|for|with|at|on)(?![-\w])|\d", between):
        return False
    return len(between) <= 80 and bool(LIST_JOIN_RE.search(between))


def _passive_hit(text: str, it: Item, hits: list[Hit]) -> Hit | None:
    """A participle or "entered service" just after the system: "the S acquired by Baku"."""
    for h in hits:
        if h.start < it.end or h.trig.nominal:
            continue
        gap = text[it.end:h.start]
        if len(gap) > (70 if h.trig.after else 40):
            continue
        word = text[h.start:h.end].lower()
        if h.trig.after:
            if h.trig.close:
                if re.fullmatch(r"[\s\w\-’']*", gap) and len(gap.split()) <= 3:
                    return h
                continue
            # the head noun, then maybe a relative pronoun or a participial aside:
            # "S, which is produced in Y", "S, designed by X's F, is assembled in Y"
            core = AFTER_ASIDE_RE.sub(" ", gap)
            if re.fullmatch(r"[\s\w\-’']*(?:,\s*(?:which|that)\b[\s\w]*)?", core) and len(core) < 50:
                return h
            continue
        if not word.endswith("ed") and word not in ("bought", "sold", "took"):
            continue
        # a participial aside after the head noun: "its S systems, bought from X in 2018, …"
        if h.trig.role in ("buy", "sell") and re.fullmatch(r"[\s\w\-’']{0,30},\s*", gap) \
                and len(gap.split()) <= 3:
            return h
        # noun-phrase remainder + adverbs / auxiliaries only
        rest = re.sub(r"^[\s\w\-’']*?(?=\s+(?:was|were|is|are|been|has|have|had|recently|already|"
                      r"reportedly|newly|formally|first|\w+ly)\b|$)", "", gap)
        if ADVERB_GAP_RE.match(rest) and len(gap.split()) <= 5:
            return h
    return None


def _status(text: str, h: Hit, bounds: list[int], lex: Lexicon) -> str:
    lo = max([0] + [x for x in bounds if x < h.start])
    window = text[max(lo, h.start - 70):h.start]
    for pat, status in lex.modifiers:
        if pat.search(window):
            if status == "cancelled" or h.trig.status not in ("in_service", "cancelled"):
                return status
    return h.trig.status


# --------------------------------------------------------------------------- parties


def _mentions_rel(sv: SentenceView) -> list[tuple[int, int, Mention]]:
    return [(sv.rel(m.start), sv.rel(m.end), m) for m in sv.mentions]


def _party(ctx: ArticleContext, m: Mention) -> Party | None:
    """The state a mention stands for (an organisation or firm stands for its country)."""
    if ctx.text[m.end:m.end + 1] == "$":
        return None  # "US$ 1.6 billion" is money, not the United States
    if m.role == "place":
        return _seat_of_power(ctx, m)
    t = ctx.etype(m.entity_id)
    if t == "state":
        return Party(m.entity_id)
    if t == "person":  # "Defence Minister X signed …": an official acts for the state
        e = ctx.entity(m.entity_id)
        if e is not None and e.country and ctx.entity(f"state:{e.country}") is not None \
                and ctx.etype(f"state:{e.country}") == "state":
            return Party(f"state:{e.country}", f"state of {e.name}")
        return None
    if t in ("organization", "company", "armed_group"):
        e = ctx.entity(m.entity_id)
        if t == "armed_group":
            return Party(m.entity_id)
        if e is not None and e.country and ctx.entity(f"state:{e.country}") is not None:
            return Party(f"state:{e.country}", f"country of {e.name}")
    return None


def _seat_of_power(ctx: ArticleContext, m: Mention) -> Party | None:
    """"officials in Yerevan": a capital standing for its government."""
    if not OFFICIALS_IN_RE.search(ctx.text[max(0, m.start - 40):m.start]):
        return None
    try:
        state = ctx.kb.capital_of(m.entity_id)
    except AttributeError:
        return None
    return Party(state, f"government seated in {m.text}") if state else None


def _prev_word(text: str, pos: int) -> str:
    words = WORD_RE.findall(text[max(0, pos - 30):pos])
    return words[-1].lower() if words else ""


def _is_possessive(text: str, end: int) -> bool:
    return bool(POSS_RE.match(text[end:end + 3]))


def _subject(sv: SentenceView, ctx: ArticleContext, before: int) -> Party | None:
    """The nearest actor before ``before`` that is not governed by a preposition, within
    the same main clause (relative clauses are crossed: "Uzbekistan, which …, is")."""
    found = _subject_mention(sv, ctx, before)
    return found[0] if found else None


def _coordinated_subject(sv: SentenceView, ctx: ArticleContext, before: int) -> Party | None:
    """The first conjunct of a coordinated subject: "A and his French counterpart, B, signed"."""
    found = _subject_mention(sv, ctx, before)
    if found is None:
        return None
    a = found[1]
    for a0, b0, m in reversed(_mentions_rel(sv)):
        if b0 > a or m.kind == "demonym":
            continue
        gap = sv.text[b0:a]
        if not re.fullmatch(r"\s*(?:,\s*|\s+)and\s+(?:(?:his|her|its|their|the)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+,?\s*)?"
                            r"|\s*,\s*", gap):
            return None
        if _prev_word(sv.text, a0) in OBLIQUE_PREPS or _is_possessive(sv.text, b0):
            return None
        return _party(ctx, m)
    return None


def _subject_mention(sv: SentenceView, ctx: ArticleContext, before: int) -> tuple[Party, int] | None:
    stop = max([0] + [m.end() for m in STRONG_BOUNDARY_RE.finditer(sv.text, 0, before)])
    # a relative aside closed before the trigger ("X, which had sold Y S, delivered …"):
    # its actors are not the main verb's subject
    asides = [(m.start(), m.end()) for m in REL_ASIDE_RE.finditer(sv.text, stop, before)] \
        if "," in sv.text[stop:before] else []
    for a, b, m in reversed(_mentions_rel(sv)):
        if b > before or a < stop:
            continue
        if any(x < a and b <= y for x, y in asides):
            continue
        p = _party(ctx, m)
        if p is None:
            continue
        if sv.text[a - 1:a] == "(":
            continue  # "Israel Aerospace Industries (IAI)": an aside naming the previous mention
        prev = _prev_word(sv.text, a)
        if (prev in OBLIQUE_PREPS or prev == "according") and m.role != "place":
            continue
        if m.kind == "demonym" and not INSTITUTION_RE.match(sv.text[b:b + 30]):
            continue  # "Chinese drones": a maker, not an actor
        if _is_possessive(sv.text, b) and not _possessive_subject(sv.text, b, before):
            continue
        return p, a
    return None


def _possessive_subject(text: str, end: int, trig: int) -> bool:
    """"Azerbaijan's acquisition": the possessor right before the trigger."""
    return len(text[end:trig].split()) <= 3


def _antecedent(sv: SentenceView, ctx: ArticleContext, upto: int) -> Party | None:
    if not PRONOUN_RE.search(sv.text[:upto]):
        return None
    for view in reversed(ctx.sentences[max(0, sv.index - 2):sv.index]):
        for m in view.mentions:
            p = _party(ctx, m)
            if p is not None and ctx.etype(m.entity_id) == "state":
                return Party(p.eid, f"antecedent of a pronoun ('{m.text}' in the previous sentence)")
    return None


def _paragraph_start(ctx: ArticleContext, sv: SentenceView) -> int:
    """Index of the first sentence of ``sv``'s paragraph (a line break or a new section)."""
    cache: dict[int, int] = ctx.scratch.setdefault("transfer_paragraphs", {})
    i = sv.index
    while i > 0 and i not in cache:
        prev, cur = ctx.sentences[i - 1], ctx.sentences[i]
        if prev.section != cur.section or "\n" in ctx.text[prev.end:cur.start]:
            break
        i -= 1
    first = cache.get(i, i)
    cache[sv.index] = first
    return first


def _context_recipient(sv: SentenceView, ctx: ArticleContext, exclude: set[str], upto: int,
                       named: bool = False) -> Party | None:
    """An unnamed recipient ("Air defence follows the same pattern: eight S arrived in 2022")
    from the discourse: the sentence's own words before the system, then back through the
    paragraph (and at least the previous sentence): the recipient of a transfer told
    there, else the latest state written as a subject, possessor or object there (not
    "from X", "in X", "with X").  The suppliers of the sentence's and the paragraph's
    transfers are never the recipient.  Else the state the section is about."""
    log: list[tuple[int, str, str]] = ctx.scratch.get("transfer_parties", [])
    first = _paragraph_start(ctx, sv)
    lo = min(first, sv.index - 1) if sv.index > 0 else 0
    bad = set(exclude) | {s for i, s, _r in log if lo <= i <= sv.index}
    for i in range(sv.index, lo - 1, -1):
        view = ctx.sentences[i]
        where = "this sentence" if i == sv.index else (
            "the previous sentence" if i == sv.index - 1 else "the paragraph")
        recs = [r for j, _s, r in log if j == i and r not in bad]
        if recs:
            name = (ctx.entity(recs[-1]) or Party(recs[-1])).__dict__.get("name", recs[-1])
            return Party(recs[-1], f"recipient from context: '{name}', recipient of the transfer in {where}")
        if view.section in ("author_bio", "boilerplate", "caption"):
            continue
        for m in reversed(view.mentions):
            if i == sv.index and view.rel(m.end) > upto:
                continue
            if ctx.etype(m.entity_id) != "state" or m.role == "place" or m.entity_id in bad:
                continue
            a, b = view.rel(m.start), view.rel(m.end)
            prev = _prev_word(view.text, a)
            if _is_possessive(view.text, b):
                if prev in CONTEXT_SKIP_PREPS - {"of"}:
                    continue
            elif prev in CONTEXT_SKIP_PREPS:
                continue
            if m.kind == "demonym" and not INSTITUTION_RE.match(view.text[b:b + 30]):
                continue
            return Party(m.entity_id, f"recipient from context: '{m.text}' in {where}")
    # the recipient of the latest transfer told earlier in the same section (named systems only)
    for i, _s, r in reversed(log if named else []):
        if i < lo and r not in bad and ctx.sentences[i].section == sv.section \
                and all(ctx.sentences[j].section == sv.section for j in range(i, sv.index)):
            e = ctx.entity(r)
            return Party(r, f"recipient from context: '{e.name if e else r}', recipient of an "
                            f"earlier transfer in the {sv.section} section")
    return _section_state(sv, ctx, bad)


def _section_state(sv: SentenceView, ctx: ArticleContext, bad: set[str]) -> Party | None:
    """The state most written about in the section so far, when it clearly dominates."""
    counts: dict[str, int] = {}
    for view in ctx.sentences[:sv.index + 1]:
        if view.section != sv.section:
            continue
        for m in view.mentions:
            if ctx.etype(m.entity_id) == "state" and m.role != "place" and m.kind != "demonym":
                counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][0] in bad or ranked[0][1] < 3 \
            or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    e = ctx.entity(ranked[0][0])
    return Party(ranked[0][0], f"recipient from context: '{e.name if e else ranked[0][0]}', "
                               f"the state the {sv.section} section is about")


def _after_prep(sv: SentenceView, ctx: ArticleContext, preps: tuple[str, ...], lo: int,
                hi: int) -> list[Party]:
    """Actors governed by one of ``preps`` between ``lo`` and ``hi``, with coordinated ones
    ("to both Uzbekistan and Turkmenistan")."""
    out: list[Party] = []
    last_end = -1
    for a, b, m in _mentions_rel(sv):
        if a < lo or a > hi:
            continue
        p = _party(ctx, m)
        if p is None:
            continue
        prev = _prev_word(sv.text, a)
        chained = out and last_end >= 0 and re.fullmatch(r"\s*(?:,|and|,\s*and|as well as)\s*",
                                                          sv.text[last_end:a])
        if prev in preps or (prev == "both" and _prev_word(sv.text, a - 5) in preps) \
                or (prev == "the" and _prev_word(sv.text, a - 4) in preps) or chained:
            if _is_possessive(sv.text, b) and not chained:
                continue
            if all(p.eid != q.eid for q in out):
                out.append(p)
            last_end = b
        elif out:
            break
    return out


def _modifier(sv: SentenceView, ctx: ArticleContext, it: Item) -> Party | None:
    """"Chinese-made J-10C", "China's PL-15E", "the U.S. F-35": the system's maker."""
    for _a, b, m in reversed(_mentions_rel(sv)):
        if b > it.start:
            continue
        gap = sv.text[b:it.start]
        if not MOD_GAP_RE.match(gap) or any(t.pattern.search(gap) for t in lexicon().triggers):
            return None
        return _party(ctx, m)
    return None


def _origin(ctx: ArticleContext, it: Item) -> Party | None:
    if it.category:
        return None
    origin = None
    try:
        origin = ctx.kb.weapon_origin(it.system)
    except (AttributeError, KeyError):
        e = ctx.entity(it.system)
        origin = e.country if e else None
    origin = SUCCESSORS.get(origin or "", origin)
    if origin and ctx.entity(f"state:{origin}") is not None:
        name = it.mention.text if it.mention else (ctx.entity(it.system) or it).__dict__.get("name", it.system)
        return Party(f"state:{origin}", f"origin of {name} (gazetteer, SIPRI)")
    return None


def _parties(sv: SentenceView, ctx: ArticleContext, it: Item, h: Hit) -> tuple[Party | None, list[Party]]:
    role = h.trig.role
    end = len(sv.text)
    passive = h.start >= it.end
    if role == "licence":
        return _licence_parties(sv, ctx, it, h)
    if passive:
        agents = _after_prep(sv, ctx, ("by",), h.end, min(end, h.end + 40))
        if role == "sell":
            sup = agents[0] if agents else (_modifier(sv, ctx, it) or _origin(ctx, it))
            return sup, _after_prep(sv, ctx, ("to",), h.end, end)
        recs = agents if role != "use" else []
        if not recs and role == "buy" and not h.trig.after:  # "its S, bought from X"
            owner = _np_owner(sv, ctx, it)
            recs = [owner] if owner else []
        if not recs and h.trig.after:
            recs = _actors_in(sv, ctx, h.start, h.end)[:1] or _arrival_object(sv, ctx, h)
            if not recs and _actors_in(sv, ctx, _clause_start(sv.text, it.start, CLAUSE_RE), it.start):
                recs = [p for p in [_subject(sv, ctx, it.start)] if p]
        sup_l = _after_prep(sv, ctx, ("from",), h.end, min(end, h.end + 40))
        sup = sup_l[0] if sup_l else (_modifier(sv, ctx, it) or _origin(ctx, it))
        return sup, recs
    if role == "sell":
        return _seller_parties(sv, ctx, it, h)
    return _buyer_parties(sv, ctx, it, h)


def _agent(sv: SentenceView, ctx: ArticleContext, h: Hit) -> Party | None:
    """The subject of the trigger: a possessor, the nearest free actor, or a pronoun's
    antecedent; for a sentence-initial gerund ("By selling S to Y, X …") the main subject."""
    subj = _subject(sv, ctx, h.start)
    if subj is None:
        subj = _antecedent(sv, ctx, h.start)
    if subj is None and re.match(r"^\s*(?:By|After|Before|In|While)\s+\w+ing\b", sv.text):
        comma = sv.text.find(",", h.end)
        if comma > 0:
            for a, _b, m in _mentions_rel(sv):
                if a > comma:
                    p = _party(ctx, m)
                    if p is not None and _prev_word(sv.text, a) not in OBLIQUE_PREPS:
                        return p
    return subj


def _seller_parties(sv: SentenceView, ctx: ArticleContext, it: Item, h: Hit) -> tuple[Party | None, list[Party]]:
    end = len(sv.text)
    sup: Party | None = None
    if h.trig.nominal:
        agents = _after_prep(sv, ctx, ("by",), it.end, min(end, it.end + 40))
        sup = agents[0] if agents else _possessor(sv, ctx, h.start)
    else:
        sup = _agent(sv, ctx, h)
    if sup is None:
        sup = _modifier(sv, ctx, it) or _origin(ctx, it)
    recs = _after_prep(sv, ctx, ("to",), h.end, end)
    if not recs:
        # double object or "supplied Y with S": an actor between the trigger and the system
        for a, b, m in _mentions_rel(sv):
            if h.end <= a and b <= it.start:
                p = _party(ctx, m)
                if p is not None and _prev_word(sv.text, a) not in OBLIQUE_PREPS:
                    recs = [p]
                    break
    return sup, recs


def _buyer_parties(sv: SentenceView, ctx: ArticleContext, it: Item, h: Hit) -> tuple[Party | None, list[Party]]:
    end = len(sv.text)
    recs: list[Party] = []
    if h.trig.nominal:
        p = _possessor(sv, ctx, h.start)
        recs = [p] if p else _after_prep(sv, ctx, ("by",), it.end, min(end, it.end + 40))
    if not recs and h.trig.role != "use" and re.match(r"(?i)arm|equip", sv.text[h.start:h.end]):
        recs = _actors_in(sv, ctx, h.start, h.end)[:1] or _actors_in(sv, ctx, it.end, len(sv.text))[:1]
    if not recs:
        p = _agent(sv, ctx, h)
        recs = [p] if p else []
        q = _coordinated_subject(sv, ctx, h.start) if p and h.trig.role == "buy" else None
        if q is not None and q.eid != p.eid:  # type: ignore[union-attr]
            recs.insert(0, q)  # both signatories: the one that is not the supplier receives
    sup_l = _after_prep(sv, ctx, ("from",), it.end, min(end, it.end + 60))
    if not sup_l:
        lo = 0
        sup_l = [p for p in _after_prep(sv, ctx, ("with", "from"), lo, it.start)
                 if all(p.eid != r.eid for r in recs)]
    sup = sup_l[0] if sup_l else (_modifier(sv, ctx, it) or _origin(ctx, it))
    if h.trig.role == "use" and sup is not None and sup.why is not None and it.category:
        return None, recs
    if sup is not None and recs and all(r.eid == sup.eid for r in recs) and not h.trig.nominal:
        other = _counterpart(sv, ctx, h, it, sup.eid)
        if other is not None:  # "X's minister signed a contract with his Y counterpart for S" (S made in X)
            return sup, [other]
    return sup, recs


def _counterpart(sv: SentenceView, ctx: ArticleContext, h: Hit, it: Item, sup: str) -> Party | None:
    """The other signatory of a deal whose subject is the system's own maker: "with Y",
    "with his Y counterpart (Z)" between the trigger and the system."""
    lo, hi = h.start, min(it.start, h.end)
    for p in _after_prep(sv, ctx, ("with",), lo, hi):
        if p.eid != sup:
            return p
    m = COUNTER_RE.search(sv.text, lo, hi)
    if m is None:
        return None
    for a, b, mm in _mentions_rel(sv):
        if m.start() <= a and b <= min(hi, m.end() + 40) and ctx.etype(mm.entity_id) in ("state", "person"):
            p = _party(ctx, mm)
            if p is not None and p.eid != sup:
                why = p.why or f"the signatory's counterpart ('{mm.text}')"
                return Party(p.eid, why)
    return None


def _clause_start(text: str, pos: int, boundary: re.Pattern[str] = STRONG_BOUNDARY_RE) -> int:
    return max([0] + [m.end() for m in boundary.finditer(text, 0, pos)])


def _arrival_object(sv: SentenceView, ctx: ArticleContext, h: Hit) -> list[Party]:
    """"S reached Y", "S arrived in Y": the place of arrival is the recipient."""
    if sv.text[h.start:h.end].lower().endswith("from"):
        return []
    for a, _b, m in _mentions_rel(sv):
        if h.end <= a and re.fullmatch(r"\s+(?:in\s+)?", sv.text[h.end:a]):
            p = _party(ctx, m)
            return [p] if p is not None and ctx.etype(m.entity_id) == "state" else []
    return []


def _licence_parties(sv: SentenceView, ctx: ArticleContext, it: Item, h: Hit) -> tuple[Party | None, list[Party]]:
    """"S, designed by X, is assembled under licence in Y" / "X licensed the production of S in Y":
    the licensor (an agent, the subject, a modifier or the system's origin) supplies Y."""
    end = len(sv.text)
    if h.start >= it.end:
        recs = _after_prep(sv, ctx, ("in",), h.start, min(end, h.end + 30))
        agents = _after_prep(sv, ctx, ("by",), it.end, h.start)
        sup = agents[0] if agents else None
    else:
        recs = _after_prep(sv, ctx, ("in",), it.end, min(end, it.end + 60))
        sup = _agent(sv, ctx, h)
    if sup is None:
        sup = _modifier(sv, ctx, it) or _origin(ctx, it)
    return sup, recs[:1]


def _actors_in(sv: SentenceView, ctx: ArticleContext, lo: int, hi: int) -> list[Party]:
    out = []
    for a, b, m in _mentions_rel(sv):
        if lo <= a and b <= hi:
            p = _party(ctx, m)
            if p is not None and _prev_word(sv.text, a) not in ("from", "with"):
                out.append(p)
    return out


def _np_owner(sv: SentenceView, ctx: ArticleContext, it: Item) -> Party | None:
    """The possessor of the system's noun phrase: "Y's S", "its S" (the pronoun's antecedent:
    the subject before it in the sentence, else a state of the previous sentence)."""
    head = sv.text[max(0, it.start - 45):it.start]
    m = OWNER_RE.search(head)
    if m is None:
        return None
    pos = it.start - len(head) + m.start()
    if m.group("pron"):
        p = _subject(sv, ctx, pos)
        if p is not None:
            return Party(p.eid, f"antecedent of '{m.group('pron')}' before the {it.mention.text if it.mention else it.system}")
        return _antecedent(sv, ctx, pos + len(m.group("pron")))
    for _a, b, mm in _mentions_rel(sv):
        if b == pos + len(m.group("name")) and ctx.etype(mm.entity_id) == "state" and mm.role != "place":
            return Party(mm.entity_id)
    return None


def _owner_drafts(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, items: list[Item],
                  hits: list[Hit], done: set[int]) -> list[Draft]:
    """A foreign system a state is said to own is in its service: "Y's S fighters", "its S"
    (the system's maker, else its origin, supplies)."""
    out: list[Draft] = []
    for it in items:
        if id(it) in done or it.category:
            continue
        owner = _np_owner(sv, ctx, it)
        if owner is None:
            continue
        sup = _modifier(sv, ctx, it) or _origin(ctx, it)
        if sup is None or sup.eid == owner.eid:
            continue
        hit = Hit(it.start, it.start, Trigger(OWNER_RE, "in_service", "use"))
        out.append(Draft(it, hit, "in_service", sup, [owner], hits, items))
    return out


def _possessor(sv: SentenceView, ctx: ArticleContext, trig: int) -> Party | None:
    """"Y's acquisition of", or a demonym right before the noun: "Turkish deliveries"."""
    for _a, b, m in reversed(_mentions_rel(sv)):
        if b > trig:
            continue
        if _is_possessive(sv.text, b) and len(sv.text[b:trig].split()) <= 3:
            return _party(ctx, m)
        if m.kind == "demonym" and ctx.etype(m.entity_id) == "state" \
                and re.fullmatch(r"\s+(?:[a-z][\w\-]*\s+)?", sv.text[b:trig]):
            return Party(m.entity_id)
        return None
    return None


# --------------------------------------------------------------------------- "X is Y's main supplier"


def _role_drafts(sv: SentenceView, ctx: ArticleContext, lex: Lexicon) -> list[Draft]:
    out: list[Draft] = []
    text = sv.text
    for m in lex.supplier_role.finditer(text):
        d = _supplier_role(sv, ctx, lex, m)
        if d is not None:
            out.append(d)
    for m in lex.importer_role.finditer(text):
        d = _importer_role(sv, ctx, lex, m)
        if d is not None:
            out.append(d)
    if "%" in text or "cent" in text:  # cheap literal pre-check
        for m in SHARE_SUPPLY_RE.finditer(text):
            d = _share_supply(sv, ctx, lex, m)
            if d is not None:
                out.append(d)
    return out


def _share_supply(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, m: re.Match[str]) -> Draft | None:
    """"X accounted for N percent of Y's arms imports", "Z, which provided N percent of its
    imports": X (the verb's subject, or the antecedent of "which") supplies Y arms."""
    text = sv.text
    sup = _which_antecedent(sv, ctx, m.start()) or _subject(sv, ctx, m.start())
    if m.group("them"):
        rec = _importer_before(sv, ctx, m.start(), sup)
    elif m.group("poss") in ("its", "their"):
        rec = _subject(sv, ctx, _clause_start(text, m.start(), CLAUSE_RE) or m.start())
        if rec is not None:
            rec = Party(rec.eid, f"antecedent of '{m.group('poss')}' (the subject of the sentence)")
        if rec is None or (sup is not None and rec.eid == sup.eid):
            found = [p for a, b, mm in _mentions_rel(sv) if b <= m.start()
                     for p in [_party(ctx, mm)] if p and ctx.etype(mm.entity_id) == "state"
                     and (sup is None or p.eid != sup.eid)]
            rec = Party(found[0].eid, f"antecedent of '{m.group('poss')}'") if found else None
    else:
        end = m.start("poss") + len(m.group("poss").rstrip("'’s"))
        rec = next((_party(ctx, mm) for a, b, mm in _mentions_rel(sv)
                    if a == m.start("poss") and b <= end + 1 and ctx.etype(mm.entity_id) == "state"), None)
    if sup is None or rec is None or sup.eid == rec.eid:
        return None
    it = Item(m.start("poss") if m.group("poss") else m.start("them"), m.end(), "arms", True)
    hit = Hit(m.start(), m.start() + 1, lex.triggers[0])
    return Draft(it, hit, "delivered", sup, [rec])


def _importer_before(sv: SentenceView, ctx: ArticleContext, pos: int, sup: Party | None) -> Party | None:
    """"… ranks Y the second-largest importer, …, and X supplied 36 percent of them": "them"
    are the imports of the importer named before in the sentence."""
    imp = [m for m in re.finditer(r"\b(?:importer|imports|buyer)\b", sv.text[:pos])]
    if not imp:
        return None
    for _a, b, mm in reversed(_mentions_rel(sv)):
        if b <= imp[0].start() and ctx.etype(mm.entity_id) == "state" and mm.kind != "demonym" \
                and (sup is None or mm.entity_id != sup.eid):
            return Party(mm.entity_id, f"antecedent of 'them': the imports of '{mm.text}' named before")
    return None


def _which_antecedent(sv: SentenceView, ctx: ArticleContext, pos: int) -> Party | None:
    """"…, from China, which provided …": the actor right before ", which"."""
    m = re.search(r",\s*which\s+(?:\w+\s+){0,2}$", sv.text[:pos])
    if m is None:
        return None
    for _a, b, mm in reversed(_mentions_rel(sv)):
        if b <= m.start():
            return _party(ctx, mm) if b == m.start() else None
    return None


def _category_after(text: str, pos: int, lex: Lexicon) -> tuple[str, int, int]:
    m = re.match(r"\s+of\s+(?:[\w\-]+\s+){0,2}?", text[pos:pos + 40])
    if m:
        for pat, cat in lex.categories:
            cm = pat.match(text, pos + m.end())
            if cm:
                return cat, cm.start(), cm.end()
    return "arms", pos, pos


def _supplier_role(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, m: re.Match[str]) -> Draft | None:
    """"X has been Y's primary arms supplier", "X has become its main supplier of artillery"."""
    text = sv.text
    head = text[max(0, m.start() - 60):m.start()]
    if not re.search(r"\b(?:is|was|has\s+been|had\s+been|remains|remained|became|has\s+become|"
                     r"emerged\s+as|has\s+emerged\s+as)\s+(?:[\w’'\-. ]+?['’]s|its|their)\s*$", head):
        return None
    rec: Party | None = None
    rec_start = m.start()
    if re.search(r"\b(?:its|their)\s*$", head):
        rec = _antecedent(sv, ctx, m.start())
        rec_start = m.start() - len(head) + head.rstrip().rfind(" ")
    else:
        for a, b, mm in _mentions_rel(sv):
            if b <= m.start() and m.start() - b <= 3 and _is_possessive(text, b):
                rec, rec_start = _party(ctx, mm), a
    sup = _subject(sv, ctx, rec_start)
    if rec is None or sup is None:
        return None
    cat, a, b = _category_after(text, m.end(), lex)
    it = Item(a if b > a else m.start(), b if b > a else m.end(), cat, True)
    hit = Hit(m.start(), m.end(), lex.triggers[0])
    return Draft(it, hit, "delivered", sup, [rec])


def _importer_role(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, m: re.Match[str]) -> Draft | None:
    """"Y has become the largest importer of weapons from X" / "… of Indian weapons"."""
    text = sv.text
    tail_end = min(len(text), m.end() + 60)
    rec = _subject(sv, ctx, m.start())
    if rec is None:
        return None
    sup: Party | None = None
    for a, _b, mm in _mentions_rel(sv):
        if m.end() <= a < tail_end:
            p = _party(ctx, mm)
            if p is not None and p.eid != rec.eid:
                sup = p
                break
    if sup is None:
        return None
    it = Item(m.start(), m.end(), "arms", True)
    hit = Hit(m.start(), m.end(), lex.triggers[0])
    return Draft(it, hit, "delivered", sup, [rec])


# --------------------------------------------------------------------------- attributes


def _quantity(sv: SentenceView, it: Item, h: Hit) -> tuple[int | None, str | None]:
    if it.why and it.why.startswith("ellipsis"):
        n = find_counts(sv.text[it.start:it.end])
        return (int(n[0].value), None) if n else (None, None)
    lo = h.end if h.end <= it.start else max(0, it.start - 40)
    if h.start >= it.end and lexicon().blockers.search(sv.text[_clause_start(sv.text, it.start):it.start]):
        return None, None  # "downing five aircraft, including three S procured from X": not the deal's count
    window = sv.text[lo:it.start]
    best = None
    for n in find_counts(window):
        rest = window[n.end:]
        if len(rest.split()) <= 3 and not re.search(r"\b(?:of|to|from|and|in|with|by)\b|[,;$%]", rest) \
                and n.value >= 1 and n.value == int(n.value):
            best = n
    if best is None:
        return None, None
    return int(best.value), best.qualifier


def _value(sv: SentenceView, h: Hit) -> dict[str, Any] | None:
    money = find_money(sv.text)
    if not money:
        return None
    usd = [n for n in money if n.unit == "USD"] or money
    n = min(usd, key=lambda x: abs(x.start - h.start))
    if abs(n.start - h.start) > 150:
        return None
    if "," in sv.text and any(a < n.start < b and not a < h.start < b for a, b in _rel_asides(sv.text)):
        return None  # "X, which had sold Y S in a $40 million deal, delivered T": the aside's deal
    return {"amount": float(n.value), "currency": n.unit}


def _rel_asides(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in REL_ASIDE_RE.finditer(text)]


def _date(sv: SentenceView, ctx: ArticleContext, it: Item, h: Hit,
          all_hits: list[Hit], items: list[Item] | None = None) -> tuple[str | None, str | None]:
    """The time expression of the transfer's clause nearest to its trigger; "that year"
    takes the previous sentence's year."""
    text = sv.text
    bounds = _clause_ids(text)
    a, b = min(h.start, it.start), max(h.end, it.end)
    lo = max([0] + [x for x in bounds if x <= a])
    hi = min([len(text)] + [x for x in bounds if x >= b])
    strong = [m.start() for m in STRONG_BOUNDARY_RE.finditer(text)]
    hits = [x.start for x in all_hits
            if not (h.start <= x.start < h.end or x.start <= h.start < x.end)
            and _same_clause(strong, x.start, h.start)
            # a participle describing this very system ("S gunships, delivered in 2019")
            and not (it.end <= x.start and ATTACHED_RE.fullmatch(text[it.end:x.start]))]
    own = _own_date(sv, ctx, it, all_hits, items or [])
    if own is not None:
        return own
    cands = []
    for d in sv.dates:
        pos = sv.rel(d.start)
        in_clause = lo <= pos <= hi
        if not in_clause and not _same_clause(strong, pos, h.start):
            continue
        adjacent = pos < h.start and re.fullmatch(r"\s+(?:\w+\s+)?", text[sv.rel(d.end):h.start])
        if not adjacent and any(x < pos < h.start or h.start < x < pos for x in hits):
            continue  # another trigger's date ("flying … since the 2010s, received …")
        cands.append((0 if in_clause else 1, abs(pos - h.start), d))
    if cands:
        d = min(cands, key=lambda c: (c[0], c[1]))[2]
        if d.kind == "decade":
            return None, None
        iso, _basis = ctx.date_of(d)
        return (iso[:4] if iso and d.kind == "range" else iso), d.text
    later = YEARS_LATER_RE.search(text)
    if later and (sv.index > 0 or sv.dates):
        n = WORD_NUMBERS.get(later.group(1).lower()) or (int(later.group(1)) if later.group(1).isdigit() else 0)
        years = _years_before(sv, ctx, later.start())
        if n and years:
            return str(years[-1] + n), later.group(0)
    same = THAT_YEAR_RE.search(text)
    if same:
        years = _years_before(sv, ctx, same.start())
        if years:
            return str(years[-1]), same.group(0)
    return _continued_date(sv, ctx, it, all_hits, items or [])


def _years_before(sv: SentenceView, ctx: ArticleContext, pos: int) -> list[int]:
    """Years named before ``pos`` in this sentence, else in the previous one ("a year later",
    "the same year" count from the latest of them)."""
    own = [d.year for d in sv.dates if d.kind == "absolute" and d.year and sv.rel(d.end) <= pos]
    if own:
        return own
    if sv.index == 0:
        return []
    return [d.year for d in ctx.sentences[sv.index - 1].dates if d.kind == "absolute" and d.year]


def _own_date(sv: SentenceView, ctx: ArticleContext, it: Item, all_hits: list[Hit],
              items: list[Item]) -> tuple[str | None, str | None] | None:
    """In a list of systems each with its own date ("nine S1 in 2018 and four S2 in 2019",
    "S1 in 2022 and two S2 a year later") the date written right after a system is its own."""
    if len(items) < 2:
        return None
    text = sv.text
    nxt = min([o.start for o in items if o.start >= it.end] + [len(text)])
    seg_end = nxt
    for d in sv.dates:
        pos = sv.rel(d.start)
        if not it.end <= pos < seg_end or d.kind == "decade":
            continue
        gap = text[it.end:pos]
        if not re.fullmatch(r"[\s\w\-’']{0,40}", gap) or any(it.end <= x.start < pos for x in all_hits):
            return None
        if not re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|;|\.|$)", text[sv.rel(d.end):]):
            return None
        iso, _basis = ctx.date_of(d)
        return (iso[:4] if iso and d.kind == "range" else iso), d.text
    later = YEARS_LATER_RE.search(text, it.end, seg_end)
    if later and re.fullmatch(r"[\s\w\-’']{0,40}", text[it.end:later.start()]) \
            and any(o.end <= it.start for o in items):
        n = WORD_NUMBERS.get(later.group(1).lower()) or (int(later.group(1)) if later.group(1).isdigit() else 0)
        years = _years_before(sv, ctx, later.start())
        if n and years:
            return str(years[-1] + n), later.group(0)
    return None


def _continued_date(sv: SentenceView, ctx: ArticleContext, it: Item, all_hits: list[Hit],
                    items: list[Item]) -> tuple[str | None, str | None]:
    """A later clause that goes on about the same system without naming another one: "S
    was ordered …, and the first of them entered service in 2023" dates S."""
    text = sv.text
    for d in sv.dates:
        pos = sv.rel(d.start)
        if pos < it.end or d.kind == "decade":
            continue
        if any(it.end <= o.start < pos and o.system != it.system for o in items):
            return None, None
        if not any(it.end <= x.start < pos for x in all_hits) \
                or not CONTINUATION_RE.search(text[it.end:pos]):
            return None, None
        iso, _basis = ctx.date_of(d)
        return (iso[:4] if iso and d.kind == "range" else iso), d.text
    return None, None


def _completed(sv: SentenceView, ctx: ArticleContext, d: Draft, iso: str | None) -> str:
    """A purchase told in the past tense and dated years before the article ("in the early
    2010s Y bought S") has long been delivered."""
    if d.status != "ordered" or not PAST_BUY_RE.fullmatch(sv.text[d.hit.start:d.hit.end]) or not ctx.ref_date:
        return d.status
    ref = int(ctx.ref_date[:4])
    years = [int(iso[:4])] if iso and iso[:4].isdigit() else []
    if not years:
        years = [dt.year + 9 for dt in sv.dates if dt.kind == "decade" and dt.year
                 and _same_clause(_clause_ids(sv.text), sv.rel(dt.start), d.hit.start)]
    return "delivered" if years and max(years) <= ref - OLD_PURCHASE_YEARS else d.status


def _build(sv: SentenceView, ctx: ArticleContext, d: Draft, rec: Party) -> Fact | None:
    assert d.supplier is not None
    if ctx.etype(rec.eid) not in ("state", "armed_group"):
        return None
    it, h = d.item, d.hit
    qty, qual = _quantity(sv, it, h) if not (it.category and it.system == "arms") else (None, None)
    trig_abs = sv.abs(h.start)
    iso, date_text = _date(sv, ctx, it, h, d.hits, d.items)
    status = _completed(sv, ctx, d, iso)
    args: dict[str, Any] = {
        "supplier": d.supplier.eid,
        "recipient": rec.eid,
        "system": it.system,
        "quantity": qty,
        "quantity_qualifier": qual,
        "value": _value(sv, h),
        "date": iso,
        "date_text": date_text,
        "status": status,
    }
    inf: dict[str, str] = {}
    if d.supplier.why:
        inf["supplier"] = d.supplier.why
    if rec.why:
        inf["recipient"] = rec.why
    if it.why:
        inf["system"] = it.why
    return ctx.fact("arms_transfer", sv, args, trig_abs, inferences=inf)


# --------------------------------------------------------------------------- merging


def _keys(ctx: ArticleContext, system: str) -> set[str]:
    e = ctx.entity(system) if ":" in system else None
    if e is None:
        return {system}
    names = [e.name, *e.aliases]
    return {k for k in (re.sub(r"[^0-9a-z]", "", n.lower()) for n in names) if len(k) >= 3}


def _same_family(ctx: ArticleContext, a: str, b: str) -> bool:
    if a == b:
        return True
    if ":" not in a or ":" not in b:
        return False
    ka, kb = _keys(ctx, a), _keys(ctx, b)
    return any(x.startswith(y) or y.startswith(x) for x in ka for y in kb)


def _register(ctx: ArticleContext, f: Fact, lex: Lexicon) -> bool:
    """Record ``f`` in the article's transfers; False when it merged into an earlier one."""
    seen: list[Fact] = ctx.scratch.setdefault("transfers", [])
    a = f.args
    same_pair = [g for g in seen if g.args["supplier"] == a["supplier"]
                 and g.args["recipient"] == a["recipient"]]
    if a["system"] in lex.generic and same_pair:
        return False
    generic = [g for g in same_pair if g.args["system"] in lex.generic]
    if generic and a["system"] not in lex.generic:
        _absorb(generic[0], f)  # "X is Y's main arms supplier. … brought in the S": the S deal
        return False
    for g in same_pair:
        if _same_family(ctx, g.args["system"], a["system"]):
            _merge(ctx, g, f)
            return False
    seen.append(f)
    return True


def _absorb(generic: Fact, named: Fact) -> None:
    """A generic "arms" transfer told before a named one between the same parties becomes
    that named transfer (the earlier sentence stays as evidence)."""
    old = list(generic.evidence)
    generic.args = dict(named.args)
    generic.inferences = dict(named.inferences)
    generic.modality, generic.section = named.modality, named.section
    generic.attribution, generic.confidence = named.attribution, named.confidence
    generic.evidence = list(named.evidence) + [e for e in old if e not in named.evidence]


def _merge(ctx: ArticleContext, into: Fact, new: Fact) -> None:
    ga, na = into.args, new.args
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
