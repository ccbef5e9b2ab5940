"""A further order of the goods just told, counted without a noun ("… ordered 216 S in 2020; a
second order for 400 followed in 2022", "a follow-on contract for 12 was signed in 2019"), and
the date of goods that "are to follow" a deal told just before.

The count names no goods of its own, so it stands for the system named last before it in the
sentence; "a second order" marks it as a deal of its own (the golds list such a repeat order as a
transfer apart, with its own count and year), between the same parties as the transfer told for
that system.  (A bare "82 more" is left alone: writers differ on whether it is a deal apart.)
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.model import Item
from silkgraph.model import Fact, Span
from silkgraph.nlp.count_words import count_alt
from silkgraph.nlp.numbers import find_counts, find_money

_NUM = r"(?:\d{1,3}(?:,\d{3})*|" + count_alt(2, 12, 15, 20, 24, 30, 40, 50) + r")"
# the count, with no noun after it: the next word is a preposition, a verb or punctuation
_NO_NOUN = (r"(?=\s+(?:in|by|for|under|at|during|within|were|was|had|have|has|followed|arrived|came|are|is|to|"
            r"from|on|that|which|the\s+same)\b|\s*[,.;:)(\u2013\u2014]|\s*$)")
_FURTHER = r"(?:second|third|fourth|further|new|follow-on|additional|repeat)\s+(?:order|contract|batch|tranche)"
FURTHER_RE = re.compile(
    r"\b(?:a|an)\s+" + _FURTHER +
    r"\s+(?:for|of)\s+(?:(?:some|about|around|another)\s+)?(?P<m>" + _NUM + r")" + _NO_NOUN, re.I)
FURTHER_GATE = re.compile(r"\b" + _FURTHER + r"\b")
YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")


def follow_date(ctx: ArticleContext, sv: SentenceView, f: Fact) -> None:
    """Goods that "are to follow" with no date of their own: the date of the deal between the same
    parties told in the sentence before, which they follow ("… signed a deal for 31 S in 2024. T
    missiles are to follow")."""
    if "date" in f.args:
        return
    for i, g in reversed(ctx.scratch.get("transfers_told", [])):
        if i == sv.index - 1 and g is not f and g.args.get("date") and all(
                g.args[k] == f.args[k] for k in ("supplier", "recipient")):
            f.args["date"] = g.args["date"]
            f.inferences["date"] = "the date of the deal told in the previous sentence, which these goods follow"
            return


def further_batches(sv: SentenceView, ctx: ArticleContext, items: list[Item],
                    built: list[tuple[Item, Fact]], low: str) -> list[Fact]:
    """Facts of the further batches the sentence counts after a transfer it tells."""
    if not built or not FURTHER_GATE.search(low):
        return []
    text = sv.text
    out: list[Fact] = []
    for m in FURTHER_RE.finditer(text):
        a, b = m.start("m"), m.end("m")
        if any(it.start < b and a < it.end for it, _ in built) \
                or any(it.start < b and a < it.end and not (it.why or "").startswith("ellipsis") for it in items):
            continue  # the count is an item already, or one told as a transfer
        named = [it for it in items if not it.category and it.end <= m.start()]
        if not named:
            continue
        prev = max(named, key=lambda it: it.end)
        facts = [f for it, f in built if (it.start, it.end) == (prev.start, prev.end)]
        n = _count(m.group("m"))
        if not facts or n is None:
            continue
        f = facts[0]
        if f.args.get("quantity") in (None, n):
            continue  # the first deal's count is unknown or the same: no second deal can be told apart
        tail = _tail(text, m.end())
        y = YEAR_RE.search(tail)
        if y is None:
            continue  # a batch told apart by its own year only ("… followed in 2022")
        out.append(_batch(sv, f, n, m.group(0), prev, tail, y))
    return out


def _count(s: str) -> int | None:
    found = find_counts(s)
    return int(found[0].value) if found and found[0].value == int(found[0].value) else None


def _tail(text: str, start: int) -> str:
    """The rest of the further batch's clause: up to the next semicolon or full stop, 60 characters at most."""
    end = min(len(text), start + 60)
    cut = re.search(r"[;.]\s|\band\s+(?:[A-Z]|the\b)", text[start:end])
    return text[start:start + cut.start()] if cut else text[start:end]


def _batch(sv: SentenceView, f: Fact, n: int, said: str, prev: Item, tail: str, y: re.Match[str]) -> Fact:
    args = {k: v for k, v in f.args.items() if k not in ("quantity", "quantity_qualifier", "date", "date_text", "value")}
    args["quantity"], args["status"] = n, "ordered"  # a second order
    args["date"], args["date_text"] = y.group(1), y.group(0)
    money = [x for x in find_money(tail) if x.unit == "USD"]
    if money:
        args["value"] = {"amount": float(money[0].value), "currency": "USD"}
    name = prev.mention.text if prev.mention else prev.system
    inf = dict(f.inferences)
    inf["system"] = f"ellipsis: '{said.strip()}' counts a further batch of the {name} named before in the sentence"
    return Fact(type=f.type, args=args, evidence=[Span(sv.start, sv.end)], section=f.section, modality=f.modality,
                inferences=inf, attribution=f.attribution, confidence=f.confidence)
