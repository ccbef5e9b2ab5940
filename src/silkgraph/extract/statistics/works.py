"""Lengths and distances: of borders ("a land border of about 7,600 kilometres"), of named works
("the X canal, a 285-kilometre channel", "The X pipeline is to carry 33 bcm a year over 1,814 km"),
of a work told of its common noun ("the 1,814-kilometre line would carry …", "The line is to run
some 523 km from A to B": the programme or place named before whose name that noun fits), and
weapons' ranges."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.cue_regexes import Cues
from silkgraph.extract.statistics.patterns import DATA, Stat
from silkgraph.extract.statistics.referents import named_before
from silkgraph.model import Entity, Mention

_APPROX = r"(?:(?:about|some|roughly|nearly|around|almost|over|more\s+than|just\s+over|approximately|up\s+to)\s+)?"
_N = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
# a work's length told by a verb: "runs 523 km", "will stretch for 285 km"
_RUNS = DATA["work_length_verbs"] + r"\s+(?:for\s+)?"
_NOUNS = r"(?P<noun>" + DATA["work_length_nouns"] + r")"
WORK_LENGTH_RE = re.compile(
    r"\b[Tt]he\s+(?:" + _APPROX + r"(?P<a>" + _N + r")[\s-](?:kilomet(?:er|re)s?|km)(?:[\s-]long)?\s+"
    r"(?:[a-z][\w\-]*\s+)?" + _NOUNS + r"\b(?!\s+(?:of|from|between)\b)"
    r"|(?:(?:planned|proposed|projected|new|whole|entire|main)\s+)?" + _NOUNS.replace("noun", "noun2") + r"(?:,\s+which)?\s+(?:(?:is|was|would|will)\s+(?:(?:to|meant\s+to|planned\s+to|set\s+to|"
    r"designed\s+to|expected\s+to)\s+)?)?"
    # "the line, which would run for about 573 km", "The pipeline is designed to carry 33 bcm a year over 1,800 km"
    r"(?:" + _RUNS + r"|" + DATA["work_carry_verbs"] + r"\s+[^,;:]{0,60}?\s+(?:over|across)\s+)"
    + _APPROX + r"(?P<b>" + _N + r")\s*(?:kilomet(?:er|re)s|km)\b)")
# the nouns a work's name may carry for each common noun ("the line": a pipeline or a railway)
FITS = {"line": ("pipeline", "line", "railway", "railroad", "rail"), "railway": ("railway", "railroad", "rail"),
        "railroad": ("railway", "railroad", "rail"), "road": ("road", "highway", "motorway")}
BACK = 3  # sentences searched back for the work
WORK_NOUNS: tuple[str, ...] = tuple(DATA["work_nouns"])


def work_noun_alt(plural: bool = False) -> str:
    """The work nouns (``work_nouns`` in ``statistics.yaml``) as one regular-expression group, the
    longest first; with ``plural``, each also in its plural ("pipelines", "rail links")."""
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(WORK_NOUNS, key=len, reverse=True))
    return f"(?:{alt})" + ("s?" if plural else "")


def work_lengths(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """Lengths told of a work's common noun ("the 1,814-kilometre line", "the canal will stretch
    285 km"), the work being the programme or place named before that the noun fits."""
    out: list[Stat] = []
    for m in WORK_LENGTH_RE.finditer(sv.text):
        noun = (m.group("noun") or m.group("noun2")).lower()
        g = "a" if m.group("a") else "b"
        got = work_for_noun(sv, ctx, m.start(), noun)
        if got is not None:
            out.append(Stat(m.start(g), m.end(g), float(m.group(g).replace(",", "")), "km", got[0], "length",
                            why=got[1]))
    return out


def work_for_noun(sv: SentenceView, ctx: ArticleContext, pos: int, noun: str) -> tuple[str, str] | None:
    """The work a common noun stands for ("the line" at ``pos``): the programme or place named
    before ``pos`` (this sentence or the few before it) whose name fits the noun ("the line": a
    pipeline, line, railway …), else the only such work the article named so far; its id and
    how it was found.  None when no work fits."""
    fits = FITS.get(noun, (noun,))
    def fit(ent: Entity, mm: Mention) -> bool:
        return any(f in (ent.name + " " + mm.text).lower() for f in fits)

    got = named_before(ctx, sv, pos, BACK, ("program", "place"), fit)
    if got is not None:
        return got[0].id, f"'the {noun}' = '{got[1].text}', the work named before"
    # named further back (or in another section): the one work of the article so far that fits
    seen = {m.entity_id: m for view in ctx.sentences[:sv.index] for m in view.mentions
            if (e := ctx.entity(m.entity_id)) is not None and e.type in ("program", "place") and fit(e, m)}
    if len(seen) == 1:
        (eid, mm), = seen.items()
        return eid, f"'the {noun}' = '{mm.text}', the only such work named before in the article"
    return None


