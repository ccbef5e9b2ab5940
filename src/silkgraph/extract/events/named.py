"""Named agreements dated by a modifier year: "the 2021 Shusha Declaration", "the 2018 Aktau
Convention".  The name of an agreement known to the gazetteer holds no event trigger of its
own (its words are a name), yet a year written before it tells when it was concluded; its
signatories are the parties named with it ("between X and Y") or, when none is, the
countries the gazetteer records for it (a recorded inference)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.participants import Part, between_parties
from silkgraph.extract.events.triggers import Trigger
from silkgraph.extract.wordstart import word_start

# (begins with the names' first letters: the engine skips to them, see wordstart)
AGREEMENT_NAME_RE = re.compile(word_start("Declaration", "Treaty", "Agreement", "Accords?", "Convention", "Pact",
                                          "Charter", "Memorandum", "Protocol") + r"\b")
# one of these occurs in every match of AGREEMENT_NAME_RE (a cheap exact pre-check)
AGREEMENT_NAME_WORDS = ("Declaration", "Treaty", "Agreement", "Accord", "Convention", "Pact", "Charter",
                        "Memorandum", "Protocol")


def names_agreement(text: str) -> bool:
    """``AGREEMENT_NAME_RE.search(text)``, skipped when none of its words occurs."""
    return any(w in text for w in AGREEMENT_NAME_WORDS) and AGREEMENT_NAME_RE.search(text) is not None
# "the 2021 Shusha Declaration", "a 2005 Treaty on …", "its 2018 Aktau Convention"
YEAR_BEFORE_RE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?P<y>(?:19|20)\d\d)\s+$", re.I)
NAMED_TYPES = ("program", "event_name")
NAMED_AGREEMENT = Trigger("agreement", "noun", re.compile("named"), ("with", "between"), True, "actor")


def recorded_parties(ctx: ArticleContext, eid: str) -> list[str]:
    """The states the gazetteer records as the parties of the named accord ``eid`` (its ``countries``
    attribute), those the gazetteer knows; an empty list when it records none."""
    ent = ctx.entity(eid)
    return [f"state:{x}" for x in str(ent.attrs.get("countries", "") if ent else "").split(";")
            if x and ctx.entity(f"state:{x}") is not None]


def object_parties(sv: SentenceView, ctx: ArticleContext, c: Cand) -> None:
    """"the five Caspian states signed the Convention on the Legal Status of the Caspian Sea": an
    agreement verb with no party named whose object is an agreement the gazetteer records the parties of."""
    if c.trig.etype != "agreement" or c.trig.kind != "verb" or c.ids:
        return
    for m in sv.mentions:
        a = sv.rel(m.start)
        if not c.end <= a <= c.end + 12 or ctx.etype(m.entity_id) not in NAMED_TYPES or \
                not AGREEMENT_NAME_RE.search(m.text):
            continue
        got = recorded_parties(ctx, m.entity_id)
        if len(got) >= 2:
            c.extra_actors = got
            c.inferences["actors"] = f"the parties the gazetteer records for the {m.text}"
        return


def named_agreements(sv: SentenceView, ctx: ArticleContext, parts: list[Part]) -> list[Cand]:
    """An agreement event for each gazetteer agreement named after a modifier year."""
    if "Declaration" not in sv.text and not AGREEMENT_NAME_RE.search(sv.text):
        return []
    out: list[Cand] = []
    for m in sv.mentions:
        if ctx.etype(m.entity_id) not in NAMED_TYPES or not AGREEMENT_NAME_RE.search(m.text):
            continue
        a, b = sv.rel(m.start), sv.rel(m.end)
        ym = YEAR_BEFORE_RE.search(sv.text, max(0, a - 12), a)
        if ym is None:
            continue
        c = Cand(NAMED_AGREEMENT, a, b, between_parties(parts, sv.text, b, min(len(sv.text), b + 60)), [], True)
        c.date = (ym.group("y"), ym.group("y"), "as written")
        c.parts_all = parts
        if not c.actors:
            got = recorded_parties(ctx, m.entity_id)
            if len(got) < 2:
                continue
            c.extra_actors = got
            c.inferences["actors"] = f"the parties the gazetteer records for the {m.text}"
        out.append(c)
    return out
