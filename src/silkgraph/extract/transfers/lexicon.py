"""The arms-transfer lexicon (``resources/ontology/transfers.yaml``), read once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from silkgraph.extract.transfers.patterns import FOLLOW_VALUE_RE
from silkgraph.nlp.prefilter import Gate, GateSet, lowered
from silkgraph.regex_cache import with_cached_compiles
from silkgraph.resources import load_yaml


@dataclass(frozen=True)
class Trigger:
    pattern: re.Pattern[str]
    status: str
    role: str  # buy | sell | use
    nominal: bool = False
    after: bool = False  # the trigger follows its system ("S entered service")
    close: bool = False  # an ``after`` trigger right behind its system's noun phrase ("S followed")


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[Trigger, ...]
    modifiers: tuple[tuple[re.Pattern[str], str], ...]
    blockers: re.Pattern[str]
    categories: tuple[tuple[re.Pattern[str], str], ...]
    generic: frozenset[str]
    prefilter: re.Pattern[str]
    supplier_role: re.Pattern[str]
    importer_role: re.Pattern[str]
    # exact pre-checks (see silkgraph.nlp.prefilter), one per pattern above
    trigger_gates: tuple[Gate, ...] = ()
    category_gates: tuple[Gate, ...] = ()
    prefilter_gate: Gate | None = None
    follow_value_gate: Gate | None = None
    trigger_gate_set: GateSet | None = None  # trigger_gates / category_gates tested at once
    category_gate_set: GateSet | None = None
    # case-sensitive twins (``prefilter.lowered``) of the role patterns to run on the
    # lower-cased sentence: same match positions; None where none exists
    supplier_role_twin: re.Pattern[str] | None = None
    importer_role_twin: re.Pattern[str] | None = None
    non_party_org_kinds: frozenset[str] = frozenset()  # organisations that report, never trade
    modifier_gates: tuple[Gate, ...] = ()  # exact pre-checks of ``modifiers``


@lru_cache(maxsize=1)
@with_cached_compiles
def lexicon() -> Lexicon:
    data = load_yaml("ontology/transfers.yaml")
    plants = "|".join(r"\s+".join(w.split()) for w in data["plant_nouns"])
    trigs = tuple(Trigger(re.compile(t["re"].replace("{plant_nouns}", plants), re.I), t["status"], t["role"],
                          bool(t.get("nominal")), bool(t.get("after")), bool(t.get("close")))
                  for t in data["triggers"])
    approval = {"{approval_verbs}": data["approval_verbs"], "{approval_tail}": data["approval_tail"]}
    mods = tuple((re.compile(re.sub(r"\{approval_\w+\}", lambda k: approval[k.group(0)], m["re"]), re.I), m["status"])
                 for m in data["modifiers"])
    cats = tuple((re.compile(r"\b(?:" + c["re"] + r")\b", re.I), c["category"])
                 for c in data["categories"])
    # cheap gate: a category noun or a supplier/importer role (weapon mentions are checked apart)
    pre = re.compile(r"\b(?:" + "|".join(c["re"] for c in data["categories"]) + r")\b|"
                     r"\b(?:supplier|exporter|provider|importer|recipient|buyer|customer|client)s?\b", re.I)
    supplier_role = re.compile(data["supplier_roles"], re.I)
    importer_role = re.compile(data["importer_roles"], re.I)
    trig_gates = tuple(Gate(t.pattern) for t in trigs)
    cat_gates = tuple(Gate(c) for c, _ in cats)
    return Lexicon(trigs, mods, re.compile(data["blockers"], re.I), cats,
                   frozenset(data.get("generic_categories") or ()), pre,
                   supplier_role, importer_role,
                   trig_gates, cat_gates, Gate(pre), Gate(FOLLOW_VALUE_RE),
                   GateSet(trig_gates), GateSet(cat_gates),
                   lowered(supplier_role), lowered(importer_role),
                   frozenset(data.get("non_party_org_kinds") or ()),
                   tuple(Gate(p) for p, _status in mods))
