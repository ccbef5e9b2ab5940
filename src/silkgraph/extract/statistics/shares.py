"""Shares told in words wherever they stand, not only after a share verb or at the head of a
clause: "…, close to half of X's GDP", "sells two-thirds of its textile exports", "about a quarter
of the total", "nearly half of all federal spending" (a fraction of a measured whole), and "one in
five Kyrgyz adults" (a proportion of people)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.nlp.numbers import WORD_NUMBERS

_DENOMINATORS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
                 "tenth": 10, "tenths": 10}
# the fraction is told as a measure: hedged, restating the figure before it, equal to it ("remittances
# equal to almost half of X's GDP") or the object of a
# gerund (", close to half of X's GDP", "sending about a quarter of the total"), or the object of a
# verb of selling, sending, buying or owing ("sells two-thirds of its exports"; the share verbs
# "supplied", "accounted for" … are WORD_SHARE_RE's)
_HEDGE = (r"(?:(?:about|some|nearly|almost|roughly|around|over|more\s+than|less\s+than|just\s+over|just\s+under|"
          r"close\s+to|well\s+over|fully|barely|at\s+least|up\s+to|as\s+much\s+as)\s+)")
_LEAD = (r"(?:(?:,\s+|\b[a-z]+ing\s+)" + _HEDGE +
         r"|\b(?:equal|equivalent|amount|amounts|amounted|amounting)\s+to\s+" + _HEDGE + r"?" +
         r"|\b(?:sells|sold|sell|sends|sent|send|sending|buys|bought|buy|owes|owed|owns|owned|absorbs|absorbed|"
         r"receives|received|gets|got|takes|took|ships|shipped|exports|exported|imports|imported|consumes|consumed|"
         r"covers|covered|generates|generated|earns|earned)\s+)")
# the measured whole after "of": a determiner or owner, then (within four words) a noun of a
# measured quantity (not "half of the delegates", "the first half of the year")
_WHOLE = (r"(?=(?:the\s+|its\s+|their\s+|all\s+|[A-Z][\w\-]*[’']s\s+|the\s+[\w\-]+[’']s\s+|(?-i:[A-Z])[\w\-]*\s+)"
          r"(?:[\w\-]+\s+){0,4}?(?:imports|exports|supplies|deliveries|purchases|trade|debt|output|production|market|"
          r"budget|spending|expenditure|arms|weapons|reserves|investments?|consumption|needs|sales|GDP|gross\s+domestic"
          r"\s+product|economy|revenues?|income|population|territory|land|workforce|electorate|total|remittances|"
          r"inflows|transfers|assets|loans|lending|capacity|stock|stockpile)\b"
          r"|(?:GDP|gross\s+domestic\s+product|national\s+income)\b)")  # (bare: "close to half of GDP")
FRACTION_RE = re.compile(
    _LEAD
    + r"(?P<w>half|(?P<num>a|one|two|three|four)[\s-](?P<den>half|thirds?|quarters?|fifths?|tenths?))\s+of\s+" + _WHOLE,
    re.I)
# "one in five Kyrgyz adults", "one out of every four households"
ONE_IN_RE = re.compile(r"\b(?P<w>[Oo]ne\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<d>two|three|four|five|six|seven|eight|nine|"
                       r"ten|\d{1,3}))\s+(?=[A-Za-z])")


def word_fractions(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """Fractions of a measured whole told in words, and "one in N" proportions."""
    text = sv.text
    out: list[Stat] = []
    low = sv.low if sv.low is not None else text.lower()
    if " of " in text and any(w in low for w in ("half", "third", "quarter", "fifth", "tenth")):
        for m in FRACTION_RE.finditer(text):
            if m.group("num") is None:
                value = 50.0
            else:
                num = WORD_NUMBERS[m.group("num").lower()]
                den = _DENOMINATORS[m.group("den").lower()]
                if den == 2 and num != 1 or (num > 1) != m.group("den").lower().endswith("s"):
                    continue  # "two half …", "a thirds", "two third": not a fraction
                value = float(round(100.0 * num / den))  # in whole percent, as written: "a third" = 33
            out.append(Stat(m.start("w"), m.end("w"), value, "percent"))
    if "one " in low:
        for m in ONE_IN_RE.finditer(text):
            d = m.group("d")
            den = int(d) if d.isdigit() else WORD_NUMBERS[d.lower()]
            if den < 2:
                continue
            hint = next((mm.entity_id for mm in sv.mentions if ctx.etype(mm.entity_id) == "state"
                         and mm.kind == "demonym" and sv.rel(mm.start) == m.end()), None)  # "one in five Kyrgyz adults"
            out.append(Stat(m.start("w"), m.end("w"), float(round(100.0 / den)), "percent", subject_hint=hint,
                            why="the people whose proportion it is (their demonym)" if hint else None))
    return out
