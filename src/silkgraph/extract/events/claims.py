"""Claims of responsibility: "…; the BLA claimed responsibility", "The TTP claimed responsibility for
the attack.": the claimant is the attacker of the attack told in the sentence or the one before,
when that attack names no attacker (a recorded inference; the claim itself is no event).

The claim is also a fact of the whole report (:func:`article_claimant`): an attack told within a few
sentences of it by an unnamed agent ("The bomber blew himself up on Sunday", "gunmen blew up the
track") is the attack claimed, and the claimant is its attacker.  A claim dated by its own day ("X
claimed responsibility on Monday for a bombing") dates the claim, a statement of the claimant, not
the attack, which its own sentence dates."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import ArticleState, add_evidence
from silkgraph.extract.events.participants import Part, clause_bounds
from silkgraph.model import Fact
from silkgraph.nlp.prefilter import gate_of

CLAIM_RE = re.compile(r"\b(?:claimed|claiming|claims|has claimed|have claimed|took|has taken|accepted|admitted)\s+"
                      r"(?:full\s+|sole\s+)?responsibility\b")
CLAIMANT_TYPES = ("armed:", "org:", "state:")
# "The BLA claimed the hijacking", "claimed the attack": the incident claimed named right after the verb
CLAIM_NOUN_RE = re.compile(r"\b(?:claimed|claiming|claims|has claimed|have claimed)\s+(?:the|both|this|that)\s+"
                           r"(?:[\w\-]+\s+){0,2}?(?:attacks?|bombings?|hijacking|assault|blasts?|raids?|killings?|"
                           r"explosions?|ambush|massacre|strikes?)\b")
# an attacker the report leaves unnamed, as the subject of the attack verb
UNNAMED_AGENT_RE = re.compile(r"\b(?:suicide\s+)?(?:bombers?|gunm[ae]n|attackers|assailants?|hijackers|militants)\s+"
                              r"(?:[\w\-]+\s+){0,2}$", re.I)
# "X (XG), an outlawed group that has fought for decades, claimed …": the subject's apposition (a relative
# clause in it too), set off by commas, between the subject and the claim
APPOSITION_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?,\s[^;:]{3,220}?,\s+(?:(?:first|later|also|then|quickly)\s+)?$")
WINDOW = 6  # sentences around a claim in which an attack by an unnamed agent is the one claimed
# "claimed responsibility on Monday for a bombing": a day told between the claim and the incident is the claim's
CLAIM_DAY_RE = re.compile(r"\s+(?P<when>(?:on|late on|early on)\s+[\w\s,]{3,25}?)\s+(?=for\s+)")
FOR_RE = re.compile(r"\s*for\s")
# "X on Monday claimed responsibility for a bombing": the day told right before the claim
CLAIM_DAY_BEFORE_RE = re.compile(r"\b(?P<when>(?:on|late on|early on)\s+[\w,]+(?:\s+\d{1,2})?)\s+$")


def _lead_end(text: str, a: int) -> int:
    """Where the sentence holding offset ``a`` begins its own words: after a dateline's dash."""
    return max(text.rfind(" – ", 0, a), text.rfind(" — ", 0, a), text.rfind(" - ", 0, a), -3) + 3


def _apposed_subject(text: str, spans: list[tuple[int, int, str]], claim: int) -> tuple[int, int, str] | None:
    """The sentence's subject (its first party, opening the sentence or its words after a dateline) when
    an apposition set off by commas stands between it and the claim at ``claim``."""
    for a, b, eid in sorted(spans):
        if b > claim:
            break
        if a - _lead_end(text, a) > 4:
            break  # the first party does not open the sentence: no subject told before an apposition
        if APPOSITION_RE.fullmatch(text, b, claim):
            return a, b, eid
        return None
    return None


def _claim(ctx: ArticleContext, view: SentenceView) -> tuple[str, str] | None:
    """The armed group claiming an attack in ``view`` (the head of the claim's subject: "X, a front for
    Y, claimed …" is X's claim), with its name."""
    if "claim" not in view.text:
        return None
    m = CLAIM_RE.search(view.text) or CLAIM_NOUN_RE.search(view.text)
    if m is None:
        return None
    cs, _ = clause_bounds(view.text, m.start(), m.end())
    for x in view.mentions:
        a, b = view.rel(x.start), view.rel(x.end)
        lead = max(view.text.rfind(" – ", 0, a), view.text.rfind(" — ", 0, a), -3) + 3  # after a dateline
        if cs <= a and b <= m.start() and x.entity_id.startswith("armed:") and "," not in view.text[lead:a]:
            return x.entity_id, view.text[a:b]  # the subject's head, not a group named in its apposition
    got = _apposed_subject(view.text, [(view.rel(x.start), view.rel(x.end), x.entity_id) for x in view.mentions],
                           m.start())
    if got is not None and got[2].startswith("armed:"):
        return got[2], view.text[got[0]:got[1]]  # "X, a group that has fought for decades, claimed …"
    return None


