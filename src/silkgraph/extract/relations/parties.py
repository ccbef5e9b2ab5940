"""Which parties a relation cue belongs to: the coordinated list of parties after a position
("between X and Y", "with X, Y, and Z") and the party a possessive or verbal cue belongs to
("X's ally", "its ties with" → the antecedent of "its", "X, a CSTO member, hosts", "X has
aligned with"). Split from :mod:`silkgraph.extract.relations.pairs`, which pairs them."""

from __future__ import annotations

import re

from silkgraph.extract.events import Part, clause_bounds
from silkgraph.extract.grammar import LIST_GAP_RE

# a party named as the maker or backer of the next one: "a Turkish-equipped Azerbaijan", "an
# Iranian-backed Armenia" (the party is the head after the modifier, not the modifier)
MAKER_MOD_RE = re.compile(r"-(?:equipped|armed|supplied|backed|supported|trained|funded|financed|built|made)\s+(?:and\s+[\w\-]+\s+)?")


def next_list(ps: list[Part], text: str, pos: int, limit: int = 40) -> list[Part]:
    """A coordinated list of parties starting right after ``pos``: "X and Y", "X, Y, and Z"."""
    out: list[Part] = []
    seps: list[str] = []
    cur = pos
    skipped = 0  # the length of a maker modifier skipped before the first item
    for i, p in enumerate(ps):
        if p.start < cur:
            continue
        if i + 1 < len(ps) and MAKER_MOD_RE.fullmatch(text, p.end, ps[i + 1].start):
            skipped += ps[i + 1].start - p.start if not out else 0
            continue  # "against a Turkish-equipped Azerbaijan": Azerbaijan (its gap is checked from ``cur``)
        gap = text[cur:p.start]
        if not out:
            if p.start - pos - skipped > limit or re.search(r"[,;.]", gap) and len(gap) > 6:
                break
        elif not LIST_GAP_RE.fullmatch(gap):
            break
        out.append(p)
        cur = p.end
        seps.append(gap)
    # "with Armenia, Pakistan is ...": a bare comma before the last item starts a new clause
    if len(out) >= 2 and not re.search(r"\band\b|&", seps[-1]):
        out.pop()
    # "with Georgia, and the European Union's ambassador said …": a comma before "and" after a single
    # item joins clauses, not list items (a serial comma needs three)
    elif len(out) == 2 and "," in seps[-1]:
        out.pop()
    return out


def _prev_party(ps: list[Part], text: str, pos: int) -> Part | None:
    """The possessor of "its" at ``pos``: the nearest preceding party named as a noun."""
    best = None
    for p in ps:
        if p.end > pos:
            break
        if p.kind == "demonym" and re.match(r"^\s+[a-z]", text[p.end:p.end + 12]):
            continue
        if re.search(r"\bwith\s+(?:the\s+)?$", text[max(0, p.start - 10):p.start], re.I):
            continue  # "partnership with Armenia ... its rivalry": Armenia is not "its" owner
        best = p
    return best


# "X, whose (long) rivalry with": the antecedent of "whose" right before the cue's noun phrase
WHOSE_RE = re.compile(r"\s*,\s*whose\s+(?:(?!(?:and|but|or|with|of)\b)[\w\-]+\s+){0,3}$", re.I)


# a parenthetical insertion between a subject and its verb: "Moscow, for its part, has accused"
# a short fronted adverbial before the subject: "In recent years, X, allied with Y, …"
FRONTED_RE = re.compile(r"(?:In|On|By|Since|After|Before|During|Until|Last|This|Over|For|Throughout|Today|Now|Meanwhile|"
                        r"However|Moreover|Yet|Still|Historically|Traditionally|Increasingly)\b[^,;:.]{0,40},\s+")
INSERT_RE = re.compile(r"^\s*,\s*(?:for (?:its|their|his|her) part|in turn|meanwhile|however|too|also|moreover|"
                       r"in response|for now|so far|in particular|notably|for example|in effect)\s*,", re.I)


# a new clause whose subject is a common noun phrase: "…, and the region's capitals now …"
NEW_SUBJECT_RE = re.compile(r"(?:,|;)\s+(?:and|but|while|whereas|yet)?\s*(?:the|a|an|many|most|some|these|those)\s+"
                            r"(?-i:[a-z])", re.I)
