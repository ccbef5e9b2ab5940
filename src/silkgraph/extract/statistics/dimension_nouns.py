"""A named work's dimensions told as nouns or by a verb of height, besides "285 km long"
(``work_figures._dimensions``):

- "a (planned) length/width/depth/height of N km|metres", coordinated ("a width of 100 metres and
  a depth of 8.5 metres" share one work), after the work ("X has a length of 190 km", "X, with a
  height of 300 metres,"), at the end of a clause the work opens ("The canal draws water from A and
  is designed to run west, with a planned width of 100 metres"), or fronted ("With a planned height
  of 335 metres, X would be …", "…, it would be …" with the work named in the sentence before);
- a verb of height: "X will rise 310 metres", "X would stand 290 metres above the river";
- a verb of length after a clause the work opens: "The canal draws water from A and is designed
  to run about 285 kilometres west" (the work named right before the verb is ``works.py``'s).

The work is found as for the other dimensions (``work_figures._work_at``: the work named before
the figure in its clause, or a definite work noun standing for one), else the work that opens the
sentence or the clause after a fronted phrase.  A dimension of another thing named between
("X irrigates fields along a road with a length of 40 km") stays unread: a place, programme or
work named between the opening work and the figure blocks the opening work.
Gated on the literals "length of", "width of", "depth of", "height of" and the height verbs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import work_cues as C
from silkgraph.extract.statistics.patterns import DATA, Stat
from silkgraph.extract.statistics.referents import named_before

WorkAt = Callable[[SentenceView, ArticleContext, int], "tuple[str, str | None] | None"]

_NOUNS = {"length": "length", "width": "width", "depth": "depth", "height": "height"}
GATE = (" run", " stretch", " extend", " span", "length of", "width of", "depth of", "height of", " rise ", " rises ", " stand ", " stands ", " tower ")
_UNIT = r"(?P<u>kilomet(?:er|re)s|km|met(?:er|re)s|m)\b"
# "a planned height of about 335 metres", "its length of 190 km", "the height of X will be 215 metres" (not)
DIM_NOUN_RE = re.compile(r"\b(?:an?|its|their|the)\s+(?:(?:planned|projected|designed|total|maximum|overall|final)\s+)?"
                         r"(?P<d>length|width|depth|height)\s+of\s+" + C.APPROX + r"(?P<n>" + C.N + r")\s*" + _UNIT)
# "will rise 310 metres", "would stand some 290 metres above the riverbed"
HEIGHT_VERB_RE = re.compile(r"\b(?:rise|rises|rising|stand|stands|standing|tower|towers|towering)\s+(?:to\s+)?"
                            + C.APPROX + r"(?P<n>" + C.N + r")\s*(?P<u>met(?:er|re)s|m)\b")
# a length told by a verb after a clause the work opens: "The canal draws water from A and is designed
# to run about 285 kilometres west" (a work named right before the verb is ``works.py``'s)
LENGTH_VERB_RE = re.compile(r"\b" + DATA["work_length_verbs"] + r"\s+(?:for\s+)?" + C.APPROX + r"(?P<n>" + C.N
                            + r")\s*(?P<u>kilomet(?:er|re)s|km)\b")
# a phrase fronted before the main clause: "With a planned height of 335 metres, "
_FRONT_RE = re.compile(r"^\s*(?:With|At|Designed|Planned|Built)\b[^,;]{0,40}$")
_DIM_JOIN_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_PREP_BEFORE_RE = re.compile(r"\b(?:at|in|of|near|behind|above|below|from|on|by|to|into|with)\s+(?:the\s+)?$")
# a subordinate clause or a saying between the opening work and the figure: another subject's
_CLAUSE_RE = re.compile(r"\b(?:after|before|when|while|as|because|since|although|though|but|where|whereas|until|"
                        r"said|says|told|say)\b")
_IT_RE = re.compile(r"\s*(?:it|its)\b", re.I)
_WORK_TYPES = ("program", "place", "company")


def dimension_nouns(sv: SentenceView, ctx: ArticleContext, work_at: WorkAt, work_opening: WorkAt,
                    is_work_entity: Callable[..., bool]) -> list[Stat]:
    """The dimensions told as nouns or by a verb of height in the sentence, each the work's."""
    text = sv.text
    out: list[Stat] = []
    prev: tuple[re.Match[str], tuple[str, str | None]] | None = None
    found = list(DIM_NOUN_RE.finditer(text)) + list(HEIGHT_VERB_RE.finditer(text))
    if " run" in text or " stretch" in text or " extend" in text or " span" in text:
        found += LENGTH_VERB_RE.finditer(text)
    for m in found:
        noun = _NOUNS[m.group("d")] if "d" in m.re.groupindex else "length" if m.re is LENGTH_VERB_RE else "height"
        got = None
        if prev is not None and _DIM_JOIN_RE.fullmatch(text, prev[0].end(), m.start()):
            got = prev[1]  # "a width of 100 metres and a depth of 8.5 metres": one work's
        if m.re is HEIGHT_VERB_RE and not _work_is_subject(sv, m.start()):
            continue  # "water levels at X could rise 12 metres": the levels rise, not the work
        if m.re is LENGTH_VERB_RE:
            got = _opening_work(sv, ctx, m.start(), work_opening, is_work_entity)
        got = got or work_at(sv, ctx, m.start()) or _fronted_work(sv, ctx, m, work_opening, is_work_entity) \
            or _opening_work(sv, ctx, m.start(), work_opening, is_work_entity)
        if got is None:
            prev = None
            continue
        prev = (m, got)
        unit = "km" if m.group("u").startswith("k") else "m"
        out.append(Stat(m.start("n"), m.end("n"), float(m.group("n").replace(",", "")), unit, got[0], noun,
                        why=got[1]))
    return out


