"""Lengths of a named work told of its common noun: "the 1,814-kilometre line would carry …",
"The line is to run some 523 km from A to B", "the canal will stretch 285 km" (the work is the
programme or place named before whose name that noun fits)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.patterns import Stat

_APPROX = r"(?:(?:about|some|roughly|nearly|around|almost|over|more\s+than|just\s+over|approximately|up\s+to)\s+)?"
_N = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
_NOUNS = r"(?P<noun>pipeline|line|railway|railroad|canal|road|highway|motorway|corridor|tunnel|cable)"
WORK_LENGTH_RE = re.compile(
    r"\b[Tt]he\s+(?:" + _APPROX + r"(?P<a>" + _N + r")[\s-](?:kilomet(?:er|re)s?|km)(?:[\s-]long)?\s+"
    r"(?:[a-z][\w\-]*\s+)?" + _NOUNS + r"\b(?!\s+(?:of|from|between)\b)"
    r"|" + _NOUNS.replace("noun", "noun2") + r"\s+(?:(?:is|was|would|will)\s+(?:(?:to|meant\s+to|planned\s+to|set\s+to)\s+)?)?"
    r"(?:run|runs|ran|stretch|stretches|stretched|extend|extends|extended|span|spans)\s+(?:for\s+)?"
    + _APPROX + r"(?P<b>" + _N + r")\s*(?:kilomet(?:er|re)s|km)\b)")
# the nouns a work's name may carry for each common noun ("the line": a pipeline or a railway)
FITS = {"line": ("pipeline", "line", "railway", "railroad", "rail"), "railway": ("railway", "railroad", "rail"),
        "railroad": ("railway", "railroad", "rail"), "road": ("road", "highway", "motorway")}
BACK = 3  # sentences searched back for the work


def work_lengths(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    out: list[Stat] = []
    for m in WORK_LENGTH_RE.finditer(sv.text):
        noun = (m.group("noun") or m.group("noun2")).lower()
        g = "a" if m.group("a") else "b"
        got = _work(sv, ctx, m.start(), noun)
        if got is not None:
            out.append(Stat(m.start(g), m.end(g), float(m.group(g).replace(",", "")), "km", got[0], "length",
                            why=got[1]))
    return out


def _work(sv: SentenceView, ctx: ArticleContext, pos: int, noun: str) -> tuple[str, str] | None:
    fits = FITS.get(noun, (noun,))
    for mm in ctx.mentions_before(sv, pos, BACK):
        ent = ctx.entity(mm.entity_id)
        if ent is None or ent.type not in ("program", "place"):
            continue
        name = (ent.name + " " + mm.text).lower()
        if any(f in name for f in fits):
            return ent.id, f"'the {noun}' = '{mm.text}', the work named before"
    return None


# a named work (its name, an acronym in brackets, its common noun) as the subject of a verb of
# length or of carrying over a distance: "The X (XP) pipeline is meant to carry 33 bcm a year over
# 1,814 km from A to B", "The X railway runs 523 km from A to B"
_AUX = r"(?:(?:is|was|would|will|could|can)\s+(?:(?:to|meant\s+to|planned\s+to|set\s+to|designed\s+to|expected\s+to)\s+)?)?"
NAMED_WORK_RE = re.compile(r"\)?(?:\s*\([A-Z][\w\-]*\))?(?:\s+(?:gas\s+|oil\s+|rail\s+)?" + _NOUNS + r")?\s+" + _AUX
                           + r"(?:(?:run|runs|ran|stretch|stretches|stretched|extend|extends|extended|span|spans)\s+"
                           r"(?:for\s+)?|(?:carry|carries|carried|transport|transports|transported|deliver|delivers|pump|"
                           r"pumps)\s+[^,;:]{0,60}?\s+(?:over|across)\s+)" + _APPROX + r"(?P<n>" + _N
                           + r")\s*(?:kilomet(?:er|re)s|km)\s+(?:from|between|to|across|through)\b")


def named_work_lengths(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """The length of a work named as the subject of its length or of what it carries ("The X
    pipeline is to carry 33 bcm a year over 1,814 km from A to B"): a programme or place whose
    name, or the noun right after it, is a work's noun."""
    out: list[Stat] = []
    for _a, b, m in sv.mentions_rel():
        ent = ctx.entity(m.entity_id)
        if ent is None or ent.type not in ("program", "place"):
            continue
        wm = NAMED_WORK_RE.match(sv.text, b)
        if wm is None or not (wm.group("noun") or re.search(_NOUNS, (ent.name + " " + m.text).lower())):
            continue
        out.append(Stat(wm.start("n"), wm.end("n"), float(wm.group("n").replace(",", "")), "km", ent.id, "length",
                        why=f"'{m.text}', the work whose length it is"))
    return out
