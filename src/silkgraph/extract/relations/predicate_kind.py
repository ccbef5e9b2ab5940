"""The kind a relation predicate tells: "relations between X and Y remain hostile / have
soured / are close", "X's ties with Y have never been stronger" (read after the pair or the
party after "with").  Moved out of ``pairs.py`` in session 16."""

from __future__ import annotations

import re

from silkgraph.resources import load_yaml

# "relations between X and Y remain hostile / have soured / are close": the predicate's kind
BETWEEN_PRED_RE = re.compile(
    r"\s*(?:,\s*(?:(?:long|always|often|once|never|already)\s+)?(?-i:[a-z])[\w\-]+"  # "ties with Y, long uneasy, worsened"
    r"(?:\s+(?:by|over|after|since|during)\s+[^,.;]{1,50})?\s*,"  # "… Y, long strained by a border dispute, have …"
    r"|,\s*(?:despite|for\s+all|notwithstanding|in\s+spite\s+of)\s+[^,.;]{1,60},"  # "ties between X and Y, despite the row, are close"
    r"|,\s*(?:the\s+)?(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?[’']s\s+(?:[\w\-]+\s+){0,2}[\w\-]+\s*,)?"  # "… with Y, Z's rival, was close"
    r"\s*(?:,\s*)?(?:(?:have|has|had)\s+)?(?:(?:long|always|again|remained|since|also|now|still)\s+)*"
    r"(?:(?:never|rarely|seldom)\s+(?=been\s+(?:stronger|better|closer|warmer)\b))?"  # "have never/rarely been stronger"
    r"(?:(?:remain|remains|remained|are|were|is|was|been|grew|grown|became|become|turned|look|looks|"
    r"(?:been\s+)?(?:described|characteri[sz]ed|portrayed)\s+as)\s+"
    r"(?:(?:very|deeply|openly|increasingly|notably|particularly|highly|more|unusually|exceptionally|now|still)\s+)*"
    r"(?P<adj>hostile|tense|strained|frosty|fraught|troubled|antagonistic|acrimonious|poor|rocky|frozen|icy|adversarial|uneasy|"
    r"close|closer|warm|friendly|cordial|excellent|strong|stronger|better|warmer|brotherly|(?:those|that|ones?)\s+of\s+(?:wary\s+|bitter\s+|old\s+)?"
    r"(?:rivals|adversaries|enemies|allies|partners))"
    r"|(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?(?:raised|upgraded|elevated|lifted|promoted)\s+to"
    r"|(?:(?:have|has|had)\s+)?(?:become|became|turned\s+into|grown\s+into|grew\s+into|developed\s+into))\s+"
    r"(?:the\s+(?:level|status|rank)\s+of\s+)?(?:one\s+of\s+(?:(?:the|its|their)\s+|(?-i:[A-Z])[\w\-]*[’']s\s+)?)?(?:an?\s+|the\s+)?[\"“]?"
    r"(?:[\w\-]+\s+){0,4}?(?P<pnoun>partnerships?|alliance)\b"  # "were raised to a strategic partnership", "have become one of X's partnerships"
    r"|(?P<verb>deteriorated|soured|worsened|frayed|plummeted|nosedived|collapsed|broke down|broken down|fell apart|fallen apart|unravell?ed|warmed|improved|deepened|"
    r"strengthened|expanded|grew|grown|intensified|flourished|blossomed|thawed))\b", re.I)
BETWEEN_ADJ_KIND = {"close": "partner", "closer": "partner", "warm": "partner", "friendly": "partner", "cordial": "partner",
                    "excellent": "partner", "strong": "partner", "stronger": "partner", "better": "partner", "warmer": "partner", "brotherly": "ally", "warmed": "partner",
                    "improved": "partner", "deepened": "partner", "strengthened": "partner", "expanded": "partner",
                    "grew": "partner", "grown": "partner", "intensified": "partner", "flourished": "partner",
                    "blossomed": "partner", "thawed": "partner"}
NOUN_PRED_KIND = {"rivals": "rival", "competitors": "rival", "allies": "ally", "partners": "partner", "adversaries": "adversary", "enemies": "adversary"}


_REL_DATA = load_yaml("ontology/relations.yaml")
CHANGE_PREDICATES = frozenset(_REL_DATA["change_predicates"])
PRED_HEDGE_RE = re.compile(_REL_DATA["predicate_hedges"], re.I)
CONCESSIVE_STATE_RE = re.compile(_REL_DATA["concessive_state"], re.I)


def pred_kind(pm: re.Match[str], text: str = "") -> str | None:
    """The kind a relation predicate tells: "remain tense" → rival, "have deepened" → partner,
    "remain those of rivals" → rival. A change, not a state ("have improved": ``change_predicates``)
    tells only the state a concessive clause after it gives ("…, though the two remain rivals"),
    and a hedged change ("improved only on paper") none: None."""
    if pm.group("pnoun"):  # "were raised to a strategic partnership", "has become an alliance"
        return "ally" if pm.group("pnoun").lower() == "alliance" else "partner"
    word = (pm.group("adj") or pm.group("verb")).lower()
    if re.search(r"\sof\s", word):
        return NOUN_PRED_KIND.get(word.split()[-1], "rival")
    if pm.group("verb") and text and PRED_HEDGE_RE.match(text, pm.end()):
        return None
    if word in CHANGE_PREDICATES:
        cm = CONCESSIVE_STATE_RE.match(text, pm.end()) if text else None
        return NOUN_PRED_KIND.get(cm.group("noun").lower()) if cm is not None else None
    return BETWEEN_ADJ_KIND.get(word, "rival")


COOPERATION_HEAD_RE = re.compile(r"co-?operation\b", re.I)
# a past predicate bounded to a past period: "relations were frosty through the 2010s", "ties were
# hostile until 2018" (a state that has ended, not the pair's relation now)
PAST_COPULA_RE = re.compile(r"\b(?:were|was)\s", re.I)
PAST_SPAN_RE = re.compile(r"\s+(?:through|throughout|during|until|till|in)\s+(?:(?:the|much\s+of\s+the|most\s+of\s+the)\s+)?"
                          r"(?:(?:early|late|mid)[\s\-])?(?:\d{4}s?|\d{2}s|(?:nineteen|twenty)[\w\-]*)\b", re.I)


def past_span(pm: re.Match[str], text: str) -> bool:
    """The predicate ``pm`` is past ("were", "was") and bounded to a past period right after it."""
    if pm.group("pnoun"):  # "were raised to a partnership in 2022": a change that holds since, no past state
        return False
    return bool(PAST_COPULA_RE.search(pm.group(0))) and PAST_SPAN_RE.match(text, pm.end()) is not None
