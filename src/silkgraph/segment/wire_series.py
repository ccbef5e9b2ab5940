"""The year of wire items of one agency's series across texts (the corpus-level step).

A wire service publishes an episode as several items over a few days ("OSH, June 12 (X
Wire) -", "OSH, June 14 (X Wire) -"), and an analyst ingests them together or one by one
into one database.  Often only one item writes what dates it (a weekday that fits one year
only, an office-holder, the page's date line); the others leave several years open.  Items
of ONE agency (the name in the dateline's brackets) whose year-less datelines fall within
``SPAN`` days of each other (an episode may last ten weeks: a border standoff) and that tell one episode (their titles and leads share two proper
names, :func:`episode_names`) belong to one series:

* an item whose own evidence leaves several years open takes the year in which its date lies
  within ``SPAN`` days of a *settled* sibling (one whose own text fixes its day); when the
  agency has settled items near its day in several of its years (an agency covers the same
  season every year), the year of the nearest, when it is strictly nearer than the others
  (a December item and a January one lie days apart across the year's turn, so the dates,
  not the years, are compared);
* an item whose lead's weekday was read as the dateline's own day only by default names the
  years the day-before reading gives (:mod:`silkgraph.segment.dateline_daybefore`); it takes
  the day-before reading's day when a sibling of the episode dated by its own text (settled,
  weakly dated, or by the reading it kept) lies within ``SPAN`` days of it and strictly
  nearer than any lies to the reading kept; it then settles its siblings as any other;
* items with no settled sibling near them form groups (linked by dates within ``SPAN``
  days); a group of two or more takes the latest episode every member's years allow
  (the intersection of their candidate sets; the latest, as for one item, since a
  dateline leaves out the reader's own year), each item its date nearest the episode; when
  that latest episode is no reader's present (a later year up to the present fits its
  weekday, but the items' own evidence, such as an office term, ruled it out) and several
  episodes are left, nothing picks among them: each item gets the window from its day in the
  earliest episode to its day in the latest (a range that says it is undecided, never a
  confident wrong year).

Only the items' own evidence is read (never a year this step gave), and items are taken in
a fixed order (source name, then position), so the result depends on the set of items
alone: not on the order they come in, nor on whether they come in one batch or several.
Another agency never lends its year, nor does an item months away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from silkgraph.resources import load_yaml
from silkgraph.segment.dateline_daybefore import day_before_note, day_before_years

__all__ = ["WireItem", "SPAN", "assign_series", "own_dates", "own_readings", "series_basis", "OWN_MARK", "episode_names"]

PRESENT = date.fromisoformat(str(load_yaml("ontology/present.yaml")["as_of"]))  # as dateline_year
# what the step gives an item: its day and why, or the first day, why, and the last day of a window
Given = tuple[date, str] | tuple[date, str, date]
SPAN = 75  # days: the datelines of one episode's items (a standoff of ten weeks)
# ... when they share at least ``_MIN_SHARED_FAR`` names; items sharing fewer (two states named by
# any story of a bureau: "India", "China") are one episode only within ``NEAR_SPAN`` days
NEAR_SPAN = 30
_EARLIEST = 1991  # as segment.dateline_year: the region's states and the office terms begin then
# the basis this step writes keeps the years the item's own evidence leaves, so that the step
# reads them again without re-analysing the item: "its own evidence leaves 2014, 2020, 2026;"
OWN_MARK = "its own evidence leaves "
_OWN = re.compile(re.escape(OWN_MARK) + r"(?P<years>[\d, –]+)(?: \(told the day before[^)]*\))?;")
_UNDECIDED = re.compile(r"^year-less dateline \d\d-\d\d: .*?; of ((?:\d{4}, )+)the latest such year")
_DATELINE = "year-less dateline "
# what settles an item's day strongly: the only year its weekday or office-holders allow, the
# page's own date line (not "the year the text points to", a notice's year or a count)
_STRONG = ("the only such year", "the page's date line")


@dataclass(frozen=True)
class WireItem:
    """One stored item with a year-less dateline: ``key`` identifies it (the article's id),
    ``name`` its source; ``settled`` its day when its own evidence fixes it, else ``dates``
    the days its evidence leaves (ascending)."""

    key: str
    name: str
    ord: int
    agency: str
    settled: date | None
    dates: tuple[date, ...]
    names: frozenset[str] = frozenset()  # the proper names of its title and lead (:func:`episode_names`)
    # the days the day-before reading of its lead's weekday gives (segment.dateline_daybefore)
    alts: tuple[date, ...] = ()
    # its day when its own text dates it by weaker evidence (the year the text points to, a
    # notice's year, a count): no anchor for the open items, but it weighs an item's two readings
    weak: date | None = None


def _md_dates(mon: int, day: int, years: list[int]) -> tuple[date, ...]:
    out = []
    for y in years:
        try:
            out.append(date(y, mon, day))
        except ValueError:
            continue  # February 29
    return tuple(out)


def _years_text(years: list[int]) -> str:
    """"2014, 2020" or runs "1991–2026"."""
    runs: list[list[int]] = []
    for y in sorted(years):
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)


def _parse_years(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        part = part.strip()
        if "–" in part:
            a, b = part.split("–")
            out.extend(range(int(a), int(b) + 1))
        elif part:
            out.append(int(part))
    return out


def own_dates(mon: int, day: int, published: str | None, est: dict | None,
              present: date) -> tuple[date | None, tuple[date, ...]]:
    """(settled day, open days) of an item from what its own text gave: a stated date or an
    estimate fixing one day settles it; "of 2014, 2020, the latest such year", a window of
    years, or no estimate at all leave days open (this step's own basis keeps the years the
    item's evidence left)."""
    if published and len(published) == 10:
        return date.fromisoformat(published), ()
    basis = (est or {}).get("basis") or ""
    m = _OWN.search(basis)
    if m is not None:
        return None, _md_dates(mon, day, _parse_years(m.group("years")))
    nb, na = (est or {}).get("not_before"), (est or {}).get("not_after")
    if basis.startswith(_DATELINE) and nb:
        u = _UNDECIDED.match(basis)
        if u is not None:
            return None, _md_dates(mon, day, [int(y) for y in u.group(1).rstrip(", ").split(", ")])
        if nb == na:
            if not any(w in basis for w in _STRONG):
                return None, ()  # dated by weaker evidence: neither an anchor nor re-dated
            return date.fromisoformat(nb), ()
        lo, hi = int(nb[:4]), int((na or present.isoformat())[:4])
        return None, tuple(d for d in _md_dates(mon, day, list(range(lo, hi + 1)))
                           if nb <= d.isoformat() <= (na or present.isoformat()))
    # no estimate of the dateline's own: any year from the reference bound (or 1991) on
    lo_d = date.fromisoformat(nb) if nb else date(_EARLIEST, 1, 1)
    return None, tuple(d for d in _md_dates(mon, day, list(range(lo_d.year, present.year + 1)))
                       if lo_d <= d <= present)


def own_readings(mon: int, day: int, published: str | None, est: dict | None) -> tuple[tuple[date, ...], date | None]:
    """(days of the day-before reading, day dated by weaker evidence) of an item from what its
    own text gave (see :class:`WireItem`); a stated date has neither."""
    if published and len(published) == 10:
        return (), None
    basis = (est or {}).get("basis") or ""
    alts = _md_dates(mon, day, day_before_years(basis))
    nb, na = (est or {}).get("not_before"), (est or {}).get("not_after")
    weak = None
    if (basis.startswith(_DATELINE) and nb and nb == na and _OWN.search(basis) is None
            and _UNDECIDED.match(basis) is None and not any(w in basis for w in _STRONG)):
        weak = date.fromisoformat(nb)
    return alts, weak


def series_basis(mon: int, day: int, own: tuple[date, ...], d: date, why: str,
                 alts: tuple[date, ...] = (), last: date | None = None) -> str:
    """The basis of a year this step gives (see ``OWN_MARK``; the day-before reading's years
    are kept too, so that the step reads them again); ``last`` ends a window from ``d``."""
    note = day_before_note(list(alts))
    to = f" to {last.isoformat()}" if last is not None and last != d else ""
    return (f"year-less dateline {mon:02d}-{day:02d}: {OWN_MARK}{_years_text([x.year for x in own])}{note}; "
            f"{why} → {d.isoformat()}{to}")


_NAME = re.compile(r"\b[A-Z][a-z]{2,}(?:[’'-][A-Za-z]+)?\b")
_MIN_SHARED = 2  # proper names two items of one episode share ("Saudi", "Arabia")
_MIN_SHARED_FAR = 3  # ... and beyond NEAR_SPAN days ("Doklam", "India", "Bhutan")
_NOT_NAMES = frozenset(
    "The This That These Those They There Their Then Than Thus With After Before When While Where "
    "Although Though Also But And For From Into Over Under Since Until During Earlier Later Late "
    "Early Officials Some Many Most More Several Both Each Other Its His Her Our Your Asked "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    # titles and the words of agencies' names: any story has them
    "Minister Ministry Prime President Foreign Defence Defense Secretary General Chief State States United "
    "New North South East West Agency Press News Wire Service Services Newswire".split())


def episode_names(head: str, agency: str) -> frozenset[str]:
    """The proper names of an item's title and lead (``head``: its first lines; a byline
    line "By …" left out: one correspondent covers many episodes, and so is the agency's
    masthead), without the agency's words, titles, weekdays, months and sentence openers; a
    title-case headline's words count only where the lead capitalises them too.  Items of one episode share its names
    (the states, the place, the people of the story); two items of one agency about other
    stories a year apart share few."""
    skip = {w.casefold() for w in re.findall(r"[A-Za-z]+", agency)}
    own = f"({agency})"
    kept = "\n".join(ln for ln in head.splitlines()  # nor the agency's masthead "X Press Agency (XPA)"
                     if not ln.lstrip().startswith(("By ", "BY ")) and not ln.rstrip().endswith(own))
    prose, title_case = [], []
    for ln in kept.splitlines():
        words = re.findall(r"[A-Za-z][\w’'-]*", ln)
        caps = sum(1 for w in words if w[0].isupper())
        (title_case if words and caps > 0.6 * len(words) else prose).append(ln)
    names = {w for w in _NAME.findall("\n".join(prose)) if w not in _NOT_NAMES and w.casefold() not in skip}
    if not prose:  # a head of title-case lines only: they are all it has
        names = {w for w in _NAME.findall(kept) if w not in _NOT_NAMES and w.casefold() not in skip}
    # a headline in title case capitalises every word ("Border Guards Detain Smugglers"): its words
    # are names only where the lead writes them so too
    return frozenset(names)


def _shares(a: WireItem, b: WireItem) -> bool:
    """Whether two items tell one episode: they share ``_MIN_SHARED`` proper names (items
    built without names, as in unit tests of the dates alone, always do)."""
    if not a.names or not b.names:
        return True
    return len(a.names & b.names) >= _MIN_SHARED


def _reach(a: WireItem, b: WireItem) -> int:
    """How many days apart two items of one agency may lie and still tell one episode."""
    if not a.names or not b.names or len(a.names & b.names) >= _MIN_SHARED_FAR:
        return SPAN
    return NEAR_SPAN


def assign_series(items: list[WireItem]) -> dict[str, Given]:
    """The day (and why, and the last day of a window when the series leaves several) this
    step gives each open item of ``items`` that a series dates."""
    out: dict[str, Given] = {}
    by_agency: dict[str, list[WireItem]] = {}
    for it in sorted(items, key=lambda i: (i.name, i.ord, i.key)):
        by_agency.setdefault(it.agency.casefold(), []).append(it)
    for group in by_agency.values():
        read = _weigh_readings(group)
        out.update(read)
        group = [_settle(it, read[it.key][0]) if it.key in read else it for it in group]
        anchors = [it for it in group if it.settled is not None]
        loose: list[WireItem] = []
        for it in group:
            if it.settled is not None or not it.dates or it.key in read:
                continue
            settled = sorted((a.settled, a.name, _reach(it, a)) for a in anchors if _shares(it, a))  # type: ignore[misc]
            gaps = sorted((min(abs((d - s).days) for s, _n, r in settled if abs((d - s).days) <= r), d)
                          for d in it.dates if any(abs((d - s).days) <= r for s, _n, r in settled))
            near = [(g, d) for g, d in gaps if g <= SPAN]
            if near and (len(near) == 1 or near[0][0] < near[1][0]):
                d = near[0][1]
                s, n = min(((s, n) for s, n, r in settled if abs((d - s).days) <= r),
                           key=lambda x: (abs((d - x[0]).days), x))
                out[it.key] = (d, f"year from the same agency's item of {s.isoformat()}: {n}")
            elif not near:
                loose.append(it)
        out.update(_open_groups(loose))
    return out


def _settle(it: WireItem, d: date) -> WireItem:
    return WireItem(it.key, it.name, it.ord, it.agency, d, (), it.names)


def _nearest(own: tuple[date, ...], sibs: list[date]) -> tuple[int, date]:
    """(days, own day) of the own day nearest a sibling's day."""
    return min((min(abs((d - s).days) for s in sibs), d) for d in own)


def _weigh_readings(group: list[WireItem]) -> dict[str, tuple[date, str]]:
    """The items of one agency whose lead's weekday read as the day before the dateline's
    (:attr:`WireItem.alts`) lies within ``SPAN`` days of a sibling of the episode dated by its
    own text (firmly, or by weaker evidence) while the reading kept lies farther from every
    such sibling: the day-before reading's day."""
    # the siblings' own days: settled, weakly dated, or the reading each item kept (two items
    # whose kept readings lie a year apart agree when one of them is read as the day before)
    dated = [(it.settled or it.weak, it) for it in group if it.settled is not None or it.weak is not None]
    out: dict[str, tuple[date, str]] = {}
    for it in group:
        if not it.alts:
            continue
        sibs = [(s, o) for s, o in dated if o.key != it.key and _shares(it, o)]
        if not sibs:
            continue
        kept = (it.settled,) if it.settled is not None else it.dates
        days = [s for s, _o in sibs]
        g_alt, d_alt = _nearest(it.alts, days)  # type: ignore[arg-type]
        g_kept = _nearest(kept, days)[0] if kept else SPAN + 1  # type: ignore[arg-type]
        reach = max((_reach(it, o) for s, o in sibs if abs((d_alt - s).days) == g_alt), default=NEAR_SPAN)
        if g_alt <= reach and g_alt < g_kept:
            s, o = min(sibs, key=lambda x: (abs((d_alt - x[0]).days), x[1].name))  # type: ignore[operator]
            out[it.key] = (d_alt, f"the lead's weekday read as the day before the dateline's day: the same agency's "
                                  f"item of {s.isoformat()} lies within {SPAN} days: {o.name}")
    return out


def _open_groups(loose: list[WireItem]) -> dict[str, Given]:
    """Groups of open items linked by days within ``SPAN``: the latest episode all allow (the
    window of the episodes all allow when the latest is not the present's, :func:`_capped`)."""
    parent = list(range(len(loose)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    doy = [it.dates[0].timetuple().tm_yday for it in loose]
    for i, a in enumerate(loose):
        for j in range(i + 1, len(loose)):
            b = loose[j]
            gap = abs(doy[i] - doy[j])
            if min(gap, 366 - gap) > SPAN + 1:
                continue  # months apart in the year: no series (checked cheaply first)
            r = _reach(a, b)
            if _shares(a, b) and any(abs((x - y).days) <= r for x in a.dates for y in b.dates if abs(x.year - y.year) <= 1):
                parent[find(j)] = find(i)
    comps: dict[int, list[WireItem]] = {}
    for i, it in enumerate(loose):
        comps.setdefault(find(i), []).append(it)
    out: dict[str, Given] = {}
    for comp in comps.values():
        if len(comp) < 2:
            continue
        pivot = min(comp, key=lambda it: (len(it.dates), it.name, it.ord))
        episodes: list[dict[str, date]] = []  # latest first: every item's day in each episode all allow
        for ep in sorted(pivot.dates, reverse=True):
            picks = {}
            for it in comp:
                near = [d for d in it.dates if abs((d - ep).days) <= 2 * SPAN]
                if not near:
                    break
                picks[it.key] = min(near, key=lambda d: (abs((d - ep).days), d))
            else:
                episodes.append(picks)
        if not episodes:
            continue
        names = ", ".join(sorted(f"{it.name}" for it in comp))
        latest = episodes[0]
        if len(episodes) > 1 and _capped(latest[pivot.key]):
            # the latest episode is no reader's present (a later year up to the present fits the
            # weekday, but the items' own evidence, an office term, ruled it out): nothing picks
            # among the episodes left, so the estimate spans them (earliest to latest)
            for key, d in latest.items():
                first = episodes[-1][key]
                out[key] = (first, f"the years the same agency's items ({names}) all allow, none of them "
                                   f"the present's", d)
            continue
        for key, d in latest.items():  # the latest episode every item allows
            out[key] = (d, f"the year the same agency's items ({names}) all allow")
    return out


def _capped(d: date) -> bool:
    """Whether a later year up to the present has ``d``'s month-day on ``d``'s weekday: then
    the latest day an item's evidence allows is not the latest the present allows (its own
    evidence cut the later years), and the convention that a dateline leaves out the reader's
    current year does not pick it."""
    for y in range(d.year + 1, PRESENT.year + 1):
        try:
            later = date(y, d.month, d.day)
        except ValueError:
            continue
        if later <= PRESENT and later.weekday() == d.weekday():
            return True
    return False
