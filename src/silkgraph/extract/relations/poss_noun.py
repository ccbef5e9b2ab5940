"""The possessive and appositive nominal cues: "Y, X's ally", "X's ally Y", "X's partners include
Y and Z", "Y, its closest ally".  Reads the possessor before the cue noun and the party the
apposition or copula names; split from :mod:`silkgraph.extract.relations.pairs` (which, with
``nominal_pairs``, runs them) to keep it small."""

from __future__ import annotations

import re

from silkgraph.extract.events import Part
from silkgraph.extract.grammar import POSS_SUFFIX_RE
from silkgraph.extract.relations.cues import Cue
from silkgraph.extract.relations.lists import (
    CONJ_NP_GAP_RE,
    PLURAL_NOUN_RE,
    closed_list,
    conjuncts_before,
)
from silkgraph.extract.relations.modifiers import PAST_AFTER_RE, cancelled_head, open_premod
from silkgraph.extract.relations.parties import next_list


def _poss_noun(cue: Cue, ps: list[Part], text: str) -> list[tuple[Part, Part, str, int]]:
    """"Y, X's ally" / "Y—X's longstanding ally" / "X's ally Y"."""
    out = []
    for i, x in enumerate(ps):
        pm = POSS_SUFFIX_RE.match(text, x.end)
        if not pm:
            continue
        m = cue.regex.match(text, pm.end())
        if not m or PAST_AFTER_RE.match(text, m.end()) or cancelled_head(text, x.start):
            continue  # "Y, X's patron during the 1990s", "Once X's patron, Y …": a past relation
        prev = ps[i - 1] if i > 0 else None
        if prev is not None and POSS_PREV_GAP_RE.fullmatch(text[prev.end:x.start]):
            out.append((prev, x, cue.kind, m.start()))
            if PLURAL_NOUN_RE.search(m.group(0)):  # "Y and Z, X's rivals": each conjunct
                out.extend((c, x, cue.kind, m.start()) for c in conjuncts_before(ps, text, i - 1) if c.eid != x.eid)
            continue
        if prev is not None and PLURAL_NOUN_RE.search(m.group(0)) and CONJ_NP_GAP_RE.fullmatch(text, prev.end, x.start):
            # "Y and the Gulf monarchies, X's rivals": the named conjunct of the coordinated phrase
            if not any(prev.end < p.start < x.start for p in ps):
                out.extend((c, x, cue.kind, m.start()) for c in [prev] + conjuncts_before(ps, text, i - 1) if c.eid != x.eid)
                continue
        ap = APPOS_COPULA_RE.search(text, max(0, x.start - 120), x.start) if "," in text[:x.start] else None
        head = next((p for p in ps if p.end == ap.start()), None) if ap is not None and ap.end() == x.start else None
        if head is not None and head.eid != x.eid:  # "Turkey, a member of NATO since 1952, is Azerbaijan's ally"
            out.append((head, x, cue.kind, m.start()))
            continue
        nxt = ps[i + 1] if i + 1 < len(ps) else None
        if nxt is not None and nxt.start < m.end():
            nxt = None  # a party inside the cue is a modifier ("X's EU allies"), not the named ally
        if nxt is not None and not POSS_SUFFIX_RE.match(text, nxt.end) and re.fullmatch(r"\s*,?\s*(?:(?:remains|is|was|has been|became|becomes)\s+)?(?:the\s+)?",
                                            text[m.end():nxt.start]):
            out.append((x, nxt, cue.kind, m.start()))
        elif nxt is not None and PLURAL_NOUN_RE.search(m.group(0)) and POSS_LIST_LEAD_RE.fullmatch(text, m.end(), nxt.start):
            # "X's partners include Y, Z and W", "X's rivals, such as Y and Z": each of the list
            out.extend((x, o, cue.kind, m.start()) for o in closed_list(next_list(ps, text, nxt.start, 0), text)
                       if o.eid != x.eid)
    return out


# between a possessor's plural relation noun and the list that names them: "X's partners include",
# "X's main allies are", "X's rivals, such as", "X's partners like" (not "X's allies, Y said")
POSS_LIST_LEAD_RE = re.compile(r"\s*(?:,\s*)?(?:(?:include|includes|included|including|are|were|remain|remained|such\s+as|like|notably|"
                               r"namely)\s+)(?:(?:both|the)\s+)?", re.I)


