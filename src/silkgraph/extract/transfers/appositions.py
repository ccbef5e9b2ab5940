"""A subject's apposition, read past: "The Akinci, a heavy drone made by Baykar, has been sold to Y",
"Y, a longtime buyer of Russian arms, ordered Turkish S".

An appositive noun phrase set off by commas between a sentence's subject and its verb describes
the subject; its words are no part of the transfer the main clause tells (its participle is not the
transfer verb, its "buyer of arms" is no deal of its own).  The transfer rules read such a sentence
with the apposition blanked out: the same text, same length (offsets unchanged), its characters
spaces, and the mentions and dates inside it left out.

Only a plain description is blanked: one that opens with a determiner or a possessive, holds no
named weapon system (that would be goods of their own: "Y, the first buyer of the S, …"), no state
named by its name and no licence ("S, built under licence in Y, …": a party of the transfer), and is
followed by a finite verb, with the name of a state, a weapon or an organisation ending right
before its comma (a person's apposition names an office, whose state is a party: "X, India's
defence minister, handed over …"), and that states no supplier's role ("X, Y's main arms supplier,
delivered S": the role names the recipient).
"""

from __future__ import annotations

import re
from dataclasses import replace

from silkgraph.extract.context import ArticleContext, SentenceView

# the apposition: a comma, a determiner or possessive, a short noun phrase, a comma
APPOSITIVE_RE = re.compile(r",\s+(?:(?:a|an|the|one\s+of|once|formerly|long|its|their)\s+|[A-Z][\w\-.]*['’]s\s+)"
                           r"(?P<body>[^,;:()\[\]]{3,80}?),\s+")
# the main clause's verb right after the apposition (auxiliaries, past forms, common present forms)
VERB_AFTER_RE = re.compile(r"(?:(?:also|later|then|now|since|still|already|\w+ly)\s+)*"
                           r"(?:has|have|had|is|are|was|were|will|would|could|may|might|must|\w+ed|took|sold|"
                           r"bought|sent|gave|got|won|began|built|made|operates|flies|fields|buys|sells|supplies|"
                           r"receives|uses|relies|imports|exports|plans|wants|hopes|intends|signs|orders)\b")
# a relative or a clause inside the body: it is no plain noun phrase
CLAUSE_WORD_RE = re.compile(r"\b(?:which|who|whose|that|and\s+(?:has|have|had|is|are|was|were))\b")
LICENCE_RE = re.compile(r"licen[cs]", re.I)
# a supplier's role in the apposition ("Y's main arms supplier", "the largest supplier of Y"): read
# with the sentence, it names the recipient of what the subject delivers
SUPPLIER_ROLE_RE = re.compile(r"\b(?:supplier|provider|source)\b", re.I)
# a fronted adverbial before the subject: "In 2021, ", "Meanwhile, "
FRONTED_RE = re.compile(r"^(?:(?:In|On|By|Since|During|After|Before|Meanwhile|However|Earlier|Later|Last|This|"
                        r"Separately|Moreover|Also|Yet|Still|Now|Then|Today|Recently)\b[^,;:]{0,30},\s+)?")


def blank_subject_apposition(sv: SentenceView, ctx: ArticleContext) -> SentenceView | None:
    """``sv`` with its subject's apposition blanked out, or None when it has none."""
    text = sv.text
    if ", " not in text:
        return None
    head = FRONTED_RE.match(text)
    lo = head.end() if head else 0
    m = APPOSITIVE_RE.search(text, lo, min(len(text), lo + 160))
    if m is None or m.start() - lo > 60 or CLAUSE_WORD_RE.search(m.group("body")) \
            or not VERB_AFTER_RE.match(text, m.end()):
        return None
    if "," in text[lo:m.start()]:
        return None  # a list or a clause before it: no subject's apposition
    if SUPPLIER_ROLE_RE.search(m.group("body")):
        return None  # "X, Y's main arms supplier, delivered S": the role names the recipient
    rel = sv.mentions_rel()
    before = [mm for _a, b, mm in rel if m.start() - 2 <= b <= m.start()]
    if not before or ctx.etype(before[-1].entity_id) not in ("state", "weapon_system", "organization", "company"):
        return None  # no name right before the comma, or a person's (whose office names a party: "X, India's minister,")
    a, b = m.start(), m.end() - 1  # keep the closing comma's following space
    if LICENCE_RE.search(text, a, b) or any(
            a <= x < b and (ctx.etype(mm.entity_id) == "weapon_system"
                            or ctx.etype(mm.entity_id) == "state" and mm.kind != "demonym") for x, _y, mm in rel):
        return None  # goods or a state of their own ("S, built under licence in Y,"): part of the transfer
    blanked = text[:a] + " " * (b - a) + text[b:]
    mentions = [mm for x, _y, mm in rel if not a <= x < b]
    dates = [d for d in sv.dates if not a <= sv.rel(d.start) < b]
    anaphors = [d for d in sv.anaphors if not a <= sv.rel(d.start) < b]
    return replace(sv, text=blanked, mentions=mentions, dates=dates, anaphors=anaphors, parts=None, _rel=None)


__all__ = ["blank_subject_apposition"]
