"""Parties read from the discourse rather than the sentence, for ``transfers.parties``.

A pronoun's antecedent (the force or state opening, or the buyer heading the last clause of,
a previous sentence), and the recipient of goods the sentence leaves unnamed, looked for back
through the paragraph: a recipient of a transfer told there, else the latest state written as
a subject, possessor or object, passing over suppliers, givers, partners and contrasts, then
the state the section, the title or the article is about.
"""

from __future__ import annotations

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import paragraph_first
from silkgraph.extract.grammar import TRANSFER_OBLIQUE_PREPS
from silkgraph.extract.transfers.context_parts import (
    CONTEXT_SKIP_PREPS,
    company_home,
    earlier_section_recipient,
    giver_or_share,
    governed_by_skip_prep,
)
from silkgraph.extract.transfers.context_roles import (
    held_role,
    onward_buyer,
    paragraph_subject,
    told_away,
)
from silkgraph.extract.transfers.model import Party
from silkgraph.extract.transfers.party_mentions import _capital_party, buyer_demonym, mention_party
from silkgraph.extract.transfers.party_patterns import (
    APPOSITION_RE,
    BUYS_AFTER_RE,
    CLAUSE_SUBJECT_RE,
    FINITE_AFTER_RE,
    LAST_CLAUSE_RE,
    PRONOUN_RE,
    TOPIC_PRONOUN_RE,
)
from silkgraph.extract.transfers.party_words import (
    _is_possessive,
    _prev_word,
)
from silkgraph.extract.transfers.patterns import (
    IMPORTS_AFTER_RE,
)
from silkgraph.extract.transfers.topic import (
    _clause_head,
    _force_clause,
    _force_state,
    _in_state_list,
    _section_state,
    _subordinate_before_force,
    _title_state,
    _topic_state,
)


def _antecedent(sv: SentenceView, ctx: ArticleContext, upto: int) -> Party | None:
    if not PRONOUN_RE.search(sv.text[:upto]):
        return None
    for view in reversed(ctx.sentences[max(0, sv.index - 2):sv.index]):
        if _force_clause(view.text, 0, len(view.text)):  # "The air force flies S that X sold. It also …"
            return _topic_state(sv, ctx, set(), "antecedent of a pronoun: the force that opens the previous sentence")
        # (a state governed by a preposition is no antecedent while a free one follows: "After
        # X fled to India, Bangladesh changed course. Its government …" is Bangladesh's)
        last = _last_clause_subject(ctx, view) if BUYS_AFTER_RE.match(sv.text, upto) else None
        if last is not None:  # "X delivered S, and in 2021 Y ordered T. It also ordered U": Y
            return last
        states = [(m, p) for m in view.mentions for p in [mention_party(ctx, m)]
                  if p is not None and ctx.etype(m.entity_id) == "state"]
        free = [(m, p) for m, p in states
                if _prev_word(view.text, view.rel(m.start)) not in TRANSFER_OBLIQUE_PREPS]
        for m, p in (free or states)[:1]:
            return Party(p.eid, f"antecedent of a pronoun ('{m.text}' in the previous sentence)")
    return None


def _last_clause_subject(ctx: ArticleContext, view: SentenceView) -> Party | None:
    """The state (or capital standing for its government) heading the last coordinated clause
    of ``view`` as the subject of a verb of buying: the nearest subject a following pronoun
    continues ("…, and in 2021 Astana ordered a further 12. The same year it also ordered S")."""
    for a, b, m in reversed(view.mentions_rel()):
        if not LAST_CLAUSE_RE.search(view.text, max(0, a - 30), a) or not FINITE_AFTER_RE.match(view.text, b):
            continue
        p = mention_party(ctx, m) if m.role != "place" else _capital_party(ctx, m)
        if p is None or ctx.etype(p.eid) != "state":
            continue
        return Party(p.eid, f"antecedent of a pronoun ('{m.text}', heading the last clause of the previous sentence)")
    return None