# a named work (its name, an acronym in brackets, its common noun) as the subject of a verb of
# length or of carrying over a distance: "The X (XP) pipeline is meant to carry 33 bcm a year over
# 1,814 km from A to B", "The X railway runs 523 km from A to B"
_AUX = r"(?:(?:is|was|would|will|could|can)\s+(?:(?:to|meant\s+to|planned\s+to|set\s+to|designed\s+to|expected\s+to)\s+)?)?"
# (its noun in any case: "The X Highway stretches …"; the verb also as a participle after a comma:
# "the X railway, spanning some 480 km, …"; the length closing the clause: "will cover 870 km once …")
NAMED_WORK_RE = re.compile(r"\)?(?:\s*\([A-Z][\w\-]*\))?(?:\s+(?i:(?:gas\s+|oil\s+|rail\s+)?" + _NOUNS + r"))?(?:,\s+(?:which\s+)?|\s+)"
                           + _AUX + r"(?:" + _RUNS + r"|" + DATA["work_carry_verbs"] + r"\s+[^,;:]{0,60}?\s+(?:over|across)\s+)" + _APPROX
                           + r"(?P<n>" + _N + r")\s*(?:kilomet(?:er|re)s|km)(?:\s+(?:from|between|to|across|through|along|of|in|under|once|when)\b"
                           r"|\s*[,.;)]|\s*$)")


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


def lengths(sv: SentenceView, ctx: ArticleContext, c: Cues) -> list[Stat]:
    """Every length and distance told in the sentence (of borders, works, weapons' ranges)."""
    return border_lengths(sv, ctx) + _appositive_lengths(sv, ctx, c) + work_lengths(sv, ctx) \
        + named_work_lengths(sv, ctx) + _part_lengths(sv, ctx) + _strip_lengths(sv, ctx) + _weapon_ranges(sv, ctx)


# the length of a part of a named work, told before the work: "the first 108-kilometre section of
# the X canal", "310 kilometres of the X railway" (a section's length is a figure of its work)
PART_OF_RE = re.compile(r"(?:\b(?:the|its|a|an)\s+(?:(?:first|second|third|last|final|new|initial|remaining|northern|southern|"
                        r"eastern|western|(?-i:[A-Z])[\w\-]*)\s+)?" + _APPROX + r"(?P<a>" + _N + r")[\s-](?:kilomet(?:er|re)s?|km)"
                        r"(?:[\s-]long)?\s+(?:(?-i:[A-Z])[\w\-]*\s+)?" + DATA["work_part_nouns"]
                        + r"|(?<![\w,.-])" + _APPROX + r"(?P<b>" + _N + r")\s*(?:kilomet(?:er|re)s|km))\s+of\s+(?:the\s+)?$", re.I)


