"""Membership cues (``resources/ontology/memberships.yaml``) and the fixed patterns the
membership extractor reads them with."""

from __future__ import annotations

import re
from dataclasses import dataclass

from silkgraph.nlp.prefilter import Gate, GateSet
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/memberships.yaml")
_FRAMES = load_yaml("ontology/membership_frames.yaml")  # more cues, read after those of memberships.yaml
# a programme a state takes part in as a party ("NATO's Partnership for Peace"): the role it gives
PROGRAMME_ROLES: dict[str, str] = _FRAMES.get("member_programmes") or {}
ANY_RE = re.compile(r"member|accession|admission|admitted|joined|joining|acceded|acceding|\ball(?:y|ies)\b|\bform(?:s|ed)?\b|\bentered\b|inducted|\bentry\b|enlargement|observer|partner|participation|"
                    r"frameworks?|groupings?|formats?|forums?|mechanisms?|in which|leave|quit|withdraw|exit|"
                    r"belong|froze|frozen|suspended|seats?\b|part(?:y|ies)\b|\bsat\b|\bsits?\b|sitting|to which|"
                    r"same status|frame\b|chair|presid|founde|establishe|set up|launched|created|\binto\b|heavyweight|\bpowers?\b|"
                    r"remain|stay|\bbound\b|\bsigned\s+(?:up|on)\b|\baccepted\b|participating|"
                    r"\b(?:bloc|club|alliance|union|organi[sz]ation)\s+of\b|memberships|founding|charter",
                    re.I)
ANY_GATE = Gate(ANY_RE)  # exact pre-check of ANY_RE: one Aho-Corasick scan
# "joined the EAEU as an observer in 2020", "was admitted as a dialogue partner": the role the joining gave
AS_ROLE_RE = re.compile(r"[^.;,]{0,80}?\bas\s+(?:an?\s+)?(?:(?P<obs>observers?)|(?:[\w\-]+\s+)?partners?)\b", re.I)
# "a NATO and EU member": two organisations coordinated before one role noun
INSIDE_AND_RE = re.compile(r"\s*(?:,|,?\s*and|/)\s*(?:the\s+)?")
# a clause boundary between a cue and what is named after it
CLAUSE_GAP_RE = re.compile(r",\s+(?:and|but|while|whereas)\s")
# common verbs of the listing cues ("the CSTO, which groups X, Y and Z", "X and Y make up its
# contingent", "X has been part of the CIS", a fronted "In the CSTO, X and Y ..."): read only where an organisation is named or
# referred back to
BROAD_RE = re.compile(r"\bgroups\b|\bgrouped\b|\bbr(?:ings|ought|inging)\s+together\b|\bunit(?:e[sd]?|ing)\b|\bcompris|\bcomposed\b|\b(?:is|are|has\s+been|have\s+been)\s+(?:already\s+|also\s+|still\s+|both\s+)?in\b|\(|\s[—–]\s|\s--\s|"
                      r"\bconsist|\binclud|\bencompass|\bgathers\b|\bma(?:ke|kes|de|king)\s+up\b|\bpart\s+of\b|"
                      r"^\s*(?:in|within|inside)\s+(?:the\s+)?[A-Z]|"
                      r"\bof\s+(?:the\s+)?(?-i:[A-Z])[\w.\-]+(?:\s+(?-i:[A-Z])[\w.\-]+){0,2}(?:,\s+|,?\s+and\s+)(?:the\s+)?(?-i:[A-Z])", re.I)
BROAD_GATE = Gate(BROAD_RE)
# between an organisation and a cue that follows it: "the CSTO, which now groups", "NATO member"
# (also an apposition naming the bloc again: "the CSTO, the Moscow-led alliance whose members are")
ADJ_GAP_RE = re.compile(r"(?:\s+(?:group|grouping|bloc|alliance|format|forum|organi[sz]ation))?(?:\s*\([^()]{1,15}\))?\s*(?:,\s+(?:which|that)\s+|[—–]\s*|--\s*|"
                        r",\s+(?:the|an?)\s+(?:[\w\-]+\s+){0,3}?(?:group|grouping|bloc|alliance|format|forum|organi[sz]ation|union|body|club|pact)\s+"
                        r"(?:(?:which|that)\s+)?)?"
                        r"(?:(?:now|also|still|currently|today)\s+)?", re.I)
ORG_WORDS_RE = re.compile(r"\b(?:its|their|the\s+(?:bloc|alliance|organi[sz]ation|grouping|group|union|forum))\b", re.I)
# what opens the start date of a standing membership ("since 2004", "dates back to 2001")
CLAUSE_CUT_RE = re.compile(r"[;(]|,\s+(?:while|whereas|but|although|though|and|as)\b|\s[—–]\s")
# a relative aside between commas: its dates belong to its own clause
REL_ASIDE_RE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;]*,")
SINCE_RE = re.compile(r"\b(?:since|dat(?:es|ed|ing)\s+(?:back\s+)?(?:to|from)|go(?:es|ing)\s+back\s+to)\b", re.I)
WEAK = ("hypothetical", "recommended", "expected", "planned")
WITH_PARTNER_RE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
# "the CSTO, of which it is a member": a relative clause whose subject is "it"
IT_AFTER_RE = re.compile(r"\s*(?P<it>it)\s+")


