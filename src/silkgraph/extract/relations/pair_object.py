"""A coordinated pair and the relation its verb group takes as object: "X and Y announced a
strategic partnership", "X and Y had agreed to work toward a strategic partnership charter", "the
foreign ministers of X and Y signed a charter on strategic partnership".  The ``pair_object`` cues
of ``resources/ontology/relations.yaml`` match the object noun phrase; the coordinated subject is
found as for the ``pair_subject`` cues (:func:`silkgraph.extract.relations._pair_subject`).  The
verb group between them must be short, unbroken by a clause, and end in a verb of the closed list
``pair_object_verbs`` (sign, form, agree, have …) joined to the object only by ``pair_object_links``;
before that verb nothing may make the object unreal (``pair_object_blocks``: a modal, a wish, a
fear, a charge, a preposition), and the object's own clause must not deny it ("a strategic
partnership was not on the table")."""

from __future__ import annotations

import re

from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/relations.yaml")
_VERBS = frozenset(_DATA["pair_object_verbs"])
_LINKS = frozenset(_DATA["pair_object_links"])
_BLOCKS = frozenset(_DATA["pair_object_blocks"])
# a verb group that ends or refuses the relation it takes as object
UNDO_RE = re.compile(r"\b(?:suspend|end(?:s|ed|ing)?\b|terminat|freez|froze|downgrad|scrap|abandon|cancel|"
                     r"reject|refus|rul(?:e|ed|es|ing)\s+out|oppos|criticis|criticiz|condemn|denounc|den(?:y|ied|ies)|"
                     r"question|doubt|fear|warn|worr|wary|accus|against|without|instead|rather|not\b|never\b|no\b|n[’']t\b)", re.I)
WORD_RE = re.compile(r"[\w’'\-]+")
# the rest of the object's clause, up to a clause break
CLAUSE_REST_RE = re.compile(r"[^.;:,!?]{0,120}")
DENIED_RE = re.compile(r"\b(?:not|never|no\s+longer|n[’']t|unlikely|off\s+the\s+table|remains?\s+elusive|"
                       r"stalled|collapsed|failed|fell\s+through)\b", re.I)
# a named document the object stands in apposition to: "signed the Shusha Declaration, a formal alliance"
NAMED_APPOS_RE = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w’'\-]*\s+(?:(?:of|on|for)\s+)?){0,5}[A-Z][\w’'\-]*\s*,\s*")
GAP_WORDS_MAX = 10


def _verb_at(words: list[re.Match[str]]) -> int:
    """The index of the verb group's last establishing verb, or -1."""
    return next((i for i in range(len(words) - 1, -1, -1) if words[i].group(0).lower() in _VERBS), -1)


def verb_gap(text: str, lo: int, pos: int, words: int | None = None) -> bool:
    """Whether the text before the object at ``pos`` (from ``lo``: the clause start, or the
    subject's end when ``words`` bounds its length) is a plain subject and an establishing verb
    group: no clause break, nothing that undoes the relation or makes it unreal, and the object's
    clause does not deny it."""
    gap = text[lo:pos]
    if (words is not None and len(gap.split()) > words) or re.search(r"[;:]", gap) or UNDO_RE.search(gap):
        return False
    ws = list(WORD_RE.finditer(gap))
    v = _verb_at(ws)
    if v >= 0 and v + 1 < len(ws) and NAMED_APPOS_RE.fullmatch(gap, ws[v].end()):
        ws = ws[:v + 1]  # "signed the Shusha Declaration, a formal alliance": the declaration is the alliance
    if v < 0 or any(w.group(0).lower() not in _LINKS and w.group(0).lower() not in _VERBS for w in ws[v + 1:]):
        return False  # "left / seek / hope for / have little interest in a military alliance"
    # before the verb: the words after the subject's last name (the whole gap when it names none)
    first = max((i + 1 for i in range(v) if ws[i].group(0)[:1].isupper()), default=0)
    if any(w.group(0).lower() in _BLOCKS for w in ws[first:v]):
        return False  # "may one day form", "accused Turkey of building", "are unlikely to form"
    rest = CLAUSE_REST_RE.match(text, pos)
    return rest is None or DENIED_RE.search(rest.group(0)) is None  # "… was not on the table"
