"""Tying items to transfer triggers: clauses, chained and passive hits, status cues (a trigger
after the system, a participle or an object relative: ``passive_hits``)."""

from __future__ import annotations

import re
from dataclasses import replace

from silkgraph.extract.context import SentenceView
from silkgraph.extract.transfers.asides import new_party_between, strip_list_asides
from silkgraph.extract.transfers.clauses import _same_clause
from silkgraph.extract.transfers.deal_contents import governing_hit
from silkgraph.extract.transfers.lexicon import Lexicon, lexicon
from silkgraph.extract.transfers.model import Hit, Item
from silkgraph.extract.transfers.own_price import strip_prices
from silkgraph.extract.transfers.participles import has_own_agent, modifies_other
from silkgraph.extract.transfers.passive_hits import _passive_hit
from silkgraph.extract.transfers.patterns import (
    COUNT_QUALIFIER_RE,
    REL_ASIDE_RE,
    STRONG_BOUNDARY_RE,
)
from silkgraph.extract.transfers.with_goods import TOGETHER_RE, listed_with, under_deal_adjunct
from silkgraph.nlp.count_words import count_alt
from silkgraph.nlp.prefilter import lower_for_gates

MAX_GAP = 90  # characters between a trigger and its system
MAX_GAP_USE = 45  # "use"/"took" verbs: the system must follow closely

# between two listed systems: the first one's head noun, a separator, the next one's count
LIST_GAP_RE = re.compile(r"[\s\w\-’']{0,40}?\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s(?:and|as\s+well\s+as|plus)\s+)"
                         r"(?:(?:the|its|some|another|further|\w+(?:[\s-]\w+)?)\s+){0,2}")
# participles describing the goods themselves ("nine modernised S") are no blockers
DESCRIBED_RE = re.compile(r"\b(?:moderni[sz]ed|upgraded|refurbished|overhauled|second-hand|used)\s+"
                          r"(?:[\w\-]+\s+)?$", re.I)
# a participial aside closing a listed system's noun phrase: "two S, delivered that year, two T, …"
# (hyphenated too: "S, co-developed with Z, and T")
PART_ASIDE_RE = re.compile(r",\s*(?:(?:all|both|each|most|first|later|then|since|\w+ly)\s+)?(?:[a-z]+-)?[a-z]+ed(?:\s+over)?\b"
                           r"[^,;:]{0,40}(?=,)")
# a dated participle closing the previous item before the list's comma ("eight S systems
# delivered in 2022 and 2023, and T"): the previous goods' own fate (its date blanked)
REDUCED_DATED_RE = re.compile(r"(?<=[a-z])\s+(?:delivered|ordered|received|supplied|bought|acquired|commissioned|"
                              r"handed\s+over)(?:\s+(?:and|or|in|between|since|from|during|by))*\s*(?=,)")
# the head noun of the system's noun phrase (no auxiliary, no clause break) before a participle
REDUCED_GAP_RE = re.compile(r"(?:\s+(?!(?:was|were|is|are|been|being|be|has|have|had|which|that)\b)[\w\-’']+){0,3}\s+", re.I)
# the system as the direct object of the verb before it: "inducted twelve S", "flies the new S"
OBJECT_GAP_RE = re.compile(r"(?:\s+(?!(?:from|to|in|of|for|with|by|at|on|than|over|into|under)\b)[\w\-’'$.]+){0,5}\s*", re.I)
PLATFORM_WITH_RE = re.compile(r"(?:armed|equipped|fitted|outfitted|retrofitted)\b", re.I)
ASIDE_QUANT_RE = re.compile(r",\s(?:all|both|each|most|some|later|since)\s+$", re.I)
TOOK_OVER_GOODS_RE = re.compile(r"\s+over\s+(?:\d{1,4}|" + count_alt(2, 12, 20, 30) + r"|several|some|dozens)\b(?=[^.;]{0,60}?\bfrom\b)", re.I)
# what is left of a blanked-out time expression: "in ," / "a year later"
DATE_REST_RE = re.compile(r"\b(?:in|on|by|during|since)\s+(?=\s*(?:,|and\b|$))|\b(?:a|" + count_alt(1, 3)
                          + r")\s+years?\s+later\b")
