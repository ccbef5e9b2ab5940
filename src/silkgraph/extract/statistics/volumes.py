"""Volumes of goods: gas in billion cubic metres ("33 billion cubic metres a year", "12.9 bcm")
and cargo, oil or grain in tonnes ("4.5 million tonnes of cargo", "five million tonnes a year").

A volume is a statistic of what carries, handles, sells, buys or produces it. Besides the clause's
own actor (found by the common subject finders), the carrier may be:

* a work named right before the verb of carrying ("The X pipeline is meant to carry 33 bcm",
  "the X Port, which handled 2 million tonnes"), or told by its common noun ("the line would
  carry …": the programme or place named before whose name fits the noun, ``works``);
* the state whose demonym qualifies the goods after the figure ("up to 2 bcm a year of Turkmen
  gas would reach Y").

Tonnes are kept only when a work carries them or a state is the subject of the verb of trading
right before them ("Kazakhstan exported 70.5 million tonnes": its own goods); goods of a state told
otherwise and a speaker's estimate of cargo are too loosely tied to a carrier. A state's own measure
told with its possessive right before the level it stands at is that state's too, whatever verb
ties them ("X's grain harvest reached 17 million tonnes", "put X's gas reserves at 13.6 trillion
cubic metres"): the possessive, not a sample noun, says whose it is. Gas told in other scales of
cubic metres ("13.6 trillion cubic metres") is kept in plain cubic metres (m3) under the same
rule as tonnes (a named carrier or owner). Tonnes written as a premodifier ("a 50,000-tonne
consignment", "a 4,000-tonne frigate") are left out: they measure a thing, not a flow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.patterns import DATA, YEAR_RE, Stat
from silkgraph.extract.statistics.referents import nearest_before
from silkgraph.extract.statistics.works import work_for_noun, work_noun_alt
from silkgraph.nlp.numbers import SCALE, WORD_NUMBERS

# number words ("five million tonnes"; not "a"/"an", which read as "one" elsewhere)
_WORDS = "|".join(sorted((w for w in WORD_NUMBERS if " " not in w and w not in ("a", "an")), key=len, reverse=True))
_N = r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + _WORDS + r")"
# "33 billion cubic metres", "30 to 35 billion cubic metres" (the lower bound), "12.9 bcm",
# "4.5 million tonnes", "100 tonnes" (not "a 50,000-tonne consignment": no hyphen before the unit)
VOLUME_RE = re.compile(r"(?<![\w\-.,$€£])" + _N + r"(?:\s*(?:to|-|–)\s*\d+(?:\.\d+)?)?\s+(?:(?P<s>trillion|billion|million|thousand)\s+)?"
                       r"(?P<u>cubic\s+met(?:re|er)s|bcm|tonnes|tons|metric\s+tons)\b(?![\-/]\w)", re.I)
GATE = ("bcm", "cubic", "tonnes", "tons")
VOLUME_UNITS = ("bcm", "t", "m3")

# the verb of carrying, handling or trading right before the figure (its carrier is named before it)
CARRY_BEFORE_RE = re.compile(r"\b(?:" + DATA["volume_verbs"] + r")\s+(?:(?:" + DATA["gap_hedges"] + r"|up\s+to|as\s+much\s+as|no\s+more\s+than)\s+)?$",
                             re.I)
# a work's common noun as the subject: "the line would carry", "The pipeline is designed to carry"
WORK_NOUN_RE = re.compile(r"\b[Tt]he\s+(?:[\w\-,]+\s+){0,2}?(?P<noun>" + work_noun_alt() + ")"
                          r"(?:,\s+which)?\s+(?:(?:is|was|were|would|will|could|can|has|had|have)\s+)?"
                          r"(?:(?:be\s+|been\s+)?(?:meant|designed|planned|set|expected|able|built)\s+to\s+)?$")
# the goods a demonym qualifies after the figure: "2 bcm a year of Turkmen gas"
OF_GOODS_RE = re.compile(r"\s+(?:(?:a|per)\s+year\s+)?of\s+(?P<who>[A-Z][\w\-]+)\s+(?:" + DATA["volume_goods"] + r")\b")
# a named work's nouns (the mention's name, or the word after it): "the X pipeline"
_WORK_WORDS = re.compile(r"\b" + work_noun_alt(plural=True) + r"\b", re.I)
# tonnes fewer than this are a shipment or a load ("15 tonnes of food"), not a measure of a flow
MIN_TONNES = 100_000
# "the port of X handled …": X named as a work by the noun before it
PORT_OF_RE = re.compile(r"\b(?:port|terminal|harbou?r)\s+of\s+$", re.I)
NEAR = 90  # characters before the verb a named carrier may stand
# more volumes than this in one sentence make a table, not figures told of their carriers (and each
# figure's carrier and subject search rescans the sentence: a long run would be quadratic)
MAX_VOLUMES = 8


def volumes(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """The sentence's volumes of gas (bcm) and goods (tonnes), each with its carrier when named."""
    low = sv.low if sv.low is not None else sv.text.lower()
    if not any(g in low for g in GATE):
        return []
    out: list[Stat] = []
    found = list(VOLUME_RE.finditer(sv.text))
    if len(found) > MAX_VOLUMES:
        return []
    for m in found:
        raw = m.group("n").replace(",", "")
        if YEAR_RE.fullmatch(raw):
            continue
        base = float(WORD_NUMBERS[raw.lower()]) if raw.lower() in WORD_NUMBERS else float(raw)
        scale, unit = (m.group("s") or "").lower(), m.group("u").lower()
        if unit == "bcm":
            value, unit = base * (SCALE[scale] / 1e9 if scale else 1.0), "bcm"
        elif unit.startswith("cubic"):
            # billions as bcm; other scales in plain cubic metres ("13.6 trillion cubic metres")
            value, unit = (base, "bcm") if scale == "billion" else (base * SCALE.get(scale, 1.0), "m3")
        else:
            value, unit = base * SCALE.get(scale, 1.0), "t"
        own = _possessive_owner(sv, ctx, m.start(), m.end())
        if unit == "t" and value < MIN_TONNES and (own is None or not own.stock):
            continue  # "five trucks carrying 100 tonnes of food": a shipment, not a flow (a stock may be small)
        carrier = _carrier(sv, ctx, m.start())
        owner = (own.state, own.why) if own is not None and carrier is None else None
        if unit in ("t", "m3"):
            # tonnes of a work, or of the state trading them; not of a state whose goods they are
            # ("… of Russian wheat": whose the figure is, the sentence's buyer or a target, is open)
            hint = carrier if carrier is not None and ctx.etype(carrier[0]) in ("program", "place") \
                else owner or _trading_state(sv, ctx, m.start())
            if unit == "m3" and hint is None:
                hint = _goods_owner(sv, ctx, m.end())
            if hint is None:
                continue  # tonnes told of no work: a target or an estimate whose carrier the sentence leaves open
        else:
            hint = carrier or owner or _goods_owner(sv, ctx, m.end()) or _trading_state(sv, ctx, m.start())
        out.append(Stat(m.start("n"), m.end(), value, unit, hint[0] if hint else None,
                        noun=own.measure if owner is not None and hint == owner else None,
                        why=hint[1] if hint else None))
    return out


