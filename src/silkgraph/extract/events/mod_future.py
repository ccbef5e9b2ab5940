"""An event dated after the article's stated publication date cannot be told as having happened.

A report cannot witness what comes after it: an event whose own date lies past the stated
publication date ("a deal … next year", a day counted past the dateline) is planned, expected or
hypothetical, whatever its clause's mood. When the
clause names no plan or condition (modality ``asserted``, ``reported``), a meeting is taken as
planned (a summit or visit dated ahead is scheduled: "his visit next month"), any
other event as expected, which is no claim that it happened (``drop_modalities`` in
ontology/events.yaml).
Only a date worked out for the event (counted or relative: "next year", "a day later") is compared,
at its own precision; a date written for the event, or carried over from the sentence before, is
the writer's own statement of when it happened, left to the clause's cues ("could be signed in
2026": hypothetical). Only a stated publication date counts (an estimated one is drawn from the latest dated
reference already).

An event verb right after "could" or "might" ("warned that militants could attack", "might strike")
is a possibility, also in reported speech (where a modal otherwise reports an estimate: "said the
fine could reach $2 billion").
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext

# modalities that tell an event as having happened
TOLD_AS_DONE = frozenset({"asserted", "reported"})


def after_report(ctx: ArticleContext, iso: str | None) -> bool:
    """Whether the partial ISO date ``iso`` lies after the article's stated publication date (at the
    date's own precision: "2024" never lies after 2024-05-12)."""
    pub = ctx.article.published
    if not iso or not pub or len(pub) < 10:
        return False
    return iso > pub[:len(iso)]


# "could attack", "might well strike", "could have been signed": the modal right before the event verb
MODAL_BEFORE_RE = re.compile(r"\b(?:could|might)\s+(?:(?:well|easily|soon|yet|also|even|again|\w+ly)\s+)?"
                             r"(?:(?:have\s+)?been\s+|be\s+|have\s+)?$", re.I)


def future_modality(ctx: ArticleContext, text: str, start: int, etype: str, modality: str,
                    iso: str | None, basis: str = "") -> str:
    """The modality of an event of type ``etype`` and date ``iso`` (found by ``basis``) triggered at
    ``start`` of ``text`` told with ``modality``: hypothetical for a trigger right after
    "could"/"might"; planned (a meeting) or expected (any other) for an event told as done whose
    date lies after the report."""
    if modality in TOLD_AS_DONE and MODAL_BEFORE_RE.search(text, max(0, start - 30), start):
        return "hypothetical"
    if modality in TOLD_AS_DONE and basis != "as written" and not basis.startswith("carried") and \
            after_report(ctx, iso):
        return "planned" if etype == "meeting" else "expected"
    return modality
