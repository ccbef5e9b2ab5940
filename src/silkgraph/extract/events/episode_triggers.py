"""Triggers of stepping back and of recognition kept in ``ontology/episodes.yaml``: "Armenia's freeze of its
participation in the CSTO", "stopped paying its dues to", "let its membership lapse", "Russia's recognition
of Abkhazia".

They are compiled like the main trigger list (the same fields, the same word boundaries) and each is gated
on its literal words (``prefilter.Gate``).  A match is added to the sentence's trigger hits only where no
main trigger matched overlapping words, so the main list always wins and nothing is read twice.
"""

from __future__ import annotations

import re

from silkgraph.extract.events.episode_date import load_episodes_raw
from silkgraph.extract.events.triggers import COUNTED_WORDS_RE, Trigger, _words
from silkgraph.nlp.prefilter import Gate, lower_for_gates


def _compile() -> list[tuple[Trigger, Gate]]:
    out = []
    for etype, specs in load_episodes_raw()["episode_triggers"].items():
        for sp in specs:
            rx = re.compile(r"(?<![\w\-])(?:" + sp["pattern"] + r")(?![\w\-])", re.I)
            t = Trigger(etype, sp["kind"], rx, _words(sp.get("preps")), bool(sp.get("symmetric")),
                        sp.get("poss", "actor"), _words(sp.get("actor_preps")), sp.get("obj", "target"),
                        sp.get("needs", ""), bool(sp.get("absorbs")), sp.get("subject", "actor"), "", 0,
                        COUNTED_WORDS_RE.search(sp["pattern"]) is not None)
            out.append((t, Gate(rx)))
    return out


EPISODE_TRIGGERS = _compile()


def _inside(h: re.Match[str], m: re.Match[str]) -> bool:
    return m.start() <= h.start() and h.end() <= m.end() and h.end() - h.start() < m.end() - m.start()


def with_episode_triggers(text: str, hits: list[tuple[Trigger, re.Match[str]]]) -> list[tuple[Trigger, re.Match[str]]]:
    """``hits`` with the matches of the episode triggers, in text order: a match overlapping a main hit
    only in part is dropped; one holding main hits within its longer words replaces them (the longest
    match is the trigger, as in the main list: "suspension of its membership" over "suspension")."""
    low = lower_for_gates(text)
    extra = [(t, m) for t, gate in EPISODE_TRIGGERS for m in gate.finditer(text, low)
             if all(_inside(h, m) or not (m.start() < h.end() and h.start() < m.end()) for _t, h in hits)]
    if not extra:
        return hits
    kept = [(t, h) for t, h in hits if not any(_inside(h, m) for _t, m in extra)]
    return sorted(kept + extra, key=lambda x: x[1].start())
