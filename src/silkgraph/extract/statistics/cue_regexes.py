"""The statistics cues read from the YAML lexicons (ontology/statistics.yaml and the
``acting_for`` list of ontology/groups.yaml), compiled once into :class:`Cues`: the
words that mark deal money, counted nouns, ranks, ratios, funders, infrastructure
works of a stated length and people hurt or held."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from silkgraph.extract.statistics.patterns import LENGTH_APPROX, LENGTH_KM
from silkgraph.resources import load_yaml


@dataclass(frozen=True)
class Cues:
    """The compiled statistics cues of the YAML lexicons (see :func:`cues`)."""

    deal_money: re.Pattern[str]
    count_nouns: re.Pattern[str]
    count_cues: re.Pattern[str]
    rank: re.Pattern[str]
    ratio: re.Pattern[str]
    same_period: re.Pattern[str]
    anaphora: re.Pattern[str]
    finance_money: re.Pattern[str]
    arms_context: re.Pattern[str]
    funder_money: re.Pattern[str]
    acting_for: dict[str, str]
    infra_appos: re.Pattern[str]  # "<work>, a 285-kilometre channel" (matched at the work's end)
    infra_before: re.Pattern[str]  # "the 1,800-km <work>" (searched up to the work's start)
    infra_noun: re.Pattern[str]  # "<work> pipeline" (matched at the work's end) or "… canal"
    bloc_subject: re.Pattern[str] | None = None  # "the bloc is …": the organisation referred back to
    harm: re.Pattern[str] | None = None  # "detained 224 people", "113 officers had been injured"
    arms_money: re.Pattern[str] | None = None  # "under a $2.6 billion programme" (in a sentence about arms)


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The statistics cues, compiled once from ontology/statistics.yaml and ontology/groups.yaml."""
    d = load_yaml("ontology/statistics.yaml")
    return Cues(
        re.compile(d["deal_money"], re.I),
        re.compile(r"^\s*" + d["count_nouns"] + r"\b", re.I),
        re.compile(d["count_cues"], re.I),
        re.compile(d["rank"], re.I),
        re.compile(d["ratio"], re.I),
        re.compile(d["same_period"], re.I),
        re.compile(d["anaphora"], re.I),
        re.compile(d["finance_money"], re.I),
        re.compile(d["arms_context"], re.I),
        re.compile(d["funder_money"]),
        dict(load_yaml("ontology/groups.yaml").get("acting_for") or {}),
        re.compile(r"(?:\s*\([A-Z][\w\-]*\))?,\s+an?\s+" + LENGTH_APPROX + LENGTH_KM + r"\s+(?:[a-z][\w\-]*\s+){0,3}?"
                   + d["infrastructure_nouns"] + r"\b"),
        re.compile(r"\bthe\s+" + LENGTH_APPROX + LENGTH_KM + r"\s+$", re.I),
        re.compile(r"(?:^|\s)(?:[\w\-]+\s+)?" + d["infrastructure_nouns"] + r"\b", re.I),
        re.compile(d["bloc_subject"], re.I) if d.get("bloc_subject") else None,
        _harm_re(d["harm_verbs"], d["people_nouns"]) if d.get("harm_verbs") else None,
        re.compile(d["arms_deal_money"], re.I) if d.get("arms_deal_money") else None,
    )


def _harm_re(verbs: str, nouns: str) -> re.Pattern[str]:
    """People hurt or held, counted: active ("detained 224 people", "wounded 87 on the X side"),
    passive ("113 police officers had been injured") or coordinated without the noun ("23 soldiers
    had been killed and 29 wounded", "… had died and 144 were wounded", "… and that 516 had been detained")."""
    n = r"(?P<n{i}>\d{{1,3}}(?:,\d{{3}})*|\d+)(?![.,]\d)"  # (not "1" of "1.5 million")
    noun = r"(?:[a-z][\w\-]*\s+){0,2}?" + nouns + r"\b"
    bare = r"(?=\s*(?:[,;.)]|$|\s+(?:on|in|at|during|and|when|while|by|after|since|over|across|near|from|as|"
    bare += r"among|including|according)\b))"
    approx = r"(?:(?:about|some|nearly|almost|around|roughly|over|at\s+least|more\s+than|as\s+many\s+as|another|"
    approx += r"a\s+further|up\s+to)\s+)?"
    active = r"\b" + verbs + r"\s+" + approx + n.format(i=1) + r"(?:\s+" + noun + "|" + bare + ")"
    passive = r"(?<![\d,.$])\b" + approx + n.format(i=2) + r"\s+" + noun + r"\s+(?:(?:had|have|has|were|was)\s+)?" \
        + r"(?:(?:been|being|reportedly|also)\s+)*" + verbs + r"\b"
    coord = r"\band\s+" + approx + n.format(i=3) + r"\s+(?:(?:more|others)\s+)?(?:(?:had|have|has)\s+been\s+|were\s+)?" \
        + verbs + r"\b"  # "… killed and 40 wounded", "… had died and 144 were wounded"
    # the noun left out after a reported count: "… said 243 people had been injured and that 516 had been detained"
    elided = r"\b(?:that|and)\s+" + approx + n.format(i=4) + r"\s+(?:had|have|has|were|was)\s+(?:(?:been|reportedly|also)\s+)+" \
        + verbs + r"\b"
    return re.compile(active + "|" + passive + "|" + coord + "|" + elided, re.I)
