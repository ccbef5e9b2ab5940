"""A repeated supplier is a partner: a state the article shows supplying arms to another
state in ``REPEAT_MIN`` transfers or more (asserted or reported) is that state's partner, when
the article tells no other relation of the pair.  One transfer, or two, tells of a sale, not of
a partnership (an Italian jet sale to Turkmenistan); nor do the sales of a supplier the article
shows arming ``SURVEY_MIN`` recipients or more (a survey of its regional market).

An article-level pass over the article's facts, after every sentence has been read
(:func:`silkgraph.extract.extract_article` calls it before its grounding check).  No sentence
states the partnership, so the relation's evidence is the transfers' sentences and its kind is a
recorded inference ("partner: supplier in N arms transfers of this article").  Measured when it
was added: development relations +6 TP / +1 FP (the shared development gold unchanged at 1.000),
blind relations +3 TP / +1 FP."""

from __future__ import annotations

from silkgraph.model import Fact, Span

REPEAT_MIN = 3
# a supplier the article shows arming this many recipients or more: a survey of its sales across a
# region ("Türkiye sold drones to Kyrgyzstan, frigates to Turkmenistan and vehicles to Uzbekistan"),
# where repeated sales tell its market, not one partnership (no inferred partner for any of them)
SURVEY_MIN = 3
EVIDENCE_MAX = 3  # the first evidence sentences kept as an inferred relation's evidence


def told_pairs(facts: list[Fact]) -> set[frozenset[str]]:
    """The pairs the article's relations already join (an article-level pass adds none of them)."""
    return {frozenset((str(f.args.get("a")), str(f.args.get("b")))) for f in facts if f.type == "relation"}


def first_evidence(facts: list[Fact]) -> list[Span]:
    """The facts' evidence sentences, in order, the first ``EVIDENCE_MAX`` distinct ones: the
    evidence of a relation inferred from them."""
    out: list[Span] = []
    for f in facts:
        for e in f.evidence:
            if len(out) < EVIDENCE_MAX and all(x.start != e.start for x in out):
                out.append(Span(e.start, e.end))
    return out


def repeat_suppliers(facts: list[Fact]) -> list[Fact]:
    """Partner relations for the supplier-recipient pairs of ``REPEAT_MIN`` transfers or more."""
    told = told_pairs(facts)
    by: dict[tuple[str, str], list[Fact]] = {}
    for f in facts:
        if f.type == "arms_transfer" and f.modality in ("asserted", "reported"):
            s, r = str(f.args.get("supplier", "")), str(f.args.get("recipient", ""))
            if s.startswith("state:") and r.startswith("state:") and s != r:
                by.setdefault((s, r), []).append(f)
    clients: dict[str, set[str]] = {}
    for s, r in by:
        clients.setdefault(s, set()).add(r)
    out: list[Fact] = []
    for (s, r), fs in by.items():
        if len(fs) < REPEAT_MIN or frozenset((s, r)) in told or len(clients[s]) >= SURVEY_MIN:
            continue
        inferences: dict[str, str] = {"kind": f"partner: supplier in {len(fs)} arms transfers of this article"}
        role = {s: "supplier", r: "recipient"}
        a, b = sorted((s, r))
        for arg, eid in (("a", a), ("b", b)):  # a party told by a pronoun in a transfer: its inference
            why = next((f.inferences[role[eid]] for f in fs if role[eid] in f.inferences), None)
            if why:
                inferences[arg] = why
        out.append(Fact(type="relation", args={"a": a, "b": b, "kind": "partner"}, evidence=first_evidence(fs),
                        section=fs[0].section, modality="asserted", inferences=inferences))
    return out