def _part_lengths(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """The length of a part of a work named right after "of" ("the first 108-km section of the X
    canal", "310 km of the X railway"): a programme or place whose name, or the noun after it, is
    a work's noun."""
    out: list[Stat] = []
    for a, b, m in sv.mentions_rel():
        ent = ctx.entity(m.entity_id)
        if ent is None or ent.type not in ("program", "place"):
            continue
        pm = PART_OF_RE.search(sv.text, max(0, a - 90), a)
        tail = re.match(r"\s+(?i:(?:gas\s+|oil\s+|rail\s+)?" + _NOUNS + r")\b", sv.text[b:])
        if pm is None or not (tail or re.search(_NOUNS, (ent.name + " " + m.text).lower())):
            continue
        g = "a" if pm.group("a") else "b"
        if g == "b" and DISTANCE_BEFORE_RE.search(sv.text, max(0, pm.start() - 30), pm.start()):
            continue  # "villages within 10 km of the X canal": a distance from it
        out.append(Stat(pm.start(g), pm.end(g), _km(pm.group(g)), "km", ent.id, "length",
                        why=f"'{m.text}', the work the part belongs to"))
    return out


# a distance from a border, not its length: "within 10 km of the border", "up to 5 km of the frontier"
DISTANCE_BEFORE_RE = re.compile(r"(?<![\w-])(?:within|inside|up\s+to)\s+" + P.LENGTH_APPROX + r"$", re.I)


def border_lengths(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """The length of a border ("a land border of about 7,600 kilometres", "the border with X,
    804 km long"); its own place when its name follows ("…, known as the X Line")."""
    out: list[Stat] = []
    for m in P.LENGTH_RE.finditer(sv.text):
        g = next(k for k in ("n", "m", "k", "l", "q") if m.group(k))
        if g == "m" and DISTANCE_BEFORE_RE.search(sv.text, max(0, m.start(g) - 30), m.start(g)):
            continue  # "villages within 10 km of the border": a distance from it, not its length
        named = _named_border(sv, ctx, m.end())
        out.append(Stat(m.start(g), m.end(g), float(re.sub(r"[^\d.]", "", m.group(g).split()[0])), "km",
                        named, "length" if named else None, why="the border's own name, given after it" if named else None))
    return out


def _named_border(sv: SentenceView, ctx: ArticleContext, end: int) -> str | None:
    """"the 2,600-kilometre frontier, known as the X Line": the border named right after its length."""
    km = P.KNOWN_AS_RE.match(sv.text, end)
    if km is None:
        return None
    return next((m.entity_id for a, _b, m in sv.mentions_rel() if a == km.end() and ctx.etype(m.entity_id) == "place"), None)


def _appositive_lengths(sv: SentenceView, ctx: ArticleContext, c: Cues) -> list[Stat]:
    """The length of a named work (a place or programme): "the X canal, a 285-kilometre channel",
    "the X Corridor (XC), a 7,200-km network", "the 1,800-km X pipeline"."""
    out: list[Stat] = []
    text = sv.text
    for a, b, m in sv.mentions_rel():
        if ctx.etype(m.entity_id) not in ("place", "program"):
            continue
        ap = c.infra_appos.match(text, b)
        if ap is not None:
            out.append(Stat(ap.start("n"), ap.end("n"), _km(ap.group("n")), "km", m.entity_id, "length"))
            continue
        bf = c.infra_before.search(text, max(0, a - 40), a)
        if bf is not None and bf.end() == a and (c.infra_noun.search(text[a:b]) or c.infra_noun.match(text, b)):
            out.append(Stat(bf.start("n"), bf.end("n"), _km(bf.group("n")), "km", m.entity_id, "length"))
    return out


# "the X Corridor, a narrow strip of roughly 350 kilometres": a place's extent in apposition
STRIP_APPOS_RE = re.compile(r",\s+an?\s+(?:[a-z][\w\-]*\s+){0,2}?(?:strip|stretch|belt|ribbon|sliver)\s+of\s+(?:land\s+)?"
                            + _APPROX + r"(?P<n>" + _N + r")\s*(?:kilomet(?:er|re)s|km)\b")


def _strip_lengths(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """"the X Corridor, a narrow strip of roughly 350 kilometres": the length of the place named
    right before the apposition."""
    out: list[Stat] = []
    for _a, b, m in sv.mentions_rel():
        sm = STRIP_APPOS_RE.match(sv.text, b) if ctx.etype(m.entity_id) == "place" else None
        if sm is not None:
            out.append(Stat(sm.start("n"), sm.end("n"), _km(sm.group("n")), "km", m.entity_id, "length"))
    return out


def _weapon_ranges(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """A weapon's range, told of the weapon system named just before it ("the X, a missile with
    a range of about 120 kilometres", "the X has a range of 300 km")."""
    out: list[Stat] = []
    for m in P.RANGE_RE.finditer(sv.text) if "range" in sv.text or "away" in sv.text else ():
        owner = [mm for a, b, mm in sv.mentions_rel() if b <= m.start() and m.start() - b <= 60
                 and ctx.etype(mm.entity_id) == "weapon_system" and not re.search(r"[;:()]", sv.text[b:m.start()])]
        g = "n" if m.group("n") else "a"
        if owner:  # "the X, a missile with a range of 120 km", "the X can reach targets 2,750 km away"
            out.append(Stat(m.start(g), m.end(g), _km(m.group(g)), "km", owner[0 if g == "a" else -1].entity_id, "range"))
    return out


def _km(raw: str) -> float:
    """A length written with thousands commas ("1,814"), as a number."""
    return float(raw.replace(",", ""))
