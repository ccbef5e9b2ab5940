"""A transfer trigger after the system it governs: a participle or an arrival verb just after
the system's noun phrase ("the S acquired by Baku", "S, which entered service in 2023"), or an
object relative ("the S Yerevan paid for").  Reads the gap between the system and the trigger
(asides of price, maker, quantity blanked); split from ``hits`` to keep it small."""

from __future__ import annotations

import re

from silkgraph.extract.transfers.model import Hit, Item
from silkgraph.extract.transfers.patterns import EACH_ASIDE_RE, HEAD_GAP_BLOCK_RE, RENAMED_AS_RE
from silkgraph.nlp.count_words import count_alt

ADVERB_GAP_RE = re.compile(r"^[\s,]*(?:(?:was|were|is|are|been|being|has|have|had|already|"
                           r"recently|reportedly|also|formally|first|newly|jointly|\w+ly)\s+)*$", re.I)
AFTER_ASIDE_RE = re.compile(r",\s*(?:designed|developed|made|built|manufactured|produced)\s+by\s+[^,;]{1,40},")

# an object relative clause after the system's noun phrase, its subject a name: "S, which Y ordered"
# … or with no relative pronoun: "the S systems Yerevan paid for", "the S it acquired from X"
# (the relative's subject may be coordinated: "S that X and Z handed over"; or a count of the
# goods: "S, twelve of which X sold")
REL_OBJECT_RE = re.compile(r"(?:[\s\w\-’']{0,60}?,?\s+(?:(?:\w+\s+of\s+)?which|that)\s+(?:the\s+)?[A-Z][\w\-’'.]*"
                           r"(?:\s+[A-Z][\w\-’'.]*){0,3}(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?[A-Z][\w\-’'.]*"
                           r"(?:\s+[A-Z][\w\-’'.]*){0,3}){0,3}"
                           r"|(?:\s+(?!(?:to|from|and|or|in|by|for|with|of|as|at|on|were|was|are|is|had|has|have)\b)"
                           r"[a-z][\w\-’']*){0,3}\s+(?:[A-Z][\w\-’'.]*(?:\s+[A-Z][\w\-’'.]*){0,2}|it|they))\s+"
                           r"(?:(?:had|has|have|later|then|also|first|eventually|\w+ly|began|begun|started|continued|"
                           r"resumed|to)\s+)*$")
# a second noun phrase coordinated with the system's before a passive participle
COORDINATED_NP_RE = re.compile(r"[\s\w\-’']*\s(?:and|as\s+well\s+as)\s+(?:their|its|the|some)\s+[\w\-’' ]{1,40}?\s+"
                               r"(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?(?:\w+ly\s+)?")
# asides inside the system's noun phrase that say what the goods cost or which deal they were:
# "16 S worth $150 million were delivered", "two S batteries, an $80 million order, arrived"
PRICE_ASIDE_RE = re.compile(r"\s(?:worth|valued\s+at|costing|priced\s+at)\s+(?:(?:about|some|around|roughly|nearly|"
                            r"over|almost|more\s+than|an\s+estimated)\s+)?(?:US\s?)?[$€£]\s?[\d.,]+"
                            r"(?:\s*(?:million|billion|bn|m)\b)?"
                            r"|,\s*(?:an?|the|part\s+of\s+an?)\s+[^,;]{0,40}?\b(?:order|deal|contract|purchase|package|"
                            r"sale|gift|donation)\s*,", re.I)
# a maker named inside the system's noun phrase: "S systems made by Z are supplied"
MAKER_RE = re.compile(r"\s(?:made|built|manufactured|produced|designed|developed)\s+(?:for\s+(?:the\s+)?"
                      r"(?:[A-Z][\w\-’'.&]*\s+){1,3})?by\s+(?:the\s+)?"
                      r"(?:[A-Z][\w\-’'.&]*\s+){1,5}(?=(?:was|were|is|are|has|have|had)\b)")
# a participial aside before an arrival verb: "30 S, possibly donated, reached Y"
# an appositive noun phrase right after the system: "S, a corvette of Turkish design (built …)"
APPOSITIVE_RE = re.compile(r"\s*,\s*(?:an?|one)\s+(?:[\w\-’']+\s+){1,6}")
AFTER_PART_RE = re.compile(r",\s*(?:[a-z]+ly\s+)?[a-z]+ed\b[^,;:]{0,30},")
# a quantifier aside inside a subject noun phrase: "two S, one of them armed, came from X"
QUANT_ASIDE_RE = re.compile(r",\s*(?:(?:" + count_alt(1, 6) + r"|\d{1,3}|some|most|all|half|none|each|both)\s+"
                            r"of\s+(?:them|these|which)|all|both|each|most)\b[^,;:]{0,30},", re.I)
# the verb reported by a source: "S that SIPRI records as delivered", "T, listed as received"
REPORTED_AS_RE = re.compile(r"(?:,?\s+(?:that|which)\s+[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,2}\s+(?:records?|lists?|"
                            r"counts?|reports?|describes?|registers?|shows?|gives?)|,?\s+(?:recorded|listed|counted|"
                            r"reported|described|registered|shown))\s+as\s+(?:(?:already|having\s+been|being)\s+)?$")
# a participial aside after the system's head noun whose second participle is the trigger:
# "S, produced by Z and sold to Y" (the gap up to the trigger)
COORD_PART_RE = re.compile(r"[\s\w\-’']{0,40},\s*(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|lt|ld|ght)\s+(?:by|in|at|under)\b[^,;:()]{0,60}?"
                           r"\s(?:and|but)\s+(?:(?:later|then|also|subsequently)\s+)?")