# a role the party holds, possessed ("Y's standing as X's main partner") or told by "its" after a verb
# ("Y has cemented its position as X's closest ally"): Y is the party before the possessor X (not a role
# given up: "Y ceded its role as X's ally")
ROLE_AS = (r"(?:[’']s|(?:(?:has|have|had|is|was)\s+)?(?:(?!(?:ceded|surrendered|forfeited|relinquished|abandoned|renounced|loses)\b)(?-i:[a-z])[a-z]+(?:ed|es|s)\s+)?(?:its|their))\s+"
           r"(?:(?:own|new|traditional|long-?standing|growing|historic|unique|unrivalled|undisputed)\s+)?"
           r"(?:standing|role|position|status|place|reputation)\s+as")
# "Y, X's ally", "Y—X's ally", "Y has been one of X's principal arms suppliers" (not "Y, once X's ally":
# a relation in the past)
POSS_PREV_GAP_RE = re.compile(r"\)?\s*(?:(?:,|—|–|-{1,2})\s*(?:(?:long|now|still|also|for\s+decades)\s+)?(?:the\s+)?"
                              r"(?:(?:most\s+[\w\-]+|[\w\-]+est|last|first|only\s+one|one)\s+of\s+)?|(?:is|are|was|were|has been|had been|have been|remains|remain|"
                              r"remained|became|has become|(?:has|have|had)\s+(?:long|always)\s+been|" + ROLE_AS + r"|(?:is|are|was|were|remains|remained|ranks|ranked)\s+among|(?:has\s+|have\s+|had\s+)?(?:long\s+)?(?:emerged|acted|served|acts|serves|stands|stood)\s+as)"
                              r"(?:\s*,\s*(?:in\s+effect|in\s+practice|in\s+many\s+ways|by\s+all\s+accounts|arguably|effectively|de\s+facto|after\s+all)\s*,)?"
                              r"\s+(?:(?:again|now|still|also|already|once\s+again|by\s+far|both|at\s+once|effectively|essentially)\s+)?(?:one of\s+|the\s+|a\s+|an\s+)?)", re.I)
# "Y, a member of NATO since 1952, is X's closest ally", "Y, Z's main rival, is X's partner": an
# apposition between Y and the copula
APPOS_COPULA_RE = re.compile(r",\s+(?:a|an|the|which|who|whose|once|long|now|(?-i:[A-Z])[\w.\-]*[’']s)\b[^,;()]{1,80},\s*(?:(?:also|still|now)\s+)?"
                             r"(?:is|was|has been|had been|remains|remained|became|has become)\s+(?:one of\s+|the\s+|a\s+|an\s+)?$")


# a common noun phrase: a nearer antecedent of "its" than a party named before it
COMMON_NP_RE = re.compile(r"\b(?:the|a|an)\s+(?-i:[a-z])", re.I)
ITS_APPOS_RE = re.compile(r"\s*,\s*(?:its|their)\s+" + open_premod() + r"(?:arch-?)?(?P<noun>ally|partner|rival|adversary|enemy|foe|nemesis)\b",
                          re.I)  # any premodifiers ("its all-weather partner"), not a past, potential or hedged one


def _its_appos(ps: list[Part], text: str) -> list[tuple[Part, Part, str, int]]:
    """"Russia's ties with Belarus, its closest military ally": Y and the owner of "its"."""
    out = []
    for i, y in enumerate(ps):
        m = ITS_APPOS_RE.match(text, y.end)
        if not m:
            continue
        owner = next((p for p in reversed(ps[:i]) if p.eid != y.eid and p.kind != "demonym"), None)
        if owner is not None and COMMON_NP_RE.search(text, owner.end, y.start):
            continue  # "Beijing's courtship of the region comes as Russia, its partner": "its" = the region
        if owner is not None:
            kind = {"enemy": "adversary", "foe": "adversary", "nemesis": "adversary"}.get(m.group("noun").lower(), m.group("noun").lower())
            out.append((owner, y, kind, m.start()))
    return out
