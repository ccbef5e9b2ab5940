"""Named agreements by their shape ("the Ganges Water Treaty", "the Treaty of Kars"): reads
the treaty heads and generic words of ontology/name_heads.yaml, so that a programme the
gazetteer lacks is still one mention (moved from recognise/organisations.py)."""

from __future__ import annotations

import re

from silkgraph.extract.recognise.patterns import slug
from silkgraph.extract.recognise.shape_base import UWORD, ShapeHelpers
from silkgraph.resources import load_yaml

# "the Ganges Water Treaty", "the 2021 Shusha Declaration", "the Treaty of Kars": a named
# agreement (words and heads in ontology/name_heads.yaml)
_TREATY: list[tuple[re.Pattern[str], frozenset[str], frozenset[str]]] = []
_NAME_WORD = rf"{UWORD}(?<![’']s)"


def treaty_shapes() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """(pattern, lower-case heads for the sentence gate, generic words)."""
    if not _TREATY:
        data = load_yaml("ontology/name_heads.yaml")
        heads = "|".join(re.escape(h) for h in sorted(data["treaty_heads"], key=len, reverse=True))
        _TREATY.append((
            re.compile(
                rf"\b(?:the|The)\s+(?:\d{{4}}\s+)?(?P<name>(?:{_NAME_WORD}\s+){{1,5}}(?:{heads})"
                rf"|(?:{heads})\s+(?:of|on)\s+(?:the\s+)?{_NAME_WORD}(?:\s+(?:and\s+)?{_NAME_WORD}){{0,3}})"
                r"\b(?![\-’']|\s+(?:[A-Z]|of\s+[A-Z]))"),
            frozenset(h.lower() for h in data["treaty_heads"]),
            frozenset(data["treaty_generic_words"]) | frozenset(data["treaty_heads"])))
    return _TREATY[0]


class TreatyShapes(ShapeHelpers):
    """Named agreements the gazetteer lacks, recognised by their shape."""

    def named_treaties(self, st: str, base: int) -> None:
        """"the Ganges Water Treaty", "the Tashkent Declaration": capitalised words and an
        agreement head after "the" name a programme; a place or capital inside it is no
        mention of its own, a state or demonym stays. A name of generic words and states
        only ("the Defence Cooperation Agreement") describes and is left alone."""
        rx, _gate, generic = treaty_shapes()
        for m in rx.finditer(st):
            name = m.group("name")
            a, b = base + m.start("name"), base + m.end("name")
            inner = self._in(a, b)
            if any(o.start < a or o.end > b for o in inner):
                continue
            if any(o.start == a and o.end == b for o in inner):
                continue  # the gazetteer named it
            states = []
            ok = True
            for o in inner:
                e = self.entities.get(o.entity_id)
                if e is not None and e.type == "state" or o.kind in ("demonym", "adjective"):
                    states.append(o)
                elif not (o.kind == "capital" or (e is not None and e.type == "place")):
                    ok = False
            if not ok:
                continue
            own = [w for w in re.findall(r"[\w’'\-]+", name)
                   if w not in generic and w.lower() not in self.sh.stop
                   and not any(o.start <= a + name.find(w) < o.end for o in states)]
            if not own:
                continue
            known = [e for e in self.kb.lookup(name) if e.type in ("program", "event_name")]
            for o in inner:  # the place it is named after is no mention of its own
                if o not in states:
                    self._drop_inside(o.start, o.end)
            eid = known[0].id if known else self._new(f"program:{slug(name)}", "program", name, None)
            self.add(a, b, eid, "name")