def _carrier(sv: SentenceView, ctx: ArticleContext, pos: int) -> tuple[str, str] | None:
    """The work that carries the volume at ``pos``: named before the verb of carrying ("The X
    pipeline is to carry", "the X port, which handled"), else told by its common noun."""
    text = sv.text
    vm = CARRY_BEFORE_RE.search(text, max(0, pos - 40), pos)
    if vm is None:
        return None
    lo = max(0, vm.start() - NEAR, text.rfind(";", 0, vm.start()) + 1)
    for a, b, m in reversed(sv.mentions_rel()):
        if b > vm.start() or a < lo:
            continue
        ent = ctx.entity(m.entity_id)
        if ent is not None and ent.type in ("program", "place") \
                and (_WORK_WORDS.search(ent.name + " " + m.text) or _WORK_WORDS.match(text, b + 1)
                     or PORT_OF_RE.search(text, max(0, a - 20), a)):
            return ent.id, f"'{m.text}', the work that carries it"
        break  # the nearest actor before the verb is no work: the common subject finders decide
    wm = WORK_NOUN_RE.search(text, max(0, vm.start() - 60), vm.start())
    if wm is not None:
        return work_for_noun(sv, ctx, wm.start(), wm.group("noun").lower())
    return None


# a state's own measure ("X's grain harvest", "X's proven gas reserves"): a possessive and up to four
# lower-case words of the noun phrase, then the verb of its level right before the figure
# ("reached", "amounted to"), or the verb of an estimate before it and "at" ("put X's reserves at");
# the noun phrase's head must be a noun of a level (output, reserves, exports; not a target or a plan)
_NP = r"['’]s\s+(?P<np>(?:[a-z][\w\-]*\s+){0,3}(?P<head>[a-z][\w\-]*))\s+"
_HEDGE = r"(?:(?:" + DATA["gap_hedges"] + r")\s+)?"
LEVEL_AFTER_RE = re.compile(_NP + r"(?:" + DATA["level_verbs"] + r")\s+" + _HEDGE + r"$")
ESTIMATE_AFTER_RE = re.compile(_NP + r"at\s+" + _HEDGE + r"$")
ESTIMATE_BEFORE_RE = re.compile(r"\b(?:" + DATA["estimate_verbs"] + r")\s+(?:the\s+)?$", re.I)
LEVEL_NOUN_RE = re.compile(r"(?:" + DATA["level_nouns"] + r")")
STOCK_NOUN_RE = re.compile(r"(?:" + DATA["stock_nouns"] + r")")
# "500,000 tonnes short of demand", "2 bcm below the target": a difference, not the level
DIFFERENCE_TAIL_RE = re.compile(r"\s+(?:" + DATA["difference_tails"] + r")\b", re.I)