LIST_JOIN_RE = re.compile(r"(?:,|\band|\bor|\bas well as|\bplus|\b(?:together|along)\s+with)\s+(?:the\s+|its\s+|[\w’'\-]+['’]s\s+)?$")


def blank_dates(sv: SentenceView, lo: int, hi: int) -> str:
    """``sv.text[lo:hi]`` with its time expressions ("in 2018", "a year later") blanked out."""
    chars = list(sv.text[lo:hi])
    for d in sv.dates:
        a, b = sv.rel(d.start), sv.rel(d.end)
        for i in range(max(a, lo), min(b, hi)):
            chars[i - lo] = " "
    return DATE_REST_RE.sub(" ", "".join(chars))


# a relative clause closing a listed system's noun phrase before the next conjunct (no transfer verb
# of its own is looked for here: "the S drones that became the emblem of the war, 22 T …")
LIST_RELATIVE_RE = re.compile(r"\s(?:that|which)\s+(?!(?:\w+\s+){0,2}(?:sold|supplied|delivered|bought|ordered|"
                              r"received|acquired|purchased|gave|donated|transferred)\b)[^,;:()]{1,60}(?=,)")
SPACES_RE = re.compile(r"\s{2,}(?=\S)")  # the gap a removed qualifier leaves
# a preposition between two systems: they are not one list ("S of T", "S from X")
OBLIQUE_WORD_RE = re.compile(r"(?<![-\w])(?:of|from|to|by|for|with|at|on|against)(?![-\w])")


def _listed_pair(sv: SentenceView, p: Item, it: Item, items: list[Item]) -> bool:
    """Whether ``it`` is listed right after ``p`` (asides of ``p`` left out)."""
    if new_party_between(sv.text, sv.mentions_rel(), p.end, it.start):
        return False
    between = strip_list_asides(blank_dates(sv, p.end, it.start))
    if "," in between:
        between = REDUCED_DATED_RE.sub("", PART_ASIDE_RE.sub("", between))
    if "with" in between or "alongside" in between or "as well as" in between:  # "S, together with T": a list
        if listed_with(sv, p, it, between):
            return True  # "S to Y along with T", "an S system with 40 T missiles": T came with S
        between = TOGETHER_RE.sub(" and", between)
    if ("that " in between or "which " in between) and "," in between:
        between = LIST_RELATIVE_RE.sub(" ", between)  # "the S drones that became the emblem of the war, 22 T"
    if " at " in between or "than " in between or " of " in between or "up to" in between:
        between = SPACES_RE.sub(" ", COUNT_QUALIFIER_RE.sub(" ", between))  # "… and at least two T"
    between = strip_prices(between)  # "two S for US$ 80 million and 16 T": each priced in the list
    m = LIST_GAP_RE.fullmatch(between)
    if not m or OBLIQUE_WORD_RE.search(between) \
            or lexicon().blockers.search(between):
        return False
    if not re.search(r"\b(?:and|plus)\b|as\s+well\s+as", between):
        # a bare comma lists only when the list goes on to the next system
        later = [o for o in items if o.start >= it.end]
        nxt = strip_list_asides(blank_dates(sv, it.end, later[0].start)) if later else ""
        if "," in nxt:
            nxt = LIST_RELATIVE_RE.sub(" ", PART_ASIDE_RE.sub("", nxt))
        nxt = strip_prices(nxt)  # "S, 12 T for some $60 million, and 30 U": each priced in the list
        if not later or not LIST_GAP_RE.fullmatch(nxt) \
                or OBLIQUE_WORD_RE.search(nxt):
            return False
    return not (len(sv.text[p.end:it.start]) > 80 or STRONG_BOUNDARY_RE.search(sv.text, p.end, it.start)
                and not re.search(r",\s*and\s+(?:\w+\s+){0,2}$", between))


