"""The ``upgrade`` cues: "X raised relations (with Y) to a strategic partnership", "X and Y
raised their relations to …", "raised relations between X and Y to …".  Reads the party after
"with", the coordinated pair before "their", or the pair after "between"; split from
:mod:`silkgraph.extract.relations.pairs` to keep it small."""

from __future__ import annotations

from silkgraph.extract.events import Part, clause_bounds
from silkgraph.extract.relations.cues import BY_SHAPE
from silkgraph.extract.relations.maker import merged_runs
from silkgraph.extract.relations.parties import next_list, subject


def _upgrade(ps: list[Part], text: str, live: set[int]) -> list[tuple[Part, Part, str, int]]:
    """"X raised relations (with Y) to a strategic partnership": Y after "with", else the next
    other party of the sentence ("..., when Y's president visited"); "relations between X and Y":
    the pair after "between"."""
    out = []
    for cue in BY_SHAPE.get("upgrade", []):
        if id(cue) not in live:
            continue
        for m in cue.regex.finditer(text):
            if m.groupdict().get("between") is not None:  # "Aliyev and Xi raised relations between X and Y to …"
                lst = next_list(ps, text, m.start("between"), 2)
                if len(lst) == 2 and lst[0].eid != lst[1].eid and lst[1].start < m.end():
                    out.append((lst[0], lst[1], cue.kind, m.start()))
                continue
            if m.group("with") is None:  # "X and Y raised (their) relations to …": the coordinated pair
                both = _their_pair(ps, text, m.start())
                if both is not None:
                    out.append((both[0], both[1], cue.kind, m.start()))
                    continue
            subj = subject(ps, text, m.start())
            if subj is None:
                continue
            if m.group("with") is not None:
                w = m.start("with")
                obj = next((p for p in ps if w <= p.start <= w + 2), None)
            else:
                obj = next((p for p in ps if p.start >= m.end() and p.eid != subj.eid), None)
            if obj is not None and obj.eid != subj.eid:
                out.append((subj, obj, cue.kind, m.start()))
    return out


def _their_pair(ps: list[Part], text: str, pos: int) -> tuple[Part, Part] | None:
    """"Leaders of X and Y agreed to raise their relationship to …": the two coordinated
    parties of the clause before "their" (exactly two)."""
    cs, _ = clause_bounds(text, pos, pos + 1)
    ps = merged_runs(ps, text)  # "Chinese President Xi Jinping and Kyrgyz President Sadyr Japarov agreed to raise …"
    before = [p for p in ps if cs <= p.start and p.end <= pos]
    if not before:
        return None
    lst = next_list(ps, text, before[0].start, 0)
    if len(lst) != 2 or any(p.start >= pos for p in lst) or len(lst) != len(before):
        return None
    return lst[0], lst[1]