def _context_recipient(sv: SentenceView, ctx: ArticleContext, exclude: set[str], upto: int,
                       named: bool = False, topic: bool = False, force: bool = False) -> Party | None:
    """An unnamed recipient ("Air defence follows the same pattern: eight S arrived in 2022")
    from the discourse: the sentence's own words before the system, then back through the
    paragraph (and at least the previous sentence): the recipient of a transfer told
    there, else the latest state written as a subject, possessor or object there (not
    "from X", "in X", "with X").  The suppliers of the sentence's and the paragraph's
    transfers are never the recipient.  Else the state the section is about, and for
    goods delivered with no recipient in sight (``topic``) the state the article is about.
    A state written in a clause whose subject is a bare force noun ("the government asked Z")
    or a supplier's share ("Z's fell to 51 percent") is not the recipient; for a trigger whose
    own subject is a bare force noun (``force``: "the army ordered S") only a state heading its
    clause is, else the state the article is about.  A state an earlier sentence names in a role
    that names no buyer (a member of a coordination of states, a partner, a contrast buying from
    other suppliers, an object of another verb, one goods are sold on to: ``context_roles``) is
    passed over; the discourse's subject among a coordination's members is meant, and when all
    are passed over, the state the article is about."""
    log: list[tuple[int, str, str]] = ctx.scratch.get("transfer_parties", [])
    first = paragraph_first(ctx, sv)
    lo = min(first, sv.index - 1) if sv.index > 0 else 0
    bad = set(exclude) | {s for i, s, _r in log if lo <= i <= sv.index}
    demoted = False  # a state was passed over for its role (a list's member, a partner, a contrast)
    for i in range(sv.index, lo - 1, -1):
        view = ctx.sentences[i]
        where = "this sentence" if i == sv.index else (
            "the previous sentence" if i == sv.index - 1 else "the paragraph")
        recs = [r for j, _s, r in log if j == i and r not in bad]
        if recs and i < sv.index and told_away(ctx, view, recs[-1], {s for j, s, _r in log if j == i}, exclude, i == first):
            demoted, recs = True, []  # "… sold on to X", "By contrast, X buys from Y" (not this supplier)
        if recs:
            e = ctx.entity(recs[-1])
            name = e.name if e else recs[-1]
            return Party(recs[-1], f"recipient from context: '{name}', recipient of the transfer in {where}")
        if view.section in ("author_bio", "boilerplate", "caption") or (
                i < sv.index and view.section != sv.section and sv.section not in ("body", "lead")):
            continue  # a new section of an analysis starts its own discourse
        # in a list, the items before this one are other deals (the list's head still counts)
        nl = view.text.rfind("\n", 0, upto) if i == sv.index else -1
        head = view.text.find("\n")
        asides = [(x.start(), x.end()) for x in APPOSITION_RE.finditer(view.text)] \
            if i == sv.index and "," in view.text else []
        if i < sv.index:
            told = _pronoun_topic(ctx, view, bad)
            if told is not None:
                return Party(told.eid, f"recipient from context: {told.why}")
        for k in range(len(view.mentions) - 1, -1, -1):
            m = view.mentions[k]
            if i == sv.index and view.rel(m.end) > upto:
                continue
            if head < view.rel(m.start) < nl or any(x < view.rel(m.start) < y for x, y in asides):
                continue
            eid = m.entity_id if ctx.etype(m.entity_id) == "state" else _force_state(ctx, m.entity_id)
            if eid is None or m.role == "place" or eid in bad:
                continue
            a, b = view.rel(m.start), view.rel(m.end)
            importer = m.kind == "demonym" and IMPORTS_AFTER_RE.match(view.text, b) is not None
            if giver_or_share(view.text, a, b, m, importer) or company_home(ctx, view, b):
                continue  # (a giver: "China donated a frigate", a maker's home: "X's Z Group came next")
            cs = _clause_head(view.text, a)
            if force and not CLAUSE_SUBJECT_RE.fullmatch(view.text, cs, a) or _force_clause(view.text, cs, a) \
                    or _subordinate_before_force(view.text, a, b):
                t = _topic_state(sv, ctx, bad, "the state of the force or government named")
                if t is not None:
                    return t
                if force or m.kind == "demonym":
                    continue
            if governed_by_skip_prep(view.text, a, b, importer, view.mentions_rel()):
                demoted = demoted or i < sv.index and onward_buyer(view.text, a)  # "sold on to X"
                continue
            if m.kind == "demonym" and not importer and not buyer_demonym(view.text, a, b):
                continue
            if i == sv.index and _in_state_list(ctx, view, m):
                return None  # "A, B and C built fleets ... sends weapons": which of them?
            held = held_role(ctx, view, k, set(exclude), i == first, bad) if i < sv.index else None
            if held is not None:  # "A and B signed …", "Its partner is X", "X, by contrast, …"
                demoted = True
                t = _topic_among(sv, ctx, first, held, bad, where)
                if t is not None:
                    return t
                continue
            return Party(eid, f"recipient from context: '{m.text}' in {where}")
    earlier = earlier_section_recipient(sv, ctx, log, lo, bad) if named else None
    if earlier is not None:
        return earlier
    if force:
        t = _topic_state(sv, ctx, bad, "the state of the force or government named")
        if t is not None:
            return t
    return _section_state(sv, ctx, bad, topic) or _title_state(ctx, bad) or (
        _topic_state(sv, ctx, bad, "recipient from context: the states named nearby are no buyers")
        if demoted else None)


def _topic_among(sv: SentenceView, ctx: ArticleContext, first: int, held: set[str], bad: set[str],
                 where: str) -> Party | None:
    """The discourse's subject state (the paragraph's, else the article's) when it is one of the
    states ``held`` in a role that names no buyer ("In 2023, A and B signed …" in a text about A;
    a lone partner or contrast heading its paragraph is no subject of it: "X remains its ally")."""
    para = paragraph_subject(ctx, first) if len(held) > 1 else None
    if para is not None and para in held and para not in bad:
        e = ctx.entity(para)
        return Party(para, f"recipient from context: '{e.name if e else para}', the paragraph's subject, "
                           f"named among the states in {where}")
    t = _topic_state(sv, ctx, bad, f"recipient from context: named among the states in {where}")
    return t if t is not None and t.eid in held else None


def _pronoun_topic(ctx: ArticleContext, view: SentenceView, bad: set[str]) -> Party | None:
    """An earlier sentence whose main subject is a pronoun ("As a member of Z and host of X's base,
    it bought X's equipment and trusted X to deter Y"): the pronoun's antecedent, the discourse's
    topic, is the state the sentence is about, not a state named later as an object (Y)."""
    low = view.low or view.text.lower()
    if " it " not in low and " they " not in low and not low.startswith(("it ", "they ")):
        return None
    m = TOPIC_PRONOUN_RE.match(view.text)
    if m is None or any(view.rel(x.start) < m.start("p") and ctx.etype(x.entity_id) == "state"
                        and not _is_possessive(view.text, view.rel(x.end))
                        and _prev_word(view.text, view.rel(x.start)) not in CONTEXT_SKIP_PREPS for x in view.mentions):
        return None  # (a free state before the pronoun may be its antecedent: "After X lost, it bought …")
    p = _antecedent(view, ctx, m.end("p"))
    if p is None or p.eid in bad:
        return None
    e = ctx.entity(p.eid)
    return Party(p.eid, f"'{e.name if e else p.eid}', the antecedent of the pronoun subject of an earlier sentence")
