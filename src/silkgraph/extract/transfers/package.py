"""Systems named as part of a deal told before: "X bought 24 S from Y in 2021. The package also
includes T missiles and U missiles" — T and U go with the package's parties, status and date."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.lexicon import Lexicon
from silkgraph.extract.transfers.systems import find_items
from silkgraph.extract.wordstart import word_start
from silkgraph.model import Fact, Span

PACKAGE_GATE = re.compile(word_start("package", "deal", "contract", "agreement", "order") + r"\b")  # (see wordstart)
# a definite deal noun as the subject of "include": it refers back to the deal told before
PACKAGE_RE = re.compile(r"\b(?:the|this|that)\s+(?:(?:same|arms|defen[cs]e|weapons)\s+)?"
                        r"(?:package|deal|contract|agreement|order)\s+(?:also\s+)?"
                        r"(?:includes|included|comprises|comprised|covers|covered|contains|contained)\b", re.I)
CLAUSE_END_RE = re.compile(r"[;.]\s|[;.]?$")
LOOKBACK = 2  # sentences


def _package_facts(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, low: str | None,
                   claimed: set[int]) -> list[Fact]:
    """Named systems a package sentence lists, as transfers of the deal of the last sentences."""
    if low is None or not PACKAGE_GATE.search(low):
        return []
    m = PACKAGE_RE.search(sv.text)
    if m is None or sv.text[:m.start()].strip(" \"“‘'"):
        return []  # the deal noun opens the sentence
    deal = _last_deal(sv, ctx)
    if deal is None:
        return []
    stop = CLAUSE_END_RE.search(sv.text, m.end())
    hi = stop.start() if stop is not None else len(sv.text)
    out: list[Fact] = []
    for it in find_items(sv, ctx, lex, low):
        if it.category or not m.end() <= it.start < hi or it.start in claimed \
                or it.system == deal.args["system"]:
            continue
        args = {k: deal.args.get(k) for k in ("supplier", "recipient", "date", "date_text", "status")}
        args["system"] = it.system
        why = f"part of the package told before ('{sv.text[m.start():m.end()]}')"
        f = ctx.fact("arms_transfer", sv, args, sv.abs(m.start()),
                     inferences={"supplier": why, "recipient": why, **({"system": it.why} if it.why else {})})
        f.evidence = [Span(e.start, e.end) for e in deal.evidence[:1]] + f.evidence
        out.append(f)
    return out


def _last_deal(sv: SentenceView, ctx: ArticleContext) -> Fact | None:
    """The transfer the last sentence before this one that told one tells (its own status and
    date, not those merged from elsewhere); none when that sentence told several deals."""
    told = [(i, f) for i, f in ctx.scratch.get("transfers_told", []) if sv.index - LOOKBACK <= i < sv.index]
    if not told:
        return None
    last = told[-1][0]
    if len({(f.args["supplier"], f.args["recipient"]) for i, f in told if i == last}) != 1:
        return None  # several deals told there: which one the package is, is unclear
    return told[-1][1]
