"""Drafts stated by a supplier's or an importer's role or share rather than by a transfer
verb: "X is Y's main supplier", "Y is the largest importer of X's weapons", "X accounted for N
percent of Y's imports"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.clauses import _clause_start
from silkgraph.extract.transfers.lexicon import Lexicon
from silkgraph.extract.transfers.model import Draft, Hit, Item, Party
from silkgraph.extract.transfers.parties import (
    _after_prep,
    _antecedent,
    _coordinated_subject,
    _is_possessive,
    _subject,
    mention_party,
)
from silkgraph.extract.transfers.patterns import clause_re
from silkgraph.extract.transfers.systems import find_items
from silkgraph.nlp.prefilter import gate_of

# "X accounted for N percent of Y's (arms) imports": X supplies Y
SHARE_SUPPLY_RE = re.compile(
    r"\b(?:accounted\s+for|accounts\s+for|account\s+for|accounting\s+for|supplied|supplies|supplying|provided|provides|"
    r"providing|delivered|"
    r"made\s+up|makes\s+up|represented|represents|,\s*with)\s+(?:(?:about|some|nearly|almost|roughly|around|over|"
    r"more\s+than|only|just|still)\s+)?\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)\s+of\s+"
    r"(?:(?P<poss>its|their|[A-Z][\w\-. ]{1,30}?['’]s?|[A-Z][a-z]+(?:i|an|ese|ish|ic|k))\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:imports|purchases|acquisitions)\b"
    r"|(?P<them>them|these)\b)")


def _role_drafts(sv: SentenceView, ctx: ArticleContext, lex: Lexicon) -> list[Draft]:
    out: list[Draft] = []
    text = sv.text
    for m in _role_matches(lex.supplier_role, lex.supplier_role_twin, sv):
        out += _supplier_role(sv, ctx, lex, m)
    for m in _role_matches(lex.importer_role, lex.importer_role_twin, sv):
        d = _importer_role(sv, ctx, lex, m)
        if d is not None:
            out.append(d)
    if "%" in text or "cent" in text:  # cheap literal pre-check
        for m in SHARE_SUPPLY_RE.finditer(text):
            d = _share_supply(sv, ctx, lex, m)
            if d is not None:
                out.append(d)
    if out and SPEC_GATE_RE.search(text):
        out += _specified(sv, ctx, lex, out)
    return out


# the goods a share or a role consisted of: "X supplied 36 percent of Y's imports, mainly two S",
# "X was its largest supplier with 30 percent, almost all of it accounted for by the S", "X accounted
# for 41 percent of Y's imports (largely a single S)"
SPEC_GATE_RE = re.compile(r"\b(?:mainly|mostly|largely|chiefly|primarily|principally|almost\s+all\s+of\s+it|"
                          r"most\s+of\s+it)\b")
SPEC_RE = re.compile(r"[^;:()]{0,50}?(?:,\s*|\s*\(\s*|\s+)(?:mainly|mostly|largely|chiefly|primarily|principally|"
                     r"(?:almost\s+all|most)\s+of\s+it(?:\s+(?:accounted\s+for\s+by|in|for))?)\s+")
SPEC_END_RE = re.compile(r"[;:)]|,\s*(?:and|but|while|whereas|although)\b|\s[—–]\s")


def _specified(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, roles: list[Draft]) -> list[Draft]:
    """Named systems that specify what a share or role stated just before consisted of: each is a
    transfer between the same supplier and recipient."""
    text = sv.text
    items = [it for it in find_items(sv, ctx, lex, sv.low) if not it.category]
    out: list[Draft] = []
    for d in roles:
        m = SPEC_RE.match(text, d.item.end)
        if m is None or d.supplier is None or not d.recipients:
            continue
        stop = SPEC_END_RE.search(text, m.end())
        hi = stop.start() if stop is not None else len(text)
        for it in items:
            if m.end() <= it.start and it.end <= hi:
                # the goods' own date, written after them ("S, which arrived in 2018"), else the share's
                own = [sv.rel(x.start) for x in sv.dates if it.end <= sv.rel(x.start) < hi and x.kind != "decade"]
                hit = Hit(own[0], own[0], d.hit.trig) if own else d.hit
                out.append(Draft(it, hit, "delivered", d.supplier, list(d.recipients)))
    return out


def _role_matches(pattern: re.Pattern[str], twin: re.Pattern[str] | None,
                  sv: SentenceView) -> Iterator[re.Match[str]]:
    """``pattern``'s matches in the sentence, found by its lower-case twin where there is
    one (same positions; only positions are used).  Each is tried only where it may start
    (``Gate.finditer``: the same matches as ``finditer``)."""
    low = sv.low
    if twin is not None and low is not None:
        return iter(gate_of(twin).finditer(low, low))  # ``low`` is its own lower-cased form
    return iter(gate_of(pattern).finditer(sv.text, low))


def _share_supply(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, m: re.Match[str]) -> Draft | None:
    """"X accounted for N percent of Y's arms imports", "Z, which provided N percent of its
    imports": X (the verb's subject, or the antecedent of "which") supplies Y arms."""
    text = sv.text
    sup = _which_antecedent(sv, ctx, m.start()) or _subject(sv, ctx, m.start())
    if m.group("them"):
        rec = _importer_before(sv, ctx, m.start(), sup)
    elif m.group("poss") in ("its", "their"):
        rec = _subject(sv, ctx, _clause_start(text, m.start(), clause_re(text)) or m.start())
        if rec is not None:
            rec = Party(rec.eid, f"antecedent of '{m.group('poss')}' (the subject of the sentence)")
        if rec is None or (sup is not None and rec.eid == sup.eid):
            found = [p for a, b, mm in sv.mentions_rel() if b <= m.start()
                     for p in [mention_party(ctx, mm)] if p and ctx.etype(mm.entity_id) == "state"
                     and (sup is None or p.eid != sup.eid)]
            rec = Party(found[0].eid, f"antecedent of '{m.group('poss')}'") if found else None
    else:
        end = m.start("poss") + len(m.group("poss").rstrip("'’s"))
        rec = next((mention_party(ctx, mm) for a, b, mm in sv.mentions_rel()
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
    for _a, b, mm in reversed(sv.mentions_rel()):
        if b <= imp[0].start() and ctx.etype(mm.entity_id) == "state" and mm.kind != "demonym" \
                and (sup is None or mm.entity_id != sup.eid):
            return Party(mm.entity_id, f"antecedent of 'them': the imports of '{mm.text}' named before")
    return None


def _which_antecedent(sv: SentenceView, ctx: ArticleContext, pos: int) -> Party | None:
    """"…, from China, which provided …": the actor right before ", which"."""
    m = re.search(r",\s*which\s+(?:\w+\s+){0,2}$", sv.text[:pos])
    if m is None:
        return None
    for _a, b, mm in reversed(sv.mentions_rel()):
        if b <= m.start():
            return mention_party(ctx, mm) if b == m.start() else None
    return None


def _category_after(text: str, pos: int, lex: Lexicon) -> tuple[str, int, int]:
    m = re.match(r"\s+of\s+(?:[\w\-]+\s+){0,2}?", text[pos:pos + 40])
    if m:
        for pat, cat in lex.categories:
            cm = pat.match(text, pos + m.end())
            if cm:
                return cat, cm.start(), cm.end()
    return "arms", pos, pos


# a party set against the subject: "X, not W, …", "rather than W", "unlike W"
CONTRAST_BEFORE_RE = re.compile(r",?\s*\b(?:not|rather\s+than|unlike|instead\s+of)\s+(?:the\s+)?$", re.I)


SUPPLANTED_RE = re.compile(r"\b(?:overtook|overtaken|overtakes|overtaking|replaced|replaces|replacing|displaced|"
                           r"displaces|surpassed|surpasses|supplanted|supplants)\s+(?:[\w’'\-.]+\s+){1,3}?as\s+"
                           r"(?:[\w’'\-. ]+?['’]s|its|their)\s*$")


# the role as the apposition of the sentence's opening name: "X, Y's main arms supplier, delivered S"
# (after a dateline or a fronted adverbial)
LEAD_APPOSITION_RE = re.compile(r"(?:[^,;]{0,40}?\s[—–]\s+)?(?:(?:In|On|By|Since|During|Last|This|Meanwhile|However|"
                                r"Then|Later|Earlier)\b[^,;]{0,30},\s+)?"
                                r"[A-Z][\w’'\-. ]{1,40},\s+[A-Z][\w’'\-. ]{1,40}?['’]s?\s+")


def _supplier_role(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, m: re.Match[str]) -> list[Draft]:
    """"X has been Y's primary arms supplier", "X has become its main supplier of artillery"; "X and
    Z have been Y's suppliers": each supplies."""
    text = sv.text
    head = text[max(0, m.start() - 60):m.start()]
    # "X overtook Z as Y's largest supplier": X's role (Z, the object, had it before)
    took = SUPPLANTED_RE.search(head)
    if not took and not LEAD_APPOSITION_RE.fullmatch(text, 0, m.start()) and not re.search(r"\b(?:is|was|are|were|has\s+been|have\s+been|had\s+been|remains?|remained|became|become|"
                                  r"ha(?:s|ve)\s+become|emerged\s+as|ha(?:s|ve)\s+emerged\s+as)\s+(?:[\w’'\-. ]+?['’]s|its|their)\s*$",
                                  head):
        to = _supplier_role_to(sv, ctx, lex, m, head)
        return [to] if to is not None else []
    rec: Party | None = None
    rec_start = m.start()
    if re.search(r"\b(?:its|their)\s*$", head):
        rec = _antecedent(sv, ctx, m.start())
        rec_start = m.start() - len(head) + head.rstrip().rfind(" ")
    else:
        for a, b, mm in sv.mentions_rel():
            if b <= m.start() and m.start() - b <= 3 and _is_possessive(text, b):
                rec, rec_start = mention_party(ctx, mm), a
    sup = _subject(sv, ctx, m.start() - len(head) + took.start() if took else rec_start)
    contrasted: set[str] = set()  # "X and Z, not W, are Y's main suppliers": W is set against the subject
    for a, _b, mm in sv.mentions_rel():
        cue = CONTRAST_BEFORE_RE.search(text, max(0, a - 20), a) if a < rec_start else None
        if cue is not None:
            contrasted.add(mm.entity_id)
            if sup is not None and mm.entity_id == sup.eid:
                rec_start = cue.start()
                sup = _subject(sv, ctx, rec_start)
    if rec is None and sup is not None and re.search(r"\b(?:its|their)\s*$", head):
        # "when Y was buying more, X was its largest supplier": a state named before in the sentence
        found = [p for _a, b, mm in sv.mentions_rel() if b <= rec_start for p in [mention_party(ctx, mm)]
                 if p and ctx.etype(mm.entity_id) == "state" and mm.role != "place" and p.eid != sup.eid]
        rec = Party(found[0].eid, f"antecedent of '{head.split()[-1]}'") if len(found) == 1 else None
    if rec is None or sup is None:
        return []
    cat, a, b = _category_after(text, m.end(), lex)
    it = Item(a if b > a else m.start(), b if b > a else m.end(), cat, True)
    hit = Hit(m.start(), m.end(), lex.triggers[0])
    out = [Draft(it, hit, "delivered", sup, [rec])]
    co = _coordinated_subject(sv, ctx, rec_start)
    if co is not None and co.eid not in (sup.eid, rec.eid) and co.eid not in contrasted and ctx.etype(co.eid) == "state":
        out.append(Draft(it, hit, "delivered", co, [rec]))
    return out


# "X is the main supplier of drones to Y": the role with a definite article, the recipient after "to"
ROLE_THE_RE = re.compile(r"\b(?:is|was|has\s+been|had\s+been|remains|remained|became|has\s+become|"
                         r"emerged\s+as|has\s+emerged\s+as)\s+the\s*$")


def _supplier_role_to(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, m: re.Match[str],
                      head: str) -> Draft | None:
    """"X is the main supplier of drones to Y" / "X became the largest arms supplier to Y"."""
    if not ROLE_THE_RE.search(head):
        return None
    text = sv.text
    cat, a, b = _category_after(text, m.end(), lex)
    tail = b if b > a else m.end()
    if not re.match(r"\s+to\s+", text[tail:tail + 6]):
        return None
    recs = _after_prep(sv, ctx, ("to",), tail, tail + 8)
    sup = _subject(sv, ctx, m.start())
    if not recs or sup is None or recs[0].eid == sup.eid:
        return None
    it = Item(a if b > a else m.start(), b if b > a else m.end(), cat, True)
    return Draft(it, Hit(m.start(), m.end(), lex.triggers[0]), "delivered", sup, recs[:1])


def _importer_role(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, m: re.Match[str]) -> Draft | None:
    """"Y has become the largest importer of weapons from X" / "… of Indian weapons"."""
    text = sv.text
    tail_end = min(len(text), m.end() + 60)
    rec = _subject(sv, ctx, m.start())
    if rec is None:
        return None
    sup: Party | None = None
    for a, _b, mm in sv.mentions_rel():
        if m.end() <= a < tail_end:
            p = mention_party(ctx, mm)
            if p is not None and p.eid != rec.eid:
                sup = p
                break
    if sup is None:
        return None
    it = Item(m.start(), m.end(), "arms", True)
    hit = Hit(m.start(), m.end(), lex.triggers[0])
    return Draft(it, hit, "delivered", sup, [rec])