def _false_trigger(text: str, a: int, b: int) -> bool:
    w = text[a:b].lower()
    after = text[b:b + 12].lower()
    before = text[max(0, a - 10):a].lower()
    if w.startswith("order") and (before.endswith("in ") or after.startswith(" to")):
        return True  # "in order to"
    if w in ("use", "used", "uses") and (after.startswith(" to ") or after.startswith(" of")):
        return True  # "used to", "use of"
    if w in ("took", "takes", "taken") and re.match(r"\s+(?:part|place|office|power|control|over|note|"
                                          r"steps?|action|responsibility)\b", after):
        # … but "took over four S batteries from X": goods handed over
        return not TOOK_OVER_GOODS_RE.match(text, b)
    return False


def _hit_for(text: str, it: Item, items: list[Item], hits: list[Hit], bounds: list[int],
             lex: Lexicon) -> Hit | None:
    passive = _passive_hit(text, it, hits)
    if passive is not None and passive.rel and any(it.end <= o.start and o.end <= passive.start
                                                   and not _coordinated(text[it.end:o.start]) for o in items):
        passive = None  # "S join a fleet guarded by T that X delivered": the relative clause is T's
    # a participial aside after the system ("X sold Y S, delivered in 2022") only dates the goods
    # of an active verb before it in the clause; that verb says who the parties are
    aside = passive is not None and not passive.rel and not passive.trig.after \
        and text[it.end:passive.start].rstrip().endswith(",") \
        and not re.match(r"\s*by\b", text[passive.end:passive.end + 6])
    fate = passive is not None and passive.trig.status == "cancelled" and not passive.rel
    reduced = passive is not None and not aside and not fate and (
        _reduced_relative(text, it, passive) or _relative_after(text, it, passive))
    own = passive is not None and passive.rel and PRONOUN_REL_RE.search(text, it.end, passive.start) is not None
    if passive is not None and not aside and not fate and not reduced and not own:
        return passive
    best: Hit | None = None
    for h in hits:
        if h.trig.after or h.end > it.start:
            continue
        gap = text[h.end:it.start]
        limit = MAX_GAP_USE if h.trig.role == "use" or text[h.start:h.end].lower() in ("took", "takes") \
            else MAX_GAP
        if len(gap) > limit or not _same_clause(bounds, h.end, it.start) \
                or lex.blockers.search(DESCRIBED_RE.sub("", gap)):
            continue
        if not _listed_after(text, it, items, h.end) or under_deal_adjunct(text, h, gap):
            continue
        if _aside_of_previous(text, h, items) or "," in gap and _inside_aside(text, h, it.start) \
                or modifies_other(text, h, it, items):
            continue  # "two S, delivered in 2022, two T": S's participle, not T's verb
        if best is None or h.end > best.end or (h.end == best.end and h.start < best.start):
            best = h
    if best is not None and (gov := governing_hit(text, best, hits)) is not None:
        best = gov  # "X delivered a package that included S": the verb governing the deal tells it
    if own and (best is None or best.trig.nominal or best.trig.role != "buy" or best.trig.status != "delivered"):
        return passive  # "Y received the S it ordered from X": the main verb's delivery, else the relative's
    if aside and (best is None or best.trig.nominal or best.trig.role not in ("buy", "sell")):
        return passive
    if reduced and (best is None or best.trig.nominal or best.trig.role not in ("buy", "use")
                    and not (passive.trig.after and best.trig.role == "sell")  # type: ignore[union-attr]
                    and not (best.trig.role == "sell" and not has_own_agent(text, passive))  # type: ignore[arg-type]
                    or not OBJECT_GAP_RE.fullmatch(text, best.end, it.start)
                    or PLATFORM_WITH_RE.match(text, best.start)):  # "armed with S bought …": the platform's
        return passive
    if fate and best is not None and best.trig.nominal and best.trig.role == "sell" \
            and _same_clause(bounds, best.end, passive.start):  # type: ignore[union-attr]
        # "Deliveries of S to Y were halted": the noun's parties, the passive's fate
        return replace(best, trig=replace(best.trig, status="cancelled"))
    if fate and not aside:
        return passive
    return best


