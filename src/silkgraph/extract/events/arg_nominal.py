"""Roles inside an event noun's phrase that the possessor alone does not settle.

* "the strikes by India on China": the target phrase follows the by-agent, not the noun;
* "Armenia's shelling of Azerbaijan", "Russia's expulsion of Georgian diplomats", "the bombing of
  X": an of-phrase after an action noun is its object (the one acted on) when an agent is named
  before the noun, or when the noun is a gerund of a transitive verb ("shelling", "bombing");
* "Pakistan's sanctions on Afghanistan": a noun whose possessor is usually the one it falls on
  ("Russia's sanctions" = those on Russia) has its possessor as the actor when the target is named
  after it by the noun's own preposition.
"""

from __future__ import annotations

import re

from silkgraph.extract.events.participants import Part, _after

# a gerund nominal ("shelling", "bombing", "hijacking"): its of-phrase is what was acted on
GERUND_RE = re.compile(r"\w+ing$")
# a by-agent right after the noun: "the strikes by India", "the sanctions announced by X"
DIRECT_BY_RE = re.compile(r"\s+by\s+(?:the\s+)?")


def targets_after_agent(parts: list[Part], text: str, e: int, agent: list[Part], limit: int,
                        preps: tuple[str, ...]) -> list[Part]:
    """The target phrase told after a by-agent that directly follows the noun ending at ``e``
    ("the airstrikes by X on Y")."""
    if not agent or not DIRECT_BY_RE.match(text, e) or agent[0].start > e + 12:
        return []
    end = max(p.end for p in agent)
    # ("the shelling by Armenia of Azerbaijan": after the agent, an of-phrase is the object)
    tp = tuple(p for p in preps if p and p not in ("between", "by")) + ("of",)
    return _after(parts, text, end, min(limit, end + 60), tp) if tp else []


def of_is_object(trig_text: str, symmetric: bool, agent_before: bool) -> bool:
    """Whether the of-phrase after an (asymmetric) action noun names the one acted on."""
    if symmetric:
        return False
    return agent_before or GERUND_RE.search(trig_text) is not None


# a determiner or possessor right before an -ing verb trigger makes it a noun ("Armenia's shelling of X",
# "the bombing of X"): its of-phrase is its object
NOMINAL_BEFORE_RE = re.compile(r"(?:[’']s|\bthe|\bits|\btheir)\s+(?:[\w\-]+\s+){0,2}$", re.I)
OF_OBJ_RE = re.compile(r"\s+of\s+(?:the\s+)?")


def gerund_object(parts: list[Part], text: str, s: int, e: int, light_verb: bool) -> list[Part]:
    """The of-phrase object of a verb trigger used as a gerund nominal ("Armenia's shelling of X",
    "Armenian shelling of X", "launched shelling of X", "the shelling by A of X"), else []."""
    if not GERUND_RE.search(text, s, e):
        return []
    if not (light_verb or NOMINAL_BEFORE_RE.search(text, max(0, s - 40), s) or
            any(s - 2 <= p.end <= s for p in parts)):
        return []
    m = OF_OBJ_RE.match(text, e)
    if m is None:  # "the shelling by Armenia of Azerbaijan"
        by = DIRECT_BY_RE.match(text, e)
        agent = _after(parts, text, by.end(), by.end() + 3, ("",)) if by else []
        m = OF_OBJ_RE.match(text, agent[-1].end) if agent else None
    return _after(parts, text, m.end(), m.end() + 40, ("",)) if m else []