# a relative aside between a subject and its verb phrase: "X, which left the CIS in 2009, has had"
REL_ASIDE_RE = re.compile(r"\s*,\s*(?:which|who)\b[^;()]{1,120},\s*(?:(?:also|still|now|since|long)\s+)?$", re.I)
# a relative pronoun opening the cue's clause: "X, which accuses Y", "X, which has long backed Y"
REL_VERB_RE = re.compile(r"\s*,\s*(?:which|who)\s+(?:(?:also|still|now|long|has|have|had|has\s+long|openly|firmly)\s+){0,2}$", re.I)
# an apposition or relative aside closed by a comma, then the verb phrase of the subject before it
# up to a possessive "its": "X, an ally of Y that fought beside it, called off its truce with Z"
ASIDE_VP_RE = re.compile(r"\s*,\s*(?:(?:an?|the|one\s+of\s+the)\s+[^,;()]{1,90}|(?:which|who)\b[^,;()]{1,120}|"
                         r"(?-i:[A-Z])[\w.\-]*[’']s\s+[^,;()]{1,60}),\s*"  # (also "X, Y's rival, has deepened its …")
                         r"(?:[\w\-]+\s+){1,4}$", re.I)
# the cue inside a relative clause's verb phrase: "X, which signed a strategic partnership with Y",
# "X, which is itself allied with Y" (a few words, no comma, no party between)
REL_VP_RE = re.compile(r"\s*,\s*(?:which|who)\s+(?:[\w\-]+\s+){1,6}$", re.I)
# a relative aside closed by a comma, then the subject's verb phrase (lower-case words, no party)
# up to the cue: "X, which borders Y, has kept its neutrality and signed a "
REL_ASIDE_VP_RE = re.compile(r"\s*,\s*(?:which|who)\b[^,;()]{1,120},\s*(?:(?-i:[a-z])[\w\-’']*\s+){1,9}$")
# a reporting verb opening a clause of its own ("said it", "hoped that"): the cue is in that clause
REPORT_VERB_RE = re.compile(r"\b(?:said|says|told|added|noted|stated|argued|warned|insisted|hoped|hopes|believes|believed|"
                            r"thinks|announced|declared|claimed|stressed|urged)\b", re.I)
# a noun apposition or a prepositional aside between a subject and its verb phrase: "X, a CSTO member,
# hosts", "X, the bloc's newest member, has …", "X, outside that club, has instead deepened …", "X, unlike
# its neighbours, has …" (a verb phrase of a few words after it)
NOUN_ASIDE_RE = re.compile(r"\s*,\s*(?:an?|the|one\s+of\s+the|outside|unlike|like|despite|beyond|alongside|besides|"
                           r"by\s+contrast\s+with|in\s+contrast\s+to)\s+[^,;()]{1,60},\s*(?:(?:also|still|now|long|instead)\s+)?"
                           r"(?:(?:has|have|had|is|was)\s+)?(?:(?:also|still|now|long|instead|since|quietly|steadily)\s+)?(?:\w+\s+){0,2}$", re.I)


# "X agreed to deepen ties", "X has pledged to expand": the infinitive's subject is the verb's
INF_TO_RE = re.compile(r"(?<=\w\s)to\s+$")
PREP_BEFORE_RE = re.compile(r"\b(?:to|from|with|by|for|of|on|in|at|against|pushed|urged|asked|pressed|forced)\s+(?:the\s+)?$", re.I)


# what may close an acronym between a party and its apposition: "the Tehrik-e-Taliban Pakistan (TTP), a …"
ACRONYM_CLOSE_RE = re.compile(r"\)?")
# a second verb phrase between an object and "its": "X has diversified … without abandoning Y and has eased,
# but not settled, its rivalry with Z" ("its" = X: the subject of both verb phrases, not the object Y)
SECOND_VP_RE = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:(?:has|have|had|also|then|later|now|since|quietly|gradually|"
                          r"steadily|further|even)\s+){0,3}[a-z]{2,}(?:ed|en|ened|s)\b(?:\s*,\s*(?:but|and|if|though)\s+"
                          r"(?:not|never|also)\s+[a-z]+\s*,)?\s+$")

# a relative or another clause between a subject and a later verb phrase
CLAUSE_BREAK_RE = re.compile(r"[;:]|\b(?:which|who|that|whose)\b")
# before a clause's subject: nothing, or a fronted phrase closed by a comma ("Five years after Galwan, ")
FRONTED_LEAD_RE = re.compile(r"\s*(?:[^,;()]{1,60},\s*)?")
# the subject's own verb: "India has diversified", "Moscow quietly expanded"
OWN_VERB_RE = re.compile(r"\s+(?:(?:has|have|had|is|was|also|quietly|now|then|long)\s+){0,2}"
                         r"[a-z]*?(?:ed|en|s|ew|ent|ook|ave|aid|old|ought|ade|ut|et)\b")


