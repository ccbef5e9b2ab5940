"""A small synthetic knowledge base for the workbench tests (original text, hand-placed facts)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from silkgraph.model import (
    AnalysedArticle,
    Article,
    Entity,
    Extraction,
    Fact,
    Mention,
    Section,
    Sentence,
    Source,
    Span,
)
from silkgraph.store import SQLiteStore

XSS = '<script>alert(1)</script> and <img src=x onerror=alert(2)> and "><'

ENTITIES = [
    Entity("state:CHN", "state", "China", "CHN", "CHN", ["PRC", "People's Republic of China"]),
    Entity("state:PAK", "state", "Pakistan", "PAK", "PAK", ["Islamabad"]),
    Entity("state:AZE", "state", "Azerbaijan", "AZE", "AZE", ["Baku"]),
    Entity("state:TUR", "state", "Türkiye", "TUR", "TUR", ["Turkey", "Turkiye", "Ankara"]),
    Entity("state:IND", "state", "India", "IND", "IND", ["New Delhi", "Indian"]),
    Entity("state:UZB", "state", "Uzbekistan", "UZB", "UZB", ["Tashkent"]),
    Entity("state:RUS", "state", "Russia", "RUS", "RUS", ["Russian Federation"]),
    Entity("org:sco", "organization", "Shanghai Cooperation Organisation", None, None, ["SCO"]),
    Entity("wpn:j-10c", "weapon_system", "J-10C", None, "CHN", [], {"category": "aircraft"}),
    Entity("wpn:jf-17", "weapon_system", "JF-17 Thunder", None, "PAK", ["JF-17"],
           {"category": "aircraft"}),
    Entity("wpn:bayraktar-tb2", "weapon_system", "Bayraktar TB2", None, "TUR", ["TB2"],
           {"category": "uav"}),
]
BY_ID = {e.id: e for e in ENTITIES}
SURFACES = [  # longest first: (surface, entity id)
    ("Shanghai Cooperation Organisation", "org:sco"), ("Bayraktar TB2", "wpn:bayraktar-tb2"),
    ("JF-17 Thunder", "wpn:jf-17"), ("Azerbaijan", "state:AZE"), ("Uzbekistan", "state:UZB"),
    ("Pakistan", "state:PAK"), ("Türkiye", "state:TUR"), ("Indian", "state:IND"),
    ("India", "state:IND"), ("China", "state:CHN"), ("Russia", "state:RUS"),
    ("J-10C", "wpn:j-10c"), ("SCO", "org:sco"),
]

# (name, title, published, [(section kind, [sentences])], [(type, args, evidence key, modality)])
ARTICLES: list[tuple[str, str, str, list[tuple[str, list[str]]], list[tuple[str, dict[str, Any], str, str]]]] = [
    ("fighters.txt", "Chinese fighters over Pakistan", "2025-06-10", [
        ("lead", ["China delivered 36 J-10C fighters to Pakistan in 2022.",
                  "Pakistan flew the J-10C against India on 7 May 2025."]),
        ("body", ["Officials in both capitals call Pakistan and China all-weather allies.",
                  "The air force also flies the JF-17 Thunder, built with Chinese help."]),
    ], [
        ("arms_transfer", {"supplier": "state:CHN", "recipient": "state:PAK", "system": "wpn:j-10c",
                           "quantity": 36, "quantity_qualifier": None, "value": None,
                           "date": "2022", "date_text": "in 2022", "status": "delivered"},
         "China delivered 36", "asserted"),
        ("event", {"event_type": "attack", "actors": ["state:PAK"], "targets": ["state:IND"],
                   "date": "2025-05-07", "date_text": "7 May 2025", "location": None,
                   "fatalities": None, "plover": "ASSAULT"}, "flew the J-10C", "asserted"),
        ("relation", {"a": "state:PAK", "b": "state:CHN", "kind": "ally"}, "all-weather", "asserted"),
    ]),
    ("azerbaijan.txt", "Who arms Azerbaijan", "2024-11-02", [
        ("lead", ["Türkiye has supplied Bayraktar TB2 drones to Azerbaijan since 2020.",
                  "In 2024 Pakistan agreed to sell JF-17 Thunder fighters worth $1.6 billion to Azerbaijan."]),
        ("body", ["Azerbaijan and Türkiye describe themselves as one nation, two states and are allies.",
                  "Russia reportedly remains a supplier of artillery to Azerbaijan."]),
    ], [
        ("arms_transfer", {"supplier": "state:TUR", "recipient": "state:AZE",
                           "system": "wpn:bayraktar-tb2", "quantity": None, "quantity_qualifier": None,
                           "value": None, "date": "2020", "date_text": "since 2020",
                           "status": "delivered"}, "Bayraktar TB2 drones", "asserted"),
        ("arms_transfer", {"supplier": "state:PAK", "recipient": "state:AZE", "system": "wpn:jf-17",
                           "quantity": None, "quantity_qualifier": None,
                           "value": {"amount": 1.6e9, "currency": "USD"}, "date": "2024",
                           "date_text": "In 2024", "status": "ordered"}, "worth $1.6", "asserted"),
        ("arms_transfer", {"supplier": "state:RUS", "recipient": "state:AZE", "system": "artillery",
                           "quantity": None, "quantity_qualifier": None, "value": None, "date": None,
                           "date_text": None, "status": "delivered"}, "remains a supplier", "reported"),
        ("relation", {"a": "state:AZE", "b": "state:TUR", "kind": "ally"}, "one nation", "asserted"),
    ]),
    ("may2025.txt", "India and Pakistan in May 2025", "2025-05-20", [
        ("lead", ["On 7 May 2025 India launched missile strikes on targets in Pakistan.",
                  "Pakistan said it shot down five Indian aircraft the same night."]),
        ("body", ["A ceasefire between India and Pakistan was agreed on 10 May 2025.",
                  "India accused Pakistan of sheltering militants.",
                  "The two states remain adversaries."]),
    ], [
        ("event", {"event_type": "attack", "actors": ["state:IND"], "targets": ["state:PAK"],
                   "date": "2025-05-07", "date_text": "On 7 May 2025", "location": "state:PAK",
                   "fatalities": None, "plover": "ASSAULT"}, "missile strikes", "asserted"),
        ("event", {"event_type": "attack", "actors": ["state:PAK"], "targets": ["state:IND"],
                   "date": "2025-05-07", "date_text": "the same night", "location": None,
                   "fatalities": None, "plover": "ASSAULT"}, "shot down", "claimed"),
        ("event", {"event_type": "ceasefire", "actors": ["state:IND", "state:PAK"], "targets": [],
                   "date": "2025-05-10", "date_text": "on 10 May 2025", "location": None,
                   "fatalities": None, "plover": "AGREE"}, "ceasefire", "asserted"),
        ("event", {"event_type": "accusation", "actors": ["state:IND"], "targets": ["state:PAK"],
                   "date": None, "date_text": None, "location": None, "fatalities": None,
                   "plover": "ACCUSE"}, "accused", "asserted"),
        ("relation", {"a": "state:IND", "b": "state:PAK", "kind": "adversary"}, "adversaries",
         "asserted"),
    ]),
    ("uzbekistan.txt", "Uzbekistan shops for fighters", "2025-03-01", [
        ("lead", ["Uzbekistan is reportedly negotiating with China over J-10C fighters.",
                  "Uzbekistan has been a member of the Shanghai Cooperation Organisation (SCO) since 2001."]),
        ("body", ["Military spending in Uzbekistan rose by 12 percent between 2020 and 2024.",
                  "India and Pakistan joined the SCO in 2017."]),
    ], [
        ("arms_transfer", {"supplier": "state:CHN", "recipient": "state:UZB", "system": "wpn:j-10c",
                           "quantity": None, "quantity_qualifier": None, "value": None,
                           "date": "2025", "date_text": None, "status": "negotiating"},
         "negotiating", "reported"),
        ("membership", {"member": "state:UZB", "organization": "org:sco", "role": "member",
                        "since": "2001"}, "since 2001", "asserted"),
        ("membership", {"member": "state:IND", "organization": "org:sco", "role": "member",
                        "since": "2017"}, "joined the SCO", "asserted"),
        ("membership", {"member": "state:PAK", "organization": "org:sco", "role": "member",
                        "since": "2017"}, "joined the SCO", "asserted"),
        ("statistic", {"subject": "state:UZB", "measure": "military spending", "value": 12.0,
                       "unit": "percent", "period": [2020, 2024], "scope": None}, "12 percent",
         "asserted"),
    ]),
    ("xss.html.txt", f"Markup test {XSS}", "2023-01-01", [
        ("body", [f"Pakistan published a note reading {XSS} in plain text.",
                  "Nothing else happened."]),
    ], [
        ("event", {"event_type": "statement", "actors": ["state:PAK"], "targets": [],
                   "date": "2023", "date_text": None, "location": None, "fatalities": None,
                   "plover": None}, "published a note", "asserted"),
    ]),
]


def _analyse(name: str, title: str, published: str, sections: list[tuple[str, list[str]]],
             facts: list[tuple[str, dict[str, Any], str, str]]) -> tuple[Source, AnalysedArticle]:
    text = title + "\n\n"
    secs: list[Section] = []
    sents: list[Sentence] = []
    for kind, sentences in sections:
        start = len(text)
        for s in sentences:
            sents.append(Sentence(len(text), len(text) + len(s), kind, len(sents)))
            text += s + " "
        text = text.rstrip(" ") + "\n\n"
        secs.append(Section(kind, "", start, len(text) - 2))
    text = text.rstrip("\n") + "\n"
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for surface, eid in SURFACES:
        for m in re.finditer(rf"\b{re.escape(surface)}\b", text):
            if any(m.start() < e and s < m.end() for s, e in taken) or m.start() < len(title):
                continue
            taken.append((m.start(), m.end()))
            mentions.append(Mention(m.start(), m.end(), surface, eid))
    mentions.sort(key=lambda m: m.start)
    used = {m.entity_id for m in mentions}
    out_facts = []
    for type_, args, key, modality in facts:
        sent = next(s for s in sents if key in text[s.start : s.end])
        out_facts.append(Fact(type_, args, [Span(sent.start, sent.end)], sent.section, modality))
        used |= {v for v in args.values() if isinstance(v, str) and v in BY_ID}
        used |= {x for v in args.values() if isinstance(v, list) for x in v if x in BY_ID}
    article = Article(0, len(text), title=title, authors=["A. Analyst"], published=published,
                      sections=secs, source_name=name)
    ex = Extraction(mentions, {i: BY_ID[i] for i in sorted(used)}, out_facts)
    return Source(name=name, text=text, size=len(text.encode())), AnalysedArticle(article, sents, ex)


def build_kb(path: str | Path) -> str:
    """Write the synthetic articles into a new database at ``path``; return the path."""
    store = SQLiteStore(str(path))
    try:
        for spec in ARTICLES:
            src, aa = _analyse(*spec)
            store.write_source(src, [aa])
    finally:
        store.close()
    return str(path)