def article_claimant(ctx: ArticleContext, sv: SentenceView) -> tuple[str, str] | None:
    """The armed group that claims an attack within :data:`WINDOW` sentences of ``sv`` (the nearest
    claim), with the inference to record, or None."""
    memo: dict[int, tuple[str, str] | None] = ctx.scratch.setdefault("events.claims", {})
    best: tuple[int, str, str] | None = None
    for j in range(max(0, sv.index - WINDOW), min(len(ctx.sentences), sv.index + WINDOW + 1)):
        if j not in memo:
            memo[j] = _claim(ctx, ctx.sentences[j])
        got = memo[j]
        if got is not None and (best is None or abs(j - sv.index) < best[0]):
            best = (abs(j - sv.index), got[0], got[1])
    if best is None:
        return None
    return best[1], f"the attack claimed by {best[2]}: its attacker is left unnamed ('{best[2]} claimed')"


def claimed_day(sv: SentenceView, made: list[Fact], st: ArticleState) -> None:
    """"X claimed responsibility on Monday for a suicide bombing": the day dates the claim, so the
    attack it names is told as the claimant's statement of that day (the attack is dated by its own
    sentence)."""
    m = gate_of(CLAIM_RE).first(sv.text, sv.low)  # (``CLAIM_RE.search(sv.text)``, pre-checked)
    if m is None:
        return
    dm = CLAIM_DAY_RE.match(sv.text, m.end()) or CLAIM_DAY_BEFORE_RE.search(sv.text, max(0, m.start() - 30), m.start())
    if dm is None or FOR_RE.match(sv.text, dm.end() if dm.start() >= m.end() else m.end()) is None:
        return  # the incident is named after the claim: "claimed responsibility (on Monday) for"
    for f in made:
        if f.args["event_type"] == "attack" and f.args.get("date_text") and f.args["date_text"] in dm.group("when") \
                and f.args.get("actors"):
            f.args["event_type"] = "statement"
            f.args.pop("plover", None)
            f.args.pop("targets", None)
            f.args.pop("fatalities", None)
            f.inferences.pop("targets", None)
            for r in st.events:
                if r.fact is f:
                    r.etype = "statement"


def claim_actor(sv: SentenceView, ctx: ArticleContext, parts: list[Part], made: list[Fact],
                st: ArticleState) -> None:
    """Make the claimant of a claim of responsibility the attacker of the attack it claims."""
    if "responsibility" not in sv.text:
        return
    m = gate_of(CLAIM_RE).first(sv.text, sv.low)  # (``CLAIM_RE.search(sv.text)``, pre-checked)
    if m is None:
        return
    cs, _ = clause_bounds(sv.text, m.start(), m.end())
    # the subject's head, not a group named in its apposition ("A group, described as a front for X, claimed")
    who = [p for p in parts if cs <= p.start and p.end <= m.start() and p.eid.startswith(CLAIMANT_TYPES)
           and "," not in sv.text[max(cs, _lead_end(sv.text, p.start)):p.start]]
    if not who:  # "X, an outlawed group that has fought for decades, claimed responsibility": the subject
        got = _apposed_subject(sv.text, [(p.start, p.end, p.eid) for p in parts], m.start())
        who = [p for p in parts if got is not None and p.start == got[0] and p.eid == got[2] and
               p.eid.startswith(CLAIMANT_TYPES)][:1]
    if not who:
        return
    claimant = who[0].eid
    attacks = [f for f in made if f.args["event_type"] == "attack"]
    if not attacks and sv.index > 0:
        prev = ctx.sentences[sv.index - 1].start
        attacks = [r.fact for r in st.events[-3:] if r.etype == "attack" and
                   any(e.start in (prev, sv.start) for e in r.fact.evidence)][-1:]
    for f in attacks:
        if f.args.get("actors") or claimant in (f.args.get("targets") or []):
            continue
        f.args["actors"] = [claimant]
        add_evidence(f, sv)
        f.inferences.setdefault("actors", f"{sv.text[who[0].start:who[0].end]} claimed responsibility")
        for r in st.events:
            if r.fact is f:
                r.parts = r.parts | {claimant}
