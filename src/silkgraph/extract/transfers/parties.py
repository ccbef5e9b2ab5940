"""Parties: actor mentions, subjects, antecedents, context recipients (a system's maker as its
supplier: transfers/makers.py)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import paragraph_first
from silkgraph.extract.grammar import SPACED_APOSTROPHE_S_OPT_RE, TRANSFER_OBLIQUE_PREPS
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
from silkgraph.extract.transfers.lexicon import lexicon
from silkgraph.extract.transfers.model import Party
from silkgraph.extract.transfers.party_patterns import (
    ADVERB_RE,
    APPOSITION_RE,
    BUYS_AFTER_RE,
    CLAUSE_SUBJECT_RE,
    FINITE_AFTER_RE,
    GROUP_MEMBERS_RE,
    LAST_CLAUSE_RE,
    PRONOUN_RE,
    RANGE_ENDS_RE,
    TITLE_AFTER_RE,
    TOPIC_PRONOUN_RE,
)
from silkgraph.extract.transfers.party_words import (
    _governor,
    _is_possessive,
    _prev_word,
)
from silkgraph.extract.transfers.patterns import (
    IMPORTS_AFTER_RE,
    REL_ASIDE_RE,
    STRONG_BOUNDARY_RE,
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
from silkgraph.model import Mention

# conjunctions that open a clause ("after X bought S"), not only prepositions
SUBORDINATORS = {"after", "before", "since", "until", "till", "once"}
SUBJECT_GAP_RE = re.compile(r"\s+(?:(?:had|has|have|was|were|also|then|finally|first|\w+ly)\s+)*", re.I)
REPORT_RE = re.compile(r"\b(?:said|says|stated|claimed|alleged)\s+(?:that\s+)?(?!(?:it|they|he|she|we|its|their)\b)(?=\w)")
OFFICIALS_IN_RE = re.compile(r"\b(?:officials|authorities|government|leaders|leadership|diplomats|"
                             r"ministry|negotiators)\s+in\s+$", re.I)
INSTITUTION_RE = re.compile(r"^\s+(?:\w+\s+)?(?:minister|president|prime\s+minister|officials|government|authorities|military|forces|army|navy|"
                            r"border\s+(?:guards?|service|troops)|coast\s+guard|national\s+guard|"
                            r"air\s+force|leaders|troops|president|side|ministry|state|defen[cs]e\s+ministry|"
                            r"(?:arms\s+|defen[cs]e\s+)?(?:firms?|companies|company|manufacturers?|makers?|contractors?|"
                            r"industry|industries|exporters?|suppliers?|yards?|shipyards?|shipbuilders?))\b",
                            re.I)
# producers among the institutions: "its Romanian yard", "the Spanish line", "a Turkish firm" make or
# sell goods; a demonym heading one of them names no buyer
PRODUCER_HEAD_RE = re.compile(r"^\s+(?:\w+\s+)?(?:(?:arms|defen[cs]e)\s+)?(?:firms?|compan(?:y|ies)|manufacturers?|makers?|"
                              r"contractors?|industry|industries|exporters?|suppliers?|yards?|shipyards?|shipbuilders?|"
                              r"plants?|factory|factories|lines?|works|facilit(?:y|ies)|supplies)\b", re.I)
OWN_PRONOUN_RE = re.compile(r"\b(?:its|their|his|her|our)\s+$", re.I)


def buyer_demonym(text: str, a: int, b: int) -> bool:
    """A demonym that can name a buyer: it heads a state institution ("the Tajik army"), not a
    producer ("its Romanian yard") nor anything owned by another ("its Spanish line")."""
    return bool(INSTITUTION_RE.match(text[b:b + 30])) and not PRODUCER_HEAD_RE.match(text[b:b + 40]) \
        and not OWN_PRONOUN_RE.search(text, max(0, a - 8), a)


# a state heading the aid a sentence is about: "Russian military aid", "Ankara's donations"
AID_AFTER_RE = re.compile(r"(?:['’]s?)?\s+(?:(?:military|defen[cs]e|security|arms|weapons|free|new|further|"
                          r"steady|modest)\s+){0,2}(?:aid|assistance|donations?|gifts?|largesse|help)\b", re.I)


def _aid_giver(sv: SentenceView, ctx: ArticleContext, before: int) -> Party | None:
    """"Russian military aid has been steady: 60 S were handed over": the giver of the aid
    named before the system supplies goods handed over without an agent."""
    for _a, b, m in sv.mentions_rel():
        if b > before:
            break
        if ctx.etype(m.entity_id) == "state" and m.role != "place" and AID_AFTER_RE.match(sv.text, b):
            return Party(m.entity_id, f"giver of the aid the sentence is about ('{m.text}')")
    return None


def mention_party(ctx: ArticleContext, m: Mention) -> Party | None:
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
        if e is not None and str(e.attrs.get("kind") or "") in lexicon().non_party_org_kinds:
            return None  # "SIPRI records …", "according to Reuters": a source, not a party
        if e is not None and (state := ctx.state_of(e)) is not None:
            return Party(state, f"country of {e.name}")
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


def _capital_party(ctx: ArticleContext, m: Mention) -> Party | None:
    try:
        state = ctx.kb.capital_of(m.entity_id)
    except AttributeError:
        return None
    return Party(state, f"government seated in {m.text}") if state else None


def _subject(sv: SentenceView, ctx: ArticleContext, before: int) -> Party | None:
    """The nearest actor before ``before`` that is not governed by a preposition, within
    the same main clause (relative clauses are crossed: "Uzbekistan, which …, is")."""
    found = subject_mention(sv, ctx, before)
    return found[0] if found else None


def _coordinated_subject(sv: SentenceView, ctx: ArticleContext, before: int) -> Party | None:
    """The first conjunct of a coordinated subject: "A and his French counterpart, B, signed"."""
    found = subject_mention(sv, ctx, before)
    if found is None:
        return None
    a = found[1]
    for a0, b0, m in reversed(sv.mentions_rel()):
        if b0 > a or m.kind == "demonym":
            continue
        gap = sv.text[b0:a]
        if not re.fullmatch(r"\s*(?:,\s*|\s+)and\s+(?:(?:his|her|its|their|the)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+,?\s*)?"
                            r"|\s*,\s*", gap):
            return None
        if _prev_word(sv.text, a0) in TRANSFER_OBLIQUE_PREPS or _is_possessive(sv.text, b0) \
                or _oblique_conjunct(sv, a0):
            return None  # "After buying S from A and B, Y ordered T": B closes the fronted "from" list
        return mention_party(ctx, m)
    return None


def subject_mention(sv: SentenceView, ctx: ArticleContext, before: int) -> tuple[Party, int] | None:
    stop = max([0] + [m.end() for m in STRONG_BOUNDARY_RE.finditer(sv.text, 0, before)])
    if "sa" in sv.text or "ed " in sv.text:
        # "X said dozens of Y troops had been trained to use S": X reports, it is not the subject
        stop = max([stop] + [m.end() for m in REPORT_RE.finditer(sv.text, stop, before)])
    # a relative aside closed before the trigger ("X, which had sold Y S, delivered …"):
    # its actors are not the main verb's subject
    asides = [(m.start(), m.end()) for m in REL_ASIDE_RE.finditer(sv.text, stop, before)] \
        + [(m.start(), m.end()) for m in APPOSITION_RE.finditer(sv.text, stop, before)] \
        if "," in sv.text[stop:before] else []
    for a, b, m in reversed(sv.mentions_rel()):
        if b > before or a < stop:
            continue
        if any(x < a and b <= y for x, y in asides):
            p = mention_party(ctx, m) if _title_apposition(sv.text, b, before, asides) else None
            if p is not None:
                return p, a  # "R, India's defence minister, handed over S": the title's state
            continue
        p = mention_party(ctx, m)
        if p is None:
            continue
        if sv.text[a - 1:a] == "(":
            continue  # "Israel Aerospace Industries (IAI)": an aside naming the previous mention
        prev = _prev_word(sv.text, a)
        if prev in SUBORDINATORS and SUBJECT_GAP_RE.fullmatch(sv.text, b, before):
            return p, a  # "… after Ankara took delivery of S": the subject of a subordinate clause
        if (prev in TRANSFER_OBLIQUE_PREPS or prev == "according") and m.role != "place":
            continue
        if prev in ("and", "or") and m.role != "place" and not SUBJECT_GAP_RE.fullmatch(sv.text, b, before) \
                and _oblique_conjunct(sv, a):
            continue  # "Y buys from A and B and has agreed to acquire S": B is governed by "from" too
        if m.kind != "demonym" and _governor(sv.text, a) in TRANSFER_OBLIQUE_PREPS and m.role != "place":
            continue  # "with British Foreign Secretary X": the name is governed by the preposition
        if m.kind == "demonym" and not INSTITUTION_RE.match(sv.text[b:b + 30]):
            continue  # "Chinese drones": a maker, not an actor
        if _is_possessive(sv.text, b) and not _possessive_subject(sv.text, b, before):
            continue
        return p, a
    return None


CONJUNCT_GAP_RE = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+|\s*,\s*")


def _oblique_conjunct(sv: SentenceView, a: int) -> bool:
    """The name at ``a`` closes a list of names whose first is governed by a preposition ("from
    A, B and C"): like its first conjunct, it is no subject."""
    for _hops in range(6):  # a handful of conjuncts; a longer run is no list of names
        prev = next(((a0, b0) for a0, b0, _m in reversed(sv.mentions_rel())
                     if b0 <= a and CONJUNCT_GAP_RE.fullmatch(sv.text, b0, a)), None)
        if prev is None:
            return False
        a = prev[0]
        if _prev_word(sv.text, a) in TRANSFER_OBLIQUE_PREPS:
            return True
    return False


def _title_apposition(text: str, end: int, before: int, asides: list[tuple[int, int]]) -> bool:
    """", India's defence minister," / ", the Indian envoy," closed right before the verb: the
    apposition names the office of the person before it, whose state acts."""
    aside = next(((x, y) for x, y in asides if x < end <= y), None)
    if aside is None or not SUBJECT_GAP_RE.fullmatch(text, aside[1], before):
        return False
    return bool(TITLE_AFTER_RE.match(text, end, aside[1]))


def _possessive_subject(text: str, end: int, trig: int) -> bool:
    """"Azerbaijan's acquisition": the possessor right before the trigger."""
    gap = text[end:trig]
    return "," not in gap and len([w for w in gap.split() if not ADVERB_RE.fullmatch(w)]) <= 3


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


def _group_member(text: str, a: int, preps: tuple[str, ...]) -> bool:
    """Whether the name at ``a`` is the first member listed for a group governed by one of
    ``preps``: "sold S to at least four Central Asian states, including Y and Z"."""
    m = GROUP_MEMBERS_RE.search(text, max(0, a - 90), a)
    return m is not None and m.end() == a and m.group("prep").lower() in preps


# a year closing a conjunct of a list, then the conjunction: "to Y in 2019 and Z in 2021", "to
# Y (2020), Z (2021) and W (2022)"; the next conjunct must close on its own year too
YEAR_TAIL = r"\s*(?:(?:in|by|during)\s+(?:early\s+|late\s+|mid-)?\d{4}|\(\s*\d{4}\s*\))"
DATED_GAP_RE = re.compile(YEAR_TAIL + r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)
YEAR_TAIL_RE = re.compile(YEAR_TAIL + r"\s*(?:[,;.)]|and\b|$)", re.I)  # (not "Z in 2020 bought T")


def _dated_conjunct(text: str, last_end: int, a: int, b: int) -> bool:
    """Whether the name at ``a``-``b`` continues a list of names each dated by its own year."""
    return DATED_GAP_RE.fullmatch(text, last_end, a) is not None and YEAR_TAIL_RE.match(text, b) is not None


def _after_prep(sv: SentenceView, ctx: ArticleContext, preps: tuple[str, ...], lo: int,
                hi: int) -> list[Party]:
    """Actors governed by one of ``preps`` between ``lo`` and ``hi``, with coordinated ones
    ("to both Uzbekistan and Turkmenistan")."""
    out: list[Party] = []
    last_end = -1
    for a, b, m in sv.mentions_rel():
        if a < lo or a > hi:
            continue
        prev = _prev_word(sv.text, a)
        p = mention_party(ctx, m)
        if p is None and m.role == "place" and prev in ("from", "to", "in") and prev in preps \
                and not RANGE_ENDS_RE.search(sv.text[max(0, a - 40):b + 5]):
            p = _capital_party(ctx, m)  # "bought S from Moscow", "delivered S to Baku": the government
        if p is None:
            continue
        chained = out and last_end >= 0 and (re.fullmatch(r"\s*(?:,|and|,\s*and|as well as)\s*", sv.text[last_end:a])
                                             or _dated_conjunct(sv.text, last_end, a, b))
        if prev in preps or (prev == "both" and _prev_word(sv.text, a - 5) in preps) \
                or (prev == "the" and _prev_word(sv.text, a - 4) in preps) or chained \
                or not out and _group_member(sv.text, a, preps):
            if _is_possessive(sv.text, b) and not chained \
                    and not INSTITUTION_RE.match(SPACED_APOSTROPHE_S_OPT_RE.sub("", sv.text[b:b + 40], count=1)):
                continue  # "to Y's armed forces" is Y; "to Y's neighbour" is not
            if all(p.eid != q.eid for q in out):
                out.append(p)
            last_end = b
        elif out:
            break
    return out