def coordinated_owner(ps: list[Part], text: str, owner: Part, pos: int) -> Part | None:
    """The owner of "its" at ``pos`` when a second verb phrase of the sentence's subject opens
    between the nearest party ``owner`` (an object of the first verb phrase) and "its": the
    subject of both ("India has diversified its suppliers without abandoning Russia and has eased
    its rivalry with China": India's rivalry)."""
    vp = SECOND_VP_RE.search(text, owner.end, pos)
    if vp is None or any(vp.start() <= p.start < pos for p in ps):
        return None
    cs, _ = clause_bounds(text, max(0, owner.start - 1), owner.start)
    subj = next((p for p in ps if cs <= p.start), None)
    if subj is None or subj.eid == owner.eid or subj.start >= owner.start \
            or not FRONTED_LEAD_RE.fullmatch(text, cs, subj.start) or not OWN_VERB_RE.match(text, subj.end):
        return None
    if CLAUSE_BREAK_RE.search(text[subj.end:vp.start()]):
        return None  # a relative or another clause between: whose verb phrase the second one joins is unclear
    return subj


ITS_OWNS_RE = re.compile(r"\b(?:its|their)\s+(?:(?!(?:and|but|or)\b)[\w\-]+\s+){0,3}$", re.I)


def subject(ps: list[Part], text: str, pos: int) -> Part | None:
    """The party a possessive cue belongs to: "X's" right before, or "its" → antecedent."""
    before = text[:pos]
    lead = next((p for p in reversed(ps) if p.end <= pos), None)
    if lead is not None and text[lead.end:pos] == ", " and lead is ps[0] \
            and (re.search(r"(?:^|[–—:]\s*)$", text[:lead.start]) or FRONTED_RE.fullmatch(text, 0, lead.start)):
        return lead  # "Thimphu, tied to India by treaty, …": the fronted subject the participle describes
    if "whose" in text and (wm := WHOSE_RE.search(text, max(0, pos - 60), pos)) is not None:
        head = next((p for p in ps if p.end == wm.start()), None)
        if head is not None:  # "X, whose rivalry with Y dates to 1947": the relative's antecedent owns the cue
            return head
    for p in reversed(ps):
        gap = INSERT_RE.sub(" ", text[p.end:pos]) if p.end <= pos else ""
        if INF_TO_RE.search(gap) and not PREP_BEFORE_RE.search(text, max(0, p.start - 12), p.start):
            gap = gap[:INF_TO_RE.search(gap).start()] + " "  # type: ignore[union-attr]  # "X agreed to deepen"
        if p.end <= pos and re.fullmatch(r"(?:[’']s)?\s*(?:[\w\-]+\s+){0,3}", gap) and \
                not re.search(r"\b(?:and|with|of|to|for|the|a|an)\b", gap, re.I):
            return p
    m = ITS_OWNS_RE.search(before)  # "its ties with": not "its defence clause and appealed to"
    if m:
        aside = ASIDE_VP_RE.search(text, max(0, m.start() - 200), m.start())
        head = next((p for p in ps if aside is not None and ACRONYM_CLOSE_RE.fullmatch(text, p.end, aside.start())), None)
        if head is not None:  # "X, an ally of Y that fought beside it, called off its truce with Z": X's
            return head  # (also "X (XYZ), a group …, ended its truce": the acronym's parenthesis closed)
        owner: Part | None = _prev_party(ps, text, m.start())
        if owner is not None and NEW_SUBJECT_RE.search(text, owner.end, m.start()):
            return None  # "…, and the region's capitals now weigh their ties with Y": not the party's
        if owner is not None:
            return coordinated_owner(ps, text, owner, m.start()) or owner
        return owner
    rv = REL_VERB_RE.search(text, max(0, pos - 30), pos) if ("which" in text or "who" in text) else None
    if rv is not None:  # "X, which accuses Y of …": the relative's antecedent
        head = next((p for p in ps if p.end == rv.start()), None)
        if head is not None:
            return head
    rp = REL_VP_RE.search(text, max(0, pos - 80), pos) if ("which" in text or "who" in text) else None
    if rp is not None and not any(rp.start() < p.start < pos for p in ps):
        head = next((p for p in ps if p.end == rp.start()), None)
        if head is not None:
            return head
    ra = REL_ASIDE_RE.search(text, max(0, pos - 160), pos) if ("which" in text or "who" in text) else None
    if ra is not None:  # "X, which left the CIS in 2009, has had no relations with Y": X
        head = next((p for p in ps if p.end == ra.start()), None)
        if head is not None:
            return head
    rv2 = REL_ASIDE_VP_RE.search(text, max(0, pos - 220), pos) if ("which" in text or "who" in text) else None
    if rv2 is not None:  # "X, which borders Y and Z, has kept its neutrality and signed a partnership with W": X
        head = next((p for p in ps if p.end == rv2.start()), None)
        if head is not None and not REPORT_VERB_RE.search(text, rv2.start(), pos) \
                and not any(rv2.start() < p.start < pos and p.start > text.rfind(",", 0, pos) for p in ps):
            return head  # (not "X, which mediated, said it supported the Turkish efforts": a reported clause)
    na = NOUN_ASIDE_RE.search(text, max(0, pos - 100), pos) if text.count(",", 0, pos) >= 2 else None
    if na is not None:  # "X, a CSTO member, hosts …": X
        head = next((p for p in ps if p.end == na.start()), None)
        if head is not None and not PREP_BEFORE_RE.search(text, max(0, head.start - 12), head.start):
            return head
    # "X has aligned with Y": the clause's subject, with nothing but a verb phrase between
    cs, _ = clause_bounds(text, pos, pos + 1)
    first = [p for p in ps if cs <= p.start and p.end <= pos]
    if first and not re.search(r"\b(?:with|for|of|to|from|by|between|and)\b|,", text[first[0].end:pos], re.I) \
            and len(text[first[0].end:pos]) < 50:
        return first[0]
    if COORD_VERB_RE.search(text, max(0, pos - 30), pos):
        return main_subject(ps, text, pos)  # "On Tuesday Yerevan asked the CSTO for help … and appealed to Moscow": Yerevan
    return None


