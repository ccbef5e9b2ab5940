"""Names counted as one word by the event triggers whose lookahead counts the words up to a cue
("asked … to"): telling such a trigger, and the sentence with the spaces inside each mention
made "_", worked out only when such a trigger first needs it (read by ``triggers``)."""

from __future__ import annotations

import re

# a lookahead that counts words up to a cue ("asked(?= (?:[\w\-]+ ){1,4}to …)"): the object it skips is best
# counted by mentions, a recognised name being one word however long ("asked the Organization for Security and
# Co-operation in Europe to close its mission")
COUNTED_WORDS_RE = re.compile(r"\(\?=[^|]*\)\{\d,\d\}")


def one_word_mentions(text: str, spans: list[tuple[int, int]]) -> str | None:
    """``text`` with the spaces inside each multi-word mention (``spans``, sentence offsets) made "_", so a
    name counts as one word; the same length, so offsets are the text's.  None when no mention has a space."""
    chars: list[str] | None = None
    for a, b in spans:
        if " " in text[a:b]:
            if chars is None:
                chars = list(text)
            for i in range(a, b):
                if chars[i] == " ":
                    chars[i] = "_"
    return "".join(chars) if chars is not None else None


class _Flat:
    """The sentence with names made one word, worked out only when a word-counting trigger first needs it."""

    __slots__ = ("spans", "text", "value")

    def __init__(self, text: str, spans: list[tuple[int, int]] | None) -> None:
        self.text, self.spans, self.value = text, spans, ""

    def get(self) -> str | None:
        if self.spans is None:
            return None
        if not self.value:
            self.value = one_word_mentions(self.text, self.spans) or self.text
        return None if self.value is self.text else self.value
