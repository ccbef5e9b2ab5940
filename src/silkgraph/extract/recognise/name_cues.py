"""Names recognised by their shape: the cue words of gazetteer/name_cues.yaml and the given
names of gazetteer/_given_names.csv (with their origins), loaded once per process by
:func:`cues`."""

from __future__ import annotations

from dataclasses import dataclass, field

from silkgraph.extract.recognise.patterns import TOKEN
from silkgraph.knowledge.normalise import fold
from silkgraph.resources import load_yaml, read_text


@dataclass
class Cues:
    """Word lists of gazetteer/name_cues.yaml and the given names of _given_names.csv."""

    data: dict[str, object]
    given: dict[str, str]  # folded lower-case given name -> origin
    given_gate: frozenset[str]  # its first ASCII letters run, for the sentence gate
    not_name: frozenset[str]
    particles: frozenset[str]
    surname_endings: tuple[str, ...]
    person_verbs: frozenset[str]
    person_possessed: frozenset[str]
    ship_gate: frozenset[str]  # lower-case ship prefixes and the last words of ship nouns

    word_sets: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    origins: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    def words(self, key: str) -> list[str]:
        return list(self.data.get(key) or [])  # type: ignore[call-overload]

    def word_set(self, key: str) -> frozenset[str]:
        """``frozenset(self.words(key))``, built once."""
        got = self.word_sets.get(key)
        if got is None:
            got = self.word_sets[key] = frozenset(self.words(key))
        return got

    def given_origin(self, word: str) -> str | None:
        """The origin of the given name ``word`` (or of its part before a hyphen), if any
        (cached)."""
        if word in self.origins:
            return self.origins[word]
        if len(self.origins) > 100_000:
            self.origins.clear()
        key = fold(word).lower()
        got = self.origins[word] = self.given.get(key) or self.given.get(key.split("-", 1)[0])
        return got


_CUES: list[Cues] = []


def cues() -> Cues:
    if _CUES:
        return _CUES[0]
    data = load_yaml("gazetteer/name_cues.yaml")
    given: dict[str, str] = {}
    for line in read_text("gazetteer/_given_names.csv").splitlines()[1:]:
        if line.strip():
            name, origin = line.rsplit(",", 1)
            given[fold(name).lower()] = origin
    gate = frozenset(t[0] for t in (TOKEN.findall(n) for n in given) if t)
    _CUES.append(Cues(
        data=data, given=given, given_gate=gate,
        not_name=frozenset(data["not_name_words"]),
        particles=frozenset(data["name_particles"]),
        surname_endings=tuple(data["surname_endings"]),
        person_verbs=frozenset(data["person_verbs"]),
        person_possessed=frozenset(data["person_possessed"]),
        ship_gate=frozenset([p.lower() for p in data["ship_prefixes"]]
                            + [n.split()[-1] for n in data["ship_nouns"]])))
    return _CUES[0]