@dataclass(frozen=True)
class OwnMeasure:
    """A state's own measure told with its possessive: whose it is, why, its noun phrase, a stock or not."""

    state: str
    why: str
    measure: str
    stock: bool


def _possessive_owner(sv: SentenceView, ctx: ArticleContext, pos: int, end: int) -> OwnMeasure | None:
    """"X's grain harvest reached 17 million tonnes", "put X's proven gas reserves at 13.6 trillion
    cubic metres": the state whose possessive heads the noun phrase of the measure told right
    before the figure (nothing but that noun phrase and its verb between them), when its head is
    a noun of a level and the figure is no difference from another level."""
    text = sv.text
    if DIFFERENCE_TAIL_RE.match(text, end) is not None:
        return None
    if (near := nearest_before(sv, pos)) is None:
        return None
    a, b, m = near
    if pos - b > 70 or m.kind == "demonym" or ctx.etype(m.entity_id) != "state":
        return None
    np = LEVEL_AFTER_RE.fullmatch(text, b, pos)
    if np is None and ESTIMATE_BEFORE_RE.search(text, max(0, a - 30), a) is not None:
        np = ESTIMATE_AFTER_RE.fullmatch(text, b, pos)
    if np is None or LEVEL_NOUN_RE.fullmatch(np.group("head")) is None:
        return None
    return OwnMeasure(m.entity_id, f"'{m.text}', the state whose own measure it is (its possessive)",
                      np.group("np"), STOCK_NOUN_RE.fullmatch(np.group("head")) is not None)


# the gap between a state and its verb of trading: nothing but adverbs ("Kazakhstan also exported")
TRADER_GAP_RE = re.compile(r"\s+(?:(?:also|still|alone|then|now|\w+ly)\s+)*")


def _trading_state(sv: SentenceView, ctx: ArticleContext, pos: int) -> tuple[str, str] | None:
    """"Kazakhstan exported 70.5 million tonnes of crude": the state that is the subject of the
    verb of trading or producing right before the volume (the state's own goods)."""
    text = sv.text
    vm = CARRY_BEFORE_RE.search(text, max(0, pos - 40), pos)
    if vm is None:
        return None
    for _a, b, m in reversed(sv.mentions_rel()):
        if b > vm.start():
            continue
        if b < vm.start() and TRADER_GAP_RE.fullmatch(text, b, vm.start()) and m.kind != "demonym" \
                and m.role != "place" and ctx.etype(m.entity_id) == "state":
            return m.entity_id, f"'{m.text}', the state that trades or produces it"
        return None
    return None


def _goods_owner(sv: SentenceView, ctx: ArticleContext, end: int) -> tuple[str, str] | None:
    """"2 bcm a year of Turkmen gas": the state whose demonym qualifies the goods."""
    gm = OF_GOODS_RE.match(sv.text, end)
    if gm is None:
        return None
    for a, _b, m in sv.mentions_rel():
        if a == gm.start("who") and ctx.etype(m.entity_id) == "state":
            return m.entity_id, f"'{m.text}' {gm.group(0).split()[-1]}: that state's goods"
    return None
