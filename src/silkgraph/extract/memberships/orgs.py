"""Where the organisation of a membership cue stands when it is not named right after the cue:
the possessor of "members" ("the bloc's members are ...") or the subject of an active cue
("the SCO admitted Belarus")."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part, clause_bounds
from silkgraph.extract.memberships.cues import BLOC_OWNER_NOUNS
from silkgraph.extract.memberships.salient import salient_bloc

# "the organisation's", "the bloc's", "its" right before the cue: the organisation named before
OWNER_ANAPHOR_RE = re.compile(r"(?:\b(?:the|this|that)\s+(?:[\w\-]+\s+)?(?:" + BLOC_OWNER_NOUNS + r")|\bits)\s*$", re.I)


ANAPHOR_POSS_RE = re.compile(r"\b(?:the|this|that)\s+(?:" + BLOC_OWNER_NOUNS + r")(?=[’']s\b)", re.I)


def owner_org(ctx: ArticleContext, sv: SentenceView, s: int,
              anywhere: tuple[int, int] | None = None) -> tuple[list[str], str | None]:
    """"The organisation's members are X, Y and Z": the organisation "the organisation" names
    (the last one named before, in this sentence or the few before it); with ``anywhere`` the
    anaphor may stand anywhere in that span ("Belarus, the organisation's newest member")."""
    m = OWNER_ANAPHOR_RE.search(sv.text, max(0, s - 40), s) if anywhere is None else \
        ANAPHOR_POSS_RE.search(sv.text, *anywhere)
    if m is None:
        return [], None
    rec = salient_bloc(ctx, sv, m.start())
    return ([rec[0]], f"'{m.group(0).strip()}' = {rec[1]}") if rec else ([], None)


# "the CSTO, which groups ...", "the SCO (SCO), which brings together ...": a relative clause right after the organisation
REL_AFTER_ORG_RE = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?,\s+(?:which|that)\s+(?:(?:now|also|still|currently|today)\s+)?",
                              re.I)


def subject_org(sv: SentenceView, orgs: list[Part], s: int) -> list[str]:
    """"The SCO admitted Belarus", "Leaders of the SCO admitted Belarus": the organisation
    named in the clause before the cue (the last one); "The CSTO, which groups six states
    including X": the organisation the relative clause opening the cue's clause is about."""
    cs, _ = clause_bounds(sv.text, s, s + 1)
    before = [o for o in orgs if cs <= o.start and o.end <= s]
    if before:
        return [before[-1].eid]
    head = [o for o in orgs if o.end <= s and REL_AFTER_ORG_RE.fullmatch(sv.text, o.end, s)]
    if head:
        return [head[-1].eid]
    # "In BRICS, of which X is a founder, Y has welcomed Z as members": a fronted "In ORG," frames the clause
    fronted = next((o for o in orgs if o.end <= s and FRONTED_IN_RE.fullmatch(sv.text, 0, o.start)), None)
    return [fronted.eid] if fronted is not None and sv.text.startswith(",", _abbr_end(sv.text, fronted.end)) else []


# a fronted frame opening the sentence: "In the SCO, …", "Within BRICS, …" (after a section label, if any)
FRONTED_IN_RE = re.compile(r"\s*(?:[A-Z]+:\s*)?(?:In|Within|Inside)\s+(?:the\s+)?")
ABBR_RE = re.compile(r"\s*\([^()]{1,15}\)")


def _abbr_end(text: str, end: int) -> int:
    """Where an organisation's name ends with its abbreviation in brackets, if any ("the SCO (SCO)")."""
    m = ABBR_RE.match(text, end)
    return m.end() if m else end
