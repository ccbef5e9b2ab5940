"""States named as exceptions are not the members a cue tells: "All five states except
Turkmenistan are members of the SCO", "every neighbour apart from X and Y belongs to it", "X,
unlike Y, belongs to ORG". The excepted list runs through and/or/nor or through the commas of an
"X, Y and Z" series only; a fronted "Unlike/Apart from/Except for X, ..." ends at the comma that
closes it (the main clause's subject follows); "apart from / other than X" with "also/too/as
well" in its clause means "besides X": X is no exception."""

from __future__ import annotations

import re

from silkgraph.extract.events import Part
from silkgraph.extract.pronoun import DATELINE_RE

# an exclusion right before a state (the state, or a list of them, is left out)
# the words that leave what follows them out (also read after a named group of states, state_groups.py)
EXCEPT_WORDS = r"except(?:\s+for)?|apart\s+from|other\s+than|save\s+for|but\s+not|excluding|with\s+the\s+exception\s+of"
# (one describing word may stand between: "except neutral Turkmenistan", "other than landlocked Nepal")
DESCRIBER = (
    r"(?:(?!(?:when|where|if|that|in|on|at|by|as|to|for|with|after|before|during|since|perhaps|possibly)\b)"
    r"(?-i:[a-z])[a-z\-]+\s+)?"
)
EXCEPT_RE = re.compile(rf"\b(?:{EXCEPT_WORDS}|unlike)\s+(?:the\s+)?" + DESCRIBER + "$", re.I)
CONJ_GAP_RE = re.compile(r"\s*(?:,\s*)?(?:and|or|nor)\s+(?:the\s+)?", re.I)
COMMA_GAP_RE = re.compile(r"\s*,\s*(?:the\s+)?", re.I)
# the exclusion opens its clause: "Unlike X, ...", "; apart from X, ...", "But except for X, ..."
FRONTED_RE = re.compile(r"(?:[;:(—–]|\b(?:but|and|yet|while|whereas|however|though|although)\s*,?)\s*$", re.I)
# "apart from X, Y is also a member": an addition, not an exception (unless "all/every … other than X")
INCLUSIVE_RE = re.compile(r"^(?:apart|other|aside)\b", re.I)
ALSO_RE = re.compile(r"\b(?:also|as\s+well(?!\s+as\b)|too(?=\s*(?:[,.;)]|$)))", re.I)
QUANT_BEFORE_RE = re.compile(r"\b(?:all|every|each|any|no|none|nobody|no\s+one)\b[^,;]{0,40}$", re.I)


def _valid_lengths(text: str, chain: list[Part]) -> list[int]:
    """The lengths of the prefixes of ``chain`` (linked states, the first excepted) that make a
    list: joined by and/or/nor only, or an "X, Y and Z" series (bare commas, then one and/or)."""
    conj = [CONJ_GAP_RE.fullmatch(text, a.end, b.start) is not None for a, b in zip(chain, chain[1:], strict=False)]
    first_conj = conj.index(True) if True in conj else len(conj)
    first_comma = conj.index(False) if False in conj else len(conj)
    # prefix k holds links 0..k-2: all conjunctions, or commas up to a last conjunction
    return [1] + [k for k in range(2, len(chain) + 1) if k - 1 <= first_comma or first_conj == k - 2]


def _chain(text: str, states: list[Part], i: int) -> list[Part]:
    """The states linked to ``states[i]`` by commas or and/or/nor, in order."""
    out = [states[i]]
    for p in states[i + 1:]:
        a = out[-1].end
        if CONJ_GAP_RE.fullmatch(text, a, p.start) is None and COMMA_GAP_RE.fullmatch(text, a, p.start) is None:
            break
        out.append(p)
    return out


def _excepted(text: str, states: list[Part], i: int, cue: re.Match[str]) -> list[Part]:
    """The states left out by the exclusion ``cue`` before ``states[i]``."""
    end = text.find(";", cue.end())
    near = max(0, cue.start() - 60)  # the words just before the exclusion
    if INCLUSIVE_RE.match(cue.group(0)) and ALSO_RE.search(text, cue.end(), end if end >= 0 else len(text)) \
            and not QUANT_BEFORE_RE.search(text, near, cue.start()):
        return []
    chain = _chain(text, states, i)
    ks = _valid_lengths(text, chain)
    dl = DATELINE_RE.match(text)
    start = dl.end() if dl and dl.end() <= cue.start() else 0
    if not text[start:cue.start()].strip() or FRONTED_RE.search(text, max(start, near), cue.start()):
        # the fronted phrase ends at a comma: the longest list closed by one, else its first state
        ks = [k for k in ks if text.startswith(",", chain[k - 1].end)] or [1]
    n = ks[-1]
    return chain[:n]


def drop_excepted(text: str, states: list[Part]) -> list[Part]:
    """``states`` without those named after an exclusion ("except X", "apart from X and Y")."""
    if not any(w in text for w in ("xcept", "part from", "other than", "save for", "but not", "xcluding", "nlike")):
        return states
    ordered = sorted(states, key=lambda q: q.start)
    out_ids: set[int] = set()
    for i, p in enumerate(ordered):
        if id(p) in out_ids:
            continue
        cue = EXCEPT_RE.search(text, max(0, p.start - 30), p.start)
        if cue is not None:
            out_ids.update(id(q) for q in _excepted(text, ordered, i, cue))
    return [p for p in ordered if id(p) not in out_ids]