@dataclass(frozen=True)
class Cue:
    regex: re.Pattern[str]
    member: str
    org: str
    role: str
    dated: bool
    with_partner: bool
    needs: re.Pattern[str] | None
    modality: str | None
    reach: int = 40  # how far after the cue a list of members ("member: after") may begin
    since_only: bool = False  # "dated: since": only a date after "since" ("an observer since 2004")
    needs_before: re.Pattern[str] | None = None  # what must stand right before the cue ("took X back into")
    intl: bool = False  # the organisation must be no state's own body ("the committee chaired by X")
    named: bool = False  # the organisation must be named as the object, never referred back to ("entered BRICS")
    plural: bool = False  # the cue tells a membership only of two or more states ("X and Y set up the QCCM")


CUES = tuple(
    Cue(re.compile(c["pattern"], re.I), c["member"], c["org"], c["role"], bool(c.get("dated")),
        bool(c.get("with_partner")), re.compile(c["needs"], re.I) if c.get("needs") else None,
        c.get("modality"), int(c.get("reach", 40)), c.get("dated") == "since",
        re.compile(c["needs_before"], re.I) if c.get("needs_before") else None, bool(c.get("intl")),
        bool(c.get("named")), bool(c.get("plural")))
    for c in _DATA["cues"] + (_FRAMES.get("cues") or [])
)
# a founding treaty stands for the organisation it set up ("a party to the Rome Statute" → ICC)
TREATY_ORGS = tuple((re.compile(r"\s*(?:the\s+)?" + t["pattern"], re.I), t["org"])
                    for t in _DATA.get("treaties", []))
_NEG = _DATA.get("negation", {})
NEG_BEFORE_RE = re.compile(_NEG["before"], re.I) if _NEG.get("before") else None
NEG_AFTER_RE = re.compile(_NEG["after"], re.I) if _NEG.get("after") else None
# a membership asked for or refused ("applied for", "rejected its bid"): not before a cue that opens with the
# asker ("a request from its member Armenia")
NEG_BID_RE = re.compile(_NEG["before_bid"], re.I) if _NEG.get("before_bid") else None
ASKER_CUE_RE = re.compile(r"\s*(?:from|of|by)\s", re.I)
# the nouns referring back to a bloc ("the bloc", "this alliance"), as one alternation, and the wider
# ones a possessive anaphor may also use ("the group's members")
BLOC_NOUNS = "|".join(_DATA["bloc_anaphor_nouns"])
BLOC_OWNER_NOUNS = "|".join(_DATA["bloc_anaphor_nouns"] + _DATA["bloc_anaphor_owner_nouns"])
SIDE_REMARK: dict[str, list[str]] = _DATA["side_remark"]  # salient.py: the words of a side remark
PARA_BACK = 4  # how many sentences back, within the paragraph, an unnamed organisation is sought
CUE_GATES = GateSet([Gate(c.regex) for c in CUES])  # exact pre-checks of the cue patterns
ANAPHOR_ORG_RE = re.compile(r"^\s*(?:the|that|this|its|their)\s+(?:own\s+)?(?:[\w\-]+\s+){0,2}?"
                            r"(?:bloc|alliance|organi[sz]ation|grouping|group|union|forum|body)\b", re.I)
ALONGSIDE_RE = re.compile(r"\b(?:alongside|together\s+with|along\s+with)\s+", re.I)
# a bare "Both" (or "The two") as the subject: "Both are members of ..."
BARE_PAIR_RE = re.compile(r"(?:[A-Z]{3,}:\s*)?(?:Both|The\s+two)\s+(?:(?:also|now|still)\s+)?")
# "belongs to the Quad with Australia, Japan and the United States": co-members named right
# after the organisation
ORG_WITH_RE = re.compile(r"\s+(?:together\s+with|along\s+with|alongside|with)\s+(?=(?:the\s+)?[A-Z])")
# "the SCO, in which X sit alongside Y": a co-member named after the clause's verb
CO_MEMBER_RE = re.compile(r"\s+(?:alongside|together\s+with|with)\s+", re.I)
# after a cue whose organisation is not named: a noun phrase of its own ("joined its air force")
# (not a time phrase: "was admitted a year earlier", "joined the same year")
OWN_NP_RE = re.compile(r"\s*(?:its|their|his|her|the|a|an|our|his)\s+(?!(?:same\s+|following\s+|next\s+|previous\s+)?"
                       r"(?:year|month|week|day|decade|few|couple|time)s?\b)\w", re.I)
# a fronted apposition: "As the only member of the CSTO that borders X, Tajikistan relies ..."
FRONTED_AS_RE = re.compile(r"\s*(?:[A-Z]+:\s*)?$")  # after a section label, if any
# a later organisation coordinated with the cue's by repeating its preposition:
# "belongs to the CSTO, whose troops it called in, and to the EAEU"
AND_PREP_RE = re.compile(r"\b(?:and|as\s+well\s+as|but\s+also)\s+(?:also\s+)?(?P<p>to|of|in)\s+(?:the\s+)?$", re.I)
# the same with a parenthetical clause between: "members of the ECO and, since 2023, of the SCO"
AND_PAREN_PREP_RE = re.compile(r"\b(?:and|as\s+well\s+as|but\s+also)\s*,\s*[^,;.()]{1,90},\s*(?P<p>to|of|in)\s+(?:the\s+)?$",
                               re.I)