def main_subject(ps: list[Part], text: str, pos: int) -> Part | None:
    """The subject of the clause a second verb phrase or a participle at ``pos`` belongs to: its
    first party, opening the clause (after a fronted time phrase) and followed by its verb."""
    cs, _ = clause_bounds(text, max(0, pos - 1), pos)
    if text[cs - 6:cs].strip().lower() in ("while", "whilst"):  # the participle's own "while"
        own = next((p for p in ps if cs <= p.start and p.end <= pos), None)
        if own is not None and FINITE_AFTER_RE.match(text, own.end) and not text[cs:own.start].strip():
            return own  # "…, while Y builds aircraft at home and leans on Z": the clause has its own subject
        cs, _ = clause_bounds(text, max(0, cs - 7), cs - 6)
    first = [p for p in ps if cs <= p.start and p.end <= pos]
    if first and SUBJ_LEAD_RE.fullmatch(text, cs, first[0].start) and SUBJ_VERB_RE.match(text, first[0].end) \
            and ";" not in text[first[0].end:pos]:
        return first[0]
    return None


# a finite verb right after a party opening a "while" clause: "while Y builds", "while Y has bought"
FINITE_AFTER_RE = re.compile(r"\s+(?:(?:has|had|have|is|was|also|still|now|increasingly|largely)\s+)*(?-i:[a-z])[a-z]+(?:s|ed)\b")


# a second verb phrase of the clause's subject: "… and appealed to", "…, and also summoned"
COORD_VERB_RE = re.compile(r"(?:,\s*|\s)and\s+(?:(?:also|then|later|formally|quickly|promptly|swiftly)\s+)?$", re.I)
# what may stand before a clause's subject: nothing, or a fronted time phrase ("On Tuesday", "In May 2024,")
SUBJ_LEAD_RE = re.compile(r"\s*(?:(?:On|In|By|Last|Earlier|Later|Then|That|This|Within|After|Over)\b[^,;()]{0,30}?,?\s+)?", re.I)
# the subject's own verb right after it: "Yerevan formally asked", "Moscow has summoned"
SUBJ_VERB_RE = re.compile(r"\s+(?:(?:has|had|have|also|then|formally|quickly|promptly|first|later|swiftly|again)\s+)*"
                          r"[a-z]*?(?:ed|ew|ent|ook|ave|aid|old|ought|ade|ut|et)\b")