COORD_VERB_RE = re.compile(r"\b(?:and|but|or|then)\s+(?:(?:later|then|also|\w+ly)\s+)?$", re.I)
BLANKED_RE = re.compile(r"\s{3,}")
PASSIVE_REACH = 200  # characters between a system and a participle of its own, at most


def _passive_hit(text: str, it: Item, hits: list[Hit]) -> Hit | None:
    """A participle or "entered service" just after the system: "the S acquired by Baku"."""
    aside = AFTER_PART_RE.match(text, it.end) if text.startswith(",", it.end) else None
    for h in hits:
        if h.start < it.end or h.trig.nominal or h.start - it.end > PASSIVE_REACH:
            continue  # (a participle that far is no longer the system's: its gap is not read)
        if aside is not None and h.end <= aside.end() and any(g.trig.after and g.start >= aside.end() for g in hits):
            continue  # "30 S, possibly donated, reached Y": the arrival verb tells the transfer
        if h.trig.status == "in_service" and RENAMED_AS_RE.match(text, h.end) and any(g.trig.after and not g.trig.nominal and g.start > h.end
                                                  and g.trig.status == "delivered" for g in hits):
            continue  # "two S, commissioned as the T and the U, arrived in 2014": a renaming; the arrival tells it
        gap = text[it.end:h.start]
        if "   " in gap:
            gap = BLANKED_RE.sub(" ", gap)  # a blanked apposition (transfers.appositions) is no distance
        if ("$" in gap or "€" in gap or "£" in gap or "worth" in gap or "," in gap) and PRICE_ASIDE_RE.search(gap):
            gap = PRICE_ASIDE_RE.sub(" ", gap)
        if " by " in gap:  # "S systems made by Z are being supplied to Y": the maker inside the noun phrase
            gap = MAKER_RE.sub(" ", gap)
        if h.trig.role in ("buy", "sell", "licensee", "use") and not h.trig.after and len(gap) <= 90 \
                and REL_OBJECT_RE.fullmatch(gap):
            return Hit(h.start, h.end, h.trig, rel=True)
        if h.trig.role == "licensee":
            continue  # "X licensed the S, produced locally as …": the licensee verb needs its subject
        if "," in gap:
            gap = EACH_ASIDE_RE.sub(" ", gap)
            if h.trig.role == "sell" and not h.trig.after:  # "S, assembled in Y, were handed to Z": past the aside
                gap = AFTER_PART_RE.sub(" ", gap)
        word = text[h.start:h.end].lower()
        if word.endswith(" over"):
            word = word[:-5]  # "handed over"
        if not h.trig.after and h.trig.role in ("buy", "sell") and word.endswith("ed") and len(gap) <= 70 \
                and COORDINATED_NP_RE.fullmatch(gap):
            return h  # "S systems and their reloading vehicles were handed over"
        if not h.trig.after and h.trig.role in ("buy", "sell") and COORD_PART_RE.fullmatch(gap) \
                and (word.endswith("ed") or word in ("sold", "bought", "built")):
            return h  # "S, produced by Z and sold to Y in 2022, …": the second participle of the aside
        if not h.trig.after and COORD_VERB_RE.search(gap):
            continue  # "Y acquired S in 2018 and used it": a second verb of the subject, no participle
        rep = REPORTED_AS_RE.search(gap) if " as" in gap and word.endswith("ed") else None
        if rep is not None:
            gap = gap[:rep.start()]  # "S that SIPRI records as delivered": the participle of S
        if len(gap) > (70 if h.trig.after else 40):
            continue
        if h.trig.after:
            if h.trig.close:
                if re.fullmatch(r"[\s\w\-’']*", gap) and len(gap.split()) <= 3:
                    return h
                continue
            # the head noun, then maybe a relative pronoun or a participial aside:
            # "S, which is produced in Y", "S, designed by X's F, is assembled in Y"
            core = QUANT_ASIDE_RE.sub(" ", AFTER_ASIDE_RE.sub(" ", AFTER_PART_RE.sub(" ", gap))) if "," in gap else gap
            # (or a comma opening an aside that the trigger heads: "S, now in Y service, …")
            if (re.fullmatch(r"[\s\w\-’']*(?:,\s*(?:which|that)\b[\s\w]*)?", core)
                    or re.fullmatch(r"\s*(?:[\w\-’']+\s*){0,2},\s*(?:(?:now|still|already|long)\s+)?", core)) \
                    and len(core) < 50:
                return h
            if h.trig.role == "licence" and APPOSITIVE_RE.fullmatch(gap):
                return h  # "S, a corvette of Turkish design built under licence in Y": the appositive's participle
            continue
        if not word.endswith("ed") and word not in ("bought", "sold", "took", "frozen", "built"):
            continue
        # a participial aside after the head noun: "its S systems, bought from X in 2018, …"
        # (the head noun may carry its own modifiers: "S long-range air defence system, ordered from X")
        if h.trig.role in ("buy", "sell") and re.fullmatch(r"[\s\w\-’']{0,40},\s*", gap) \
                and (len(gap.split()) <= 3 or len(gap.split()) <= 5 and not HEAD_GAP_BLOCK_RE.search(gap)):
            return h
        # noun-phrase remainder + adverbs / auxiliaries only
        rest = re.sub(r"^[\s\w\-’']*?(?=\s+(?:was|were|is|are|been|has|have|had|recently|already|"
                      r"reportedly|newly|formally|first|\w+ly)\b|$)", "", gap)
        if ADVERB_GAP_RE.match(rest) and len(gap.split()) <= 5 + len(rest.split()) and len(gap.split()) <= 8:
            return h
    return None
