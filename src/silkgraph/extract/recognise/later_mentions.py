"""Recognition's article-wide passes after the sentence passes: a person named later by
surname alone, and an acronym the article defined used later, outside any mention made.

:class:`LaterMentions` is a base of :class:`~silkgraph.extract.recognise.recogniser.Recogniser`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable

from silkgraph.extract.recognise.whole_words import WholeWords
from silkgraph.model import Mention, Sentence


class _Covered:
    """Whether a position lies inside one of a fixed set of spans: ``pos in covered`` is
    ``any(a <= pos < b for a, b in spans)``, by bisection over the sorted starts with a
    running maximum of the ends."""

    __slots__ = ("_starts", "_max_end")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _b in ordered]
        self._max_end: list[int] = []
        hi = -1
        for _a, b in ordered:
            hi = max(hi, b)
            self._max_end.append(hi)

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos)
        return i > 0 and self._max_end[i - 1] > pos


class LaterMentions:
    """The later-mention passes of a :class:`~silkgraph.extract.recognise.recogniser.Recogniser`."""

    text: str
    sentences: list[Sentence]
    mentions: list[Mention]
    local_acr: dict[str, str]
    surnames: dict[str, str]
    lo: int
    hi: int
    add: Callable[..., None]

    def later_surnames(self) -> None:
        """Later mentions of a person by surname alone, outside any existing mention."""
        surnames, text = self.surnames, self.text
        if not surnames:
            return
        found = WholeWords((x for x in surnames if len(x) > 2), text, self.lo, self.hi)
        spans = {(m.start, m.end) for m in self.mentions}
        covered = _Covered(spans)
        for start, end, name in found.in_spans((s.start, s.end) for s in self.sentences):
            if (start, end) in spans or start in covered:
                continue
            self.add(start, end, surnames[name], "surname")

    def later_acronyms(self) -> None:
        """Acronyms defined locally, used later in the article outside any existing mention."""
        local_acr, text = self.local_acr, self.text
        if not local_acr:
            return
        found = WholeWords(local_acr, text, self.lo, self.hi)
        covered = _Covered((m.start, m.end) for m in self.mentions)
        for start, end, acronym in found.in_spans((s.start, s.end) for s in self.sentences):
            if start in covered:
                continue
            self.add(start, end, local_acr[acronym], "acronym")
