"""The relation facts of the pairs a sentence's cues found: a denial just before the cue drops
one, a group party stands for each of its member states, and a pair already told in the
article (same kind family) gets only the new evidence.  Reads the article state's relations;
moved out of the package's ``__init__`` to keep it small."""

from __future__ import annotations

import itertools
import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part, add_evidence, article_state
from silkgraph.extract.relations.denied import denied_before
from silkgraph.extract.relations.groups import GroupMention, group_mentions
from silkgraph.extract.relations.modifiers import resolved_before
from silkgraph.model import Fact

FAMILY = {"ally": "friendly", "partner": "friendly", "rival": "hostile", "adversary": "hostile",
          "neutral": "neutral"}
# a cue denied right before it: "has no rivalry with", "have never fought a war", "is no longer Y's
# partner" (a few function words between)
NEG_BEFORE_RE = re.compile(r"(?:\b(?:no|not|never|neither|nor)|n[’']t)\s+(?:(?:a|an|the|any|been|be|have|has|had|"
                           r"fought|waged|signed|formed|yet|ever|real|formal|open|direct|such|longer|much|major|serious)\s+){0,3}$", re.I)


def _expand(p: Part, why: str, groups: list[GroupMention]) -> list[tuple[str, str]]:
    """A group party stands for each of its member states (recorded as an inference)."""
    if not p.eid.startswith("group:"):
        return [(p.eid, p.why or why)]  # an anaphor's antecedent ("the movement") is an inference
    g = groups[int(p.eid.split(":", 1)[1])]
    return [(m, g.why(m)) for m in g.members]


def _facts(sv: SentenceView, ctx: ArticleContext, ps: list[Part], found: list[tuple[Part, Part, str, int, str]],
           weak: list[tuple[Part, Part, str, int]]) -> list[Fact]:
    """The relation facts of the pairs found (a weak act only for a pair the article has told
    nothing of), merged with the article's earlier facts of the same pair and family."""
    st = article_state(ctx)
    out: list[Fact] = []
    groups = group_mentions(sv.text, sv.low) if any(p.kind == "group" for p in ps) else []
    told = {(k[0], k[1]) for k in st.relations}
    for a, b, kind, pos, why in found + [(a, b, k, p, "weak") for a, b, k, p in weak]:
        if a.eid == b.eid or (a.kind == "group" and b.kind == "group"):
            continue
        if why == "weak":  # a weak act: only for a pair the article has told nothing of
            if tuple(sorted((a.eid, b.eid))) in told:
                continue
            why = ""
        if NEG_BEFORE_RE.search(sv.text, max(0, pos - 40), pos) or (kind == "rival" and resolved_before(sv.text, pos)) \
                or (FAMILY[kind] == "hostile" and denied_before(sv.text, pos)):
            continue  # "have no rivalry with Y"; "eased tensions along its border with Y"; "not seeking a quarrel with Y"
        for (ea, wa), (eb, wb) in itertools.product(_expand(a, why, groups), _expand(b, why, groups)):
            if ea == eb:
                continue
            (x, wx), (y, wy) = sorted(((ea, wa), (eb, wb)))
            key = (x, y, FAMILY[kind])
            old = st.relations.get(key)
            if old is not None:
                add_evidence(old, sv)
                if kind == "ally" and old.args.get("kind") == "partner":
                    old.args["kind"] = "ally"  # "hosts a Russian base" … "Moscow remains Bishkek's closest ally"
                continue
            inf = {k: w for k, w in (("a", wx), ("b", wy)) if w}
            if why and not inf.keys() >= {"a", "b"}:
                inf = {"a": inf.get("a", why), "b": inf.get("b", why)}
            f = ctx.fact("relation", sv, {"a": x, "b": y, "kind": kind}, sv.abs(pos), inferences=inf or None)
            st.relations[key] = f
            out.append(f)
    return out