# an object relative whose subject is a pronoun for the main clause's subject: "S it ordered"
PRONOUN_REL_RE = re.compile(r"\s(?:it|they)\s+(?:(?:had|has|have|later|then|also|first|\w+ly)\s+)*$")


def _coordinated(between: str) -> bool:
    """Whether two systems are listed ("S and T that X sold"), not the second one an oblique's."""
    return bool(re.search(r",|\b(?:and|or|plus)\b|as\s+well\s+as", between)) and not OBLIQUE_WORD_RE.search(between)


# a plain participle of making with its place, no licence and no "locally": "built in X"
MADE_IN_RE = re.compile(r"(?:produced|assembled|built|manufactured)\s+in", re.I)


def _reduced_relative(text: str, it: Item, passive: Hit) -> bool:
    """A past participle right after the system's noun phrase, with no auxiliary before it,
    modifies the object of the clause's main verb: "Y flies S bought from X", "Y operates S
    donated by X" (the main verb, when it buys or uses, says who holds S and how far)."""
    if not passive.rel and passive.trig.role == "licence" and passive.trig.after and MADE_IN_RE.fullmatch(
            text, passive.start, passive.end) and REDUCED_GAP_RE.fullmatch(text[it.end:passive.start]):
        return True  # "Y inducted four S frigates built in X": where the maker built them, no licence
    if passive.rel or passive.trig.after or passive.trig.role not in ("buy", "sell"):
        return False
    gap = text[it.end:passive.start]
    return bool(REDUCED_GAP_RE.fullmatch(gap))


def _relative_after(text: str, it: Item, h: Hit) -> bool:
    """"X sold Y S, which entered service in 2023": an arrival or service verb in a relative
    clause after the object of the clause's main verb (that verb names the parties)."""
    return h.trig.after and bool(re.search(r",\s*(?:which|that)\b", text[it.end:h.start]))


TOGETHER_WITH_RE = re.compile(r"\s(?:together|along)\s+with(?=\s)")
# the first of two coordinated participles opening an aside: ", all ordered in 2015 and delivered"
COORD_ASIDE_RE = re.compile(r",\s(?:(?:all|both|each|most)\s+)?[a-z]+ed\b[^,;()]{0,40}?\band\s+$")


# a counted object right after a verb: "…, received 109 T", "…, took delivery of two T" (a finite verb of
# a coordinated predicate: a participle of a passive aside takes no object)
OWN_OBJECT_RE = re.compile(r"\s+(?:\d[\d,]*|" + count_alt(2, 12, 15, 20, 30, 40, 50) + r")\s+(?!percent\b|per\s+cent\b|%)"
                           r"(?!(?:years?|months?|weeks?|days?|later|earlier|of\s+(?:them|which))\b)", re.I)


