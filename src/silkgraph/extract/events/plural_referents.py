"""What a plural pronoun ("they", "the states") stands for when the sentences before are read:
the states coordinated as the subject of the nearest sentence that has such a group.

A plural pronoun needs two or more states.  Going back from the pronoun's sentence (the
sentence right before it, then one more inside the same paragraph):

- a sentence naming no state ("Both sides appealed for calm", "Officials called it historic")
  or a single state ("Russia brokered a truce", "The talks covered Russia") cannot be what
  "they" means and is passed over;
- a sentence whose subject is a coordinated group of states ("Armenia and Azerbaijan fought",
  "The leaders of Iran and Iraq condemned Israel") gives that group (with a count, "the three
  states", only a group of that size);
- a sentence with one subject state and one partner after "with" ("Azerbaijan signed a deal
  with Georgia") gives the two;
- with a count ("both countries", "the three states"), a sentence naming exactly that many
  states gives them ("Kazakhstan's exports to Russia rose. Both countries ...");
- any other sentence naming several states ("Pakistan criticised India and Afghanistan") leaves
  the pronoun unclear: nothing is returned.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import same_paragraph
from silkgraph.extract.events.patterns import DATELINE_RE
from silkgraph.model import Mention

# before a subject group: a short fronted phrase ending in a comma ("On Monday, ", "In 2020, "), then
# the head of a noun phrase whose complement the group is ("The leaders of ", "Officials from the ")
SUBJECT_OPENING_RE = re.compile(
    r"(?:(?-i:[A-Z])[^,;:]{0,40},\s+)?(?:(?:the|both)\s+)?"
    r"(?:(?:[\w\-]+\s+){0,2}?(?:leaders|presidents|heads|ministers|officials|delegations|governments|"
    r"diplomats|envoys|militaries|armies|forces|representatives|negotiators)\s+(?:of|from)\s+)?(?:the\s+)?",
    re.I)
# between two states of a coordinated group: "X and Y", "X, Y and Z", "X as well as Y"
GROUP_GAP_RE = re.compile(r"\s*(?:,|and|,\s*and|&|,?\s*as\s+well\s+as)\s*(?:the\s+)?", re.I)
# a partner of a single subject: "X signed a deal with Y", "X held talks with Y"
WITH_RE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
LOOK_BACK = 2  # sentences: the one before and, in the same paragraph, one more


def _state_mentions(ctx: ArticleContext, view: SentenceView, skip: int) -> list[Mention]:
    return [m for m in view.mentions if view.rel(m.start) >= skip and m.role != "place"
            and ctx.etype(m.entity_id) == "state"]


def subject_group(ctx: ArticleContext, view: SentenceView) -> list[str]:
    """The distinct states coordinated as the sentence's subject (see the module docstring);
    a single subject state with one partner after "with" gives the two."""
    text = view.text
    dl = DATELINE_RE.match(text)
    skip = dl.end() if dl else 0
    ms = _state_mentions(ctx, view, skip)
    if not ms or not SUBJECT_OPENING_RE.fullmatch(text, skip, view.rel(ms[0].start)):
        return []
    group = [ms[0]]
    for m in ms[1:]:
        if not GROUP_GAP_RE.fullmatch(text, view.rel(group[-1].end), view.rel(m.start)):
            break
        group.append(m)
    ids = list(dict.fromkeys(m.entity_id for m in group))
    rest = [m for m in ms[len(group):] if m.entity_id not in ids]
    if len(ids) == 1 and len({m.entity_id for m in rest}) == 1 and \
            WITH_RE.search(text, max(0, view.rel(rest[0].start) - 10), view.rel(rest[0].start)):
        ids.append(rest[0].entity_id)
    return ids


def plural_referents(ctx: ArticleContext, sv: SentenceView, n: int | None) -> tuple[list[str], str] | None:
    """The states a plural pronoun in ``sv`` stands for (``n``: the count it tells, if any) and
    where they were found; ``None`` when the sentences before leave it unclear."""
    for back in range(1, LOOK_BACK + 1):
        i = sv.index - back
        if i < 0 or (back > 1 and not all(same_paragraph(ctx, ctx.sentences[k], ctx.sentences[k + 1])
                                          for k in range(i, sv.index))):
            return None  # (beyond the sentence right before, only inside the pronoun's paragraph)
        view = ctx.sentences[i]
        named = list(dict.fromkeys(m.entity_id for m in _state_mentions(ctx, view, 0)))
        if len(named) < 2:
            continue  # no state or one: not what "they" stands for
        where = "the previous sentence" if back == 1 else "the sentence before the previous one"
        group = subject_group(ctx, view)
        if len(group) >= 2 and (n is None or len(group) == n):
            return group, f"the subject of {where}"
        if n is not None and len(named) == n:  # "Both countries": the two states the sentence names
            return named, f"the {n} states {where} names"
        return None  # several states, no subject group of the right size: unclear
    return None
