"""A view told in a relative clause whose head is the viewed party: "X has moved to open engagement
with Y, which it regards as a partner", "Y, whom X counts as an ally, ...". The object of the view
verb is the relative pronoun, so the viewed party is the clause's head (the party right before
", which"/", whom"), and the viewer is the relative clause's own subject: a party named there, or
"it"/"they", which stands for the main clause's subject (the party opening the sentence)."""

from __future__ import annotations

import re

from silkgraph.extract.events import Part
from silkgraph.extract.relations.parties import main_subject

# between the head and the view verb: ", which it (now) regards", ", whom Moscow has long considered"
# (the subject group, then auxiliaries and adverbs; no clause boundary inside)
REL_HEAD_RE = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:which|whom|who)\s+(?P<subj>[^,;.()]{1,40}?)"
                         r"(?:\s+(?:has|have|had|does|do|did|now|still|also|long|increasingly|openly|publicly|"
                         r"officially|come\s+to|came\s+to|(?-i:[a-z]+ly)))*\s+$", re.I)
PRONOUN_SUBJ_RE = re.compile(r"(?:it|they)", re.I)
# a named subject: the party with nothing but an article before it
NAMED_SUBJ_RE = re.compile(r"(?:the\s+)?", re.I)


def relative_view(ps: list[Part], text: str, cue_start: int) -> tuple[Part, Part] | None:
    """(viewer, viewed) for a view verb at ``cue_start`` that opens no object of its own but ends a
    relative clause ("Y, which it regards as ..."), else None."""
    head = None
    for p in ps:
        if p.end <= cue_start and (rm := REL_HEAD_RE.fullmatch(text, p.end, cue_start)) is not None:
            head, rel = p, rm
    if head is None:
        return None
    subj_text = rel.group("subj")
    if PRONOUN_SUBJ_RE.fullmatch(subj_text):
        viewer = main_subject(ps, text, head.start)
        if viewer is None:  # "X has moved to engagement with Y, which it …": the sentence's opening party
            viewer = next((p for p in ps if p.end <= head.start), None)
            if viewer is not None and text[:viewer.start].strip(" \"“") and \
                    not re.fullmatch(r"[A-Z][A-Z .'\-]+,[^—–]{0,60}?\s(?:[—–]|--?)\s", text[:viewer.start]):
                viewer = None  # (not the sentence's opening party: no safe antecedent)
    else:
        s0 = rel.start("subj")
        viewer = next((p for p in ps if s0 <= p.start and NAMED_SUBJ_RE.fullmatch(text, s0, p.start)
                       and p.end == rel.end("subj")), None)
    if viewer is None or viewer.eid == head.eid:
        return None
    return viewer, head