def _aside_of_previous(text: str, h: Hit, items: list[Item]) -> bool:
    """A past participle opening an aside right after another system's noun phrase."""
    q = ASIDE_QUANT_RE.search(text, max(0, h.start - 12), h.start)  # "…, all ordered in 2019, …"
    start = q.start() + 2 if q is not None else h.start
    if q is None and text[max(0, h.start - 5):h.start].endswith("and "):
        c = COORD_ASIDE_RE.search(text, max(0, h.start - 60), h.start)  # "…, ordered in 2015 and delivered …"
        start = c.start() + 2 if c is not None else start
    if not text[h.start:h.end].lower().endswith(("ed", "ed over")) or text[max(0, start - 2):start] != ", ":
        return False
    if q is None and OWN_OBJECT_RE.match(text, h.end):
        return False  # "Y bought S in 2020, received 109 T in 2022": a verb with its own object, no participle
    if any(not text[m.end():start].strip() for m in REL_ASIDE_RE.finditer(text, 0, start)):
        return False  # "Y, which had flown S since 2015, received T": the main verb after a relative aside
    return any(o.end <= start and re.fullmatch(r"[\s\w\-’']{0,30},\s*", text[o.end:start]) for o in items)


def _inside_aside(text: str, h: Hit, upto: int) -> bool:
    """A verb inside a participial aside closed before the goods ("S, believed to be the first
    of its type exported, together with T"): the aside's own word, not T's verb."""
    for m in PART_ASIDE_RE.finditer(text, max(0, h.start - 60), upto):
        head = re.match(r",\s*(?:\w+\s+)?[a-z]+ed\b", text[m.start():m.end()])
        if head is not None and m.start() + head.end() <= h.start and h.end <= m.end():
            return True
    return False


def _listed_after(text: str, it: Item, items: list[Item], lo: int) -> bool:
    """No other system between ``lo`` and ``it`` unless ``it`` is listed after it
    ("FM-90 and KS-1C", "Gökdoğan … (BVRAAM) and Bozdoğan")."""
    prev = [o for o in items if lo <= o.start and o.end <= it.start and o is not it]
    if not prev:
        return True
    between = text[prev[-1].end:it.start]
    if "with" in between:  # "S together with T": a list's join, not a preposition
        between = TOGETHER_WITH_RE.sub(" and", between)
    between = _strip_item_count(between)
    if re.search(r"(?<![-\w])(?:in|of|from|to|by|for|with|at|on)(?![-\w])|\d", between):
        return False
    return len(between) <= 80 and bool(LIST_JOIN_RE.search(between))


# each conjunct of a list with its own date and count: "26 S in 2016, three T in 2017 and four U"
# (the previous item's date after its head noun, the next item's count and modifiers before it)
ITEM_DATE_RE = re.compile(r"^((?:\s+[a-z][\w\-]*){0,2}?)\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d"
                          r"(?:\s*[–-]\s*\d{2,4})?(?=\s*(?:,|and\b))")
ITEM_COUNT_RE = re.compile(r"(?<=[,d])\s+(?:(?:some|about|around|nearly|another|a\s+further|at\s+least|up\s+to)\s+)?"
                           r"(?:\d[\d,]*|" + count_alt(2, 12, 20, 30, 40, 50) + r"|a\s+dozen)"
                           r"\s+(?:(?!(?:of|from|to|in|by|for|with|at|on)\b)[a-z][\w\-]*\s+){0,2}$", re.I)


def _strip_item_count(between: str) -> str:
    """The gap between two listed items without the first one's own date and the second one's
    own count ("… vehicles in 2016, 12 " reads as "… vehicles, "): each conjunct keeps its own."""
    if not any(c.isdigit() for c in between) and " a dozen" not in between and not ITEM_COUNT_RE.search(between):
        return between
    between = ITEM_DATE_RE.sub(r"\1", between)
    return ITEM_COUNT_RE.sub(" ", between)


def _status(text: str, h: Hit, bounds: list[int], lex: Lexicon) -> str:
    lo = max([0] + [x for x in bounds if x < h.start])
    window = text[max(lo, h.start - 70):h.start]
    low = lower_for_gates(window)
    for (pat, status), gate in zip(lex.modifiers, lex.modifier_gates, strict=True):
        if gate.may_match_in(low) and pat.search(window):  # (the gate is exact)
            if status == "cancelled" or h.trig.status not in ("in_service", "cancelled"):
                return status
    return h.trig.status
