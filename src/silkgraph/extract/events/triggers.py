"""The event trigger lexicon: loading, the prefix index and finding triggers in text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from silkgraph.extract.events.patterns import _DATA
from silkgraph.extract.events.speech import has_cue
from silkgraph.extract.events.trigger_prefixes import PREFIX_LEN, _trigger_prefixes
from silkgraph.extract.events.trigger_prefixes import _prefixes as _prefixes
from silkgraph.extract.events.trigger_words import COUNTED_WORDS_RE, _Flat
from silkgraph.extract.events.trigger_words import one_word_mentions as one_word_mentions
from silkgraph.nlp.pattern_parts import fill_parts
from silkgraph.nlp.prefilter import Gate, literal_prefixes, lower_for_gates


@dataclass(frozen=True)
class Trigger:
    etype: str
    kind: str  # verb | noun
    regex: re.Pattern[str]
    preps: tuple[str, ...]
    symmetric: bool
    poss: str  # actor | target
    actor_preps: tuple[str, ...] = ()
    obj: str = "target"  # role of what follows the trigger
    needs: str = ""  # "target" / "actor": an event only with one; "both": with an actor and a target;
    # "org_target": only with an organisation as a target; "pair": with two or more states; "main": a noun only as
    # the sentence's main event, "from_body": an organisation or state named after "from" (events/evnom_main.py)
    absorbs: bool = False  # "ratified Sweden's accession": the object event is this event's target
    subject: str = "actor"  # "target": the clause's subject undergoes the event ("X was expelled from")
    cue: str = ""  # a ``speech_cues`` family the complement after the trigger must show ("warned that …")
    prio: int = 0  # of two matches with the same span, the higher priority is the trigger
    counts_words: bool = False  # a lookahead counting words ("asked (?:[\w\-]+ ){1,4}to"): a name is one word


def _words(xs: list | None) -> tuple[str, ...]:  # type: ignore[type-arg]
    """YAML 1.1 reads a bare ``on`` as true: prepositions are words."""
    return tuple("on" if x is True else str(x) for x in xs or ())


def _flat_match(t: Trigger, text: str, flat: _Flat, i: int) -> re.Match[str] | None:
    """The match at ``i`` of a word-counting trigger that failed on the text: its match on the text with names
    made one word (kept only when what it consumes is the text's own).  Callers try ``t.regex.match`` first and
    call this only on a miss by a trigger with ``counts_words``."""
    m = None
    if flat.spans:
        ft = flat.get()
        if ft is not None:
            m = t.regex.match(ft, i)
            if m is not None and ft[m.start():m.end()] != text[m.start():m.end()]:
                return None
    return m


def _compile_triggers() -> list[Trigger]:
    out = []
    # "triggers" and the blocks appended after it ("triggers_talk": talks, travel and speech acts), in file order
    blocks = [_DATA[k] for k in _DATA if k == "triggers" or k.startswith("triggers_")]
    for etype, specs in ((e, s) for b in blocks for e, s in b.items()):
        for sp in specs:
            pattern = fill_parts(sp["pattern"], _DATA["trigger_parts"])  # a word list two triggers share
            rx = re.compile(r"(?<![\w\-])(?:" + pattern + r")(?![\w\-])", re.I)
            out.append(Trigger(etype, sp["kind"], rx, _words(sp.get("preps")),
                               bool(sp.get("symmetric")), sp.get("poss", "actor"),
                               _words(sp.get("actor_preps")), sp.get("obj", "target"),
                               sp.get("needs", ""), bool(sp.get("absorbs")), sp.get("subject", "actor"),
                               sp.get("cue", ""), int(sp.get("prio", 0)), COUNTED_WORDS_RE.search(pattern) is not None))
    return out


TRIGGERS = _compile_triggers()


def _index_triggers() -> tuple[dict[str, list[Trigger]], list[Trigger]]:
    """Triggers by the lower-case prefix (1 to ``PREFIX_LEN`` letters) every match of
    theirs begins with; a pattern that cannot be analysed is tried at every word."""
    try:
        from re import _parser as P  # type: ignore[attr-defined]  # noqa: F401
    except ImportError:  # pragma: no cover - other Pythons: no index, same results
        return {}, list(TRIGGERS)
    by_prefix: dict[str, list[Trigger]] = {}
    anywhere: list[Trigger] = []
    for t in TRIGGERS:
        pres = _trigger_prefixes(t.regex.pattern)
        if "" in pres:
            anywhere.append(t)
            continue
        for p in pres:
            lst = by_prefix.setdefault(p, [])
            if t not in lst:
                lst.append(t)
    return by_prefix, anywhere


TRIGGERS_BY_PREFIX, TRIGGERS_ANYWHERE = _index_triggers()
PREFIX_LENS = sorted({len(p) for p in TRIGGERS_BY_PREFIX})


# the lower-case first three characters at each word start ("to " and "co-" included)
HEAD_RE = re.compile(r"\b(?=([a-z][a-z\- ]{2}))")
WORD_START_RE = re.compile(r"(?<![\w\-])[A-Za-z]")
FAST_PREFIX = PREFIX_LENS == [PREFIX_LEN]


def _trigger_starts(text: str) -> list[tuple[int, str]]:
    """(position, prefix) of the word starts where an indexed trigger may begin.  One
    C-level scan and a set intersection reject a sentence without any (most sentences);
    otherwise each prefix found is located with ``str.find``."""
    low = text.lower()
    if not FAST_PREFIX or len(low) != len(text):
        return [(w.start(), text[w.start():w.start() + PREFIX_LEN].lower()) for w in WORD_START_RE.finditer(text)]
    if _HEAD_AUTOMATON is not None:
        # every occurrence of an indexed prefix, found in one scan (same pairs as below;
        # their order does not matter to _find_triggers, which sorts by position)
        out = []
        for last, p in _HEAD_AUTOMATON.iter(low):
            i = last - PREFIX_LEN + 1
            if i == 0 or not (low[i - 1].isalnum() or low[i - 1] in "_-"):
                out.append((i, p))
        return out
    hits = PREFIX_SET.intersection(HEAD_RE.findall(low))
    out = []
    for p in hits:
        i = low.find(p)
        while i != -1:
            if i == 0 or not (low[i - 1].isalnum() or low[i - 1] in "_-"):
                out.append((i, p))
            i = low.find(p, i + 1)
    return out


PREFIX_SET = frozenset(TRIGGERS_BY_PREFIX)


def _head_automaton() -> Any:
    """An Aho-Corasick automaton of the prefixes HEAD_RE can yield (others never match)."""
    try:
        import ahocorasick
    except ImportError:  # pragma: no cover
        return None
    keys = sorted(p for p in PREFIX_SET if HEAD_SHAPE_RE.fullmatch(p))
    if not keys:
        return None
    a = ahocorasick.Automaton()
    for p in keys:
        a.add_word(p, p)
    a.make_automaton()
    return a


HEAD_SHAPE_RE = re.compile(r"[a-z][a-z\- ]{2}")
_HEAD_AUTOMATON: Any = _head_automaton() if FAST_PREFIX else None


LONG_LEN = 8  # the longest literal prefixes the long index keys triggers by


def _long_index() -> Any:
    """An Aho-Corasick automaton of the indexed triggers' literal prefixes (up to ``LONG_LEN``
    characters, ``prefilter.literal_prefixes``), each with its length and the positions in
    ``TRIGGERS`` of the triggers it starts.  A trigger is keyed only by prefixes that extend
    one of its heads, so it is tried at fewer of the word starts ``_trigger_starts`` gives
    it — never at another — and skipped only where it cannot match."""
    try:
        import ahocorasick
    except ImportError:  # pragma: no cover
        return None
    if _HEAD_AUTOMATON is None:
        return None
    heads_of: dict[int, set[str]] = {}  # by id: ``_find_triggers`` tries the very triggers listed
    for p, ts in TRIGGERS_BY_PREFIX.items():
        if HEAD_SHAPE_RE.fullmatch(p):
            for t in ts:
                heads_of.setdefault(id(t), set()).add(p)
    keys: dict[str, set[int]] = {}
    for k, t in enumerate(TRIGGERS):
        heads = heads_of.get(id(t))
        if not heads:
            continue  # tried everywhere (TRIGGERS_ANYWHERE), or never
        longs = literal_prefixes(t.regex, LONG_LEN)
        if longs is None or any(len(p) < PREFIX_LEN for p in longs):
            longs = frozenset(heads)
        for p in longs:
            if p[:PREFIX_LEN] in heads:
                keys.setdefault(p, set()).add(k)
    a = ahocorasick.Automaton()
    for p, ks in sorted(keys.items()):
        a.add_word(p, (len(p), tuple(sorted(ks))))
    a.make_automaton()
    return a


_LONG_AUTOMATON: Any = _long_index()
_ANYWHERE_GATES = tuple(Gate(t.regex) for t in TRIGGERS_ANYWHERE)


# a negated auxiliary right before a trigger ("did not", "hasn't", "will never", "has not yet", "never"): the verb
# after it is told as not done
NEG_AUX_RE = re.compile(
    r"(?:\b(?:did|does|do|has|have|had|was|were|is|are|will|would|could|can|should|shall|may|might|must)"
    r"(?:\s+not|n[’']t)(?:\s+(?:yet|ever|even|actually|formally|officially|once))?|\b(?:wo|ca)n[’']t|\bnever)"
    r"(?:\s+(?:been|be|have))?\s+$", re.I)


def _find_triggers(text: str, spans: list[tuple[int, int]] | None = None) -> list[tuple[Trigger, re.Match[str]]]:
    """Every trigger match, longest first at each position, non-overlapping, leftmost first (``spans``: the
    sentence's mentions, each counted as one word by a word-counting trigger, see ``one_word_mentions``)."""
    flat = _Flat(text, spans)
    low = lower_for_gates(text)
    found: list[tuple[Trigger, re.Match[str]]] = []
    if low is None or _LONG_AUTOMATON is None:
        for pos, head in _trigger_starts(text):
            for n in PREFIX_LENS:
                for t in TRIGGERS_BY_PREFIX.get(head[:n], ()):
                    m = t.regex.match(text, pos)
                    if m is None and t.counts_words:
                        m = _flat_match(t, text, flat, pos)
                    if m is not None:
                        found.append((t, m))
    else:  # the same matches, in the same order at each position: fewer triggers tried
        at: dict[int, list[int]] = {}
        for last, (n, ks) in _LONG_AUTOMATON.iter(low):
            i = last - n + 1
            if i == 0 or not (low[i - 1].isalnum() or low[i - 1] in "_-"):
                got = at.get(i)
                if got is None:
                    at[i] = list(ks)
                else:
                    got.extend(ks)
        for i, ks in at.items():
            for k in sorted(set(ks)) if len(ks) > 1 else ks:
                t = TRIGGERS[k]
                m = t.regex.match(text, i)
                if m is None and t.counts_words:
                    m = _flat_match(t, text, flat, i)
                if m is not None:
                    found.append((t, m))
    for t, gate in zip(TRIGGERS_ANYWHERE, _ANYWHERE_GATES, strict=True):
        found.extend((t, m) for m in gate.finditer(text, low))  # as t.regex.finditer(text)
    if not found:
        return []
    lw = low if low is not None else text.lower()
    if "not" in lw or "never" in lw or "n't" in lw or "n’t" in lw:
        # "did not attack X", "has not signed a deal", "never visited": a base form or participle right after a
        # negated auxiliary is a verb told as not done (a noun trigger read there, "attack", is that verb)
        found = [(t, m) for t, m in found if NEG_AUX_RE.search(text, max(0, m.start() - 40), m.start()) is None]
        if not found:
            return []
    if any(t.cue for t, _m in found):  # "warned that …" is a threat only with a cue; else the next trigger
        found = [(t, m) for t, m in found if not t.cue or has_cue(t.cue, text, m.end())]
    found.sort(key=lambda x: (x[1].start(), -(x[1].end() - x[1].start()), -x[0].prio))
    out: list[tuple[Trigger, re.Match[str]]] = []
    last_end = -1
    for t, m in found:
        if m.start() < last_end:
            continue
        out.append((t, m))
        last_end = m.end()
    return out


def _retyped(trig: Trigger, etype: str) -> Trigger:
    from dataclasses import replace

    return replace(trig, etype=etype)