def _work_is_subject(sv: SentenceView, verb: int) -> bool:
    """Whether the last name before a verb of height is its subject, not the object of a
    preposition in a longer subject ("water levels at X could rise")."""
    before = [a for a, b, _m in sv.mentions_rel() if b <= verb]
    return bool(before) and _PREP_BEFORE_RE.search(sv.text, max(0, before[-1] - 12), before[-1]) is None


def _fronted_work(sv: SentenceView, ctx: ArticleContext, m: re.Match[str], work_opening: WorkAt,
                  is_work_entity: Callable[..., bool]) -> tuple[str, str | None] | None:
    """The work of a dimension in a fronted phrase: the work opening the main clause after its
    comma, or, for "it", the work named in the sentence before."""
    comma = sv.text.find(",", m.end())
    if comma < 0 or sv.text[m.end():comma].strip() or not _FRONT_RE.match(sv.text[:m.start()]):
        return None
    if _IT_RE.match(sv.text, comma + 1):
        wk = named_before(ctx, sv, 0, 1, _WORK_TYPES, is_work_entity)
        return (wk[0].id, f"'{wk[1].text}', the work named before that 'it' stands for") if wk else None
    return work_opening(sv, ctx, comma + 1)


def _opening_work(sv: SentenceView, ctx: ArticleContext, pos: int, work_opening: WorkAt,
                  is_work_entity: Callable[..., bool]) -> tuple[str, str | None] | None:
    """The work that opens the sentence, when the dimension at ``pos`` ends a clause it governs: no
    semicolon, subordinate clause or saying, and no other work named between (a river or province passed on the way does not
    count: "The canal draws water from A in B province and runs to C, with a width of …")."""
    got = work_opening(sv, ctx, 0)
    if got is None or ";" in sv.text[:pos] or _CLAUSE_RE.search(sv.text, 0, pos):
        return None
    for a, _b, mm in sv.mentions_rel():
        if a >= pos:
            break
        ent = ctx.entity(mm.entity_id)
        if ent is not None and mm.entity_id != got[0] and ent.type in _WORK_TYPES and is_work_entity(ent, mm):
            return None
    return got
